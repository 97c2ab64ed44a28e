"""The annual overview shows expected against paid per month for a contract with recorded payments."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from aflastapp.core import earnings
from aflastapp.core.models import Payment
from aflastapp.reports import annual
from tests.reports import diaries as D
from tests.reports.pdfcheck import text

NAMES = {"k-mor1": "Morsø Kommune", "k-mor2": "Morsø Kommune"}


def test_expected_against_paid_per_month() -> None:
    snap = dataclasses.replace(D.morsoe(), payments=(
        # January: 2 døgn; kost og logi 402,00 expected, 209,00 paid
        Payment("b1", "k-mor1", "2023-01", date(2023, 2, 20), vederlag=Decimal("2156.00"),
                kost_logi=Decimal("209.00"), mileage=Decimal("30.66"), expenses=Decimal("0")),
        # March: 3 døgn; 100 kr. too much in vederlag, kost og logi and driving as expected
        Payment("b3", "k-mor1", "2023-03", date(2023, 4, 20), vederlag=Decimal("3334.00"),
                kost_logi=Decimal("603.00"), mileage=Decimal("29.57")),
    ))
    previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
    t = text(annual.render(snap, 2023, previews, municipality_names=NAMES, today=date(2024, 1, 10)))
    assert "Forventet og udbetalt pr. måned" in t
    assert "Januar 2.588,66 2.395,66 193,00 for lidt" in t
    assert "Marts 3.866,57 3.966,57 -100,00 for meget" in t
    assert "ikke udbetalt" in t  # a month with døgn and no payment, long past
    assert "positiv: kommunen skylder jer" in t
    # the other contract has no payments: no such table for it
    assert t.count("Forventet og udbetalt pr. måned") == 1


def test_no_payments_no_table() -> None:
    snap = D.morsoe()
    previews = earnings.preview_months(snap, [(2023, m) for m in range(1, 13)])
    t = text(annual.render(snap, 2023, previews, municipality_names=NAMES))
    assert "Forventet og udbetalt" not in t
