"""Money, km and dates as the families read them.

Money is ``Decimal`` throughout. Every line of a figure is rounded half-up to the øre with
:func:`round_ore`; totals are sums of rounded lines, so a printed document always adds up.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

ORE = Decimal("0.01")

_MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def round_ore(amount: Decimal) -> Decimal:
    """Round half-up to two decimals (øre): 0.005 → 0.01, 2.675 → 2.68."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


_DA = str.maketrans({",": ".", ".": ","})
_QUANTS = {n: Decimal(1).scaleb(-n) for n in range(7)}


def format_number(value: Decimal, lang: str = "da", decimals: int = 2) -> str:
    """``Decimal("1234.5")`` → ``"1.234,50"`` (da) or ``"1,234.50"`` (en); rounded half-up."""
    try:
        return _format_number_cached(value, lang, decimals)
    except TypeError:  # an unhashable value (a signalling NaN): let the plain path raise
        return _format_number(value, lang, decimals)


# The same few amounts (rates, km, per-døgn figures) are formatted thousands of times in a
# preview; equal Decimals (1.5 and 1.50) format alike, so a cache keyed by value (and type) is exact.
@lru_cache(maxsize=8192, typed=True)
def _format_number_cached(value: Decimal, lang: str, decimals: int) -> str:
    return _format_number(value, lang, decimals)


def _format_number(value: Decimal, lang: str, decimals: int) -> str:
    q = value.quantize(_QUANTS[decimals], rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)  # no "-0,00"
    text = format(q, f",.{decimals}f")
    return text.translate(_DA) if lang == "da" else text


def format_kr(amount: Decimal | None, lang: str = "da") -> str:
    """``1234.5`` → ``"1.234,50 kr."`` (da) / ``"DKK 1,234.50"`` (en); a missing amount says so."""
    if amount is None:
        return "mangler sats" if lang == "da" else "rate missing"
    if lang == "da":
        return f"{format_number(amount, 'da')} kr."
    return f"DKK {format_number(amount, 'en')}"


def format_km(km: Decimal, lang: str = "da") -> str:
    """``Decimal("12.5")`` → ``"12,5 km"``; whole km without decimals."""
    decimals = 0 if km == km.to_integral_value() else (1 if (km * 10) == (km * 10).to_integral_value() else 2)
    return f"{format_number(km, lang, decimals)} km"


@lru_cache(maxsize=16384)
def format_date(d: date, lang: str = "da") -> str:
    """``06.03.2026`` (da) / ``2026-03-06`` (en)."""
    if lang == "da":
        return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"
    return d.isoformat()


def month_name(month: int, lang: str = "da") -> str:
    return (_MONTHS_DA if lang == "da" else _MONTHS_EN)[month - 1]


def format_month(year: int, month: int, lang: str = "da") -> str:
    """``"marts 2026"`` / ``"March 2026"``."""
    return f"{month_name(month, lang)} {year}"
