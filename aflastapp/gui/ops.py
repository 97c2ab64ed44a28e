"""Work on the diary without freezing the window: operation objects in the spirit of Anki's
``CollectionOp`` / ``QueryOp`` (our own code, not Anki's).

Every piece of work that may take longer than a blink runs on ONE worker thread (so two pieces
of work never use the diary at the same time) and hands its result back on the GUI thread:

    QueryOp(ctx, lambda s: overview.preview_range(s, first, 12),
            success=self._show_months).run_in_background()

    CollectionOp(ctx, lambda s: documents.generate(s, kind, ...), changes=Changes.of(DOCUMENTS),
                 label=self.tr("Laver dokumentet …")).success(self._show).run_in_background()

- ``op(session)`` runs on the worker thread with the diary lock held. It must not touch widgets.
- ``success(result)`` runs on the GUI thread; an error goes to ``failure(exc)`` if given, else
  it is shown with ``ctx.show_error``. If the diary was locked meanwhile, neither is called: the
  views were emptied and must stay empty.
- The busy count (``ctx.busy``; auto-lock waits meanwhile) goes up when an op starts and down
  when it has been delivered. There is no nested event loop anywhere: the caller returns at
  once.
- A ``CollectionOp`` writes. It reports what it changed (``Changes``) so a view reloads only when
  that touches what it shows (``View.shows``). It may put itself on the undo stack (``undo=``)
  and shows a small "Arbejder …" window that keeps input away while it runs.
- A ``QueryOp`` only reads (or writes files outside the diary). ``with_progress(label)`` shows
  the same window; without it the GUI stays fully usable.

Every op is recorded in ``ctx.op_log`` (name, kind, whether it ran off the GUI thread), which
is how tests check that an action went through an op rather than timing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    from aflastapp.gui.context import AppContext
    from aflastapp.services.session import Session

T = TypeVar("T")

# ---------------------------------------------------------------------- what changed

STAYS = "stays"
TRIPS = "trips"
EXPENSES = "expenses"
NOTES = "notes"
MEETINGS = "meetings"
DOCUMENTS = "documents"
CONTRACTS = "contracts"  # children, contracts, the family's details
SETTINGS = "settings"  # rates, closed days, preferences
PLACES = "places"  # saved places and routes

KINDS = frozenset({STAYS, TRIPS, EXPENSES, NOTES, MEETINGS, DOCUMENTS, CONTRACTS, SETTINGS, PLACES})


@dataclass(frozen=True)
class Changes:
    """What an operation changed in the diary (like Anki's ``OpChanges``)."""

    kinds: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> Changes:
        return cls(KINDS)

    @property
    def empty(self) -> bool:
        return not self.kinds

    def touches(self, kinds: Iterable[str]) -> bool:
        return bool(self.kinds & frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)


ALL = Changes.everything()


# ---------------------------------------------------------------------- the worker


@dataclass
class OpRecord:
    """One op as tests see it in ``ctx.op_log``."""

    name: str
    kind: str  # "collection" or "query"
    off_gui_thread: bool | None = None  # set when the op ran
    done: bool = False


class _Delivery(QObject):
    done = Signal(object)  # the _Job, delivered on the GUI thread (queued: emitted by the worker)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], lock: threading.RLock, record: OpRecord) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the GUI thread keeps it until delivered
        self.fn, self.lock, self.record = fn, lock, record
        self.result: Any = None
        self.error: BaseException | None = None
        self.delivery = _Delivery()

    def run(self) -> None:
        try:
            app = QCoreApplication.instance()
            self.record.off_gui_thread = app is None or QThread.currentThread() is not app.thread()
            with self.lock:
                self.result = self.fn()
        except BaseException as e:  # handed to the GUI thread
            self.error = e
        finally:
            self.delivery.done.emit(self)


class OpRunner(QObject):
    """One worker thread for the diary; counts busy; delivers results on the GUI thread."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # ops never use the diary at the same time
        self._jobs: set[_Job] = set()

    def start(self, name: str, kind: str, fn: Callable[[], Any],
              on_done: Callable[[_Job], None]) -> OpRecord:
        record = OpRecord(name, kind)
        self.ctx.op_log.append(record)
        del self.ctx.op_log[:-200]
        job = _Job(fn, self.ctx.diary_lock, record)
        self._jobs.add(job)
        self.ctx.begin_busy()

        def delivered(j: object) -> None:
            assert isinstance(j, _Job)
            self._jobs.discard(j)
            j.record.done = True
            try:
                on_done(j)
            finally:
                self.ctx.end_busy()

        job.delivery.done.connect(delivered, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)
        return record

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        """Tests and shutdown: wait for the worker, then deliver what it finished."""
        ok = self.pool.waitForDone(timeout_ms)
        app = QCoreApplication.instance()
        while self._jobs and app is not None:
            app.sendPostedEvents()
            app.processEvents()
        return ok


def _progress(ctx: AppContext, parent: QWidget | None, label: str) -> QProgressDialog | None:
    if not ctx.interactive or QApplication.instance() is None:
        return None
    dialog = QProgressDialog(label, "", 0, 0, parent or QApplication.activeWindow())
    dialog.setWindowTitle(QCoreApplication.translate("AppContext", "Arbejder …"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAccessibleName(label)
    dialog.show()  # modal, but not exec(): no nested event loop
    return dialog


def _close(dialog: QProgressDialog | None) -> None:
    if dialog is not None and shiboken6.isValid(dialog):
        dialog.close()
        dialog.deleteLater()


class _Op(Generic[T]):
    kind = "query"

    def __init__(self, ctx: AppContext, op: Callable[[Session], T], *, parent: QWidget | None = None,
                 name: str = "") -> None:
        self.ctx = ctx
        self._op = op
        self._parent = parent
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._label: str | None = None
        self._needs_session = True
        self.name = name or getattr(op, "__qualname__", "op")

    def success(self, fn: Callable[[T], Any] | None) -> _Op[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any] | None) -> _Op[T]:
        self._failure = fn
        return self

    def with_progress(self, label: str) -> _Op[T]:
        self._label = label
        return self

    def without_session(self) -> _Op[T]:
        """The op does not use the open diary (creating, restoring, opening one): ``op`` gets None."""
        self._needs_session = False
        return self

    def _finished(self, result: T) -> None:
        if self._success is not None:
            self._success(result)

    def run_in_background(self) -> OpRecord | None:
        session = self.ctx.session
        if self._needs_session and session is None:
            return None
        dialog = _progress(self.ctx, self._parent, self._label) if self._label else None

        def work() -> T:
            return self._op(session)  # type: ignore[arg-type]

        def done(job: _Job) -> None:
            _close(dialog)
            if self._parent is not None and not shiboken6.isValid(self._parent):
                return  # its window is gone: nobody to show the result to
            if self._needs_session and self.ctx.session is not session:
                return  # locked meanwhile: the views were emptied; deliver nothing
            if job.error is not None:
                if not isinstance(job.error, Exception):
                    raise job.error
                if self._failure is not None:
                    self._failure(job.error)
                else:
                    self.ctx.show_error(job.error, self._parent if _alive(self._parent) else None)
                return
            self._finished(job.result)

        return self.ctx.runner.start(self.name, self.kind, work, done)


def _alive(w: QWidget | None) -> bool:
    return w is not None and shiboken6.isValid(w)


class QueryOp(_Op[T]):
    """Read from the diary off the GUI thread; ``success`` gets the result on the GUI thread."""

    def __init__(self, ctx: AppContext, op: Callable[[Session], T], *,
                 success: Callable[[T], Any] | None = None, parent: QWidget | None = None,
                 name: str = "") -> None:
        super().__init__(ctx, op, parent=parent, name=name)
        self._success = success


class CollectionOp(_Op[T]):
    """Change the diary off the GUI thread; report ``changes`` so views reload what they show.

    With ``undo=`` the op becomes one step on the undo stack (``label`` names it); redo runs
    ``op`` again, so ``op`` must recreate the same thing (pass ids up front).
    """

    kind = "collection"

    def __init__(self, ctx: AppContext, op: Callable[[Session], T], *, changes: Changes = ALL,
                 label: str = "", undo: Callable[[Session, T], object] | None = None,
                 parent: QWidget | None = None, initiator: object = None, name: str = "") -> None:
        super().__init__(ctx, op, parent=parent, name=name or label)
        self.changes = changes
        self.undo_label = label
        self._undo = undo
        self.initiator = initiator
        self._label = label or None

    def _finished(self, result: T) -> None:
        if self._undo is not None:
            from aflastapp.gui.commands import ServiceCommand

            self.ctx.undo_stack.push(ServiceCommand(self.ctx, self.undo_label, self._op, self._undo,
                                                    result=result, changes=self.changes,
                                                    background=self._label or self.undo_label))
        self.ctx.notify(self.changes, self.initiator)  # views are up to date when success runs
        super()._finished(result)
