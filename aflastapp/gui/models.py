"""Qt item models: thin adapters over what the services return (no rule logic here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from aflastapp.core.models import ContractMonth, Deadline, Figure, MonthPreview, Severity, Stay, StayStatus
from aflastapp.gui import fmt
from aflastapp.gui.messages import deadline_detail, deadline_title

Index = QModelIndex | QPersistentModelIndex
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Figure behind a money cell (for "hvorfor?")
CAP_ROLE = Qt.ItemDataRole.UserRole + 2  # (nights, cap) for the døgn bar
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 3  # the dataclass behind the row


def tr(text: str) -> str:
    return QCoreApplication.translate("models", text)


class MonthModel(QAbstractTableModel):
    """One month's preview: a row per contract (child), then a total row."""

    COLUMNS = ("child", "nights", "vederlag", "kost_logi", "mileage", "expenses", "total", "paid")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: MonthPreview | None = None
        self.rows: list[ContractMonth] = []
        self.names: dict[str, str] = {}

    def set_preview(self, preview: MonthPreview | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.preview = preview
        self.rows = list(preview.contracts) if preview else []
        self.names = dict(names)
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview(None, {})

    def headers(self) -> list[str]:
        return [tr("Barn"), tr("Døgn"), tr("Vederlag"), tr("Kost og logi"), tr("Kørsel"), tr("Udlæg"),
                tr("I alt"), tr("Udbetales")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.rows:
            return 0
        return len(self.rows) + (1 if len(self.rows) > 1 else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self.headers()[section]
        return None

    def is_total(self, row: int) -> bool:
        return row == len(self.rows)

    def figure(self, row: int, column: int) -> Figure | None:
        if self.is_total(row) or not 0 <= row < len(self.rows):
            return None
        cm = self.rows[row]
        key = self.COLUMNS[column]
        if key == "vederlag":
            return cm.vederlag
        if key == "kost_logi":
            return cm.kost_logi
        if key == "mileage":
            return cm.mileage
        if key == "expenses":
            return cm.expenses
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, key = index.row(), self.COLUMNS[index.column()]
        total = self.is_total(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("child", "paid"):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        if role == FIGURE_ROLE:
            return self.figure(row, index.column())
        if role == CAP_ROLE and key == "nights" and not total:
            cm = self.rows[row]
            return (cm.nights, cm.cap)
        if role == OBJECT_ROLE and not total:
            return self.rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and self.figure(row, index.column()) is not None:
            return tr("Klik for at se, hvorfor beløbet er, som det er")
        if role == Qt.ItemDataRole.ForegroundRole and not total and key == "nights":
            cm = self.rows[row]
            if cm.cap is not None and cm.nights > cm.cap:
                return QBrush(QColor("#b00020"))
        return None

    def _text(self, row: int, key: str) -> str:
        if self.is_total(row):
            p = self.preview
            assert p is not None
            values: dict[str, Decimal | None] = {
                "vederlag": p.vederlag, "kost_logi": p.kost_logi, "mileage": p.mileage,
                "expenses": p.expenses, "total": p.total}
            if key == "child":
                return tr("I alt")
            if key == "nights":
                return str(sum(cm.nights for cm in self.rows))
            if key in values:
                return fmt.kr(values[key])
            return ""
        cm = self.rows[row]
        if key == "child":
            return self.names.get(cm.child_id, cm.child_id)
        if key == "nights":
            return f"{cm.nights} / {cm.cap}" if cm.cap is not None else str(cm.nights)
        if key == "vederlag":
            return fmt.kr(cm.vederlag.amount)
        if key == "kost_logi":
            return fmt.kr(cm.kost_logi.amount)
        if key == "mileage":
            return fmt.kr(cm.mileage.amount)
        if key == "expenses":
            return fmt.kr(cm.expenses.amount)
        if key == "total":
            return fmt.kr(cm.total)
        if key == "paid":
            y, m = cm.payment_month
            return fmt.month(y, m)
        return ""


SEVERITY_COLOURS = {
    Severity.FORFEIT: ("#fde2e1", "#f7b5b1", "#ee8a84"),  # far, near, very near
    Severity.REQUIRED: ("#fff1d6", "#ffe0a3", "#ffc966"),
    Severity.REMINDER: ("#e8f0fb", "#d2e2f7", "#b9d1f2"),
}


def deadline_colour(d: Deadline, today: date) -> QColor:
    """Colour by seriousness (forfeit red, required amber, reminder blue) and closeness (darker = nearer)."""
    days = (d.date - today).days
    shades = SEVERITY_COLOURS.get(d.severity, SEVERITY_COLOURS[Severity.REMINDER])
    shade = shades[2] if days <= 3 else shades[1] if days <= 14 else shades[0]
    return QColor(shade)


class _ListModel(QAbstractTableModel):
    """A read-only table over ``rows`` with one column per entry of ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()
    rows: Sequence[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            heads = self.headers()
            if 0 <= section < len(heads):
                return heads[section]
        return None

    def headers(self) -> list[str]:
        raise NotImplementedError


class DeadlineModel(_ListModel):
    """The next deadlines: overdue first, then forfeit before required before reminders, then by date."""

    COLUMNS = ("date", "when", "title", "severity")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Deadline] = []
        self.today = date.today()
        self.names: dict[str, str] = {}  # contract id → child name

    def set_deadlines(self, deadlines: Sequence[Deadline], today: date, names: dict[str, str]) -> None:
        self.beginResetModel()
        order = {Severity.FORFEIT: 0, Severity.REQUIRED: 1, Severity.REMINDER: 2}
        # Overdue first, then the ones that cost money (forfeit), then by date.
        self.rows = sorted(deadlines, key=lambda d: (0 if d.date < today else 1,
                                                     order.get(d.severity, 3), d.date))
        self.today = today
        self.names = dict(names)
        self.endResetModel()

    def clear(self) -> None:
        self.set_deadlines([], self.today, {})

    def headers(self) -> list[str]:
        return [tr("Frist"), tr("Om"), tr("Hvad"), tr("Alvor")]

    def when_text(self, d: Deadline) -> str:
        days = (d.date - self.today).days
        if days < 0:
            return tr("%n dage over").replace("%n", str(-days)) if days < -1 else tr("1 dag over")
        if days == 0:
            return tr("i dag")
        if days == 1:
            return tr("i morgen")
        return tr("%n dage").replace("%n", str(days))

    @staticmethod
    def severity_text(s: Severity) -> str:
        return {Severity.FORFEIT: tr("Mister pengene"), Severity.REQUIRED: tr("Skal gøres"),
                Severity.REMINDER: tr("Påmindelse")}.get(s, str(s))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "date":
                return fmt.day(d.date)
            if key == "when":
                return self.when_text(d)
            if key == "title":
                child = self.names.get(d.contract_id or "", "")
                return f"{child}: {deadline_title(d)}" if child else deadline_title(d)
            if key == "severity":
                return self.severity_text(d.severity)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(deadline_colour(d, self.today))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#7a0010" if d.date < self.today else "#1a1a1a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [deadline_title(d)]
            if d.detail:
                parts.append(deadline_detail(d))
            if d.source:
                parts.append(tr("Kilde: %1").replace("%1", fmt.source(d.source)))
            if d.assumed:
                parts.append(tr("Bygger på jeres egne indstillinger, ikke på håndbogen."))
            return "\n".join(parts)
        if role == OBJECT_ROLE:
            return d
        return None


STATUS_COLOURS = {
    StayStatus.PLANNED: "planned",
    StayStatus.COMPLETED: "completed",
    StayStatus.CANCELLED: "cancelled",
    StayStatus.NO_SHOW: "no_show",
    StayStatus.SICK: "cancelled",
}


def status_text(status: StayStatus) -> str:
    return {StayStatus.PLANNED: tr("Planlagt"), StayStatus.COMPLETED: tr("Gennemført"),
            StayStatus.CANCELLED: tr("Aflyst"), StayStatus.NO_SHOW: tr("Udeblevet"),
            StayStatus.SICK: tr("Aflyst pga. sygdom")}[status]


class StayListModel(_ListModel):
    """Stays (e.g. those of the visible month, or proposed recurring stays) as rows."""

    COLUMNS = ("child", "start", "end", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Stay] = []
        self.child_of: dict[str, str] = {}  # contract id → child name

    def set_stays(self, stays: Sequence[Stay], child_of: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(stays)
        self.child_of = dict(child_of)
        self.endResetModel()

    def clear(self) -> None:
        self.set_stays([], {})

    def headers(self) -> list[str]:
        return [tr("Barn"), tr("Fra"), tr("Til"), tr("Status")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        st = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "child":
                return self.child_of.get(st.contract_id, st.contract_id)
            if key == "start":
                return fmt.instant(st.start)
            if key == "end":
                return fmt.instant(st.end)
            if key == "status":
                return status_text(st.status)
        if role == OBJECT_ROLE:
            return st
        return None
