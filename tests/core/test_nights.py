"""Døgn counting: the handbooks' worked examples and the exact definitions."""

from __future__ import annotations

from datetime import date

import pytest

from aflastapp.core.models import CountingMethod, StayStatus, WarningCode
from aflastapp.core.nights import count_nights, night_dates, stay_paid
from aflastapp.core.rules import load_rule_set
from tests.core.helpers import stay

OVERNIGHT = CountingMethod.OVERNIGHT
NOON = CountingMethod.NOON_TO_NOON


def test_slagelse_friday_14_to_sunday_17_is_two_doegn() -> None:
    # slagelse-aflastning.txt, Hoteldøgn: "fra fredag kl. 14 til søndag [...] kl. 17 honoreres for 2 døgn"
    nights = count_nights(stay("2026-03-06T14:00", "2026-03-08T17:00"), OVERNIGHT)
    assert nights == [date(2026, 3, 6), date(2026, 3, 7)]


def test_slagelse_friday_14_to_monday_morning_is_three_doegn() -> None:
    assert len(count_nights(stay("2026-03-06T14:00", "2026-03-09T08:00"), OVERNIGHT)) == 3


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("2026-03-07T10:00", 1),  # fredag til lørdag = 1 døgn
        ("2026-03-08T10:00", 2),  # fredag til søndag = 2 døgn
        ("2026-03-09T10:00", 3),  # fredag til mandag = 3 døgn
        ("2026-03-08T20:00", 2),  # fredag kl. 14.00 til søndag kl. 20.00 = to døgn
    ],
)
def test_randers_examples(end: str, expected: int) -> None:
    assert len(count_nights(stay("2026-03-06T14:00", end), OVERNIGHT)) == expected


def test_daytime_stay_is_zero_overnight_but_one_noon_to_noon() -> None:
    s = stay("2026-03-07T09:00", "2026-03-07T16:00")
    assert count_nights(s, OVERNIGHT) == []
    assert count_nights(s, NOON) == [date(2026, 3, 7)]


def test_nyborg_noon_to_noon_counts_each_noon_inside_the_stay() -> None:
    # Fri 14:00 -> Sun 17:00: noons Sat 12 and Sun 12 -> 2 døgn, on Sat and Sun
    assert count_nights(stay("2026-03-06T14:00", "2026-03-08T17:00"), NOON) == [
        date(2026, 3, 7),
        date(2026, 3, 8),
    ]
    # Fri 10:00 -> Sun 11:00: noons Fri 12, Sat 12 -> 2 (Sunday noon is after the end)
    assert count_nights(stay("2026-03-06T10:00", "2026-03-08T11:00"), NOON) == [
        date(2026, 3, 6),
        date(2026, 3, 7),
    ]
    # a stay starting exactly at noon includes it; one ending exactly at noon does not
    assert count_nights(stay("2026-03-06T12:00", "2026-03-07T12:00"), NOON) == [date(2026, 3, 6)]


def test_overnight_month_boundary_belongs_to_the_date_of_the_night() -> None:
    nights = count_nights(stay("2026-03-31T15:00", "2026-04-02T10:00"), OVERNIGHT)
    assert nights == [date(2026, 3, 31), date(2026, 4, 1)]


def test_end_before_start_counts_nothing() -> None:
    assert count_nights(stay("2026-03-07T10:00", "2026-03-06T10:00"), OVERNIGHT) == []
    assert count_nights(stay("2026-03-07T10:00", "2026-03-06T10:00"), NOON) == []


def test_slagelse_cancelled_the_same_day_is_paid() -> None:
    s = stay(
        "2026-03-06T14:00", "2026-03-08T17:00", status=StayStatus.CANCELLED, cancelled_at="2026-03-06T08:30"
    )
    nds = night_dates(s, load_rule_set("slagelse"))
    assert [n.paid for n in nds] == [True, True]
    assert "Vederlag ved sygdom" in nds[0].explanation.source


def test_slagelse_cancelled_the_day_before_is_not_paid_and_a_replacement_is_due() -> None:
    s = stay(
        "2026-03-06T14:00", "2026-03-08T17:00", status=StayStatus.CANCELLED, cancelled_at="2026-03-05T21:00"
    )
    paid, _why, warnings = stay_paid(s, load_rule_set("slagelse"))
    assert not paid
    assert [w.code for w in warnings] == [WarningCode.REPLACEMENT_STAY_DUE]
    assert "erstatningsophold" in warnings[0].message
    assert all(not n.paid for n in night_dates(s, load_rule_set("slagelse")))


def test_slagelse_no_show_is_paid() -> None:
    s = stay("2026-03-06T14:00", "2026-03-08T17:00", status=StayStatus.NO_SHOW)
    assert stay_paid(s, load_rule_set("slagelse"))[0] is True


@pytest.mark.parametrize("municipality", ["randers", "nyborg", "haderslev", "morsoe", "generic"])
@pytest.mark.parametrize("status", [StayStatus.CANCELLED, StayStatus.NO_SHOW])
def test_unknown_cancellation_policy_is_not_paid_with_warning(municipality: str, status: StayStatus) -> None:
    s = stay("2026-03-06T14:00", "2026-03-08T17:00", status=status, cancelled_at="2026-03-06T08:00")
    paid, why, warnings = stay_paid(s, load_rule_set(municipality))
    assert not paid and why.assumed
    assert [w.code for w in warnings] == [WarningCode.CANCELLATION_POLICY_UNKNOWN]


def test_night_dates_explain_the_counting_rule_and_its_source() -> None:
    nds = night_dates(stay("2026-03-06T14:00", "2026-03-08T17:00"), load_rule_set("nyborg"))
    assert [n.date for n in nds] == [date(2026, 3, 7), date(2026, 3, 8)]
    assert nds[0].explanation.source == "nyborg-aflastning-afloesning.txt: Aflastning uden for hjemmet"
    assert "kl. 12" in nds[0].explanation.text
    # Morsø's handbook does not define the døgn: hoteldøgn, marked assumed
    assert night_dates(stay("2026-03-06T14:00", "2026-03-08T17:00"), load_rule_set("morsoe"))[
        0
    ].explanation.assumed
