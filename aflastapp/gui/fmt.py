"""Money, dates and months as the family reads them, in the app's current language."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from aflastapp.core import money


def current_language() -> str:
    from PySide6.QtCore import QLocale

    return "en" if QLocale().language() == QLocale.Language.English else "da"


def kr(amount: Decimal | None, lang: str | None = None) -> str:
    return money.format_kr(amount, lang or current_language())


def km(value: Decimal, lang: str | None = None) -> str:
    return money.format_km(value, lang or current_language())


def day(d: date, lang: str | None = None) -> str:
    return money.format_date(d, lang or current_language())


def instant(dt: datetime, lang: str | None = None) -> str:
    return f"{money.format_date(dt.date(), lang or current_language())} {dt:%H:%M}"


def month(year: int, month_: int, lang: str | None = None) -> str:
    text = money.format_month(year, month_, lang or current_language())
    return text[:1].upper() + text[1:]


def period(key: str, lang: str | None = None) -> str:
    """A period ("2026-03", "2026-Q1", "2026") as a label on its own: "Marts 2026", "1. kvartal 2026".

    Standing alone (a heading, a list item, a table cell) a month starts with a capital, as
    ``month`` does; inside a sentence the catalogue's messages keep it lower case ("for marts 2026")."""
    from aflastapp.core.periods import period_label

    text = period_label(key, lang or current_language())
    return text[:1].upper() + text[1:]


def add_months(year: int, month_: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month_ - 1) + n
    return index // 12, index % 12 + 1


_HANDBOOK_FILE = re.compile(r"\b([a-zæøå]+)(?:-[a-zæøå]+)*\.(?:txt|md)\b(?::\s*([^;\n]+?))?(?=;|\n|$)")
_TOWNS = {"morsoe": "Morsø"}
_KOMMUNE = re.compile(r"\b(\w+) Kommune(?:s)?\b")


def source(text: str) -> str:
    """A rule's source as the family reads it: "slagelse-aflastning.txt: Hoteldøgn" names a
    handbook file, shown as "Slagelse Kommunes håndbog, afsnittet »Hoteldøgn«" (never the file)."""
    from PySide6.QtCore import QCoreApplication

    def name(m: re.Match[str]) -> str:
        town = _TOWNS.get(m.group(1), m.group(1).capitalize())
        book = QCoreApplication.translate("fmt", "%1 Kommunes håndbog").replace("%1", town)
        section = (m.group(2) or "").strip()
        if not section:
            return book
        text = QCoreApplication.translate("fmt", "%1, afsnittet »%2«")
        return text.replace("%1", book).replace("%2", section)

    text = _HANDBOOK_FILE.sub(name, text)
    if current_language() == "en":  # core's fixed Danish source phrases, in English
        for da, en in _FIXED_SOURCES:
            text = text.replace(da, QCoreApplication.translate("fmt", en))
        text = _KOMMUNE.sub(r"\1 Municipality", text)
    return text


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # lupdate's marker; no Qt import here
    return text


# Fixed phrases core and services put into sources; their English is in the .ts (context "fmt").
_FIXED_SOURCES = (
    ("Familiens indstillinger (håndbogen angiver det ikke)",
     QT_TRANSLATE_NOOP("fmt", "Familiens indstillinger (håndbogen angiver det ikke)")),
    ("; frist: ", QT_TRANSLATE_NOOP("fmt", "; frist: ")),
    ("KL's vejledning om hoteldøgn", QT_TRANSLATE_NOOP("fmt", "KL's vejledning om hoteldøgn")),
    ("Ferieloven: 12,5 % feriepenge af vederlaget",
     QT_TRANSLATE_NOOP("fmt", "Ferieloven: 12,5 % feriepenge af vederlaget")),
    ("Generelle spørgsmål til statusrapporten",
     QT_TRANSLATE_NOOP("fmt", "Generelle spørgsmål til statusrapporten")),
    ("s håndbog har ingen egne til statusrapporten",
     QT_TRANSLATE_NOOP("fmt", "s håndbog har ingen egne til statusrapporten")),
    ("Generelle spørgsmål – ", QT_TRANSLATE_NOOP("fmt", "Generelle spørgsmål – ")),
)
