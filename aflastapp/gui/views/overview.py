"""Overblik: this month and next month per child, the next deadlines, and a 12-month chart.

Every figure comes from ``services.overview`` (the engine); clicking a figure shows *why* it is
what it is (the Explanation lines: rule, rate, source).
"""

from __future__ import annotations

import functools
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.earnings import known_total
from aflastapp.core.models import ContractMonth, Deadline, DeadlineKind, Figure, MonthPreview, WarningCode
from aflastapp.gui import fmt, ops
from aflastapp.gui.context import AppContext
from aflastapp.gui.messages import deadline_detail, deadline_title, warning_text
from aflastapp.gui.models import CAP_ROLE, FIGURE_ROLE, OBJECT_ROLE, DeadlineModel, MonthModel
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import heading_label, month_step_buttons, rows_table
from aflastapp.gui.widgets.forms import add_help_button

CHART_MONTHS = 12
CHART_CACHE_SIZE = 24  # charts kept per data version (one per first month shown)
CHART_WIDTH, CHART_HEIGHT = 560, 220
ChartKey = tuple[tuple[int, int], int, str]  # (first month, data version, language)
EMPTY_SVG = b"<svg xmlns='http://www.w3.org/2000/svg'/>"


# reminders the family closes itself: the deadline's period is recorded as a submission of its kind
MARK_DONE_KINDS = (DeadlineKind.STAY_FOLLOW_UP, DeadlineKind.STATUS_MEETING, DeadlineKind.SUPERVISION,
                   DeadlineKind.GRANT_RENEWAL)


def deadline_action(d: Deadline) -> tuple[str, str, dict[str, Any]]:
    """(view id, action, params) that closes a deadline (see the registry's action list)."""
    doc = {
        DeadlineKind.NIGHTS_REPORT: "nights_report",
        DeadlineKind.DRIVING_REPORT: "driving_report",
        DeadlineKind.EXPENSE_CLAIM: "expense_claim",
        DeadlineKind.YEAR_END_DOCUMENTATION: "annual_summary",
    }
    if d.kind in doc:
        return "documents", "generate", {"kind": doc[d.kind], "contract_id": d.contract_id,
                                         "period": d.period or None, "meeting_id": None}
    if d.kind == DeadlineKind.STATUS_REPORT:
        return "meetings", "status_report", {"meeting_id": d.period}
    if d.kind in (DeadlineKind.DOCUMENT_RETENTION, DeadlineKind.RECEIPT_RETENTION):
        return "documents", "retention", {"contract_id": d.contract_id}
    if d.kind == DeadlineKind.INCIDENT_REPORT:
        return "notes", "new_note", {"child_id": None}
    if d.kind == DeadlineKind.UNDERPAYMENT:
        return "payments", "show", {"contract_id": d.contract_id, "period": d.period}
    return "settings", "section", {"name": "children"}


class NightsBarDelegate(QStyledItemDelegate):
    """Draws the døgn cell as a bar of døgn used against the month's cap."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(CAP_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        nights, cap = value
        # The figure in the row's full height, the bar as a strip under it: "8 / 14" stays readable.
        cell: QRect = option.rect.adjusted(4, 1, -4, -1)
        bar = QRect(cell.left(), cell.bottom() - 4, cell.width(), 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e6e9ee"))
        painter.drawRoundedRect(bar, 2, 2)
        if cap:
            share = min(1.0, nights / cap)
            colour = QColor("#c0392b") if nights > cap else QColor("#e08e0b") if share >= 0.9 \
                else QColor("#3a9d8f")
            filled = QRect(bar)
            filled.setWidth(int(bar.width() * share))
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 2, 2)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(cell.adjusted(0, 0, 0, -5), Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        s = super().sizeHint(option, index)
        text = option.fontMetrics.horizontalAdvance(str(index.data() or ""))
        return QSize(max(s.width(), text + 20, 64), max(s.height(), option.fontMetrics.height() + 9))


MissingRate = tuple[int, str]  # (year, rate field) of a rate_missing warning

_FIGURE_RATES = {
    "vederlag": ("vederlag_per_day",),
    "kost_logi": ("kost_logi_under_10", "kost_logi_10_plus", "kost_logi_third_child"),
    "mileage": ("low_per_km",),
}


def rate_name(field: str) -> str:
    """The Danish (or English) name of a rate figure, as the family finds it in the municipality's letter."""
    names = {
        "vederlag_per_day": QCoreApplication.translate("OverviewView", "KL's vederlag pr. døgn"),
        "kost_logi_under_10": QCoreApplication.translate("OverviewView", "kost og logi under 10 år"),
        "kost_logi_10_plus": QCoreApplication.translate("OverviewView", "kost og logi 10 år og derover"),
        "kost_logi_third_child": QCoreApplication.translate("OverviewView", "kost og logi for 3. og 4. barn"),
        "low_per_km": QCoreApplication.translate("OverviewView", "statens laveste km-takst"),
    }
    return names.get(field, field)


def missing_rates(cms: Any, column: str | None = None) -> list[MissingRate]:
    """The rates the engine named as missing in these contract-months (for one figure's column)."""
    wanted = _FIGURE_RATES.get(column or "", None)
    out: dict[MissingRate, None] = {}
    for cm in cms:
        for w in cm.warnings:
            if w.code == WarningCode.RATE_MISSING and w.rate_field and w.on is not None and (
                    wanted is None or w.rate_field in wanted):
                out[(w.on.year, w.rate_field)] = None
    return list(out)


