"""Working days: Monday to Friday, except Danish public holidays and the family's closed days.

Public holidays come from the ``holidays`` package (country DK; Store Bededag only up to 2023).
The family's closed days default to 24 December, 31 December and 5 June (``Settings.closed_days``);
1 May is a working day unless the family closes it.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from aflastapp.core.models import Settings

_ONE = timedelta(days=1)


@lru_cache(maxsize=256)
def danish_holidays(year: int) -> dict[date, str]:
    """Danish public holidays of ``year`` with their Danish names (cached per year)."""
    return dict(holidays.country_holidays("DK", years=year, language="da").items())


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


def next_working_day(d: date, settings: Settings | None = None) -> date:
    """``d`` itself when it is a working day, else the next one."""
    s = settings or Settings()
    cur = d
    while not is_working_day(cur, s):
        cur += _ONE
    return cur
