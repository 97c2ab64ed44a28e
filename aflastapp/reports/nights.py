"""Indberetning af aflastningsdøgn: the monthly report of døgn for one contract.

Every figure comes from the engine's ``ContractMonth`` for the month (its ``night_dates``
say which døgn belong to which stay and whether each is paid, with the rule's explanation);
this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

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
from aflastapp.reports.common import contract_context, party_rows
from aflastapp.reports.style import (
    DocMeta,
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

TEXTS = {
    "da": {
        "stays": "Ophold i måneden",
        "cols": ("Uge", "Start", "Slut", "Status", "Døgn i måneden", "Sådan tælles de"),
        "status": {
            StayStatus.PLANNED: "Planlagt",
            StayStatus.COMPLETED: "Gennemført",
            StayStatus.CANCELLED: "Aflyst",
            StayStatus.NO_SHOW: "Udeblevet",
            StayStatus.SICK: "Aflyst pga. sygdom",
        },
        "cancelled_at": "Aflyst {at}",
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
        "cols": ("Week", "Start", "End", "Status", "Nights in the month", "How they count"),
        "status": {
            StayStatus.PLANNED: "Planned",
            StayStatus.COMPLETED: "Completed",
            StayStatus.CANCELLED: "Cancelled",
            StayStatus.NO_SHOW: "No-show",
            StayStatus.SICK: "Cancelled (illness)",
        },
        "cancelled_at": "Cancelled {at}",
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

NIGHT_WARNINGS = (
    WarningCode.MAX_NIGHTS_EXCEEDED,
    WarningCode.PLACEMENT_THRESHOLD,
    WarningCode.STAY_TOO_LONG,
    WarningCode.CANCELLATION_POLICY_UNKNOWN,
)


def title(lang: str = "da") -> str:
    return TITLE[check_lang(lang)]


def _when(dt: datetime, lang: str) -> str:
    return f"{day_with_weekday(dt.date(), lang)} {TEXTS[lang]['at']} {dt:%H:%M}"


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


def _how_counted(nights: Sequence[NightDate], stay: Stay) -> str:
    """Why a cancelled, no-show or unpaid stay counts as it does: the engine's reason, once per stay.

    The engine explains every døgn ("Overnatning natten efter … . Aflyst samme dag …"); the
    reason is its last sentence, the same for each døgn of the stay.
    """
    if not nights:
        return ""
    not_held = (StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.SICK)
    if all(n.paid for n in nights) and stay.status not in not_held:
        return ""
    reasons: list[str] = []
    for n in nights:
        sentences = [p.strip() for p in n.explanation.text.split(". ") if p.strip()]
        reason = sentences[-1] if sentences else ""
        if reason and reason not in reasons:
            reasons.append(reason)
    return ". ".join(r.rstrip(".") for r in reasons) + "."


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
        rows: list[list[str]] = []
        for s in stays:
            nights = by_stay.get(s.id, [])
            paid = sum(1 for n in nights if n.paid)
            unpaid = len(nights) - paid
            status = tx["status"][s.status]
            if s.status is StayStatus.CANCELLED and s.cancelled_at is not None:
                status = tx["cancelled_at"].format(at=_when(s.cancelled_at, lang))
            count = str(paid) + (f" ({tx['unpaid'].format(n=unpaid)})" if unpaid else "")
            rows.append(
                [
                    week(s.start.date()),
                    _when(s.start, lang),
                    _when(s.end, lang),
                    status,
                    count,
                    _how_counted(nights, s),
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
                tx["cols"], rows, (0.05, 0.17, 0.17, 0.17, 0.1, 0.34), st, closing, right=(4,), total_rows=1
            )
        )
    else:
        story += closing
    meta = DocMeta(
        title=TITLE[lang], period=f"{month.year}-{month.month:02d}", municipality=municipality_name, lang=lang
    )
    return build_pdf(story, meta)


KIND = DocumentKind.NIGHTS_REPORT
