"""Indberetning af aflastningsdøgn: the monthly report of døgn for one contract.

Every figure comes from the engine's ``ContractMonth`` for the month (its ``night_dates``
say which døgn belong to which stay and whether each is paid, with the rule's explanation);
this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from aflastapp.core.models import (
    ContractMonth,
    DiarySnapshot,
    DocumentKind,
    NightDate,
    Stay,
    StayStatus,
    WarningCode,
)
from aflastapp.reports.common import contract_context, party_rows, source_text
from aflastapp.reports.style import (
    BODY_WIDTH,
    NBSP,
    DocMeta,
    auto_widths,
    build_pdf,
    check_lang,
    day,
    day_with_weekday,
    info_table,
    month_name,
    para,
    signature_block,
    styles,
    table_with_closing,
    title_block,
    week,
)

TITLE = {"da": "Indberetning af aflastningsdøgn", "en": "Report of relief nights (aflastningsdøgn)"}

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "stays": "Ophold i måneden",
        "cols": ("Uge", "Start", "Slut", "Status", "Døgn i måneden", "Medregnet og regel"),
        "claimed": "Medregnet",
        "not_claimed": "Ikke medregnet",
        "why_same_day": "aflyst samme dag, som opholdet skulle begynde",
        "why_before": "aflyst dagen før opholdet eller tidligere",
        "why_no_show": "barnet udeblev",
        "why_sick": "aflyst, fordi plejefamilien var syg",
        "why_no_rule": "kommunens regler fastsætter ikke betaling for aflyste eller udeblevne ophold",
        "rule": "Regel",
        "status": {
            StayStatus.PLANNED: "Planlagt",
            StayStatus.COMPLETED: "Gennemført",
            StayStatus.CANCELLED: "Aflyst",
            StayStatus.NO_SHOW: "Udeblevet",
            StayStatus.SICK: "Aflyst pga. sygdom",
        },
        "cancelled_at": "Aflyst\n{at}",
        "unpaid": "{n} ikke betalt",
        "no_stays": "Der er ingen ophold registreret i måneden.",
        "total": "Døgn i alt",
        "summary": "Opgørelse",
        "paid_nights": "Betalte aflastningsdøgn i {month}",
        "unpaid_nights": "Døgn der ikke betales",
        "cap": "Loft for måneden",
        "cap_value": "{cap} døgn",
        "cap_kept": "Overholdt",
        "cap_broken": "Overskredet med {n} døgn",
        "no_cap": "Kommunens regler har intet månedligt loft",
        "notes": "Bemærkninger",
        "declaration": "Jeg erklærer, at oplysningerne ovenfor er korrekte.",
        "dates_heading": "Døgnenes datoer",
        "dates_text": "Betalte døgn: {dates}",
        "at": "kl.",
    },
    "en": {
        "stays": "Stays in the month",
        "cols": ("Week", "Start", "End", "Status", "Nights in the month", "Claimed, and the rule"),
        "claimed": "Claimed",
        "not_claimed": "Not claimed",
        "why_same_day": "cancelled on the day the stay was to begin",
        "why_before": "cancelled the day before the stay or earlier",
        "why_no_show": "the child did not come",
        "why_sick": "cancelled because the relief family was ill",
        "why_no_rule": "the municipality's rules set no payment for cancelled or no-show stays",
        "rule": "Rule",
        "status": {
            StayStatus.PLANNED: "Planned",
            StayStatus.COMPLETED: "Completed",
            StayStatus.CANCELLED: "Cancelled",
            StayStatus.NO_SHOW: "No-show",
            StayStatus.SICK: "Cancelled (illness)",
        },
        "cancelled_at": "Cancelled\n{at}",
        "unpaid": "{n} not paid",
        "no_stays": "No stays are recorded in the month.",
        "total": "Total nights",
        "summary": "Summary",
        "paid_nights": "Paid relief nights in {month}",
        "unpaid_nights": "Nights not paid",
        "cap": "Cap for the month",
        "cap_value": "{cap} nights",
        "cap_kept": "Kept",
        "cap_broken": "Exceeded by {n} nights",
        "no_cap": "The municipality's rules set no monthly cap",
        "notes": "Remarks",
        "declaration": "I declare that the information above is correct.",
        "dates_heading": "Dates of the nights",
        "dates_text": "Paid nights: {dates}",
        "at": "at",
    },
}

# what the receiver needs to know about the month (a cancelled stay without a rule is shown in its
# row, neutrally; the engine's advice to the family - "Spørg sagsbehandleren." - stays in the app)
NIGHT_WARNINGS = (
    WarningCode.MAX_NIGHTS_EXCEEDED,
    WarningCode.PLACEMENT_THRESHOLD,
    WarningCode.STAY_TOO_LONG,
)


def title(lang: str = "da") -> str:
    return TITLE[check_lang(lang)]


def _when(dt: datetime, lang: str) -> str:
    """"fre 03.03.2023 kl. 14:00": the time never parted from its "kl."."""
    weekday_date = day_with_weekday(dt.date(), lang).replace(" ", NBSP)
    return f"{weekday_date} {TEXTS[lang]['at']}{NBSP}{dt:%H:%M}"


def stays_of_month(snapshot: DiarySnapshot, month: ContractMonth) -> list[Stay]:
    """The contract's stays that touch the month or own one of its døgn, in date order."""
    first = datetime(month.year, month.month, 1)
    nxt = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1)
    owning = {n.stay_id for n in month.night_dates}
    stays = [
        s
        for s in snapshot.stays
        if s.contract_id == month.contract_id and (s.id in owning or (s.start < nxt and s.end > first))
    ]
    return sorted(stays, key=lambda s: (s.start, s.id))