def rate_link_text(year: int, field: str) -> str:
    return (QCoreApplication.translate("OverviewView", "Indtast %1 for %2 …")
            .replace("%1", rate_name(field)).replace("%2", str(year)))


class ExplanationDialog(QDialog):
    """The "hvorfor?" popup: the lines and explanations behind one figure; a button per missing rate
    opens the rate dialog for that year with the figure marked."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None,
                 rates: list[MissingRate] | None = None, ctx: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        self.rate_buttons: list[QPushButton] = []
        for year, field in rates or ():
            b = QPushButton(rate_link_text(year, field), self)
            b.clicked.connect(lambda _c=False, y=year, f=field: self._enter_rate(ctx, y, f))
            layout.addWidget(b)
            self.rate_buttons.append(b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        add_help_button(self, "visninger")
        self.resize(620, 380)

    def _enter_rate(self, ctx: Any, year: int, field: str) -> None:
        self.accept()
        if ctx is not None:
            ctx.navigate.emit("settings", "rate", {"year": year, "field": field})


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _source_html(source: str, assumed: bool) -> str:
    out = ""
    if source:
        label = QCoreApplication.translate("OverviewView", "Kilde")
        out += f"<br><small>{_esc(label)}: {_esc(fmt.source(source))}</small>"
    if assumed:
        note = QCoreApplication.translate("OverviewView", "Bygger på jeres egne indstillinger.")
        out += f"<br><small><i>{_esc(note)}</i></small>"
    return out


def _lang(text: str) -> str:
    """An explanation from core (a ``messages.Message``) in the app's language."""
    from aflastapp.core import messages

    return messages.in_language(text, fmt.current_language())


def figure_html(w: QWidget, figure: Figure) -> str:
    parts = [f"<h3>{_esc(fmt.kr(figure.amount))}</h3>"]
    if figure.lines:
        parts.append("<table cellspacing='0' cellpadding='4' border='0' width='100%'>")
        for line in figure.lines:
            rate = fmt.kr(line.rate) if line.rate is not None else ""
            qty = f"{line.quantity.normalize():f}"
            if fmt.current_language() == "da":
                qty = qty.replace(".", ",")
            times = " × " + _esc(rate) if rate else ""
            parts.append(
                f"<tr><td><b>{_esc(_lang(line.label))}</b></td><td align='right'>{_esc(qty)}{times}</td>"
                f"<td align='right'><b>{_esc(fmt.kr(line.amount))}</b></td></tr>"
                f"<tr><td colspan='3' style='color:#444'>{_esc(_lang(line.explanation.text))}"
                + _source_html(line.explanation.source, line.explanation.assumed) + "</td></tr>")
        parts.append("</table>")
    for e in figure.explanations:
        parts.append(f"<p>{_esc(_lang(e.text))}" + _source_html(e.source, e.assumed) + "</p>")
    if not figure.lines and not figure.explanations:
        nothing = QCoreApplication.translate("OverviewView", "Intet i denne måned.")
        parts.append(f"<p>{_esc(nothing)}</p>")
    return "".join(parts)


def nights_html(w: QWidget, cm: ContractMonth) -> str:
    heading = QCoreApplication.translate("OverviewView", "%n døgn").replace("%n", str(cm.nights))
    parts = [f"<h3>{_esc(heading)}" + (f" / {cm.cap}" if cm.cap is not None else "") + "</h3>"]
    if cm.cap is not None:
        cap_text = QCoreApplication.translate("OverviewView", "Højst %n døgn i måneden efter aftalen.")
        parts.append(f"<p>{_esc(cap_text.replace('%n', str(cm.cap)))}</p>")
        why = cm.cap_explanation
        if why is not None:
            parts.append(f"<p>{_esc(_lang(why.text))}" + _source_html(why.source, why.assumed) + "</p>")
    not_paid = QCoreApplication.translate("OverviewView", "ikke betalt")
    parts.append("<ul>")
    for nd in cm.night_dates:
        mark = "" if nd.paid else f" <i>({_esc(not_paid)})</i>"
        parts.append(f"<li><b>{_esc(fmt.day(nd.date))}</b>{mark}: {_esc(_lang(nd.explanation.text))}"
                     + (f" <small>({_esc(fmt.source(nd.explanation.source))})</small>"
                        if nd.explanation.source else "")
                     + "</li>")
    parts.append("</ul>")
    for warning in cm.warnings:
        parts.append(f"<p style='color:#b00020'>{_esc(warning_text(warning))}</p>")
    return "".join(parts)


