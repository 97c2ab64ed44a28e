"""Printing a PDF made by the reports (QtPdf renders each page; QPrintDialog picks the printer)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes (kept in memory, never written to disk)."""
    doc = QPdfDocument(parent)
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    return doc


def render_to_printer(doc: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page onto the printer; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for i in range(doc.pageCount()):
            if i > 0:
                printer.newPage()
            points = doc.pagePointSize(i)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = doc.render(i, size)
            area = painter.viewport()
            fit = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fit), image)
        return doc.pageCount()
    finally:
        painter.end()


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print the PDF. False when the family cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = load_pdf(pdf, parent)
    try:
        return render_to_printer(doc, printer) > 0
    finally:
        doc.close()
        doc.deleteLater()
