"""An in-app PDF preview (QtPdf) of PDF bytes, without writing a file to disk.

The PDF stays in memory (a QBuffer): documents and receipts hold personal data and must not
land unencrypted in the temp folder.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


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
        self.empty = QLabel(tr("Intet dokument valgt"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.view)

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
        self._stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(0, 0), 0)
        self.view.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._to_top)  # after the view has laid out the new pages
        return True

    def _to_top(self) -> None:
        if self._bytes:
            self.view.verticalScrollBar().setValue(0)

    def set_message(self, text: str) -> None:
        self.clear()
        self.empty.setText(text)

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
        self.empty.setText(tr("Intet dokument valgt"))
        self._stack.setCurrentWidget(self.empty)
