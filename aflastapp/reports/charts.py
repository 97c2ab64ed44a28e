"""Døgn per month against the cap: one chart for the annual summary (PDF) and the GUI dashboard (SVG).

One drawing (``_draw``) into two sinks: reportlab shapes for the PDF, SVG text for the dashboard.

The figures come from the engine's ``MonthPreview``/``ContractMonth`` (paid døgn and the month's
cap); nothing is counted here. With several contracts each month shows one bar per contract,
each with its own cap mark; a bar over its cap is drawn in the warning colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from xml.sax.saxutils import escape

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

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

# One series per contract. Colours never repeat (``series_style`` makes more when there are more
# contracts than these), and each series also has its own pattern and a grey level far from its
# neighbours', so the bars stay apart printed in black and white.
PALETTE = (
    colors.HexColor("#1f4e79"),  # dark blue (grey ≈ 28 %)
    colors.HexColor("#e3a13b"),  # amber (≈ 68 %)
    colors.HexColor("#3a9d8f"),  # teal (≈ 53 %)
    colors.HexColor("#7a4f9a"),  # purple (≈ 38 %)
    colors.HexColor("#a9cce3"),  # light blue (≈ 79 %)
    colors.HexColor("#6b8e23"),  # olive (≈ 47 %)
    colors.HexColor("#d35d8e"),  # rose (≈ 54 %)
    colors.HexColor("#4d4d4d"),  # dark grey (≈ 30 %)
)
PATTERNS = ("solid", "diagonal", "dots", "horizontal", "cross", "back_diagonal", "vertical", "grid")
OVER = colors.HexColor("#c0392b")
CAP = colors.HexColor("#c0392b")


def series_style(index: int) -> tuple[colors.Color, str]:
    """The fill colour and pattern of the ``index``-th series: never the same colour twice."""
    if index < len(PALETTE):
        return PALETTE[index], PATTERNS[index]
    import colorsys

    hue = (index * 0.381966) % 1.0  # golden-angle steps: every further colour is new
    light = (0.35, 0.6, 0.45, 0.7)[index % 4]
    r, g, b = colorsys.hls_to_rgb(hue, light, 0.55)
    return colors.Color(r, g, b), PATTERNS[index % len(PATTERNS)]


def _segment(
    x0: float, y0: float, x1: float, y1: float, box: tuple[float, float, float, float]
) -> tuple[float, float, float, float] | None:
    """The part of the segment inside ``box`` (x, y, w, h) (Liang-Barsky), or None."""
    bx, by, bw, bh = box
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - bx), (dx, bx + bw - x0), (-dy, y0 - by), (dy, by + bh - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    return x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy


class _Sink(Protocol):
    """Where the chart is drawn: a reportlab ``Drawing`` for the PDF, SVG text for the dashboard.

    Coordinates are reportlab's (points, y upwards from the bottom)."""

    def line(self, x0: float, y0: float, x1: float, y1: float, color: colors.Color, width: float,
             dash: tuple[float, float] | None = None) -> None: ...

    def lines(self, segments: Sequence[tuple[float, float, float, float]], color: colors.Color,
              width: float) -> None: ...

    def rect(self, x: float, y: float, w: float, h: float, fill: colors.Color,
             stroke: colors.Color | None = None, stroke_width: float = 0.0) -> None: ...

    def squares(self, corners: Sequence[tuple[float, float]], size: float, fill: colors.Color) -> None: ...

    def text(self, x: float, y: float, value: str, font: str, size: float, color: colors.Color,
             anchor: str = "start") -> None: ...


