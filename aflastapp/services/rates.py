"""Rates the family enters themselves (from a letter or the contract) over the shipped tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import KLRate, MileageRate
from aflastapp.services import mapping as m
from aflastapp.services._base import cache, db, rows, write
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems

if TYPE_CHECKING:
    from sqlite_utils import Database  # at run time: storage.db.DiaryDatabase

    from aflastapp.services.session import Session

KL_LABELS = {
    "vederlag_per_day_exact": "Vederlag pr. døgn (præcis)",
    "vederlag_per_day": "Vederlag pr. døgn",
    "kost_logi_under_10": "Kost og logi under 10 år",
    "kost_logi_10_plus": "Kost og logi 10 år og derover",
    "kost_logi_third_child": "Kost og logi 3. og 4. barn",
}
MILEAGE_LABELS = {"low_per_km": "Laveste takst pr. km", "high_per_km": "Høj takst pr. km"}
MAX_RATE = Decimal(100_000)


def build_kl(p: Problems, *, valid_from: Any, source: Any = "", **values: Any) -> KLRate | None:
    before = len(p.items)
    vf = p.date("valid_from", valid_from, "Gælder fra")
    src = p.text("source", source, "Kilde", max_len=MAX_SHORT_TEXT)
    decs: dict[str, Decimal | None] = {}
    for k, v in values.items():
        if k not in KL_LABELS:
            p.add(k, "problem.unknown_rate", value=k)
            continue
        decs[k] = p.decimal(k, v, KL_LABELS[k], places=2, maximum=MAX_RATE, required=False)
    if not any(v is not None for v in decs.values()) and len(p.items) == before:
        p.add("vederlag_per_day", "problem.one_rate")
    if len(p.items) > before or vf is None:
        return None
    return KLRate(valid_from=vf, source=src, override=True, **decs)


def build_mileage(p: Problems, *, valid_from: Any, source: Any = "", **values: Any) -> MileageRate | None:
    before = len(p.items)
    vf = p.date("valid_from", valid_from, "Gælder fra")
    src = p.text("source", source, "Kilde", max_len=MAX_SHORT_TEXT)
    decs: dict[str, Decimal | None] = {}
    for k, v in values.items():
        if k not in MILEAGE_LABELS:
            p.add(k, "problem.unknown_rate", value=k)
            continue
        decs[k] = p.decimal(k, v, MILEAGE_LABELS[k], places=2, maximum=Decimal(100), required=False)
    if decs.get("low_per_km") is None and len(p.items) == before:
        p.add("low_per_km", "problem.low_per_km")
    if len(p.items) > before or vf is None:
        return None
    return MileageRate(valid_from=vf, source=src, override=True, **decs)


def load_overrides(d: Database, table: str) -> list[Any]:
    return [m.override_from_row(r) for r in rows(
        d, "SELECT * FROM rate_overrides WHERE table_name = ? ORDER BY valid_from", [table])]


def list_kl_overrides(s: Session) -> list[KLRate]:
    return load_overrides(db(s), "kl")


def list_mileage_overrides(s: Session) -> list[MileageRate]:
    return load_overrides(db(s), "mileage")


def _exists(d: Database, table: str, valid_from: date) -> bool:
    return d.execute("SELECT 1 FROM rate_overrides WHERE table_name = ? AND valid_from = ?",
                     [table, valid_from.isoformat()]).fetchone() is not None


def insert_kl(d: Database, r: KLRate) -> None:
    d.table("rate_overrides").insert(m.kl_to_row(r))


def insert_mileage(d: Database, r: MileageRate) -> None:
    d.table("rate_overrides").insert(m.mileage_to_row(r))


def add_kl_override(s: Session, valid_from: date | str, source: str = "",
                    **values: Decimal | str | None) -> KLRate:
    """A KL rate row from ``valid_from`` (vederlag and kost og logi per døgn); fields left out
    fall back to the shipped table."""
    with write(s) as d:
        p = Problems()
        r = build_kl(p, valid_from=valid_from, source=source, **values)
        if r is not None and _exists(d, "kl", r.valid_from):
            p.add("valid_from", "problem.rates_exist", date=r.valid_from)
        p.raise_if_any()
        assert r is not None
        insert_kl(d, r)
        return r


def add_mileage_override(s: Session, valid_from: date | str, source: str = "",
                         **values: Decimal | str | None) -> MileageRate:
    with write(s) as d:
        p = Problems()
        r = build_mileage(p, valid_from=valid_from, source=source, **values)
        if r is not None and _exists(d, "mileage", r.valid_from):
            p.add("valid_from", "problem.km_rate_exists", date=r.valid_from)
        p.raise_if_any()
        assert r is not None
        insert_mileage(d, r)
        return r


def _delete(s: Session, table: str, valid_from: date) -> Any:
    with write(s) as d:
        found = [r for r in load_overrides(d, table) if r.valid_from == valid_from]
        if not found:
            raise ValidationError(problem("valid_from", "problem.no_own_rate", date=valid_from))
        d.execute("DELETE FROM rate_overrides WHERE table_name = ? AND valid_from = ?",
                  [table, valid_from.isoformat()])
        return found[0]


def delete_kl_override(s: Session, valid_from: date) -> KLRate:
    r: KLRate = _delete(s, "kl", valid_from)
    return r


def delete_mileage_override(s: Session, valid_from: date) -> MileageRate:
    r: MileageRate = _delete(s, "mileage", valid_from)
    return r


def rate_table(s: Session) -> Any:
    """The core ``RateTable``: shipped rates with the family's overrides on top (cached)."""
    c = cache(s)
    if "rate_table" not in c:
        from aflastapp.core.rates import load_rates

        c["rate_table"] = load_rates(kl_overrides=list_kl_overrides(s),
                                     mileage_overrides=list_mileage_overrides(s))
    return c["rate_table"]
