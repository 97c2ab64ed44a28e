"""Data-entry dialogs that never throw away what the family typed.

A ``FormDialog`` saves when OK is pressed, *before* it closes. If the service says no (a
``ValidationError``), the dialog stays open with every field as typed, the problems are listed
at the top, each bad field gets a red border whose tooltip says what is wrong, and the cursor is
put in the first bad field. Only a successful save closes it.

    dialog = TripDialog(...)
    trip = dialog.run(self.ctx, self.save_new)   # save_new(values) -> Trip; raises on bad input
    # None when cancelled

Fields are found by the service's field name: ``field_widgets()`` maps names to widgets; by
default an attribute with the field's name (``km`` → ``self.km``, ``contract_id`` →
``self.contract``) is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from aflastapp.core.errors import ValidationError

BAD_FIELD_STYLE = "border: 2px solid #b00020;"


def tr(text: str) -> str:
    return QCoreApplication.translate("FormDialog", text)


def add_help_button(dialog: QDialog, section: str) -> QPushButton | None:
    """A "Hjælp" button (and F1) in ``dialog``'s last button box that opens the guide at ``section``."""
    found = dialog.findChild(QPushButton, "helpButton")
    if found is not None:
        return found
    boxes = dialog.findChildren(QDialogButtonBox)
    if not boxes:
        return None

    def show() -> Any:
        from aflastapp.gui.help import show_help

        return show_help(dialog, section)

    button = boxes[-1].addButton(tr("&Hjælp"), QDialogButtonBox.ButtonRole.HelpRole)
    button.setObjectName("helpButton")
    button.setToolTip(tr("Åbn vejledningen om dette (F1)"))
    button.clicked.connect(show)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.activated.connect(show)
    button.setProperty("helpSection", section)
    return button


class FormDialog(QDialog):
    """Base of every data-entry dialog: OK saves first and closes only when the save worked.

    ``help_section`` (a section of the guide, see ``gui/help.py``) adds a "Hjælp" button that opens it.
    """

    help_section = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit: Callable[[dict[str, Any]], Any] | None = None
        self._ctx: Any = None
        self.saved: Any = None
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("formProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problems_label.hide()
        self._marked: list[tuple[QWidget, str, str]] = []
        self._saved_on_accept = False
        self._label_placed = False

    def showEvent(self, event: QShowEvent) -> None:
        self._add_help_button()
        super().showEvent(event)

    def _add_help_button(self) -> None:
        if self.help_section:
            add_help_button(self, self.help_section)

    def show_help(self) -> Any:
        from aflastapp.gui.help import show_help

        return show_help(self, self.help_section)

    # ------------------------------------------------------------------ to override

    def values(self) -> dict[str, Any]:
        return {}

    def field_widgets(self) -> dict[str, QWidget]:
        """Service field name → the widget it is typed into (extra names beyond the default)."""
        return {}

    # ------------------------------------------------------------------ running

    def submit_with(self, ctx: Any, save: Callable[[dict[str, Any]], Any]) -> FormDialog:
        self._ctx, self._submit = ctx, save
        return self

    def run(self, ctx: Any, save: Callable[[dict[str, Any]], Any]) -> Any:
        """Show the dialog; on OK call ``save(values)``; return what it returned, None if cancelled."""
        self.submit_with(ctx, save)
        self._saved_on_accept = False
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        if not self._saved_on_accept:  # closed as accepted without OK (e.g. done(Accepted))
            try:
                self.saved = save(self.values())
            except Exception as e:
                ctx.show_error(e, self)
                return None
        return self.saved

    def accept(self) -> None:
        if self._submit is None:
            super().accept()
            return
        self.clear_problems()
        try:
            if self._ctx is not None:
                with self._ctx.raising():
                    self.saved = self._submit(self.values())
            else:
                self.saved = self._submit(self.values())
        except ValidationError as e:
            self.show_problems(e)
            return
        except Exception as e:  # an unexpected error: say so, keep what was typed
            if self._ctx is not None:
                self._ctx.show_error(e, self)
            return
        self._saved_on_accept = True
        super().accept()

    # ------------------------------------------------------------------ problems

    def widget_for(self, name: str) -> QWidget | None:
        extra = self.field_widgets()
        if name in extra:
            return extra[name]
        base = name.split(".")[-1].split("[")[0]
        for candidate in (base, base.removesuffix("_id"), base.removesuffix("_ids")):
            w = getattr(self, candidate, None)
            if isinstance(w, QWidget):
                return w
        return None

    def show_problems(self, error: ValidationError) -> None:
        from aflastapp.gui.context import describe_error, problem_text

        _title, text, _ = describe_error(error)
        if self._ctx is not None:
            self._ctx.last_error_text = text
        self._place_label()
        self.problems_label.setText(text)
        self.problems_label.show()
        first: QWidget | None = None
        for p in error.problems:
            w = self.widget_for(p.field)
            if w is None:
                continue
            self._marked.append((w, w.styleSheet(), w.toolTip()))
            w.setStyleSheet(BAD_FIELD_STYLE)
            w.setToolTip(problem_text(p))
            if first is None:
                first = w
        if first is not None:
            self._focus(first)

    def clear_problems(self) -> None:
        for w, style, tip in self._marked:
            w.setStyleSheet(style)
            w.setToolTip(tip)
        self._marked.clear()
        self.problems_label.hide()

    def _focus(self, w: QWidget) -> None:
        w.setFocus()
        if isinstance(w, QLineEdit):
            w.selectAll()
        elif isinstance(w, QAbstractSpinBox):
            w.selectAll()
        elif isinstance(w, QComboBox) and w.isEditable() and (line := w.lineEdit()) is not None:
            line.selectAll()
        QTimer.singleShot(0, w.setFocus)  # after the label shows, the cursor is still there

    def _place_label(self) -> None:
        if self._label_placed:
            return
        self._label_placed = True
        lay = self.layout()
        if isinstance(lay, QFormLayout):
            lay.insertRow(0, self.problems_label)
        elif isinstance(lay, QBoxLayout):
            lay.insertWidget(0, self.problems_label)
