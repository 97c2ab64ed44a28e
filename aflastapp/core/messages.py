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
    "deadline.age_10": ("{child} fylder 10 år: kost og logi stiger til satsen for 10 år og derover",
                        "{child} turns 10: board and lodging rises to the rate for 10 and over"),
    "deadline.age_cap": ("{child} fylder {age} år: højst {nights} døgn om måneden",
                         "{child} turns {age}: at most {nights} nights a month"),
    "deadline.incident": ("Magtanvendelse {date}: orientér {who} straks",
                          "Use of force {date}: inform {who} at once"),
    "deadline.first_follow_up": ("Første opfølgning på barnets plan {months} måneder efter start",
                                 "First follow-up on the child's plan {months} months after the start"),
    "warning.stay_overlap": ("Opholdet overlapper et andet ophold for samme barn ({other})",
                             "The stay overlaps another stay of the same child ({other})"),
    "warning.stay_too_long": (
        "Opholdet er {nights} døgn; {municipality} giver aflastning i højst {most} døgn ad gangen",
        "The stay is {nights} nights; {municipality} gives relief for at most {most} nights at a time"),
    "warning.max_nights_exceeded": (
        "Med dette ophold bliver det {nights} døgn i {period}; {municipality} giver højst {most} døgn "
        "om måneden",
        "With this stay there are {nights} nights in {period}; {municipality} gives at most {most} nights "
        "a month"),
    "warning.placement_threshold": (
        "Med dette ophold bliver det {nights} døgn i {period}: {most} døgn eller mere om måneden er en "
        "anbringelse, ikke aflastning",
        "With this stay there are {nights} nights in {period}: {most} nights or more a month is a placement, "
        "not relief care"),
    "warning.rate_missing": (
        "Satsen for {rate} pr. {date} mangler i appens tabeller: indtast den fra kommunens brev eller KL's "
        "takster under Satser",
        "The rate for {rate} on {date} is missing from the app's tables: enter it from the municipality's "
        "letter or KL's rates under Rates"),
}

# rate fields as named in messages (``rate`` parameters), Danish and English
RATE_NAMES: dict[str, tuple[str, str]] = {
    "vederlag_per_day_exact": ("vederlag pr. døgn (præcis)", "fee per night (exact)"),
    "vederlag_per_day": ("vederlag pr. døgn (tabellens kronebeløb)", "fee per night (the table's amount)"),
    "kost_logi_under_10": ("kost og logi under 10 år", "board and lodging under 10"),
    "kost_logi_10_plus": ("kost og logi 10 år og derover", "board and lodging 10 and over"),
    "kost_logi_third_child": ("kost og logi 3. og 4. barn", "board and lodging, 3rd and 4th child"),
    "low_per_km": ("statens laveste takst pr. km", "the state's lowest rate per km"),
    "high_per_km": ("statens høje takst pr. km", "the state's high rate per km"),
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
        elif name == "rate" and str(value) in RATE_NAMES:
            da, en = RATE_NAMES[str(value)]
            own = dict(values).get("rate_da")  # the Danish name the engine used, if it gave one
            out[name] = en if lang == "en" else str(own or da)
        else:
            out[name] = str(value)
    return template.format(**out)


def text(code: str, values: Params, lang: str = "da") -> str:
    """The message ``code`` with ``values`` in ``lang`` ("da" or "en")."""
    da, en = CATALOGUE[code]
    return render(en if lang == "en" else da, values, lang)
