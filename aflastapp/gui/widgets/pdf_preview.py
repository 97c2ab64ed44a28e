"""An in-app PDF preview (QtPdf) of PDF bytes, without writing a file to disk.

The PDF stays in memory (a QBuffer): documents and receipts hold personal data and must not
land unencrypted in the temp folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QToolButton, QVBoxLayout, QWidget

from aflastapp.gui.opened_files import remember, remove_opened_files

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
__all__ = ["PdfPreview", "remove_opened_files"]


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PdfPreview(QWidget):
    """Shows PDF bytes page by page; ``clear()`` drops them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._bytes = b""
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # fit-to-width with a scroll bar that comes and goes can re-layout forever: keep it shown
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(tr("Forhåndsvisning af PDF"))
        self.view.viewport().installEventFilter(self)
        self.empty = QLabel(tr("Intet dokument valgt"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.title = "dokument"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        # short texts (the preview shares the width with the outbox); the tooltips say it in full
        self.fit_width = self._button(tr("Bredde"), tr("Tilpas bredde: siden fylder bredden"),
                                      self.fit_to_width)
        self.fit_page = self._button(tr("Side"), tr("Hele siden: hele siden kan ses"), self.fit_to_page)
        self.zoom_out = self._button("−", tr("Formindsk (Ctrl+rullehjul)"), lambda: self.step_zoom(-1))
        self.zoom_in = self._button("+", tr("Forstør (Ctrl+rullehjul)"), lambda: self.step_zoom(1))
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 6)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_external = self._button(tr("PDF-læser …"), tr(
            "Åbn i PDF-læser: dokumentet åbnes i computerens PDF-læser. Kopien slettes igen, når "
            "dagbogen låses."), self.open_in_reader)
        for w in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_label, self.zoom_in):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.open_external)
        outer.addLayout(bar)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.view)
        outer.addLayout(self._stack, 1)
        self._update_zoom_label()
        self._enable(False)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip.split(":")[0])
        b.clicked.connect(slot)
        return b

    def _enable(self, on: bool) -> None:
        for b in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in, self.open_external):
            b.setEnabled(on)

    # ------------------------------------------------------------------ zoom

    @property
    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        QTimer.singleShot(0, self, self._update_zoom_label)

    def fit_to_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        QTimer.singleShot(0, self, self._update_zoom_label)

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor)))
        self._update_zoom_label()

    def step_zoom(self, direction: int) -> None:
        current = self.zoom
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _update_zoom_label(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(tr("bredde"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(tr("side"))
        else:
            self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._bytes):
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the PDF reader

    def open_in_reader(self) -> Path | None:
        """Hand the PDF to the computer's PDF reader: a copy in a private (owner-only) temp folder,
        deleted again when the diary locks or the app closes."""
        if not self._bytes:
            return None
        folder = Path(tempfile.mkdtemp(prefix="aflastapp-"))
        os.chmod(folder, 0o700)
        remember(folder)
        name = "".join(c if c.isalnum() or c in " -_" else "-" for c in self.title).strip() or "dokument"
        path = folder / f"{name}.pdf"
        path.write_bytes(self._bytes)
        os.chmod(path, 0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def set_pdf(self, data: bytes) -> bool:
        """Load PDF bytes; False (and the empty text) if Qt cannot read them."""
        self.clear()
        buf = QBuffer(self)
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buf
        self.document.load(buf)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.clear()
            self.empty.setText(tr("PDF-filen kan ikke vises."))
            return False
        self._bytes = data
        self._enable(True)
        self._stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(0, 0), 0)
        self.view.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._to_top)  # after the view has laid out the new pages
        return True

    def _to_top(self) -> None:
        if self._bytes:
            self.view.verticalScrollBar().setValue(0)


    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self._bytes else 0

    @property
    def pdf_bytes(self) -> bytes:
        return self._bytes

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = b""
        if hasattr(self, "fit_width"):
            self._enable(False)
        self.empty.setText(tr("Intet dokument valgt"))
        self._stack.setCurrentWidget(self.empty)
