"""The base class of every view shown in the main window's sidebar.

A view:
- is built with ``__init__(self, ctx: AppContext, parent=None)`` and calls ``super().__init__``;
- overrides ``title`` (Danish, through ``self.tr``) and sets ``view_id`` / ``icon_name``;
- overrides ``refresh()`` to reload from services what it shows — only the visible period,
  never all years. It is called when the view is shown and after every ``ctx.changed`` while
  visible (hidden views are marked stale and refresh when shown again);
- overrides ``clear()`` to drop every row and text it shows (called on lock: no diary content
  may stay in the window). After ``clear()`` the view must not touch ``ctx.session``;
- may override ``new_entry()`` (Ctrl+N), ``print_current()`` (Ctrl+P) and
  ``handle_action(action, params)`` (a button elsewhere, e.g. a deadline on Overblik, asks this
  view to do something: see the actions listed in ``aflastapp/gui/views/__init__.py``).

Writes go through ``self.ctx.execute(label, do, undo)`` so they are undoable and refresh views.
The main window rebuilds all views when the language changes, so views set their texts once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from aflastapp.gui.context import AppContext


class View(QWidget):
    view_id: str = ""
    icon_name: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.changed.connect(self._on_changed)
        ctx.locked.connect(self._on_locked)
        ctx.unlocked.connect(self._on_unlocked)

    # ------------------------------------------------------------------ to override

    @property
    def title(self) -> str:
        return self.tr("Visning")

    def refresh(self) -> None:
        """Reload what the view shows from services (only when ctx.session is not None)."""

    def clear(self) -> None:
        """Drop every row and text that came from the diary."""

    def new_entry(self) -> None:
        """Ctrl+N: start a new entry of what this view shows (no-op by default)."""

    def print_current(self) -> None:
        """Ctrl+P: print what this view shows, if it prints anything (no-op by default)."""

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        """Perform ``action`` asked for by another view (no-op by default)."""

    # ------------------------------------------------------------------ plumbing

    def reload(self) -> None:
        """Refresh now if the diary is open (safe to call any time)."""
        self._stale = False
        if self.ctx.session is not None:
            self.refresh()

    def _on_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_locked(self) -> None:
        self._stale = True
        self.clear()

    def _on_unlocked(self) -> None:
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
