"""Kørselsskema: the driving form for one contract and the municipality's period.

Every field SKAT asks of a tax-free mileage record: date, purpose, from, stops on the way, to,
km, the rate used and the amount, plus the driver's name and address and the car's
registration. Each trip's km share, rate and amount are the engine's mileage lines (one line
per trip and contract, in the engine's (date, id) order); totals per rate and the grand total
are sums of those rounded lines, as the engine's figure is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from aflastapp.core.models import ContractMonth, DiarySnapshot, MoneyLine, Trip
from aflastapp.reports.common import child_text, contract_context
from aflastapp.reports.style import (
    LANDSCAPE_BODY_HEIGHT,
    LANDSCAPE_BODY_WIDTH,
    DocMeta,
    build_pdf,
    check_lang,
    data_table,
    day,
    info_table,
    kr,
    number,
    para,
    side_by_side,
    signature_block,
    signature_parts,
    styles,
    t,
    table_with_closing,
    title_block,
    week,
)

TITLE = {"da": "Kørselsskema", "en": "Driving log (kørselsskema)"}

TEXTS = {
    "da": {
        "driver": "Fører",
        "address": "Førerens adresse",
        "car": "Bilens reg.nr.",
        "trips": "Kørsel i perioden",
        "cols": ("Uge", "Dato", "Formål", "Fra", "Via", "Til", "Km", "Takst pr. km", "Beløb"),
        "shared": "{share} af {km} (delt på {n} aftaler)",
        "none": "Der er ingen kørsel registreret for aftalen i perioden.",
        "per_rate": "Sammentælling pr. takst",
        "rate_cols": ("Takst pr. km", "Kørt i perioden", "Km", "Beløb"),
        "total": "I alt",
        "rate_basis": "Godtgørelse efter statens laveste takst på kørselsdagen (skattefri).",
        "declaration": "Jeg erklærer, at kørslen er foretaget i egen bil i forbindelse med aflastningen "
        "af barnet, og at oplysningerne er korrekte.",
        "missing": "mangler",
    },
    "en": {
        "driver": "Driver",
        "address": "Driver's address",
        "car": "Car registration",
        "trips": "Driving in the period",
        "cols": ("Week", "Date", "Purpose", "From", "Via", "To", "Km", "Rate per km", "Amount"),
        "shared": "{share} of {km} (split between {n} contracts)",
        "none": "No driving is recorded for the contract in the period.",
        "per_rate": "Totals per rate",
        "rate_cols": ("Rate per km", "Driven", "Km", "Amount"),
        "total": "Total",
        "rate_basis": "Reimbursed at the state's low rate in force on the day of driving (tax-free).",
        "declaration": "I declare that the driving was done in my own car in connection with the relief "
        "care of the child and that the information is correct.",
        "missing": "missing",
    },
}


def trips_with_lines(
    snapshot: DiarySnapshot, contract_id: str, months: Sequence[ContractMonth]
) -> list[tuple[Trip, MoneyLine]]:
    """Each trip of the contract in the months, paired with the engine's mileage line for it.

    The engine makes one line per (trip, contract) in (date, id) order within a month; a count
    that does not match means the snapshot and the previews disagree, which is a bug upstream.
    """
    by_id = {tr.id: tr for tr in snapshot.trips}
    out: list[tuple[Trip, MoneyLine]] = []
    for m in sorted(months, key=lambda m: (m.year, m.month)):
        if m.contract_id != contract_id:
            continue
        # only the trips the engine counted (a trip that needs an agreement and has none is left out)
        trips = [by_id[t] for t in m.trip_ids if t in by_id]
        lines = m.mileage.lines
        if len(trips) != len(lines):
            raise ValueError(
                f"kørselsskema: {len(trips)} ture men {len(lines)} beregnede linjer i {m.year}-{m.month:02d}"
            )
        out.extend(zip(trips, lines, strict=True))
    return out


def render(
    snapshot: DiarySnapshot,
    contract_id: str,
    start: date,
    end: date,
    months: Sequence[ContractMonth],
    *,
    municipality_name: str,
    period: str,
    period_label: str = "",
    lang: str = "da",
) -> bytes:
    """The driving form for ``contract_id`` in [start, end] (whole months) as PDF bytes."""
    tx = TEXTS[check_lang(lang)]
    st = styles()
    ctx = contract_context(snapshot, contract_id)
    story: list[Flowable] = []
    story += title_block(TITLE[lang], period_label or f"{day(start, lang)} – {day(end, lang)}", st)
    fam = ctx.family
    rows_info: list[tuple[str, str]] = [
        (tx["driver"], fam.name or "–"),
        (tx["address"], fam.address or "–"),
        (tx["car"], fam.car_registration or "–"),
    ]
    if ctx.child is not None:
        rows_info.append((t(lang, "child"), child_text(ctx.child, lang)))
    rows_info.append((t(lang, "municipality"), municipality_name))
    rows_info.append((t(lang, "period"), f"{day(start, lang)} – {day(end, lang)}"))
    if ctx.contract.caseworker:
        rows_info.append((t(lang, "caseworker"), ctx.contract.caseworker))
    story.append(
        info_table(rows_info, st, label_width=32 * mm, body_width=LANDSCAPE_BODY_WIDTH, pairs_per_row=2)
    )
    story.append(para(tx["trips"], st.h2))

    pairs = [
        (tr, line) for tr, line in trips_with_lines(snapshot, contract_id, months) if start <= tr.date <= end
    ]
    if pairs:
        rows: list[list[str]] = []
        per_rate: dict[Decimal | None, list[tuple[Trip, MoneyLine]]] = {}
        for tr, line in pairs:
            km_text = number(line.quantity, lang)
            if len(tr.contract_ids) > 1:
                km_text = tx["shared"].format(
                    share=number(line.quantity, lang), km=number(tr.km, lang), n=len(tr.contract_ids)
                )
            rows.append(
                [
                    week(tr.date),
                    day(tr.date, lang),
                    tr.purpose,
                    tr.from_place,
                    ", ".join(tr.via) or "–",
                    tr.to_place,
                    km_text,
                    tx["missing"] if line.rate is None else number(line.rate, lang, 2),
                    kr(line.amount, lang),
                ]
            )
            per_rate.setdefault(line.rate, []).append((tr, line))
        total_km = sum((m.mileage_km for m in months if m.contract_id == contract_id), Decimal(0))
        amounts = [m.mileage.amount for m in months if m.contract_id == contract_id]
        total = (
            None
            if any(a is None for a in amounts)
            else sum((a for a in amounts if a is not None), Decimal(0))
        )
        rows.append(["", "", tx["total"], "", "", "", number(total_km, lang), "", kr(total, lang)])
        rate_rows: list[list[str]] = []
        for rate, group in per_rate.items():
            first, last = group[0][0].date, group[-1][0].date
            span = day(first, lang) if first == last else f"{day(first, lang)} – {day(last, lang)}"
            km = sum((line.quantity for _, line in group), Decimal(0))
            amounts_g = [line.amount for _, line in group]
            amount = (
                None
                if any(a is None for a in amounts_g)
                else sum((a for a in amounts_g if a is not None), Decimal(0))
            )
            label = tx["missing"] if rate is None else f"{kr(rate, lang)}"
            rate_rows.append([label, span, number(km, lang), kr(amount, lang)])
        rate_rows.append([tx["total"], "", number(total_km, lang), kr(total, lang)])
        # the totals per rate on the left, the declaration and signature on the right: one band
        left_w, gap = LANDSCAPE_BODY_WIDTH * 0.55, 8 * mm
        right_w = LANDSCAPE_BODY_WIDTH - left_w - gap
        closing: list[Flowable] = [
            Spacer(1, 1.5 * mm),
            side_by_side(
                [
                    para(tx["per_rate"], st.h3),
                    data_table(
                        tx["rate_cols"],
                        rate_rows,
                        (0.25, 0.4, 0.15, 0.2),
                        st,
                        right=(2, 3),
                        total_rows=1,
                        body_width=left_w,
                    ),
                    Spacer(1, 1.5 * mm),
                    para(tx["rate_basis"], st.small),
                ],
                [
                    para(tx["declaration"], st.body),
                    *signature_parts(lang, st, signers=(fam.name,), width=right_w, space_before=0),
                ],
                (left_w, right_w),
                gap,
            ),
        ]
        story.append(
            table_with_closing(
                tx["cols"],
                rows,
                (0.035, 0.08, 0.2, 0.13, 0.115, 0.14, 0.09, 0.075, 0.135),
                st,
                closing,
                right=(6, 7, 8),
                total_rows=1,
                body_width=LANDSCAPE_BODY_WIDTH,
                frame_height=LANDSCAPE_BODY_HEIGHT,
            )
        )
    else:
        story.append(para(tx["none"], st.body))
        story.append(
            signature_block(
                lang, st, signers=(fam.name,), declaration=tx["declaration"], width=LANDSCAPE_BODY_WIDTH
            )
        )
    meta = DocMeta(
        title=TITLE[lang], period=period, municipality=municipality_name, lang=lang, landscape=True
    )
    return build_pdf(story, meta)
