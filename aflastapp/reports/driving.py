"""Kørselsskema: the driving form for one contract and the municipality's period.

Every field SKAT asks of a tax-free mileage record: date, purpose, from, stops on the way, to,
km, the rate used and the amount, plus the driver's name and address and the car's
registration. Each trip's km share, rate and amount are the engine's mileage lines (one line
per trip and contract, in the engine's (date, id) order); totals per rate and the grand total
are sums of those rounded lines, as the engine's figure is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from aflastapp.core.models import Child, ContractMonth, DiarySnapshot, MoneyLine, Trip
from aflastapp.reports.common import child_text, contract_context
from aflastapp.reports.style import (
    LANDSCAPE_BODY_HEIGHT,
    LANDSCAPE_BODY_WIDTH,
    DocMeta,
    auto_widths,
    build_pdf,
    check_lang,
    data_table,
    day,
    info_table,
    kr,
    nowrap,
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

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "driver": "Fører",
        "cpr": "Førerens CPR-nr.",
        "address": "Førerens adresse",
        "car": "Bilens reg.nr.",
        "case": "Sagsnummer",
        "trips": "Kørsel i perioden",
        "cols": ("Uge", "Dato", "Formål", "Fra", "Via (delmål)", "Til", "Km", "Takst", "Beløb"),
        "shared_children": "{share} af {km} km, delt med {n} andet barn",
        "shared_children_n": "{share} af {km} km, delt med {n} andre børn",
        "shared_contracts": "{share} af {km} km, delt på {n} aftaler",
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
        "cpr": "Driver's CPR no.",
        "address": "Driver's address",
        "car": "Car registration",
        "case": "Case number",
        "trips": "Driving in the period",
        "cols": ("Week", "Date", "Purpose", "From", "Via (stops)", "To", "Km", "Rate", "Amount"),
        "shared_children": "{share} of {km} km, shared with {n} other child",
        "shared_children_n": "{share} of {km} km, shared with {n} other children",
        "shared_contracts": "{share} of {km} km, split between {n} contracts",
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


def place_text(name: str, places: Mapping[str, str]) -> str:
    """A saved place as its checkable address with the family's nickname in brackets."""
    address = (places.get(name) or "").strip()
    if not address or address == name.strip():
        return name
    return f"{address} ({name})"


def _names_in(text: str, child: Child) -> bool:
    """The child's full name or first name stands in ``text`` as a word (any case)."""
    names = {child.name.strip(), *child.name.split()[:1]}
    return any(
        n and len(n) >= 2 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE)
        for n in names
    )


def other_children_named(
    snapshot: DiarySnapshot, contract_id: str, start: date, end: date
) -> list[tuple[Trip, Child]]:
    """Shared trips on the contract's form whose purpose (the family's own text) names another child.

    The app's own words never name another child ("delt med 1 andet barn"); the family's purpose
    text is printed as typed, so the app warns before it makes the document.
    """
    contracts = {c.id: c for c in snapshot.contracts}
    own = contracts.get(contract_id)
    own_child = own.child_id if own else None
    others = [c for c in snapshot.children if c.id != own_child]
    found: list[tuple[Trip, Child]] = []
    for tr in snapshot.trips:
        if contract_id not in tr.contract_ids or not start <= tr.date <= end or len(tr.contract_ids) < 2:
            continue
        for child in others:
            if _names_in(tr.purpose, child):
                found.append((tr, child))
    return found


