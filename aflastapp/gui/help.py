"""Hjælp → Vejledning (F1): the short user guide inside the app, in Danish or English.

The guide is ``resources/help/vejledning_<lang>.html``; its sections are named anchors. Dialogs open
the section about them with their "Hjælp" button (``FormDialog.help_section``).

Sections: forste-uge, opsaetning, gendannelsesark, forste-maaned, ophold, korsel, udlaeg, dokumenter,
visninger, satser, sikkerhedskopier, roed-frist, ny-computer.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from aflastapp.resources import resource_path

SECTIONS = ("forste-uge", "opsaetning", "gendannelsesark", "forste-maaned", "ophold", "korsel", "udlaeg",
            "dokumenter", "visninger", "satser", "sikkerhedskopier", "roed-frist", "adgangskode", "opsigelse",
            "ny-computer")


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def guide_path(lang: str) -> str:
    return str(resource_path("help", f"vejledning_{'en' if lang == 'en' else 'da'}.html"))


class HelpDialog(QDialog):
    """The guide in a browser that follows its own links; not modal, so it can stay open."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Vejledning – aflastapp"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(tr("Vejledning"))
        self.browser.setSource(QUrl.fromLocalFile(guide_path(lang)))
        lay.addWidget(self.browser)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Luk"))
        close.rejected.connect(self.close)
        lay.addWidget(close)
        self.resize(680, 560)
        self.section = ""

    def show_section(self, section: str) -> None:
        self.section = section if section in SECTIONS else ""
        if self.section:
            self.browser.scrollToAnchor(self.section)
        else:
            self.browser.verticalScrollBar().setValue(0)


_open: list[HelpDialog] = []


def show_help(parent: QWidget | None, section: str = "", lang: str | None = None) -> HelpDialog:
    """Open (or raise) the guide at ``section``."""
    from aflastapp.gui import fmt

    lang = lang or fmt.current_language()
    _open[:] = [d for d in _open if shiboken6.isValid(d)]
    dialog = next((d for d in _open if d.property("lang") == lang), None)
    if dialog is None:
        dialog = HelpDialog(lang, parent.window() if parent is not None else None)
        dialog.setProperty("lang", lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open.append(dialog)
    dialog.show()
    dialog.raise_()
    dialog.show_section(section)
    return dialog
