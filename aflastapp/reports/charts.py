"""Døgn per month against the cap: one chart for the annual summary (PDF) and the GUI dashboard (SVG).

The figures come from the engine's ``MonthPreview``/``ContractMonth`` (paid døgn and the month's
cap); nothing is counted here. With several contracts each month shows one bar per contract,
each with its own cap mark; a bar over its cap is drawn in the warning colour.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from aflastapp.core.models import MonthPreview
from aflastapp.reports.style import (
    BASE_FACES,
    FONT,
    FONT_BOLD,
    INK,
    MONTHS_SHORT,
    MUTED,
    RULE,
    check_lang,
    register_fonts,
)

PALETTE = (
    colors.HexColor("#2f6690"),
    colors.HexColor("#3a9d8f"),
    colors.HexColor("#8a6fb0"),
    colors.HexColor("#c08a2d"),
)
OVER = colors.HexColor("#c0392b")
CAP = colors.HexColor("#c0392b")

TEXTS = {
    "da": {"cap": "Loft (maks. døgn)", "nights": "Døgn", "over": "Over loftet", "empty": "Ingen døgn"},
    "en": {"cap": "Cap (max. nights)", "nights": "Nights", "over": "Over the cap", "empty": "No nights"},
}


@dataclass(frozen=True, slots=True)
class Bar:
    contract_id: str
    nights: int
    cap: int | None


@dataclass(frozen=True, slots=True)
class MonthBars:
    year: int
    month: int
    bars: tuple[Bar, ...]


def month_bars(
    previews: Sequence[MonthPreview], contract_ids: Sequence[str] | None = None
) -> list[MonthBars]:
    """The chart's data from the engine's previews: one bar per (month, contract)."""
    if contract_ids is None:
        seen: dict[str, None] = {}
        for p in previews:
            for c in p.contracts:
                seen.setdefault(c.contract_id, None)
        contract_ids = list(seen)
    out: list[MonthBars] = []
    for p in previews:
        by_id = {c.contract_id: c for c in p.contracts}
        bars = []
        for cid in contract_ids:
            cm = by_id.get(cid)
            bars.append(Bar(cid, cm.nights if cm else 0, cm.cap if cm else None))
        out.append(MonthBars(p.year, p.month, tuple(bars)))
    return out


def _nice_top(value: int) -> int:
    for step in (2, 5, 10, 20, 50):
        if value <= step * 6:
            return max(step, -(-value // step) * step)
    return -(-value // 100) * 100


def nights_chart(
    previews: Sequence[MonthPreview],
    *,
    contract_ids: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
    lang: str = "da",
    width: float = 480,
    height: float = 220,
) -> Drawing:
    """A bar chart of paid døgn per month with each contract's cap marked (reportlab ``Drawing``)."""
    register_fonts(*BASE_FACES)
    texts = TEXTS[check_lang(lang)]
    data = month_bars(previews, contract_ids)
    ids = [b.contract_id for b in data[0].bars] if data else []
    d = Drawing(width, height)
    left, right, bottom, top = 30.0, 8.0, 30.0, 22.0
    plot_w, plot_h = width - left - right, height - bottom - top
    peak = max([b.nights for m in data for b in m.bars] + [b.cap or 0 for m in data for b in m.bars] + [1])
    y_top = _nice_top(peak)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if y_top / s <= 6)

    def y_of(v: float) -> float:
        return bottom + plot_h * v / y_top

    # grid and y axis labels
    for v in range(0, y_top + 1, step):
        y = y_of(v)
        d.add(Line(left, y, left + plot_w, y, strokeColor=RULE if v else INK, strokeWidth=0.4 if v else 0.8))
        d.add(String(left - 4, y - 3, str(v), fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    d.add(
        String(
            left - 24, bottom + plot_h + 8, texts["nights"], fontName=FONT_BOLD, fontSize=7.5, fillColor=INK
        )
    )

    if not data:
        d.add(
            String(
                left + plot_w / 2,
                bottom + plot_h / 2,
                texts["empty"],
                fontName=FONT,
                fontSize=9,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        return d

    group_w = plot_w / len(data)
    n = max(len(ids), 1)
    bar_w = min(group_w * 0.75 / n, 28)
    inner = bar_w * n
    any_over = False
    for gi, m in enumerate(data):
        x0 = left + gi * group_w + (group_w - inner) / 2
        for bi, bar in enumerate(m.bars):
            x = x0 + bi * bar_w
            over = bar.cap is not None and bar.nights > bar.cap
            any_over = any_over or over
            fill = OVER if over else PALETTE[bi % len(PALETTE)]
            if bar.nights:
                d.add(
                    Rect(
                        x + 0.5,
                        bottom,
                        bar_w - 1,
                        y_of(bar.nights) - bottom,
                        fillColor=fill,
                        strokeColor=None,
                    )
                )
                if bar_w >= 9:
                    d.add(
                        String(
                            x + bar_w / 2,
                            y_of(bar.nights) + 2,
                            str(bar.nights),
                            fontName=FONT,
                            fontSize=6.5 if n > 1 else 7,
                            fillColor=INK,
                            textAnchor="middle",
                        )
                    )
            if bar.cap is not None:
                yc = y_of(bar.cap)
                d.add(
                    Line(
                        x - 1,
                        yc,
                        x + bar_w + 1,
                        yc,
                        strokeColor=CAP,
                        strokeWidth=1.4,
                        strokeDashArray=[3, 1.5],
                    )
                )
        label = MONTHS_SHORT[lang][m.month - 1]
        if len({mm.year for mm in data}) > 1 and (gi == 0 or m.month == 1):
            label = f"{label} {m.year % 100:02d}"
        d.add(
            String(
                left + gi * group_w + group_w / 2,
                bottom - 10,
                label,
                fontName=FONT,
                fontSize=7,
                fillColor=INK,
                textAnchor="middle",
            )
        )

    # legend
    lx = left
    ly = 6.0
    entries: list[tuple[str, colors.Color, bool]] = []
    if len(ids) > 1 or names:
        for i, cid in enumerate(ids):
            entries.append(((names or {}).get(cid, cid), PALETTE[i % len(PALETTE)], False))
    if any(b.cap is not None for m in data for b in m.bars):
        entries.append((texts["cap"], CAP, True))
    if any_over:
        entries.append((texts["over"], OVER, False))
    for label, colour, is_line in entries:
        if is_line:
            d.add(
                Line(
                    lx, ly + 3, lx + 12, ly + 3, strokeColor=colour, strokeWidth=1.4, strokeDashArray=[3, 1.5]
                )
            )
        else:
            d.add(Rect(lx, ly, 8, 7, fillColor=colour, strokeColor=None))
        d.add(String(lx + 15, ly + 0.5, label, fontName=FONT, fontSize=7, fillColor=INK))
        lx += 15 + stringWidth(label, FONT, 7) + 14
    return d


def chart_svg(
    previews: Sequence[MonthPreview],
    *,
    contract_ids: Sequence[str] | None = None,
    names: Mapping[str, str] | None = None,
    lang: str = "da",
    width: float = 640,
    height: float = 260,
) -> bytes:
    """The same chart as SVG bytes (UTF-8) for the GUI dashboard (QSvgRenderer / QSvgWidget)."""
    drawing = nights_chart(
        previews, contract_ids=contract_ids, names=names, lang=lang, width=width, height=height
    )
    svg = renderSVG.drawToString(drawing)
    text = svg if isinstance(svg, str) else bytes(svg).decode("utf-8")
    return _without_clip(text).encode("utf-8")


def _without_clip(svg: str) -> str:
    """Drop reportlab's whole-drawing ``<clipPath>``: QtSvg (SVG Tiny) does not support it and paints
    the clip rectangle solid black. The clip covers the full drawing, so nothing visible changes."""
    svg = re.sub(r"\s*<clipPath\b[\s\S]*?</clipPath>", "", svg)
    return re.sub(r'\s*style="clip-path:\s*url\(#[^)]*\)"', "", svg)
