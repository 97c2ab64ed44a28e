"""The family: name, address and car registration (printed on the driving form)."""

from __future__ import annotations

from typing import Any

from aflastapp.core.models import Family
from aflastapp.services._base import db, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems, check_changes

FIELDS = ("name", "address", "car_registration")


def build(p: Problems, *, name: Any = "", address: Any = "", car_registration: Any = "") -> Family:
    return Family(
        name=p.text("name", name, "Navn", max_len=MAX_SHORT_TEXT).strip(),
        address=p.text("address", address, "Adresse", max_len=MAX_SHORT_TEXT).strip(),
        car_registration=p.text("car_registration", car_registration, "Bilens registreringsnummer",
                                max_len=20).strip().upper(),
    )


def get_family(s: Any) -> Family:
    found = rows(db(s), "SELECT * FROM family WHERE id = 1")
    if not found:
        return Family()
    r = found[0]
    return Family(name=r["name"] or "", address=r["address"] or "",
                  car_registration=r["car_registration"] or "")


def set_family(s: Any, name: str = "", address: str = "", car_registration: str = "") -> Family:
    with write(s) as d:
        p = Problems()
        f = build(p, name=name, address=address, car_registration=car_registration)
        p.raise_if_any()
        write_family(d, f)
        return f


def write_family(d: Any, f: Family) -> None:
    d.table("family").upsert({"id": 1, "name": f.name, "address": f.address,
                              "car_registration": f.car_registration}, pk="id")


def update_family(s: Any, **changes: Any) -> Family:
    check_changes(changes, FIELDS)
    old = get_family(s)
    fields = {k: getattr(old, k) for k in FIELDS} | changes
    return set_family(s, **fields)
