"""check_stay: the warnings shown while the family types a stay."""

from __future__ import annotations

from datetime import date

from aflastapp.core.checks import check_stay
from aflastapp.core.models import StayStatus, WarningCode
from tests.core.helpers import snapshot, stay


def codes(ws: list) -> set[WarningCode]:  # type: ignore[type-arg]
    return {w.code for w in ws}


def test_overlap_with_another_stay_of_the_same_child() -> None:
    s = snapshot("slagelse", stays=(stay("2026-03-06T14:00", "2026-03-08T17:00", "s1"),))
    assert WarningCode.STAY_OVERLAP in codes(
        check_stay(s, stay("2026-03-08T10:00", "2026-03-09T10:00", "new"))
    )
    assert check_stay(s, stay("2026-03-08T17:00", "2026-03-09T10:00", "new")) == []  # touching is fine
    # editing the same stay does not overlap itself; a cancelled stay does not occupy the time
    assert check_stay(s, stay("2026-03-06T15:00", "2026-03-08T17:00", "s1")) == []
    cancelled = snapshot(
        "slagelse",
        stays=(
            stay(
                "2026-03-06T14:00",
                "2026-03-08T17:00",
                "s1",
                status=StayStatus.CANCELLED,
                cancelled_at="2026-03-01T10:00",
            ),
        ),
    )
    assert check_stay(cancelled, stay("2026-03-07T10:00", "2026-03-09T10:00", "new")) == []


def test_over_the_slagelse_cap_counts_the_rest_of_the_month() -> None:
    s = snapshot("slagelse", stays=(stay("2026-03-01T14:00", "2026-03-11T10:00", "s1"),))  # 10 døgn
    assert check_stay(s, stay("2026-03-20T14:00", "2026-03-24T10:00", "new")) == []  # 14
    ws = check_stay(s, stay("2026-03-20T14:00", "2026-03-25T10:00", "new"))  # 15
    assert codes(ws) == {WarningCode.MAX_NIGHTS_EXCEEDED}
    assert ws[0].on == date(2026, 3, 1) and "15 døgn" in ws[0].message


def test_nyborg_too_long_and_placement() -> None:
    s = snapshot("nyborg", birth=date(2010, 1, 1))
    ws = check_stay(s, stay("2026-07-01T10:00", "2026-07-17T10:00", "new"))  # 16 døgn
    assert codes(ws) == {
        WarningCode.STAY_TOO_LONG,
        WarningCode.MAX_NIGHTS_EXCEEDED,
        WarningCode.PLACEMENT_THRESHOLD,
    }


def test_unpaid_stay_is_not_counted_against_the_cap() -> None:
    s = snapshot("slagelse", stays=(stay("2026-03-01T14:00", "2026-03-11T10:00", "s1"),))
    ws = check_stay(
        s,
        stay(
            "2026-03-20T14:00",
            "2026-03-26T10:00",
            "new",
            status=StayStatus.CANCELLED,
            cancelled_at="2026-03-10T10:00",
        ),
    )
    assert codes(ws) == {WarningCode.REPLACEMENT_STAY_DUE}
