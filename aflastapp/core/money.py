"""Money, km and dates as the families read them.

Money is ``Decimal`` throughout. Every line of a figure is rounded half-up to the øre with
:func:`round_ore`; totals are sums of rounded lines, so a printed document always adds up.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

ORE = Decimal("0.01")

_MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def round_ore(amount: Decimal) -> Decimal:
    """Round half-up to two decimals (øre): 0.005 → 0.01, 2.675 → 2.68."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


def _group(digits: str, sep: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def format_number(value: Decimal, lang: str = "da", decimals: int = 2) -> str:
    """``Decimal("1234.5")`` → ``"1.234,50"`` (da) or ``"1,234.50"`` (en)."""
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) if decimals else \
        value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = f"{abs(q):f}"
    whole, _, frac = text.partition(".")
    thousands, point = (".", ",") if lang == "da" else (",", ".")
    result = _group(whole, thousands)
    if decimals:
        result += point + frac
    return sign + result


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
