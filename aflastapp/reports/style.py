"""What every document shares: embedded fonts, page template, paragraph styles, number formats.

Every page of a document with personal data carries "Fortroligt – indeholder personoplysninger",
the municipality's name in the header and "Side X af Y" in the footer. The PDF metadata holds
only the document's kind and period (never a child's or family's name) and the author "aflastapp".

Layout: A4, content inside ``MARGIN`` of every edge; header and footer sit inside the band
between ``EDGE`` and ``MARGIN`` so nothing is ever drawn within ``EDGE`` of the paper's edge
(printers cut there; the tests check it).
"""

from __future__ import annotations

import gc
import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from aflastapp.core.money import format_date, format_kr
from aflastapp.resources import resource_path

# Binary streams (valid PDF since 1.0), not ASCII85 text: reportlab's ASCII85 encoder is pure
# Python without its C accelerator, which made embedding receipt photos and font subsets the
# slowest part of a document (and ASCII85 makes the file a quarter bigger).
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
EDGE = 10 * mm  # nothing is drawn closer than this to the paper's edge
MARGIN = 20 * mm  # body content starts here
FOOTER_Y = 12 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_HEIGHT = PAGE_HEIGHT - 2 * MARGIN
LANDSCAPE_BODY_WIDTH = PAGE_HEIGHT - 2 * MARGIN
LANDSCAPE_BODY_HEIGHT = PAGE_WIDTH - 2 * MARGIN

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_MONO = "DejaVuSansMono"

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#b9c2cc")
HEAD_BG = colors.HexColor("#e6ecf2")
ZEBRA = colors.HexColor("#f6f8fa")
ACCENT = colors.HexColor("#2f6690")
WARN = colors.HexColor("#a4461b")

BASE_FACES = (FONT, FONT_BOLD)  # every document: body text, headings, header and footer
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}
_registered: set[str] = set()
_font_lock = threading.Lock()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a TTF is parsed.

    Parsing a face builds tens of thousands of small objects (glyph tables, no cycles); with the
    diary's snapshot in memory the collections they trigger rescan that snapshot, which doubled
    the parse time. Reference counting still frees everything; collection resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def register_fonts(*faces: str) -> None:
    """Embed DejaVu (covers æøå, é, ü …): each face parsed once per process, only when needed.

    Without arguments all four faces; a document registers ``BASE_FACES`` (``styles()`` and
    ``build_pdf`` do) plus what it uses besides (the status report the oblique face for its
    notes, the recovery sheet the monospaced one), so the first document of a session parses
    only the fonts it embeds. Thread-safe: the GUI warms the fonts up in a background thread.
    """
    wanted = faces or tuple(_FONT_FILES)
    if _registered.issuperset(wanted):
        return
    with _font_lock, _gc_paused():
        for name in wanted:
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FONT_FILES[name]))))
                _registered.add(name)
        # names only (no font is loaded): <b>/<i> in a paragraph map to these faces
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )


# --------------------------------------------------------------------------- language

COMMON: dict[str, dict[str, str]] = {
    "da": {
        "confidential": "Fortroligt – indeholder personoplysninger",
        "page": "Side {n} af {total}",
        "signature": "Underskrift",
        "date": "Dato",
        "family": "Familie",
        "address": "Adresse",
        "child": "Barn",
        "born": "født",
        "municipality": "Kommune",
        "period": "Periode",
        "caseworker": "Sagsbehandler",
        "consultant": "Familieplejekonsulent",
        "case_reference": "Sagsnummer",
        "contract": "Kontrakt",
        "week": "Uge",
        "total": "I alt",
        "missing_rate": "takst mangler",
        "none": "Ingen",
        "generated": "Dannet {date} med aflastapp",
    },
    "en": {
        "confidential": "Confidential – contains personal data",
        "page": "Page {n} of {total}",
        "signature": "Signature",
        "date": "Date",
        "family": "Family",
        "address": "Address",
        "child": "Child",
        "born": "born",
        "municipality": "Municipality",
        "period": "Period",
        "caseworker": "Caseworker",
        "consultant": "Foster care consultant",
        "case_reference": "Case number",
        "contract": "Contract",
        "week": "Week",
        "total": "Total",
        "missing_rate": "rate missing",
        "none": "None",
        "generated": "Generated {date} with aflastapp",
    },
}

MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
MONTHS_SHORT = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {
    "da": ("man", "tir", "ons", "tor", "fre", "lør", "søn"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def check_lang(lang: str) -> str:
    if lang not in COMMON:
        raise ValueError(f"sprog: ukendt sprog {lang!r} (da eller en)")
    return lang


def t(lang: str, key: str, **kw: object) -> str:
    text = COMMON[check_lang(lang)][key]
    return text.format(**kw) if kw else text


def month_name(lang: str, year: int, month: int) -> str:
    return f"{MONTHS[lang][month - 1]} {year}"


def kr(amount: Decimal | None, lang: str) -> str:
    """``1.234,50 kr.``; a figure the engine could not compute (missing rate) says so."""
    if amount is None:
        return f"– ({t(lang, 'missing_rate')})"
    return format_kr(amount, lang)


def day(d: date, lang: str) -> str:
    return format_date(d, lang)


def day_with_weekday(d: date, lang: str) -> str:
    return f"{WEEKDAYS[lang][d.weekday()]} {format_date(d, lang)}"


def week(d: date) -> str:
    return str(d.isocalendar()[1])


def number(value: Decimal | int, lang: str, decimals: int | None = None) -> str:
    """A plain number in the document's language: ``1.234,5`` (da) / ``1,234.5`` (en)."""
    d = Decimal(value)
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals))
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    text = f"{d:,f}"
    if lang == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


# --------------------------------------------------------------------------- paragraph styles


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    muted: ParagraphStyle
    mono_big: ParagraphStyle


def styles(*, compact: bool = False) -> Styles:
    """The paragraph styles; ``compact`` sets table cells in 7.5 pt (the driving form's long log)."""
    register_fonts(*BASE_FACES)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    if compact:
        cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9)
        head = ParagraphStyle("head", parent=cell, fontName=FONT_BOLD, fontSize=7.5, leading=9)
    else:
        cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
        head = ParagraphStyle("head", parent=cell, fontName=FONT_BOLD, fontSize=8, leading=10)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4, textColor=INK
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        h3=ParagraphStyle(
            "h3", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_bold_right=ParagraphStyle(
            "cell_bold_right", parent=cell, fontName=FONT_BOLD, alignment=TA_RIGHT
        ),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
        mono_big=ParagraphStyle("mono_big", parent=body, fontName=FONT_MONO, fontSize=20, leading=30),
    )


def esc(text: str) -> str:
    """Escape the family's own text for a Paragraph and keep their line breaks.

    ``html.escape`` (& < > only, as Paragraph markup needs), not ``xml.sax.saxutils``, whose
    import pulls in urllib.request, http.client, email and ssl.
    """
    return escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, *, raw: bool = False) -> Paragraph:
    return Paragraph(text if raw else esc(text), style)


# --------------------------------------------------------------------------- building blocks


