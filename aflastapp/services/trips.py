"""Driving with the child (kørsel), for the driving form; a trip may serve several contracts."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aflastapp.core.messages import Message
from aflastapp.core.models import StayStatus, Trip
from aflastapp.services import mapping as m
from aflastapp.services._base import Lookup, db, new_id, not_found, write
from aflastapp.services.places import Route, list_routes
from aflastapp.services.validation import MAX_KM_PER_TRIP, MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

    from aflastapp.services.session import Session

FIELDS = ("contract_ids", "date", "purpose", "from_place", "to_place", "km", "via", "approval")


def build(p: Problems, lk: Lookup | None, *, id: str | None, contract_ids: Any, date: Any, purpose: Any,
          from_place: Any, to_place: Any, km: Any, via: Any = (), approval: Any = "",
          new: bool = True) -> Trip | None:
    """The trip, or None after recording every problem in ``p``.

    With ``lk=None`` the diary is not asked whether the id is free and the contracts exist: the
    caller leaves that to the primary and foreign keys (see ``_save``) and, when they refuse,
    builds again with a ``Lookup`` to name the field."""
    before = len(p.items)
    tid = new_id("t") if id is None else p.ident("id", id)
    if lk is not None and new and tid is not None and lk.id_taken("trips", tid):
        p.add("id", "problem.exists", thing="Turen", id=tid)
    if isinstance(contract_ids, str) or not isinstance(contract_ids, list | tuple) or not contract_ids:
        p.add("contract_ids", "problem.trip_contract")
        cids: tuple[str, ...] = ()
    else:
        cids = tuple(contract_ids)
        for i, cid in enumerate(cids):
            if not isinstance(cid, str) or (lk is not None and lk.contract(cid) is None):
                p.add(f"contract_ids[{i}]", "problem.not_found", thing="Aftalen", id=cid)
        if len(set(cids)) != len(cids):
            p.add("contract_ids", "problem.same_contract_twice")
    d = p.date("date", date, "Dato")
    pu = p.text("purpose", purpose, "Formål", required=True, max_len=MAX_SHORT_TEXT)
    fr = p.text("from_place", from_place, "Fra", required=True, max_len=MAX_SHORT_TEXT)
    to = p.text("to_place", to_place, "Til", required=True, max_len=MAX_SHORT_TEXT)
    vi = p.str_list("via", list(via) if isinstance(via, tuple) else via, "Via")
    k = p.decimal("km", km, "Km", places=2, maximum=MAX_KM_PER_TRIP)
    if k is not None and k == 0:
        p.add("km", "problem.km_positive")
    ap = p.text("approval", approval if approval is not None else "", "Aftalt med", max_len=MAX_SHORT_TEXT)
    if len(p.items) > before or tid is None or d is None or k is None:
        return None
    return Trip(id=tid, contract_ids=cids, date=d, purpose=pu, from_place=fr, to_place=to, km=k, via=vi,
                approval=ap.strip())


_INSERT_TRIP = ("INSERT INTO trips (id, date, purpose, from_place, via, to_place, km, approval) "
                "VALUES (:id, :date, :purpose, :from_place, :via, :to_place, :km, :approval)")
_INSERT_LINK = "INSERT INTO trip_contracts (trip_id, contract_id) VALUES (?, ?)"


def insert(d: Database, trips: list[Trip]) -> None:
    """Write the trips and their contract links with prepared statements (this is the hot path
    of every trip the family adds). The keys refuse a taken id or an unknown contract with
    ``sqlite3.IntegrityError``; ``_save`` turns that into the ``ValidationError``."""
    conn = d.conn
    if len(trips) == 1:
        t = trips[0]
        conn.execute(_INSERT_TRIP, m.trip_to_row(t))
        for c in t.contract_ids:
            conn.execute(_INSERT_LINK, (t.id, c))
        return
    conn.executemany(_INSERT_TRIP, [m.trip_to_row(t) for t in trips])
    conn.executemany(_INSERT_LINK, [(t.id, c) for t in trips for c in t.contract_ids])


def _save(d: Database, trips: list[Trip], refuse: Callable[[], None]) -> None:
    """``insert`` inside a savepoint. When a key refuses (an id taken, a contract that does not
    exist), everything this call wrote is undone and ``refuse`` runs the full validation
    against the diary, which raises the ``ValidationError`` naming the field."""
    conn = d.conn
    conn.execute("SAVEPOINT trips_insert")
    try:
        insert(d, trips)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO trips_insert")
        conn.execute("RELEASE trips_insert")
        refuse()
        raise
    except BaseException:
        conn.execute("ROLLBACK TO trips_insert")
        conn.execute("RELEASE trips_insert")
        raise
    conn.execute("RELEASE trips_insert")


_COLUMNS = "t.id, t.date, t.purpose, t.from_place, t.via, t.to_place, t.km, t.approval"


def _load(d: Database, where: str = "", params: list[Any] | None = None) -> list[Trip]:
    """The trips matching ``where`` (on ``trips t``), with only their own contract links."""
    args = params or []
    found = d.execute(f"SELECT {_COLUMNS} FROM trips t {where} ORDER BY t.date, t.id", args).fetchall()
    if not found:
        return []
    links: dict[str, list[str]] = {}
    if where:
        link_rows = d.execute(
            f"SELECT tc.trip_id, tc.contract_id FROM trip_contracts tc JOIN trips t ON t.id = tc.trip_id "
            f"{where} ORDER BY tc.rowid", args).fetchall()
    else:
        link_rows = d.execute("SELECT trip_id, contract_id FROM trip_contracts ORDER BY rowid").fetchall()
    for trip_id, contract_id in link_rows:
        links.setdefault(trip_id, []).append(contract_id)
    return [m.trip_from_values(r, tuple(links.get(r[0], ()))) for r in found]


def list_trips(s: Session, contract_id: str | None = None, start: date | None = None,
               end: date | None = None) -> list[Trip]:
    where, params = ["1=1"], []
    if contract_id is not None:
        where.append("t.id IN (SELECT trip_id FROM trip_contracts WHERE contract_id = ?)")
        params.append(contract_id)
    if start is not None:
        where.append("t.date >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("t.date <= ?")
        params.append(end.isoformat())
    return _load(db(s), "WHERE " + " AND ".join(where), params)


def get_trip(s: Session, id: str) -> Trip:
    found = _load(db(s), "WHERE t.id = ?", [id])
    if not found:
        raise not_found("id", "Turen", id)
    return found[0]


def add_trip(s: Session, contract_ids: list[str] | tuple[str, ...], date: date | str, purpose: str,
             from_place: str, to_place: str, km: Decimal | str, via: tuple[str, ...] | list[str] = (),
             id: str | None = None, approval: str = "") -> Trip:
    fields: dict[str, Any] = {"id": id, "contract_ids": contract_ids, "date": date, "purpose": purpose,
                              "from_place": from_place, "to_place": to_place, "km": km, "via": via,
                              "approval": approval}
    with write(s) as d:

        def refuse() -> None:
            p = Problems()
            build(p, Lookup(d), **fields)
            p.raise_if_any()

        p = Problems()
        t = build(p, None, **fields)
        if t is None:
            refuse()  # every problem, the diary's too (a taken id, an unknown contract)
        assert t is not None
        _save(d, [t], refuse)
        return t


def update_trip(s: Session, id: str, **changes: Any) -> Trip:
    check_changes(changes, FIELDS)
    with write(s) as d:
        old = get_trip(s, id)
        fields = {k: getattr(old, k) for k in FIELDS} | changes
        p = Problems()
        t = build(p, Lookup(d), id=id, new=False, **fields)
        p.raise_if_any()
        assert t is not None
        d.table("trips").update(id, m.trip_to_row(t))
        d.execute("DELETE FROM trip_contracts WHERE trip_id = ?", [id])
        d.table("trip_contracts").insert_all([{"trip_id": id, "contract_id": c} for c in t.contract_ids])
        return t


def delete_trip(s: Session, id: str) -> Trip:
    with write(s) as d:
        old = get_trip(s, id)
        d.execute("DELETE FROM trip_contracts WHERE trip_id = ?", [id])
        d.table("trips").delete(id)
        return old


def add_return_trip(s: Session, trip_id: str) -> Trip:
    """The same trip back the same day: from and to swapped, the stops in reverse order."""
    old = get_trip(s, trip_id)
    return add_trip(s, old.contract_ids, old.date, f"{old.purpose} (retur)", old.to_place,
                    old.from_place, old.km, tuple(reversed(old.via)), approval=old.approval)


def _route_for_contract(trips: list[Trip], routes: list[Route], contract_id: str) -> Route | None:
    """The saved route this contract's trips use most often; the only route if there is just one."""
    used: Counter[int] = Counter()
    for t in trips:
        if contract_id in t.contract_ids:
            for r in routes:
                if (r.from_place, r.to_place, r.km) == (t.from_place, t.to_place, t.km):
                    used[r.id] += 1
    if used:
        best = used.most_common(1)[0][0]
        return next(r for r in routes if r.id == best)
    return routes[0] if len(routes) == 1 else None


