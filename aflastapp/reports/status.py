"""Statusrapport: the family's written report before a status meeting.

The municipality's template gives the questions (Haderslev's four; elsewhere the six areas of
the action plan); the family's answers follow each question. The period's stays and døgn are
summarised from the engine's previews, and the diary notes the family chose are attached as an
appendix with what was observed kept apart from how the family reads it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from aflastapp.core import messages
from aflastapp.core.models import ContractMonth, DiarySnapshot, Meeting, Note, Stay, StayStatus
from aflastapp.core.rules import StatusQuestion
from aflastapp.reports.common import contract_context, party_rows
from aflastapp.reports.style import (
    ACCENT,
    BODY_WIDTH,
    FONT_ITALIC,
    MUTED,
    NBSP,
    DocMeta,
    Styles,
    auto_widths,
    build_pdf,
    check_lang,
    data_table,
    day,
    day_with_weekday,
    para,
    register_fonts,
    signature_block,
    styles,
    title_block,
    week,
)

TITLE = {"da": "Statusrapport", "en": "Status report (statusrapport)"}

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "subtitle": "Til statusmøde {when}",
        "at": "kl.",
        "summary": "Perioden kort",
        "summary_text": "{stays} gennemførte ophold med {nights} aflastningsdøgn fra {start} til {end}.",
        "cancelled_text": "{n} ophold blev aflyst eller blev ikke gennemført.",
        "planned_text": "{n} ophold med {nights} døgn er planlagt og endnu ikke holdt.",
        "planned_nights": "{n} (planlagt)",
        "cols": ("Uge", "Fra", "Til", "Status", "Døgn"),
        "status": {
            StayStatus.PLANNED: "Planlagt",
            StayStatus.COMPLETED: "Gennemført",
            StayStatus.CANCELLED: "Aflyst",
            StayStatus.NO_SHOW: "Udeblevet",
            StayStatus.SICK: "Aflyst pga. sygdom",
        },
        "total": "I alt",
        "answers": "Familiens besvarelse",
        "unanswered": "(Ikke besvaret)",
        "appendix": "Bilag: Udvalgte dagbogsnotater",
        "appendix_intro": "Notaterne er skrevet i perioden. Det, vi så og hørte, står adskilt fra vores "
        "egen fortolkning.",
        "observation": "Observation",
        "interpretation": "Vores fortolkning",
        "tags": "Emner",
        "week": "uge",
        "meeting_kind": "Mødetype",
    },
    "en": {
        "subtitle": "For the status meeting {when}",
        "at": "at",
        "summary": "The period in brief",
        "summary_text": "{stays} completed stays with {nights} relief nights from {start} to {end}.",
        "cancelled_text": "{n} stays were cancelled or did not take place.",
        "planned_text": "{n} stays with {nights} nights are planned and have not yet taken place.",
        "planned_nights": "{n} (planned)",
        "cols": ("Week", "From", "To", "Status", "Nights"),
        "status": {
            StayStatus.PLANNED: "Planned",
            StayStatus.COMPLETED: "Completed",
            StayStatus.CANCELLED: "Cancelled",
            StayStatus.NO_SHOW: "No-show",
            StayStatus.SICK: "Cancelled (illness)",
        },
        "total": "Total",
        "answers": "The family's answers",
        "unanswered": "(Not answered)",
        "appendix": "Appendix: selected diary notes",
        "appendix_intro": "The notes were written during the period. What we saw and heard is kept apart "
        "from our own interpretation.",
        "observation": "Observation",
        "interpretation": "Our interpretation",
        "tags": "Topics",
        "week": "week",
        "meeting_kind": "Meeting",
    },
}


def _when(dt: datetime, lang: str) -> str:
    weekday_date = day_with_weekday(dt.date(), lang).replace(" ", NBSP)
    return f"{weekday_date} {TEXTS[lang]['at']}{NBSP}{dt:%H:%M}"


def _stays_in(snapshot: DiarySnapshot, contract_id: str, start: date, end: date) -> list[Stay]:
    return sorted(
        (
            s
            for s in snapshot.stays
            if s.contract_id == contract_id and s.start.date() <= end and s.end.date() >= start
        ),
        key=lambda s: (s.start, s.id),
    )


def _note_block(note: Note, lang: str, st: Styles) -> list[Flowable]:
    """One note: heading, then the observation, then (apart, marked) the family's interpretation."""
    tx = TEXTS[lang]
    head = f"{day_with_weekday(note.date, lang)} ({tx['week']} {week(note.date)})"
    if note.tags:
        head += f" · {tx['tags']}: {', '.join(note.tags)}"
    observation = ParagraphStyle("obs", parent=st.body, leftIndent=5 * mm, borderPadding=0)
    interpretation = ParagraphStyle(
        "interp", parent=st.body, leftIndent=5 * mm, fontName=FONT_ITALIC, textColor=MUTED
    )
    label = ParagraphStyle("label", parent=st.small, leftIndent=5 * mm, textColor=ACCENT, spaceBefore=2)
    parts: list[Flowable] = [
        para(head, st.h3),
        para(tx["observation"], label),
        para(note.text or "–", observation),
    ]
    if note.interpretation.strip():
        parts += [para(tx["interpretation"], label), para(note.interpretation, interpretation)]
    parts.append(Spacer(1, 3 * mm))
    # a short note stays on one page; a long one flows on (paragraphs split between pages)
    if len(note.text) + len(note.interpretation) < 1500:
        return [KeepTogether(parts)]
    return parts


