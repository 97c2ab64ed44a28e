"""Overblik: figures with their "hvorfor?", deadlines that lead to the action closing them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from aflastapp.core.models import DeadlineKind
from aflastapp.gui import fmt
from aflastapp.gui.views.overview import OverviewView, deadline_action
from aflastapp.services import overview, stays
from tests.gui.test_app_support import open_diary


def test_overview_explains_figures_and_routes_deadlines(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    assert d.ctx.op_log[-1].name == "overview.refresh"  # read off the GUI thread
    d.ctx.wait_for_ops()
    assert d.ctx.op_log[-1].off_gui_thread
    panel = view.this_month
    assert panel.title().startswith("Marts 2026")
    row = next(i for i, cm in enumerate(panel.model.rows) if cm.contract_id == d.contract_a)
    why = panel.explanation_html(panel.model.index(row, 2))  # vederlag
    assert why is not None and "171" in why and "Kommunens brev" in why  # the family's rate and its source
    nights = panel.explanation_html(panel.model.index(row, 1))
    assert nights is not None and "06.03.2026" in nights and "07.03.2026" in nights
    assert panel.explanation_html(panel.model.index(row, 0)) is None  # the name has no "why"
    qtbot.waitUntil(lambda: not view.chart_pending)  # the chart is drawn after the figures
    assert view.chart_svg_bytes.startswith(b"<?xml")

    view.set_month(2026, 4)
    d.ctx.wait_for_ops()
    assert view.this_month.title().startswith("April 2026")
    assert all(cm.nights == 0 for cm in view.this_month.model.rows)

    asked: list[tuple[str, str, object]] = []
    d.ctx.navigate.connect(lambda v, a, p: asked.append((v, a, p)))
    found = overview.deadlines(d.session, today=d.ctx.today())
    assert view.deadline_model.rowCount() == len(found) >= 3
    assert sorted(map(repr, view.deadline_model.rows)) == sorted(map(repr, found)), "every deadline shown"
    view._deadline_button_clicked()
    assert asked and asked[0][0] in {"documents", "meetings", "notes", "settings"}
    first = view.deadline_model.rows[0]
    assert asked[0] == (*deadline_action(first)[:2], deadline_action(first)[2])
    d.ctx.lock()
    assert view.deadline_model.rowCount() == 0 and view.chart_svg_bytes == b""


def test_nights_report_deadline_opens_the_document_for_its_contract_and_period() -> None:
    from datetime import date

    from aflastapp.core.models import Deadline, Severity

    dl = Deadline(date(2026, 4, 5), DeadlineKind.NIGHTS_REPORT, "k-emma", Severity.REQUIRED, "Indberet",
                  "kilde", period="2026-03")
    assert deadline_action(dl) == ("documents", "generate", {"kind": "nights_report", "contract_id": "k-emma",
                                                             "period": "2026-03", "meeting_id": None})
    meeting = Deadline(date(2026, 4, 5), DeadlineKind.STATUS_REPORT, "k-emma", Severity.REQUIRED, "Status",
                       "kilde", period="m-1")
    assert deadline_action(meeting) == ("meetings", "status_report", {"meeting_id": "m-1"})


def test_twelve_month_total_says_it_is_incomplete_when_a_rate_is_missing(qtbot: Any, data_dir: Path) -> None:
    from datetime import date

    from aflastapp.gui.context import AppContext
    from aflastapp.services import children, contracts, session

    # No 2026 override: the shipped KL table has no 2026 row, so døgn in 2026 have no rate.
    s, _ = session.setup(data_dir)
    c = children.add_child(s, "Emma", date(2016, 5, 1))
    k = contracts.add_contract(s, c.id, "slagelse", date(2025, 1, 1), vederlag_count=7)
    stays.add_stay(s, k.id, datetime(2025, 12, 5, 16), datetime(2025, 12, 7, 15))  # 2025: rates known
    stays.add_stay(s, k.id, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 15))
    stays.add_stay(s, k.id, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    ctx.set_session(s)
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.earnings.values != [])

    # Slagelse's kost og logi has no 2025 rate either; February and March have no 2026 rates at all.
    assert view.earnings_incomplete_months == [(2025, 12), (2026, 2), (2026, 3)]
    text = view.earnings_label.text()
    assert "mindst" in text and "december 2025, februar 2026 – marts 2026" in text
    december = view.earnings.values[7]  # May 2025 … April 2026
    assert december[0] == "Dec" and december[3] is True and "mindst" in december[2]
    assert december[1] > 0  # its known vederlag still counts towards the lower bound
    assert [v[3] for v in view.earnings.values] == [False] * 7 + [True, False, True, True, False]
    assert "mindst " + fmt.kr(Decimal(str(december[1]))) in text  # the lower bound is the known part

    # With the rate entered the total is complete again and no month is marked.
    from aflastapp.services import rates
    for year in (2025, 2026):
        rates.add_kl_override(s, date(year, 1, 1), source="Kommunens brev", vederlag_per_day="171",
                              kost_logi_under_10="215", kost_logi_10_plus="229", kost_logi_third_child="197")
    view.refresh()  # the main window calls it on ctx.changed
    ctx.wait_for_ops()
    assert view.earnings_incomplete_months == []
    assert "mindst" not in view.earnings_label.text()
    assert not any(v[3] for v in view.earnings.values)
    qtbot.waitUntil(lambda: not view.chart_pending)
    ctx.lock()
