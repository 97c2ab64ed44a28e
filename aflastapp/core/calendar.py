"""Working days: Monday to Friday, except Danish public holidays and the family's closed days.

Public holidays come from the ``holidays`` package (country DK, Danish names; Store Bededag only up
to 2023). Importing that package costs a large share of the app's start-up (its ``__init__`` imports
every country's calendar), so its output for the app's date range (2000–2100) is shipped as data in
``resources/calendar/dk_public_holidays.json`` and read once. The table is generated from
``holidays`` by ``python -m aflastapp.core.calendar --regenerate``; a test compares it with the
package year by year, so an update of ``holidays`` that moves a date fails until the table is
regenerated. A year outside the table falls back to importing ``holidays``.

The family's closed days default to 24 December, 31 December and 5 June (``Settings.closed_days``);
1 May is a working day unless the family closes it.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from aflastapp.core.models import Settings
from aflastapp.resources import resource_path

_ONE = timedelta(days=1)

TABLE_FIRST_YEAR = 2000
TABLE_LAST_YEAR = 2100
TABLE_PARTS = ("calendar", "dk_public_holidays.json")


def table_path() -> Path:
    """Where the shipped holiday table is."""
    return resource_path(*TABLE_PARTS)


def holidays_from_package(year: int) -> dict[date, str]:
    """Denmark's public holidays of ``year`` straight from the ``holidays`` package (slow import)."""
    import holidays  # deferred: importing it loads every country's calendar

    return dict(holidays.country_holidays("DK", years=year, language="da").items())


@lru_cache(maxsize=1)
def _table() -> dict[int, dict[date, str]]:
    """The shipped table, by year (read once)."""
    with table_path().open(encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[int, dict[date, str]] = {}
    for year_text, days in data["years"].items():
        year = int(year_text)
        out[year] = {date.fromisoformat(f"{year_text}-{md}"): name for md, name in days.items()}
    return out


@lru_cache(maxsize=256)
def danish_holidays(year: int) -> dict[date, str]:
    """Danish public holidays of ``year`` with their Danish names (cached per year)."""
    table = _table()
    if year in table:
        return table[year]
    return holidays_from_package(year)


def holiday_name(d: date) -> str | None:
    return danish_holidays(d.year).get(d)


def is_closed_day(d: date, settings: Settings) -> bool:
    """A day the family treats as closed although it is a weekday (24/12, 31/12, 5/6 by default)."""
    return (d.month, d.day) in settings.closed_days


def is_working_day(d: date, settings: Settings | None = None) -> bool:
    s = settings or Settings()
    return d.weekday() < 5 and d not in danish_holidays(d.year) and not is_closed_day(d, s)


def working_days_before(d: date, n: int, settings: Settings | None = None) -> date:
    """The ``n``-th working day counted back from the day before ``d`` (n ≥ 1).

    A report due "14 arbejdsdage inden" a meeting on Wednesday 2026-04-15 is due Monday 2026-03-23
    (Easter 2026 removes Maundy Thursday, Good Friday and Easter Monday).
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    s = settings or Settings()
    cur = d
    count = 0
    while count < n:
        cur -= _ONE
        if is_working_day(cur, s):
            count += 1
    return cur


def working_days_between(start: date, end: date, settings: Settings | None = None) -> int:
    """How many working days lie in [start, end] (inclusive; 0 when end < start)."""
    s = settings or Settings()
    count = 0
    cur = start
    while cur <= end:
        if is_working_day(cur, s):
            count += 1
        cur += _ONE
    return count


def table_from_package(first: int = TABLE_FIRST_YEAR, last: int = TABLE_LAST_YEAR) -> dict[str, object]:
    """The table's content as generated from the ``holidays`` package (what the file must hold)."""
    import holidays

    years: dict[str, dict[str, str]] = {}
    for year in range(first, last + 1):
        days = holidays_from_package(year)
        years[f"{year:04d}"] = {f"{d.month:02d}-{d.day:02d}": days[d] for d in sorted(days)}
    return {
        "about": "Danish public holidays (Danish names), generated from the holidays package by "
                 "'python -m aflastapp.core.calendar --regenerate'; do not edit by hand",
        "holidays_version": getattr(holidays, "__version__", ""),
        "first_year": first,
        "last_year": last,
        "years": years,
    }


def regenerate(path: Path | None = None) -> Path:
    """Write the table from the ``holidays`` package (run after updating the package)."""
    target = path or table_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(table_from_package(), ensure_ascii=False, indent=1) + "\n"
    target.write_text(text, encoding="utf-8")
    _table.cache_clear()
    danish_holidays.cache_clear()
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--regenerate"]:
        print("usage: python -m aflastapp.core.calendar --regenerate", file=sys.stderr)
        return 2
    print(f"wrote {regenerate()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
