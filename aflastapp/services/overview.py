"""What the dashboard shows: earnings previews and deadlines, computed by the core engine
from a ``DiarySnapshot`` built once from the database and cached on the session until the
next write.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlcipher3

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.messages import problem as msg_problem
from aflastapp.core.models import Deadline, DiarySnapshot, MonthPreview, Stay, StayStatus, Trip
from aflastapp.services import mapping as m
from aflastapp.services._base import cache, db, not_found, rows
from aflastapp.services.family import get_family
from aflastapp.services.rates import list_kl_overrides, list_mileage_overrides
from aflastapp.services.settings import get_settings

if TYPE_CHECKING:
    from aflastapp.services.session import Session

DEFAULT_LOOKBACK_DAYS = 60
DEFAULT_LOOKAHEAD_DAYS = 180


_STAY_STATUS = {st.value: st for st in StayStatus}


def _stays(d: Any, span: tuple[date, date] | None = None) -> tuple[Stay, ...]:
    """Every stay (or those overlapping ``span``, both days inclusive), by start: read as plain
    tuples (the largest table the engine needs)."""
    where, params = "", []
    if span is not None:
        where = "WHERE start < ? AND [end] >= ? "
        params = [(span[1] + timedelta(days=1)).isoformat(), span[0].isoformat()]
    found = d.execute("SELECT id, contract_id, start, [end], status, cancelled_at, note "
                      f"FROM stays {where}ORDER BY start, id", params).fetchall()
    parse = datetime.fromisoformat
    return tuple(
        Stay(id=sid, contract_id=cid, start=parse(start), end=parse(end),
             status=_STAY_STATUS.get(status) or StayStatus(status),
             cancelled_at=parse(cancelled) if cancelled else None, note=note or "")
        for sid, cid, start, end, status, cancelled, note in found)


def _trips(d: Any, span: tuple[date, date] | None = None) -> tuple[Trip, ...]:
    """Every trip (or those dated in ``span``), by date, with its contracts in the order they were
    linked; the route's ``via`` (JSON) is decoded only when it holds places."""
    links: dict[str, list[str]] = {}
    if span is None:
        linked = d.execute("SELECT trip_id, contract_id FROM trip_contracts ORDER BY rowid").fetchall()
        found = d.execute("SELECT id, date, purpose, from_place, via, to_place, km, approval "
                          "FROM trips ORDER BY date, id").fetchall()
    else:
        days = [span[0].isoformat(), span[1].isoformat()]
        linked = d.execute("SELECT tc.trip_id, tc.contract_id FROM trip_contracts tc "
                           "JOIN trips t ON t.id = tc.trip_id WHERE t.date BETWEEN ? AND ? "
                           "ORDER BY tc.rowid", days).fetchall()
        found = d.execute("SELECT id, date, purpose, from_place, via, to_place, km, approval "
                          "FROM trips WHERE date BETWEEN ? AND ? ORDER BY date, id", days).fetchall()
    for trip_id, contract_id in linked:
        links.setdefault(trip_id, []).append(contract_id)
    return tuple(
        Trip(id=tid, contract_ids=tuple(links.get(tid, ())), date=date.fromisoformat(day),
             purpose=purpose or "", from_place=from_place or "", to_place=to_place or "",
             km=Decimal(km), via=tuple(json.loads(via)) if via and via != "[]" else (),
             approval=approval or "")
        for tid, day, purpose, from_place, via, to_place, km, approval in found)


def build_snapshot(s: Session) -> DiarySnapshot:
    """Everything the engine needs, read from the database in a handful of queries (stays and trips,
    the bulk of a diary, as plain tuples straight into the models)."""
    return _read_snapshot(s, None)


