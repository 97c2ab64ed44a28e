"""Every validation rule refuses bad input with a Danish message naming the field, and writes nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import Stay
from aflastapp.services import children, contracts, expenses, meetings, notes, stays, submissions, trips
from tests.services.conftest import counts

OK_STAY = {"contract_id": "emma-slagelse", "start": "2023-03-03T16:00", "end": "2023-03-05T17:00"}
OK_TRIP = {"contract_ids": ["emma-slagelse"], "date": "2023-03-03", "purpose": "Afhentning",
           "from_place": "Hjem", "to_place": "Skolen", "km": "18.4"}
OK_EXPENSE = {"contract_id": "emma-slagelse", "date": "2023-03-04", "category": "activity",
              "description": "Svømmehal", "amount": "120.00"}

CASES: list[tuple[str, Any, dict[str, Any], str, str]] = [
    ("stay end before start", stays.add_stay, OK_STAY | {"end": "2023-03-02T10:00"}, "end", "før start"),
    ("stay unknown contract", stays.add_stay, OK_STAY | {"contract_id": "nope"}, "contract_id",
     "findes ikke"),
    ("stay longer than 62 days", stays.add_stay, OK_STAY | {"end": "2023-05-10T10:00"}, "end", "62 dage"),
    ("stay date before 2000", stays.add_stay, OK_STAY | {"start": "1999-12-30T10:00"}, "start", "2000"),
    ("stay date after 2100", stays.add_stay, OK_STAY | {"end": "2101-01-01T10:00"}, "end", "2100"),
    ("stay note too long", stays.add_stay, OK_STAY | {"note": "x" * 20_001}, "note", "for lang"),
    ("stay unknown status", stays.add_stay, OK_STAY | {"status": "maybe"}, "status", "ukendt"),
    ("cancelled_at without cancelled", stays.add_stay,
     OK_STAY | {"status": "completed", "cancelled_at": "2023-03-01T10:00"}, "cancelled_at", "aflyst"),
    ("trip negative km", trips.add_trip, OK_TRIP | {"km": "-3"}, "km", "negativ"),
    ("trip absurd km", trips.add_trip, OK_TRIP | {"km": "2000.5"}, "km", "urealistisk"),
    ("trip unknown contract", trips.add_trip, OK_TRIP | {"contract_ids": ["emma-slagelse", "x"]},
     "contract_ids[1]", "findes ikke"),
    ("trip bad date", trips.add_trip, OK_TRIP | {"date": "2023-02-30"}, "date", "gyldig dato"),
    ("expense three decimals", expenses.add_expense, OK_EXPENSE | {"amount": "12.345"}, "amount",
     "decimaler"),
    ("expense negative", expenses.add_expense, OK_EXPENSE | {"amount": Decimal("-1")}, "amount", "negativ"),
    ("expense unknown category", expenses.add_expense, OK_EXPENSE | {"category": "candy"}, "category",
     "ukendt"),
    ("expense text too long", expenses.add_expense, OK_EXPENSE | {"description": "å" * 20_001},
     "description", "for lang"),
    ("note unknown child", notes.add_note, {"child_id": "nobody", "date": "2023-03-04", "text": "Hej"},
     "child_id", "findes ikke"),
    ("contract end before start", contracts.add_contract,
     {"child_id": "emma", "municipality": "randers", "start": "2023-01-01", "end": "2022-01-01"}, "end",
     "før start"),
    ("contract unknown municipality", contracts.add_contract,
     {"child_id": "emma", "municipality": "gotham", "start": "2023-01-01"}, "municipality", "ukendt"),
    ("meeting bad time", meetings.add_meeting, {"contract_id": "emma-slagelse", "at": "2023-04-20 10"},
     "at", "tidspunkt"),
    ("submission unknown kind", submissions.add_submission,
     {"kind": "postcard", "contract_id": "emma-slagelse", "period": "2023-03", "sent": "2023-04-01"},
     "kind", "ukendt"),
]


@pytest.mark.parametrize(("name", "fn", "kwargs", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_nothing_written(s: Any, contract: str, name: str, fn: Any,
                                                  kwargs: dict[str, Any], field: str, words: str) -> None:
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        fn(s, **kwargs)
    fields = {p.field: p.message for p in e.value.problems}
    assert field in fields, fields
    assert words.lower() in fields[field].lower()
    assert counts(s) == before


def test_every_problem_of_one_call_is_reported(s: Any, contract: str) -> None:
    with pytest.raises(ValidationError) as e:
        expenses.add_expense(s, "nope", "2023-13-01", "candy", "x", "1.234")
    assert {p.field for p in e.value.problems} == {"contract_id", "date", "category", "amount"}


def test_overlapping_stays_of_the_same_child_are_refused(s: Any, contract: str) -> None:
    stays.add_stay(s, **OK_STAY)
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        stays.add_stay(s, "emma-slagelse", "2023-03-05T10:00", "2023-03-06T10:00")
    assert e.value.problems[0].field == "start" and "overlapper" in e.value.problems[0].message
    assert counts(s) == before
    # also across two contracts of the same child
    contracts.add_contract(s, "emma", "randers", "2023-01-01", id="emma-randers")
    with pytest.raises(ValidationError):
        stays.add_stay(s, "emma-randers", "2023-03-04T10:00", "2023-03-04T18:00")
    # touching end to start is not an overlap, and a cancelled stay never blocks
    stays.add_stay(s, "emma-slagelse", "2023-03-05T17:00", "2023-03-06T10:00")
    stays.add_stay(s, "emma-randers", "2023-03-04T10:00", "2023-03-04T18:00", status="cancelled",
                   cancelled_at="2023-03-01T09:00")


def test_an_existing_id_is_refused(s: Any, contract: str) -> None:
    stays.add_stay(s, **OK_STAY, id="s1")
    with pytest.raises(ValidationError) as e:
        stays.add_stay(s, "emma-slagelse", "2023-04-03T16:00", "2023-04-05T17:00", id="s1")
    assert e.value.problems[0].field == "id"
    with pytest.raises(ValidationError):
        children.add_child(s, "Anden Emma", "2016-01-01", id="emma")


def test_update_validates_and_keeps_the_old_row_on_error(s: Any, contract: str) -> None:
    st = stays.add_stay(s, **OK_STAY)
    with pytest.raises(ValidationError):
        stays.update_stay(s, st.id, end=datetime(2023, 3, 1, 10))
    assert stays.get_stay(s, st.id) == st
    with pytest.raises(ValidationError) as e:
        stays.update_stay(s, st.id, colour="red")
    assert e.value.problems[0].field == "colour"


def test_add_many_is_all_or_nothing_and_names_the_item(s: Any, contract: str) -> None:
    good = Stay("a", "emma-slagelse", datetime(2023, 3, 3, 16), datetime(2023, 3, 5, 17))
    clash = Stay("b", "emma-slagelse", datetime(2023, 3, 4, 16), datetime(2023, 3, 6, 17))
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        stays.add_many(s, [good, clash])
    assert [p.field for p in e.value.problems] == ["[1].start"]
    assert counts(s) == before


def test_failure_inside_a_transaction_rolls_back(s: Any, contract: str, monkeypatch: Any) -> None:
    """A crash after the first insert of a service call leaves nothing half-written."""
    from aflastapp.services import trips as trips_mod

    def boom(*a: Any, **k: Any) -> None:
        raise RuntimeError("disk gone")

    before = counts(s)
    real_insert = trips_mod.insert

    def half(d: Any, ts: Any) -> None:
        d.table("trips").insert_all([trips_mod.m.trip_to_row(t) for t in ts])
        boom()

    monkeypatch.setattr(trips_mod, "insert", half)
    with pytest.raises(RuntimeError):
        trips.add_trip(s, **OK_TRIP)
    assert counts(s) == before
    monkeypatch.setattr(trips_mod, "insert", real_insert)
    assert trips.add_trip(s, **OK_TRIP).km == Decimal("18.4")


def test_child_with_contracts_cannot_be_deleted(s: Any, contract: str) -> None:
    with pytest.raises(ValidationError):
        children.delete_child(s, "emma")
    assert children.get_child(s, "emma").name == "Emma"


def test_birth_date_in_the_future_is_refused(s: Any) -> None:
    with pytest.raises(ValidationError) as e:
        children.add_child(s, "Ny", date(date.today().year + 1, 1, 1))
    assert e.value.problems[0].field == "birth_date"
