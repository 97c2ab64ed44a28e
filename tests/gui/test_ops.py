"""The op machinery: slow work runs off the GUI thread and is delivered on it, without a nested
event loop; views reload only when a change touches what they show. Asserted through the ops
(which thread ran what), never by timing."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from aflastapp.gui import ops
from aflastapp.gui.app import gui_settings
from aflastapp.gui.context import AppContext
from aflastapp.gui.main_window import MainWindow
from aflastapp.services import overview, portable, session, stays
from tests.gui.test_app_support import open_diary


class Threads:
    """Wraps a service function and records whether each call ran on the GUI (main) thread."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.on_gui: list[bool] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.on_gui.append(threading.current_thread() is threading.main_thread())
        return self.fn(*args, **kwargs)


def test_the_dashboard_of_a_ten_year_diary_is_read_and_drawn_off_the_gui_thread(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aflastapp.reports import charts

    s, _ = session.setup(tmp_path / "demo")
    portable.make_demo(s, 10, 2)
    ctx = AppContext(tmp_path / "demo")
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    watched = {name: Threads(getattr(overview, name)) for name in ("preview_range", "deadlines")}
    for name, w in watched.items():
        monkeypatch.setattr(overview, name, w)
    chart = Threads(charts.chart_svg)
    monkeypatch.setattr(charts, "chart_svg", chart)
    ctx.set_session(s)
    window = MainWindow(ctx, gui_settings(tmp_path / "demo"))
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("overview")
    qtbot.waitUntil(lambda: not view.chart_pending, timeout=60_000)  # type: ignore[attr-defined]
    # a write and a month switch read again, still off the GUI thread
    ctx.execute("Nyt ophold",
                lambda s: stays.add_stay(s, _contract(s), datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15)),
                lambda s, st: stays.delete_stay(s, st.id))
    view.next_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not view.chart_pending, timeout=60_000)  # type: ignore[attr-defined]
    for name, w in watched.items():
        assert w.on_gui and not any(w.on_gui), f"overview.{name} ran on the GUI thread"
    assert chart.on_gui and not any(chart.on_gui), "the chart was drawn on the GUI thread"
    assert {r.name for r in ctx.op_log} >= {"overview.refresh", "overview.chart", "overview.months"}
    assert all(r.off_gui_thread for r in ctx.op_log)
    ctx.wait_for_ops()
    ctx.lock()


def _contract(s: Any) -> str:
    from aflastapp.services import contracts

    return contracts.list_contracts(s)[0].id


def test_an_op_returns_at_once_and_delivers_on_the_gui_thread(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    gate = threading.Event()
    seen: list[tuple[str, bool]] = []

    def slow(s: Any) -> str:
        seen.append(("op", threading.current_thread() is threading.main_thread()))
        gate.wait(10)
        return "done"

    op = ops.QueryOp(d.ctx, slow, success=lambda r: seen.append((r, threading.current_thread()
                                                                 is threading.main_thread())))
    record = op.run_in_background()
    assert record is not None and d.ctx.busy, "the caller returns while the op runs (no nested loop)"
    assert not record.done
    gate.set()
    d.ctx.wait_for_ops()
    assert seen == [("op", False), ("done", True)] and not d.ctx.busy
    # an error goes to failure() on the GUI thread; nothing else is called
    errors: list[BaseException] = []
    ops.QueryOp(d.ctx, lambda s: 1 / 0, success=lambda r: seen.append(("no", True))).failure(
        errors.append).run_in_background()
    d.ctx.wait_for_ops()
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError) and seen[-1] == ("done", True)
    d.ctx.lock()


def test_views_reload_only_when_a_change_touches_what_they_show(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.views.driving import DrivingView

    d = open_diary(data_dir)
    view = DrivingView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    reloads: list[int] = []
    original = view.refresh
    view.refresh = lambda: (reloads.append(1), original())[1]  # type: ignore[method-assign]
    d.ctx.notify(ops.Changes.of(ops.STAYS))
    assert reloads == [], "a stay does not change the driving log"
    d.ctx.notify(ops.Changes.of(ops.TRIPS))
    assert reloads == [1]
    d.ctx.changed.emit()  # an old-style "something changed" still reloads everything
    assert reloads == [1, 1]
    d.ctx.lock()