def _km_decimals(values: Sequence[Decimal]) -> int:
    """One fixed number of decimals for every km figure: 1, or 2 when a split share needs it."""
    for v in values:
        if v != v.quantize(Decimal("0.1")):
            return 2
    return 1


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
    places: Mapping[str, str] | None = None,
) -> bytes:
    """The driving form for ``contract_id`` in [start, end] (whole months) as PDF bytes.

    ``places`` maps a saved place's name to its address: a trip's from, via and to that name a
    saved place print the address with the name in brackets, so SKAT can check the destination.
    """
    tx = TEXTS[check_lang(lang)]
    st = styles()
    places = places or {}
    ctx = contract_context(snapshot, contract_id)
    story: list[Flowable] = []
    story += title_block(TITLE[lang], period_label or f"{day(start, lang)} – {day(end, lang)}", st)
    fam = ctx.family
    driver = fam.driver
    rows_info: list[tuple[str, str]] = [(tx["driver"], driver or "–")]
    if fam.driver_cpr:
        rows_info.append((tx["cpr"], fam.driver_cpr))
    rows_info += [
        (tx["address"], fam.address or "–"),
        (tx["car"], fam.car_registration or "–"),
    ]
    if ctx.child is not None:
        rows_info.append((t(lang, "child"), child_text(ctx.child, lang)))
    rows_info.append((t(lang, "municipality"), municipality_name))
    if ctx.contract.case_reference:
        rows_info.append((tx["case"], ctx.contract.case_reference))
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
    contracts = {c.id: c for c in snapshot.contracts}
    if pairs:
        total_km = sum((m.mileage_km for m in months if m.contract_id == contract_id), Decimal(0))
        kd = _km_decimals([total_km, *(line.quantity for _, line in pairs), *(tr.km for tr, _ in pairs)])
        rows: list[list[str]] = []
        per_rate: dict[Decimal | None, list[tuple[Trip, MoneyLine]]] = {}
        for tr, line in pairs:
            km_text = nowrap(number(line.quantity, lang, kd))
            purpose = tr.purpose
            if len(tr.contract_ids) > 1:
                # the app's own words never name the other child: only how many share the trip
                other_children = {
                    contracts[c].child_id for c in tr.contract_ids if c in contracts and c != contract_id
                } - {ctx.contract.child_id}
                n_children = len(other_children)
                fmt = (
                    tx["shared_children"]
                    if n_children == 1
                    else tx["shared_children_n"]
                    if n_children > 1
                    else tx["shared_contracts"]
                )
                shared = fmt.format(
                    share=number(line.quantity, lang, kd),
                    km=number(tr.km, lang, kd),
                    n=n_children if n_children else len(tr.contract_ids),
                )
                purpose = f"{purpose}\n({shared})"
            rows.append(
                [
                    week(tr.date),
                    day(tr.date, lang),
                    purpose,
                    place_text(tr.from_place, places),
                    "\n".join("→ " + place_text(v, places) for v in tr.via) or "–",
                    place_text(tr.to_place, places),
                    km_text,
                    tx["missing"] if line.rate is None else number(line.rate, lang, 2),
                    nowrap(kr(line.amount, lang)),
                ]
            )
            per_rate.setdefault(line.rate, []).append((tr, line))
        amounts = [m.mileage.amount for m in months if m.contract_id == contract_id]
        total = (
            None
            if any(a is None for a in amounts)
            else sum((a for a in amounts if a is not None), Decimal(0))
        )
        rows.append(
            ["", "", tx["total"], "", "", "", nowrap(number(total_km, lang, kd)), "", nowrap(kr(total, lang))]
        )
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
            rate_rows.append([label, span, number(km, lang, kd), kr(amount, lang)])
        rate_rows.append([tx["total"], "", number(total_km, lang, kd), kr(total, lang)])
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
                        auto_widths(
                            tx["rate_cols"], rate_rows, st, left_w, total_rows=1, nowrap_cols=(0, 2, 3)
                        ),
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
                    *signature_parts(lang, st, signers=(driver,), width=right_w, space_before=0),
                ],
                (left_w, right_w),
                gap,
            ),
        ]
        log = styles(compact=True)  # 7.5 pt: a month of 40 trips on at most two pages
        story.append(
            table_with_closing(
                tx["cols"],
                rows,
                auto_widths(
                    tx["cols"], rows, log, LANDSCAPE_BODY_WIDTH, total_rows=1, nowrap_cols=(0, 1, 6, 7, 8)
                ),
                log,
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
                lang, st, signers=(driver,), declaration=tx["declaration"], width=LANDSCAPE_BODY_WIDTH
            )
        )
    meta = DocMeta(
        title=TITLE[lang], period=period, municipality=municipality_name, lang=lang, landscape=True
    )
    return build_pdf(story, meta)
