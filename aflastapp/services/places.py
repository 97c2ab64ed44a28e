"""Saved places and routes, so a trip is typed once and reused (and suggested from stays)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aflastapp.services import mapping as m
from aflastapp.services._base import as_int, db, not_found, one, rows, write
from aflastapp.services.validation import MAX_KM_PER_TRIP, MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    name: str
    address: str = ""


@dataclass(frozen=True, slots=True)
class Route:
    id: int
    name: str
    from_place: str
    to_place: str
    km: Decimal
    via: tuple[str, ...] = ()
    approval: str = ""  # the agreement that covers driving this route (copied onto its trips)


def _place(r: dict[str, Any]) -> Place:
    return Place(id=r["id"], name=r["name"] or "", address=r["address"] or "")


def _route(r: dict[str, Any]) -> Route:
    km = m.s2dec(r["km"])
    return Route(id=r["id"], name=r["name"] or "", from_place=r["from_place"] or "",
                 to_place=r["to_place"] or "", km=km if km is not None else Decimal(0),
                 via=m.s2list(r["via"]), approval=r.get("approval") or "")


def build_place(p: Problems, *, name: Any, address: Any = "") -> dict[str, Any]:
    return {"name": p.text("name", name, "Navn", required=True, max_len=MAX_SHORT_TEXT).strip(),
            "address": p.text("address", address, "Adresse", max_len=MAX_SHORT_TEXT)}


def build_route(p: Problems, *, name: Any, from_place: Any, to_place: Any, km: Any,
                via: Any = (), approval: Any = "") -> dict[str, Any]:
    k = p.decimal("km", km, "Km", places=2, maximum=MAX_KM_PER_TRIP)
    if k is not None and k == 0:
        p.add("km", "problem.km_positive")
    return {
        "name": p.text("name", name, "Navn", required=True, max_len=MAX_SHORT_TEXT).strip(),
        "from_place": p.text("from_place", from_place, "Fra", required=True, max_len=MAX_SHORT_TEXT),
        "to_place": p.text("to_place", to_place, "Til", required=True, max_len=MAX_SHORT_TEXT),
        "via": m.list2s(p.str_list("via", list(via) if isinstance(via, tuple) else via, "Via")),
        "km": m.dec2s(k),
        "approval": p.text("approval", approval if approval is not None else "", "Aftalt med",
                           max_len=MAX_SHORT_TEXT).strip(),
    }


def list_places(s: Session) -> list[Place]:
    return [_place(r) for r in rows(db(s), "SELECT * FROM places ORDER BY name, id")]


def get_place(s: Session, id: int) -> Place:
    r = one(db(s), "places", id)
    if r is None:
        raise not_found("id", "Stedet", id)
    return _place(r)


def add_place(s: Session, name: str, address: str = "", id: int | None = None) -> Place:
    with write(s) as d:
        p = Problems()
        row = build_place(p, name=name, address=address)
        if id is not None and one(d, "places", id) is not None:
            p.add("id", "problem.exists", thing="Stedet", id=id)
        p.raise_if_any()
        if id is not None:
            row["id"] = id
        new = d.table("places").insert(row).last_pk
        return get_place(s, as_int(new))


def update_place(s: Session, id: int, **changes: Any) -> Place:
    check_changes(changes, ("name", "address"))
    with write(s) as d:
        old = get_place(s, id)
        p = Problems()
        row = build_place(p, **({"name": old.name, "address": old.address} | changes))
        p.raise_if_any()
        d.table("places").update(id, row)
        return get_place(s, id)


def delete_place(s: Session, id: int) -> Place:
    with write(s) as d:
        old = get_place(s, id)
        d.table("places").delete(id)
        return old


def list_routes(s: Session) -> list[Route]:
    return [_route(r) for r in rows(db(s), "SELECT * FROM routes ORDER BY name, id")]


def get_route(s: Session, id: int) -> Route:
    r = one(db(s), "routes", id)
    if r is None:
        raise not_found("id", "Ruten", id)
    return _route(r)


def add_route(s: Session, name: str, from_place: str, to_place: str, km: Decimal | str,
              via: tuple[str, ...] | list[str] = (), id: int | None = None, approval: str = "") -> Route:
    with write(s) as d:
        p = Problems()
        row = build_route(p, name=name, from_place=from_place, to_place=to_place, km=km, via=via,
                          approval=approval)
        if id is not None and one(d, "routes", id) is not None:
            p.add("id", "problem.exists", thing="Ruten", id=id)
        p.raise_if_any()
        if id is not None:
            row["id"] = id
        new = d.table("routes").insert(row).last_pk
        return get_route(s, as_int(new))


def delete_route(s: Session, id: int) -> Route:
    with write(s) as d:
        old = get_route(s, id)
        d.table("routes").delete(id)
        return old
