"""Every edit in the GUI is one undoable step on the context's QUndoStack.

Use ``ctx.execute(label, do, undo)`` (it runs ``do`` once, reports errors, pushes the command
and emits ``changed``). The callables take the *current* session, because the diary may have
been locked and unlocked since the step was recorded (the stack is cleared on lock anyway):

    # add: give the id up front so redo recreates the very same row
    new_id = uuid4().hex
    ctx.execute(self.tr("Tilføj ophold"),
                lambda s: stays.add_stay(s, ..., id=new_id),
                lambda s, stay: stays.delete_stay(s, stay.id))
    # delete: undo re-adds with the same id (delete_x returns what was deleted)
    ctx.execute(self.tr("Slet ophold"),
                lambda s: stays.delete_stay(s, stay_id),
                lambda s, old: stays.add_stay(s, ..., id=old.id))
    # update: undo writes the old values back
    ctx.execute(self.tr("Ret ophold"),
                lambda s: stays.update_stay(s, stay_id, **changes),
                lambda s, _new: stays.update_stay(s, stay_id, **old_values))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.ops import Changes
    from aflastapp.services.session import Session


class ServiceCommand(QUndoCommand):
    """One user action as do/undo callables over services.

    ``result`` is what ``do`` returned when the action was first performed (the command is
    pushed after that, so the stack's initial ``redo()`` does nothing). ``undo(session, result)``
    gets the result of the latest ``do``. If undo or redo fails (e.g. the row was changed
    meanwhile), the error is shown and the command is dropped from the stack.
    """

    def __init__(
        self,
        ctx: AppContext,
        label: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session, Any], object],
        *,
        result: Any = None,
        done: bool = True,
        changes: Changes | None = None,
        background: str = "",
    ) -> None:
        super().__init__(label)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self.result = result
        self._skip_redo = done
        from aflastapp.gui.ops import ALL

        self.changes = changes or ALL
        self.background = background  # redo is slow (a PDF): it runs as an op with this label

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        s = self._ctx.session
        if s is None:
            self.setObsolete(True)
            return
        if self.background:
            self._redo_in_background()
            return
        try:
            with self._ctx.diary_lock:
                self.result = self._do(s)
        except Exception as e:
            self.setObsolete(True)
            self._ctx.show_error(e)
        self._ctx.notify(self.changes)

    def _redo_in_background(self) -> None:
        from aflastapp.gui import ops

        def done(result: Any) -> None:
            self.result = result

        def failed(e: BaseException) -> None:
            self.setObsolete(True)
            self._ctx.show_error(e)

        op = ops.CollectionOp(self._ctx, self._do, changes=self.changes, name=f"redo {self.text()}")
        op.with_progress(self.background).success(done).failure(failed)
        op.run_in_background()

    def undo(self) -> None:
        s = self._ctx.session
        if s is None:
            self.setObsolete(True)
            return
        try:
            with self._ctx.diary_lock:
                self._undo(s, self.result)
        except Exception as e:
            self.setObsolete(True)
            self._ctx.show_error(e)
        self._ctx.notify(self.changes)
