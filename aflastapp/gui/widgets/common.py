"""Shared pieces of the diary views: formatting, Danish number input, pickers, a thin table model.

Nothing here applies rules or reads the database directly: pickers list what services return.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

def tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


def month_name(month: int) -> str:
    names = (
        tr("januar"), tr("februar"), tr("marts"), tr("april"), tr("maj"), tr("juni"),
        tr("juli"), tr("august"), tr("september"), tr("oktober"), tr("november"), tr("december"),
    )
    return names[month - 1]


# ---------------------------------------------------------------------- formatting


def fmt_kr(value: Decimal | None, lang: str = "da") -> str:
    """Money the Danish way, "1.234,50 kr."; a missing figure is "mangler"."""
    if value is None:
        return tr("mangler")
    from aflastapp.core.money import format_kr

    return format_kr(value, lang)


def fmt_date(d: date | None, lang: str = "da") -> str:
    if d is None:
        return ""
    from aflastapp.core.money import format_date

    return format_date(d, lang)


def fmt_km(value: Decimal, lang: str | None = None) -> str:
    """Km without the unit in the app's language: "12,5", "1.204" (Danish) / "12.5", "1,204" (English)."""
    from aflastapp.core.money import format_km
    from aflastapp.gui import fmt

    return format_km(value, lang or fmt.current_language()).removesuffix(" km")


def new_id(prefix: str) -> str:
    """An id for a new row, chosen up front so redo recreates the very same row."""
    import secrets

    return f"{prefix}-{secrets.token_hex(4)}"


