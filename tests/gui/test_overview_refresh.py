"""Overblik does only the work a click needs: the figures first, the chart right after them (drawn once
per first month and data version), and the deadlines again only when the diary changes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from aflastapp.gui.views.overview import OverviewView
from aflastapp.reports import charts
from aflastapp.services import overview, stays
from tests.gui.test_app_support import open_diary


class Counter:
    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.fn(*args, **kwargs)


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> tuple[Counter, Counter]:
    deadlines = Counter(overview.deadlines)
    chart = Counter(charts.chart_svg)
    monkeypatch.setattr(overview, "deadlines", deadlines)
    monkeypatch.setattr(charts, "chart_svg", chart)
    return deadlines, chart


def test_figures_are_shown_before_the_chart_which_follows_without_a_click(
        qtbot: Any, data_dir: Path, counted: tuple[Counter, Counter]) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.chart_pending and d.ctx.op_log[-1].name == "overview.refresh"
    d.ctx.wait_for_ops()
    assert view.this_month.title().startswith("Marts 2026")
    assert any(cm.nights == 2 for cm in view.this_month.model.rows)
    found = overview.deadlines(d.session, today=d.ctx.today())
    assert view.deadline_model.rowCount() == len(found) >= 3
    assert sorted(map(repr, view.deadline_model.rows)) == sorted(map(repr, found)), "every deadline shown"
    qtbot.waitUntil(lambda: not view.chart_pending)
    names = [r.name for r in d.ctx.op_log]
    assert names.index("overview.chart") > names.index("overview.refresh"), "the chart follows the figures"
    assert all(r.off_gui_thread for r in d.ctx.op_log)
    assert view.chart_svg_bytes.startswith(b"<?xml") and b"Emma" in view.chart_svg_bytes
    assert counted[1].calls == 1


def test_month_switch_reuses_deadlines_and_drawn_charts(
        qtbot: Any, data_dir: Path, counted: tuple[Counter, Counter]) -> None:
    deadlines, chart = counted
    d = open_diary(data_dir)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.chart_pending)
    march = view.chart_svg_bytes
    shown = list(view.deadline_model.rows)
    assert deadlines.calls == 1 and chart.calls == 1

    view.next_button.click()
    d.ctx.wait_for_ops()
    assert view.this_month.title().startswith("April 2026")
    qtbot.waitUntil(lambda: not view.chart_pending)
    assert chart.calls == 2 and view.chart_svg_bytes != march  # another 12 months
    view.prev_button.click()
    d.ctx.wait_for_ops()
    assert view.this_month.title().startswith("Marts 2026")
    assert not view.chart_pending, "a chart already drawn is shown when the figures arrive"
    assert view.chart_svg_bytes == march and chart.calls == 2
    assert deadlines.calls == 1, "the deadlines do not depend on the month shown"
    assert view.deadline_model.rows == shown


def test_a_write_recomputes_deadlines_and_redraws_the_chart(
        qtbot: Any, data_dir: Path, counted: tuple[Counter, Counter]) -> None:
    deadlines, chart = counted
    d = open_diary(data_dir)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.chart_pending)
    before = view.chart_svg_bytes
    assert all(cm.nights == 0 for cm in view.this_month.model.rows)

    added = d.ctx.execute(
        "Nyt ophold",
        lambda s: stays.add_stay(s, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 9, 15)),
        lambda s, stay: stays.delete_stay(s, stay.id))
    assert added is not None
    d.ctx.wait_for_ops()
    assert deadlines.calls == 2
    assert any(cm.nights == 3 for cm in view.this_month.model.rows)
    qtbot.waitUntil(lambda: not view.chart_pending)
    assert chart.calls == 2 and view.chart_svg_bytes != before  # not the cached chart of old data

    d.ctx.undo_stack.undo()  # undo is a write too
    qtbot.waitUntil(lambda: not view.chart_pending)
    assert deadlines.calls == 3 and chart.calls == 3
    assert view.chart_svg_bytes == before


def test_this_month_button_counts_deadlines_from_today_again(
        qtbot: Any, data_dir: Path, counted: tuple[Counter, Counter]) -> None:
    from datetime import date

    deadlines, _chart = counted
    d = open_diary(data_dir)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    d.ctx.wait_for_ops()
    view.prev_button.click()
    d.ctx.wait_for_ops()
    assert deadlines.calls == 1
    d.ctx.today_override = date(2026, 4, 20)  # the app stayed open for a month
    view.today_button.click()
    d.ctx.wait_for_ops()
    assert view.this_month.title().startswith("April 2026")
    assert deadlines.calls == 2 and view.deadline_model.today == date(2026, 4, 20)


def test_lock_drops_every_drawn_chart(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.chart_pending)
    d.ctx.lock()
    assert view.chart_svg_bytes == b"" and not view.chart_pending
    assert view._chart_cache == {}, "no chart of the diary is kept after locking"
