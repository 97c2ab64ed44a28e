"""Periods the family reports for: a month ("2026-03"), a quarter ("2026-Q1") or a year ("2026")."""

from __future__ import annotations

import calendar as _stdcal
import functools
import re
from collections.abc import Iterator
from datetime import date
from typing import Literal

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem

PeriodKind = Literal["month", "quarter", "year"]

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def month_end(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[1])


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later, clipped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = d.year * 12 + (d.month - 1) + months
    y, m = divmod(index, 12)
    return date(y, m + 1, min(d.day, _stdcal.monthrange(y, m + 1)[1]))


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def parse_period(text: str, field: str = "periode") -> tuple[date, date]:
    """``"2026-03"`` / ``"2026-Q1"`` / ``"2026"`` → (first day, last day), both inclusive."""
    s = text.strip() if isinstance(text, str) else ""
    if m := _MONTH.match(s):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12 and y >= 1:
            return date(y, mo, 1), month_end(y, mo)
    elif m := _QUARTER.match(s):
        y, q = int(m[1]), int(m[2])
        if y >= 1:
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q)
    elif m := _YEAR.match(s):
        y = int(m[1])
        if y >= 1:
            return date(y, 1, 1), date(y, 12, 31)
    raise ValidationError(problem(field, "problem.not_a_period", value=text))


def period_kind(text: str) -> PeriodKind:
    parse_period(text)
    s = text.strip()
    if _QUARTER.match(s):
        return "quarter"
    return "month" if _MONTH.match(s) else "year"


def period_of(d: date, kind: PeriodKind | str) -> str:
    """The period containing ``d``: ``"2026-03"``, ``"2026-Q1"`` or ``"2026"``."""
    if kind == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if kind == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d.month)}"
    if kind == "year":
        return f"{d.year:04d}"
    raise ValueError(f"unknown period kind {kind!r}")


def months_in(text: str) -> list[tuple[int, int]]:
    """The calendar months of a period, in order."""
    start, end = parse_period(text)
    return list(iter_months(start, end))


def iter_months(start: date, end: date) -> Iterator[tuple[int, int]]:
    """Every (year, month) from start's month to end's month, inclusive."""
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = next_month(y, m)


@functools.lru_cache(maxsize=1024)  # ten years of deadlines name the same few hundred periods
def period_label(text: str, lang: str = "da") -> str:
    """``"2026-03"`` → ``"marts 2026"``, ``"2026-Q1"`` → ``"1. kvartal 2026"``, ``"2026"`` → ``"2026"``."""
    from aflastapp.core.money import format_month

    kind = period_kind(text)
    start, _ = parse_period(text)
    if kind == "month":
        return format_month(start.year, start.month, lang)
    if kind == "quarter":
        q = quarter_of(start.month)
        return f"{q}. kvartal {start.year}" if lang == "da" else f"Q{q} {start.year}"
    return str(start.year)
