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


def _probe(tmp_path: Path, width: int, height: int, scale: str) -> dict[str, Any]:
    """The main window on a screen of ``width``×``height`` at ``scale``, in its own process (Qt reads
    QT_SCALE_FACTOR and the screen when it starts): what does not fit (tests/gui/fits_screen_probe.py)."""
    import json
    import os
    import subprocess
    import sys

    out = tmp_path / f"probe-{width}x{height}@{scale}.json"
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    done = subprocess.run([sys.executable, str(root / "tests" / "gui" / "fits_screen_probe.py"), str(width),
                           str(height), scale, str(out)], cwd=root, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def test_nothing_is_cut_off_at_scale_1_5_on_1920_by_1080_nor_on_1024_by_600(tmp_path: Path) -> None:
    # (and on the common 1366×768 laptop)
    """A real start on each screen: the window fits the screen; in Danish and English no view scrolls
    sideways (Overblik's figures whole), every deadline title on Overblik and every expense description
    in Udlæg fits its cell (the lines the row has room for)."""
    for width, height, scale, logical in ((1920, 1080, "1.5", [1280, 720]), (1024, 600, "1.0", [1024, 600]),
                                          (1366, 768, "1.0", [1366, 768])):
        report = _probe(tmp_path, width, height, scale)
        assert report["screen"] == logical, report["screen"]  # the scale factor took effect
        assert report["views_checked"] == 18, "every view in both languages"
        assert report["titles_checked"] >= 20, "the demo's deadline titles and descriptions were measured"
        assert report["problems"] == [], f"{width}×{height} at {scale}:\n" + "\n".join(report["problems"])