def build_period_snapshot(s: Session, first: date, last: date,
                          expenses_from: date | None = None) -> DiarySnapshot:
    """The part of the diary that touches [first, last] (both inclusive), read with the date range in
    the SQL: stays overlapping it; trips, notes, meetings and submissions (by sending date) in it;
    expenses from ``expenses_from`` (default ``first``) to ``last``; every family setting, child,
    contract, saved copy and rate. For a document about one period: the engine's figures for a month
    depend only on the rows that touch it (caps are per month, a shared trip is split per trip), so a
    span with some margin around the period gives the same figures as the whole diary. Not cached."""
    return _read_snapshot(s, (first, last), expenses_from)


def _read_snapshot(s: Session, span: tuple[date, date] | None,
                   expenses_from: date | None = None) -> DiarySnapshot:
    d = db(s)

    def read(table: str, order: str, row_to: Any, column: str = "",
             lo: date | None = None) -> tuple[Any, ...]:
        sql, params = f"SELECT * FROM {table}", []
        if span is not None and column:
            # ISO text compares as dates do; "< the day after" also takes instants on the last day
            sql += f" WHERE {column} >= ? AND {column} < ?"
            params = [(lo or span[0]).isoformat(), (span[1] + timedelta(days=1)).isoformat()]
        return tuple(row_to(r) for r in rows(d, f"{sql} ORDER BY {order}", params))

    return DiarySnapshot(
        family=get_family(s),
        settings=get_settings(s),
        children=read("children", "id", m.child_from_row),
        contracts=read("contracts", "start, id", m.contract_from_row),
        stays=_stays(d, span),
        trips=_trips(d, span),
        expenses=read("expenses", "date, id", m.expense_from_row, "date", expenses_from),
        notes=read("notes", "date, id", m.note_from_row, "date"),
        meetings=read("meetings", "at, id", m.meeting_from_row, "at"),
        submissions=read("submissions", "id", m.submission_from_row, "sent"),
        exported_files=read("exported_files", "id", m.exported_file_from_row),
        kl_overrides=tuple(list_kl_overrides(s)),
        mileage_overrides=tuple(list_mileage_overrides(s)),
        payments=read("payments", "period, paid_on, id", m.payment_from_row),
    )


def snapshot(s: Session) -> DiarySnapshot:
    """The cached snapshot (rebuilt after any write). Expenses carry no attachment data."""
    c = cache(s)
    snap = c.get("snapshot")
    if snap is None:
        snap = c["snapshot"] = build_snapshot(s)
    assert isinstance(snap, DiarySnapshot)
    return snap


def check_month(year: int, month: int) -> None:
    problems = []
    if not 2000 <= year <= 2100:
        problems.append(problem("year", "problem.year_2000_2100"))
    if not 1 <= month <= 12:
        problems.append(problem("month", "problem.month_1_12"))
    if problems:
        raise ValidationError(problems)


def check_contract(s: Session, contract_id: str | None) -> None:
    if contract_id is not None and not any(c.id == contract_id for c in snapshot(s).contracts):
        raise not_found("contract_id", "Aftalen", contract_id)


def preview_month(s: Session, year: int, month: int, contract_id: str | None = None) -> MonthPreview:
    """Expected earnings for one calendar month (every contract, or one)."""
    from aflastapp.core import earnings

    check_month(year, month)
    check_contract(s, contract_id)
    return earnings.preview_month(snapshot(s), year, month, contract_id)


def preview_range(s: Session, first: date | tuple[int, int], months: int,
                  snap: DiarySnapshot | None = None) -> list[MonthPreview]:
    """``months`` consecutive month previews from ``first`` (a date in the month, or (year, month)),
    from ``snap`` (e.g. a :func:`build_period_snapshot`) or the session's cached snapshot."""
    from aflastapp.core import earnings

    y, mo = (first.year, first.month) if isinstance(first, date) else first
    check_month(y, mo)
    if not 1 <= months <= 240:
        raise ValidationError(problem("months", "problem.months_range"))
    wanted = []
    for _ in range(months):
        wanted.append((y, mo))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return list(earnings.preview_months(snap if snap is not None else snapshot(s), wanted))


