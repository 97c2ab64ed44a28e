"""KL's rates (vederlag, kost og logi) and the state's mileage rates, with the family's overrides.

Shipped tables: ``resources/rates/kl.toml`` and ``resources/rates/state_mileage.toml``; only the
figures verified in the project's reference, each row with its ``from`` date and source. They are
read once per process.

A row is in force from its ``valid_from`` until the next 1 January (the tables change every
1 January; a later row in the same year takes over from its own date, like the state's 1 May 2022
mileage change). Lookups are per field: a field a row leaves out is not taken from another year.
A date no row covers is *missing* (``None``), never guessed; the family can enter the figure from the
municipality's letter as an override (``override=True``), which wins over a shipped row of the same
date and is validated the same way.
"""

from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from aflastapp.core.errors import DataFileError, FieldProblem, ValidationError
from aflastapp.core.messages import problem
from aflastapp.core.models import KLRate, MileageRate
from aflastapp.resources import resource_path

KL_FIELDS = ("vederlag_per_day_exact", "vederlag_per_day", "kost_logi_under_10", "kost_logi_10_plus",
             "kost_logi_third_child")
MILEAGE_FIELDS = ("low_per_km", "high_per_km")

#: Danish field names, for messages and the GUI.
FIELD_LABELS: dict[str, str] = {
    "valid_from": "gælder fra",
    "source": "kilde",
    "vederlag_per_day_exact": "vederlag pr. døgn (præcis)",
    "vederlag_per_day": "vederlag pr. døgn (tabellens kronebeløb)",
    "kost_logi_under_10": "kost og logi under 10 år",
    "kost_logi_10_plus": "kost og logi 10 år og derover",
    "kost_logi_third_child": "kost og logi 3. og 4. barn",
    "low_per_km": "statens laveste takst pr. km",
    "high_per_km": "statens høje takst pr. km",
}

_MAX = {
    "vederlag_per_day_exact": Decimal(5000), "vederlag_per_day": Decimal(5000),
    "kost_logi_under_10": Decimal(5000), "kost_logi_10_plus": Decimal(5000),
    "kost_logi_third_child": Decimal(5000), "low_per_km": Decimal(50), "high_per_km": Decimal(50),
}
OVERRIDE_SOURCE = "Indtastet af familien"


@dataclass(frozen=True, slots=True)
class RateValue:
    """One rate figure in force on a date, with where it comes from."""

    value: Decimal
    valid_from: date
    source: str
    override: bool = False

    @property
    def year(self) -> int:
        return self.valid_from.year


# --------------------------------------------------------------------------- validation


def _check_amount(name: str, value: Decimal | None, problems: list[FieldProblem], *,
                  whole: bool = False) -> None:
    if value is None:
        return
    label = FIELD_LABELS[name]
    if not isinstance(value, Decimal) or not value.is_finite():
        problems.append(problem(label, "problem.rate_not_amount", rate=name))
        return
    if value < 0:
        problems.append(problem(label, "problem.rate_negative", rate=name))
    elif value > _MAX[name]:
        problems.append(problem(label, "problem.rate_too_big", rate=name, most=_MAX[name]))
    elif value % Decimal("0.01") != 0:
        problems.append(problem(label, "problem.rate_decimals", rate=name))
    elif whole and value % 1 != 0:
        problems.append(problem(label, "problem.rate_whole", rate=name))


def _check_common(valid_from: date, values: dict[str, Decimal | None], problems: list[FieldProblem]) -> None:
    if not isinstance(valid_from, date) or not date(2000, 1, 1) <= valid_from <= date(2100, 12, 31):
        problems.append(problem(FIELD_LABELS["valid_from"], "problem.rate_date"))
    if all(v is None for v in values.values()):
        problems.append(problem("sats", "problem.one_rate"))


def validate_kl_row(row: KLRate) -> KLRate:
    """Check a KL row (shipped or entered by the family); ValidationError names each bad field."""
    problems: list[FieldProblem] = []
    values = {f: getattr(row, f) for f in KL_FIELDS}
    _check_common(row.valid_from, values, problems)
    for f, v in values.items():
        _check_amount(f, v, problems, whole=(f == "vederlag_per_day"))
    if problems:
        raise ValidationError(problems)
    return row if row.source.strip() else replace(row, source=OVERRIDE_SOURCE)


