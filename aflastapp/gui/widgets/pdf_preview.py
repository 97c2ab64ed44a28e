"""An in-app PDF preview (QtPdf) and printing of PDF bytes, without writing a file to disk.

The PDF stays in memory (a QBuffer): documents and receipts hold personal data and must not
land unencrypted in the temp folder.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
        return True

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


def render_page(document: QPdfDocument, page: int, width_px: int) -> QImage:
    size = document.pagePointSize(page)
    height = int(width_px * size.height() / size.width()) if size.width() > 0 else width_px
    return document.render(page, QSize(width_px, height))


def print_document(document: QPdfDocument, parent: QWidget | None) -> bool:
    """Ask for a printer (QPrintDialog) and print every page; True when printed."""
    if document.pageCount() == 0:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Udskriv"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(document, printer)
    return True


def print_to(document: QPdfDocument, printer: QPrinter) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            rect = painter.viewport()
            image = render_page(document, page, min(rect.width(), 2480))
            scaled = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(rect.x(), rect.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(rect)
    finally:
        painter.end()
