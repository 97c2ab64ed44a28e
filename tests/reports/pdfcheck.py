"""Reading back what a document shows: its text (pypdf), metadata, and its pages as images (QtPdf)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(pdf).pages]


def text(pdf: bytes) -> str:
    """All text, whitespace collapsed to single spaces (table cells may wrap)."""
    return re.sub(r"\s+", " ", "\n".join(page_texts(pdf)))


def metadata_values(pdf: bytes) -> dict[str, str]:
    meta = reader(pdf).metadata or {}
    return {str(k): str(v) for k, v in meta.items()}


def render_pages(pdf: bytes, dpi: int = 40) -> list[object]:
    """Each page as a QImage (needs a QGuiApplication: use the ``qapp`` fixture)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    assert doc.status() == QPdfDocument.Status.Ready, doc.error()
    images = []
    for i in range(doc.pageCount()):
        size = doc.pagePointSize(i)
        px = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        rendered = doc.render(i, px)  # transparent where nothing is drawn: put it on white paper
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        images.append(paper)
    doc.close()
    return images


def ink_in_margin(
    image: object, band_mm: float, dpi: int = 40, threshold: int = 235
) -> list[tuple[int, int]]:
    """Pixels darker than ``threshold`` within ``band_mm`` of any edge of the page image."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = img.width(), img.height()
    band = max(1, round(band_mm / 25.4 * dpi))
    bits = bytes(img.constBits())
    stride = img.bytesPerLine()
    dark = []
    for y in range(h):
        row = bits[y * stride : y * stride + w]
        in_band_row = y < band or y >= h - band
        for x in range(w) if in_band_row else (*range(band), *range(w - band, w)):
            if row[x] < threshold:
                dark.append((x, y))
    return dark


def is_blank(image: object, threshold: int = 235) -> bool:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(img.constBits())) >= threshold