class _DrawingSink:
    """Into a reportlab ``Drawing`` (the annual summary's PDF)."""

    def __init__(self, width: float, height: float) -> None:
        from reportlab.graphics.shapes import Drawing

        self.drawing = Drawing(width, height)
        self.drawing.initialFontName = FONT  # else the renderer sets the standard (not embedded) Helvetica

    def line(self, x0: float, y0: float, x1: float, y1: float, color: colors.Color, width: float,
             dash: tuple[float, float] | None = None) -> None:
        from reportlab.graphics.shapes import Line

        if dash is None:
            self.drawing.add(Line(x0, y0, x1, y1, strokeColor=color, strokeWidth=width))
        else:
            self.drawing.add(Line(x0, y0, x1, y1, strokeColor=color, strokeWidth=width,
                                  strokeDashArray=list(dash)))

    def lines(self, segments: Sequence[tuple[float, float, float, float]], color: colors.Color,
              width: float) -> None:
        for seg in segments:
            self.line(*seg, color, width)

    def rect(self, x: float, y: float, w: float, h: float, fill: colors.Color,
             stroke: colors.Color | None = None, stroke_width: float = 0.0) -> None:
        from reportlab.graphics.shapes import Rect

        if stroke_width:
            self.drawing.add(Rect(x, y, w, h, fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width))
        else:
            self.drawing.add(Rect(x, y, w, h, fillColor=fill, strokeColor=stroke))

    def squares(self, corners: Sequence[tuple[float, float]], size: float, fill: colors.Color) -> None:
        for x, y in corners:
            self.rect(x, y, size, size, fill)

    def text(self, x: float, y: float, value: str, font: str, size: float, color: colors.Color,
             anchor: str = "start") -> None:
        from reportlab.graphics.shapes import String

        self.drawing.add(String(x, y, value, fontName=font, fontSize=size, fillColor=color,
                                textAnchor=anchor))


class _SvgSink:
    """Straight into SVG Tiny 1.2 text, as QtSvg reads it (the dashboard): the pattern lines of a
    bar are one path and its dots another, so a year of three children's bars is ~150 elements, not
    ~900, and nothing of reportlab's graphics (or its XML DOM) is needed to write it."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.parts: list[str] = []

    def line(self, x0: float, y0: float, x1: float, y1: float, color: colors.Color, width: float,
             dash: tuple[float, float] | None = None) -> None:
        h = self.height
        extra = f' stroke-dasharray="{_n(dash[0])},{_n(dash[1])}"' if dash is not None else ""
        self.parts.append(f'<line x1="{_n(x0)}" y1="{_n(h - y0)}" x2="{_n(x1)}" y2="{_n(h - y1)}" '
                          f'stroke="{_hex(color)}" stroke-width="{_n(width)}"{extra}/>')

    def lines(self, segments: Sequence[tuple[float, float, float, float]], color: colors.Color,
              width: float) -> None:
        if not segments:
            return
        h = self.height
        d = "".join(f"M{_n(x0)} {_n(h - y0)}L{_n(x1)} {_n(h - y1)}" for x0, y0, x1, y1 in segments)
        self.parts.append(f'<path d="{d}" fill="none" stroke="{_hex(color)}" stroke-width="{_n(width)}"/>')

    def rect(self, x: float, y: float, w: float, h: float, fill: colors.Color,
             stroke: colors.Color | None = None, stroke_width: float = 0.0) -> None:
        stroked = (f' stroke="{_hex(stroke)}" stroke-width="{_n(stroke_width)}"'
                   if stroke is not None and stroke_width else "")
        self.parts.append(f'<rect x="{_n(x)}" y="{_n(self.height - y - h)}" width="{_n(w)}" '
                          f'height="{_n(h)}" fill="{_hex(fill)}"{stroked}/>')

    def squares(self, corners: Sequence[tuple[float, float]], size: float, fill: colors.Color) -> None:
        if not corners:
            return
        h, s = self.height, _n(size)
        d = "".join(f"M{_n(x)} {_n(h - y - size)}h{s}v{s}h-{s}z" for x, y in corners)
        self.parts.append(f'<path d="{d}" fill="{_hex(fill)}"/>')

    def text(self, x: float, y: float, value: str, font: str, size: float, color: colors.Color,
             anchor: str = "start") -> None:
        weight = ' font-weight="bold"' if font == FONT_BOLD else ""
        self.parts.append(f'<text x="{_n(x)}" y="{_n(self.height - y)}" font-family="DejaVu Sans" '
                          f'font-size="{_n(size)}"{weight} fill="{_hex(color)}" text-anchor="{anchor}">'
                          f"{escape(value)}</text>")

    def svg(self) -> bytes:
        w, h = _n(self.width), _n(self.height)
        head = ('<?xml version="1.0" encoding="utf-8"?>\n'
                f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{w}" '
                f'height="{h}" viewBox="0 0 {w} {h}">\n')
        return (head + "\n".join(self.parts) + "\n</svg>\n").encode("utf-8")


def _n(value: float) -> str:
    """A coordinate, short: two decimals at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _hex(color: colors.Color) -> str:
    return "#" + str(color.hexval())[2:]


