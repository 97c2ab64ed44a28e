"""Everything fits a small laptop: every view of the main window fits 1024×600 (with a taskbar) in
Danish and English, which also covers 1920×1080 at QT_SCALE_FACTOR=1.5 (1280×720 logical); the
window's remembered size is clamped to the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect

from aflastapp.gui.app import gui_settings
from aflastapp.gui.main_window import MainWindow
from aflastapp.gui.views.settings import switch_language
from tests.gui.test_app_support import open_diary

SMALL = (1024, 600 - 40)  # a 1024×600 netbook screen less its taskbar


def test_every_view_fits_1024_by_600_in_both_languages(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    try:
        for lang in ("da", "en"):
            switch_language(d.ctx, lang)
            for spec in window.specs:
                window.show_view(spec.view_id)
                d.ctx.wait_for_ops()
                hint = window.minimumSizeHint()
                assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (lang, spec.view_id, hint)
            assert window.sidebar.width() < 200, "on a small screen the sidebar gives the views room"
        overview = window.show_view("overview")
        d.ctx.wait_for_ops()
        qtbot.waitUntil(lambda: overview.width() > 0 and overview.narrow)  # type: ignore[attr-defined]
        # Overblik is in one column: figures and deadline titles whole
        table = overview.this_month.table  # type: ignore[attr-defined]
        assert not table.horizontalScrollBar().isVisible(), "the month's figures without scrolling sideways"
    finally:
        switch_language(d.ctx, "da")
        d.ctx.wait_for_ops()
        d.ctx.lock()


def test_a_remembered_size_from_a_bigger_screen_is_clamped(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    settings = gui_settings(data_dir)
    big = MainWindow(d.ctx, settings)
    qtbot.addWidget(big)
    big.setGeometry(QRect(1500, 900, 2400, 1400))  # from a 4K monitor
    settings.setValue("window/geometry", QByteArray(big.saveGeometry()))
    window = MainWindow(d.ctx, settings)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.geometry().topLeft())
    d.ctx.lock()
