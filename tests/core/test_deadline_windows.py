"""A narrow window shows exactly the deadlines of the wide list that fall in it (the engine only
builds the periods that can be due in the window, so the edges must agree with the full list)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from aflastapp.core.deadlines import compute_deadlines
from aflastapp.core.models import DeadlineKind, Meeting, Note, Submission
from tests.core.helpers import expense, snapshot, stay, trip

WIDE = (date(2015, 1, 1), date(2040, 12, 31))
TODAY = date(2025, 6, 10)

WINDOWS = [
    (date(2025, 1, 1), date(2025, 1, 31)),    # January: December's reports are due here
    (date(2024, 12, 1), date(2025, 1, 10)),   # across the new year
    (date(2025, 2, 1), date(2025, 2, 28)),
    (date(2025, 4, 10), date(2025, 4, 10)),   # one day
    (date(2025, 3, 31), date(2025, 4, 1)),    # a month's last day and the next first day
    (date(2026, 1, 5), date(2026, 1, 5)),     # year-end documentation day (Randers)
    (date(2024, 11, 15), date(2025, 12, 31)),
    (date(2027, 1, 1), date(2027, 3, 31)),    # receipt retention years later
    (date(2030, 1, 1), date(2030, 12, 31)),   # nothing due
]


def _diary(municipality: str):  # type: ignore[no-untyped-def]
    stays = (stay("2024-12-27T14:00", "2025-01-03T10:00", "s1"),
             stay("2025-01-31T15:00", "2025-02-02T12:00", "s2"),
             stay("2025-03-28T16:00", "2025-04-01T09:00", "s3"),
             stay("2025-12-30T16:00", "2026-01-02T09:00", "s4"))
    trips = (trip("2024-12-30", "42", "t1"), trip("2025-01-02", "12.5", "t2"),
             trip("2025-03-31", "30", "t3"), trip("2025-04-01", "30", "t4"), trip("2025-12-31", "8", "t5"))
    expenses = (expense("2024-12-28", "200", eid="e1"), expense("2025-01-31", "150", eid="e2"),
                expense("2025-03-01", "90", eid="e3"), expense("2025-03-02", "40", approval="", eid="e4"))
    submissions = (Submission("nights_report", "k1", "2025-Q1", date(2025, 4, 2)),
                   Submission("nights_report", "k1", "2024-12", date(2025, 1, 2)),
                   Submission("driving_report", "k1", "2025", date(2026, 1, 2)),
                   Submission("expense_claim", "k1", "2025-01", date(2025, 2, 2)),
                   Submission("status_report", "k1", "m1", date(2025, 4, 1)))
    return snapshot(municipality, stays=stays, trips=trips, expenses=expenses, submissions=submissions,
                    meetings=(Meeting("m1", "k1", datetime(2025, 4, 15, 10, 0)),),
                    notes=(Note("n1", "b1", date(2025, 2, 3), "", tags=("magtanvendelse",)),))


@pytest.mark.parametrize("municipality", ["slagelse", "randers", "morsoe", "nyborg", "haderslev", "generic"])
@pytest.mark.parametrize("include_done", [False, True])
def test_window_equals_wide_list_cut_to_the_window(municipality: str, include_done: bool) -> None:
    s = _diary(municipality)
    wide = compute_deadlines(s, *WIDE, TODAY, include_done=include_done)
    kinds = {d.kind for d in compute_deadlines(s, *WIDE, TODAY, include_done=True)}
    assert {DeadlineKind.NIGHTS_REPORT, DeadlineKind.DRIVING_REPORT, DeadlineKind.STATUS_REPORT} <= kinds
    for first, last in WINDOWS:
        got = compute_deadlines(s, first, last, TODAY, include_done=include_done)
        assert got == [d for d in wide if first <= d.date <= last], (municipality, first, last)


def test_done_by_exact_period_by_covering_period_and_not_by_another_contract() -> None:
    s = _diary("slagelse")
    by = {(d.kind, d.period): d for d in compute_deadlines(s, *WIDE, TODAY, include_done=True)}
    K = DeadlineKind
    assert by[(K.NIGHTS_REPORT, "2024-12")].done            # exact period
    assert by[(K.NIGHTS_REPORT, "2025-02")].done            # inside the submitted quarter
    assert not by[(K.NIGHTS_REPORT, "2025-12")].done
    assert by[(K.EXPENSE_CLAIM, "2025-01")].done and not by[(K.EXPENSE_CLAIM, "2024-12")].done
    assert by[(K.STATUS_REPORT, "m1")].done
    other = replace(s, submissions=(Submission("nights_report", "k2", "2025-Q1", date(2025, 4, 2)),))
    again = {(d.kind, d.period): d for d in compute_deadlines(other, *WIDE, TODAY, include_done=True)}
    assert not again[(K.NIGHTS_REPORT, "2025-02")].done
