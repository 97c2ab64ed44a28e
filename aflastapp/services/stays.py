"""Stays (ophold): when the child is with the family, and what became of it."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import FieldProblem
from aflastapp.core.messages import Message
from aflastapp.core.models import RuleWarning, Stay, StayStatus
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, one, overlapping, rows, write
from aflastapp.services.validation import MAX_STAY_DAYS, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("contract_id", "start", "end", "status", "cancelled_at", "note")


def build(p: Problems, lk: Lookup, *, id: str | None, contract_id: Any, start: Any, end: Any,
          status: Any = StayStatus.PLANNED, cancelled_at: Any = None, note: Any = "",
          new: bool = True) -> Stay | None:
    before = len(p.items)
    sid = new_id("s") if id is None else p.ident("id", id)
    if new and sid is not None and lk.id_taken("stays", sid):
        p.add("id", "problem.exists", thing="Opholdet", id=sid)
    contract = lk.contract(contract_id) if isinstance(contract_id, str) else None
    if contract is None:
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    st = p.datetime("start", start, "Start")
    en = p.datetime("end", end, "Slut")
    if st is not None and en is not None:
        if en <= st:
            p.add("end", "problem.end_before_start")
        elif en - st > timedelta(days=MAX_STAY_DAYS):
            p.add("end", "problem.stay_too_long", days=MAX_STAY_DAYS)
    stat = p.choice("status", status, StayStatus, "Status")
    ca = p.datetime("cancelled_at", cancelled_at, "Aflyst den", required=False)
    if stat is not None and ca is not None and stat not in (StayStatus.CANCELLED, StayStatus.SICK):
        p.add("cancelled_at", "problem.cancelled_at")
    n = p.text("note", note, "Notat")
    if len(p.items) > before or sid is None or contract is None or st is None or en is None or stat is None:
        return None
    stay = Stay(id=sid, contract_id=contract.id, start=st, end=en, status=stat, cancelled_at=ca, note=n)
    clash = lk.overlap(stay, contract.child_id)
    if clash is not None:
        p.add("start", "problem.stay_overlap", other=Message(
            "span", start=clash.start.date(), start_time=f"{clash.start:%H:%M}", end=clash.end.date(),
            end_time=f"{clash.end:%H:%M}"))
        return None
    return stay


def _stay_fields(stay: Stay) -> dict[str, Any]:
    return {k: getattr(stay, k) for k in FIELDS}


def list_stays(s: Session, contract_id: str | None = None, child_id: str | None = None,
               start: date | None = None, end: date | None = None,
               status: StayStatus | str | None = None) -> list[Stay]:
    """Stays, oldest first; ``start``/``end`` keep those that touch the days [start, end]."""
    sql = "SELECT s.* FROM stays s JOIN contracts c ON c.id = s.contract_id WHERE 1=1"
    params: list[Any] = []
    if contract_id is not None:
        sql += " AND s.contract_id = ?"
        params.append(contract_id)
    if child_id is not None:
        sql += " AND c.child_id = ?"
        params.append(child_id)
    if start is not None:
        sql += " AND s.[end] >= ?"
        params.append(datetime.combine(start, time()).strftime("%Y-%m-%dT%H:%M"))
    if end is not None:
        sql += " AND s.start < ?"
        params.append(datetime.combine(end + timedelta(days=1), time()).strftime("%Y-%m-%dT%H:%M"))
    if status is not None:
        sql += " AND s.status = ?"
        params.append(str(status))
    return [m.stay_from_row(r) for r in rows(db(s), sql + " ORDER BY s.start, s.id", params)]


def get_stay(s: Session, id: str) -> Stay:
    r = one(db(s), "stays", id)
    if r is None:
        raise not_found("id", "Opholdet", id)
    return m.stay_from_row(r)


def add_stay(s: Session, contract_id: str, start: datetime | str, end: datetime | str,
             status: StayStatus | str = StayStatus.PLANNED, cancelled_at: datetime | str | None = None,
             note: str = "", id: str | None = None) -> Stay:
    with write(s) as d:
        p = Problems()
        stay = build(p, Lookup(d), id=id, contract_id=contract_id, start=start, end=end, status=status,
                     cancelled_at=cancelled_at, note=note)
        p.raise_if_any()
        assert stay is not None
        d.table("stays").insert(m.stay_to_row(stay))
        return stay


def update_stay(s: Session, id: str, **changes: Any) -> Stay:
    check_changes(changes, FIELDS)
    with write(s) as d:
        fields = _stay_fields(get_stay(s, id)) | changes
        uncancelled = "status" in changes and changes["status"] not in (StayStatus.CANCELLED, StayStatus.SICK)
        if uncancelled and "cancelled_at" not in changes:
            fields["cancelled_at"] = None
        p = Problems()
        stay = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert stay is not None
        d.table("stays").update(id, m.stay_to_row(stay))
        return stay


def delete_stay(s: Session, id: str) -> Stay:
    with write(s) as d:
        old = get_stay(s, id)
        d.table("stays").delete(id)
        return old


def add_many(s: Session, stays: list[Stay]) -> list[Stay]:
    """Save several stays at once (a recurring plan): all or none. Problems are named ``[i].field``."""
    with write(s) as d:
        lk = Lookup(d)
        p = Problems()
        out: list[Stay] = []
        for i, st in enumerate(stays):
            sub = Problems()
            built = build(sub, lk, **asdict(st))
            p.extend(FieldProblem(f"[{i}].{fp.field}", fp.message, fp.code, fp.params) for fp in sub.items)
            if built is not None:
                lk.add_pending_stay(built)
                out.append(built)
        p.raise_if_any()
        d.table("stays").insert_all([m.stay_to_row(st) for st in out])
        return out


def propose_recurring(s: Session, contract_id: str, first_start: datetime, first_end: datetime,
                      every_weeks: int, until: date) -> list[Stay]:
    """Planned stays every ``every_weeks`` weeks from the first until ``until`` (not saved).

    Dates that would overlap a stay already in the diary for the child are left out.
    """
    p = Problems()
    lk = Lookup(db(s))
    contract = lk.contract(contract_id)
    if contract is None:
        p.add("contract_id", "problem.not_found", thing="Aftalen", id=contract_id)
    fs = p.datetime("first_start", first_start, "Første start")
    fe = p.datetime("first_end", first_end, "Første slut")
    ev = p.integer("every_weeks", every_weeks, "Hver N. uge", minimum=1, maximum=52)
    un = p.date("until", until, "Til og med")
    if fs is not None and fe is not None and fe <= fs:
        p.add("first_end", "problem.end_before_start")
    if fs is not None and un is not None and un < fs.date():
        p.add("until", "problem.until_before_first")
    if fs is not None and un is not None and (un - fs.date()).days > 5 * 366:
        p.add("until", "problem.five_years")
    p.raise_if_any()
    assert contract is not None and fs is not None and fe is not None and ev is not None and un is not None
    existing = lk.stays_of_child(contract.child_id)
    out: list[Stay] = []
    step = timedelta(weeks=ev)
    start, end = fs, fe
    while start.date() <= un:
        stay = Stay(id=new_id("s"), contract_id=contract_id, start=start, end=end)
        if overlapping(stay, existing) is None:
            out.append(stay)
        start, end = start + step, end + step
    return out


def check(s: Session, contract_id: str, start: datetime, end: datetime,
          exclude_id: str | None = None) -> list[RuleWarning]:
    """The rule warnings for a stay as the family types it (not saved): overlap, cap, too long."""
    from aflastapp.core import checks
    from aflastapp.services import overview

    snap = overview.snapshot(s)
    if exclude_id is not None:
        snap = replace(snap, stays=tuple(x for x in snap.stays if x.id != exclude_id))
    if not any(c.id == contract_id for c in snap.contracts):
        raise not_found("contract_id", "Aftalen", contract_id)
    stay = Stay(id=exclude_id or "(ny)", contract_id=contract_id, start=start, end=end)
    return list(checks.check_stay(snap, stay))
