"""Page layout of the forms the family signs: a typical month fits on one page, and the
declaration and signature never stand alone on a page (the last rows of the table go with them)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from aflastapp.core import earnings
from aflastapp.core.models import DiarySnapshot, Trip
from aflastapp.reports import driving, nights
from tests.reports import diaries as D
from tests.reports.pdfcheck import page_texts

SIGNATURE = "Underskrift (Hanne og Søren Ærø-Østergård)"
DRIVER_SIGNATURE = "Underskrift (Hanne Ærø-Østergård)"  # the driving form: the driver signs


def driving_pdf(n: int) -> bytes:
    """A Randers March with ``n`` realistic trips (purposes and places that wrap in their cells)."""
    base = D.randers()
    trips = tuple(
        Trip(
            f"t{i:03d}",
            ("k-rnd",),
            date(2023, 3, 1 + i // 2),  # (date, id) order is the order of i
            ("Hente Åse til weekendaflastning" if i % 2 else "Aflevere Åse hos mor") + f" #{i}",
            "Hjem, Randers NØ",
            "Mor, Langå Stationsvej 4" if i % 2 else "Skolen, Randers C",
            Decimal("21.5"),
            ("Bibliotek, Randers",) if i % 3 == 0 else (),
            approval="Aftalt med Myndighedscentret",
        )
        for i in range(n)
    )
    snap = dataclasses.replace(base, trips=trips)
    cm = earnings.preview_month(snap, 2023, 3, "k-rnd").contracts[0]
    return driving.render(
        snap,
        "k-rnd",
        date(2023, 3, 1),
        date(2023, 3, 31),
        [cm],
        municipality_name="Randers Kommune",
        period="2023-03",
        period_label="Marts 2023",
    )


def squash(s: str) -> str:
    return " ".join(s.split())


def test_a_typical_driving_month_is_one_page_with_declaration_and_signature() -> None:
    for n in (1, 10):
        pages = page_texts(driving_pdf(n))
        assert len(pages) == 1, (n, len(pages))
        page = squash(pages[0])
        assert "Jeg erklærer" in page and DRIVER_SIGNATURE in page and "Sammentælling pr. takst" in page
        assert f"#{n - 1}" in page


@pytest.mark.parametrize("n", range(1, 61))
def test_driving_signature_is_never_alone_on_a_page(n: int) -> None:
    pages = [squash(p) for p in page_texts(driving_pdf(n))]
    assert DRIVER_SIGNATURE in pages[-1] and all(DRIVER_SIGNATURE not in p for p in pages[:-1])
    last = pages[-1]
    # the last page holds the table's last trip and its total row with the declaration
    assert f"#{n - 1} " in last and "Jeg erklærer" in last
    assert "I alt" in last and "Takst pr. km" in last  # with its header repeated
    if len(pages) > 1:
        # rows were moved along with the signature, never left behind: every trip is printed once
        assert sum(p.count(f"#{n - 1} ") for p in pages) == 1
    for i in range(n):
        assert sum(p.count(f"#{i} ") for p in pages) == 1, i


def nights_pdf(n: int) -> bytes:
    base = D.randers()
    k = base.contracts[0]
    start = datetime(2023, 3, 1, 16, 0)
    stays = tuple(
        dataclasses.replace(
            base.stays[0],
            id=f"s{i}",
            start=start + timedelta(days=2 * i),
            end=start + timedelta(days=2 * i, hours=18),
        )
        for i in range(n)
    )
    snap: DiarySnapshot = dataclasses.replace(base, stays=stays)
    cm = earnings.preview_month(snap, 2023, 3, k.id).contracts[0]
    return nights.render(snap, cm, municipality_name="Randers Kommune")


@pytest.mark.parametrize("n", [1, 5, 10, 15])
def test_nights_report_signature_keeps_company(n: int) -> None:
    pages = [squash(p) for p in page_texts(nights_pdf(n))]
    if n <= 10:
        assert len(pages) == 1
    assert SIGNATURE in pages[-1] and "Døgn i alt" in pages[-1]
