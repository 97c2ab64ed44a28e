"""Issue 12, rules round 2: one worked example per rule, from the handbook's own words.

Each test quotes the passage it checks; the figures are worked by hand from it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from aflastapp.core.deadlines import compute_deadlines
from aflastapp.core.earnings import preview_month
from aflastapp.core.models import (
    Child,
    Contract,
    DeadlineKind,
    DiarySnapshot,
    ExpenseCategory,
    Meeting,
    StayStatus,
    Submission,
    WarningCode,
)
from aflastapp.core.nights import night_dates
from aflastapp.core.rules import load_rule_set
from aflastapp.reports.driving import trips_with_lines
from tests.core.helpers import expense, snapshot, stay, trip

K = DeadlineKind
W = WarningCode
CAR = ExpenseCategory.CAR_SEAT


def codes(cm: object) -> list[WarningCode]:
    return [w.code for w in cm.warnings]  # type: ignore[attr-defined]


def warning(cm: object, code: WarningCode):  # type: ignore[no-untyped-def]
    found = [w for w in cm.warnings if w.code == code]  # type: ignore[attr-defined]
    assert len(found) == 1, [w.code for w in cm.warnings]  # type: ignore[attr-defined]
    return found[0]


def deadlines(s: DiarySnapshot, kind: DeadlineKind, start: str = "2018-01-01", end: str = "2030-12-31",
              include_done: bool = False) -> list:  # type: ignore[type-arg]
    return [d for d in compute_deadlines(s, date.fromisoformat(start), date.fromisoformat(end),
                                         date(2026, 1, 1), include_done=include_done) if d.kind == kind]


def month(s: DiarySnapshot, y: int, m: int):  # type: ignore[no-untyped-def]
    return preview_month(s, y, m).contracts[0]


# ============================================================================ Randers


def test_randers_december_driving_is_due_by_5_january_not_5_february() -> None:
    # "Ved årsskifte skal Myndighedscentret have modtaget dokumentation for det foregående år senest
    #  d. 5. januar." — wins over "Kørsel skal som minimum indberettes hver 2. måned".
    s = snapshot("randers", trips=(trip("2025-11-20", "10", "t1"), trip("2025-12-12", "10", "t2")))
    driving = deadlines(s, K.DRIVING_REPORT)
    by_period: dict[str, list[date]] = {}
    for d in driving:
        by_period.setdefault(d.period, []).append(d.date)
    assert by_period["2025-12"] == [date(2026, 1, 5)]  # no "Sidste frist … 05.02.2026"
    # November: regular 5 December, the last date is the year end (5 January), not 5 January anyway
    assert by_period["2025-11"] == [date(2025, 12, 5), date(2026, 1, 5)]
    assert not any(d.date == date(2026, 2, 5) for d in driving)
    (ye,) = deadlines(s, K.YEAR_END_DOCUMENTATION)
    assert ye.date == date(2026, 1, 5) and "kørsel" in ye.title  # driving is part of the year's papers
    assert ye.source == "randers-aflastning.txt: Supplerende ydelser til aflastningsfamilier"
    reported = replace(s, submissions=(Submission("driving_report", "k1", "2025-11", date(2025, 12, 3)),
                                       Submission("driving_report", "k1", "2025-12", date(2026, 1, 4))))
    assert deadlines(reported, K.YEAR_END_DOCUMENTATION) == []


def test_randers_car_seat_of_1600_counts_1500_unless_the_caseworker_approved_more() -> None:
    # "Autostol: kr. 1.500"
    s = snapshot("randers", expenses=(expense("2026-03-04", "1600", CAR),))
    cm = month(s, 2026, 3)
    assert cm.expenses.amount == Decimal("1500.00")
    w = warning(cm, W.EXPENSE_OVER_CAP)
    assert "1.600,00 kr." in w.message and "1.500,00 kr." in w.message
    assert w.source == "randers-aflastning.txt: Regler for supplerende ydelser"
    approved = replace(s, expenses=(replace(s.expenses[0], approved_amount=Decimal("1600")),))
    cm = month(approved, 2026, 3)
    assert cm.expenses.amount == Decimal("1600.00") and W.EXPENSE_OVER_CAP not in codes(cm)
    # an approved amount above what was spent counts what was spent
    more = replace(s, expenses=(replace(s.expenses[0], approved_amount=Decimal("2000")),))
    assert month(more, 2026, 3).expenses.amount == Decimal("1600.00")


def test_randers_booster_seat_250() -> None:
    # "Selepude kr. 250"
    s = snapshot("randers", expenses=(expense("2026-03-04", "299", ExpenseCategory.BOOSTER_SEAT),))
    cm = month(s, 2026, 3)
    assert cm.expenses.amount == Decimal("250.00") and W.EXPENSE_OVER_CAP in codes(cm)


def test_randers_car_seat_hint_to_borrow_one_first() -> None:
    # "Ved behov skal aflastningsfamilien i første omgang rette henvendelse til Administrationen med
    #  henblik på at låne en."
    rs = load_rule_set("randers")
    (hint,) = rs.hints_for(CAR)
    assert "låne" in hint and "Administrationen" in hint
    assert rs.expense_hints is not None and rs.expense_hints.source.endswith("Regler for supplerende ydelser")


def test_randers_nappies_are_agreed_from_age_5() -> None:
    # Bleer/ekstra tøj/vådliggertillæg/inkontinens: "For børn fra 5 år aftales bevilling med
    # administrativ medarbejder."
    young = snapshot("randers", birth=date(2022, 1, 1),
                     expenses=(expense("2026-03-04", "150", ExpenseCategory.BEDWETTING),))
    w = warning(month(young, 2026, 3), W.EXPENSE_BELOW_AGE)
    assert "fra 5 år" in w.message and "4 år" in w.message
    old = snapshot("randers", birth=date(2020, 1, 1),
                   expenses=(expense("2026-03-04", "150", ExpenseCategory.BEDWETTING),))
    assert W.EXPENSE_BELOW_AGE not in codes(month(old, 2026, 3))
    assert any("administrativ medarbejder" in h for h in load_rule_set("randers").hints_for("bedwetting"))


def test_randers_extras_paid_the_month_after_the_documentation_is_received() -> None:
    # "Alle supplerende ydelser udbetales som hovedregel senest i måneden efter Myndighedscentret har
    #  modtaget dokumentation."
    s = snapshot("randers", trips=(trip("2023-03-10", "10"),), expenses=(expense("2023-03-04", "100"),))
    cm = month(s, 2023, 3)
    # not sent yet: due 5 April, so paid in May at the latest
    assert cm.mileage_payment_month == (2023, 5) and cm.expenses_payment_month == (2023, 5)
    sent = replace(s, submissions=(Submission("driving_report", "k1", "2023-03", date(2023, 3, 31)),
                                   Submission("expense_claim", "k1", "2023-03", date(2023, 4, 3))))
    cm = month(sent, 2023, 3)
    assert cm.mileage_payment_month == (2023, 4) and cm.expenses_payment_month == (2023, 5)
    assert cm.payment_month == (2023, 4)  # vederlag and kost og logi: paid in arrears as before
    # elsewhere the extras follow the month as before
    assert month(snapshot("slagelse", trips=(trip("2023-03-10", "10"),)), 2023, 3).mileage_payment_month \
        == (2023, 4)


def test_randers_other_driving_than_to_and_from_the_stay_must_be_agreed() -> None:
    # "transportgodtgørelse … for aftalt kørsel med barnet: til og fra aflastningsfamilie … Anden kørsel
    #  som ønskes dækket, skal altid forinden være aftalt med Myndighedscentret."
    s = snapshot("randers", stays=(stay("2026-03-06T14:00", "2026-03-08T17:00"),),
                 trips=(trip("2026-03-06", "20", "pickup", approval=""),
                        trip("2026-03-08", "20", "dropoff", approval=""),
                        trip("2026-03-07", "15", "cinema", approval="")))
    cm = month(s, 2026, 3)
    assert cm.mileage_km == Decimal("40") and cm.trip_ids == ("pickup", "dropoff")
    w = warning(cm, W.TRIP_WITHOUT_APPROVAL)
    assert "07.03.2026" in w.message and w.source == "randers-aflastning.txt: Regler for supplerende ydelser"
    # the driving form lists only the counted trips
    assert [t.id for t, _ in trips_with_lines(s, "k1", [cm])] == ["pickup", "dropoff"]
    agreed = replace(s, trips=(*s.trips[:2], replace(s.trips[2], approval="Aftalt med Myndighedscentret")))
    assert month(agreed, 2026, 3).mileage_km == Decimal("55")


# ============================================================================ Haderslev and Nyborg


def test_haderslev_all_driving_agreed_beforehand() -> None:
    # "netværksfamilien kan få dækket al kørsel med barnet, som er forud aftalt med børne- og
    #  ungerådgiveren"
    s = snapshot("haderslev", stays=(stay("2026-03-06T14:00", "2026-03-08T17:00"),),
                 trips=(trip("2026-03-06", "20", "t1", approval=""),))
    cm = month(s, 2026, 3)
    assert cm.mileage_km == 0 and cm.mileage.amount == Decimal("0.00") and cm.trip_ids == ()
    assert warning(cm, W.TRIP_WITHOUT_APPROVAL).source == "haderslev-netvaerksfamilie.txt: Kørsel"
    assert deadlines(s, K.DRIVING_REPORT) == []  # nothing counted, nothing to report
    ok = replace(s, trips=(replace(s.trips[0], approval="Aftalt med rådgiveren 01.03"),))
    assert month(ok, 2026, 3).mileage_km == Decimal("20")


def test_nyborg_transport_is_the_parents_so_driving_must_be_agreed() -> None:
    # "Det er dit ansvar at: Sørge for transport til og fra aflastningstilbuddet."
    s = snapshot("nyborg", trips=(trip("2026-03-06", "20", approval=""),))
    w = warning(month(s, 2026, 3), W.TRIP_WITHOUT_APPROVAL)
    assert w.source == "nyborg-aflastning-afloesning.txt: Hvad er dit ansvar?"


def test_a_shared_trip_drops_only_the_share_that_needs_an_agreement() -> None:
    s = snapshot("slagelse", trips=(trip("2026-03-06", "20", "t1", contracts=("k1", "k2"), approval=""),))
    other = Contract("k2", "b1", "haderslev", date(2019, 1, 1), vederlag_count=0)
    s = replace(s, contracts=(*s.contracts, other))
    p = preview_month(s, 2026, 3)
    by = {c.contract_id: c for c in p.contracts}
    assert by["k1"].mileage_km == Decimal("10.00") and by["k2"].mileage_km == 0
    assert W.TRIP_WITHOUT_APPROVAL in codes(by["k2"]) and W.TRIP_WITHOUT_APPROVAL not in codes(by["k1"])


def test_haderslev_sickness_new_weekend_and_adviser_told() -> None:
    # "Hvis netværksfamilien er forhindret i at løse opgaven på grund af sygdom, aftales der en ny
    #  weekend for støtteopholdet i samarbejde med forældrene. Børne- og ungerådgiveren orienteres."
    s = snapshot("haderslev", stays=(stay("2026-03-06T14:00", "2026-03-08T17:00", status=StayStatus.SICK,
                                          cancelled_at="2026-03-05T09:00"),))
    cm = month(s, 2026, 3)
    assert cm.nights == 0 and W.CANCELLATION_POLICY_UNKNOWN not in codes(cm)
    assert warning(cm, W.SICKNESS_NEW_STAY).source == "haderslev-netvaerksfamilie.txt: Sygdom"
    (d,) = deadlines(s, K.STAY_FOLLOW_UP)
    assert d.date == date(2026, 3, 5) and "ny weekend" in d.title and "børne- og ungerådgiveren" in d.title
    done = replace(s, submissions=(Submission("stay_follow_up", "k1", "s1", date(2026, 3, 5)),))
    assert deadlines(done, K.STAY_FOLLOW_UP) == []


def test_haderslev_clothing_approved_before_purchase() -> None:
    # "Dette skal godkendes af børne- og ungerådgiveren, før der må indkøbes."
    e = replace(expense("2026-03-01", "400", ExpenseCategory.CLOTHING), approved_on=date(2026, 3, 5))
    w = warning(month(snapshot("haderslev", expenses=(e,)), 2026, 3), W.EXPENSE_APPROVED_AFTER_PURCHASE)
    assert "05.03.2026" in w.message and w.source == "haderslev-netvaerksfamilie.txt: Tøj og udstyr"
    before = replace(e, approved_on=date(2026, 2, 25))
    assert W.EXPENSE_APPROVED_AFTER_PURCHASE not in codes(month(snapshot("haderslev", expenses=(before,)),
                                                                 2026, 3))


def test_haderslev_first_follow_up_after_3_months() -> None:
    # "Barnets plan/ungeplan følges løbende op efter behov, første gang efter anbringelse dog efter
    #  3 måneder."
    s = snapshot("haderslev", start=date(2026, 1, 10))
    (d,) = deadlines(s, K.STATUS_MEETING)
    assert d.date == date(2026, 4, 10) and d.source == "haderslev-netvaerksfamilie.txt: Barnets plan/ungeplan"
    planned = replace(s, meetings=(Meeting("m1", "k1", datetime(2026, 4, 20, 10)),))
    assert deadlines(planned, K.STATUS_MEETING) == []


def test_haderslev_supervision_once_a_year() -> None:
    # "I Haderslev Kommune ydes der supervision til netværksfamilier én gang årligt."
    s = snapshot("haderslev", start=date(2025, 1, 1),
                 meetings=(Meeting("sup", "k1", datetime(2025, 11, 1, 10), kind="supervision"),))
    sup = deadlines(s, K.SUPERVISION, end="2027-06-30")
    assert [d.date for d in sup] == [date(2026, 11, 1)]
    assert sup[0].source == "haderslev-netvaerksfamilie.txt: Supervision"


def test_haderslev_vederlag_count_is_flagged_assumed() -> None:
    # Økonomiske forhold name only Kostgodtgørelse and Kørsel: the handbook has no vederlag.
    s = snapshot("haderslev", stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))
    ved = month(s, 2023, 3).vederlag
    flag = [e for e in ved.explanations if "nævner ikke vederlag" in e.text]
    assert flag and flag[0].assumed and flag[0].source == "haderslev-netvaerksfamilie.txt: Økonomiske forhold"


def test_nyborg_doegn_explanation_is_the_noon_to_noon_span_counted() -> None:
    # "Et døgn regnes fra kl. 12 den første dag til kl. 12 næste dag."
    s = snapshot("nyborg", stays=(stay("2026-01-31T12:00", "2026-02-01T12:00"),))
    (nd,) = night_dates(s.stays[0], load_rule_set("nyborg"))
    assert nd.date == date(2026, 1, 31)
    assert nd.explanation.text == "Døgnet fra kl. 12 den 31.01.2026 til kl. 12 den 01.02.2026"


def test_nyborg_age_on_the_first_of_the_month_is_assumed() -> None:
    # The table gives ages ("6-9 år: 8 døgn"), not the day the age is taken: the 1st is the app's reading.
    rs = load_rule_set("nyborg")
    rule = rs.cap_for_age(8)
    assert rule is not None and rule.value == 8 and rule.assumed
    s = snapshot("nyborg", birth=date(2015, 6, 1), stays=(stay("2023-06-01T12:00", "2023-06-10T12:00"),))
    w = warning(month(s, 2023, 6), W.MAX_NIGHTS_EXCEEDED)
    assert "appens læsning" in w.message
    why = month(s, 2023, 6).cap_explanation
    assert why is not None and why.assumed and "8 år" in why.text and "den 1. i måneden" in why.text
    ages = [d for d in deadlines(s, K.AGE_CHANGE) if "døgn om måneden" in d.title]
    assert ages and all(d.assumed and "Antaget" in d.detail for d in ages)


# ============================================================================ Slagelse


def test_slagelse_caseworker_told_of_a_last_moment_cancellation() -> None:
    # "Sagsbehandler skal altid orienteres, hvis aflastningen aflyses i sidste øjeblik."
    late = stay("2026-03-06T14:00", "2026-03-08T17:00", "late", status=StayStatus.CANCELLED,
                cancelled_at="2026-03-06T08:00")
    early = stay("2026-03-13T14:00", "2026-03-15T17:00", "early", status=StayStatus.CANCELLED,
                 cancelled_at="2026-03-10T08:00")
    gone = stay("2026-03-20T14:00", "2026-03-22T17:00", "gone", status=StayStatus.NO_SHOW)
    found = deadlines(snapshot("slagelse", stays=(late, early, gone)), K.STAY_FOLLOW_UP)
    assert [(d.period, d.date) for d in found] == [("late", date(2026, 3, 6)), ("gone", date(2026, 3, 20))]
    assert found[0].title.startswith("Orientér sagsbehandleren")
    assert found[0].source == "slagelse-aflastning.txt: Vederlag ved sygdom, aflysning eller udeblivelse"


def test_slagelse_sickness_is_a_cancellation_like_any_other() -> None:
    # "Vederlag ved sygdom, aflysning eller udeblivelse": the same day is paid
    s = snapshot("slagelse", stays=(stay("2026-03-06T14:00", "2026-03-08T17:00", status=StayStatus.SICK,
                                         cancelled_at="2026-03-06T08:00"),))
    assert month(s, 2026, 3).nights == 2


def test_slagelse_status_meetings_twice_a_year() -> None:
    # "Sagsbehandler vil indkalde til statusmøder 2 gange årligt"
    s = snapshot("slagelse", start=date(2025, 9, 1),
                 meetings=(Meeting("m1", "k1", datetime(2026, 1, 15, 10)),))
    found = deadlines(s, K.STATUS_MEETING, start="2026-01-01", end="2026-12-31")
    assert [d.date for d in found] == [date(2026, 7, 15)]
    assert found[0].source == "slagelse-aflastning.txt: Statusmøde" and "15.01.2026" in found[0].title
    planned = replace(s, meetings=(*s.meetings, Meeting("m2", "k1", datetime(2026, 6, 20, 10))))
    assert [d.date for d in deadlines(planned, K.STATUS_MEETING, start="2026-01-01", end="2026-12-31")] \
        == [date(2026, 12, 20)]


def test_slagelse_tell_the_consultant_when_the_status_report_is_filled_in() -> None:
    # "Statusrapporten udfyldes i Sofus og I giver besked til familieplejekonsulenten, når den er udfyldt."
    s = snapshot("slagelse", meetings=(Meeting("m1", "k1", datetime(2026, 3, 25, 10)),))
    (d,) = deadlines(s, K.STATUS_REPORT)
    assert "Giv familieplejekonsulenten besked" in d.detail and "Statusudtalelse" in d.detail


def test_slagelse_bedwetting_help_for_school_age_children() -> None:
    # "Vådligger, diverse merudgifter. Barnet skal dog som udgangspunkt være i skolealderen."
    small = snapshot("slagelse", birth=date(2021, 6, 1),
                     expenses=(expense("2026-03-04", "100", ExpenseCategory.BEDWETTING),))
    w = warning(month(small, 2026, 3), W.EXPENSE_BELOW_AGE)
    assert "antaget" in w.message and w.source == "slagelse-aflastning.txt: Særlige udgifter"
    assert load_rule_set("slagelse").expense_min_age.assumed  # type: ignore[union-attr]
    school = replace(small, children=(Child("b1", "Alma", date(2018, 6, 1)),))
    assert W.EXPENSE_BELOW_AGE not in codes(month(school, 2026, 3))


def test_slagelse_diary_cleanup_one_month_after_the_status_report_is_sent() -> None:
    # "Personfølsomme dokumenter … må kun opbevares i meget korte tidsrum og maximalt 1 måned … Derefter
    #  skal de slettes"
    s = snapshot("slagelse", start=date(2025, 9, 1),
                 meetings=(Meeting("m0", "k1", datetime(2025, 10, 1, 10)),
                           Meeting("m1", "k1", datetime(2026, 3, 25, 10))),
                 submissions=(Submission("status_report", "k1", "m1", date(2026, 3, 5)),))
    (d,) = deadlines(s, K.DIARY_CLEANUP)
    assert d.date == date(2026, 4, 5) and d.period == "m1"
    assert "02.10.2025 til 25.03.2026" in d.title  # the day after the previous meeting to this one
    kept = replace(s, submissions=(*s.submissions, Submission("diary_cleanup", "k1", "m1", date(2026, 3, 9))))
    assert deadlines(kept, K.DIARY_CLEANUP) == []
    assert deadlines(replace(s, contracts=(replace(s.contracts[0], municipality="randers"),)),
                     K.DIARY_CLEANUP) == []


def test_default_vederlag_count_is_used_and_assumed() -> None:
    # slagelse-aflastning.txt, Honorering: 7 vederlag as a rule; a contract without a number gets 7
    s = snapshot("slagelse", vederlag=None, stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))  # type: ignore[arg-type]
    ved = month(s, 2023, 3).vederlag
    assert ved.amount == Decimal("2156.00")  # 2 døgn × 7 × 154 kr
    why = ved.explanations[0]
    assert why.assumed and "7 vederlag" in why.text and why.source == "slagelse-aflastning.txt: Honorering"
    mo = snapshot("morsoe", vederlag=None, stays=(stay("2021-03-05T14:00", "2021-03-07T17:00"),))  # type: ignore[arg-type]
    assert month(mo, 2021, 3).vederlag.amount == Decimal("2072.00")  # Trin 4: 7 × 148 × 2
    none = snapshot("generic", vederlag=None, stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))  # type: ignore[arg-type]
    ved = month(none, 2023, 3).vederlag
    assert ved.amount == Decimal("0.00") and any(e.assumed for e in ved.explanations)
    # the family's own number is not assumed
    own = month(snapshot("slagelse", vederlag=5, stays=s.stays), 2023, 3).vederlag
    assert own.amount == Decimal("1540.00") and not any(e.assumed for e in own.explanations[:1])


# ============================================================================ Morsø


def test_morsoe_equipment_max_4854_once_for_the_contract() -> None:
    # Indskrivningsudstyr: "Der kan … bevilges dækning af udgifter til møbler/udstyr … dog maks. 4.854 kr."
    s = snapshot("morsoe", expenses=(expense("2026-02-04", "3000", ExpenseCategory.EQUIPMENT, eid="e1"),
                                     expense("2026-03-10", "3000", ExpenseCategory.EQUIPMENT, eid="e2")))
    assert month(s, 2026, 2).expenses.amount == Decimal("3000.00")
    cm = month(s, 2026, 3)
    assert cm.expenses.amount == Decimal("1854.00")  # 4.854 − 3.000
    assert W.EXPENSE_OVER_CAP in codes(cm)
    # a later year is the same contract: nothing left
    later = replace(s, expenses=(*s.expenses,
                                 expense("2027-05-01", "500", ExpenseCategory.EQUIPMENT, eid="e3")))
    assert month(later, 2027, 5).expenses.amount == Decimal("0.00")


def test_morsoe_holiday_1500_a_year_sums_over_the_year() -> None:
    # Ferier: "tilskud op til i alt 1.500 kr. pr. år pr. barn"
    s = snapshot("morsoe", expenses=(expense("2026-04-04", "1000", ExpenseCategory.HOLIDAY, eid="e1"),
                                     expense("2026-07-10", "1000", ExpenseCategory.HOLIDAY, eid="e2"),
                                     expense("2027-07-10", "1000", ExpenseCategory.HOLIDAY, eid="e3")))
    assert month(s, 2026, 7).expenses.amount == Decimal("500.00")
    assert month(s, 2027, 7).expenses.amount == Decimal("1000.00")


def test_morsoe_car_seat_and_bicycle_caps() -> None:
    # "Autostol 0-9 mdr.: 1300 kr. Op til 18 kg: 1600 kr. Over 30 kg: 1500 kr."; "Tilskud til cykel
    #  og/eller barnestol maks. 2.500,- inkl. cykelhjelm"
    baby = snapshot("morsoe", birth=date(2025, 9, 15), expenses=(expense("2026-03-04", "1450", CAR),))
    cm = month(baby, 2026, 3)  # 5 months old
    assert cm.expenses.amount == Decimal("1300.00")
    assert "Autostol 0-9 mdr." in warning(cm, W.EXPENSE_OVER_CAP).message
    child = snapshot("morsoe", birth=date(2022, 1, 1), expenses=(expense("2026-03-04", "1700", CAR),))
    assert month(child, 2026, 3).expenses.amount == Decimal("1600.00")  # the highest cap that may apply
    bike = snapshot("morsoe", expenses=(expense("2026-03-04", "2899", ExpenseCategory.BICYCLE),))
    assert month(bike, 2026, 3).expenses.amount == Decimal("2500.00")


def test_morsoe_diet_food_and_clothing_not_granted() -> None:
    # Diætmad: "Dette bevilges ikke."; "Der ydes ikke tilskud til tøj og anden beklædning"
    for cat in (ExpenseCategory.DIET_FOOD, ExpenseCategory.CLOTHING):
        s = snapshot("morsoe", expenses=(expense("2026-03-04", "100", cat, approval=""),))
        w = warning(month(s, 2026, 3), W.EXPENSE_NOT_GRANTED)
        assert w.source == "morsoe-plejefamilier.md: Regler for supplerende ydelser"
    assert W.EXPENSE_NOT_GRANTED not in codes(month(snapshot("morsoe", expenses=(
        expense("2026-03-04", "100", ExpenseCategory.ACTIVITY),)), 2026, 3))


def test_morsoe_bedwetting_grant_is_for_one_year_at_a_time() -> None:
    # "en vask inkl. tørring beregnes til 15 kr. pr. vask … bevillingen gives for ét år ad gangen."
    s = snapshot("morsoe", expenses=(expense("2025-03-01", "150", ExpenseCategory.BEDWETTING, "V-1", "e1"),
                                     expense("2025-04-01", "150", ExpenseCategory.BEDWETTING, "V-1", "e2")))
    (d,) = deadlines(s, K.GRANT_RENEWAL)
    assert d.date == date(2026, 3, 1) and "V-1" in d.title
    assert any("15 kr. pr. vask" in h for h in load_rule_set("morsoe").hints_for("bedwetting"))
    renewed = replace(s, expenses=(*s.expenses,
                                   expense("2026-02-20", "150", ExpenseCategory.BEDWETTING, "V-2", "e3")))
    assert [x.period for x in deadlines(renewed, K.GRANT_RENEWAL)] == ["bedwetting:V-2"]
    # 150 kr. = 10 washes at 15 kr.; 160 kr. is not a whole number of washes
    cm = month(s, 2025, 3)
    assert "10 vask à 15,00 kr." in cm.expenses.lines[0].explanation.text
    assert W.EXPENSE_NOT_WHOLE_UNITS not in codes(cm)
    odd = snapshot("morsoe", expenses=(expense("2025-03-01", "160", ExpenseCategory.BEDWETTING, "V-1"),))
    w = warning(month(odd, 2025, 3), W.EXPENSE_NOT_WHOLE_UNITS)
    assert "15,00 kr. pr. vask" in w.message


def test_morsoe_doegn_after_the_contract_ends_at_18_are_not_paid() -> None:
    # "En kontrakt ophører automatisk ved udgangen af den måned, hvor plejebarnet fylder 18 år"
    s = snapshot("morsoe", birth=date(2008, 5, 17), stays=(stay("2026-05-30T14:00", "2026-06-02T12:00"),))
    assert month(s, 2026, 5).nights == 2
    june = month(s, 2026, 6)
    assert june.nights == 0 and [n.paid for n in june.night_dates] == [False]
    w = warning(june, W.NIGHTS_AFTER_CONTRACT_END)
    assert "31.05.2026" in w.message and w.source == "morsoe-plejefamilier.md: Kontrakter"


def test_morsoe_vederlag_right_ends_30_days_after_notice() -> None:
    # "Vederlagsretten ophører henholdsvis 14 dage/ 30 dage efter den faktiske afbrydelse"
    s = snapshot("morsoe", start=date(2025, 1, 1), terminated_on=date(2026, 3, 10),
                 stays=(stay("2026-04-08T14:00", "2026-04-11T12:00"),))
    cm = month(s, 2026, 4)
    assert [n.date for n in cm.night_dates if n.paid] == [date(2026, 4, 8), date(2026, 4, 9)]
    assert warning(cm, W.NIGHTS_AFTER_CONTRACT_END).source == "morsoe-plejefamilier.md: Opsigelsesregler"
    (end,) = deadlines(s, K.CONTRACT_END)
    assert end.date == date(2026, 4, 9) and "vederlagsretten ophører" in end.title
    # 14 days in the first 3 months
    early = snapshot("morsoe", start=date(2026, 2, 1), terminated_on=date(2026, 3, 1))
    assert [d.date for d in deadlines(early, K.CONTRACT_END)] == [date(2026, 3, 15)]


def test_morsoe_quarterly_mileage_is_paid_after_the_quarters_form() -> None:
    # "CBF skal have modtaget skemaerne senest ved udgangen af første måned i det efterfølgende kvartal."
    s = snapshot("morsoe", trips=(trip("2023-01-10", "10"),), expenses=(expense("2023-01-10", "100"),))
    cm = month(s, 2023, 1)
    assert cm.mileage_payment_month == (2023, 5)  # form due 30 April
    assert cm.expenses_payment_month == (2023, 2) and cm.payment_month == (2023, 2)
    sent = replace(s, submissions=(Submission("driving_report", "k1", "2023-Q1", date(2023, 4, 12)),))
    assert month(sent, 2023, 1).mileage_payment_month == (2023, 5)
    early = replace(s, submissions=(Submission("driving_report", "k1", "2023-Q1", date(2023, 3, 31)),))
    assert month(early, 2023, 1).mileage_payment_month == (2023, 4)


def test_morsoe_status_questions_are_assumed() -> None:
    # Handleplanen is about the municipality's action-plan goals, not a family report
    assert load_rule_set("morsoe").status_questions().assumed


# ============================================================================ rates


def test_a_missing_rate_names_its_field_and_year() -> None:
    s = snapshot("slagelse", stays=(stay("2024-03-06T14:00", "2024-03-08T14:00"),))
    w = warning(month(s, 2024, 3), W.RATE_MISSING)
    assert w.rate_field == "vederlag_per_day" and w.on is not None and w.on.year == 2024
    assert "vederlag (2024)" in w.message
    s = snapshot("slagelse", stays=(stay("2025-03-06T14:00", "2025-03-08T14:00"),))
    w = warning(month(s, 2025, 3), W.RATE_MISSING)
    assert w.rate_field == "kost_logi_under_10" and w.on.year == 2025  # type: ignore[union-attr]
