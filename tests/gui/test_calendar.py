"""Kalender: a stay made by dragging across days lands in the diary, shows on Overblik, and undoes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from aflastapp.core.models import StayStatus
from aflastapp.gui.views.calendar import CalendarView, MonthGrid, StayDialog, month_days
from aflastapp.gui.views.overview import OverviewView
from aflastapp.services import stays
from tests.gui.test_app_support import Diary, open_diary


@pytest.fixture
def gdiary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    d = open_diary(data_dir)
    yield d
    d.ctx.lock()


def _accept_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StayDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


def _centre(grid: MonthGrid, d: date) -> QPoint:
    return grid._cell(grid.days.index(d)).center()


def test_month_grid_starts_on_monday_with_iso_weeks() -> None:
    days = month_days(2026, 3)
    assert days[0] == date(2026, 2, 23) and days[0].weekday() == 0
    assert len(days) == 42 and date(2026, 3, 31) in days


def test_dragging_across_days_creates_a_stay_seen_on_overblik_and_undone(
        qtbot: Any, gdiary: Diary, monkeypatch: pytest.MonkeyPatch) -> None:
    _accept_dialogs(monkeypatch)
    overview = OverviewView(gdiary.ctx)
    qtbot.addWidget(overview)
    overview.set_month(2026, 3)
    overview.show()
    gdiary.ctx.wait_for_ops()  # Overblik reads off the GUI thread
    assert overview.this_month.model.rowCount() == 3  # two children + total
    assert overview.this_month.model.rows[0].nights == 0

    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_month(2026, 3)
    grid = view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=_centre(grid, date(2026, 3, 20)))
    qtbot.mouseMove(grid, _centre(grid, date(2026, 3, 22)))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=_centre(grid, date(2026, 3, 22)))

    saved = stays.list_stays(gdiary.session, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert len(saved) == 1
    assert saved[0].start == datetime(2026, 3, 20, 16, 0) and saved[0].end == datetime(2026, 3, 22, 15, 0)
    assert view.model.rowCount() == 1
    gdiary.ctx.wait_for_ops()
    # Overblik was listening: the døgn are counted for that child's contract.
    cm = {c.contract_id: c for c in overview.this_month.model.rows}[saved[0].contract_id]
    assert cm.nights == 2

    gdiary.ctx.undo_stack.undo()
    assert stays.list_stays(gdiary.session) == []
    assert view.model.rowCount() == 0
    gdiary.ctx.wait_for_ops()
    assert all(c.nights == 0 for c in overview.this_month.model.rows)
    gdiary.ctx.undo_stack.redo()
    assert [s.id for s in stays.list_stays(gdiary.session)] == [saved[0].id]


def test_stay_dialog_flags_overlap_live_and_refuses_end_before_start(qtbot: Any, gdiary: Diary) -> None:
    stays.add_stay(gdiary.session, gdiary.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.set_month(2026, 3)
    view.show()
    dialog = view.stay_dialog(first=date(2026, 3, 7), last=date(2026, 3, 9), contract_id=gdiary.contract_a)
    qtbot.addWidget(dialog)
    assert dialog.check(), "an overlapping stay of the same child is flagged as it is typed"
    assert dialog.warnings.text()
    dialog.start.setDateTime(dialog.start.dateTime().addDays(10))
    dialog.end.setDateTime(dialog.start.dateTime().addDays(-1))
    assert any("før" in m for m in dialog.check())


def test_edit_delete_and_undo_keep_the_same_stay(qtbot: Any, gdiary: Diary) -> None:
    st = stays.add_stay(gdiary.session, gdiary.contract_b, datetime(2026, 3, 13, 16),
                        datetime(2026, 3, 15, 15), note="Hyggelig weekend")
    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.set_month(2026, 3)
    view.show()
    view.mark_completed(st)
    assert stays.get_stay(gdiary.session, st.id).status == StayStatus.COMPLETED
    view.delete_stay(st, ask=False)
    assert stays.list_stays(gdiary.session) == []
    gdiary.ctx.undo_stack.undo()
    back = stays.get_stay(gdiary.session, st.id)
    assert back.note == "Hyggelig weekend" and back.status == StayStatus.COMPLETED
    gdiary.ctx.undo_stack.undo()
    assert stays.get_stay(gdiary.session, st.id).status == StayStatus.PLANNED


def test_recurring_every_other_weekend_is_proposed_then_saved_as_planned(qtbot: Any, gdiary: Diary) -> None:
    from aflastapp.gui.views.calendar import RecurringDialog

    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.show()
    dialog = RecurringDialog(gdiary.ctx, view.contract_infos, view)
    qtbot.addWidget(dialog)
    dialog.until.setDate(dialog.until.date().fromString("2026-05-31", "yyyy-MM-dd"))
    dialog.propose()
    assert dialog.list.count() >= 5
    starts = [s.start for s in dialog.proposed]
    assert all(b - a == timedelta(weeks=2) for a, b in itertools.pairwise(starts))
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    chosen = dialog.chosen()
    saved = view.add_recurring(chosen)
    assert len(saved) == len(dialog.proposed) - 1
    assert all(s.status == StayStatus.PLANNED for s in stays.list_stays(gdiary.session))
    gdiary.ctx.undo_stack.undo()
    assert stays.list_stays(gdiary.session) == []


def test_lock_clears_the_calendar(qtbot: Any, gdiary: Diary) -> None:
    stays.add_stay(gdiary.session, gdiary.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.set_month(2026, 3)
    view.show()
    assert view.model.rowCount() == 1 and view.grid.stays
    gdiary.ctx.lock()
    assert view.model.rowCount() == 0 and not view.grid.stays and view.legend.text() == ""


def test_a_red_border_explains_itself_on_hover(qtbot: Any, gdiary: Diary) -> None:
    # 4 stays of 4 døgn in March: 16 døgn, above Slagelse's cap of 14 a month
    for day in (2, 9, 16, 23):
        stays.add_stay(gdiary.session, gdiary.contract_a, datetime(2026, 3, day, 16),
                       datetime(2026, 3, day + 4, 16))
    view = CalendarView(gdiary.ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_month(2026, 3)
    grid = view.grid
    flagged = [(rect, st) for rect, st in grid.stay_rects() if st.id in grid.flagged]
    assert flagged, "the stays over the cap have a red border"
    rect, _st = flagged[0]
    text = grid.tooltip_at(rect.center())
    assert "Over kommunens loft" in text and "16" in text and "14" in text
    plain = [(r, st) for r, st in grid.stay_rects() if st.id not in grid.flagged]
    assert all(grid.tooltip_at(r.center()) == "" for r, _ in plain)