def cancellation_rule(municipality: str) -> tuple[str | None, str | None]:
    """The sources of the municipality's rules for cancelled/no-show stays and for a stay cancelled
    because the family is ill (None: it has no such rule)."""
    from aflastapp.core import rules

    try:
        rule_set = rules.load_rule_set(municipality)
    except Exception:  # an unknown rule set: no rule known
        return None, None
    policy, sick = rule_set.cancellation_policy, rule_set.sickness_new_stay
    return (policy.source if policy is not None else None, sick.source if sick is not None else None)


def _how_counted(
    nights: Sequence[NightDate], stay: Stay, lang: str, rule: tuple[str | None, str | None]
) -> str:
    """For a cancelled, sick-cancelled or no-show stay: whether its døgn are claimed and under which
    rule, said neutrally (the receiver's facts, no advice to the family). Other stays: nothing.
    """
    if stay.status not in (StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.SICK):
        return ""
    tx = TEXTS[lang]
    paid = bool(nights) and all(n.paid for n in nights)
    policy, sick = rule
    source = (sick if stay.status is StayStatus.SICK and sick else policy) or ""
    if stay.status is StayStatus.SICK and sick:
        why = tx["why_sick"]
    elif not source:
        why = tx["why_no_rule"]
    elif stay.status is StayStatus.NO_SHOW:
        why = tx["why_no_show"]
    elif stay.cancelled_at is not None and stay.cancelled_at.date() >= stay.start.date():
        why = tx["why_same_day"]
    else:
        why = tx["why_before"]
    text = f"{tx['claimed'] if paid else tx['not_claimed']}: {why}."
    if source:
        text += f" {tx['rule']}: {source_text(source, lang)}."
    return text