class MonthPanel(QGroupBox):
    """One month's table (a row per child) with the "hvorfor?" popups."""

    def __init__(self, view: OverviewView) -> None:
        super().__init__(view)
        self.view = view
        layout = QVBoxLayout(self)
        self.model = MonthModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, NightsBarDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never hide a figure
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.clicked.connect(self.explain)
        self.table.activated.connect(self.explain)
        self.table.setMouseTracking(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00020;")
        self.rate_links = QLabel(self)  # "Indtast KL's vederlag pr. døgn for 2026 …": opens the rate dialog
        self.rate_links.setWordWrap(True)
        self.rate_links.setTextFormat(Qt.TextFormat.RichText)
        self.rate_links.setAccessibleName(self.tr("Manglende satser"))
        self.rate_links.linkActivated.connect(self._rate_link)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.warnings)
        layout.addWidget(self.rate_links)

    def set_preview(self, preview: MonthPreview | None, names: dict[str, str]) -> None:
        self.model.set_preview(preview, names)
        if preview is not None:
            title = fmt.month(preview.year, preview.month)
            paid = {cm.payment_month for cm in preview.contracts}
            if len(paid) == 1:
                paid_month = fmt.month(*paid.pop())
                if fmt.current_language() == "da":
                    paid_month = paid_month.lower()  # mid-sentence in Danish; English keeps "April"
                title += " – " + self.tr("udbetales %1").replace("%1", paid_month)
            self.table.setColumnHidden(MonthModel.COLUMNS.index("paid"), len(paid) <= 1)
            self.setTitle(title)
            self.setAccessibleName(self.title())
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self.tr("Ingen aftaler i denne måned.") if not has_rows else "")
        msgs = [warning_text(w) for cm in (preview.contracts if preview else ()) for w in cm.warnings]
        self.warnings.setText("\n".join(dict.fromkeys(msgs)))
        self.warnings.setVisible(bool(msgs))
        self.missing = missing_rates(preview.contracts if preview else ())
        self.rate_links.setText("<br>".join(
            f"<a href='rate:{y}:{f}'>{_esc(rate_link_text(y, f))}</a>" for y, f in self.missing))
        self.rate_links.setVisible(bool(self.missing))
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.model.rowCount())) + 4
        self.table.setFixedHeight(height)

    def _rate_link(self, link: str) -> None:
        _, year, field = link.split(":", 2)
        self.view.ctx.navigate.emit("settings", "rate", {"year": int(year), "field": field})

    def explain(self, index: QModelIndex) -> None:
        html = self.explanation_html(index)
        if html is None:
            return
        title = f"{self.tr('Hvorfor?')} – {self.model.headerData(index.column(), Qt.Orientation.Horizontal)}"
        self.dialog = ExplanationDialog(title, html, self, self.rates_for(index), self.view.ctx)
        self.dialog.exec()

    def rates_for(self, index: QModelIndex) -> list[MissingRate]:
        """The missing rates behind the figure clicked (its row, or every row for the total row)."""
        column = MonthModel.COLUMNS[index.column()]
        if column == "total":
            column = ""
        rows = self.model.rows
        cms = rows[index.row():index.row() + 1] if index.row() < len(rows) else rows
        return missing_rates(cms, column or None)

    def explanation_html(self, index: QModelIndex) -> str | None:
        figure = index.data(FIGURE_ROLE)
        if isinstance(figure, Figure):
            return figure_html(self, figure)
        cm = index.data(OBJECT_ROLE)
        if isinstance(cm, ContractMonth) and MonthModel.COLUMNS[index.column()] == "nights":
            return nights_html(self, cm)
        return None


class SvgChart(QWidget):
    """The døgn chart SVG from the reports, painted on white (the chart has no background of its own)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.setMinimumSize(QSize(380, 170))

    def load(self, svg: bytes) -> None:
        self.renderer.load(QByteArray(svg))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if self.renderer.isValid():
            size = self.renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - size.width()) // 2
            self.renderer.render(p, QRectF(x, 0, size.width(), size.height()))
        p.end()


class EarningsBars(QWidget):
    """A small bar chart of the expected total per month (from the same previews as the døgn chart).

    A month whose total is incomplete (a rate is missing) is drawn hatched up to what is known,
    with a "?" over it, so it never passes for a complete figure.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (month label, known total, tooltip text, incomplete)
        self.values: list[tuple[str, float, str, bool]] = []
        self.setMinimumHeight(120)

    def set_values(self, values: list[tuple[str, float, str, bool]]) -> None:
        self.values = values
        self.setToolTip("\n".join(f"{label}: {text}" for label, _v, text, _i in values))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.values:
            p.end()
            return
        r = self.rect().adjusted(8, 18, -8, -22)
        top = max((v for _l, v, _t, _i in self.values), default=0.0) or 1.0
        n = len(self.values)
        slot = r.width() / n
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        colour = QColor("#2f6690")
        for i, (label, value, _text, incomplete) in enumerate(self.values):
            h = int(r.height() * max(0.0, value) / top)
            x = int(r.left() + i * slot + slot * 0.2)
            bar = QRect(x, r.bottom() - h, int(slot * 0.6), h)
            if incomplete:
                p.setPen(colour)
                p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                p.drawRect(bar.adjusted(0, 0, -1, 0))
                p.setPen(QColor("#b00020"))
                p.drawText(QRect(int(r.left() + i * slot), bar.top() - 16, int(slot), 16),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, "?")
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRect(bar)
            p.setPen(text_colour)
            p.drawText(QRect(int(r.left() + i * slot), r.bottom() + 4, int(slot), 16),
                       Qt.AlignmentFlag.AlignHCenter, label)
        p.end()


def month_ranges(months: list[tuple[int, int]]) -> str:
    """"marts 2026, maj 2026 – december 2026": runs of following months as one range, mid-sentence."""
    def name(ym: tuple[int, int]) -> str:
        text = fmt.month(*ym)
        return text[:1].lower() + text[1:] if fmt.current_language() == "da" else text

    runs: list[list[tuple[int, int]]] = []
    for ym in months:
        if runs and fmt.add_months(*runs[-1][-1], 1) == ym:
            runs[-1].append(ym)
        else:
            runs.append([ym])
    return ", ".join(name(r[0]) if len(r) == 1 else f"{name(r[0])} – {name(r[-1])}" for r in runs)