_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_EN_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def parse_decimal(text: str) -> str:
    """Typed numbers ("1.234,50", "12,5 kr.", "18.4"; in English also "1,234.50") as the dot string
    services validate.

    Text that is not a number is returned as typed, so the service names the field and the problem.
    """
    t = text.strip().lower().removesuffix("kr.").removesuffix("kr").removesuffix("km").strip()
    t = t.replace(" ", "").replace("\u00a0", "")
    from aflastapp.gui import fmt

    english = fmt.current_language() == "en"
    if english and _EN_THOUSANDS.fullmatch(t):
        t = t.replace(",", "")  # English thousands: "1,204.5" (a Danish "17,2" still reads as 17.2)
    elif "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif not english and _THOUSANDS.fullmatch(t):
        t = t.replace(".", "")
    try:
        Decimal(t)
    except InvalidOperation:
        return text.strip()
    return t


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(tr("Ja"), QMessageBox.ButtonRole.YesRole)
    box.addButton(tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK/Annuller buttons in Danish, wired to accept/reject."""
    sb = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(sb.Ok | sb.Cancel, dialog)
    buttons.button(sb.Ok).setText(ok_text or tr("Gem"))
    buttons.button(sb.Cancel).setText(tr("Annuller"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


# ---------------------------------------------------------------------- a thin table model


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of service results; ``Qt.UserRole`` gives the object."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_object(self, row: int) -> T:
        return self._rows[row]

    @property
    def objects(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        obj = self._rows[index.row()]
        col = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(obj)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(obj) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return obj
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# ---------------------------------------------------------------------- pickers


def municipality_name(name: str) -> str:
    """"Slagelse Kommune" in the app's language ("Slagelse Municipality")."""
    from aflastapp.core import messages
    from aflastapp.gui import fmt

    return messages.municipality(name, fmt.current_language())


def contract_labels(session: Any) -> list[tuple[str, str]]:
    """(contract id, "Child – Municipality") for every contract, newest first."""
    from aflastapp.services import children, contracts

    names = {c.id: c.name for c in children.list_children(session)}
    munis = contracts.known_municipalities()
    out = []
    for c in sorted(contracts.list_contracts(session), key=lambda c: c.start, reverse=True):
        child = names.get(c.child_id, c.child_id)
        out.append((c.id, f"{child} – {municipality_name(munis.get(c.municipality, c.municipality))}"))
    return out


class _IdCombo(QComboBox):
    """Pick one of the diary's rows by id; optionally an "all" entry (data None) first."""

    def __init__(self, with_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_all = with_all

    def _all_text(self) -> str:
        raise NotImplementedError

    def _entries(self, session: Any) -> list[tuple[str, str]]:
        raise NotImplementedError

    def load(self, session: Any, select: str | None = None) -> None:
        keep = select if select is not None else self.current_id()
        self.blockSignals(True)
        self.clear()
        if self._with_all:
            self.addItem(self._all_text(), None)
        for key, label in self._entries(session):
            self.addItem(label, key)
        i = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(i if i >= 0 else 0)
        self.blockSignals(False)

    def current_id(self) -> str | None:
        v = self.currentData()
        return v if isinstance(v, str) else None

    def select(self, key: str | None) -> None:
        i = self.findData(key)
        if i >= 0:
            self.setCurrentIndex(i)


class ContractCombo(_IdCombo):
    """Pick a contract (child and municipality); optionally "Alle aftaler" first."""

    def __init__(self, with_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(with_all, parent)
        self.setAccessibleName(tr("Aftale"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _all_text(self) -> str:
        return tr("Alle aftaler")

    def _entries(self, session: Any) -> list[tuple[str, str]]:
        return contract_labels(session)


class ChildCombo(_IdCombo):
    """Pick a child; optionally "Alle børn" first."""

    def __init__(self, with_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(with_all, parent)
        self.setAccessibleName(tr("Barn"))

    def _all_text(self) -> str:
        return tr("Alle børn")

    def _entries(self, session: Any) -> list[tuple[str, str]]:
        from aflastapp.services import children

        return [(c.id, c.name) for c in children.list_children(session)]


class MonthNavigator(QWidget):
    """◀ marts 2026 ▶ — the visible month of a view. Emits ``changed`` with the new month."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = today.year, today.month
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.prev = QToolButton(self)
        self.prev.setText("◀")
        self.prev.setAccessibleName(tr("Forrige måned"))
        self.prev.setToolTip(tr("Forrige måned"))
        self.label = QLabel(self)
        self.label.setMinimumWidth(130)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setAccessibleName(tr("Næste måned"))
        self.next.setToolTip(tr("Næste måned"))
        lay.addWidget(self.prev)
        lay.addWidget(self.label)
        lay.addWidget(self.next)
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self._update_label()

    def step(self, months: int) -> None:
        n = self.year * 12 + self.month - 1 + months
        self.set_month(n // 12, n % 12 + 1)

    def set_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.year, self.month = year, month
            self._update_label()
            self.changed.emit()

    def _update_label(self) -> None:
        from aflastapp.gui import fmt

        self.label.setText(fmt.month(self.year, self.month))

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        n = self.year * 12 + self.month
        return date.fromordinal(date(n // 12, n % 12 + 1, 1).toordinal() - 1)

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


# ---------------------------------------------------------------------- view building blocks


def rows_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table that selects one whole row at a time, without row numbers."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


def split_pane(split: QSplitter) -> tuple[QWidget, QVBoxLayout]:
    """The left pane of a splitter: a widget with a margin-less column layout."""
    pane = QWidget(split)
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    return pane, column


def button_row(buttons: Sequence[QWidget], trailing: Sequence[QWidget] = ()) -> QHBoxLayout:
    """Buttons left-aligned, then a stretch, then ``trailing`` at the right edge."""
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    for b in trailing:
        row.addWidget(b)
    return row


def view_header(title: str, parent: QWidget, on_change: Callable[[], None], today: date | None = None,
                ) -> tuple[QHBoxLayout, ContractCombo, MonthNavigator | None]:
    """A view's heading row: title, then "Alle aftaler"/contract picker and (with ``today``) the month
    navigator at the right; both call ``on_change`` when the user picks another one."""
    head = QHBoxLayout()
    head.addWidget(QLabel(f"<h2>{title}</h2>", parent))
    head.addStretch(1)
    contract = ContractCombo(with_all=True, parent=parent)
    contract.currentIndexChanged.connect(on_change)
    head.addWidget(contract)
    month = None
    if today is not None:
        month = MonthNavigator(today, parent)
        month.changed.connect(on_change)
        head.addWidget(month)
    return head, contract, month


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A view's title in bold, half again the normal size."""
    label = QLabel(text, parent)
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * 1.5)
    f.setBold(True)
    label.setFont(f)
    return label


def selected_object(table: QTableView, model: RowsModel[T]) -> T | None:
    """The row object of the table's selected row, or None."""
    sm = table.selectionModel()
    sel = sm.selectedRows() if sm is not None else []
    return model.row_object(sel[0].row()) if sel else None


def edit_with_dialog(ctx: Any, label: str, dialog: Any, update: Callable[..., Any],
                     old: dict[str, Any], changes: Any = None) -> Any:
    """Show an edit dialog; on OK apply its ``values()`` with ``update(session, **values)`` through the
    undo stack, undo putting back ``old`` the same way. A FormDialog stays open on bad input."""
    from aflastapp.gui.widgets.forms import FormDialog

    def save(values: dict[str, Any]) -> Any:
        return ctx.execute(label, lambda s: update(s, **values), lambda s, _n: update(s, **old),
                           changes=changes)

    if isinstance(dialog, FormDialog):
        return dialog.run(ctx, save)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return save(dialog.values())


def select_row_with_id(table: QTableView, model: RowsModel[Any], row_id: object) -> bool:
    """Select the row whose object has ``id == row_id``; False when it is not shown."""
    for row, obj in enumerate(model.objects):
        if obj.id == row_id:
            table.selectRow(row)
            return True
    return False


def month_step_buttons(parent: QWidget, step: Callable[[int], None]) -> tuple[QPushButton, QPushButton]:
    """◀ and ▶ buttons (narrow, named for screen readers) that call ``step(-1)`` / ``step(1)``."""
    prev = QPushButton("◀", parent)
    prev.setAccessibleName(tr("Forrige måned"))
    prev.setToolTip(tr("Forrige måned"))
    nxt = QPushButton("▶", parent)
    nxt.setAccessibleName(tr("Næste måned"))
    nxt.setToolTip(tr("Næste måned"))
    for b in (prev, nxt):
        b.setFixedWidth(36)
    prev.clicked.connect(lambda: step(-1))
    nxt.clicked.connect(lambda: step(1))
    return prev, nxt


# ---------------------------------------------------------------------- date fields


_FORMATS = (("dd.MM.yyyy", "yyyy-MM-dd"), ("MM.yyyy", "yyyy-MM"), ("dd.MM.", "MM-dd"))


def _english_format(shown: str) -> str:
    """A date field's display format in English: year, month, day (2026-03-16, 2026-03, 03-16)."""
    for da, en in _FORMATS:
        if da in shown:
            return shown.replace(da, en)
    return shown


def _danish_format(shown: str) -> str:
    for da, en in _FORMATS:
        if en in shown:
            return shown.replace(en, da)
    return shown


class DateFieldBehaviour(QObject):
    """How every date (and date-time) field behaves, installed once on the application:

    - entering the field selects the section under the cursor, so typing "7.3.2026" replaces the
      date instead of being refused;
    - one Tab leaves the field (Qt's own date fields tab through day, month and year first);
    - dates show as in the tables: 16.03.2026 in Danish, 2026-03-16 in English.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(obj, QDateTimeEdit):
            return False
        if event.type() == QEvent.Type.Show:
            # one date format per language, as in the tables: 16.03.2026 / 2026-03-16
            from aflastapp.gui import fmt

            shown = obj.displayFormat()
            wanted = _english_format(shown) if fmt.current_language() == "en" else _danish_format(shown)
            if wanted != shown:
                obj.setDisplayFormat(wanted)
        if event.type() == QEvent.Type.FocusIn:
            edit = obj
            QTimer.singleShot(0, edit, lambda: edit.setSelectedSection(edit.currentSection()))
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            text = event.text()
            if text.isdigit():
                obj.setProperty("lastDigitSection", obj.currentSectionIndex())
            elif text in (".", "-", "/", ","):
                # "7.3.2026": after "7" Qt has already moved on to the month (no day starts with 7
                # and has two digits); the "." then must not skip the month as well
                last = obj.property("lastDigitSection")
                obj.setProperty("lastDigitSection", None)
                if last is not None and obj.currentSectionIndex() != last:
                    return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                backwards = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return _leave(obj, backwards)
        return False


def _leave(edit: QWidget, backwards: bool) -> bool:
    """Give the focus to the next (or previous) widget in the tab chain outside ``edit``."""
    w = edit.previousInFocusChain() if backwards else edit.nextInFocusChain()
    while w is not None and w is not edit:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisible() and w.isEnabled() \
                and not edit.isAncestorOf(w):
            w.setFocus(Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason)
            return True
        w = w.previousInFocusChain() if backwards else w.nextInFocusChain()
    return False


_behaviour: list[DateFieldBehaviour] = []


def install_date_field_behaviour(app: QObject) -> None:
    """Install ``DateFieldBehaviour`` on the application (once)."""
    if not _behaviour:
        _behaviour.append(DateFieldBehaviour(app))
        app.installEventFilter(_behaviour[0])
