"""Deleting a status report's period from the diary once the report is sent (issue 12).

Slagelse: "Personfølsomme dokumenter … må kun opbevares i meget korte tidsrum og maximalt 1 måned,
mens man arbejder med dem. Derefter skal de slettes". After a status report has been sent, the
deadline ``diary_cleanup`` offers to delete that period's diary notes, status-report drafts and
receipt images; the family closes it either by deleting them or by confirming they keep them (both
record a submission of kind ``diary_cleanup`` for the meeting, so the deadline is done).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.deadlines import cleanup_period
from aflastapp.core.models import DeadlineKind
from aflastapp.services import mapping as m
from aflastapp.services._base import db, rows, write
from aflastapp.services.meetings import get_meeting

if TYPE_CHECKING:
    from aflastapp.services.session import Session

KEPT = "beholdt"  # the submission's channel when the family keeps the period
DELETED = "slettet"


@dataclass(frozen=True, slots=True)
class CleanupPlan:
    """What deleting the period of a sent status report would remove."""

    meeting_id: str
    contract_id: str
    first: date
    last: date
    note_ids: tuple[str, ...]
    draft_meeting_ids: tuple[str, ...]
    attachment_ids: tuple[int, ...]

    @property
    def empty(self) -> bool:
        return not (self.note_ids or self.draft_meeting_ids or self.attachment_ids)

    def text(self) -> str:
        return (f"{len(self.note_ids)} notater, {len(self.draft_meeting_ids)} kladder til statusrapporter og "
                f"{len(self.attachment_ids)} kvitteringsbilleder fra {self.first:%d.%m.%Y} til "
                f"{self.last:%d.%m.%Y}")


def plan(s: Session, meeting_id: str) -> CleanupPlan:
    """The notes, drafts and receipt images of the period the meeting's status report covered."""
    from aflastapp.services.overview import snapshot

    mt = get_meeting(s, meeting_id)
    first, last = cleanup_period(snapshot(s), meeting_id)
    d = db(s)
    contract = rows(d, "SELECT child_id FROM contracts WHERE id = ?", [mt.contract_id])[0]
    span = [first.isoformat(), last.isoformat()]
    notes = tuple(r["id"] for r in rows(
        d, "SELECT id FROM notes WHERE child_id = ? AND date BETWEEN ? AND ? ORDER BY date, id",
        [contract["child_id"], *span]))
    drafts = tuple(r["meeting_id"] for r in rows(
        d, "SELECT sr.meeting_id FROM status_reports sr JOIN meetings mt ON mt.id = sr.meeting_id "
           "WHERE mt.contract_id = ? AND substr(mt.at, 1, 10) BETWEEN ? AND ? ORDER BY mt.at",
        [mt.contract_id, *span]))
    atts = tuple(int(r["id"]) for r in rows(
        d, "SELECT a.id FROM attachments a JOIN expenses e ON e.id = a.expense_id "
           "WHERE e.contract_id = ? AND e.date BETWEEN ? AND ? ORDER BY a.id",
        [mt.contract_id, *span]))
    return CleanupPlan(meeting_id, mt.contract_id, first, last, notes, drafts, atts)


def delete_period(s: Session, meeting_id: str, today: date) -> CleanupPlan:
    """Delete the period's notes, drafts and receipt images, and mark the deadline done; all or nothing."""
    p = plan(s, meeting_id)
    with write(s) as d:
        gone = set(p.note_ids)
        for mid in p.draft_meeting_ids:
            d.execute("DELETE FROM status_reports WHERE meeting_id = ?", [mid])
        # other drafts keep their answers but no longer point at deleted notes
        for r in rows(d, "SELECT meeting_id, note_ids FROM status_reports"):
            ids = json.loads(r["note_ids"] or "[]")
            kept = [i for i in ids if i not in gone]
            if kept != ids:
                d.execute("UPDATE status_reports SET note_ids = ? WHERE meeting_id = ?",
                          [json.dumps(kept), r["meeting_id"]])
        for nid in p.note_ids:
            d.execute("DELETE FROM notes WHERE id = ?", [nid])
        for aid in p.attachment_ids:
            d.execute("DELETE FROM attachments WHERE id = ?", [aid])
        _record(d, p, today, DELETED)
    return p


def keep_period(s: Session, meeting_id: str, today: date) -> CleanupPlan:
    """The family confirms it keeps the period's notes, drafts and receipt images: mark it done."""
    p = plan(s, meeting_id)
    with write(s) as d:
        _record(d, p, today, KEPT)
    return p


def _record(d: Any, p: CleanupPlan, today: date, channel: str) -> None:
    from aflastapp.core.models import Submission

    d.table("submissions").insert(m.submission_to_row(Submission(
        kind=str(DeadlineKind.DIARY_CLEANUP), contract_id=p.contract_id, period=p.meeting_id, sent=today,
        channel=channel)))
