"""What the dashboard shows: earnings previews and deadlines, computed by the core engine
from a ``DiarySnapshot`` built once from the database and cached on the session until the
next write.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.core.models import Deadline, DiarySnapshot, MonthPreview, Stay, StayStatus, Trip
from aflastapp.services import mapping as m
from aflastapp.services._base import cache, db, rows
from aflastapp.services.family import get_family
from aflastapp.services.rates import list_kl_overrides, list_mileage_overrides
from aflastapp.services.settings import get_settings

DEFAULT_LOOKBACK_DAYS = 60
DEFAULT_LOOKAHEAD_DAYS = 180


_STAY_STATUS = {st.value: st for st in StayStatus}


def _stays(d: Any) -> tuple[Stay, ...]:
    """Every stay, by start: read as plain tuples (the largest table the engine needs)."""
    found = d.execute("SELECT id, contract_id, start, [end], status, cancelled_at, note "
                      "FROM stays ORDER BY start, id").fetchall()
    parse = datetime.fromisoformat
    return tuple(
        Stay(id=sid, contract_id=cid, start=parse(start), end=parse(end),
             status=_STAY_STATUS.get(status) or StayStatus(status),
             cancelled_at=parse(cancelled) if cancelled else None, note=note or "")
        for sid, cid, start, end, status, cancelled, note in found)


def _trips(d: Any) -> tuple[Trip, ...]:
    """Every trip, by date, with its contracts in the order they were linked; the route's ``via``
    (JSON) is decoded only when it holds places."""
    links: dict[str, list[str]] = {}
    for trip_id, contract_id in d.execute(
            "SELECT trip_id, contract_id FROM trip_contracts ORDER BY rowid").fetchall():
        links.setdefault(trip_id, []).append(contract_id)
    found = d.execute("SELECT id, date, purpose, from_place, via, to_place, km "
                      "FROM trips ORDER BY date, id").fetchall()
    return tuple(
        Trip(id=tid, contract_ids=tuple(links.get(tid, ())), date=date.fromisoformat(day),
             purpose=purpose or "", from_place=from_place or "", to_place=to_place or "",
             km=Decimal(km), via=tuple(json.loads(via)) if via and via != "[]" else ())
        for tid, day, purpose, from_place, via, to_place, km in found)


def build_snapshot(s: Any) -> DiarySnapshot:
    """Everything the engine needs, read from the database in a handful of queries (stays and trips,
    the bulk of a diary, as plain tuples straight into the models)."""
    d = db(s)
    return DiarySnapshot(
        family=get_family(s),
        settings=get_settings(s),
        children=tuple(m.child_from_row(r) for r in rows(d, "SELECT * FROM children ORDER BY id")),
        contracts=tuple(m.contract_from_row(r)
                        for r in rows(d, "SELECT * FROM contracts ORDER BY start, id")),
        stays=_stays(d),
        trips=_trips(d),
        expenses=tuple(m.expense_from_row(r) for r in rows(d, "SELECT * FROM expenses ORDER BY date, id")),
        notes=tuple(m.note_from_row(r) for r in rows(d, "SELECT * FROM notes ORDER BY date, id")),
        meetings=tuple(m.meeting_from_row(r) for r in rows(d, "SELECT * FROM meetings ORDER BY at, id")),
        submissions=tuple(m.submission_from_row(r) for r in rows(d, "SELECT * FROM submissions ORDER BY id")),
        exported_files=tuple(m.exported_file_from_row(r) for r in rows(
            d, "SELECT * FROM exported_files ORDER BY id")),
        kl_overrides=tuple(list_kl_overrides(s)),
        mileage_overrides=tuple(list_mileage_overrides(s)),
    )


def snapshot(s: Any) -> DiarySnapshot:
    """The cached snapshot (rebuilt after any write). Expenses carry no attachment data."""
    c = cache(s)
    snap = c.get("snapshot")
    if snap is None:
        snap = c["snapshot"] = build_snapshot(s)
    assert isinstance(snap, DiarySnapshot)
    return snap


def _check_month(year: int, month: int) -> None:
    problems = []
    if not 2000 <= year <= 2100:
        problems.append(FieldProblem("year", "År skal ligge mellem 2000 og 2100"))
    if not 1 <= month <= 12:
        problems.append(FieldProblem("month", "Måned skal være 1–12"))
    if problems:
        raise ValidationError(problems)


def _check_contract(s: Any, contract_id: str | None) -> None:
    if contract_id is not None and not any(c.id == contract_id for c in snapshot(s).contracts):
        raise ValidationError(FieldProblem("contract_id", f"Aftalen {contract_id!r} findes ikke"))


def preview_month(s: Any, year: int, month: int, contract_id: str | None = None) -> MonthPreview:
    """Expected earnings for one calendar month (every contract, or one)."""
    from aflastapp.core import earnings

    _check_month(year, month)
    _check_contract(s, contract_id)
    return earnings.preview_month(snapshot(s), year, month, contract_id)


def preview_range(s: Any, first: date | tuple[int, int], months: int) -> list[MonthPreview]:
    """``months`` consecutive month previews from ``first`` (a date in the month, or (year, month))."""
    from aflastapp.core import earnings

    y, mo = (first.year, first.month) if isinstance(first, date) else first
    _check_month(y, mo)
    if not 1 <= months <= 240:
        raise ValidationError(FieldProblem("months", "Antal måneder skal være 1–240"))
    wanted = []
    for _ in range(months):
        wanted.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return list(earnings.preview_months(snapshot(s), wanted))


def deadlines(s: Any, start: date | None = None, end: date | None = None, include_done: bool = False,
              today: date | None = None) -> list[Deadline]:
    """Deadlines in [start, end], by date. Defaults: from 60 days ago (so overdue ones show) to
    180 days ahead."""
    from aflastapp.core.deadlines import compute_deadlines

    today = today or date.today()
    start = start or today - timedelta(days=DEFAULT_LOOKBACK_DAYS)
    end = end or today + timedelta(days=DEFAULT_LOOKAHEAD_DAYS)
    if end < start:
        raise ValidationError(FieldProblem("end", "Til-datoen ligger før fra-datoen"))
    found = compute_deadlines(snapshot(s), start, end, today, include_done=include_done)
    return sorted(found, key=lambda dl: (dl.date, str(dl.kind), dl.contract_id or ""))


def rule_sets() -> list[Any]:
    """Every municipality's rule set (for choosing a contract's municipality)."""
    from aflastapp.core import rules

    return list(rules.list_rule_sets())


def is_demo(s: Any) -> bool:
    """True for the synthetic demo diary (``aflastapp demo``)."""
    return bool(rows(db(s), "SELECT 1 FROM meta WHERE key = 'demo' AND value = 'true'"))


def rule_set(id: str) -> Any:
    """One municipality's rule set, every value with its source; unknown id → ValidationError."""
    from aflastapp.core import rules

    known = {r.id: r for r in rules.list_rule_sets()}
    if id not in known:
        raise ValidationError(FieldProblem(
            "id", f"Ukendt kommune {id!r} (mulige: {', '.join(sorted(known))})"))
    return known[id]