def render(
    snapshot: DiarySnapshot,
    month: ContractMonth,
    *,
    municipality_name: str,
    lang: str = "da",
    today: date | None = None,
) -> bytes:
    """The month's report of døgn for ``month.contract_id`` as PDF bytes."""
    tx = TEXTS[check_lang(lang)]
    st = styles()
    ctx = contract_context(snapshot, month.contract_id)
    start = date(month.year, month.month, 1)
    end = date(month.year + (month.month == 12), month.month % 12 + 1, 1) - timedelta(days=1)
    period = f"{day(start, lang)} – {day(end, lang)}"
    story: list[Flowable] = []
    story += title_block(TITLE[lang], month_name(lang, month.year, month.month).capitalize(), st)
    story.append(party_rows(ctx, municipality_name, period, lang, st))

    story.append(para(tx["stays"], st.h2))
    stays = stays_of_month(snapshot, month)
    by_stay: dict[str, list[NightDate]] = {}
    for n in month.night_dates:
        by_stay.setdefault(n.stay_id, []).append(n)
    if stays:
        rule = cancellation_rule(ctx.contract.municipality)
        rows: list[list[str]] = []
        for s in stays:
            nights = by_stay.get(s.id, [])
            paid = sum(1 for n in nights if n.paid)
            unpaid = len(nights) - paid
            status = tx["status"][s.status]
            if s.status is StayStatus.CANCELLED and s.cancelled_at is not None:
                status = tx["cancelled_at"].format(at=_when(s.cancelled_at, lang))
            count = str(paid) + (f"\n({tx['unpaid'].format(n=unpaid)})" if unpaid else "")
            rows.append(
                [
                    week(s.start.date()),
                    _when(s.start, lang),
                    _when(s.end, lang),
                    status,
                    count,
                    _how_counted(nights, s, lang, rule),
                ]
            )
        total_paid = month.nights
        rows.append(["", "", "", tx["total"], str(total_paid), ""])
    else:
        story.append(para(tx["no_stays"], st.body))
    closing: list[Flowable] = []
    paid_dates = sorted(n.date for n in month.night_dates if n.paid)
    if paid_dates:
        closing.append(Spacer(1, 2 * mm))
        short = [
            f"{d.day:02d}.{d.month:02d}" if lang == "da" else f"{d.month:02d}-{d.day:02d}" for d in paid_dates
        ]
        closing.append(para(tx["dates_text"].format(dates=", ".join(short)), st.small))

    closing.append(para(tx["summary"], st.h2))
    unpaid_total = sum(1 for n in month.night_dates if not n.paid)
    summary: list[tuple[str, str]] = [
        (tx["paid_nights"].format(month=month_name(lang, month.year, month.month)), str(month.nights)),
    ]
    if unpaid_total:
        summary.append((tx["unpaid_nights"], str(unpaid_total)))
    if month.cap is not None:
        verdict = (
            tx["cap_kept"]
            if month.nights <= month.cap
            else tx["cap_broken"].format(n=month.nights - month.cap)
        )
        summary.append((tx["cap"], f"{tx['cap_value'].format(cap=month.cap)} – {verdict}"))
    else:
        summary.append((tx["cap"], tx["no_cap"]))
    closing.append(info_table(summary, st, label_width=80 * mm))

    remarks = [w.message for w in month.warnings if w.code in NIGHT_WARNINGS]
    if remarks:
        closing.append(para(tx["notes"], st.h2))
        for r in dict.fromkeys(remarks):
            closing.append(para("• " + r, st.body))

    closing.append(signature_block(lang, st, signers=(ctx.family.name,), declaration=tx["declaration"]))
    if stays:
        # the last stays stay with the summary and the signature: never a page with only those
        story.append(
            table_with_closing(
                tx["cols"],
                rows,
                auto_widths(tx["cols"], rows, st, BODY_WIDTH, total_rows=1, nowrap_cols=(0,)),
                st,
                closing,
                right=(4,),
                total_rows=1,
            )
        )
    else:
        story += closing
    meta = DocMeta(
        title=TITLE[lang], period=f"{month.year}-{month.month:02d}", municipality=municipality_name, lang=lang
    )
    return build_pdf(story, meta)


KIND = DocumentKind.NIGHTS_REPORT
