"""Udbetalinger and Eksportér frister til kalender, in real Qt windows on a real encrypted diary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from aflastapp.core.models import DeadlineKind
from aflastapp.gui.app import gui_settings
from aflastapp.gui.main_window import MainWindow
from aflastapp.gui.models import OBJECT_ROLE
from aflastapp.gui.views.calendar_export import CalendarExportDialog
from aflastapp.gui.views.overview import deadline_action
from aflastapp.gui.views.payments import STATUS_COLOURS, PaymentDialog, PaymentsView
from aflastapp.services import payments, rates, stays, trips
from tests.gui.test_diary_support import Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    d = next(diary_fixture(data_dir))
    s = d.session
    # the 2026 rates from the municipality's letter; Emma (born 2016) is under 10
    rates.add_kl_override(s, date(2026, 1, 1), "Kommunens brev", vederlag_per_day="170",
                          kost_logi_under_10="193", kost_logi_10_plus="206", kost_logi_third_child="177")
    stays.add_stay(s, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 12), status="completed")
    stays.add_stay(s, d.contract_a, datetime(2026, 2, 20, 16), datetime(2026, 2, 22, 12), status="completed")
    trips.add_trip(s, [d.contract_a], date(2026, 2, 6), "Afhentning", "Hjem", "Skolen", "20")
    stays.add_stay(s, d.contract_b, datetime(2026, 2, 13, 16), datetime(2026, 2, 15, 12), status="completed")
    yield d
    d.ctx.lock()


def _view(qtbot: Any, d: Diary) -> PaymentsView:
    v = PaymentsView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def _row(v: PaymentsView, contract: str, period: str) -> int:
    for row, c in enumerate(v.model.objects):
        if c.contract_id == contract and c.period == period:
            return row
    raise AssertionError(f"{contract} {period} not shown")


def test_enter_a_payment_short_in_kost_og_logi(qtbot: Any, diary: Diary) -> None:
    d = diary
    v = _view(qtbot, d)
    row = _row(v, d.contract_a, "2026-02")
    assert v.model.index(row, 2).data() == "5.577,60 kr."  # 4 × 7 × 170 + 4 × 193 + 20 km × 2,28
    assert v.model.index(row, 5).data() == "ikke registreret"
    assert all((c.year, c.month) <= (2026, 3) for c in v.model.objects)  # no future months
    # the dialog starts from the expected figures; the family corrects kost og logi only
    dlg = PaymentDialog(d.session, d.contract_a, "2026-02", parent=v)
    assert dlg.amounts["vederlag"].text() == "4.760,00"
    assert dlg.amounts["kost_logi"].text() == "772,00"
    assert dlg.amounts["mileage"].text() != "" and dlg.amounts["holiday_pay"].text() == ""
    assert dlg.paid_on.date().toPython() == date(2026, 3, 1)
    dlg.amounts["kost_logi"].setText("579,00")
    made = v.save_new(dlg.values())
    dlg.reject()
    assert made is not None and made.kost_logi == Decimal("579.00") and made.holiday_pay is None
    row = _row(v, d.contract_a, "2026-02")
    v.table.selectRow(row)
    assert v.model.index(row, 4).data() == "193,00 kr."
    assert v.model.index(row, 5).data() == "for lidt"
    assert v.model.index(row, 5).data(9).color().name() == STATUS_COLOURS["underpaid"]  # ForegroundRole
    assert v.fields.item(1, 2).text() == "193,00 kr."
    assert v.fields.item(1, 2).foreground().color().name() == STATUS_COLOURS["underpaid"]
    assert v.fields.item(0, 2).foreground().color().name() == STATUS_COLOURS["ok"]
    assert v.fields.item(4, 1).text() == "–"  # holiday pay not on the payslip
    assert v.reminders.isVisible()
    assert "Kontakt kommunen om februar 2026: 193,00 kr. for lidt i kost og logi" in v.reminders.text()

    # hvorfor? the døgn, the rates and the trip behind the expected figure
    why = v.why_dialog()
    assert why is not None
    text = why.plain_text()
    assert "06.02.2026" in text and "20.02.2026" in text  # the døgn
    assert "193,00 kr." in text and "170,00" in text  # the rates
    assert "Hjem → Skolen" in text and "20" in text  # the trip
    # the letter, ready to copy
    assert v.b_letter.isEnabled()
    letter = v.letter_dialog()
    assert letter is not None
    assert "mangler 193,00 kr." in letter.plain_text() and "Slagelse Kommune" in letter.plain_text()
    letter.copy_text()
    assert QGuiApplication.clipboard().text() == letter.plain_text()

    # marked settled: the reminder goes (here and among the deadlines); undo brings it back
    v.toggle_settled()
    assert not v.reminders.isVisible()
    v.table.selectRow(_row(v, d.contract_a, "2026-02"))
    assert v.b_settle.text().replace("&", "") == "Genåbn"
    from aflastapp.services import overview

    assert not [x for x in overview.deadlines(d.session, today=d.ctx.today())
                if x.kind == DeadlineKind.UNDERPAYMENT]
    d.ctx.undo_stack.undo()
    v.reload()
    assert v.reminders.isVisible()


def test_overpaid_and_missing_months_in_colour(qtbot: Any, diary: Diary) -> None:
    d = diary
    payments.add_payment(d.session, d.contract_b, "2026-02", "2026-03-10", vederlag="1800.00")
    d.ctx.today_override = date(2026, 4, 2)  # March (February's payment month) is over
    v = _view(qtbot, d)
    over = _row(v, d.contract_b, "2026-02")
    assert v.model.index(over, 4).data() == "-100,00 kr."  # 2 × 5 × 170 = 1.700
    # only what the payslip states is compared: the row adds up (expected − paid = difference)
    assert (v.model.index(over, 2).data(), v.model.index(over, 3).data()) == ("1.700,00 kr.", "1.800,00 kr.")
    assert "Vederlag" in v.model.index(over, 2).data(3)  # ToolTipRole names the compared fields
    assert v.model.index(over, 5).data() == "for meget"
    assert v.model.index(over, 5).data(9).color().name() == STATUS_COLOURS["overpaid"]
    missing = _row(v, d.contract_a, "2026-02")
    assert v.model.index(missing, 5).data() == "ikke udbetalt"
    assert v.model.index(missing, 5).data(9).color().name() == STATUS_COLOURS["not_paid"]
    v.table.selectRow(missing)
    assert not v.b_letter.isEnabled() and not v.b_edit.isEnabled()


def test_bad_amounts_are_refused_naming_the_field(qtbot: Any, diary: Diary) -> None:
    d = diary
    v = _view(qtbot, d)
    dlg = PaymentDialog(d.session, d.contract_a, "2026-02", parent=v)
    dlg.amounts["kost_logi"].setText("12,345")
    assert v.save_new(dlg.values()) is None
    assert "Kost og logi må højst have 2 decimaler" in d.ctx.last_error_text
    assert payments.list_payments(d.session) == []
    assert dlg.amounts["kost_logi"].text() == "12,345"  # the dialog keeps what was typed
    dlg.reject()


def test_the_reminder_on_overblik_leads_to_the_month(qtbot: Any, diary: Diary, data_dir: Path) -> None:
    d = diary
    payments.add_payment(d.session, d.contract_a, "2026-02", "2026-03-10", vederlag="4760", kost_logi="579")
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    ov = window.show_view("overview")
    ov.reload()
    d.ctx.wait_for_ops()  # Overblik reads off the GUI thread
    found = [ov.deadline_model.index(r, 0).data(OBJECT_ROLE) for r in range(ov.deadline_model.rowCount())]
    under = [x for x in found if x.kind == DeadlineKind.UNDERPAYMENT]
    assert len(under) == 1 and under[0].title.endswith("193,00 kr. for lidt i kost og logi")
    assert ov.action_text(under[0]) == "Se udbetalingen …"
    view_id, action, params = deadline_action(under[0])
    d.ctx.navigate.emit(view_id, action, params)
    pv = window.current_view()
    assert isinstance(pv, PaymentsView)
    sel = pv.selected()
    assert sel is not None and (sel.contract_id, sel.period) == (d.contract_a, "2026-02")
    assert window.sidebar.currentItem().text() == "Udbetalinger"


def test_calendar_export_dialog_says_what_is_left_out_and_writes_no_names(
        qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    d = diary
    dlg = CalendarExportDialog(d.ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    labels = " ".join(w.text() for w in dlg.findChildren(QLabel))
    assert "ingen personoplysninger" in labels and "barn 1 = Emma" in labels and "barn 2 = Oliver" in labels
    dlg.alarm.setCurrentIndex(dlg.alarm.findData("three_days"))
    done = dlg.export_to(tmp_path / "frister.ics")
    assert done is not None and done.events >= 3
    raw = (tmp_path / "frister.ics").read_bytes()
    unfolded = re.sub(rb"\r\n[ \t]", b"", raw).decode("utf-8")
    for word in ("Emma", "Oliver", "Østergård", "Ågade", "AB 12 345", "Mette", "Lene", "k-emma", "k-oliver"):
        assert word not in unfolded, word
    events = list(Calendar.from_ical(raw).walk("VEVENT"))
    assert any(str(e["summary"]).endswith("Slagelse Kommune (barn 1)") for e in events)
    assert any(str(e["summary"]).endswith("Randers Kommune (barn 2)") for e in events)
    for e in events:
        if str(e.get("status")) != "CANCELLED":
            assert [str(a.decoded("trigger")) for a in e.walk("VALARM")] == ["-3 days, 0:00:00"]


def test_a_read_payslip_is_shown_and_filled_in_only_as_read(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    from aflastapp.services.payslip import read_payslip
    from tests.services.test_payslip import SLIP, payslip

    d = diary
    v = _view(qtbot, d)
    dlg = PaymentDialog(d.session, d.contract_a, "2026-03", parent=v)
    dlg.amounts["expenses"].setText("99,00")  # something typed that the payslip does not state
    reading = read_payslip(payslip(SLIP, tmp_path / "loenseddel.pdf"))
    shown = dlg.reading_text(reading)
    assert "Kost og logi: 579,00 kr." in shown and "4410 Kost og logi 579,00" in shown
    assert "bliver tømt" in shown
    dlg.apply_reading(reading)
    assert dlg.amounts["kost_logi"].text() == "579,00"
    assert dlg.amounts["vederlag"].text() == "4.760,00"
    assert dlg.amounts["holiday_pay"].text() == "595,00"
    assert dlg.amounts["expenses"].text() == ""  # not on the payslip: not compared
    assert dlg.paid_on.date().toPython() == date(2026, 4, 15)
    values = dlg.values()
    dlg.reject()
    assert values["kost_logi"] == "579.00" and values["expenses"] is None
