"""Deadlines of every kind, with severity, source, assumed and done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from aflastapp.core.deadlines import compute_deadlines
from aflastapp.core.models import (
    DeadlineKind,
    ExportedFile,
    Meeting,
    Note,
    Severity,
    Submission,
)
from tests.core.helpers import expense, snapshot, stay, trip

K = DeadlineKind
WIDE = (date(2015, 1, 1), date(2040, 12, 31))


def of_kind(s, kind, include_done=False, today=date(2026, 1, 1)):
    return [d for d in compute_deadlines(s, *WIDE, today, include_done=include_done) if d.kind == kind]


def test_slagelse_status_report_14_working_days_before_the_meeting() -> None:
    s = snapshot("slagelse", meetings=(Meeting("m1", "k1", datetime(2026, 4, 15, 10, 0)),))
    (d,) = of_kind(s, K.STATUS_REPORT)
    assert d.date == date(2026, 3, 23) and d.severity == Severity.REQUIRED
    assert d.source == "slagelse-aflastning.txt: Statusudtalelse" and not d.assumed
    assert d.period == "m1" and "15.04.2026" in d.title


def test_status_report_default_lead_is_assumed_and_letter_date_wins() -> None:
    s = snapshot(
        "randers",
        meetings=(
            Meeting("m1", "k1", datetime(2026, 4, 15, 10, 0)),
            Meeting("m2", "k1", datetime(2026, 9, 1, 10), report_due=date(2026, 8, 20)),
        ),
    )
    d1, d2 = of_kind(s, K.STATUS_REPORT)
    assert d1.assumed and d1.date == date(2026, 3, 27)  # 10 working days back over Easter
    assert d2.date == date(2026, 8, 20) and not d2.assumed


def test_status_report_done_by_a_submission_for_the_meeting() -> None:
    s = snapshot(
        "slagelse",
        meetings=(Meeting("m1", "k1", datetime(2026, 4, 15, 10, 0)),),
        submissions=(Submission("status_report", "k1", "m1", date(2026, 3, 20)),),
    )
    assert of_kind(s, K.STATUS_REPORT) == []
    (d,) = of_kind(s, K.STATUS_REPORT, include_done=True)
    assert d.done


def test_morsoe_q1_driving_is_due_30_april_and_forfeits() -> None:
    s = snapshot("morsoe", trips=(trip("2026-01-10", "20", "t1"), trip("2026-03-31", "20", "t2")))
    (d,) = of_kind(s, K.DRIVING_REPORT)
    assert d.date == date(2026, 4, 30) and d.severity == Severity.FORFEIT and d.period == "2026-Q1"
    assert d.source == "morsoe-plejefamilier.md: Supplerende ydelser til plejefamilier" and not d.assumed
    assert "bortfalder" in d.detail


def test_randers_driving_by_the_5th_and_at_most_two_months_unreported() -> None:
    s = snapshot("randers", trips=(trip("2026-03-10", "20"), trip("2026-03-24", "12", "t2")))
    monthly, last = of_kind(s, K.DRIVING_REPORT)
    assert (monthly.date, monthly.period) == (date(2026, 4, 5), "2026-03")
    assert monthly.severity == Severity.REQUIRED
    assert not monthly.assumed and "05.05.2026" in monthly.detail
    # the two-month limit is a deadline of its own: the last allowed date, 5 May
    assert (last.date, last.period, last.severity) == (date(2026, 5, 5), "2026-03", Severity.REQUIRED)
    assert last.title == "Sidste frist: kørsel for marts 2026 skal være indberettet senest 05.05.2026"
    assert last.source == "randers-aflastning.txt: Regler for supplerende ydelser" and not last.assumed
    # a submission for March marks both done
    sent = replace(s, submissions=(Submission("driving_report", "k1", "2026-03", date(2026, 4, 2)),))
    assert of_kind(sent, K.DRIVING_REPORT) == []
    both = of_kind(sent, K.DRIVING_REPORT, include_done=True)
    assert [(d.date, d.done) for d in both] == [(date(2026, 4, 5), True), (date(2026, 5, 5), True)]
    # late: still unreported on 6 April, the last date stays open and is not overdue yet
    late = compute_deadlines(s, date(2026, 4, 6), date(2026, 12, 31), date(2026, 4, 6))
    assert [(d.date, d.detail.startswith("Fristen er overskredet")) for d in late
            if d.kind == K.DRIVING_REPORT] == [(date(2026, 5, 5), False)]


def test_randers_last_date_is_not_merged_into_the_next_months_deadline() -> None:
    s = snapshot("randers", trips=(trip("2026-03-10", "20"), trip("2026-04-02", "8", "t2")))
    got = [(d.date, d.period, d.title.startswith("Sidste frist")) for d in of_kind(s, K.DRIVING_REPORT)]
    assert got == [
        (date(2026, 4, 5), "2026-03", False),
        (date(2026, 5, 5), "2026-03", True),
        (date(2026, 5, 5), "2026-04", False),
        (date(2026, 6, 5), "2026-04", True),
    ]
    # reporting April does not settle March
    s2 = replace(s, submissions=(Submission("driving_report", "k1", "2026-04", date(2026, 5, 1)),))
    assert [d.period for d in of_kind(s2, K.DRIVING_REPORT)] == ["2026-03", "2026-03"]


def test_no_last_date_where_the_handbook_sets_no_limit() -> None:
    s = snapshot("haderslev", trips=(trip("2026-03-10", "20"),))
    assert [d.date for d in of_kind(s, K.DRIVING_REPORT)] == [date(2026, 4, 5)]


def test_driving_elsewhere_monthly_family_default_assumed() -> None:
    s = replace(snapshot("haderslev", trips=(trip("2026-01-10", "20"),)))
    (d,) = of_kind(s, K.DRIVING_REPORT)
    assert d.date == date(2026, 2, 5) and d.assumed
    assert "haderslev-netvaerksfamilie.txt: Kørsel" in d.source


def test_nights_report_monthly_done_by_month_or_covering_quarter() -> None:
    stays = (
        stay("2026-01-09T14:00", "2026-01-11T17:00", "s1"),
        stay("2026-02-06T14:00", "2026-02-08T17:00", "s2"),
    )
    s = snapshot("slagelse", stays=stays)
    got = of_kind(s, K.NIGHTS_REPORT)
    assert [(d.period, d.date, d.assumed) for d in got] == [
        ("2026-01", date(2026, 2, 5), True),
        ("2026-02", date(2026, 3, 5), True),
    ]
    s2 = replace(s, submissions=(Submission("nights_report", "k1", "2026-Q1", date(2026, 3, 1)),))
    assert of_kind(s2, K.NIGHTS_REPORT) == []
    s3 = replace(s, submissions=(Submission("nights_report", "k1", "2026-01", date(2026, 2, 1)),))
    assert [d.period for d in of_kind(s3, K.NIGHTS_REPORT)] == ["2026-02"]


def test_expense_claim_and_randers_year_end_and_receipt_retention() -> None:
    s = snapshot(
        "randers", expenses=(expense("2025-12-10", "100"), expense("2025-11-02", "50", approval="", eid="e2"))
    )
    (claim,) = of_kind(s, K.EXPENSE_CLAIM)
    assert claim.date == date(2026, 1, 5) and not claim.assumed
    (ye,) = of_kind(s, K.YEAR_END_DOCUMENTATION)
    assert ye.date == date(2026, 1, 5) and ye.period == "2025"
    (rr,) = of_kind(s, K.RECEIPT_RETENTION)
    assert rr.date == date(2027, 12, 10) and rr.severity == Severity.REMINDER
    claimed = replace(s, submissions=(Submission("expense_claim", "k1", "2025-12", date(2026, 1, 2)),))
    assert of_kind(claimed, K.YEAR_END_DOCUMENTATION) == []


def test_slagelse_document_retention_one_month_after_export() -> None:
    f = ExportedFile(7, "nights_report", "k1", "2026-02", "/tmp/x.pdf", date(2026, 3, 31))
    s = replace(snapshot("slagelse"), exported_files=(f,))
    (d,) = of_kind(s, K.DOCUMENT_RETENTION)
    assert d.date == date(2026, 4, 30) and d.source.startswith("slagelse-aflastning.txt")
    # the title names the document as the family knows it, not by its internal code
    assert d.title == (
        "Slet den gemte kopi af Indberetning af aflastningsdøgn for februar 2026, gemt 31.03.2026"
    )
    deleted = replace(s, exported_files=(replace(f, deleted_on=date(2026, 4, 2)),))
    assert of_kind(deleted, K.DOCUMENT_RETENTION) == []
    assert of_kind(replace(snapshot("randers"), exported_files=(f,)), K.DOCUMENT_RETENTION) == []


def test_morsoe_contract_ends_end_of_month_child_turns_18_and_notice_periods() -> None:
    s = snapshot("morsoe", birth=date(2010, 5, 17), start=date(2025, 1, 1), terminated_on=date(2026, 3, 10))
    ends = of_kind(s, K.CONTRACT_END)
    # 30 days' notice; the reminder of the end at 18 (May 2028) is not shown for a terminated contract
    assert [d.date for d in ends] == [date(2026, 4, 9)]
    running = snapshot("morsoe", birth=date(2010, 5, 17), start=date(2025, 1, 1))
    assert [d.date for d in of_kind(running, K.CONTRACT_END)] == [date(2028, 5, 31)]
    early = snapshot("slagelse", start=date(2026, 1, 1), terminated_on=date(2026, 2, 1))
    (d,) = of_kind(early, K.CONTRACT_END)
    assert d.date == date(2026, 2, 15)  # 14 days within the first 3 months
    late = snapshot("slagelse", start=date(2025, 1, 1), terminated_on=date(2026, 1, 31))
    assert of_kind(late, K.CONTRACT_END)[0].date == date(2026, 2, 28)  # one month


def test_age_change_tenth_birthday_and_nyborg_cap_birthdays() -> None:
    s = snapshot("slagelse", birth=date(2016, 8, 20))
    assert [d.date for d in of_kind(s, K.AGE_CHANGE)] == [date(2026, 8, 20)]
    ny = snapshot("nyborg", birth=date(2016, 8, 20))
    assert [d.date for d in of_kind(ny, K.AGE_CHANGE)] == [
        date(2019, 8, 20),
        date(2022, 8, 20),
        date(2026, 8, 20),
        date(2026, 8, 20),
        date(2030, 8, 20),
    ]


def test_magtanvendelse_note_must_be_reported_the_same_day() -> None:
    note = Note("n1", "b1", date(2026, 2, 3), "…", tags=("magtanvendelse",))
    s = snapshot("randers", notes=(note, Note("n2", "b1", date(2026, 2, 4), "…", tags=("skole",))))
    (d,) = of_kind(s, K.INCIDENT_REPORT)
    assert d.date == date(2026, 2, 3) and "barnets rådgiver" in d.title and d.severity == Severity.REQUIRED
    assert d.source == "randers-aflastning.txt: Magtanvendelse"
    done = replace(s, submissions=(Submission("incident_report", "k1", "n1", date(2026, 2, 3)),))
    assert of_kind(done, K.INCIDENT_REPORT) == []


def test_range_filter_overdue_detail_and_order() -> None:
    s = snapshot(
        "slagelse", stays=(stay("2026-01-09T14:00", "2026-01-11T17:00"),), trips=(trip("2026-01-10", "20"),)
    )
    got = compute_deadlines(s, date(2026, 2, 1), date(2026, 2, 28), today=date(2026, 2, 20))
    assert [d.kind for d in got] == [K.DRIVING_REPORT, K.NIGHTS_REPORT]
    assert all(d.detail.startswith("Fristen er overskredet") for d in got)
    assert compute_deadlines(s, date(2026, 3, 1), date(2026, 3, 31), today=date(2026, 2, 20)) == []