def render(
    snapshot: DiarySnapshot,
    meeting: Meeting,
    *,
    questions: Sequence[StatusQuestion],
    answers: Mapping[str, str],
    notes: Sequence[Note],
    months: Sequence[ContractMonth],
    period_start: date,
    period_end: date,
    municipality_name: str,
    lang: str = "da",
) -> bytes:
    """The status report for ``meeting`` as PDF bytes.

    ``months`` are the engine's previews of the meeting's contract for the months the period
    touches; only døgn dated within [period_start, period_end] are counted.
    """
    tx = TEXTS[check_lang(lang)]
    st = styles()
    register_fonts(FONT_ITALIC)  # the family's interpretations in the notes
    ctx = contract_context(snapshot, meeting.contract_id)
    story: list[Flowable] = []
    story += title_block(TITLE[lang], tx["subtitle"].format(when=_when(meeting.at, lang)), st)
    period = f"{day(period_start, lang)} – {day(period_end, lang)}"
    story.append(party_rows(ctx, municipality_name, period, lang, st))

    # the period, summarised from the engine's døgn: held = completed; a planned stay has not
    # happened yet (or was never marked held) and is shown as planned, never counted as held
    nights_by_stay: dict[str, int] = {}
    for m in months:
        if m.contract_id != meeting.contract_id:
            continue
        for n in m.night_dates:
            if n.paid and period_start <= n.date <= period_end:
                nights_by_stay[n.stay_id] = nights_by_stay.get(n.stay_id, 0) + 1
    stays = _stays_in(snapshot, meeting.contract_id, period_start, period_end)
    held = [s for s in stays if s.status is StayStatus.COMPLETED]
    planned = [s for s in stays if s.status is StayStatus.PLANNED]
    not_held = [s for s in stays if s.status in (StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.SICK)]
    held_nights = sum(nights_by_stay.get(s.id, 0) for s in held)
    planned_nights = sum(nights_by_stay.get(s.id, 0) for s in planned)
    paid_other = sum(nights_by_stay.get(s.id, 0) for s in not_held)  # e.g. Slagelse: same-day cancellation
    story.append(para(tx["summary"], st.h2))
    text = tx["summary_text"].format(
        stays=len(held),
        nights=held_nights,
        start=day(period_start, lang),
        end=day(period_end, lang),
    )
    if not_held:
        text += " " + tx["cancelled_text"].format(n=len(not_held))
    if planned:
        text += " " + tx["planned_text"].format(n=len(planned), nights=planned_nights)
    story.append(para(text, st.body))
    if stays:
        story.append(Spacer(1, 2 * mm))
        rows = [
            [
                week(s.start.date()),
                _when(s.start, lang),
                _when(s.end, lang),
                tx["status"][s.status],
                tx["planned_nights"].format(n=nights_by_stay.get(s.id, 0))
                if s.status is StayStatus.PLANNED
                else str(nights_by_stay.get(s.id, 0)),
            ]
            for s in stays
        ]
        rows.append(["", "", "", tx["total"], str(held_nights + paid_other)])
        story.append(
            data_table(
                tx["cols"],
                rows,
                auto_widths(tx["cols"], rows, st, BODY_WIDTH, total_rows=1, nowrap_cols=(0, 4)),
                st,
                right=(4,),
                total_rows=1,
            )
        )

    # the municipality's questions with the family's answers
    story.append(para(tx["answers"], st.h2))
    for i, q in enumerate(questions, start=1):
        answer = (answers.get(q.key) or "").strip()
        story.append(
            KeepTogether(
                [
                    para(f"{i}. {messages.question(q.key, q.text, lang)}", st.h3),
                    para(answer if answer else tx["unanswered"], st.body if answer else st.muted),
                ]
            )
        )
        story.append(Spacer(1, 2 * mm))

    story.append(signature_block(lang, st, signers=(ctx.family.name,)))

    if notes:
        story.append(PageBreak())
        story.append(para(tx["appendix"], st.h2))
        story.append(para(tx["appendix_intro"], st.small))
        story.append(Spacer(1, 2 * mm))
        for note in sorted(notes, key=lambda n: (n.date, n.id)):
            story.extend(_note_block(note, lang, st))

    meta = DocMeta(
        title=TITLE[lang], period=meeting.at.date().isoformat(), municipality=municipality_name, lang=lang
    )
    return build_pdf(story, meta)