def _chart_code() -> Any:
    """``reports.charts.chart_svg``, imported with the first chart drawn.

    PySide6's import hook (shiboken's ``__feature__`` support) calls ``inspect.getsource`` on every
    module imported after PySide6, which leaves the source lines in ``linecache``: for reportlab
    (~100 modules) that is megabytes nothing uses — ``linecache`` refills itself if a traceback
    needs a line. Dropping it before and after the import keeps the dashboard's peak memory ~5 MB
    lower (``gui --smoke`` on the 10-year demo diary).
    """
    import linecache

    linecache.clearcache()
    from aflastapp.reports.charts import chart_svg

    linecache.clearcache()
    return chart_svg


@functools.cache
def _chart_code_id() -> str:
    """What identifies the chart code: the app's version and, in a checkout, the digest of the
    reports' chart and style sources (read, not imported), so a changed drawing never shows a chart
    kept by older code."""
    import aflastapp

    h = hashlib.sha256(aflastapp.__version__.encode())
    reports = Path(aflastapp.__file__).resolve().parent / "reports"
    for name in ("charts.py", "style.py"):
        try:
            h.update((reports / name).read_bytes())
        except OSError:  # the frozen app ships no sources: its version says it all
            pass
    return h.hexdigest()


def _read_months(s: Any, first: tuple[int, int], names: dict[str, str],
                 lang: str) -> tuple[tuple[int, int], list[MonthPreview], str, bytes | None]:
    """Off the GUI thread: the 12 months' previews and the chart kept in the diary for them."""
    from aflastapp.services import overview

    previews = overview.preview_range(s, first, CHART_MONTHS)
    contract_names = {cm.contract_id: names.get(cm.child_id, cm.child_id)
                      for p in previews for cm in p.contracts}
    digest = chart_key(previews, contract_names, lang)
    return first, previews, digest, overview.cached_chart(s, digest)


