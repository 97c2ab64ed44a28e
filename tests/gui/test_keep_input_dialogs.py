"""The remaining data-entry dialogs keep what was typed (issue 15, item 1): "Marker som sendt",
"Faste ophold" and the payment dialog stay open after a validation error with every field as typed,
the bad field marked red with a tooltip that says why, and the cursor in it; corrected, OK saves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWidget

from aflastapp.core.models import DeadlineKind, DocumentKind
from aflastapp.gui.views.calendar import CalendarView, RecurringDialog
from aflastapp.gui.views.documents import DocumentsView, MarkSentDialog
from aflastapp.gui.views.payments import PaymentDialog, PaymentsView
from aflastapp.gui.widgets.forms import BAD_FIELD_STYLE
from aflastapp.services import documents, payments, stays, submissions
from tests.gui.test_app_support import TODAY, Diary, open_diary


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    d = open_diary(data_dir)
    yield d
    d.ctx.wait_for_ops()
    d.ctx.lock()


def _marked(dialog: Any, widget: QWidget, words: str) -> None:
    """The dialog is open, says what is wrong, and the bad field is red, explained and focused."""
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.problems_label.isVisible() and words in dialog.problems_label.text()
    assert BAD_FIELD_STYLE in widget.styleSheet(), "the bad field has a red border"
    assert words in widget.toolTip(), "its tooltip says what is wrong"
    assert dialog.focusWidget() is widget, "the cursor is in the bad field"


def test_mark_as_sent_keeps_its_fields_after_a_problem(qtbot: Any, diary: Diary) -> None:
    stays.add_stay(diary.session, diary.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 17),
                   status="completed")
    view = DocumentsView(diary.ctx)
    qtbot.addWidget(view)
    view.show()
    view.generate(DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None)
    diary.ctx.wait_for_ops()
    doc = view.last_document
    assert doc is not None and view.select_document(doc.id)
    dlg = MarkSentDialog(doc, TODAY, [], view)
    qtbot.addWidget(dlg)
    dlg.submit_with(diary.ctx, lambda v: view.mark_sent(v["sent"], v["channel"]))
    dlg.show()
    # "andet" with nothing typed in "Anden måde": refused, the field to type it in is marked
    dlg.channel.setCurrentIndex(dlg.channel.count() - 1)
    dlg.date.setDate(QDate(2026, 3, 12))
    dlg.accept()
    _marked(dlg, dlg.other, "Sendt via")
    assert dlg.date.date() == QDate(2026, 3, 12) and dlg.channel.currentIndex() == dlg.channel.count() - 1
    # a date the services refuse (year 1999): the date field is marked, the channel kept
    dlg.other.setText("brev")
    dlg.date.setDate(QDate(1999, 3, 12))
    dlg.accept()
    _marked(dlg, dlg.date, "Sendt den")
    assert dlg.other.text() == "brev"
    assert submissions.list_submissions(diary.session) == [], "nothing was recorded"
    # corrected: saved, the deadline closed, the marks gone
    dlg.date.setDate(QDate(2026, 3, 12))
    dlg.accept()
    assert not dlg.isVisible() and dlg.saved is not None
    sent = submissions.list_submissions(diary.session)
    assert [(x.kind, x.sent, x.channel) for x in sent] == [
        (DeadlineKind.NIGHTS_REPORT, date(2026, 3, 12), "brev")]
    assert dlg.date.styleSheet() == "" and dlg.other.styleSheet() == ""
    assert documents.list_documents(diary.session)[0].id == doc.id


def test_recurring_stays_keep_the_dialog_and_mark_the_bad_field(qtbot: Any, diary: Diary) -> None:
    view = CalendarView(diary.ctx)
    qtbot.addWidget(view)
    view.show()
    dlg = RecurringDialog(diary.ctx, view.contract_infos, view)
    qtbot.addWidget(dlg)
    dlg.submit_with(diary.ctx, lambda v: view.add_recurring(v["stays"]))
    dlg.show()
    first = QDateTime(QDate(2026, 3, 20), QTime(16, 0))
    dlg.first_start.setDateTime(first)
    dlg.first_end.setDateTime(QDateTime(QDate(2026, 3, 18), QTime(12, 0)))  # before the start
    dlg.every.setValue(3)
    dlg.until.setDate(QDate(2026, 6, 30))
    dlg.propose()
    _marked(dlg, dlg.first_end, "Slut ligger før start")
    assert dlg.first_start.dateTime() == first and dlg.every.value() == 3
    assert dlg.until.date() == QDate(2026, 6, 30) and not dlg.save_button.isEnabled()
    # the end of the series before the first stay: "Til og med" is marked
    dlg.first_end.setDateTime(QDateTime(QDate(2026, 3, 22), QTime(12, 0)))
    dlg.until.setDate(QDate(2026, 3, 1))
    dlg.propose()
    _marked(dlg, dlg.until, "Til og med")
    assert BAD_FIELD_STYLE not in dlg.first_end.styleSheet(), "the corrected field is no longer marked"
    dlg.until.setDate(QDate(2026, 6, 30))
    dlg.propose()
    assert not dlg.problems_label.isVisible() and dlg.list.count() == 5  # 20.3., 10.4., 1.5., 22.5., 12.6.
    # a problem when saving (a proposed stay made impossible meanwhile) keeps the proposal
    dlg.proposed[0] = dlg.proposed[0].__class__(**{**_fields(dlg.proposed[0]), "end": dlg.proposed[0].start})
    dlg.accept()
    assert dlg.isVisible() and dlg.problems_label.isVisible() and dlg.list.count() == 5
    assert stays.list_stays(diary.session) == []
    dlg.propose()
    dlg.accept()
    assert not dlg.isVisible() and len(stays.list_stays(diary.session)) == 5


def _fields(obj: Any) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def test_the_payment_dialog_keeps_every_amount_after_a_problem(qtbot: Any, diary: Diary) -> None:
    stays.add_stay(diary.session, diary.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 12),
                   status="completed")
    view = PaymentsView(diary.ctx)
    qtbot.addWidget(view)
    view.show()
    dlg = PaymentDialog(diary.session, diary.contract_a, "2026-02", parent=view)
    qtbot.addWidget(dlg)
    dlg.submit_with(diary.ctx, view.save_new)
    dlg.show()
    dlg.amounts["vederlag"].setText("2.380,00")
    dlg.amounts["kost_logi"].setText("38,6,0")  # a typing slip
    dlg.amounts["holiday_pay"].setText("297,50")
    dlg.paid_on.setDate(QDate(2026, 3, 2))
    dlg.accept()
    _marked(dlg, dlg.amounts["kost_logi"], "Kost og logi")
    assert dlg.amounts["vederlag"].text() == "2.380,00" and dlg.amounts["holiday_pay"].text() == "297,50"
    assert dlg.amounts["kost_logi"].text() == "38,6,0" and dlg.paid_on.date() == QDate(2026, 3, 2)
    assert payments.list_payments(diary.session) == []
    dlg.amounts["kost_logi"].setText("386,00")
    dlg.accept()
    assert not dlg.isVisible()
    [p] = payments.list_payments(diary.session)
    assert (p.vederlag, p.kost_logi, p.holiday_pay, p.paid_on) == (
        Decimal("2380.00"), Decimal("386.00"), Decimal("297.50"), date(2026, 3, 2))
    assert dlg.amounts["kost_logi"].styleSheet() == ""