def info_table(
    rows: Sequence[tuple[str, str]],
    st: Styles,
    *,
    label_width: float = 42 * mm,
    body_width: float = BODY_WIDTH,
    pairs_per_row: int = 1,
) -> Table:
    """Label/value pairs (family, child, municipality, period …); with ``pairs_per_row`` = 2 the
    pairs fill two side-by-side columns, top to bottom (landscape documents)."""
    cells = [[para(label, st.cell_bold), para(value, st.cell)] for label, value in rows]
    per_col = -(-len(cells) // pairs_per_row) if cells else 0
    data: list[list[Any]] = []
    for r in range(per_col):
        line: list[Any] = []
        for c in range(pairs_per_row):
            i = c * per_col + r
            line += cells[i] if i < len(cells) else ["", ""]
        data.append(line)
    value_width = body_width / pairs_per_row - label_width
    table = Table(data, colWidths=[label_width, value_width] * pairs_per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _table_cells(
    rows: Sequence[Sequence[Any]], st: Styles, right: Sequence[int], total_rows: int
) -> list[list[Any]]:
    body: list[list[Any]] = []
    for r, row in enumerate(rows):
        bold = r >= len(rows) - total_rows
        cells: list[Any] = []
        for i, value in enumerate(row):
            if isinstance(value, str):
                if bold:
                    style = st.cell_bold_right if i in right else st.cell_bold
                else:
                    style = st.cell_right if i in right else st.cell
                cells.append(para(value, style))
            else:
                cells.append(value)
        body.append(cells)
    return body


def _styled_table(
    head: list[Any],
    body: Sequence[list[Any]],
    col_widths: Sequence[float],
    total_rows: int,
    zebra_from: int = 0,
) -> Table:
    """Header + ``body`` rows; ``zebra_from`` is the index of the first body row in the whole table."""
    table = Table([head, *body], colWidths=list(col_widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    data_rows = len(body) - total_rows
    for r in range(1, data_rows + 1):
        if (r + zebra_from) % 2 == 0:
            commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_rows and body:
        commands.append(("LINEABOVE", (0, data_rows + 1), (-1, data_rows + 1), 0.8, INK))
    table.setStyle(TableStyle(commands))
    return table


NBSP = "\u00a0"
_PAD = 6.5  # a cell's left + right padding (3 + 3) and a hair for rounding


def nowrap(text: str) -> str:
    """``text`` with its spaces made non-breaking: "kl. 14:00", "1.234,50 kr." never split."""
    return text.replace(" ", NBSP)


def _tokens_width(text: str, font: str, size: float) -> tuple[float, float]:
    """(widest unbreakable piece, widest line) of ``text`` in ``font`` at ``size``."""
    widest_token = widest_line = 0.0
    space = pdfmetrics.stringWidth(" ", font, size)
    for line in text.split("\n"):
        words = [w for w in line.split(" ") if w]
        widths = [pdfmetrics.stringWidth(w, font, size) for w in words]
        if widths:
            widest_token = max(widest_token, max(widths))
            widest_line = max(widest_line, sum(widths) + space * (len(widths) - 1))
    return widest_token, widest_line


def _lines_needed(words: Sequence[Sequence[float]], space: float, width: float) -> int:
    """How many lines a cell's text takes in ``width`` (its explicit lines, each word-wrapped)."""
    total = 0
    for line in words:
        count, used = 1, 0.0
        for w in line:
            if used and used + space + w > width:
                count, used = count + 1, w
            else:
                used = used + space + w if used else w
        total += count
    return total


def auto_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    st: Styles,
    body_width: float,
    *,
    total_rows: int = 0,
    nowrap_cols: Sequence[int] = (),
    fixed: dict[int, float] | None = None,
) -> list[float]:
    """Column widths (fractions of ``body_width``) that follow the content, as a browser lays out a table.

    Every column gets at least its widest word (its whole text in ``nowrap_cols``; a non-breaking
    space joins words that must stay together), so nothing ever breaks inside a word or a number.
    When everything fits on one line the spare room goes to the text columns. Otherwise a few
    layouts are tried (short columns satisfied first; all long columns capped at one level; a
    sentence column keeping a fair share) and the one giving the lowest table wins. ``fixed`` gives
    a column an exact width in points.
    """
    n = len(header)
    mins = [0.0] * n
    natural = [0.0] * n
    cells: list[list[list[list[float]]]] = []  # row → column → explicit line → word widths
    for i, h in enumerate(header):
        tok, line = _tokens_width(str(h), st.head.fontName, st.head.fontSize)
        mins[i], natural[i] = tok, line
    space = pdfmetrics.stringWidth(" ", st.cell.fontName, st.cell.fontSize)
    for r, row in enumerate(rows):
        bold = r >= len(rows) - total_rows
        font = st.cell_bold.fontName if bold else st.cell.fontName
        row_words: list[list[list[float]]] = []
        for i, value in enumerate(row[:n]):
            if not isinstance(value, str):
                row_words.append([])
                continue
            tok, line = _tokens_width(value, font, st.cell.fontSize)
            if i in nowrap_cols:
                tok = line
            mins[i] = max(mins[i], tok)
            natural[i] = max(natural[i], line)
            row_words.append(
                [[pdfmetrics.stringWidth(w, font, st.cell.fontSize) for w in ln.split(" ") if w]
                 for ln in value.split("\n")]
            )
        cells.append(row_words)
    mins = [m + _PAD for m in mins]
    natural = [max(nat + _PAD, m) for nat, m in zip(natural, mins, strict=True)]
    fixed = fixed or {}
    for i, w in fixed.items():
        mins[i] = natural[i] = w
    if sum(mins) > body_width:  # cannot happen with real data; keep the table on the page anyway
        return [m / sum(mins) for m in mins]
    if sum(natural) <= body_width:
        spare = body_width - sum(natural)
        flex = [i for i in range(n) if i not in fixed and i not in nowrap_cols] or [
            i for i in range(n) if i not in fixed
        ]
        weight = sum(natural[i] for i in flex) or 1.0
        out = list(natural)
        for i in flex:
            out[i] += spare * natural[i] / weight
        return [w / body_width for w in out]

    def spread(out: list[float]) -> list[float]:
        """Hand what is left to the columns that still wrap."""
        spare = body_width - sum(out)
        wrapping = [i for i in range(n) if out[i] < natural[i]] or list(range(n))
        return [w + (spare / len(wrapping) if i in wrapping else 0.0) for i, w in enumerate(out)]

    def greedy(base: list[float]) -> list[float]:
        out, spare = list(base), body_width - sum(base)
        for i in sorted(range(n), key=lambda i: natural[i] - base[i]):
            need = natural[i] - out[i]
            if 0 < need <= spare:
                out[i], spare = natural[i], spare - need
        return spread(out)

    def level(base: list[float]) -> list[float]:
        lo, hi = 0.0, max(natural)
        for _ in range(50):
            mid = (lo + hi) / 2
            if sum(max(base[i], min(natural[i], mid)) for i in range(n)) <= body_width:
                lo = mid
            else:
                hi = mid
        return spread([max(base[i], min(natural[i], lo)) for i in range(n)])

    # a sentence column (wider than the table's 40 %) may keep 30 % before short ones are widened
    fair = [max(mins[i], 0.3 * body_width) if natural[i] > 0.4 * body_width else mins[i] for i in range(n)]
    bases = [mins] + ([fair] if sum(fair) <= body_width and fair != mins else [])
    candidates = [layout(base) for base in bases for layout in (level, greedy)]

    def height(widths: list[float]) -> int:
        return sum(
            max((_lines_needed(words, space, widths[i] - _PAD) for i, words in enumerate(row) if words),
                default=1)
            for row in cells
        )

    best = min(candidates, key=height)  # the first of equals: the levelled layout
    return [w / body_width for w in best]


def _col_widths(widths: Sequence[float], body_width: float) -> list[float]:
    if abs(sum(widths) - 1) > 1e-4:
        raise ValueError("column widths must sum to 1")
    return [w * body_width for w in widths]


def _head(header: Sequence[str], st: Styles, right: Sequence[int]) -> list[Any]:
    return [para(h, st.head_right if i in right else st.head) for i, h in enumerate(header)]


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    *,
    right: Sequence[int] = (),
    total_rows: int = 0,
    body_width: float = BODY_WIDTH,
) -> Table:
    """A table that splits across pages with its header repeated; text wraps inside its cell.

    ``widths`` are fractions of the body width; ``right`` lists right-aligned columns;
    the last ``total_rows`` rows are set in bold with a rule above them.
    """
    col_widths = _col_widths(widths, body_width)
    body = _table_cells(rows, st, right, total_rows)
    return _styled_table(_head(header, st, right), body, col_widths, total_rows)


class TableWithClosing(Flowable):
    """A data table and what closes the document (totals, declaration, signature) after it.

    The table splits across pages with its header repeated, but its last ``keep_rows`` data rows
    (and its total rows) always share the page with the closing flowables, so no page holds only
    a declaration and a signature. It never draws itself: the frame always asks it to split, and
    the split hands back ordinary tables and the closing flowables, each known to fit.
    """

    def __init__(
        self,
        head: list[Any],
        body: list[list[Any]],
        col_widths: Sequence[float],
        total_rows: int,
        closing: Sequence[Flowable],
        *,
        keep_rows: int,
        frame_height: float,
        first: int = 0,
    ) -> None:
        super().__init__()
        self._head, self._body, self._cols = head, body, list(col_widths)
        self._total_rows, self._closing = total_rows, list(closing)
        self._keep, self._frame_height, self._first = keep_rows, frame_height, first

    def _chunk(self, stop: int, total: bool = False) -> Table:
        rows = self._body[self._first : stop]
        return _styled_table(self._head, rows, self._cols, self._total_rows if total else 0, self._first)

    @staticmethod
    def _height(flowables: Sequence[Flowable], aw: float, ah: float) -> float:
        h = 0.0
        for f in flowables:
            if isinstance(f, KeepTogether):  # its wrap() forces a split; measure what it holds
                # reportlab keeps what it holds only in _content (no public accessor)
                h += TableWithClosing._height(f._content, aw, ah)  # noqa: SLF001
                continue
            h += f.wrap(aw, ah)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        return h

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # always more than the space left, so the frame calls split() and lays out the pieces
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        aw, ah = availWidth, availHeight
        n = len(self._body)
        whole: list[Flowable] = [self._chunk(n, total=True), *self._closing]
        if self._height(whole, aw, ah) <= ah:
            return whole
        last_split = n - self._total_rows - self._keep  # rows before this one may leave the page
        lo, hi = self._first, last_split  # find the most rows that fit: stop in (first, last_split]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._chunk(mid).wrap(aw, ah)[1] <= ah:
                lo = mid
            else:
                hi = mid - 1
        if lo > self._first:
            rest = TableWithClosing(
                self._head,
                self._body,
                self._cols,
                self._total_rows,
                self._closing,
                keep_rows=self._keep,
                frame_height=self._frame_height,
                first=lo,
            )
            return [self._chunk(lo), rest]
        if ah < self._frame_height - 1:
            return []  # not even one row here: start on the next page
        # an empty page cannot hold the kept rows and the closing part: split the plain way
        return whole

    def draw(self) -> None:  # pragma: no cover - split() always replaces it
        raise RuntimeError("TableWithClosing is laid out by split()")


def table_with_closing(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    closing: Sequence[Flowable],
    *,
    right: Sequence[int] = (),
    total_rows: int = 0,
    body_width: float = BODY_WIDTH,
    frame_height: float = BODY_HEIGHT,
    keep_rows: int = 2,
) -> Flowable:
    """``data_table(...)`` followed by ``closing``, with the table's last rows kept with the closing part."""
    col_widths = _col_widths(widths, body_width)
    body = _table_cells(rows, st, right, total_rows)
    return TableWithClosing(
        _head(header, st, right),
        body,
        col_widths,
        total_rows,
        closing,
        keep_rows=keep_rows,
        frame_height=frame_height,
    )


def side_by_side(
    left: Sequence[Flowable], right: Sequence[Flowable], widths: tuple[float, float], gap: float = 8 * mm
) -> Table:
    """Two columns of flowables next to each other (landscape documents), top-aligned."""
    table = Table([[list(left), "", list(right)]], colWidths=[widths[0], gap, widths[1]], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),  # else the empty gap cell sets Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signature_parts(
    lang: str,
    st: Styles,
    *,
    signers: Sequence[str] = ("",),
    declaration: str = "",
    width: float = BODY_WIDTH,
    space_before: float = 5 * mm,
) -> list[Flowable]:
    """The declaration (if any) with date and signature lines per signer."""
    rows: list[list[Any]] = []
    for signer in signers:
        rows.append(["", "", ""])
        rows.append(
            [
                para(t(lang, "date"), st.small),
                "",
                para(t(lang, "signature") + (f" ({signer})" if signer else ""), st.small),
            ]
        )
    table = Table(
        rows,
        colWidths=[
            min(50 * mm, 0.3 * width),
            min(15 * mm, 0.08 * width),
            width - min(50 * mm, 0.3 * width) - min(15 * mm, 0.08 * width),
        ],
        rowHeights=[12 * mm, None] * len(signers),
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("FONT", (0, 0), (-1, -1), FONT, 8),
    ]
    for i in range(len(signers)):
        commands.append(("LINEBELOW", (0, 2 * i), (0, 2 * i), 0.7, INK))
        commands.append(("LINEBELOW", (2, 2 * i), (2, 2 * i), 0.7, INK))
    table.setStyle(TableStyle(commands))
    parts: list[Flowable] = [Spacer(1, space_before)] if space_before else []
    if declaration:
        parts.append(para(declaration, st.body))
    parts.append(table)
    return parts


def signature_block(
    lang: str,
    st: Styles,
    *,
    signers: Sequence[str] = ("",),
    declaration: str = "",
    width: float = BODY_WIDTH,
    space_before: float = 5 * mm,
) -> Flowable:
    """The declaration (if any) with date and signature lines per signer, kept on one page."""
    return KeepTogether(
        signature_parts(
            lang, st, signers=signers, declaration=declaration, width=width, space_before=space_before
        )
    )


# --------------------------------------------------------------------------- page template


@dataclass(frozen=True)
class DocMeta:
    """What goes into the header and the PDF metadata: no personal data here, ever."""

    title: str  # "Indberetning af aflastningsdøgn" (header, first part of the metadata title)
    period: str = ""  # "2026-03" (metadata title suffix)
    municipality: str = ""  # "Slagelse Kommune" (header, right)
    personal_data: bool = True
    lang: str = "da"
    confidential_text: str | None = None  # overrides the footer's confidentiality line
    landscape: bool = False

    @property
    def pdf_title(self) -> str:
        return f"{self.title} {self.period}".strip()


def _decorate(canvas: Canvas, meta: DocMeta, page: int, total: int) -> None:
    page_width, page_height = landscape(A4) if meta.landscape else A4
    header_y = page_height - 14 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    # header: document title left, municipality right
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN, header_y, meta.title)
    if meta.municipality:
        # the right part of the header never runs into the title: smaller type, then cut short
        room = page_width - 2 * MARGIN - pdfmetrics.stringWidth(meta.title, FONT, 8) - 8 * mm
        text, size = meta.municipality, 8.5
        while size > 6.5 and pdfmetrics.stringWidth(text, FONT_BOLD, size) > room:
            size -= 0.5
        while len(text) > 4 and pdfmetrics.stringWidth(text, FONT_BOLD, size) > room:
            text = text[:-2].rstrip(" ,") + "…"
        canvas.setFont(FONT_BOLD, size)
        canvas.setFillColor(INK)
        canvas.drawRightString(page_width - MARGIN, header_y, text)
    canvas.line(MARGIN, header_y - 2.5 * mm, page_width - MARGIN, header_y - 2.5 * mm)
    # footer: confidentiality left, page X of Y right
    canvas.line(MARGIN, FOOTER_Y + 4 * mm, page_width - MARGIN, FOOTER_Y + 4 * mm)
    canvas.setFont(FONT, 7.5)
    confidential = meta.confidential_text
    if confidential is None and meta.personal_data:
        confidential = t(meta.lang, "confidential")
    if confidential:
        canvas.setFillColor(WARN)
        canvas.drawString(MARGIN, FOOTER_Y, confidential)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(page_width - MARGIN, FOOTER_Y, t(meta.lang, "page", n=page, total=total))
    canvas.restoreState()


def _canvas_class(meta: DocMeta) -> type[Canvas]:
    """A canvas that knows the page count before it decorates the pages (for "Side X af Y")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                _decorate(self, meta, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(story: list[Flowable], meta: DocMeta) -> bytes:
    """Lay out ``story`` on A4 pages with the shared header and footer; return the PDF bytes."""
    register_fonts(*BASE_FACES)
    check_lang(meta.lang)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=landscape(A4) if meta.landscape else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=meta.pdf_title,
        author="aflastapp",
        subject=meta.title,
        creator="aflastapp",
        producer="aflastapp",
        keywords="",
        lang="da-DK" if meta.lang == "da" else "en-GB",
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        LANDSCAPE_BODY_WIDTH if meta.landscape else BODY_WIDTH,
        LANDSCAPE_BODY_HEIGHT if meta.landscape else BODY_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(meta))
    return buffer.getvalue()


def title_block(title: str, subtitle: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [para(title, st.title)]
    if subtitle:
        out.append(para(subtitle, st.muted))
    out.append(Spacer(1, 4 * mm))
    return out