def chart_key(previews: list[MonthPreview], names: dict[str, str], lang: str,
              width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> str:
    """sha256 (hex) of exactly what ``reports.charts.chart_svg`` draws from its arguments: per month
    its year and month, per contract its id, paid døgn and cap (all the chart reads of a preview);
    the contracts' names, the language and the size — plus the chart code itself. Any change of
    them is another key, so a chart kept in the diary is shown only for the very same inputs."""
    inputs = {
        "code": _chart_code_id(),
        "months": [[p.year, p.month, [[c.contract_id, c.nights, c.cap] for c in p.contracts]]
                   for p in previews],
        "names": sorted(names.items()),
        "lang": lang,
        "size": [width, height],
    }
    return hashlib.sha256(json.dumps(inputs, separators=(",", ":")).encode("utf-8")).hexdigest()


class RecoveryBanner(QFrame):
    """Until the family confirms the recovery sheet (printed or saved), a reminder with its actions."""

    def __init__(self, view: OverviewView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("recoveryBanner")
        self.setStyleSheet("QFrame#recoveryBanner { background: #fff4d6; border: 1px solid #e0b84c;"
                           " border-radius: 6px; } QFrame#recoveryBanner QLabel { color: #3a2a00; }")
        lay = QVBoxLayout(self)
        self.text = QLabel(self.tr(
            "<b>Gendannelsesarket er ikke bekræftet.</b> Uden arket og en sikkerhedskopi kan dagbogen "
            "ikke åbnes igen, hvis computeren går i stykker eller I glemmer adgangskoden. "
            "Udskriv eller gem arket, og læg det et sikkert sted."), self)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Udskriv gendannelsesarket …"), self)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Gem arket som &PDF …"), self)
        self.save_button.clicked.connect(self.save_sheet)
        self.confirm_button = QPushButton(self.tr("Arket er gemt et sikkert sted"), self)
        self.confirm_button.clicked.connect(self.confirm)
        for b in (self.print_button, self.save_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        lay.addLayout(row)

    def _with_pdf(self, then: Any) -> None:
        from aflastapp.gui import ops
        from aflastapp.services import security

        op = ops.QueryOp(self.view.ctx, lambda s: security.recovery_sheet_pdf(s, fmt.current_language()),
                         success=then, parent=self, name="overview.recovery_sheet")
        op.with_progress(self.tr("Laver gendannelsesarket …")).run_in_background()

    def print_sheet(self) -> None:
        from aflastapp.gui.printing import print_pdf

        self._with_pdf(lambda pdf: print_pdf(self, pdf, self.tr("Gendannelsesark"), ctx=self.view.ctx))

    def save_sheet(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem gendannelsesarket"), str(Path.home() / "aflastapp-gendannelsesark.pdf"),
            "PDF (*.pdf)")
        if path:
            self._with_pdf(lambda pdf: self._write(Path(path), pdf))

    def _write(self, path: Path, pdf: bytes) -> None:
        try:
            path.write_bytes(pdf)
        except OSError as e:
            self.view.ctx.show_error(e, self)

    def confirm(self) -> None:
        """The sheet is printed or saved: no more reminders."""
        from aflastapp.gui import ops
        from aflastapp.services import wizard as wizard_service

        ctx = self.view.ctx
        s = ctx.session
        if s is None:
            return
        with ctx.diary_lock:
            wizard_service.confirm_recovery_sheet(s)
        self.hide()
        ctx.notify(ops.Changes.of(ops.SETTINGS))


class OverviewView(View):
    view_id = "overview"
    icon_name = "overview"
    shows = ops.KINDS - {ops.PLACES}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.year, self.month = today.year, today.month
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 14, 18, 14)

        top = QHBoxLayout()
        self.heading = heading_label(self.title, body)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.prev_button, self.next_button = month_step_buttons(
            body, lambda n: self.set_month(*fmt.add_months(self.year, self.month, n)))
        self.today_button = QPushButton(self.tr("&Denne måned"), body)
        self.today_button.clicked.connect(self.go_today)
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        self.recovery_banner = RecoveryBanner(self, body)
        self.recovery_banner.hide()
        layout.addWidget(self.recovery_banner)
        hint = QLabel(self.tr("Forventet udbetaling ud fra kommunens regler og jeres ophold. "
                              "Klik på et tal for at se, hvorfor det er, som det er."), body)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.this_month = MonthPanel(self)
        self.next_month = MonthPanel(self)
        self.deadline_box = QGroupBox(self.tr("Næste frister"), body)
        dl_layout = QVBoxLayout(self.deadline_box)
        self.deadline_model = DeadlineModel(self)
        self.deadline_table = rows_table(self.deadline_box, self.deadline_model, self.tr("Næste frister"))
        header = self.deadline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.deadline_table.activated.connect(self._deadline_activated)
        self.deadline_table.doubleClicked.connect(self._deadline_activated)
        self.deadline_table.selectionModel().currentRowChanged.connect(self._deadline_selected)
        dl_layout.addWidget(self.deadline_table)
        row = QHBoxLayout()
        self.deadline_detail = QLabel(self.deadline_box)
        self.deadline_detail.setWordWrap(True)
        self.deadline_button = QPushButton(self.deadline_box)
        self.deadline_button.setEnabled(False)
        self.deadline_button.clicked.connect(self._deadline_button_clicked)
        row.addWidget(self.deadline_detail, 1)
        row.addWidget(self.deadline_button)
        dl_layout.addLayout(row)
        self.no_deadlines = QLabel(self.tr("Ingen frister de næste måneder."), self.deadline_box)
        dl_layout.addWidget(self.no_deadlines)
        self.calendar_button = QPushButton(self.tr("Eksportér frister til &kalender …"), self.deadline_box)
        self.calendar_button.setToolTip(self.tr("Fristerne som kalenderfil til telefonen – uden navne, "
                                                "adresser, notater eller beløb"))
        self.calendar_button.clicked.connect(self.export_calendar)
        cal_row = QHBoxLayout()
        cal_row.addStretch(1)
        cal_row.addWidget(self.calendar_button)
        dl_layout.addLayout(cal_row)

        self.chart_box = QGroupBox(self.tr("Døgn og forventet indtjening, 12 måneder"), body)
        ch_layout = QVBoxLayout(self.chart_box)
        self.chart = SvgChart(self.chart_box)
        self.chart.setAccessibleName(self.tr("Døgn pr. måned"))
        self.earnings = EarningsBars(self.chart_box)
        self.earnings.setAccessibleName(self.tr("Forventet indtjening pr. måned"))
        self.earnings_label = QLabel(self.chart_box)
        ch_layout.addWidget(self.chart, 3)
        ch_layout.addWidget(self.earnings_label)
        ch_layout.addWidget(self.earnings, 2)
        # Left: the two months (the money); right: deadlines (what to do) over the chart.
        left = QVBoxLayout()
        left.addWidget(self.this_month)
        left.addWidget(self.next_month)
        left.addWidget(self.chart_box, 1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.deadline_box, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)
        self._grid, self._left = grid, left
        self.narrow = False  # one column (deadlines under the months) on a small screen
        self.chart_svg_bytes = b""
        self._chart_cache: dict[ChartKey, bytes] = {}
        self._chart_job: tuple[ChartKey, str, Any, list[MonthPreview], dict[str, str]] | None = None
        self._chart_scheduled = False
        self._data_version = 0
        self._loading = 0  # refresh reads still on their way
        self._drawing = False  # the chart is being drawn off the GUI thread
        self._names: dict[str, str] | None = None
        self.earnings_incomplete_months: list[tuple[int, int]] = []

    @property
    def title(self) -> str:
        return self.tr("Overblik")

    NARROW_BELOW = 1100  # px of the view's width: below it the deadlines go under the two months

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.arrange(self.width() < self.NARROW_BELOW)

    def arrange(self, narrow: bool) -> None:
        """Two columns on a wide window; on a small screen one column, so the figures and the
        deadline titles are whole without scrolling sideways."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self._grid.removeWidget(self.deadline_box)
        self._left.removeWidget(self.deadline_box)
        if narrow:
            self._left.insertWidget(2, self.deadline_box)
            self.deadline_box.setMinimumHeight(220)
            self._grid.setColumnStretch(1, 0)
        else:
            self.deadline_box.setMinimumHeight(0)
            self._grid.addWidget(self.deadline_box, 0, 1)
            self._grid.setColumnStretch(1, 2)

    # ------------------------------------------------------------------ data

    def go_today(self) -> None:
        """This month, with the deadlines counted from today again (the app may stay open for days)."""
        today = self.ctx.today()
        self.year, self.month = today.year, today.month
        self.reload()

    def _deadline_button_clicked(self) -> None:
        self._deadline_activated(self.deadline_table.currentIndex())

    def set_month(self, year: int, month: int) -> None:
        """Show another month: the two month tables and the chart; the deadlines do not depend on it."""
        self.year, self.month = year, month
        if self._stale or self._names is None:
            self.reload()
        elif self.ctx.session is not None:
            self._show_months()

    def refresh(self) -> None:
        """The data changed (or the view is shown for the first time). Read off the GUI thread in
        stages (QueryOps, one after the other on the diary's worker), each shown as it arrives:
        first the two visible months ("overview.refresh"), then the 12 months of the chart
        ("overview.chart_months") and the deadlines ("overview.deadlines"). So the figures a
        family opens the app for are painted before the rest is computed."""
        from aflastapp.services import children, overview
        from aflastapp.services import wizard as wizard_service

        if self.ctx.session is None:
            return
        self._data_version += 1
        self._chart_cache.clear()
        version = self._data_version
        today = self.ctx.today()
        shown = (self.year, self.month)
        self._loading += 1

        def read(s: Any) -> tuple[Any, ...]:
            names = {c.id: c.name for c in children.list_children(s)}
            previews = overview.preview_range(s, shown, 2)
            return names, previews, wizard_service.recovery_sheet_confirmed(s)

        def show(result: tuple[Any, ...]) -> None:
            names, previews, confirmed = result
            self._names = names
            self.recovery_banner.setVisible(not confirmed)
            self._apply_visible(previews)
            self._read_rest(version, today)

        self.query(read, show, "overview.refresh", done=self._loaded)

    def _show_two_months(self, previews: list[MonthPreview]) -> bool:
        """This and next month's figures from ``previews``; False when they are not in it (the month
        was switched meanwhile: its own read follows)."""
        names = self._names or {}
        by_month = {(p.year, p.month): p for p in previews}
        this = by_month.get((self.year, self.month))
        nxt = by_month.get(fmt.add_months(self.year, self.month, 1))
        if this is None or nxt is None:
            return False
        self.this_month.set_preview(this, names)
        self.next_month.set_preview(nxt, names)
        return True

    def _apply_visible(self, previews: list[MonthPreview]) -> None:
        """This and next month's figures (the first stage of a refresh)."""
        if not self._show_two_months(previews):
            return
        from aflastapp.gui.app import mark_next_paint

        mark_next_paint(self.this_month.table.viewport(), "dashboard")  # bench/: time to figures

    def _read_rest(self, version: int, today: Any) -> None:
        """The second stage: the chart's 12 months, then the deadlines."""
        from aflastapp.services import contracts, overview

        names = self._names
        if not self._read_chart_months(self._apply_chart, "overview.chart_months") or names is None:
            return

        def read_deadlines(s: Any) -> tuple[list[Deadline], dict[str, str]]:
            found = overview.deadlines(s, today=today)
            by_contract = {c.id: names.get(c.child_id, "") for c in contracts.list_contracts(s)}
            return found, by_contract

        def show_deadlines(result: tuple[list[Deadline], dict[str, str]]) -> None:
            self._loaded()
            if version != self._data_version or self.ctx.session is None:
                return  # the diary changed meanwhile: a newer refresh brings its own
            found, by_contract = result
            self.deadline_model.set_deadlines(found, today, by_contract)
            self._after_deadlines()

        def failed(e: BaseException) -> None:
            self._loaded()
            self.ctx.show_error(e, self)

        self._loading += 1
        op = ops.QueryOp(self.ctx, read_deadlines, success=show_deadlines, parent=self,
                         name="overview.deadlines")
        if op.failure(failed).run_in_background() is None:
            self._loaded()

    def _apply_chart(self, result: tuple[tuple[int, int], list[MonthPreview], str, bytes | None]) -> None:
        first, previews, digest, cached_svg = result
        if first != fmt.add_months(self.year, self.month, -(CHART_MONTHS - 2)):
            return  # the month was switched meanwhile: its own read follows
        self._set_chart(first, previews, self._names or {}, digest, cached_svg)

    def _loaded(self) -> None:
        self._loading = max(0, self._loading - 1)

    def _read_chart_months(self, show: Any, name: str) -> bool:
        """Read the chart's 12 months (ending with next month) off the GUI thread and hand them to
        ``show``; False when there is nothing to read (locked, or the children not read yet)."""
        names = self._names
        if self.ctx.session is None or names is None:
            return False
        first = fmt.add_months(self.year, self.month, -(CHART_MONTHS - 2))
        lang = fmt.current_language()
        self._loading += 1
        self.query(lambda s: _read_months(s, first, names, lang), show, name, done=self._loaded)
        return True

    def _show_months(self) -> None:
        self._read_chart_months(lambda m: self._apply_months(*m), "overview.months")

    def _apply_months(self, first: tuple[int, int], previews: list[MonthPreview], digest: str,
                      cached_svg: bytes | None) -> None:
        if self._show_two_months(previews):
            self._set_chart(first, previews, self._names or {}, digest, cached_svg)

    def _after_deadlines(self) -> None:
        has = self.deadline_model.rowCount() > 0
        self.deadline_table.setVisible(has)
        self.no_deadlines.setVisible(not has)
        self.deadline_button.setVisible(has)
        self.deadline_detail.setVisible(has)
        if has:
            self.deadline_table.selectRow(0)
        else:
            self.deadline_button.setEnabled(False)

    def _set_chart(self, first: tuple[int, int], previews: list[MonthPreview], names: dict[str, str],
                   digest: str = "", cached_svg: bytes | None = None) -> None:
        values = []
        total = Decimal(0)
        missing: list[tuple[int, int]] = []
        for p in previews:
            label = fmt.month(p.year, p.month)[:3]
            amount, incomplete = known_total(p)
            total += amount
            if incomplete:
                missing.append((p.year, p.month))
                text = self.tr("mindst %1 – en sats mangler").replace("%1", fmt.kr(amount))
            else:
                text = fmt.kr(amount)
            values.append((label, float(amount), text, incomplete))
        self.earnings.set_values(values)
        if missing:
            self.earnings_label.setText(
                self.tr("Forventet indtjening i alt: mindst %1 – satser mangler for %2. "
                        "Indtast dem under Indstillinger → Satser.")
                .replace("%1", fmt.kr(total)).replace("%2", month_ranges(missing)))
            self.earnings_label.setStyleSheet("color: #b00020;")
        else:
            self.earnings_label.setText(
                self.tr("Forventet indtjening i alt: %1").replace("%1", fmt.kr(total)))
            self.earnings_label.setStyleSheet("")
        self.earnings_label.setWordWrap(True)
        self.earnings_incomplete_months = missing
        # The døgn chart comes from the reports' chart code (the annual summary's chart, written as
        # SVG): the first one of a session imports reportlab's font metrics and parses the DejaVu
        # faces (~0.1 s with bytecode, ~10 MB; each chart after it ~2 ms), so it is drawn after
        # the figures are painted; each (first month, data version) is drawn once and kept until the
        # next write. Across sessions the diary keeps the chart last drawn of this month's view
        # (encrypted: it carries the children's names), keyed by a hash of exactly its inputs, so an
        # unchanged diary starts without importing reportlab at all.
        key = (first, self._data_version, fmt.current_language())
        svg = self._chart_cache.get(key)
        if svg is not None:
            self._chart_job = None
            self._load_chart(svg)
            return
        s = self.ctx.session
        contract_names = {cm.contract_id: names.get(cm.child_id, cm.child_id)
                          for p in previews for cm in p.contracts}
        if cached_svg is not None:
            self._keep(key, cached_svg)
            self._chart_job = None
            self._load_chart(cached_svg)
            return
        digest = digest or chart_key(previews, contract_names, key[2])
        self._chart_job = (key, digest, s, previews, contract_names)
        self._load_chart(b"")
        if not self._chart_scheduled:
            self._chart_scheduled = True
            QTimer.singleShot(0, self, self._render_chart)

    @property
    def chart_pending(self) -> bool:
        """True while what is shown is still being read or its chart drawn (smoke mode waits)."""
        return self._chart_job is not None or self._loading > 0 or self._drawing

    def _render_chart(self) -> None:
        """Draw the chart off the GUI thread (the first one imports reportlab's font metrics: ~0.1 s)."""
        from aflastapp.gui import ops

        self._chart_scheduled = False
        job, self._chart_job = self._chart_job, None
        if job is None:
            return
        key, digest, s, previews, contract_names = job
        if s is not self.ctx.session or s is None or s.closed:
            return  # locked (or another diary opened) since: nothing of it is drawn or kept
        keep = self._starts_here(key[0])

        def draw(session: Any) -> bytes:
            from aflastapp.services import overview

            svg: bytes = _chart_code()(previews, names=contract_names, lang=key[2], width=CHART_WIDTH,
                                       height=CHART_HEIGHT)
            if keep:
                overview.store_chart(session, digest, svg)
            return svg

        def drawn(svg: bytes) -> None:
            self._drawing = False
            if key[1] != self._data_version:
                return  # the diary changed meanwhile: a newer chart follows
            self._keep(key, svg)
            self._load_chart(svg)

        def failed(e: BaseException) -> None:
            self._drawing = False
            self.ctx.show_error(e, self)

        self._drawing = True
        op = ops.QueryOp(self.ctx, draw, success=drawn, parent=self, name="overview.chart")
        if op.failure(failed).run_in_background() is None:
            self._drawing = False

    def _starts_here(self, first: tuple[int, int]) -> bool:
        """Is ``first`` the chart's first month when the app starts (this month's dashboard)?"""
        today = self.ctx.today()
        return first == fmt.add_months(today.year, today.month, -(CHART_MONTHS - 2))

    def _keep(self, key: ChartKey, svg: bytes) -> None:
        if len(self._chart_cache) >= CHART_CACHE_SIZE:
            self._chart_cache.pop(next(iter(self._chart_cache)))
        self._chart_cache[key] = svg

    def _load_chart(self, svg: bytes) -> None:
        self.chart_svg_bytes = svg
        self.chart.load(svg or EMPTY_SVG)

    def clear(self) -> None:
        self._drawing = False
        self._loading = 0
        self.recovery_banner.hide()
        self.this_month.set_preview(None, {})
        self.next_month.set_preview(None, {})
        self.deadline_model.clear()
        self.deadline_detail.clear()
        self._chart_job = None
        self._chart_cache.clear()
        self._names = None
        self._load_chart(b"")
        self.earnings.set_values([])
        self.earnings_label.clear()

    # ------------------------------------------------------------------ deadlines

    def _deadline_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        d = current.data(OBJECT_ROLE) if current.isValid() else None
        if not isinstance(d, Deadline):
            self.deadline_button.setEnabled(False)
            self.deadline_detail.clear()
            return
        self.deadline_button.setEnabled(True)
        self.deadline_button.setText(self.action_text(d))
        self.deadline_button.setAccessibleName(self.action_text(d))
        detail = deadline_detail(d) or deadline_title(d)
        if d.source:
            detail += "\n" + self.tr("Kilde: %1").replace("%1", fmt.source(d.source))
        self.deadline_detail.setText(detail)

    def action_text(self, d: Deadline) -> str:
        texts = {
            DeadlineKind.NIGHTS_REPORT: self.tr("Lav indberetningen …"),
            DeadlineKind.DRIVING_REPORT: self.tr("Lav kørselsskemaet …"),
            DeadlineKind.EXPENSE_CLAIM: self.tr("Lav udlægssedlen …"),
            DeadlineKind.YEAR_END_DOCUMENTATION: self.tr("Lav årsoversigten …"),
            DeadlineKind.STATUS_REPORT: self.tr("Skriv statusrapporten …"),
            DeadlineKind.DOCUMENT_RETENTION: self.tr("Se gemte dokumenter …"),
            DeadlineKind.RECEIPT_RETENTION: self.tr("Se gemte dokumenter …"),
            DeadlineKind.INCIDENT_REPORT: self.tr("Skriv i dagbogen …"),
            DeadlineKind.UNDERPAYMENT: self.tr("Se udbetalingen …"),
            DeadlineKind.DIARY_CLEANUP: self.tr("Slet eller behold …"),
        }
        if d.kind in MARK_DONE_KINDS:
            return self.tr("Markér som klaret")
        return texts.get(d.kind, self.tr("Se aftalen …"))

    def _deadline_activated(self, index: QModelIndex) -> None:
        d = index.data(OBJECT_ROLE) if index.isValid() else None
        if not isinstance(d, Deadline):
            return
        if d.kind in MARK_DONE_KINDS:
            self.mark_done(d)
        elif d.kind == DeadlineKind.DIARY_CLEANUP:
            self.diary_cleanup(d)
        else:
            view_id, action, params = deadline_action(d)
            self.ctx.navigate.emit(view_id, action, params)

    def mark_done(self, d: Deadline) -> None:
        """A reminder the family has seen to (the caseworker told, a new weekend agreed …): recorded as
        done today, with undo."""
        from aflastapp.services import submissions

        today = self.ctx.today()
        self.ctx.execute(self.tr("Markér fristen som klaret"),
                         lambda s: submissions.add_submission(s, d.kind, d.contract_id, d.period, today),
                         lambda s, sub: submissions.delete_submission(s, int(sub.id or 0)))

    def diary_cleanup(self, d: Deadline) -> None:
        """Slagelse: after a status report is sent, delete that period's notes, drafts and receipt
        images from the diary, or confirm that they are kept."""
        from aflastapp.services import cleanup

        s = self.ctx.session
        if s is None:
            return
        plan = cleanup.plan(s, d.period)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Ryd op i dagbogen"))
        box.setText(self.tr("Statusrapporten er sendt. Personfølsomme dokumenter må højst gemmes i kort tid "
                            "(%1).").replace("%1", fmt.source(d.source)))
        box.setInformativeText(
            self.tr("Slet %1 notater, %2 kladder og %3 kvitteringsbilleder fra %4 til %5 fra dagbogen? "
                    "Det kan ikke fortrydes.")
            .replace("%1", str(len(plan.note_ids))).replace("%2", str(len(plan.draft_meeting_ids)))
            .replace("%3", str(len(plan.attachment_ids))).replace("%4", fmt.day(plan.first))
            .replace("%5", fmt.day(plan.last)))
        delete = box.addButton(self.tr("&Slet dem"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Behold dem"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Annuller"), QMessageBox.ButtonRole.RejectRole)
        self.cleanup_box = box  # for tests
        if not self.ctx.interactive:
            return
        box.exec()
        self.finish_cleanup(d.period, "delete" if box.clickedButton() is delete else
                            "keep" if box.clickedButton() is keep else "")

    def finish_cleanup(self, meeting_id: str, choice: str) -> None:
        from aflastapp.services import cleanup

        s = self.ctx.session
        if s is None or choice not in ("delete", "keep"):
            return
        today = self.ctx.today()
        try:
            if choice == "delete":
                cleanup.delete_period(s, meeting_id, today)
                self.ctx.undo_stack.clear()  # deleting cannot be undone, nor can steps on what is gone
            else:
                cleanup.keep_period(s, meeting_id, today)
        except Exception as e:
            self.ctx.show_error(e)
            return
        self.ctx.changed.emit()

    def export_calendar(self) -> None:
        """Eksportér frister til kalender (``views/calendar_export.py``)."""
        from aflastapp.gui.views.calendar_export import export_deadlines

        export_deadlines(self.ctx, self)

    def new_entry(self) -> None:
        today = self.ctx.today()
        self.ctx.navigate.emit("calendar", "new_stay", {"contract_id": None, "date": today})
