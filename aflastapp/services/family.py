"""The family: name, address, car registration and the driver (printed on the driving form).

The driver's CPR number is optional; it lives only in the encrypted diary (and in the portable file
the family exports on purpose) and is printed on the kørselsskema only when set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aflastapp.core.models import Family
from aflastapp.services._base import db, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems, check_changes

if TYPE_CHECKING:
    from aflastapp.services.session import Session

FIELDS = ("name", "address", "car_registration", "driver_name", "driver_cpr")


def _cpr(p: Problems, value: Any) -> str:
    """"" or a CPR number as DDMMÅÅ-XXXX (a valid date; "0101901234" is accepted and formatted)."""
    text = p.text("driver_cpr", value, "Førerens CPR-nummer", max_len=20).strip()
    if not text:
        return ""
    digits = text.replace("-", "").replace(" ", "")
    ok = len(digits) == 10 and digits.isdigit()
    if ok:
        from datetime import date

        try:
            date(2000, int(digits[2:4]), int(digits[0:2]))  # a leap year: 29.02 is valid
        except ValueError:
            ok = False
    if not ok:
        p.add("driver_cpr", "problem.cpr_form")
        return ""
    return f"{digits[:6]}-{digits[6:]}"


def build(p: Problems, *, name: Any = "", address: Any = "", car_registration: Any = "",
          driver_name: Any = "", driver_cpr: Any = "") -> Family:
    return Family(
        name=p.text("name", name, "Navn", max_len=MAX_SHORT_TEXT).strip(),
        address=p.text("address", address, "Adresse", max_len=MAX_SHORT_TEXT).strip(),
        car_registration=p.text("car_registration", car_registration, "Bilens registreringsnummer",
                                max_len=20).strip().upper(),
        driver_name=p.text("driver_name", driver_name, "Fører", max_len=MAX_SHORT_TEXT).strip(),
        driver_cpr=_cpr(p, driver_cpr),
    )


def get_family(s: Session) -> Family:
    found = rows(db(s), "SELECT * FROM family WHERE id = 1")
    if not found:
        return Family()
    r = found[0]
    return Family(name=r["name"] or "", address=r["address"] or "",
                  car_registration=r["car_registration"] or "",
                  driver_name=r.get("driver_name") or "", driver_cpr=r.get("driver_cpr") or "")


def set_family(s: Session, name: str = "", address: str = "", car_registration: str = "",
               driver_name: str = "", driver_cpr: str = "") -> Family:
    with write(s) as d:
        p = Problems()
        f = build(p, name=name, address=address, car_registration=car_registration,
                  driver_name=driver_name, driver_cpr=driver_cpr)
        p.raise_if_any()
        write_family(d, f)
        return f


def write_family(d: Any, f: Family) -> None:
    d.table("family").upsert({"id": 1, "name": f.name, "address": f.address,
                              "car_registration": f.car_registration,
                              "driver_name": f.driver_name, "driver_cpr": f.driver_cpr}, pk="id")


def update_family(s: Session, **changes: Any) -> Family:
    check_changes(changes, FIELDS)
    old = get_family(s)
    fields = {k: getattr(old, k) for k in FIELDS} | changes
    return set_family(s, **fields)