def validate_mileage_row(row: MileageRate) -> MileageRate:
    """Check a mileage row; ValidationError names each bad field."""
    problems: list[FieldProblem] = []
    values = {f: getattr(row, f) for f in MILEAGE_FIELDS}
    _check_common(row.valid_from, values, problems)
    for f, v in values.items():
        _check_amount(f, v, problems)
    if problems:
        raise ValidationError(problems)
    return row if row.source.strip() else replace(row, source=OVERRIDE_SOURCE)


# --------------------------------------------------------------------------- the table


class _Series:
    """Values of one field, sorted by date, each in force until the next 1 January."""

    __slots__ = ("_cache", "_dates", "_values")

    def __init__(self, values: list[RateValue]) -> None:
        # a later entry (override) wins over an earlier one with the same date
        by_date: dict[date, RateValue] = {}
        for v in sorted(values, key=lambda v: (v.valid_from, v.override)):
            by_date[v.valid_from] = v
        self._dates = sorted(by_date)
        self._values = [by_date[d] for d in self._dates]
        self._cache: dict[date, RateValue | None] = {}

    def on(self, d: date) -> RateValue | None:
        try:
            return self._cache[d]
        except KeyError:
            pass
        i = bisect.bisect_right(self._dates, d) - 1
        found = self._values[i] if i >= 0 and self._dates[i].year == d.year else None
        self._cache[d] = found
        return found


class RateTable:
    """The shipped rates with the family's overrides layered over them."""

    def __init__(self, kl_rows: tuple[KLRate, ...], mileage_rows: tuple[MileageRate, ...]) -> None:
        self._kl_rows = tuple(sorted(kl_rows, key=lambda r: (r.valid_from, r.override)))
        self._mileage_rows = tuple(sorted(mileage_rows, key=lambda r: (r.valid_from, r.override)))
        self._series: dict[str, _Series] = {}
        for name in KL_FIELDS:
            self._series[name] = _Series([
                RateValue(getattr(r, name), r.valid_from, r.source, r.override)
                for r in self._kl_rows if getattr(r, name) is not None])
        for name in MILEAGE_FIELDS:
            self._series[name] = _Series([
                RateValue(getattr(r, name), r.valid_from, r.source, r.override)
                for r in self._mileage_rows if getattr(r, name) is not None])

    def value_on(self, name: str, d: date) -> RateValue | None:
        """One field's figure in force on ``d`` (None = missing): ``value_on("vederlag_per_day", d)``."""
        return self._series[name].on(d)

    def kl_on(self, d: date) -> KLRate | None:
        """KL's figures in force on ``d``; fields the data lacks are None; None when nothing is known."""
        vals = {f: self.value_on(f, d) for f in KL_FIELDS}
        present = [v for v in vals.values() if v is not None]
        if not present:
            return None
        sources = list(dict.fromkeys(v.source for v in present))
        return KLRate(
            valid_from=max(v.valid_from for v in present), source="; ".join(sources),
            override=any(v.override for v in present),
            **{f: (v.value if v is not None else None) for f, v in vals.items()})

    def mileage_on(self, d: date) -> MileageRate | None:
        vals = {f: self.value_on(f, d) for f in MILEAGE_FIELDS}
        present = [v for v in vals.values() if v is not None]
        if not present:
            return None
        sources = list(dict.fromkeys(v.source for v in present))
        return MileageRate(
            valid_from=max(v.valid_from for v in present), source="; ".join(sources),
            override=any(v.override for v in present),
            **{f: (v.value if v is not None else None) for f, v in vals.items()})

    def kl_rows(self) -> tuple[KLRate, ...]:
        return self._kl_rows

    def mileage_rows(self) -> tuple[MileageRate, ...]:
        return self._mileage_rows

    def rows(self) -> tuple[tuple[KLRate, ...], tuple[MileageRate, ...]]:
        """Every row (shipped and overrides), each list sorted by date."""
        return self._kl_rows, self._mileage_rows


# --------------------------------------------------------------------------- loading


