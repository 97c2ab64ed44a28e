"""Hjælp → Om aflastapp: the version, the app's licence and every third-party licence.

The texts are the shipped files (``LICENSE`` and ``THIRD_PARTY_LICENSES.md``, found through
``aflastapp.resources.licence_path`` both in a checkout and in the installed app), so what the
dialog shows is exactly what is distributed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from aflastapp import __version__
from aflastapp.resources import licence_path, resource_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om aflastapp"))
        self.setObjectName("aboutDialog")
        self.resize(720, 560)

        icon = QIcon(str(resource_path("icons", "aflastapp.svg")))
        self.setWindowIcon(icon)
        icon_label = QLabel()
        icon_label.setPixmap(icon.pixmap(72, 72))
        icon_label.setAccessibleName(self.tr("aflastapps ikon"))

        name = QLabel("<b>aflastapp</b>")
        name.setTextFormat(Qt.TextFormat.RichText)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        name.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("version")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Krypteret dagbog, overblik og dokumenter for aflastningsfamilier."))
        summary.setWordWrap(True)
        privacy = QLabel(self.tr(
            "Dagbogen er krypteret og ligger kun på denne computer. Appen bruger ikke internettet."))
        privacy.setWordWrap(True)
        self.licence_label = QLabel(self.tr(
            "Fri software under MIT-licensen. © aflastapp contributors."))
        self.licence_label.setWordWrap(True)

        head_text = QVBoxLayout()
        for w in (name, self.version_label, summary, privacy, self.licence_label):
            head_text.addWidget(w)
        head = QHBoxLayout()
        head.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.licence_view = QPlainTextEdit()
        self.licence_view.setReadOnly(True)
        self.licence_view.setObjectName("licence")
        self.licence_view.setAccessibleName(self.tr("Licens for aflastapp"))
        self.licence_view.setPlainText(self._read("LICENSE"))

        self.third_party_view = QTextBrowser()
        self.third_party_view.setObjectName("thirdPartyLicences")
        self.third_party_view.setAccessibleName(self.tr("Tredjepartslicenser"))
        # The app never goes online: links are shown, not followed.
        self.third_party_view.setOpenLinks(False)
        self.third_party_view.setOpenExternalLinks(False)
        self.third_party_view.setMarkdown(self._read("THIRD_PARTY_LICENSES.md"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.third_party_view, self.tr("Tredjepartslicenser"))
        self.tabs.addTab(self.licence_view, self.tr("Licens"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _read(self, name: str) -> str:
        path = licence_path(name)
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return self.tr(
                "Filen %1 mangler i installationen. Installér aflastapp igen for at få den tilbage."
            ).replace("%1", name)
