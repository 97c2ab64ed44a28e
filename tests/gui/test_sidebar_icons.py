"""Sidebar icons: one drawn SVG per view, rendered (not blank), light on the highlighted row, names kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage

from aflastapp.gui.app import gui_settings
from aflastapp.gui.main_window import MainWindow, view_icon_path
from aflastapp.gui.views import VIEWS
from tests.gui.test_app_support import open_diary


def _ink(img: QImage) -> list[tuple[int, int, int]]:
    """The colours of the visibly painted pixels."""
    out = []
    for x in range(img.width()):
        for y in range(img.height()):
            c = img.pixelColor(x, y)
            if c.alpha() > 200:
                out.append((c.red(), c.green(), c.blue()))
    return out


def test_every_view_has_a_drawn_icon_and_keeps_its_accessible_name(qtbot: Any, data_dir: Path) -> None:
    for spec in VIEWS:
        assert view_icon_path(spec.icon_name).is_file(), spec.view_id
    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    assert window.sidebar.count() == len(window.specs) == len(VIEWS)
    images = set()
    for row, spec in enumerate(window.specs):
        item = window.sidebar.item(row)
        assert item.text() == spec.translated_title()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == spec.translated_title()
        icon = item.icon()
        assert not icon.isNull(), spec.view_id
        normal = _ink(icon.pixmap(QSize(20, 20), QIcon.Mode.Normal).toImage())
        selected = _ink(icon.pixmap(QSize(20, 20), QIcon.Mode.Selected).toImage())
        assert len(normal) > 25, f"{spec.view_id}: icon is blank"
        # dark strokes on the light sidebar, light strokes on the highlighted row
        assert sum(sum(c) for c in normal) / len(normal) < 300
        assert sum(sum(c) for c in selected) / len(selected) > 450
        images.add(bytes(icon.pixmap(QSize(20, 20)).toImage().constBits()))
    assert len(images) == len(VIEWS), "each view has its own icon"
    d.ctx.lock()


def _cut_off(window: MainWindow) -> list[str]:
    """Sidebar names whose text does not fit the text rectangle the style gives their row (the
    delegate then elides them with "…")."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    sb = window.sidebar
    style = sb.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, sb) + 1)
    cut = []
    for i in range(sb.count()):
        option = QStyleOptionViewItem()
        sb.initViewItemOption(option)
        sb.itemDelegate().initStyleOption(option, sb.model().index(i, 0))
        option.rect = sb.visualItemRect(sb.item(i))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, sb)
        if option.fontMetrics.horizontalAdvance(option.text) + margin > text_rect.width():
            cut.append(option.text)
    return cut


def test_sidebar_names_are_not_cut_off_in_danish_or_english(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.views.settings import switch_language

    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Møder og statusrapporter" in texts
    assert _cut_off(window) == []
    try:
        switch_language(d.ctx, "en")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Overview")
        assert _cut_off(window) == []
    finally:
        switch_language(d.ctx, "da")
