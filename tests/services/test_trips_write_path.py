"""Trips are written with prepared SQL and the diary's keys refuse a taken id or an unknown
contract: the family still gets the same Danish ValidationError naming the field, and nothing of
the refused call is written, also inside a larger action. Reading returns each trip with exactly
its own contracts, in the order they were given."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import Trip
from aflastapp.services import children, contracts, trips
from tests.services.conftest import counts

TRIP = {"date": "2023-03-03", "purpose": "Afhentning", "from_place": "Hjem", "to_place": "Skolen",
        "km": "18.4"}


def _fields(e: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in e.value.problems}


def test_a_taken_trip_id_is_refused_by_name_and_nothing_written(s: Any, contract: str) -> None:
    first = trips.add_trip(s, [contract], **TRIP, id="tur-1")
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        trips.add_trip(s, [contract], **(TRIP | {"km": "3"}), id="tur-1")
    assert _fields(e)["id"] == "Turen »tur-1« findes allerede"
    assert counts(s) == before
    assert trips.get_trip(s, "tur-1") == first  # the old trip is untouched


def test_unknown_contract_and_bad_fields_are_reported_together(s: Any, contract: str) -> None:
    before = counts(s)
    with pytest.raises(ValidationError) as e:
        trips.add_trip(s, [contract, "ingen"], **(TRIP | {"date": "2023-02-30", "km": "-1"}))
    assert set(_fields(e)) == {"contract_ids[1]", "date", "km"}
    assert "findes ikke" in _fields(e)["contract_ids[1]"]
    assert counts(s) == before


def test_a_refused_trip_inside_a_larger_action_undoes_only_itself(s: Any, contract: str) -> None:
    """The key refuses the link row after the trip row was written: the savepoint takes the trip
    row back, the caller's earlier writes in the same transaction stay and commit."""
    with s.transaction():
        kept = trips.add_trip(s, [contract], **TRIP, id="tur-a")
        with pytest.raises(ValidationError) as e:
            trips.add_trip(s, [contract, "ingen"], **TRIP, id="tur-b")
        assert "contract_ids[1]" in _fields(e)
    assert [t.id for t in trips.list_trips(s)] == [kept.id]
    assert s.db.execute("SELECT count(*) FROM trip_contracts").fetchone()[0] == 1


def test_add_many_names_the_item_for_a_taken_id_and_a_repeated_id(s: Any, contract: str) -> None:
    trips.add_trip(s, [contract], **TRIP, id="tur-1")
    before = counts(s)

    def trip(id_: str, cids: tuple[str, ...] = (contract,)) -> Trip:
        return Trip(id=id_, contract_ids=cids, date=date(2023, 3, 4), purpose="Aflevering",
                    from_place="Skolen", to_place="Hjem", km=Decimal("18.4"))

    with pytest.raises(ValidationError) as e:
        trips.add_many(s, [trip("tur-2"), trip("tur-1")])
    assert list(_fields(e)) == ["[1].id"]
    with pytest.raises(ValidationError) as e:
        trips.add_many(s, [trip("tur-3"), trip("tur-3")])
    assert list(_fields(e)) == ["[1].id"]
    with pytest.raises(ValidationError) as e:
        trips.add_many(s, [trip("tur-4"), trip("tur-5", (contract, "ingen"))])
    assert list(_fields(e)) == ["[1].contract_ids[1]"]
    assert counts(s) == before
    saved = trips.add_many(s, [trip("tur-6"), trip("tur-7")])
    assert [t.id for t in trips.list_trips(s, start=date(2023, 3, 4))] == [t.id for t in saved]


def test_each_trip_is_read_with_only_its_own_contracts_in_given_order(s: Any, contract: str) -> None:
    children.add_child(s, "Noah", "2014-02-02", id="noah")
    contracts.add_contract(s, "noah", "randers", "2022-01-01", id="noah-randers")
    shared = trips.add_trip(s, ["noah-randers", contract], **TRIP, via=["Torvet", "Skolen"], id="fælles")
    own = trips.add_trip(s, [contract], **(TRIP | {"date": "2023-04-01"}), id="egen")
    later = trips.add_trip(s, ["noah-randers"], **(TRIP | {"date": "2024-01-01"}), id="senere")

    assert trips.list_trips(s, start=date(2023, 1, 1), end=date(2023, 12, 31)) == [shared, own]
    assert trips.get_trip(s, "fælles").contract_ids == ("noah-randers", contract)
    assert trips.get_trip(s, "fælles").via == ("Torvet", "Skolen")
    assert trips.list_trips(s, contract_id="noah-randers") == [shared, later]
    assert trips.list_trips(s, contract_id=contract, start=date(2023, 4, 1)) == [own]
    assert trips.list_trips(s) == [shared, own, later]
    assert trips.list_trips(s, start=date(2030, 1, 1)) == []
    assert own.via == () and trips.get_trip(s, "egen").km == Decimal("18.4")