def _pattern(d: _Sink, pattern: str, box: tuple[float, float, float, float], ink: colors.Color) -> None:
    """Overlay ``pattern`` on the filled rectangle ``box`` (white lines/dots, visible in any grey)."""
    x, y, w, h = box
    if pattern == "solid" or w <= 0 or h <= 0:
        return
    step = 3.2
    lines: list[tuple[float, float, float, float]] = []
    if pattern in ("diagonal", "cross"):
        t = -h
        while t < w:
            lines.append((x + t, y, x + t + h, y + h))
            t += step
    if pattern in ("back_diagonal", "cross"):
        t = 0.0
        while t < w + h:
            lines.append((x + t, y, x + t - h, y + h))
            t += step
    if pattern in ("horizontal", "grid"):
        t = step / 2
        while t < h:
            lines.append((x, y + t, x + w, y + t))
            t += step
    if pattern in ("vertical", "grid"):
        t = step / 2
        while t < w:
            lines.append((x + t, y, x + t, y + h))
            t += step
    d.lines([seg for line in lines if (seg := _segment(*line, box)) is not None], ink, 0.8)
    if pattern == "dots":
        corners: list[tuple[float, float]] = []
        yy = y + step / 2
        row = 0
        while yy < y + h:
            xx = x + (step / 2 if row % 2 else step)
            while xx < x + w:
                corners.append((xx - 0.6, yy - 0.6))
                xx += step
            yy += step
            row += 1
        d.squares(corners, 1.2, ink)


def _swatch(d: _Sink, index: int, x: float, y: float, w: float = 10, h: float = 8) -> None:
    fill, pattern = series_style(index)
    d.rect(x, y, w, h, fill, INK, 0.3)
    _pattern(d, pattern, (x, y, w, h), colors.white)

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
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
    sink = _DrawingSink(width, height)
    _draw(sink, previews, contract_ids, names, lang, width, height)
    return sink.drawing


