"""The base class of every view shown in the main window's sidebar.

A view:
- is built with ``__init__(self, ctx: AppContext, parent=None)`` and calls ``super().__init__``;
- overrides ``title`` (Danish, through ``self.tr``) and sets ``view_id`` / ``icon_name``;
- overrides ``refresh()`` to reload from services what it shows — only the visible period,
  never all years. It is called when the view is shown and after a write whose changes touch
  ``shows`` (the change kinds of ``aflastapp.gui.ops``) while visible (hidden views are marked
  stale and refresh when shown again). A refresh that can be slow reads through
  ``self.query(read, show)``: ``read(session)`` runs off the GUI thread, ``show(result)`` on it,
  and a result overtaken by a newer query is dropped;
- overrides ``clear()`` to drop every row and text it shows (called on lock: no diary content
  may stay in the window). After ``clear()`` the view must not touch ``ctx.session``;
- may override ``new_entry()`` (Ctrl+N), ``print_current()`` (Ctrl+P) and
  ``handle_action(action, params)`` (a button elsewhere, e.g. a deadline on Overblik, asks this
  view to do something: see the actions listed in ``aflastapp/gui/views/__init__.py``).

Writes go through ``self.ctx.execute(label, do, undo, changes=...)`` so they are undoable and
refresh the views they touch; slow writes through ``ops.CollectionOp``.
The main window rebuilds all views when the language changes, so views set their texts once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from aflastapp.gui import ops
from aflastapp.gui.context import AppContext

T = TypeVar("T")


class View(QWidget):
    view_id: str = ""
    icon_name: str = ""
    #: the change kinds (aflastapp.gui.ops) that make this view reload; everything by default
    shows: frozenset[str] = ops.KINDS
    #: what this view's own writes (``self.execute``) change; everything by default
    writes: ops.Changes = ops.ALL

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._query_generation = 0
        ctx.op_executed.connect(self._on_op)
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

    def print_current(self) -> object:
        """Ctrl+P: print what this view shows, if it prints anything (no-op by default); what it
        returns (how it printed) is for tests, the window ignores it."""
        return None

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        """Perform ``action`` asked for by another view (no-op by default)."""

    # ------------------------------------------------------------------ plumbing

    def reload(self) -> None:
        """Refresh now if the diary is open (safe to call any time)."""
        self._stale = False
        if self.ctx.session is not None:
            self.refresh()

    def execute(self, label: str, do: Callable[[Any], T], undo: Callable[[Any, T], object]) -> T | None:
        """``ctx.execute`` reporting this view's kind of change (``writes``)."""
        return self.ctx.execute(label, do, undo, changes=self.writes)

    def query(self, read: Callable[[Any], T], show: Callable[[T], object], name: str = "",
              done: Callable[[], object] | None = None) -> ops.OpRecord | None:
        """Read off the GUI thread, show on it; a result overtaken by a newer query is dropped.
        ``done()`` follows the delivery (or the error), whether shown or dropped."""
        self._query_generation += 1
        generation = self._query_generation

        def deliver(result: T) -> None:
            try:
                if generation == self._query_generation and self.ctx.session is not None:
                    show(result)
            finally:
                if done is not None:
                    done()

        def failed(e: BaseException) -> None:
            try:
                self.ctx.show_error(e, self)
            finally:
                if done is not None:
                    done()

        record = ops.QueryOp(self.ctx, read, success=deliver, parent=self,
                             name=name or f"{self.view_id}.refresh").failure(failed).run_in_background()
        if record is None and done is not None:
            done()
        return record

    def _on_op(self, changes: ops.Changes, _initiator: object) -> None:
        if changes.touches(self.shows):
            self._on_changed()

    def _on_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_locked(self) -> None:
        self._stale = True
        self._query_generation += 1  # a read still running is not shown
        self.clear()

    def _on_unlocked(self) -> None:
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
