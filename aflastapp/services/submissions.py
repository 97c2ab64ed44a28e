"""What the family has sent (a report, a driving form…): marks the matching deadline done."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from aflastapp.core.models import DeadlineKind, Submission
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, as_int, db, not_found, one, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("kind", "contract_id", "period", "sent", "channel")


def build(p: Problems, lk: Lookup, *, kind: Any, contract_id: Any, period: Any, sent: Any,
          channel: Any = "", id: int | None = None) -> Submission | None:
    before = len(p.items)
    k = p.choice("kind", kind, DeadlineKind, "Type")
    if contract_id is not None and (not isinstance(contract_id, str) or lk.contract(contract_id) is None):
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    pe = p.text("period", period, "Periode", required=True, max_len=64).strip()
    se = p.date("sent", sent, "Sendt den")
    ch = p.text("channel", channel, "Sendt via", max_len=MAX_SHORT_TEXT)
    if len(p.items) > before or k is None or se is None:
        return None
    return Submission(kind=str(k), contract_id=contract_id, period=pe, sent=se, channel=ch, id=id)


def list_submissions(s: Session, contract_id: str | None = None, kind: str | None = None) -> list[Submission]:
    where, params = ["1=1"], []
    for cond, val in (("contract_id = ?", contract_id), ("kind = ?", kind)):
        if val is not None:
            where.append(cond)
            params.append(val)
    return [m.submission_from_row(r) for r in rows(
        db(s), f"SELECT * FROM submissions WHERE {' AND '.join(where)} ORDER BY sent, id", params)]


def get_submission(s: Session, id: int) -> Submission:
    r = one(db(s), "submissions", id)
    if r is None:
        raise not_found("id", "Indsendelsen", id)
    return m.submission_from_row(r)


def add_submission(s: Session, kind: DeadlineKind | str, contract_id: str | None, period: str,
                   sent: date | str, channel: str = "", id: int | None = None) -> Submission:
    with write(s) as d:
        p = Problems()
        sub = build(p, Lookup(d), kind=kind, contract_id=contract_id, period=period, sent=sent,
                    channel=channel, id=id)
        if id is not None and one(d, "submissions", id) is not None:
            p.add("id", "problem.exists", thing="Indsendelsen", id=id)
        p.raise_if_any()
        assert sub is not None
        pk = d.table("submissions").insert(m.submission_to_row(sub)).last_pk
        return get_submission(s, as_int(pk))


def delete_submission(s: Session, id: int) -> Submission:
    with write(s) as d:
        old = get_submission(s, id)
        d.table("submissions").delete(id)
        return old


def withdraw(s: Session, submission: Submission) -> Submission:
    """Undo recording ``submission`` (one this diary saved, so it has an id): its deadline is open again."""
    if submission.id is None:
        raise ValueError("only a saved submission can be withdrawn")
    return delete_submission(s, submission.id)
