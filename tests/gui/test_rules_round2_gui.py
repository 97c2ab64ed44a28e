"""Issue 12 in the GUI (small parts): a missing rate is named and opens the rate dialog for its year
and figure; the expense dialog's approved amount, approval date and the municipality's hint; the
trip's and saved route's agreement; reminders marked done; the diary clean-up; the usual vederlag."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer

from aflastapp.core.models import DeadlineKind, StayStatus
from aflastapp.gui.views.driving import RouteDialog, TripDialog
from aflastapp.gui.views.expenses import NO_DATE, ExpenseDialog
from aflastapp.gui.views.overview import OverviewView
from aflastapp.gui.views.settings import ChildContractDialog, SettingsView
from aflastapp.services import children, contracts, meetings, notes, overview, places, stays, submissions
from tests.gui.test_app_support import open_diary


def _no_2026_rates(data_dir: Path) -> Any:
    """A Slagelse diary with stays in March 2026 and no 2026 KL figures (none is shipped)."""
    from aflastapp.gui.context import AppContext
    from aflastapp.services import session

    s, _ = session.setup(data_dir)
    c = children.add_child(s, "Emma", date(2016, 5, 1))
    k = contracts.add_contract(s, c.id, "slagelse", date(2025, 1, 1), vederlag_count=7)
    stays.add_stay(s, k.id, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    ctx.set_session(s)
    return ctx


def test_a_missing_rate_is_named_and_opens_the_rate_dialog_for_its_year_and_figure(
        qtbot: Any, data_dir: Path) -> None:
    ctx = _no_2026_rates(data_dir)
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    ctx.wait_for_ops()  # Overblik reads off the GUI thread
    panel = view.this_month
    assert panel.rate_links.isVisible()
    text = panel.rate_links.text()
    assert "Indtast KL's vederlag pr. døgn for 2026" in text
    assert "Indtast kost og logi under 10 år for 2026" in text  # Emma is 9 in March 2026
    asked: list[tuple[str, str, object]] = []
    ctx.navigate.connect(lambda v, a, p: asked.append((v, a, p)))
    panel._rate_link("rate:2026:vederlag_per_day")
    assert asked == [("settings", "rate", {"year": 2026, "field": "vederlag_per_day"})]

    # "hvorfor?" on the vederlag says what is missing and offers the same dialog
    vederlag = panel.model.index(0, 2)
    assert "vederlag pr. døgn for 2026 mangler" in (panel.explanation_html(vederlag) or "")
    assert panel.rates_for(vederlag) == [(2026, "vederlag_per_day")]
    assert panel.rates_for(panel.model.index(0, 4)) == []  # mileage: nothing missing

    # the settings view opens "Satser for 2026" with the figure marked, and saves every field typed
    settings = SettingsView(ctx)
    qtbot.addWidget(settings)
    settings.show()
    seen: dict[str, Any] = {}

    def fill() -> None:
        dlg = settings.rates_tab.rate_dialog
        seen["title"] = dlg.windowTitle()
        seen["focus"] = settings.rates_tab.rate_dialog.fields["vederlag_per_day"].placeholderText()
        settings.rates_tab.rate_dialog.fields["vederlag_per_day"].setText("176")
        settings.rates_tab.rate_dialog.fields["kost_logi_under_10"].setText("221")
        settings.rates_tab.rate_dialog.fields["kost_logi_10_plus"].setText("235")
        dlg.accept()

    QTimer.singleShot(0, fill)
    settings.handle_action("rate", {"year": 2026, "field": "vederlag_per_day"})
    assert seen == {"title": "Satser for 2026", "focus": "mangler – skriv tallet her"}
    cm = overview.preview_month(ctx.session, 2026, 3).contracts[0]
    assert cm.vederlag.amount == Decimal("2464.00")  # 2 døgn × 7 × 176
    assert cm.kost_logi.amount == Decimal("442.00")
    view.refresh()
    ctx.wait_for_ops()
    assert not view.this_month.rate_links.isVisible()


def test_expense_dialog_approved_amount_date_and_the_municipalitys_hint(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    dlg = ExpenseDialog(d.session, contract_id=d.contract_b, day=date(2026, 3, 4))  # Randers
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.category.setCurrentIndex(dlg.category.findData("car_seat"))
    assert dlg.rule_hint.isVisible() and "låne en autostol" in dlg.rule_hint.text()
    dlg.category.setCurrentIndex(dlg.category.findData("activity"))
    assert not dlg.rule_hint.isVisible()
    dlg.category.setCurrentIndex(dlg.category.findData("car_seat"))
    dlg.description.setText("Autostol")
    dlg.amount.setText("1.600,00")
    dlg.approval.setText("B-12")
    v = dlg.values()
    assert v["approved_amount"] is None and v["approved_on"] is None  # not given
    dlg.approved_amount.setText("1.600,00")
    dlg.approved_on.setDate(QDate(2026, 3, 1))
    v = dlg.values()
    assert v["approved_amount"] == "1600.00" and v["approved_on"] == date(2026, 3, 1)
    from aflastapp.gui.views.expenses import ExpensesView

    view = ExpensesView(d.ctx)
    qtbot.addWidget(view)
    made = view.save_new(v)
    assert made is not None
    cm = overview.preview_month(d.session, 2026, 3, d.contract_b).contracts[0]
    assert cm.expenses.amount == Decimal("1600.00")  # the approved amount counts over the 1.500 cap
    edit = ExpenseDialog(d.session, expense=made)
    qtbot.addWidget(edit)
    assert edit.approved_on.date() == QDate(2026, 3, 1) and edit.approved_amount.text() == "1.600,00"
    blank = ExpenseDialog(d.session, contract_id=d.contract_a)
    qtbot.addWidget(blank)
    assert blank.approved_on.date() == NO_DATE and blank.approved_on.text() == "ikke angivet"


def test_trip_and_saved_route_carry_the_agreement(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    route_dlg = RouteDialog(["Hjem", "Mor"])
    qtbot.addWidget(route_dlg)
    route_dlg.name.setText("Til mor")
    route_dlg.km.setText("12")
    route_dlg.approval.setText("Aftalt med rådgiveren 01.03")
    r = places.add_route(d.session, **route_dlg.values())
    assert r.approval == "Aftalt med rådgiveren 01.03"
    dlg = TripDialog(d.session, contract_id=d.contract_b, day=date(2026, 3, 2))
    qtbot.addWidget(dlg)
    dlg.choose_route(r.id)
    assert dlg.values()["approval"] == "Aftalt med rådgiveren 01.03"
    dlg.approval.setText("Myndighedscentret 28.02")
    assert dlg.values()["approval"] == "Myndighedscentret 28.02"


def test_reminders_are_marked_done_and_the_diary_cleanup_deletes_the_period(qtbot: Any,
                                                                           data_dir: Path) -> None:
    d = open_diary(data_dir)
    s = d.session
    stays.add_stay(s, d.contract_a, datetime(2026, 3, 13, 14), datetime(2026, 3, 15, 17),
                   StayStatus.CANCELLED, cancelled_at=datetime(2026, 3, 13, 8), id="late")
    meetings.add_meeting(s, d.contract_a, datetime(2026, 3, 25, 10), id="m1")
    n = notes.add_note(s, "emma", date(2026, 2, 2), "Noter fra perioden")
    submissions.add_submission(s, "status_report", d.contract_a, "m1", date(2026, 3, 10))
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()

    def kinds() -> dict[DeadlineKind, Any]:
        return {x.kind: x for x in overview.deadlines(s, date(2026, 1, 1), date(2026, 12, 31))}

    follow_up = kinds()[DeadlineKind.STAY_FOLLOW_UP]
    assert view.action_text(follow_up) == "Markér som klaret"
    view.mark_done(follow_up)
    assert DeadlineKind.STAY_FOLLOW_UP not in kinds()
    d.ctx.undo_stack.undo()
    assert DeadlineKind.STAY_FOLLOW_UP in kinds()

    cleanup = kinds()[DeadlineKind.DIARY_CLEANUP]
    assert cleanup.date == date(2026, 4, 10)
    view.diary_cleanup(cleanup)
    assert "1 notater" in view.cleanup_box.informativeText()
    view.finish_cleanup("m1", "")  # cancelled: nothing happens
    assert [x.id for x in notes.list_notes(s)] == [n.id]
    view.finish_cleanup("m1", "delete")
    assert notes.list_notes(s) == [] and DeadlineKind.DIARY_CLEANUP not in kinds()


def test_contract_without_vederlag_shows_the_usual_number_as_assumed(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    k = contracts.add_contract(d.session, "emma", "morsoe", date(2026, 1, 1), id="k-mors")
    assert k.vederlag_count is None
    dlg = ChildContractDialog(d.ctx, contract=k)
    qtbot.addWidget(dlg)
    assert dlg.vederlag.value() == 7
    assert dlg.contract_values()["vederlag_count"] == 7  # saving confirms the number
    new = ChildContractDialog(d.ctx)
    qtbot.addWidget(new)
    new.municipality.setCurrentIndex(new.municipality.findData("slagelse"))
    assert new.vederlag.value() == 7
    new.municipality.setCurrentIndex(new.municipality.findData("haderslev"))
    assert new.vederlag.value() == 0
    settings = SettingsView(d.ctx)
    qtbot.addWidget(settings)
    settings.refresh()
    row = [c.id for c in settings.contracts_tab.contracts].index("k-mors")
    assert settings.contracts_tab.contract_table.item(row, 4).text() == "7 (antaget)"


def test_driving_view_names_trips_that_are_not_counted(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.views.driving import DrivingView
    from aflastapp.services import trips

    d = open_diary(data_dir)
    trips.add_trip(d.session, [d.contract_b], date(2026, 3, 10), "Biograf", "Hjem", "Randers C", "15")
    view = DrivingView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    view.month.set_month(2026, 3)
    view.contract.setCurrentIndex(view.contract.findData(d.contract_b))
    view.refresh()
    assert view.warnings.isVisible() and "10.03.2026" in view.warnings.text()
    trips.update_trip(d.session, trips.list_trips(d.session)[0].id, approval="Myndighedscentret 09.03")
    view.refresh()
    assert not view.warnings.isVisible()


def test_status_report_editor_reminds_to_tell_the_consultant(qtbot: Any, data_dir: Path) -> None:
    # slagelse-aflastning.txt, Statusudtalelse: "I giver besked til familieplejekonsulenten, når den er
    # udfyldt"
    from aflastapp.gui.views.meetings import MeetingsView

    d = open_diary(data_dir)
    v = MeetingsView(d.ctx)
    qtbot.addWidget(v)
    v.show()
    made = v.save_new({"contract_id": d.contract_a, "at": datetime(2026, 4, 20, 10), "kind": "status",
                       "report_due": None})
    assert made is not None
    v.select_id(made.id)
    assert "Giv familieplejekonsulenten besked, når statusrapporten er udfyldt" in v.editor.deadline.text()
    k = contracts.add_contract(d.session, "emma", "morsoe", date(2026, 1, 1), vederlag_count=7, id="k-m")
    mt = meetings.add_meeting(d.session, k.id, datetime(2026, 5, 4, 10))
    questions = meetings.questions(d.session, mt.id)
    assert questions and all(q.assumed for q in questions)  # Morsø: Handleplanen is not a family report
