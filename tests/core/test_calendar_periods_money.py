"""Working days, periods and Danish formatting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from aflastapp.core.calendar import is_working_day, working_days_before, working_days_between
from aflastapp.core.errors import ValidationError
from aflastapp.core.models import Settings
from aflastapp.core.money import format_date, format_km, format_kr, format_number, round_ore
from aflastapp.core.periods import months_in, parse_period, period_label, period_of


def test_slagelse_14_working_days_before_meeting_wed_2026_04_15_is_mon_2026_03_23() -> None:
    assert working_days_before(date(2026, 4, 15), 14) == date(2026, 3, 23)


def test_easter_days_are_not_working_days() -> None:
    for d in (date(2026, 4, 2), date(2026, 4, 3), date(2026, 4, 6)):  # skærtorsdag, langfredag, 2. påskedag
        assert not is_working_day(d)
    assert is_working_day(date(2026, 4, 7))
    assert working_days_between(date(2026, 3, 30), date(2026, 4, 10)) == 7


def test_christmas_and_closed_days() -> None:
    # 2025: 24 Wed (closed), 25-26 holidays, 31 Wed (closed)
    assert working_days_between(date(2025, 12, 22), date(2025, 12, 31)) == 4  # 22, 23, 29, 30
    assert not is_working_day(date(2025, 6, 5))  # grundlovsdag closed by default
    assert is_working_day(date(2025, 5, 1))  # 1 May open by default
    assert not is_working_day(date(2025, 5, 1), Settings(closed_days=((5, 1),)))
    assert is_working_day(date(2025, 12, 24), Settings(closed_days=()))


def test_store_bededag_only_until_2023() -> None:
    assert not is_working_day(date(2023, 5, 5))
    assert is_working_day(date(2024, 4, 26))


def test_parse_period_forms() -> None:
    assert parse_period("2026-03") == (date(2026, 3, 1), date(2026, 3, 31))
    assert parse_period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert parse_period("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert parse_period("2026-q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert parse_period("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    assert months_in("2026-Q2") == [(2026, 4), (2026, 5), (2026, 6)]
    assert period_of(date(2026, 5, 9), "quarter") == "2026-Q2"
    assert period_label("2026-Q1") == "1. kvartal 2026" and period_label("2026-03") == "marts 2026"


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "26-03", "marts", "", "2026-3"])
def test_bad_period_names_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_period(bad)
    assert exc.value.problems[0].field == "periode"


def test_money_formatting_and_rounding() -> None:
    assert round_ore(Decimal("93.075")) == Decimal("93.08")
    assert round_ore(Decimal("0.005")) == Decimal("0.01")
    assert format_kr(Decimal("1234.5")) == "1.234,50 kr."
    assert format_kr(Decimal("1234567.891")) == "1.234.567,89 kr."
    assert format_kr(Decimal("1234.5"), "en") == "DKK 1,234.50"
    assert format_kr(Decimal("-5")) == "-5,00 kr."
    assert format_kr(None) == "mangler sats"
    assert format_date(date(2026, 3, 6)) == "06.03.2026"
    assert format_date(date(2026, 3, 6), "en") == "2026-03-06"
    assert format_km(Decimal("12.5")) == "12,5 km" and format_km(Decimal("1200")) == "1.200 km"


def test_format_number_repeats_and_refuses_floats() -> None:
    # formatted amounts are cached by value: equal amounts with other exponents read alike,
    # the English form is not served from the Danish one, and a float is never taken for money
    assert format_number(Decimal("1.5")) == format_number(Decimal("1.50")) == "1,50"
    assert format_number(Decimal("1234.5"), "en") == "1,234.50"
    assert format_number(Decimal("1234.5")) == "1.234,50"
    assert format_number(Decimal("-0.001")) == "0,00"
    with pytest.raises(AttributeError):
        format_number(1.5)  # type: ignore[arg-type]
