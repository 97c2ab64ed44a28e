"""What every window and view shares: the open session, the undo stack, background work, errors.

``AppContext`` is created once by ``app.run`` and handed to every view. Views never keep a
session of their own: they read ``ctx.session`` (``None`` while the diary is locked), write
through ``ctx.execute(...)`` (undoable, reports what changed) and reload on ``op_executed`` when
the change touches what they show. Slow work runs through ``aflastapp.gui.ops`` (no nested event
loops).
"""

from __future__ import annotations

import contextlib
import errno
import threading
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.gui.fmt import QT_TRANSLATE_NOOP  # typed (returns str); lupdate sees the name

if TYPE_CHECKING:
    from aflastapp.gui.ops import Changes
    from aflastapp.services.session import Session

T = TypeVar("T")


def today_from_environment() -> date | None:
    """``AFLASTAPP_TODAY=YYYY-MM-DD`` pins "today" for a test that starts the app in another process
    (so both processes agree across midnight at a month's end); unset or not a date → None."""
    import os

    value = os.environ.get("AFLASTAPP_TODAY", "")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def tr(text: str) -> str:
    return QCoreApplication.translate("AppContext", text)


class AppContext(QObject):
    """The app's shared state. One per running app."""

    changed = Signal()  # after every write (kept for simple listeners; views use op_executed)
    # op_executed(changes: ops.Changes, initiator): after every write, with what it touched.
    # Views reload only when ``changes`` touches what they show (View.shows).
    op_executed = Signal(object, object)
    locked = Signal()  # the diary was closed: views clear() everything they show
    unlocked = Signal()  # a session is open again
    busy_changed = Signal(bool)  # background work started/finished (auto-lock pauses meanwhile)
    # navigate(view_id, action, params): a button elsewhere (e.g. a deadline on Overblik)
    # asks the main window to show a view and let it perform ``action`` (see View.handle_action).
    navigate = Signal(str, str, object)
    language_changed = Signal(str)
    auto_lock_changed = Signal(int)  # minutes

    def __init__(self, data_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._session: Session | None = None
        self.undo_stack = QUndoStack(self)
        self.today_override: date | None = today_from_environment()  # tests pin "today"
        self.interactive = True  # False in tests/smoke: errors are recorded, not shown modally
        self.last_error_text: str = ""  # the text of the last error dialog (tests read it)
        self.last_notice: str = ""  # the text of the last confirmation (``inform``)
        self._busy = 0
        self.language = "da"
        self.lock_notice = ""  # why the diary is about to lock (the lock screen shows it once)
        from aflastapp.gui.ops import OpRecord, OpRunner

        # Held by the op worker while it uses the diary and by the GUI thread while it writes or
        # locks: one user of the diary connection at a time.
        self.diary_lock = threading.RLock()
        self.op_log: list[OpRecord] = []  # the latest ops (tests check actions went through ops)
        self.runner = OpRunner(self)
        self._notifying = False
        self._raising = 0
        self.changed.connect(self._legacy_changed)

    # ------------------------------------------------------------------ session

    @property
    def session(self) -> Session | None:
        return self._session

    def require_session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the diary is locked")
        return self._session

    def set_session(self, session: Session) -> None:
        """A diary was opened (wizard, unlock screen): views may load again."""
        _guard_connection(session, self.diary_lock)
        self._session = session
        self.undo_stack.clear()
        self.unlocked.emit()
        self.changed.emit()

    def lock(self) -> None:
        """Close the diary and forget everything that came from it (undo history included)."""
        if self._session is None:
            return
        from aflastapp.services import session as session_service

        s, self._session = self._session, None
        self.undo_stack.clear()
        self.locked.emit()
        try:
            with self.diary_lock:  # a running op finishes first; its result is then dropped
                session_service.lock(s)
        except Exception as e:  # the diary is closed for the GUI anyway; say what went wrong
            self.show_error(e)

    @property
    def is_locked(self) -> bool:
        return self._session is None

    def today(self) -> date:
        return self.today_override or date.today()

    # ------------------------------------------------------------------ writes

    def execute(
        self,
        label: str,
        do: Callable[[Session], T],
        undo: Callable[[Session, T], object],
        *,
        changes: Changes | None = None,
        initiator: object = None,
    ) -> T | None:
        """Run ``do`` now as one undoable step; return its result, or None after showing the error.

        ``do(session) -> result`` and ``undo(session, result)`` call services. Redo calls ``do``
        again, so ``do`` must recreate the same thing (pass ``id=`` for adds: see ServiceCommand).
        ``changes`` says what the step touches (default: everything), so only views showing
        that reload. A single-row write is quick; anything slow goes through ``ops.CollectionOp``.
        """
        if self._raising:  # inside a FormDialog's save: the dialog shows the problem itself
            return self.apply(label, do, undo, changes=changes, initiator=initiator)
        try:
            return self.apply(label, do, undo, changes=changes, initiator=initiator)
        except Exception as e:
            self.show_error(e)
            return None

    @property
    def raising_errors(self) -> bool:
        """True inside ``raising()``: a caller (a FormDialog's save) shows the problem itself."""
        return self._raising > 0

    @contextlib.contextmanager
    def raising(self) -> Iterator[None]:
        """Inside this block ``execute`` raises errors instead of showing them (FormDialog)."""
        self._raising += 1
        try:
            yield
        finally:
            self._raising -= 1

    def apply(
        self,
        label: str,
        do: Callable[[Session], T],
        undo: Callable[[Session, T], object],
        *,
        changes: Changes | None = None,
        initiator: object = None,
    ) -> T:
        """Like ``execute`` but raises the error (a dialog that stays open shows it itself)."""
        from aflastapp.gui.commands import ServiceCommand
        from aflastapp.gui.ops import ALL

        s = self.require_session()
        with self.diary_lock:
            result = do(s)
        self.undo_stack.push(ServiceCommand(self, label, do, undo, result=result, changes=changes or ALL))
        self.notify(changes or ALL, initiator)
        return result

    def notify(self, changes: Changes, initiator: object = None) -> None:
        """Tell the views what changed (after a write, undo or redo)."""
        if changes.empty:
            return
        self.op_executed.emit(changes, initiator)
        self._notifying = True
        try:
            self.changed.emit()
        finally:
            self._notifying = False

    def _legacy_changed(self) -> None:
        """Someone emitted ``changed`` by itself: treat it as "anything may have changed"."""
        if not self._notifying:
            from aflastapp.gui.ops import ALL

            self.op_executed.emit(ALL, None)

    # ------------------------------------------------------------------ background work

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def begin_busy(self) -> None:
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

    def end_busy(self) -> None:
        self._busy = max(0, self._busy - 1)
        if self._busy == 0:
            self.busy_changed.emit(False)

    def wait_for_ops(self, timeout_ms: int = 60_000) -> bool:
        """Wait until every op has run and been delivered (tests, closing the window)."""
        return self.runner.wait_idle(timeout_ms)

    # ------------------------------------------------------------------ notices

    def inform(self, text: str, parent: QWidget | None = None, title: str = "") -> None:
        """A confirmation that something worked (printed, saved, changed): an ordinary notice in the
        normal colour and the information icon, never the error box. Recorded in ``last_notice``;
        shown only when interactive."""
        self.last_notice = text
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(parent or QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title or tr("Udført"))
        box.setText(text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    # ------------------------------------------------------------------ errors

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Tell the family what went wrong, in plain Danish, and what to do about it."""
        title, text, details = describe_error(exc)
        self.last_error_text = text + ("\n" + details if details else "")
        if not self.interactive or QApplication.instance() is None:
            return
        box = QMessageBox(parent or QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning if details == "" else QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
            copy = box.addButton(tr("Kopiér rapport"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()


def _guard_connection(session: Session, lock: threading.RLock) -> None:
    """One thread at a time on the diary's connection.

    Ops read and write on the worker thread while the GUI thread may read for a dialog or a view;
    the sqlite3 module's statement cache is not safe for two threads at once. Every statement the
    session's connection runs takes ``lock`` (which an op holds for its whole run), so the GUI
    thread waits for a running op instead of racing it.
    """
    conn = getattr(getattr(session, "db", None), "conn", None)
    if conn is None or getattr(conn, "aflastapp_guarded", False):
        return
    for name in ("execute", "executemany", "executescript", "commit", "rollback"):
        original = getattr(conn, name, None)
        if original is None:
            continue

        def guarded(*args: object, _original: Callable[..., object] = original) -> object:
            with lock:
                return _original(*args)

        setattr(conn, name, guarded)
    conn.aflastapp_guarded = True  # our marker on the connection object: guard it once


# ---------------------------------------------------------------------- error texts

# Errors from storage are matched by class name so the GUI does not import the storage layer.
_KNOWN = {
    "NoKeychainError": (
        QT_TRANSLATE_NOOP("AppContext", "Ingen nøglering"),
        QT_TRANSLATE_NOOP("AppContext", "Computeren har ingen nøglering (keychain), hvor dagbogens nøgle kan gemmes.\n\n"  # noqa: E501
        "Vælg i stedet at beskytte dagbogen med en adgangskode."),
    ),
    "WrongKeyError": (
        QT_TRANSLATE_NOOP("AppContext", "Forkert adgangskode eller nøgle"),
        QT_TRANSLATE_NOOP("AppContext", "Dagbogen kunne ikke åbnes med den adgangskode eller nøgle.\n\n"
        "Prøv igen. Har I glemt adgangskoden, så brug gendannelsesnøglen fra jeres gendannelsesark."),
    ),
    "DamagedDatabaseError": (
        QT_TRANSLATE_NOOP("AppContext", "Dagbogen er beskadiget"),
        QT_TRANSLATE_NOOP("AppContext", "Dagbogsfilen er beskadiget og kan ikke åbnes. Den er ikke blevet ændret.\n\n"  # noqa: E501
        "Gendan den seneste gode sikkerhedskopi under Indstillinger → Sikkerhedskopier."),
    ),
    "AttachmentError": (
        QT_TRANSLATE_NOOP("AppContext", "Filen kan ikke vedhæftes"),
        QT_TRANSLATE_NOOP("AppContext", "Filen kan ikke vedhæftes. Brug et billede (JPEG eller PNG) eller en PDF på højst 25 MB."),  # noqa: E501
    ),
    "NoDiaryError": (
        QT_TRANSLATE_NOOP("AppContext", "Ingen dagbog"),
        QT_TRANSLATE_NOOP("AppContext", "Der er ingen dagbog i den valgte mappe endnu. Start programmet uden en mappe for at oprette en."),  # noqa: E501
    ),
    "BackupError": (
        QT_TRANSLATE_NOOP("AppContext", "Sikkerhedskopien mislykkedes"),
        QT_TRANSLATE_NOOP("AppContext", "Sikkerhedskopien kunne ikke skrives eller kontrolleres. Dagbogen er ikke ændret.\n\n"  # noqa: E501
        "Prøv en anden mappe eller et andet drev."),
    ),
    "DiaryExistsError": (
        QT_TRANSLATE_NOOP("AppContext", "Dagbogen findes allerede"),
        QT_TRANSLATE_NOOP("AppContext", "Der findes allerede en dagbog i mappen. Den bliver ikke overskrevet."),  # noqa: E501
    ),
}


def _known_name(exc: BaseException) -> str | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in _KNOWN:
            return cls.__name__
    return None


def describe_error(exc: BaseException) -> tuple[str, str, str]:
    """(title, text, details) for an error dialog. ``details`` is empty for known errors.

    Known errors get their own plain-Danish text plus, where the error carries a safe detail
    (a backup name, a field problem), that detail. Unexpected errors get a report that names
    only the error type and the code locations: never the message, which might hold diary text.
    """
    if isinstance(exc, ValidationError):
        # Service messages name the field themselves ("Navn mangler"); import paths are prefixed.
        lines = [f"• {p.field}: {problem_text(p)}" if p.field.startswith("$")
                 else f"• {problem_text(p)}" for p in exc.problems]
        return (
            tr("Tjek det indtastede"),
            tr("Der blev ikke gemt noget. Ret venligst:") + "\n" + "\n".join(lines),
            "",
        )
    name = _known_name(exc)
    if name is not None:
        title, text = _KNOWN[name]
        translated = tr(text)
        if translated == text and str(exc):
            # Danish: storage phrases its errors for the family, with the specifics (which file,
            # the newest good backup); shown as they are.
            translated = str(exc)
        return tr(title), translated, ""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return (
            tr("Disken er fuld"),
            tr(
                "Der er ikke mere plads på disken, så intet blev gemt. "
                "Slet eller flyt nogle filer, og prøv igen."
            ),
            "",
        )
    if isinstance(exc, PermissionError):
        return (
            tr("Ingen adgang til filen"),
            tr("Programmet må ikke skrive eller læse filen. Vælg en anden mappe, og prøv igen."),
            "",
        )
    return tr("Uventet fejl"), tr(
        "Der opstod en uventet fejl. Intet er gået tabt af det, der allerede var gemt.\n\n"
        "I kan kopiere en fejlrapport og sende den til udviklerne. "
        "Rapporten indeholder ingen oplysninger fra dagbogen."
    ), error_report(exc)


def error_report(exc: BaseException) -> str:
    """Error type and code locations only: no message text, no local variables."""
    from aflastapp import __version__

    lines = [f"aflastapp {__version__}", f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__qualname__}")
        for frame in traceback.extract_tb(cause.__traceback__):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def problem_text(p: FieldProblem) -> str:
    """A service's input problem in the app's language, from its code in the one message catalogue
    (core.messages); a problem without a code as the service wrote it."""
    from aflastapp.core import messages
    from aflastapp.gui import fmt

    return messages.problem_text(p, fmt.current_language())
