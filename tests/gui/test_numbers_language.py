"""Km and typed numbers follow the app's language: "17,2" in Danish, "17.2" in English."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from aflastapp.gui.widgets.common import fmt_km, parse_decimal


def _locale(language: QLocale.Language) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(language, QLocale.Country.Denmark))  # as i18n.install does
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def english() -> Iterator[None]:
    yield from _locale(QLocale.Language.English)


@pytest.fixture
def danish() -> Iterator[None]:
    yield from _locale(QLocale.Language.Danish)


def test_danish_km_and_input(danish: None) -> None:
    assert fmt_km(Decimal("17.2")) == "17,2"
    assert fmt_km(Decimal("1204")) == "1.204"
    assert parse_decimal("17,2") == "17.2"
    assert parse_decimal("1.204") == "1204"


def test_english_km_uses_the_decimal_point_and_reads_back(english: None) -> None:
    assert fmt_km(Decimal("17.2")) == "17.2"
    assert fmt_km(Decimal("1204.5")) == "1,204.5"
    for value in (Decimal("17.2"), Decimal("1204.5"), Decimal("3")):
        assert Decimal(parse_decimal(fmt_km(value))) == value  # what the form shows is read back unchanged
    assert parse_decimal("1.234") == "1.234"  # a decimal point, not Danish thousands
    assert parse_decimal("17,2") == "17.2"  # a Danish family typing a comma in English mode
