"""The shipped Danish holiday table: the same as the ``holidays`` package, and read without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays

from aflastapp.core import calendar as cal


def _shipped() -> dict[str, object]:
    data = json.loads(cal.table_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_table_matches_holidays_package_for_every_year() -> None:
    data = _shipped()
    years = data["years"]
    assert isinstance(years, dict)
    assert (data["first_year"], data["last_year"]) == (cal.TABLE_FIRST_YEAR, cal.TABLE_LAST_YEAR)
    assert sorted(years) == [f"{y:04d}" for y in range(cal.TABLE_FIRST_YEAR, cal.TABLE_LAST_YEAR + 1)]
    stale = []
    for year in range(cal.TABLE_FIRST_YEAR, cal.TABLE_LAST_YEAR + 1):
        expected = dict(holidays.country_holidays("DK", years=year, language="da").items())
        if cal.danish_holidays(year) != expected:
            stale.append(year)
    assert not stale, ("resources/calendar/dk_public_holidays.json differs from the holidays package for "
                       f"{stale}; run: uv run python -m aflastapp.core.calendar --regenerate")


def test_regenerate_writes_what_is_shipped(tmp_path: Path) -> None:
    target = cal.regenerate(tmp_path / "calendar" / "dk.json")
    assert json.loads(target.read_text(encoding="utf-8"))["years"] == _shipped()["years"]


def test_store_bededag_until_2023_and_easter_from_table() -> None:
    assert cal.holiday_name(date(2023, 5, 5)) == "Store bededag"
    assert cal.holiday_name(date(2024, 4, 26)) is None
    assert all(name != "Store bededag" for name in cal.danish_holidays(2024).values())
    assert cal.holiday_name(date(2026, 4, 3)) == "Langfredag"
    assert cal.holiday_name(date(2000, 12, 26)) == "Anden juledag"
    assert cal.holiday_name(date(2100, 1, 1)) == "Nytårsdag"


def test_year_outside_table_falls_back_to_the_package() -> None:
    assert 1999 < cal.TABLE_FIRST_YEAR
    got = cal.danish_holidays(1999)
    assert got == dict(holidays.country_holidays("DK", years=1999, language="da").items())
    assert got[date(1999, 4, 30)] == "Store bededag"
    assert not cal.is_working_day(date(1999, 4, 30))  # a Friday, closed by Store bededag
    assert cal.is_working_day(date(1999, 12, 27))  # Monday after Anden juledag (a Sunday)


def test_working_days_do_not_import_the_holidays_package() -> None:
    code = ("import sys\n"
            "from datetime import date\n"
            "from aflastapp.core.calendar import is_working_day, working_days_before\n"
            "assert not is_working_day(date(2026, 4, 3))\n"
            "assert working_days_before(date(2026, 4, 15), 14) == date(2026, 3, 23)\n"
            "print('holidays' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         env={**os.environ}, check=True)
    assert out.stdout.strip() == "False"


def test_regenerate_command_refuses_other_arguments() -> None:
    assert cal.main(["--frobnicate"]) == 2
