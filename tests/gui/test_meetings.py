"""Møder og statusrapporter: deadline from the rules, questions, autosaved draft, notes for the
appendix, and the status report as a PDF whose text holds the family's answer."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from aflastapp.core.models import Meeting
from aflastapp.gui.views.meetings import MeetingsModel, MeetingsView
from aflastapp.services import documents, meetings, notes
from tests.gui.test_diary_support import Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _view(qtbot: Any, d: Diary) -> MeetingsView:
    v = MeetingsView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1300, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_meetings_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = MeetingsModel()
    model.set_rows([Meeting("m1", "k", datetime(2026, 4, 20, 10)),
                    Meeting("m2", "k", datetime(2026, 10, 1, 9, 30), report_due=date(2026, 9, 15))])
    model.drafts = {"m1"}
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "20.04.2026 10:00"
    assert model.index(0, 3).data() == "Udkast"
    assert model.index(1, 2).data() == "15.09.2026"


def test_status_report_from_draft_to_pdf(qtbot: Any, diary: Diary) -> None:
    s = diary.session
    kept = notes.add_note(s, diary.child_a, date(2026, 2, 20), "Emma lærte at cykle uden støttehjul.",
                          ["fritid"], "Hun virker stolt og mere selvsikker.")
    notes.add_note(s, diary.child_a, date(2026, 2, 21), "Hovedpine om aftenen.", ["sundhed"])
    shown: list[tuple[str, str, object]] = []
    diary.ctx.navigate.connect(lambda *a: shown.append(a))
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_a, "at": datetime(2026, 4, 20, 10), "kind": "status",
                       "report_due": None})
    assert made is not None
    assert v.model.rowCount() == 1
    # the deadline comes from the rules (Slagelse: 14 working days before the meeting)
    due = v.model.deadlines[made.id]
    assert due.date < date(2026, 4, 20) and "slagelse" in due.source.lower()
    assert v.model.index(0, 2).data() != ""

    ed = v.editor
    assert ed.meeting is not None and ed.meeting.id == made.id
    keys = [q.key for q in meetings.questions(s, made.id)]
    assert list(ed.answers) == keys and len(keys) >= 4
    # the period's notes are one click away
    assert ed.notes.count() == 2
    ed.answers[keys[0]].setPlainText("Emma trives og har fået nye venner i klassen.")
    ed.set_note_checked(kept.id, True)
    assert ed.pending  # autosave scheduled
    qtbot.waitUntil(lambda: not ed.pending, timeout=5000)
    draft = meetings.get_draft(s, made.id)
    assert draft.answers[keys[0]] == "Emma trives og har fået nye venner i klassen."
    assert draft.note_ids == (kept.id,)

    record = v.make_pdf()
    assert record is not None and record.kind == "collection"  # the PDF is made off the GUI thread
    diary.ctx.wait_for_ops()
    assert record.off_gui_thread
    doc = v.last_document
    assert doc is not None
    pdf = documents.get_pdf(s, doc.id)
    assert pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Emma trives og har fået nye venner i klassen." in " ".join(text.split())
    assert "cykle uden støttehjul" in " ".join(text.split())  # the chosen note, in the appendix
    assert "Hovedpine" not in text  # a note not chosen stays out
    assert shown and shown[-1][0] == "documents" and shown[-1][2] == {"document_id": doc.id}

    # undo removes the document from the outbox; redo makes it again, off the GUI thread too
    diary.ctx.undo_stack.undo()
    assert documents.list_documents(s) == []
    diary.ctx.undo_stack.redo()
    assert diary.ctx.op_log[-1].kind == "collection" and diary.ctx.op_log[-1].name.startswith("redo")
    diary.ctx.wait_for_ops()
    assert diary.ctx.op_log[-1].off_gui_thread
    assert len(documents.list_documents(s)) == 1
    diary.ctx.undo_stack.undo()
    assert documents.list_documents(s) == []


def test_draft_survives_switching_meetings(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    m1 = v.save_new({"contract_id": diary.contract_a, "at": datetime(2026, 4, 20, 10), "kind": "status",
                     "report_due": None})
    m2 = v.save_new({"contract_id": diary.contract_b, "at": datetime(2026, 5, 4, 13), "kind": "status",
                     "report_due": date(2026, 4, 24)})
    assert m1 is not None and m2 is not None
    v.select_id(m1.id)
    key = next(iter(v.editor.answers))
    v.editor.answers[key].setPlainText("Skrevet lige før skift")
    v.select_id(m2.id)  # switching saves the pending draft at once
    assert meetings.get_draft(diary.session, m1.id).answers[key] == "Skrevet lige før skift"
    # Oliver's deadline comes from the caseworker's letter
    assert v.model.deadlines[m2.id].date == date(2026, 4, 24)


def test_lock_clears_the_editor(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.save_new({"contract_id": diary.contract_a, "at": datetime(2026, 4, 20, 10), "kind": "status",
                "report_due": None})
    key = next(iter(v.editor.answers))
    v.editor.answers[key].setPlainText("Fortroligt svar")
    v.editor.save_draft()
    diary.ctx.lock()
    assert v.editor.answers == {} and v.model.rowCount() == 0 and v.editor.notes.count() == 0


def test_meeting_kind_is_a_word_the_family_uses_never_the_code(qtbot: Any, diary: Diary) -> None:
    from aflastapp.gui.views.meetings import MeetingDialog

    dlg = MeetingDialog(diary.session, contract_id=diary.contract_a)
    qtbot.addWidget(dlg)
    assert dlg.kind.currentText() == "Statusmøde" and "status" not in [dlg.kind.itemText(i)
                                                                       for i in range(dlg.kind.count())]
    assert dlg.values()["kind"] == "statusmøde"  # the engine counts it as a status meeting
    made = meetings.add_meeting(diary.session, diary.contract_a, datetime(2026, 4, 20, 10))  # stored "status"
    again = MeetingDialog(diary.session, meeting=made)
    qtbot.addWidget(again)
    assert again.kind.currentText() == "Statusmøde"
    again.kind.setCurrentText("Netværksmøde")
    assert again.values()["kind"] == "Netværksmøde"


def test_a_slagelse_childs_status_questions_never_cite_morsoe(qtbot: Any, diary: Diary) -> None:
    from aflastapp.services import contracts

    assert contracts.get_contract(diary.session, diary.contract_a).municipality == "slagelse"
    made = meetings.add_meeting(diary.session, diary.contract_a, datetime(2026, 4, 20, 10))
    qs = meetings.questions(diary.session, made.id)
    assert qs and all("morsø" not in q.source.lower() and "morsoe" not in q.source.lower() for q in qs)
    assert "Slagelse Kommunes håndbog har ingen egne" in qs[0].source