def _draw(
    d: _Sink,
    previews: Sequence[MonthPreview],
    contract_ids: Sequence[str] | None,
    names: Mapping[str, str] | None,
    lang: str,
    width: float,
    height: float,
) -> None:
    register_fonts(*BASE_FACES)
    texts = TEXTS[check_lang(lang)]
    data = month_bars(previews, contract_ids)
    ids = [b.contract_id for b in data[0].bars] if data else []
    entries = _legend_entries(data, ids, names, texts)
    rows = _legend_rows(entries, width - 38)
    left, right, bottom, top = 30.0, 8.0, 20.0 + 11.0 * max(len(rows), 1), 22.0
    plot_w, plot_h = width - left - right, height - bottom - top
    peak = max([b.nights for m in data for b in m.bars] + [b.cap or 0 for m in data for b in m.bars] + [1])
    y_top = _nice_top(peak)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if y_top / s <= 6)

    def y_of(v: float) -> float:
        return bottom + plot_h * v / y_top

    # grid and y axis labels
    for v in range(0, y_top + 1, step):
        y = y_of(v)
        d.line(left, y, left + plot_w, y, RULE if v else INK, 0.4 if v else 0.8)
        d.text(left - 4, y - 3, str(v), FONT, 7, MUTED, "end")
    d.text(left - 24, bottom + plot_h + 8, texts["nights"], FONT_BOLD, 7.5, INK)

    if not data:
        d.text(left + plot_w / 2, bottom + plot_h / 2, texts["empty"], FONT, 9, MUTED, "middle")
        return

    group_w = plot_w / len(data)
    n = max(len(ids), 1)
    bar_w = min(group_w * 0.75 / n, 28)
    inner = bar_w * n
    for gi, m in enumerate(data):
        x0 = left + gi * group_w + (group_w - inner) / 2
        for bi, bar in enumerate(m.bars):
            x = x0 + bi * bar_w
            over = bar.cap is not None and bar.nights > bar.cap
            fill, pattern = series_style(bi)
            if bar.nights:
                box = (x + 0.5, bottom, bar_w - 1, y_of(bar.nights) - bottom)
                d.rect(*box, fill, OVER if over else None, 1.6)
                _pattern(d, pattern, box, colors.white)
                if bar_w >= 9:
                    d.text(x + bar_w / 2, y_of(bar.nights) + 2, str(bar.nights) + ("!" if over else ""),
                           FONT_BOLD if over else FONT, 6.5 if n > 1 else 7, OVER if over else INK, "middle")
            if bar.cap is not None:
                yc = y_of(bar.cap)
                d.line(x - 1, yc, x + bar_w + 1, yc, CAP, 1.4, (3, 1.5))
        label = MONTHS_SHORT[lang][m.month - 1]
        if len({mm.year for mm in data}) > 1 and (gi == 0 or m.month == 1):
            label = f"{label} {m.year % 100:02d}"
        d.text(left + gi * group_w + group_w / 2, bottom - 10, label, FONT, 7, INK, "middle")

    # legend: as many rows as it needs, every row inside the drawing
    ly = 6.0 + 11.0 * (len(rows) - 1)
    for row in rows:
        lx = left - 24
        for label, kind, index in row:
            if kind == "cap":
                d.line(lx, ly + 3.5, lx + 12, ly + 3.5, CAP, 1.4, (3, 1.5))
            elif kind == "over":
                d.rect(lx, ly, 10, 8, colors.white, OVER, 1.6)
            else:
                _swatch(d, index, lx, ly)
            d.text(lx + 15, ly + 0.5, label, FONT, 7, INK)
            lx += _entry_width(label)
        ly -= 11.0


def _legend_entries(
    data: Sequence[MonthBars], ids: Sequence[str], names: Mapping[str, str] | None, texts: Mapping[str, str]
) -> list[tuple[str, str, int]]:
    entries: list[tuple[str, str, int]] = []
    if len(ids) > 1 or names:
        for i, cid in enumerate(ids):
            entries.append(((names or {}).get(cid, cid), "series", i))
    if any(b.cap is not None for m in data for b in m.bars):
        entries.append((texts["cap"], "cap", -1))
    if any(b.cap is not None and b.nights > b.cap for m in data for b in m.bars):
        entries.append((texts["over"], "over", -1))
    return entries


def _entry_width(label: str) -> float:
    return 15 + float(stringWidth(label, FONT, 7)) + 12


def _legend_rows(entries: Sequence[tuple[str, str, int]], width: float) -> list[list[tuple[str, str, int]]]:
    """The legend's entries in rows no wider than ``width``."""
    rows: list[list[tuple[str, str, int]]] = [[]]
    used = 0.0
    for entry in entries:
        w = _entry_width(entry[0])
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += w
    return rows if rows[0] else []


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
    sink = _SvgSink(width, height)
    _draw(sink, previews, contract_ids, names, lang, width, height)
    return sink.svg()
