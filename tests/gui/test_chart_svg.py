"""The dashboard chart as Qt paints it: no black box from an unsupported <clipPath>."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from aflastapp.core import earnings
from aflastapp.reports import charts
from tests.reports import diaries as D


def _paint(svg: bytes) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    img = QImage(640, 260, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    renderer.render(p, QRectF(0, 0, 640, 260))
    p.end()
    return img


def test_chart_svg_has_no_clip_path_and_paints_on_white(qapp: Any) -> None:
    previews = earnings.preview_months(D.slagelse(), [(2023, m) for m in range(1, 13)])
    svg = charts.chart_svg(previews)
    body = svg.decode()
    assert "clipPath" not in body and "clip-path" not in body
    ET.fromstring(svg)  # still well-formed
    img = _paint(svg)
    # Corners and the empty plot area stay white (the old clip rectangle painted all of it black).
    for x, y in ((2, 2), (637, 2), (2, 257), (637, 257), (320, 20)):
        assert img.pixelColor(x, y) == QColor("white"), (x, y)
    # ...while the bars and labels are painted.
    grid = [(x, y) for x in range(0, 640, 4) for y in range(0, 260, 4)]
    dark = sum(1 for x, y in grid if img.pixelColor(x, y).lightness() < 200)
    assert dark > 20
