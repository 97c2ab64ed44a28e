"""What the sections of Indstillinger share: date fields, amounts as typed, and the ``Section`` base."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.views.settings.view import SettingsView


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def amount_text(text: str) -> str | None:
    """A rate as the family types it ("1.234,50", "3,81" or "3.81") → "1234.50"; empty → None.

    The service validates the number and names the field if it is not one."""
    t = text.strip().replace(" ", "").removesuffix("kr.").removesuffix("kr").strip()
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    return t or None


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    e = QDateEdit(parent)
    e.setCalendarPopup(True)
    e.setDisplayFormat("dd.MM.yyyy")
    e.setAccessibleName(name)
    return e


def fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough to show its placeholder whole."""
    fm = edit.fontMetrics()
    edit.setMinimumWidth(fm.horizontalAdvance(edit.placeholderText()) + 24)


def read_only_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    """A table of whole rows to pick from (never edited in place)."""
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def button_row(*buttons: QWidget, stretch_at: int = 0) -> QHBoxLayout:
    """The buttons (or fields) in a row with the free space before button ``stretch_at``."""
    row = QHBoxLayout()
    for i, b in enumerate(buttons):
        if i == stretch_at:
            row.addStretch(1)
        row.addWidget(b)
    if stretch_at >= len(buttons):
        row.addStretch(1)
    return row


class Section(QWidget):
    """One tab of Indstillinger: builds its widgets, shows the diary's values (``refresh``), drops
    them on lock (``clear``), and writes through the view (undoable, refreshing what changed)."""

    #: the key in ``SettingsView.SECTIONS`` (``handle_action("section", {"name": …})``)
    key = ""

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view.tabs)
        self.view = view
        self.ctx: AppContext = view.ctx
        self.lay = QVBoxLayout(self)

    def tab_title(self) -> str:
        return ""

    def refresh(self, s: Any) -> None:
        """Show the diary's values (``s`` is the open session)."""

    def clear(self) -> None:
        """Drop every value that came from the diary."""

    def inform(self, text: str) -> None:
        self.view.inform(text)

    def execute(self, label: str, do: Any, undo: Any) -> Any:
        return self.ctx.execute(label, do, undo)

