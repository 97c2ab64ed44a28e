"""Kalender: a month grid with ISO week numbers and the stays of each child in colour.

Create a stay by dragging across days (or Ctrl+N / "Nyt ophold"), edit it by double-clicking,
propose every-other-weekend stays that the family confirms. Overlap and over-cap are flagged
live in the stay dialog (``stays.check``). Every change is undoable.
"""

from __future__ import annotations

import calendar as pycal
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.errors import ValidationError
from aflastapp.core.models import Stay, StayStatus
from aflastapp.gui import fmt, ops
from aflastapp.gui.context import AppContext, problem_text
from aflastapp.gui.messages import warning_text
from aflastapp.gui.models import OBJECT_ROLE, StayListModel, status_text
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import heading_label, month_step_buttons, municipality_name, rows_table
from aflastapp.gui.widgets.forms import FormDialog

CHILD_COLOURS = ("#2f6690", "#3a9d8f", "#8a6fb0", "#c08a2d", "#b5485d", "#5b8c2a")
DEFAULT_START = time(16, 0)
DEFAULT_END = time(15, 0)


def new_stay_id() -> str:
    return "s-" + secrets.token_hex(4)


def _qdt(dt: datetime) -> QDateTime:
    return QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))


def _pydt(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def month_days(year: int, month: int) -> list[date]:
    """The 42 days shown (6 weeks from the Monday on or before the 1st)."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(42)]


@dataclass(frozen=True)
class ContractInfo:
    id: str
    child_name: str
    colour: str
    label: str


# --------------------------------------------------------------------------- the grid


class MonthGrid(QWidget):
    """Six weeks of days with week numbers; stays drawn as bars; drag across days to create one."""

    range_selected = Signal(object, object)  # first day, last day (dates)
    stay_activated = Signal(object)  # Stay (double-click / Enter)
    stay_selected = Signal(object)  # Stay or None

    WEEK_COL = 34
    HEADER = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.days: list[date] = month_days(2000, 1)
        self.stays: list[Stay] = []
        self.contracts: dict[str, ContractInfo] = {}
        self.flagged: dict[str, list[str]] = {}  # stay id → its warnings (red border, tooltip)
        self.today = date.today()
        self.selected: Stay | None = None
        self._drag_from: date | None = None
        self._drag_to: date | None = None
        self.setMinimumSize(QSize(560, 330))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.cursor_day = self.today

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.days = month_days(year, month)
        if not (self.days[0] <= self.cursor_day <= self.days[-1]):
            self.cursor_day = date(year, month, 1)
        self.update()

    def set_stays(self, stays: list[Stay], contracts: dict[str, ContractInfo],
                  flagged: dict[str, list[str]]) -> None:
        self.stays = stays
        self.contracts = contracts
        self.flagged = flagged
        if self.selected is not None and self.selected.id not in {s.id for s in stays}:
            self.selected = None
        self.update()

    # geometry
    def _cell(self, i: int) -> QRect:
        w = (self.width() - self.WEEK_COL) / 7
        h = (self.height() - self.HEADER) / 6
        row, col = divmod(i, 7)
        return QRect(int(self.WEEK_COL + col * w), int(self.HEADER + row * h), int(w), int(h))

    def day_at(self, pos: QPoint) -> date | None:
        for i, d in enumerate(self.days):
            if self._cell(i).contains(pos):
                return d
        return None

    def stay_rects(self) -> list[tuple[QRect, Stay]]:
        """Where each stay's bar is drawn: one segment per week row, lane by contract."""
        lanes = {cid: n for n, cid in enumerate(sorted(self.contracts))}
        out: list[tuple[QRect, Stay]] = []
        first, last = self.days[0], self.days[-1]
        for st in self.stays:
            s_day = max(st.start.date(), first)
            e_day = st.end.date()
            if st.end.time() == time(0, 0) and e_day > st.start.date():
                e_day -= timedelta(days=1)
            e_day = min(e_day, last)
            if e_day < s_day:
                continue
            lane = lanes.get(st.contract_id, 0)
            d = s_day
            while d <= e_day:
                row_end = min(e_day, d + timedelta(days=6 - d.weekday()))
                a = self._cell(self.days.index(d))
                b = self._cell(self.days.index(row_end))
                y = a.top() + 22 + lane * 17
                if y + 14 > a.bottom():
                    y = a.bottom() - 15
                out.append((QRect(a.left() + 2, y, b.right() - a.left() - 4, 14), st))
                d = row_end + timedelta(days=1)
        return out

    def stay_at(self, pos: QPoint) -> Stay | None:
        for rect, st in self.stay_rects():
            if rect.contains(pos):
                return st
        return None

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        muted = QColor("#8a8f98")
        p.setPen(muted)
        names = _weekday_names()
        for col in range(7):
            r = self._cell(col)
            p.drawText(QRect(r.left(), 0, r.width(), self.HEADER), Qt.AlignmentFlag.AlignCenter, names[col])
        p.drawText(QRect(0, 0, self.WEEK_COL, self.HEADER), Qt.AlignmentFlag.AlignCenter, self.tr("Uge"))
        lo, hi = (None, None)
        if self._drag_from and self._drag_to:
            lo, hi = sorted((self._drag_from, self._drag_to))
        for i, d in enumerate(self.days):
            r = self._cell(i)
            if i % 7 == 0:
                p.setPen(muted)
                p.drawText(QRect(0, r.top(), self.WEEK_COL, 20), Qt.AlignmentFlag.AlignCenter,
                           str(d.isocalendar().week))
            in_month = d.month == self.month
            role = QPalette.ColorRole.Base if in_month else QPalette.ColorRole.AlternateBase
            bg = pal.color(role)
            if d.weekday() >= 5 and in_month:
                bg = QColor("#f4f6f9")
            if lo is not None and hi is not None and lo <= d <= hi:
                bg = QColor("#cfe3f7")
            p.fillRect(r, bg)
            p.setPen(QColor("#d5d9e0"))
            p.drawRect(r)
            if d == self.cursor_day and self.hasFocus():
                p.setPen(QColor("#2f6690"))
                p.drawRect(r.adjusted(1, 1, -1, -1))
            p.setPen(pal.color(QPalette.ColorRole.Text) if in_month else muted)
            f = p.font()
            f.setBold(d == self.today)
            p.setFont(f)
            label = str(d.day)
            if d == self.today:
                p.fillRect(QRect(r.right() - 26, r.top() + 3, 22, 16), QColor("#2f6690"))
                p.setPen(QColor("white"))
            p.drawText(QRect(r.left(), r.top() + 3, r.width() - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            f.setBold(False)
            p.setFont(f)
        f = p.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.85))
        p.setFont(f)
        for rect, st in self.stay_rects():
            info = self.contracts.get(st.contract_id)
            colour = QColor(info.colour if info else "#777777")
            if st.status in (StayStatus.CANCELLED, StayStatus.NO_SHOW, StayStatus.SICK):
                colour.setAlpha(90)
            elif st.status == StayStatus.PLANNED:
                colour = colour.lighter(135)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 4, 4)
            if st.id in self.flagged:
                p.setPen(QColor("#c0392b"))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
            if self.selected is not None and st.id == self.selected.id:
                p.setPen(QColor("#111111"))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-1, -1, 0, 0), 4, 4)
            p.setPen(QColor("white"))
            text = info.child_name if info else ""
            if st.status in (StayStatus.CANCELLED, StayStatus.SICK):
                text += " (" + status_text(st.status).lower() + ")"
            p.drawText(rect.adjusted(5, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       text)
        p.end()

    # mouse and keys
    def tooltip_at(self, pos: QPoint) -> str:
        """What the red border of the stay under ``pos`` warns about ("" when nothing)."""
        st = self.stay_at(pos)
        if st is None or st.id not in self.flagged:
            return ""
        return "\n".join(self.flagged[st.id])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        st = self.stay_at(pos)
        if st is not None:
            self.selected = st
            self.stay_selected.emit(st)
            self.update()
            return
        d = self.day_at(pos)
        self.selected = None
        self.stay_selected.emit(None)
        if d is not None:
            self._drag_from = self._drag_to = d
            self.cursor_day = d
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        d = self.day_at(event.position().toPoint())
        if d is not None and d != self._drag_to:
            self._drag_to = d
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        a, b = self._drag_from, self._drag_to or self._drag_from
        self._drag_from = self._drag_to = None
        self.update()
        if a != b:  # a drag across days: a new stay
            lo, hi = sorted((a, b))
            self.range_selected.emit(lo, hi)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        st = self.stay_at(pos)
        if st is not None:
            self.stay_activated.emit(st)
            return
        d = self.day_at(pos)
        if d is not None:
            self._drag_from = self._drag_to = None
            self.range_selected.emit(d, d + timedelta(days=1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        if key in steps:
            nd = self.cursor_day + timedelta(days=steps[key])
            if self.days[0] <= nd <= self.days[-1]:
                self.cursor_day = nd
                self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            on_day = [s for s in self.stays if s.start.date() <= self.cursor_day <= s.end.date()]
            if on_day:
                self.stay_activated.emit(on_day[0])
            else:
                self.range_selected.emit(self.cursor_day, self.cursor_day + timedelta(days=1))
            return
        super().keyPressEvent(event)


def _weekday_names() -> list[str]:
    from PySide6.QtCore import QLocale

    loc = QLocale()
    return [loc.dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]


# --------------------------------------------------------------------------- dialogs


class StayDialog(FormDialog):
    """Start/end date-time, status, time of cancellation, diary note; warnings flagged live."""
    help_section = "ophold"


    def __init__(self, ctx: AppContext, contracts: list[ContractInfo], stay: Stay | None = None,
                 first: date | None = None, last: date | None = None, contract_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stay = stay
        self.setWindowTitle(self.tr("Ret ophold") if stay else self.tr("Nyt ophold"))
        form = QFormLayout(self)
        self.contract = QComboBox(self)
        self.contract.setAccessibleName(self.tr("Barn og aftale"))
        for c in contracts:
            self.contract.addItem(c.label, c.id)
        self.start = QDateTimeEdit(self)
        self.end = QDateTimeEdit(self)
        for w, name in ((self.start, self.tr("Start")), (self.end, self.tr("Slut"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd.MM.yyyy HH:mm")
            w.setAccessibleName(name)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for st in StayStatus:
            self.status.addItem(status_text(st), st.value)
        self.cancelled_at = QDateTimeEdit(self)
        self.cancelled_at.setCalendarPopup(True)
        self.cancelled_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.cancelled_at.setAccessibleName(self.tr("Aflyst den"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note til dagbogen"))
        self.note.setPlaceholderText(self.tr("Hvordan gik opholdet? (valgfrit)"))
        self.note.setTabChangesFocus(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("stayWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00020;")
        form.addRow(self.tr("&Barn:"), self.contract)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("S&lut:"), self.end)
        form.addRow(self.tr("S&tatus:"), self.status)
        self.cancelled_label = QLabel(self.tr("&Aflyst den:"), self)
        self.cancelled_label.setBuddy(self.cancelled_at)
        form.addRow(self.cancelled_label, self.cancelled_at)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.warnings)
        sb = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(sb.Save | sb.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        if stay is not None:
            self.contract.setCurrentIndex(max(0, self.contract.findData(stay.contract_id)))
            self.start.setDateTime(_qdt(stay.start))
            self.end.setDateTime(_qdt(stay.end))
            self.status.setCurrentIndex(self.status.findData(stay.status.value))
            self.cancelled_at.setDateTime(_qdt(stay.cancelled_at or datetime.combine(stay.start.date(),
                                                                                    time(9, 0))))
            self.note.setPlainText(stay.note)
        else:
            first = first or ctx.today()
            last = last if last is not None and last > first else first + timedelta(days=1)
            if contract_id is not None:
                self.contract.setCurrentIndex(max(0, self.contract.findData(contract_id)))
            self.start.setDateTime(_qdt(datetime.combine(first, DEFAULT_START)))
            self.end.setDateTime(_qdt(datetime.combine(last, DEFAULT_END)))
            now = datetime.combine(ctx.today(), time(9, 0))
            self.cancelled_at.setDateTime(_qdt(now))
        for signal in (self.contract.currentIndexChanged, self.start.dateTimeChanged,
                       self.end.dateTimeChanged, self.status.currentIndexChanged):
            signal.connect(self.check)
        self._status_changed()
        self.status.currentIndexChanged.connect(self._status_changed)
        self.check()
        self.resize(460, 420)

    def _status_changed(self) -> None:
        cancelled = self.status.currentData() in (StayStatus.CANCELLED.value, StayStatus.SICK.value)
        self.cancelled_at.setVisible(cancelled)
        self.cancelled_label.setVisible(cancelled)

    def values(self) -> dict[str, Any]:
        status = StayStatus(self.status.currentData())
        return {
            "contract_id": str(self.contract.currentData()),
            "start": _pydt(self.start.dateTime()),
            "end": _pydt(self.end.dateTime()),
            "status": status,
            "cancelled_at": (_pydt(self.cancelled_at.dateTime())
                             if status in (StayStatus.CANCELLED, StayStatus.SICK) else None),
            "note": self.note.toPlainText(),
        }

    def check(self) -> list[str]:
        """Ask the rules about the stay as typed: overlap, over the cap, too long."""
        from aflastapp.services import stays

        s = self.ctx.session
        v = self.values()
        messages: list[str] = []
        if v["end"] <= v["start"]:
            messages.append(self.tr("Slut ligger før start."))
        elif s is not None and v["contract_id"]:
            try:
                found = stays.check(s, v["contract_id"], v["start"], v["end"],
                                    exclude_id=self.stay.id if self.stay else None)
                messages.extend(warning_text(w) for w in found)
            except ValidationError as e:
                messages.extend(problem_text(p) for p in e.problems)
        self.warnings.setText("\n".join(messages))
        return messages


class RecurringDialog(FormDialog):
    """Every-other-weekend (or every N weeks) stays, proposed as planned stays to confirm.

    A problem with the first stay, the repeat or the end date (when proposing or saving) keeps every
    field and the proposal as they are, marks the bad field and puts the cursor in it (FormDialog)."""

    help_section = "ophold"

    def __init__(self, ctx: AppContext, contracts: list[ContractInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Faste ophold"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.contract = QComboBox(self)
        self.contract.setAccessibleName(self.tr("Barn og aftale"))
        for c in contracts:
            self.contract.addItem(c.label, c.id)
        today = ctx.today()
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        self.first_start = QDateTimeEdit(_qdt(datetime.combine(friday, DEFAULT_START)), self)
        self.first_end = QDateTimeEdit(_qdt(datetime.combine(friday + timedelta(days=2), DEFAULT_END)), self)
        for w, name in ((self.first_start, self.tr("Første start")),
                        (self.first_end, self.tr("Første slut"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd.MM.yyyy HH:mm")
            w.setAccessibleName(name)
        self.every = QSpinBox(self)
        self.every.setRange(1, 52)
        self.every.setValue(2)
        # "hver 2. uge", not a bare number behind "Hver … uge:"
        self.every.setPrefix(self.tr("hver "))
        self.every.setSuffix(self.tr(". uge"))
        self.every.setAccessibleName(self.tr("Hvor ofte, i uger"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd.MM.yyyy")
        end = date(today.year, 12, 31)
        self.until.setDate(QDate(end.year, end.month, end.day))
        self.until.setAccessibleName(self.tr("Til og med"))
        form.addRow(self.tr("&Barn:"), self.contract)
        form.addRow(self.tr("Første &start:"), self.first_start)
        form.addRow(self.tr("Første s&lut:"), self.first_end)
        form.addRow(self.tr("&Gentages:"), self.every)
        form.addRow(self.tr("&Til og med:"), self.until)
        layout.addLayout(form)
        self.propose_button = QPushButton(self.tr("&Foreslå ophold"), self)
        self.propose_button.clicked.connect(self.propose)
        layout.addWidget(self.propose_button)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Foreslåede ophold"))
        layout.addWidget(self.list, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        sb = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(sb.Save | sb.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Gem de valgte"))
        self.save_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.proposed: list[Stay] = []
        self.resize(480, 520)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"every_weeks": self.every, "contract_id": self.contract, "start": self.first_start,
                "end": self.first_end}

    def values(self) -> dict[str, Any]:
        return {"stays": self.chosen()}

    def propose(self) -> None:
        from aflastapp.services import stays

        s = self.ctx.session
        if s is None:
            return
        u = self.until.date()
        try:
            self.proposed = stays.propose_recurring(
                s, str(self.contract.currentData()), _pydt(self.first_start.dateTime()),
                _pydt(self.first_end.dateTime()), self.every.value(), date(u.year(), u.month(), u.day()))
        except ValidationError as e:
            self.message.clear()
            self.clear_problems()
            self.show_problems(e)
            return
        self.clear_problems()
        self.list.clear()
        for st in self.proposed:
            item = QListWidgetItem(f"{fmt.instant(st.start)} – {fmt.instant(st.end)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.message.setText(self.tr("%n ophold foreslået. Fjern fluebenet ved dem, der ikke skal med; "
                                     "datoer, der overlapper et ophold, er sprunget over.")
                             .replace("%n", str(len(self.proposed))))
        self.save_button.setEnabled(bool(self.proposed))

    def chosen(self) -> list[Stay]:
        return [st for i, st in enumerate(self.proposed)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


# --------------------------------------------------------------------------- the view


class CalendarView(View):
    view_id = "calendar"
    icon_name = "calendar"
    shows = frozenset({ops.STAYS, ops.CONTRACTS, ops.SETTINGS})
    writes = ops.Changes.of(ops.STAYS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.year, self.month = today.year, today.month
        self.contract_infos: list[ContractInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        self.heading = heading_label(self.title, self)
        top.addWidget(self.heading)
        top.addSpacing(20)
        self.prev_button, self.next_button = month_step_buttons(
            self, lambda n: self.set_month(*fmt.add_months(self.year, self.month, n)))
        self.month_label = QLabel(self)
        self.month_label.setMinimumWidth(140)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mf = self.month_label.font()
        mf.setPointSizeF(mf.pointSizeF() * 1.2)
        self.month_label.setFont(mf)
        self.today_button = QPushButton(self.tr("I &dag"), self)
        self.today_button.clicked.connect(self.go_today)
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("&Nyt ophold …"), self)
        self.new_button.setToolTip(self.tr("Nyt ophold (Ctrl+N). I kan også trække hen over dagene."))
        self.new_button.clicked.connect(self.new_entry)
        self.recurring_button = QPushButton(self.tr("&Faste ophold …"), self)
        self.recurring_button.setToolTip(self.tr("Foreslå fx hver anden weekend som planlagte ophold"))
        self.recurring_button.clicked.connect(self.recurring)
        top.addWidget(self.recurring_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.grid = MonthGrid(self)
        self.grid.setAccessibleName(self.tr("Månedskalender"))
        self.grid.range_selected.connect(self._range_selected)
        self.grid.stay_activated.connect(self.edit_stay)
        self.grid.stay_selected.connect(self._grid_selected)
        layout.addWidget(self.grid, 3)

        self.model = StayListModel(self)
        self.table = rows_table(self, self.model, self.tr("Ophold i måneden"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._table_activated)
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Ret …"), self)
        self.delete_button = QPushButton(self.tr("S&let"), self)
        self.confirm_button = QPushButton(self.tr("Markér som &gennemført"), self)
        self.edit_button.clicked.connect(lambda: self._with_selected(self.edit_stay))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete_stay))
        self.confirm_button.clicked.connect(lambda: self._with_selected(self.mark_completed))
        buttons.addStretch(1)
        for b in (self.confirm_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_month_label()

    @property
    def title(self) -> str:
        return self.tr("Kalender")

    # ------------------------------------------------------------------ data

    def go_today(self) -> None:
        t = self.ctx.today()
        self.set_month(t.year, t.month)

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self._update_month_label()
        self.reload()

    def _update_month_label(self) -> None:
        self.month_label.setText(fmt.month(self.year, self.month))

    def refresh(self) -> None:
        from aflastapp.services import children, contracts, stays

        s = self.ctx.session
        if s is None:
            return
        names = {c.id: c.name for c in children.list_children(s)}
        munis = contracts.known_municipalities()
        all_contracts = sorted(contracts.list_contracts(s), key=lambda c: (c.child_id, c.start))
        child_order = list(dict.fromkeys(c.child_id for c in all_contracts))
        self.contract_infos = [
            ContractInfo(c.id, names.get(c.child_id, c.child_id),
                         CHILD_COLOURS[child_order.index(c.child_id) % len(CHILD_COLOURS)],
                         f"{names.get(c.child_id, c.child_id)} – "
                         f"{municipality_name(munis.get(c.municipality, c.municipality))}")
            for c in all_contracts]
        infos = {c.id: c for c in self.contract_infos}
        days = month_days(self.year, self.month)
        shown = stays.list_stays(s, start=days[0], end=days[-1])
        month_first = date(self.year, self.month, 1)
        month_last = date(self.year, self.month, pycal.monthrange(self.year, self.month)[1])
        in_month = [st for st in shown if st.start.date() <= month_last and st.end.date() >= month_first]
        flagged = self._flagged(s, shown)
        self.grid.today = self.ctx.today()
        self.grid.set_month(self.year, self.month)
        self.grid.set_stays(shown, infos, flagged)
        self.model.set_stays(in_month, {c.id: c.child_name for c in self.contract_infos})
        seen: dict[str, str] = {}
        for c in self.contract_infos:
            seen.setdefault(c.child_name, c.colour)
        self.legend.setText("  ".join(
            f"<span style='color:{colour}'>■</span> {_html(name)}" for name, colour in seen.items())
            + "  <span style='color:#888'>"
            + _html(self.tr("(lys = planlagt, svag = aflyst, rød kant = advarsel)")) + "</span>")

    def _flagged(self, s: Any, shown: list[Stay]) -> dict[str, list[str]]:
        """Stays the engine warns about this month (over the cap, overlap …) → why (the red border's
        tooltip)."""
        from aflastapp.services import overview

        flagged: dict[str, list[str]] = {}
        try:
            preview = overview.preview_month(s, self.year, self.month)
        except ValidationError:
            return flagged
        for cm in preview.contracts:
            if cm.cap is not None and cm.nights > cm.cap:
                why = self.tr("Over kommunens loft: %1 døgn i måneden, højst %2.").replace(
                    "%1", str(cm.nights)).replace("%2", str(cm.cap))
                for st in shown:
                    if st.contract_id == cm.contract_id and st.start.month == self.month:
                        flagged.setdefault(st.id, []).append(why)
            for w in cm.warnings:
                if w.on is not None:
                    cid = w.contract_id or cm.contract_id
                    for st in shown:
                        if st.contract_id == cid and st.start.date() <= w.on <= st.end.date():
                            reasons = flagged.setdefault(st.id, [])
                            if warning_text(w) not in reasons:
                                reasons.append(warning_text(w))
        return flagged

    def clear(self) -> None:
        self.grid.set_stays([], {}, {})
        self.model.clear()
        self.legend.clear()
        self.contract_infos = []

    # ------------------------------------------------------------------ actions

    def _selected(self) -> Stay | None:
        idx = self.table.currentIndex()
        st = idx.data(OBJECT_ROLE) if idx.isValid() else None
        if isinstance(st, Stay):
            return st
        return self.grid.selected

    def _with_selected(self, fn: Any) -> None:
        st = self._selected()
        if st is None:
            QMessageBox.information(self, self.title,
                                    self.tr("Vælg først et ophold i kalenderen eller listen."))
            return
        fn(st)

    def _grid_selected(self, st: Stay | None) -> None:
        if st is None:
            self.table.clearSelection()
            return
        for row, other in enumerate(self.model.rows):
            if other.id == st.id:
                self.table.selectRow(row)
                return

    def _table_activated(self, index: Any) -> None:
        st = index.data(OBJECT_ROLE)
        if isinstance(st, Stay):
            self.edit_stay(st)

    def _range_selected(self, first: date, last: date) -> None:
        self.new_stay(first, last)

    def new_entry(self) -> None:
        """Ctrl+N / "Nyt ophold": on the day chosen in the month shown (else its first day, or today
        when the month shown is this month) — never in another month than the calendar shows."""
        day = self.grid.cursor_day
        if (day.year, day.month) != (self.year, self.month):
            today = self.ctx.today()
            this_month = (today.year, today.month) == (self.year, self.month)
            day = today if this_month else date(self.year, self.month, 1)
        self.new_stay(day, day + timedelta(days=1))

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "new_stay":
            d = params.get("date") or self.ctx.today()
            self.set_month(d.year, d.month)
            self.new_stay(d, d + timedelta(days=1), params.get("contract_id"))

    def _no_contracts(self) -> bool:
        if not self.contract_infos:
            QMessageBox.information(self, self.title, self.tr(
                "Der er ingen aftaler endnu. Tilføj barnet og aftalen under Indstillinger."))
            return True
        return False

    def stay_dialog(self, stay: Stay | None = None, first: date | None = None, last: date | None = None,
                    contract_id: str | None = None) -> StayDialog:
        return StayDialog(self.ctx, self.contract_infos, stay, first, last, contract_id, self)

    def new_stay(self, first: date, last: date, contract_id: str | None = None) -> Stay | None:
        if self.ctx.session is None or self._no_contracts():
            return None
        dialog = self.stay_dialog(first=first, last=last, contract_id=contract_id)
        result: Stay | None = dialog.run(self.ctx, self.add_stay)
        return result

    def add_stay(self, values: dict[str, Any]) -> Stay | None:
        from aflastapp.services import stays

        sid = new_stay_id()
        result: Stay | None = self.execute(
            self.tr("Tilføj ophold"),
            lambda s: stays.add_stay(s, id=sid, **values),
            lambda s, st: stays.delete_stay(s, st.id))
        return result

    def edit_stay(self, stay: Stay) -> Stay | None:
        if self.ctx.session is None:
            return None
        dialog = self.stay_dialog(stay=stay)
        result: Stay | None = dialog.run(self.ctx, lambda values: self.update_stay(stay, values))
        return result

    def update_stay(self, stay: Stay, values: dict[str, Any]) -> Stay | None:
        from aflastapp.services import stays

        old = {"contract_id": stay.contract_id, "start": stay.start, "end": stay.end, "status": stay.status,
               "cancelled_at": stay.cancelled_at, "note": stay.note}
        result: Stay | None = self.execute(
            self.tr("Ret ophold"),
            lambda s: stays.update_stay(s, stay.id, **values),
            lambda s, _new: stays.update_stay(s, stay.id, **old))
        return result

    def mark_completed(self, stay: Stay) -> None:
        self.update_stay(stay, {"status": StayStatus.COMPLETED, "cancelled_at": None})

    def delete_stay(self, stay: Stay, ask: bool = True) -> None:
        from aflastapp.services import stays

        if ask and self.ctx.interactive:
            text = self.tr("Slet opholdet %1 – %2? I kan fortryde med Ctrl+Z.").replace(
                "%1", fmt.instant(stay.start)).replace("%2", fmt.instant(stay.end))
            answer = QMessageBox.question(self, self.tr("Slet ophold"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.execute(
            self.tr("Slet ophold"),
            lambda s: stays.delete_stay(s, stay.id),
            lambda s, old: stays.add_stay(s, old.contract_id, old.start, old.end, old.status,
                                          old.cancelled_at, old.note, id=old.id))

    def recurring(self) -> list[Stay]:
        if self.ctx.session is None or self._no_contracts():
            return []
        dialog = RecurringDialog(self.ctx, self.contract_infos, self)
        return list(dialog.run(self.ctx, lambda v: self.add_recurring(v["stays"])) or [])

    def add_recurring(self, chosen: list[Stay]) -> list[Stay]:
        from aflastapp.services import stays

        if not chosen:
            return []
        result = self.execute(
            self.tr("Tilføj faste ophold"),
            lambda s: stays.add_many(s, chosen),
            lambda s, saved: [stays.delete_stay(s, st.id) for st in saved])
        return list(result or [])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            st = self._selected()
            if st is not None:
                self.delete_stay(st)
                return
        super().keyPressEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CalendarView", "MonthGrid", "RecurringDialog", "StayDialog", "month_days"]
