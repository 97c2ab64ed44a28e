"""The Qt models are sound adapters (qtmodeltester) over real service results."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from aflastapp.core.models import Figure
from aflastapp.gui.models import FIGURE_ROLE, DeadlineModel, MonthModel, StayListModel
from aflastapp.services import overview, stays
from tests.gui.test_app_support import TODAY, open_diary


def test_models_pass_qtmodeltester_with_real_data(qtmodeltester: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    s = d.session
    st = stays.add_stay(s, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    stays.add_stay(s, d.contract_b, datetime(2026, 3, 13, 16), datetime(2026, 3, 15, 15))
    names = {d.child_a: "Emma", d.child_b: "Oliver"}

    month = MonthModel()
    month.set_preview(overview.preview_month(s, 2026, 3), names)
    qtmodeltester.check(month, force_py=True)
    assert month.rowCount() == 3  # two children and the total
    emma_row = next(i for i, cm in enumerate(month.rows) if cm.contract_id == d.contract_a)
    assert month.data(month.index(emma_row, 0)) == "Emma"
    assert month.data(month.index(emma_row, 1)).startswith("2")
    figure = month.data(month.index(emma_row, 2), FIGURE_ROLE)
    assert isinstance(figure, Figure) and figure.amount is not None and figure.amount > 0
    assert "kr." in month.data(month.index(emma_row, 2))

    deadlines = DeadlineModel()
    deadlines.set_deadlines(overview.deadlines(s, today=TODAY), TODAY, {d.contract_a: "Emma"})
    qtmodeltester.check(deadlines, force_py=True)
    found = overview.deadlines(s, today=TODAY)
    assert deadlines.rowCount() == len(found) >= 3
    assert sorted(map(repr, deadlines.rows)) == sorted(map(repr, found)), "every deadline, none lost"
    first = deadlines.rows[0]
    overdue = [r for r in deadlines.rows if r.date < TODAY]
    assert (first.date < TODAY) == bool(overdue), "overdue deadlines come first"

    listed = StayListModel()
    listed.set_stays(stays.list_stays(s), {d.contract_a: "Emma", d.contract_b: "Oliver"})
    qtmodeltester.check(listed, force_py=True)
    assert listed.data(listed.index(0, 0)) == "Emma"
    assert listed.data(listed.index(0, 1)) == "06.03.2026 16:00"
    assert listed.rows[0].id == st.id

    for model in (month, deadlines, listed):
        model.clear()
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 0
    d.ctx.lock()


def test_month_model_without_rates_says_so(data_dir: Path) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2025, 7, 4, 16), datetime(2025, 7, 6, 15))
    preview = overview.preview_month(d.session, 2025, 7)  # no kost og logi rate shipped for 2025
    model = MonthModel()
    model.set_preview(preview, {})
    row = next(i for i, cm in enumerate(model.rows) if cm.contract_id == d.contract_a)
    assert model.rows[row].night_dates[0].date == date(2025, 7, 4)
    assert model.data(model.index(row, 3)) == "mangler sats"
    assert model.data(model.index(row, 2)).endswith("kr.")  # the 2025 vederlag rate is known
    d.ctx.lock()