def _parse_rows(path: Path, allowed: tuple[str, ...], whole: tuple[str, ...]) -> list[dict[str, Any]]:
    file = path.name
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(file, "(filen)", f"gyldig TOML ({exc})") from None
    except OSError as exc:
        raise DataFileError(file, "(filen)", f"en fil der kan læses ({exc.strerror})") from None
    for k in data:
        if k not in ("schema_version", "rows"):
            raise DataFileError(file, k, "kun schema_version og [[rows]]")
    if data.get("schema_version") != 1:
        raise DataFileError(file, "schema_version", "1")
    rows = data.get("rows")
    if not isinstance(rows, list) or not rows:
        raise DataFileError(file, "rows", "mindst én [[rows]]-række")
    out: list[dict[str, Any]] = []
    seen: set[date] = set()
    for i, row in enumerate(rows):
        key = f"rows[{i}]"
        if not isinstance(row, dict):
            raise DataFileError(file, key, "en tabel")
        for k in row:
            if k not in ("from", "source", *allowed):
                known = ", ".join(("from", "source", *allowed))
                raise DataFileError(file, f"{key}.{k}", f"en kendt nøgle: {known}")
        start = row.get("from")
        if not isinstance(start, date) or not date(2000, 1, 1) <= start <= date(2100, 12, 31):
            raise DataFileError(file, f"{key}.from", "en dato (ÅÅÅÅ-MM-DD) mellem 2000 og 2100")
        if start in seen:
            raise DataFileError(file, f"{key}.from", "én række pr. dato")
        seen.add(start)
        source = row.get("source")
        if not isinstance(source, str) or not source.strip():
            raise DataFileError(file, f"{key}.source", "kildens adresse (URL) eller håndbogens afsnit")
        values: dict[str, Any] = {"valid_from": start, "source": source}
        for name in allowed:
            if name not in row:
                continue
            raw = row[name]
            if isinstance(raw, bool) or not isinstance(raw, str | int):
                raise DataFileError(file, f"{key}.{name}", 'et beløb skrevet som tekst, fx "1.98"')
            try:
                value = Decimal(str(raw).strip())
            except InvalidOperation:
                raise DataFileError(file, f"{key}.{name}", 'et beløb skrevet som tekst, fx "1.98"') from None
            if not value.is_finite() or value < 0 or value > _MAX[name] or value % Decimal("0.01") != 0:
                raise DataFileError(file, f"{key}.{name}",
                                    f"et beløb fra 0 til {_MAX[name]} med højst 2 decimaler")
            if name in whole and value % 1 != 0:
                raise DataFileError(file, f"{key}.{name}", "hele kroner (KL's tabelbeløb)")
            values[name] = value
        if len(values) == 2:
            raise DataFileError(file, key, "mindst én sats: " + ", ".join(allowed))
        out.append(values)
    return out


def load_kl_file(path: Path) -> tuple[KLRate, ...]:
    return tuple(KLRate(**v) for v in _parse_rows(path, KL_FIELDS, ("vederlag_per_day",)))


def load_mileage_file(path: Path) -> tuple[MileageRate, ...]:
    return tuple(MileageRate(**v) for v in _parse_rows(path, MILEAGE_FIELDS, ()))


def rates_dir() -> Path:
    return resource_path("rates")


@lru_cache(maxsize=1)
def shipped_rows() -> tuple[tuple[KLRate, ...], tuple[MileageRate, ...]]:
    """The shipped rows, read once per process."""
    return load_kl_file(rates_dir() / "kl.toml"), load_mileage_file(rates_dir() / "state_mileage.toml")


@lru_cache(maxsize=64)
def _table(kl_overrides: tuple[KLRate, ...], mileage_overrides: tuple[MileageRate, ...]) -> RateTable:
    kl, mileage = shipped_rows()
    kl_o = tuple(replace(validate_kl_row(r), override=True) for r in kl_overrides)
    mi_o = tuple(replace(validate_mileage_row(r), override=True) for r in mileage_overrides)
    return RateTable(kl + kl_o, mileage + mi_o)


def load_rates(kl_overrides: tuple[KLRate, ...] | list[KLRate] = (),
               mileage_overrides: tuple[MileageRate, ...] | list[MileageRate] = ()) -> RateTable:
    """The shipped tables with the family's overrides layered over them (cached per overrides)."""
    return _table(tuple(kl_overrides), tuple(mileage_overrides))


def clear_cache() -> None:
    """Forget loaded tables (tests only)."""
    shipped_rows.cache_clear()
    _table.cache_clear()


__all__ = [
    "FIELD_LABELS", "KL_FIELDS", "MILEAGE_FIELDS", "RateTable", "RateValue", "load_kl_file",
    "load_mileage_file", "load_rates", "validate_kl_row", "validate_mileage_row",
]
