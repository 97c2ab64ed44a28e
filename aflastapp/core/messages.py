"""One catalogue of the messages core gives the family: a code, a Danish template and parameters.

A message is kept as ``code`` + ``params`` next to its Danish text (e.g. ``Deadline.title``), so
every face renders it in its own language from this one catalogue (``text(code, params, lang)``):
the GUI in the app's language, the CLI with ``--lang``, the documents in theirs. Never by
translating the Danish sentence back.

Parameters are values, formatted when the message is rendered: a ``date`` as a date in the
language, ``period`` (``"2026-03"``, ``"2026-Q1"``, ``"2026"``) as a period label, anything else as
text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

Params = tuple[tuple[str, Any], ...]

# code → (Danish, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    "deadline.nights_report": ("Indberet aflastningsdøgn for {period}",
                               "Report the relief nights for {period}"),
    "deadline.expense_claim": ("Udlægsseddel for {period}", "Expense claim for {period}"),
    "deadline.driving_report": ("Kørselsskema for {period}", "Driving form for {period}"),
    "deadline.driving_last_chance": (
        "Sidste frist: kørsel for {period} skal være indberettet senest {date}",
        "Last deadline: driving for {period} must be reported by {date}"),
    "deadline.status_report": ("Statusrapport til statusmødet {date}",
                               "Status report for the status meeting {date}"),
    "deadline.year_end": ("Dokumentation for udlæg og kørsel i {year}",
                          "Documentation of expenses and driving in {year}"),
    "deadline.receipt_retention": ("Originalbilag for udlæg {date} må nu kasseres",
                                   "Original receipts for the expense of {date} may now be discarded"),
}


def params(**values: Any) -> Params:
    return tuple(sorted(values.items()))


def render(template: str, values: Params, lang: str = "da") -> str:
    """``template`` (Danish or its translation) with ``values`` formatted for ``lang``."""
    from aflastapp.core.money import format_date
    from aflastapp.core.periods import period_label

    out: dict[str, str] = {}
    for name, value in values:
        if isinstance(value, date):
            out[name] = format_date(value, lang)
        elif name == "period":
            out[name] = period_label(str(value), lang)
        else:
            out[name] = str(value)
    return template.format(**out)


def text(code: str, values: Params, lang: str = "da") -> str:
    """The message ``code`` with ``values`` in ``lang`` ("da" or "en")."""
    da, en = CATALOGUE[code]
    return render(en if lang == "en" else da, values, lang)