def deadlines(s: Session, start: date | None = None, end: date | None = None, include_done: bool = False,
              today: date | None = None) -> list[Deadline]:
    """Deadlines in [start, end], by date. Defaults: from 60 days ago (so overdue ones show) to
    180 days ahead."""
    from aflastapp.core.deadlines import compute_deadlines

    today = today or date.today()
    start = start or today - timedelta(days=DEFAULT_LOOKBACK_DAYS)
    end = end or today + timedelta(days=DEFAULT_LOOKAHEAD_DAYS)
    if end < start:
        raise ValidationError(msg_problem("end", "problem.to_before_from"))
    found = compute_deadlines(snapshot(s), start, end, today, include_done=include_done)
    return sorted(found, key=lambda dl: (dl.date, str(dl.kind), dl.contract_id or ""))


def rule_sets() -> list[Any]:
    """Every municipality's rule set (for choosing a contract's municipality)."""
    from aflastapp.core import rules

    return list(rules.list_rule_sets())


def is_demo(s: Session) -> bool:
    """True for the synthetic demo diary (``aflastapp demo``)."""
    return bool(rows(db(s), "SELECT 1 FROM meta WHERE key = 'demo' AND value = 'true'"))


def rule_set(id: str) -> Any:
    """One municipality's rule set, every value with its source; unknown id → ValidationError."""
    from aflastapp.core import rules

    known = {r.id: r for r in rules.list_rule_sets()}
    if id not in known:
        raise ValidationError(problem("id", "problem.unknown_municipality", value=id,
                                      allowed=", ".join(sorted(known))))
    return known[id]


# --------------------------------------------------------------------------- dashboard chart cache

CHART_CACHE_KEY = "cache.dashboard_chart"  # settings row: JSON {"key": sha256 hex, "svg": text}


def _valid_chart_key(key: Any) -> bool:
    return isinstance(key, str) and len(key) == 64 and all(ch in "0123456789abcdef" for ch in key)


def cached_chart(s: Session, key: str) -> bytes | None:
    """The dashboard's døgn chart (SVG bytes) drawn earlier for exactly these inputs (``key``: the
    sha256 hex of the chart's inputs), kept inside the encrypted diary across sessions; None when
    the kept chart was drawn for other inputs, or none is kept."""
    found = db(s).execute("SELECT value FROM settings WHERE key = ?", [CHART_CACHE_KEY]).fetchone()
    if found is None or not _valid_chart_key(key):
        return None
    try:
        entry = json.loads(found[0])
    except ValueError:
        return None
    if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("svg"), str):
        return None
    return str(entry["svg"]).encode("utf-8")


def store_chart(s: Session, key: str, svg: bytes) -> bool:
    """Keep ``svg`` as the dashboard chart for ``key`` (replacing the one kept before: one chart per
    diary), in one transaction. Returns False, writing nothing, when the session is locked or
    another transaction is open (a user action in progress, e.g. background work).

    Keeping a drawing changes no data the engine reads, so the session's cached snapshot survives
    the write (``write`` would drop it and the next month switch would read the whole diary again).
    """
    problems = []
    if not _valid_chart_key(key):
        problems.append(problem("key", "problem.chart_key"))
    try:
        text = svg.decode("utf-8")
    except (AttributeError, UnicodeDecodeError):
        problems.append(problem("svg", "problem.chart_svg"))
        text = ""
    if problems:
        raise ValidationError(problems)
    if s.closed or getattr(s, "readonly", None) is not None:
        return False
    d = db(s)
    if d.conn.in_transaction:
        return False
    kept = dict(cache(s))
    try:
        with s.transaction() as t:
            t.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                      [CHART_CACHE_KEY, json.dumps({"key": key, "svg": text})])
    except sqlcipher3.OperationalError:  # a read-only diary or a busy file: the chart is not kept
        return False
    finally:
        cache(s).update(kept)
    return True
