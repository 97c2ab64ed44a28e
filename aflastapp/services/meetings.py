"""Meetings (statusmøder) and the family's draft of the status report before each."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from aflastapp.core.models import Meeting
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, MAX_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("contract_id", "at", "kind", "report_due")


@dataclass(frozen=True, slots=True)
class StatusDraft:
    """The family's answers to the status-report questions, and the diary notes they chose."""

    meeting_id: str
    answers: dict[str, str] = field(default_factory=dict)  # question key → text
    note_ids: tuple[str, ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Question:
    key: str
    text: str  # Danish
    source: str = ""
    assumed: bool = False  # the handbook gives no questions for a family's report (Morsø: Handleplanen)


def build(p: Problems, lk: Lookup, *, id: str | None, contract_id: Any, at: Any, kind: Any = "status",
          report_due: Any = None, new: bool = True) -> Meeting | None:
    before = len(p.items)
    mid = new_id("m") if id is None else p.ident("id", id)
    if new and mid is not None and lk.id_taken("meetings", mid):
        p.add("id", "problem.exists", thing="Mødet", id=mid)
    if not isinstance(contract_id, str) or lk.contract(contract_id) is None:
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    a = p.datetime("at", at, "Tidspunkt")
    k = p.text("kind", kind, "Mødetype", required=True, max_len=MAX_SHORT_TEXT)
    rd = p.date("report_due", report_due, "Frist for statusrapport", required=False)
    if a is not None and rd is not None and rd > a.date():
        p.add("report_due", "problem.report_due_after_meeting")
    if len(p.items) > before or mid is None or a is None:
        return None
    return Meeting(id=mid, contract_id=contract_id, at=a, kind=k.strip(), report_due=rd)


def list_meetings(s: Session, contract_id: str | None = None, start: date | None = None,
                  end: date | None = None) -> list[Meeting]:
    where, params = ["1=1"], []
    for cond, val in (("contract_id = ?", contract_id), ("at >= ?", start and start.isoformat()),
                      ("substr(at, 1, 10) <= ?", end and end.isoformat())):
        if val is not None:
            where.append(cond)
            params.append(val)
    return [m.meeting_from_row(r) for r in rows(
        db(s), f"SELECT * FROM meetings WHERE {' AND '.join(where)} ORDER BY at, id", params)]


def get_meeting(s: Session, id: str) -> Meeting:
    r = one(db(s), "meetings", id)
    if r is None:
        raise not_found("id", "Mødet", id)
    return m.meeting_from_row(r)


def add_meeting(s: Session, contract_id: str, at: datetime | str, kind: str = "status",
                report_due: date | str | None = None, id: str | None = None) -> Meeting:
    with write(s) as d:
        p = Problems()
        mt = build(p, Lookup(d), id=id, contract_id=contract_id, at=at, kind=kind, report_due=report_due)
        p.raise_if_any()
        assert mt is not None
        d.table("meetings").insert(m.meeting_to_row(mt))
        return mt


def update_meeting(s: Session, id: str, **changes: Any) -> Meeting:
    check_changes(changes, FIELDS)
    with write(s) as d:
        old = get_meeting(s, id)
        fields = {k: getattr(old, k) for k in FIELDS} | changes
        p = Problems()
        mt = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert mt is not None
        d.table("meetings").update(id, m.meeting_to_row(mt))
        return mt


def delete_meeting(s: Session, id: str) -> Meeting:
    """Delete a meeting (and its report draft)."""
    with write(s) as d:
        old = get_meeting(s, id)
        d.execute("DELETE FROM status_reports WHERE meeting_id = ?", [id])
        d.table("meetings").delete(id)
        return old


def get_draft(s: Session, meeting_id: str) -> StatusDraft:
    """The saved draft of the meeting's status report (empty if none yet)."""
    get_meeting(s, meeting_id)
    r = rows(db(s), "SELECT * FROM status_reports WHERE meeting_id = ?", [meeting_id])
    if not r:
        return StatusDraft(meeting_id=meeting_id)
    return StatusDraft(meeting_id=meeting_id, answers=dict(json.loads(r[0]["answers"] or "{}")),
                       note_ids=tuple(json.loads(r[0]["note_ids"] or "[]")),
                       updated_at=m.s2dt(r[0]["updated_at"]))


def build_draft(p: Problems, lk: Lookup, meeting_id: str, answers: Any, note_ids: Any) -> dict[str, Any]:
    """Validated row of a status-report draft."""
    clean: dict[str, str] = {}
    if not isinstance(answers, dict):
        p.add("answers", "problem.answers_not_texts")
    else:
        for k, v in answers.items():
            if not isinstance(k, str) or not isinstance(v, str):
                p.add(f"answers.{k}", "problem.answer_not_text")
            elif len(v) > MAX_TEXT:
                p.add(f"answers.{k}", "problem.answer_too_long", most=MAX_TEXT)
            else:
                clean[k] = v
    ids = p.str_list("note_ids", list(note_ids) if isinstance(note_ids, tuple) else note_ids, "Notat")
    for i, nid in enumerate(ids):
        if not lk.id_taken("notes", nid):
            p.add(f"note_ids[{i}]", "problem.not_found", thing="Notatet", id=nid)
    return {"meeting_id": meeting_id, "answers": json.dumps(clean, ensure_ascii=False),
            "note_ids": json.dumps(list(dict.fromkeys(ids))),
            "updated_at": m.dt2s(datetime.now().replace(second=0, microsecond=0))}


def save_draft(s: Session, meeting_id: str, answers: dict[str, str],
               note_ids: tuple[str, ...] | list[str] = ()) -> StatusDraft:
    with write(s) as d:
        get_meeting(s, meeting_id)
        p = Problems()
        row = build_draft(p, Lookup(d), meeting_id, answers, note_ids)
        p.raise_if_any()
        d.table("status_reports").upsert(row, pk="meeting_id")
        return get_draft(s, meeting_id)


def questions(s: Session, meeting_id: str) -> list[Question]:
    """The questions the municipality's rule set asks in a status report, in order."""
    from aflastapp.core import rules
    from aflastapp.services.contracts import get_contract

    meeting = get_meeting(s, meeting_id)
    rule_set = rules.load_rule_set(get_contract(s, meeting.contract_id).municipality)
    rule = rule_set.status_questions()
    # The municipality's own questions cite its handbook. The general questions (its handbook has
    # none) must not say they come from another municipality's handbook.
    source = rule.source if not rule.assumed else (
        f"Generelle spørgsmål – {rule_set.name}s håndbog har ingen egne til statusrapporten"
        if rule_set.id != "generic" else "Generelle spørgsmål til statusrapporten")
    return [Question(key=q.key, text=q.text, source=source, assumed=rule.assumed) for q in rule.value]
