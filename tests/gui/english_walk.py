"""Collects every text the family can read in the main window (labels, buttons, tabs, group
titles, table cells and headers with their tooltips, combo items, browsers), so tests can check
what a language shows (no tests here)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    name = type(view).__name__
    from PySide6.QtCore import QModelIndex

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model's columnCount is private in PySide6
            return 1

    for i in range(columns(QModelIndex())):
        for role in ROLES:
            v = model.headerData(i, Qt.Orientation.Horizontal, role)
            if isinstance(v, str):
                yield f"{name} header", v

    def walk(parent: object) -> Iterator[tuple[str, str]]:
        for r in range(model.rowCount(parent)):  # type: ignore[arg-type]
            for c in range(columns(parent)):  # type: ignore[arg-type]
                idx = model.index(r, c, parent)  # type: ignore[arg-type]
                for role in ROLES:
                    v = idx.data(role)
                    if isinstance(v, str):
                        yield f"{name} cell", v
                if c == 0 and model.rowCount(idx) > 0:
                    yield from walk(idx)

    yield from walk(QModelIndex())


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every readable text under ``root`` (hidden widgets included: a view's
    other pages are part of what it says)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        tip = w.toolTip()
        if tip:
            yield f"{kind} tooltip", tip
        if isinstance(w, QLabel):
            yield kind, w.text()
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{kind} tab", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{kind} item", w.itemText(i)
        elif isinstance(w, QAbstractSpinBox):  # date and number fields show their value as text
            yield f"{kind} value", w.text()
        elif isinstance(w, QLineEdit):
            yield f"{kind} placeholder", w.placeholderText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield f"{kind} placeholder", w.placeholderText()
            if w.isReadOnly():
                yield kind, w.toPlainText()
        elif isinstance(w, QAbstractItemView):
            yield from _model_texts(w)
        if w.isWindow():
            yield f"{kind} title", w.windowTitle()