def suggest_from_stays(s: Session, start: date, end: date) -> list[Trip]:
    """Unsaved trips for the pick-up and drop-off of each stay in [start, end], along saved routes.

    Every handover is two legs: along the route to the handover and back again (the family drives
    both, so the km are not half). Contracts of a shared trip are in id order. A contract's route
    is the saved route its earlier trips used most (or the only saved route).
    Days that already have a trip for the contract are skipped; children picked up on the same
    day along the same route share one trip.
    """
    from aflastapp.services.stays import list_stays

    p = Problems()
    st = p.date("start", start, "Fra dato")
    en = p.date("end", end, "Til dato")
    if st is not None and en is not None and en < st:
        p.add("end", "problem.to_before_from")
    p.raise_if_any()
    assert st is not None and en is not None
    d = db(s)
    routes = list_routes(s)
    if not routes:
        return []
    history = _load(d)
    lk = Lookup(d)
    have = {(c, t.date) for t in history for c in t.contract_ids}
    wanted: dict[tuple[date, int, str], list[str]] = {}
    for stay in list_stays(s, start=st, end=en):
        if stay.status in (StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.SICK):
            continue
        route = _route_for_contract(history, routes, stay.contract_id)
        if route is None:
            continue
        for day, what in ((stay.start.date(), "trip.pick_up"), (stay.end.date(), "trip.drop_off")):
            if st <= day <= en and (stay.contract_id, day) not in have:
                wanted.setdefault((day, route.id, what), []).append(stay.contract_id)
    out: list[Trip] = []
    for (day, rid, what), cids in sorted(wanted.items()):
        route = next(r for r in routes if r.id == rid)
        names = []
        for cid in sorted(set(cids)):
            c = lk.contract(cid)
            child = lk.child(c.child_id) if c else None
            names.append(child.name if child else cid)
        ids = tuple(sorted(set(cids)))
        # the purposes are messages: the GUI saves them in the language the family reads
        there = Message(what, names=tuple(names), leg=Message("leg.out"))
        back = Message(what, names=tuple(names), leg=Message("leg.back"))
        out.append(Trip(id=new_id("t"), contract_ids=ids, date=day, purpose=there,
                        from_place=route.from_place, to_place=route.to_place, km=route.km, via=route.via,
                        approval=route.approval))
        out.append(Trip(id=new_id("t"), contract_ids=ids, date=day, purpose=back,
                        from_place=route.to_place, to_place=route.from_place, km=route.km,
                        via=tuple(reversed(route.via)), approval=route.approval))
    return out


def add_many(s: Session, trips: list[Trip]) -> list[Trip]:
    """Save several trips (e.g. accepted suggestions) at once: all or none."""
    from aflastapp.core.errors import FieldProblem

    def check(lk: Lookup | None) -> tuple[Problems, list[Trip]]:
        p = Problems()
        out: list[Trip] = []
        for i, t in enumerate(trips):
            sub = Problems()
            built = build(sub, lk, id=t.id, contract_ids=t.contract_ids, date=t.date, purpose=t.purpose,
                          from_place=t.from_place, to_place=t.to_place, km=t.km, via=t.via,
                          approval=t.approval)
            p.extend(FieldProblem(f"[{i}].{fp.field}", fp.message, fp.code, fp.params) for fp in sub.items)
            if built is not None:
                if lk is not None:
                    lk.claim_id("trips", built.id)
                out.append(built)
        return p, out

    with write(s) as d:

        def refuse() -> None:
            check(Lookup(d))[0].raise_if_any()

        p, out = check(None)
        if p or len({t.id for t in out}) != len(out):
            refuse()
        _save(d, out, refuse)
        return out


