"""A nights report, driving report or expense claim made at the start of a session reads only the rows
around its period (``overview.build_period_snapshot``), not the whole diary: the document must be
exactly the one the whole diary gives, for every municipality's realistic diary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from aflastapp.core.models import DiarySnapshot, DocumentKind
from aflastapp.services import documents, family, overview
from aflastapp.services import mapping as m
from aflastapp.services._base import invalidate, write
from aflastapp.services.session import Session, lock, setup
from tests.reports import diaries as D
from tests.reports.pdfcheck import page_texts

DIARIES: dict[str, Callable[[], DiarySnapshot]] = {
    "slagelse": D.slagelse,
    "randers": D.randers,
    "nyborg": D.nyborg,
    "haderslev": D.haderslev,
    "morsoe": D.morsoe,
    "mileage_change_2022": D.mileage_change_2022,
}


@pytest.fixture
def s(data_dir: Path) -> Iterator[Session]:
    session, _key = setup(data_dir)
    yield session
    lock(session, backup=False)


def _load(s: Session, snap: DiarySnapshot) -> None:
    """Write a diary snapshot into the encrypted database, row for row."""
    family.set_family(s, snap.family.name, snap.family.address, snap.family.car_registration)
    with write(s) as d:
        for c in snap.children:
            d.table("children").insert(m.child_to_row(c))
        for k in snap.contracts:
            d.table("contracts").insert(m.contract_to_row(k))
        for st in snap.stays:
            d.table("stays").insert(m.stay_to_row(st))
        for t in snap.trips:
            d.table("trips").insert(m.trip_to_row(t))
            for cid in t.contract_ids:
                d.table("trip_contracts").insert({"trip_id": t.id, "contract_id": cid})
        for e in snap.expenses:
            d.table("expenses").insert(m.expense_to_row(e))
        for n in snap.notes:
            d.table("notes").insert(m.note_to_row(n))
        for mt in snap.meetings:
            d.table("meetings").insert(m.meeting_to_row(mt))


def _periods(snap: DiarySnapshot) -> set[tuple[str, str]]:
    """(contract, month) for every month the diary has something in, and its quarter and year."""
    days: set[tuple[str, date]] = set()
    for st in snap.stays:
        days.add((st.contract_id, st.start.date()))
        days.add((st.contract_id, st.end.date()))
    for t in snap.trips:
        days.update((cid, t.date) for cid in t.contract_ids)
    for e in snap.expenses:
        days.add((e.contract_id, e.date))
    out: set[tuple[str, str]] = set()
    for cid, d in days:
        quarter = f"{d.year}-Q{(d.month - 1) // 3 + 1}"
        out |= {(cid, f"{d.year}-{d.month:02d}"), (cid, quarter), (cid, str(d.year))}
    return out


def _kinds(period: str) -> list[DocumentKind]:
    if "-Q" in period:
        return [DocumentKind.DRIVING_REPORT, DocumentKind.EXPENSE_CLAIM]
    if "-" in period:
        return [DocumentKind.NIGHTS_REPORT, DocumentKind.DRIVING_REPORT, DocumentKind.EXPENSE_CLAIM]
    return [DocumentKind.EXPENSE_CLAIM]


@pytest.mark.parametrize("name", sorted(DIARIES))
def test_documents_from_the_period_are_those_of_the_whole_diary(s: Session, name: str) -> None:
    diary = DIARIES[name]()
    _load(s, diary)
    checked = 0
    for cid, period in sorted(_periods(diary)):
        for kind in _kinds(period):
            invalidate(s)  # a fresh session: only the period's rows are read
            part, *_ = documents._render(s, kind, cid, period, None, "da")
            assert "snapshot" not in s.cache
            overview.snapshot(s)  # the dashboard has read the whole diary
            whole, *_ = documents._render(s, kind, cid, period, None, "da")
            if isinstance(part, documents._Claim):  # an expense claim is rendered when it is kept
                assert isinstance(whole, documents._Claim)
                part, whole = part.render(), whole.render()
            assert isinstance(part, bytes) and isinstance(whole, bytes)
            assert page_texts(part) == page_texts(whole), (kind, cid, period)
            checked += 1
    assert checked >= 3


def test_the_period_snapshot_reads_only_rows_that_touch_the_period(s: Session) -> None:
    diary = D.randers()
    _load(s, diary)
    first, last = date(2023, 3, 20), date(2023, 3, 31)
    part = overview.build_period_snapshot(s, first, last)
    whole = overview.build_snapshot(s)
    assert part.contracts == whole.contracts and part.children == whole.children
    assert part.stays == tuple(st for st in whole.stays if st.start.date() <= last and st.end.date() >= first)
    assert part.trips == tuple(t for t in whole.trips if first <= t.date <= last)
    assert part.expenses == tuple(e for e in whole.expenses if first <= e.date <= last)
    assert len(part.stays) < len(whole.stays) or len(part.trips) < len(whole.trips)
