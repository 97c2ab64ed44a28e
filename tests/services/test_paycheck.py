"""Were we paid right? Worked cases against a real diary: short in kost og logi, a missing month,
overpaid, a rate missing; the reminder, its letter and settling it; portable validation and round trip."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DeadlineKind
from aflastapp.services import children, contracts, overview, payments, portable, rates, session, stays, trips
from tests.services.conftest import counts

APRIL = date(2026, 4, 20)  # after March's payment came, before April's payment month has passed
JUNE = date(2026, 6, 2)


@pytest.fixture
def mia(s: session.Session) -> str:
    """Mia (born 2018: under 10 in 2026), Slagelse, 7 vederlag; the 2026 rates entered from the
    municipality's letter (the app's table has none yet); March 2026: 4 døgn and 20 km."""
    children.add_child(s, "Mia", date(2018, 5, 1), id="mia")
    cid = contracts.add_contract(s, "mia", "slagelse", date(2025, 1, 1), vederlag_count=7,
                                 id="mia-slagelse").id
    rates.add_kl_override(s, date(2026, 1, 1), "Kommunens brev", vederlag_per_day="170",
                          kost_logi_under_10="193", kost_logi_10_plus="206", kost_logi_third_child="177")
    stays.add_stay(s, cid, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 12), status="completed")
    stays.add_stay(s, cid, datetime(2026, 3, 20, 16), datetime(2026, 3, 22, 12), status="completed")
    trips.add_trip(s, [cid], date(2026, 3, 6), "Afhentning", "Hjem", "Skolen", "20")
    return cid


def _one(s: Any, year: int, month: int, today: date) -> Any:
    found = payments.paycheck(s, year, month, "mia-slagelse", today=today)
    assert len(found) == 1
    return found[0]


def test_expected_figures_are_the_preview(s: Any, mia: str) -> None:
    check = _one(s, 2026, 3, APRIL)
    pv = overview.preview_month(s, 2026, 3, mia).contracts[0]
    assert pv.nights == 4
    assert check.expected["vederlag"] == Decimal("4760.00") == pv.vederlag.amount  # 4 × 7 × 170
    assert check.expected["kost_logi"] == Decimal("772.00")  # 4 × 193
    assert check.expected["mileage"] == pv.mileage.amount and check.expected["mileage"] > 0
    # nothing recorded yet and April has not passed: nothing stated, nothing wrong
    assert check.status == "ok" and all(v is None for v in check.paid.values()) and check.difference == {}
    assert "ingen udbetaling registreret endnu" in check.explanation


def test_payslip_short_in_kost_og_logi_becomes_a_reminder_until_settled(s: Any, mia: str) -> None:
    mileage = _one(s, 2026, 3, APRIL).expected["mileage"]
    payments.add_payment(s, mia, "2026-03", "2026-04-15", vederlag="4760.00", kost_logi="579.00",
                         mileage=str(mileage))
    check = _one(s, 2026, 3, APRIL)
    assert check.status == "underpaid"
    assert check.difference == {"vederlag": Decimal("0.00"), "kost_logi": Decimal("193.00"),
                                "mileage": Decimal("0.00")}
    assert check.paid["holiday_pay"] is None and "holiday_pay" not in check.difference  # not stated
    assert "193,00 kr. for lidt i kost og logi" in check.explanation

    found = [d for d in overview.deadlines(s, today=APRIL) if d.kind == DeadlineKind.UNDERPAYMENT]
    assert [d.title for d in found] == ["Kontakt kommunen om marts 2026: 193,00 kr. for lidt i kost og logi"]
    assert found[0].contract_id == mia and found[0].period == "2026-03" and found[0].date == APRIL
    # months later, still there (dated today) until settled
    later = [d for d in overview.deadlines(s, today=date(2026, 9, 1)) if d.kind == DeadlineKind.UNDERPAYMENT]
    assert len(later) == 1 and later[0].date == date(2026, 9, 1)

    text = payments.letter(s, mia, "2026-03", today=APRIL)
    assert "Slagelse Kommune" in text and "marts 2026" in text and "Mia" in text
    assert "forventet 772,00 kr., udbetalt 579,00 kr., mangler 193,00 kr." in text
    assert "4 døgn kost og logi (under 10 år) à 193,00 kr. = 772,00 kr." in text  # why: døgn × rate
    assert "Kilde: Kommunens brev" in text  # by which rate (the family's entered rate and its source)
    assert "15.04.2026" in text

    payments.settle(s, mia, "2026-03", on=date(2026, 5, 1))
    assert not [d for d in overview.deadlines(s, today=JUNE) if d.kind == DeadlineKind.UNDERPAYMENT]
    done = [d for d in overview.deadlines(s, today=JUNE, start=date(2026, 1, 1), include_done=True)
            if d.kind == DeadlineKind.UNDERPAYMENT]
    assert len(done) == 1 and done[0].done and done[0].date == date(2026, 4, 15)
    payments.unsettle(s, mia, "2026-03")
    assert [d for d in overview.deadlines(s, today=JUNE) if d.kind == DeadlineKind.UNDERPAYMENT]


def test_a_later_correction_payment_makes_the_month_ok(s: Any, mia: str) -> None:
    payments.add_payment(s, mia, "2026-03", "2026-04-15", vederlag="4760", kost_logi="579")
    payments.add_payment(s, mia, "2026-03", "2026-05-15", kost_logi="193")
    check = _one(s, 2026, 3, JUNE)
    assert check.status == "ok" and check.paid["kost_logi"] == Decimal("772.00")
    assert not [d for d in overview.deadlines(s, today=JUNE) if d.kind == DeadlineKind.UNDERPAYMENT]


def test_within_one_krone_is_ok_and_more_is_not(s: Any, mia: str) -> None:
    pay = payments.add_payment(s, mia, "2026-03", "2026-04-15", kost_logi="771.00")
    assert _one(s, 2026, 3, APRIL).status == "ok"
    payments.update_payment(s, pay.id, kost_logi="770.99")
    assert _one(s, 2026, 3, APRIL).status == "underpaid"


def test_a_missing_month_is_not_paid_once_its_payment_month_has_passed(s: Any, mia: str) -> None:
    assert _one(s, 2026, 3, date(2026, 4, 30)).status == "ok"  # April not over: still to come
    check = _one(s, 2026, 3, date(2026, 5, 1))
    assert check.status == "not_paid"
    assert "april 2026" in check.explanation and "5." in check.explanation  # the expected total
    # a month with nothing to pay is never "not paid"
    assert _one(s, 2026, 1, JUNE).status == "ok"


def test_overpaid(s: Any, mia: str) -> None:
    payments.add_payment(s, mia, "2026-03", "2026-04-15", vederlag="4860.00", kost_logi="772")
    check = _one(s, 2026, 3, APRIL)
    assert check.status == "overpaid"
    assert check.difference == {"vederlag": Decimal("-100.00"), "kost_logi": Decimal("0.00")}
    assert "100,00 kr. for meget i vederlag" in check.explanation
    assert not [d for d in overview.deadlines(s, today=APRIL) if d.kind == DeadlineKind.UNDERPAYMENT]


def test_a_missing_rate_makes_the_check_unknown(s: Any, mia: str) -> None:
    # 2025: the app's table has KL's vederlag but no kost og logi for that year
    stays.add_stay(s, mia, datetime(2025, 3, 6, 16), datetime(2025, 3, 8, 12), status="completed")
    payments.add_payment(s, mia, "2025-03", "2025-04-15", vederlag="2338.00", kost_logi="300")
    check = _one(s, 2025, 3, JUNE)
    assert check.status == "unknown"
    assert check.expected["kost_logi"] is None and check.expected["vederlag"] == Decimal("2338.00")
    assert check.difference == {"vederlag": Decimal("0.00")}  # the known field is still compared
    assert "sats mangler" in check.explanation and "kost og logi" in check.explanation


def test_defaults_for_the_dialog_come_from_the_preview(s: Any, mia: str) -> None:
    d = payments.defaults(s, mia, "2026-03")
    assert d["vederlag"] == Decimal("4760.00") and d["kost_logi"] == Decimal("772.00")
    assert d["paid_on"] == date(2026, 4, 1)


def test_bad_payments_are_refused_naming_the_field_and_nothing_is_written(s: Any, mia: str) -> None:
    before = s.db.execute("SELECT count(*) FROM payments").fetchone()[0]
    with pytest.raises(ValidationError) as e:
        payments.add_payment(s, "ukendt", "2026-13", "2026-02-30", vederlag="12.345", kost_logi="-5")
    fields = {p.field: p.message for p in e.value.problems}
    assert set(fields) == {"contract_id", "period", "paid_on", "vederlag", "kost_logi"}
    assert "ÅÅÅÅ-MM" in fields["period"] and "2 decimaler" in fields["vederlag"]
    assert "negativ" in fields["kost_logi"]
    assert s.db.execute("SELECT count(*) FROM payments").fetchone()[0] == before


def test_a_contract_with_payments_is_not_deleted(s: Any, mia: str) -> None:
    for st in stays.list_stays(s, mia):
        stays.delete_stay(s, st.id)
    for t in trips.list_trips(s, mia):
        trips.delete_trip(s, t.id)
    payments.add_payment(s, mia, "2026-03", "2026-04-15", vederlag="1")
    with pytest.raises(ValidationError, match="udbetalinger"):
        contracts.delete_contract(s, mia)


# --------------------------------------------------------------------------- the portable file

FIXTURE = Path(__file__).resolve().parents[1] / "cli" / "data" / "five-municipalities.json"


def _doc() -> dict[str, Any]:
    d: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    d["payments"] = [
        {"id": "p1", "contract": "barn1-slagelse", "period": "2023-03", "paid_on": "2023-04-20",
         "vederlag": "2156.00", "kost_logi": 209},
        {"id": "p2", "contract": "barn2-randers", "period": "2023-03", "paid_on": "2023-04-20",
         "holiday_pay": "269.5"},
    ]
    d["submissions"] = [*d.get("submissions", []), {"kind": "underpayment", "contract": "barn1-slagelse",
                                                     "period": "2023-03", "sent": "2023-05-02"}]
    return d


def test_payments_round_trip_identically(s: Any, tmp_path: Path) -> None:
    summary = portable.import_data(s, _doc())
    assert summary.counts["payments"] == 2 and "2 udbetalinger" in summary.text()
    first = tmp_path / "first.json"
    portable.export_file(s, first)
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert exported["payments"] == [
        {"id": "p1", "contract": "barn1-slagelse", "period": "2023-03", "paid_on": "2023-04-20",
         "vederlag": "2156.00", "kost_logi": "209.00"},
        {"id": "p2", "contract": "barn2-randers", "period": "2023-03", "paid_on": "2023-04-20",
         "holiday_pay": "269.50"},
    ]
    other = tmp_path / "other"
    other.mkdir()
    s2, _ = session.setup(other)
    try:
        portable.import_file(s2, first)
        second = tmp_path / "second.json"
        portable.export_file(s2, second)
        assert second.read_bytes() == first.read_bytes()
        assert payments.list_payments(s2) == payments.list_payments(s)
    finally:
        session.lock(s2, backup=False)


def test_bad_payments_in_the_file_are_reported_by_json_path(s: Any) -> None:
    d = _doc()
    bad = copy.deepcopy(d["payments"][0])
    d["payments"] = [
        {**bad, "id": "a", "contract": "ukendt"},
        {**bad, "id": "b", "period": "2023-3"},
        {**bad, "id": "c", "kost_logi": "12.345"},
        {**bad, "id": "d", "vederlag": "-1.00"},
        {**bad, "id": "z"},
        {**bad, "id": "z"},  # the same id twice
    ]
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        portable.import_data(s, d)
    found = {p.field: p.message for p in e.value.problems}
    assert "findes ikke" in found["$.payments[0].contract"]
    assert "ÅÅÅÅ-MM" in found["$.payments[1].period"]
    assert "2 decimaler" in found["$.payments[2].kost_logi"]
    assert "negativ" in found["$.payments[3].vederlag"]
    assert "$.payments[4].id" not in found and "allerede" in found["$.payments[5].id"]
    assert counts(s) == before
    assert s.db.execute("SELECT count(*) FROM payments").fetchone()[0] == 0
    d["payments"] = [{**bad, "extra": 1}]
    with pytest.raises(ValidationError) as e:
        portable.import_data(s, d)
    assert "$.payments[0]" in {p.field for p in e.value.problems}
