"""Run in its own process (QT_SCALE_FACTOR and the screen size must be set before Qt starts): open a
demo diary in the main window on an offscreen screen of the given size and scale, show every view in
Danish and English, and print (as JSON) what does not fit. Used by test_fits_the_screen.py."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def main(width: int, height: int, scale: str, out: str) -> None:
    cfg = Path(tempfile.mkdtemp()) / "screen.json"
    cfg.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
                                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"
    os.environ["QT_SCALE_FACTOR"] = scale
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from datetime import date

    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView

    from aflastapp.gui._none_refcount import make_none_immortal

    make_none_immortal()
    app = QApplication([])
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.main_window import MainWindow
    from aflastapp.gui.views.settings import switch_language
    from aflastapp.gui.widgets.common import install_date_field_behaviour
    from aflastapp.services import portable, session

    install_date_field_behaviour(app)
    data_dir = Path(tempfile.mkdtemp()) / "data"
    data_dir.mkdir()
    s, _ = session.setup(data_dir)
    portable.make_demo(s, 1, 2)
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date.today()
    ctx.set_session(s)
    window = MainWindow(ctx, gui_settings(data_dir))  # the size it picks for this screen by itself
    window.show()
    app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {"screen": [screen.width(), screen.height()],
                                 "window": [window.frameGeometry().width(), window.frameGeometry().height()],
                                 "problems": [], "titles_checked": 0, "views_checked": 0}
    problems: list[str] = report["problems"]  # type: ignore[assignment]
    if not screen.contains(window.frameGeometry()):
        problems.append(f"window {window.frameGeometry()} is not inside the screen {screen}")
    for lang in ("da", "en"):
        switch_language(ctx, lang)
        for spec in window.specs:
            view = window.show_view(spec.view_id)
            for _ in range(3):
                ctx.wait_for_ops()
                app.processEvents()
            report["views_checked"] = int(report["views_checked"]) + 1  # type: ignore[call-overload]
            if spec.view_id == "expenses":  # back to a month with expenses (receipts, long descriptions)
                for _ in range(12):
                    if view.table.model().rowCount() > 0:  # type: ignore[attr-defined]
                        break
                    view.month.prev.click()  # type: ignore[attr-defined]
                    for _ in range(3):
                        ctx.wait_for_ops()
                        app.processEvents()
            hint = window.minimumSizeHint()
            if hint.width() > window.width() or hint.height() > window.height():
                problems.append(f"{lang} {spec.view_id}: needs {hint.width()}×{hint.height()}, "
                                f"has {window.width()}×{window.height()}")
            for area in view.findChildren(QAbstractScrollArea):
                if not area.isVisibleTo(window):
                    continue
                if area.horizontalScrollBar().isVisible():
                    problems.append(f"{lang} {spec.view_id}: {type(area).__name__} "
                                    f"{area.objectName() or area.accessibleName()} scrolls sideways")
            whole = {"overview": ("deadline_table", 2, "deadline title"),
                     "expenses": ("table", 2, "expense description")}
            if spec.view_id in whole:
                name, column, what = whole[spec.view_id]
                table: QTableView = getattr(view, name)
                checked = _cut_cells(table, column)
                report["titles_checked"] = int(report["titles_checked"]) + checked[0]  # type: ignore[call-overload]
                problems += [f"{lang} {spec.view_id}: {what} cut off: {t}" for t in checked[1]]
    ctx.wait_for_ops()
    ctx.lock()
    Path(out).write_text(json.dumps(report, ensure_ascii=False, indent=1))


def _cut_cells(table: Any, column: int) -> tuple[int, list[str]]:
    """(cells checked, texts that do not fit their cell) of a table column: a text fits when its
    width is within the column's width times the lines the row has room for."""
    model = table.model()
    metrics = table.fontMetrics()
    width = table.columnWidth(column)
    cut, checked = [], 0
    for row in range(model.rowCount()):
        if table.isRowHidden(row):
            continue
        text = str(model.index(row, column).data() or "")
        if not text:
            continue
        checked += 1
        lines = max(1, table.rowHeight(row) // max(1, metrics.lineSpacing()))
        longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        needed = metrics.horizontalAdvance(text) + 12  # the cell's own margins
        if needed > width * lines or longest_word + 12 > width:
            cut.append(f"{needed} px in {width} px × {lines} line(s): {text[:60]}")
    return checked, cut


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4])
