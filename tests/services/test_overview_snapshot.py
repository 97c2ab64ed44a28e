"""The dashboard's snapshot reads stays and trips straight from the database: it must hold exactly
what the family entered (shared trips with their contracts, routes with stops, cancelled stays)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from aflastapp.core.models import StayStatus
from aflastapp.services import children, contracts, overview, session, stays, trips


def test_snapshot_holds_every_stay_and_trip_as_entered(s: session.Session, contract: str) -> None:
    children.add_child(s, "Noah", date(2017, 3, 9), id="noah")
    other = contracts.add_contract(s, "noah", "nyborg", date(2023, 1, 1), vederlag_count=5,
                                   id="noah-nyborg").id
    late = stays.add_stay(s, contract, datetime(2024, 3, 8, 15, 0), datetime(2024, 3, 10, 17, 0),
                          status=StayStatus.CANCELLED, cancelled_at=datetime(2024, 3, 8, 7, 30),
                          note="Syg, aflyst om morgenen")
    early = stays.add_stay(s, other, datetime(2024, 1, 5, 14, 0), datetime(2024, 1, 7, 12, 0),
                           status=StayStatus.COMPLETED)
    plain = stays.add_stay(s, contract, datetime(2024, 1, 5, 14, 0), datetime(2024, 1, 6, 10, 0))
    shared = trips.add_trip(s, [other, contract], date(2024, 3, 8), "Hente begge børn", "Hjem", "Skolen",
                            Decimal("33.35"), via=("Børnehaven", "Æblegården"))
    single = trips.add_trip(s, [contract], date(2024, 1, 5), "Aflevere", "Hjem", "Hjem", "12")

    snap = overview.snapshot(s)

    assert snap.stays == tuple(sorted((early, plain, late), key=lambda x: (x.start, x.id)))
    got_late = next(x for x in snap.stays if x.id == late.id)
    assert got_late.status is StayStatus.CANCELLED and got_late.cancelled_at == datetime(2024, 3, 8, 7, 30)
    assert got_late.note == "Syg, aflyst om morgenen"
    assert snap.trips == (single, shared)
    got_shared = snap.trips[1]
    assert got_shared.contract_ids == (other, contract)  # the order the family linked them
    assert got_shared.via == ("Børnehaven", "Æblegården") and got_shared.km == Decimal("33.35")
    assert snap.trips[0].via == () and snap.trips[0].km == Decimal("12")


def test_snapshot_is_rebuilt_after_a_write(s: session.Session, contract: str) -> None:
    assert overview.snapshot(s).trips == ()
    t = trips.add_trip(s, [contract], date(2024, 2, 1), "Hente", "Hjem", "Skolen", "7.5")
    assert overview.snapshot(s).trips == (t,)
    preview = overview.preview_month(s, 2024, 2)
    assert preview.mileage is not None and preview.mileage > 0
