"""Earnings per contract and month: the handbook figures, rates by date, rounding, warnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from aflastapp.core.earnings import preview_month, preview_months, split_km
from aflastapp.core.models import ExpenseCategory, KLRate, StayStatus, WarningCode
from tests.core.helpers import expense, snapshot, stay, trip


def codes(cm: object) -> list[WarningCode]:
    return [w.code for w in cm.warnings]  # type: ignore[attr-defined]


def test_morsoe_2021_pays_7_times_148_is_1036_per_doegn() -> None:
    # morsoe-plejefamilier.md, Aflastning: "Trin 4 (1.036,00 pr. døgn)" with KL 2021 148 kr.
    s = snapshot("morsoe", stays=(stay("2021-03-05T14:00", "2021-03-07T17:00"),))
    cm = preview_month(s, 2021, 3).contracts[0]
    assert cm.nights == 2
    assert cm.vederlag.lines[0].rate == Decimal("1036")
    assert cm.vederlag.amount == Decimal("2072.00")
    assert "148" in cm.vederlag.lines[0].explanation.text
    assert "Takster 2021" in cm.vederlag.lines[0].explanation.source


def test_full_month_figures_add_up() -> None:
    # child born 2015: under 10 in 2023 -> 201 kr; vederlag 2023 154 kr x 7 = 1078
    s = snapshot(
        "slagelse",
        birth=date(2015, 6, 1),
        stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),),
        trips=(trip("2023-03-03", "42.5"),),
        expenses=(expense("2023-03-04", "199.95"),),
    )
    p = preview_month(s, 2023, 3)
    cm = p.contracts[0]
    assert cm.vederlag.amount == Decimal("2156.00")
    assert cm.kost_logi.amount == Decimal("402.00")
    assert cm.mileage_km == Decimal("42.5")
    assert cm.mileage.amount == Decimal("93.08")  # 42.5 x 2.19 = 93.075 -> half-up
    assert cm.expenses.amount == Decimal("199.95")
    assert cm.holiday_pay.amount == Decimal("269.50")  # 12.5 % of 2156
    assert not cm.holiday_pay.explanations[0].assumed  # Slagelse states it
    assert cm.taxable == Decimal("2156.00")
    assert cm.tax_free == Decimal("695.03")
    assert cm.total == Decimal("2851.03")
    assert cm.payment_month == (2023, 4)
    assert p.total == cm.total and p.holiday_pay == Decimal("269.50")


def test_holiday_pay_elsewhere_is_assumed() -> None:
    s = snapshot("randers", stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))
    hp = preview_month(s, 2023, 3).contracts[0].holiday_pay
    assert hp.amount == Decimal("269.50") and hp.explanations[0].assumed


def test_tenth_birthday_mid_stay_changes_kost_og_logi_from_that_doegn() -> None:
    # born 2013-03-04: the døgn of 3 March 2023 is under 10 (201), 4 and 5 March are 10+ (214)
    s = snapshot("slagelse", birth=date(2013, 3, 4), stays=(stay("2023-03-03T14:00", "2023-03-06T09:00"),))
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.nights == 3
    assert [(line.quantity, line.rate) for line in cm.kost_logi.lines] == [
        (Decimal(1), Decimal(201)),
        (Decimal(2), Decimal(214)),
    ]
    assert cm.kost_logi.amount == Decimal("629.00")


def test_third_child_rate_regardless_of_age() -> None:
    s = snapshot(
        "slagelse", birth=date(2010, 1, 1), ordinal=3, stays=(stay("2023-03-03T14:00", "2023-03-05T10:00"),)
    )
    assert preview_month(s, 2023, 3).contracts[0].kost_logi.amount == Decimal("368.00")  # 2 x 184


def test_stay_over_a_month_boundary_is_split_by_the_date_of_each_doegn() -> None:
    s = snapshot("randers", stays=(stay("2023-03-30T14:00", "2023-04-02T10:00"),))
    march, april = preview_months(s, [(2023, 3), (2023, 4)])
    assert march.contracts[0].nights == 2 and april.contracts[0].nights == 1
    assert march.vederlag == Decimal("2156.00") and april.vederlag == Decimal("1078.00")


def test_mileage_uses_the_rate_on_the_trip_date_2022_change_on_1_may() -> None:
    s = snapshot("randers", trips=(trip("2022-04-30", "100", "t1"), trip("2022-05-01", "100", "t2")))
    april, may = preview_months(s, [(2022, 4), (2022, 5)])
    assert april.mileage == Decimal("198.00")  # 1.98
    assert may.mileage == Decimal("217.00")  # 2.17


def test_shared_trip_km_split_evenly_between_contracts() -> None:
    assert split_km(Decimal("10"), 3) == [Decimal("3.34"), Decimal("3.33"), Decimal("3.33")]
    assert sum(split_km(Decimal("10"), 3)) == Decimal("10")
    base = snapshot("randers", trips=(trip("2023-03-03", "10", contracts=("k1", "k2")),))
    from dataclasses import replace

    from aflastapp.core.models import Contract

    s = replace(base, contracts=(*base.contracts, Contract("k2", "b1", "slagelse", date(2019, 1, 1))))
    p = preview_month(s, 2023, 3)
    kms = {cm.contract_id: cm.mileage_km for cm in p.contracts}
    assert kms == {"k1": Decimal("5.00"), "k2": Decimal("5.00")}
    assert p.mileage == Decimal("21.90")


def test_expense_without_approval_is_left_out_with_a_warning() -> None:
    s = snapshot(
        "slagelse",
        expenses=(expense("2023-03-04", "100", approval="", eid="e1"), expense("2023-03-05", "50", eid="e2")),
    )
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.expenses.amount == Decimal("50.00")
    assert WarningCode.EXPENSE_WITHOUT_APPROVAL in codes(cm)


def test_morsoe_activity_money_over_200_a_weekend_warns() -> None:
    ok = snapshot(
        "morsoe", expenses=(expense("2023-03-04", "120", eid="e1"), expense("2023-03-11", "120", eid="e2"))
    )
    assert WarningCode.EXPENSE_OVER_CAP not in codes(preview_month(ok, 2023, 3).contracts[0])
    over = snapshot(
        "morsoe", expenses=(expense("2023-03-04", "120", eid="e1"), expense("2023-03-05", "120", eid="e2"))
    )
    cm = preview_month(over, 2023, 3).contracts[0]
    assert codes(cm).count(WarningCode.EXPENSE_OVER_CAP) == 1
    assert cm.expenses.amount == Decimal("200.00")  # issue 12: counted at the cap


def test_an_unapproved_expense_does_not_count_against_a_cap() -> None:
    s = snapshot(
        "morsoe",
        expenses=(
            expense("2023-03-04", "120", eid="e1"),
            expense("2023-03-05", "120", approval="", eid="e2"),
        ),
    )
    cm = preview_month(s, 2023, 3).contracts[0]
    assert WarningCode.EXPENSE_OVER_CAP not in codes(cm)
    assert WarningCode.EXPENSE_WITHOUT_APPROVAL in codes(cm)
    assert cm.expenses.amount == Decimal("120.00")


def test_morsoe_holiday_extra_is_1500_a_year() -> None:
    s = snapshot(
        "morsoe",
        expenses=(
            expense("2023-02-10", "1000", ExpenseCategory.HOLIDAY, eid="e1"),
            expense("2023-07-10", "600", ExpenseCategory.HOLIDAY, eid="e2"),
        ),
    )
    feb, jul = preview_months(s, [(2023, 2), (2023, 7)])
    assert WarningCode.EXPENSE_OVER_CAP not in codes(feb.contracts[0])
    assert WarningCode.EXPENSE_OVER_CAP in codes(jul.contracts[0])


def test_randers_car_seat_and_booster_caps() -> None:
    s = snapshot(
        "randers",
        expenses=(
            expense("2023-03-01", "1500", ExpenseCategory.CAR_SEAT, eid="e1"),
            expense("2023-03-02", "300", ExpenseCategory.BOOSTER_SEAT, eid="e2"),
        ),
    )
    warns = [
        w for w in preview_month(s, 2023, 3).contracts[0].warnings if w.code == WarningCode.EXPENSE_OVER_CAP
    ]
    assert len(warns) == 1 and warns[0].on == date(2023, 3, 2)


def test_missing_rate_gives_none_and_rate_missing_never_a_guess() -> None:
    # 2024: KL vederlag not verified; 2026: neither vederlag nor kost og logi
    s = snapshot("slagelse", stays=(stay("2024-03-01T14:00", "2024-03-03T10:00"),))
    cm = preview_month(s, 2024, 3).contracts[0]
    assert cm.vederlag.amount is None and cm.taxable is None and cm.total is None
    assert cm.holiday_pay.amount is None
    assert cm.kost_logi.amount == Decimal("412.00")  # 2024 kost og logi is known: 2 x 206
    assert WarningCode.RATE_MISSING in codes(cm)
    assert preview_month(s, 2024, 3).total is None


def test_override_fills_a_missing_year() -> None:
    from dataclasses import replace

    s = snapshot("slagelse", stays=(stay("2024-03-01T14:00", "2024-03-03T10:00"),))
    s = replace(
        s, kl_overrides=(KLRate(date(2024, 1, 1), "Brev fra kommunen", vederlag_per_day=Decimal(160)),)
    )
    cm = preview_month(s, 2024, 3).contracts[0]
    assert cm.vederlag.amount == Decimal("2240.00")
    assert cm.vederlag.lines[0].explanation.assumed is True  # an override is the family's figure
    assert WarningCode.RATE_MISSING not in codes(cm)


def test_cancelled_day_before_is_not_paid_but_shown() -> None:
    s = snapshot(
        "slagelse",
        stays=(
            stay(
                "2023-03-03T14:00",
                "2023-03-05T17:00",
                status=StayStatus.CANCELLED,
                cancelled_at="2023-03-01T10:00",
            ),
        ),
    )
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.nights == 0 and len(cm.night_dates) == 2
    assert cm.total == Decimal("0.00")
    assert WarningCode.REPLACEMENT_STAY_DUE in codes(cm)


def test_slagelse_over_14_doegn_in_a_month_warns() -> None:
    s = snapshot("slagelse", stays=(stay("2023-03-01T14:00", "2023-03-16T10:00"),))
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.nights == 15 and cm.cap == 14
    assert WarningCode.MAX_NIGHTS_EXCEEDED in codes(cm)


def test_nyborg_caps_follow_age_on_the_first_of_the_month() -> None:
    # the cap follows the age on the first of the month
    s = snapshot("nyborg", birth=date(2016, 3, 15), stays=(stay("2023-03-01T10:00", "2023-03-09T10:00"),))
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.cap == 8 and cm.nights == 8  # age 6 on 1 March 2023 (born 2016): 6-9 -> 8
    s2 = snapshot("nyborg", birth=date(2017, 3, 15), stays=(stay("2023-03-01T10:00", "2023-03-09T10:00"),))
    cm2 = preview_month(s2, 2023, 3).contracts[0]
    assert cm2.cap == 6 and WarningCode.MAX_NIGHTS_EXCEEDED in codes(cm2)  # age 5 on 1 March


def test_nyborg_placement_threshold_and_too_long() -> None:
    s = snapshot("nyborg", birth=date(2008, 1, 1), stays=(stay("2023-03-01T10:00", "2023-03-17T10:00"),))
    cm = preview_month(s, 2023, 3).contracts[0]
    assert cm.nights == 16
    assert {
        WarningCode.PLACEMENT_THRESHOLD,
        WarningCode.STAY_TOO_LONG,
        WarningCode.MAX_NIGHTS_EXCEEDED,
    } <= set(codes(cm))


def test_preview_month_totals_none_contract_and_inactive_month() -> None:
    s = snapshot("slagelse", start=date(2023, 5, 1))
    assert preview_month(s, 2023, 3).contracts == ()
    p = preview_month(s, 2023, 6)
    assert len(p.contracts) == 1 and p.total == Decimal("0.00")


def test_known_total_is_the_whole_total_or_a_marked_lower_bound() -> None:
    """The Overblik's month figure: the total when every rate is known; when one is missing, the sum
    of what is known (driving, expenses), marked incomplete — never a made-up vederlag."""
    from aflastapp.core.earnings import known_total

    full = preview_month(snapshot("slagelse", stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),),
                                  trips=(trip("2023-03-03", "42.5"),)), 2023, 3)
    assert known_total(full) == (Decimal("2651.08"), False)  # 2156 vederlag + 402 kost og logi + 93.08 km

    future = preview_month(snapshot("slagelse", start=date(2030, 1, 1),
                                    stays=(stay("2035-03-03T14:00", "2035-03-05T17:00"),),
                                    expenses=(expense("2035-03-04", "199.95"),)), 2035, 3)
    cm = future.contracts[0]
    assert future.total is None and cm.vederlag.amount is None, "no vederlag rate for 2035"
    amount, incomplete = known_total(future)
    figures = (cm.vederlag, cm.kost_logi, cm.mileage, cm.expenses)
    known = sum(f.amount for f in figures if f.amount is not None)
    assert incomplete and amount == known and amount >= Decimal("199.95")


def test_explanations_render_when_read_in_danish_and_english() -> None:
    """The engine gives each døgn and rate line its sentence as a message not yet rendered (a preview
    of ten years makes thousands; a face reads a few). Read, it is the Danish text with its code, so
    every face still renders it in its own language — a message inside it included."""
    from aflastapp.core import messages
    from aflastapp.core.models import Explanation

    s = snapshot("slagelse", birth=date(2015, 6, 1), stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))
    cm = preview_month(s, 2023, 3).contracts[0]
    kost = cm.kost_logi.lines[0]
    assert isinstance(kost.what, messages.Later)  # not rendered while nobody has read it
    why = kost.explanation.text
    assert isinstance(why, messages.Message) and why.code == "why.kost"
    assert "201,00 kr." in why and "under 10 år" in why, why
    english = messages.in_language(why, "en")
    assert "DKK 201.00" in english and "under 10" in english and "år" not in english, english
    assert kost.explanation.what is why  # rendered once, then kept
    import pickle

    copied = pickle.loads(pickle.dumps(why))  # a copy is made from the code, not from the Danish text
    assert copied == why and copied.code == "why.kost" and messages.in_language(copied, "en") == english
    assert kost.label == messages.text("line.kost", messages.params(
        n=2, group=messages.Later("kost.under_10"), price=Decimal(201)))
    night = cm.night_dates[0].explanation
    assert night.text == messages.Message("why.overnight", date=date(2023, 3, 3))
    # an explanation not yet read equals (and hashes as) the same explanation read
    fresh = preview_month(snapshot("slagelse", birth=date(2015, 6, 1),
                                   stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),)), 2023, 3)
    unread = fresh.contracts[0].kost_logi.lines[0].explanation
    assert isinstance(unread.what, messages.Later)
    assert unread == kost.explanation and hash(unread) == hash(kost.explanation)
    assert Explanation(messages.Later("why.taxable")) != Explanation(messages.Later("why.kost_figure"))


def test_the_engine_keeps_no_snapshot_alive() -> None:
    """After a write the session drops its snapshot; the engine's index of it (every døgn, trip and
    result of ten years) goes with it at once, not after the garbage collector finds it."""
    import gc
    import weakref

    s = snapshot("slagelse", stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))
    assert preview_month(s, 2023, 3).contracts[0].nights == 2
    again = preview_month(s, 2023, 3)  # the same snapshot: its index is reused, not rebuilt
    assert again.contracts[0] is preview_month(s, 2023, 3).contracts[0]
    gone = weakref.ref(s)
    gc.disable()
    try:
        del s
        assert gone() is None
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_a_preview_even_one_that_fails() -> None:
    """The engine pauses the cyclic garbage collector while it builds ten years of figures; the
    collector is on again afterwards — after an error, and after calls on two threads that overlap —
    and stays off only if it was off before."""
    import gc
    import threading

    import pytest

    from aflastapp.core.earnings import nogc

    seen: list[bool] = []

    @nogc
    def work(fail: bool = False) -> int:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("a bad row")
        return 1

    assert gc.isenabled()
    assert work() == 1 and seen == [False] and gc.isenabled()
    with pytest.raises(ValueError, match="a bad row"):
        work(fail=True)
    assert gc.isenabled()

    inside, release = threading.Event(), threading.Event()

    @nogc
    def slow() -> None:
        inside.set()
        release.wait(10)

    other = threading.Thread(target=slow)
    other.start()
    inside.wait(10)
    assert work() == 1 and not gc.isenabled()  # the other thread's call still runs: still paused
    release.set()
    other.join(10)
    assert gc.isenabled()

    gc.disable()
    try:
        work()
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
    s = snapshot("slagelse", stays=(stay("2023-03-03T14:00", "2023-03-05T17:00"),))
    assert preview_month(s, 2023, 3).contracts[0].nights == 2 and gc.isenabled()
