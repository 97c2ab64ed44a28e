"""What every window and view shares: the open session, the undo stack, background work, errors.

``AppContext`` is created once by ``app.run`` and handed to every view. Views never keep a
session of their own: they read ``ctx.session`` (``None`` while the diary is locked), write
through ``ctx.execute(...)`` (undoable, emits ``changed``) and refresh on ``changed``.
"""

from __future__ import annotations

import errno
import re
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from aflastapp.core.errors import ValidationError

if TYPE_CHECKING:
    from aflastapp.services.session import Session

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("AppContext", text)


class _Signals(QObject):
    finished = Signal()


class _Job(QRunnable):
    """Runs one callable on a pool thread and keeps its result or exception."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args = fn, args
        self.result: Any = None
        self.error: BaseException | None = None
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.result = self.fn(*self.args)
        except BaseException as e:  # handed back to the GUI thread
            self.error = e
        finally:
            self.signals.finished.emit()


class AppContext(QObject):
    """The app's shared state. One per running app."""

    changed = Signal()  # after every write: views reload what they show
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
        self.today_override: date | None = None  # tests pin "today"
        self.interactive = True  # False in tests/smoke: errors are recorded, not shown modally
        self.last_error_text: str = ""  # the text of the last error dialog (tests read it)
        self._busy = 0
        self.language = "da"

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
    ) -> T | None:
        """Run ``do`` now as one undoable step; return its result, or None after showing the error.

        ``do(session) -> result`` and ``undo(session, result)`` call services. Redo calls ``do``
        again, so ``do`` must recreate the same thing (pass ``id=`` for adds: see ServiceCommand).
        """
        from aflastapp.gui.commands import ServiceCommand

        s = self.session
        if s is None:
            return None
        try:
            result = do(s)
        except Exception as e:
            self.show_error(e)
            return None
        self.undo_stack.push(ServiceCommand(self, label, do, undo, result=result))
        self.changed.emit()
        return result

    # ------------------------------------------------------------------ background work

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def run_in_background(self, fn: Callable[..., T], *args: Any, label: str) -> T:
        """Run ``fn(*args)`` on a worker thread behind a modal progress dialog; return its result.

        The GUI keeps painting meanwhile; the dialog blocks input so nothing else touches the
        diary. An exception from ``fn`` is raised here, in the GUI thread.
        """
        job = _Job(fn, args)
        loop = QEventLoop()
        job.signals.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        parent = QApplication.activeWindow()
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle(tr("Arbejder …"))
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAccessibleName(label)
        dialog.show()  # at once: the modal dialog keeps input away from the diary meanwhile
        self._busy += 1
        self.busy_changed.emit(True)
        try:
            QThreadPool.globalInstance().start(job)
            loop.exec()
        finally:
            if shiboken6.isValid(dialog):  # its parent window may have been deleted meanwhile
                dialog.close()
                dialog.deleteLater()
            self._busy -= 1
            self.busy_changed.emit(self._busy > 0)
        if job.error is not None:
            raise job.error
        return job.result  # type: ignore[no-any-return]

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
        "Prøv igen. Har du glemt adgangskoden, så brug gendannelsesnøglen fra dit gendannelsesark."),
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
        lines = [f"• {p.field}: {problem_text(p.message)}" if p.field.startswith("$")
                 else f"• {problem_text(p.message)}" for p in exc.problems]
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
        "Du kan kopiere en fejlrapport og sende den til udviklerne. "
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


# ---------------------------------------------------------------------- service messages in English

# Services phrase their problems in Danish (the CLI and the documents use them as they are). In
# English the GUI translates the fixed ones and the "<field> mangler" family; others stay Danish.
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("FieldLabels", "Adresse"),
    QT_TRANSLATE_NOOP("FieldLabels", "Aflyst den"),
    QT_TRANSLATE_NOOP("FieldLabels", "Aftalens startdato"),
    QT_TRANSLATE_NOOP("FieldLabels", "Barnets navn"),
    QT_TRANSLATE_NOOP("FieldLabels", "Beløb"),
    QT_TRANSLATE_NOOP("FieldLabels", "Beskrivelse"),
    QT_TRANSLATE_NOOP("FieldLabels", "Bevilling"),
    QT_TRANSLATE_NOOP("FieldLabels", "Bilens registreringsnummer"),
    QT_TRANSLATE_NOOP("FieldLabels", "Dato"),
    QT_TRANSLATE_NOOP("FieldLabels", "Familiens navn"),
    QT_TRANSLATE_NOOP("FieldLabels", "Familieplejekonsulent"),
    QT_TRANSLATE_NOOP("FieldLabels", "Filnavn"),
    QT_TRANSLATE_NOOP("FieldLabels", "Formål"),
    QT_TRANSLATE_NOOP("FieldLabels", "Fortolkning"),
    QT_TRANSLATE_NOOP("FieldLabels", "Fra dato"),
    QT_TRANSLATE_NOOP("FieldLabels", "Fra"),
    QT_TRANSLATE_NOOP("FieldLabels", "Frist for statusrapport"),
    QT_TRANSLATE_NOOP("FieldLabels", "Fødselsdato"),
    QT_TRANSLATE_NOOP("FieldLabels", "Første slut"),
    QT_TRANSLATE_NOOP("FieldLabels", "Første start"),
    QT_TRANSLATE_NOOP("FieldLabels", "Gælder fra"),
    QT_TRANSLATE_NOOP("FieldLabels", "Kilde"),
    QT_TRANSLATE_NOOP("FieldLabels", "Km"),
    QT_TRANSLATE_NOOP("FieldLabels", "Mødetype"),
    QT_TRANSLATE_NOOP("FieldLabels", "Navn"),
    QT_TRANSLATE_NOOP("FieldLabels", "Notat"),
    QT_TRANSLATE_NOOP("FieldLabels", "Opsagt den"),
    QT_TRANSLATE_NOOP("FieldLabels", "Periode"),
    QT_TRANSLATE_NOOP("FieldLabels", "Sagsbehandler"),
    QT_TRANSLATE_NOOP("FieldLabels", "Sendt den"),
    QT_TRANSLATE_NOOP("FieldLabels", "Sendt via"),
    QT_TRANSLATE_NOOP("FieldLabels", "Slut"),
    QT_TRANSLATE_NOOP("FieldLabels", "Start"),
    QT_TRANSLATE_NOOP("FieldLabels", "Tekst"),
    QT_TRANSLATE_NOOP("FieldLabels", "Tidspunkt"),
    QT_TRANSLATE_NOOP("FieldLabels", "Til dato"),
    QT_TRANSLATE_NOOP("FieldLabels", "Til og med"),
    QT_TRANSLATE_NOOP("FieldLabels", "Til"),
)
_SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Slut ligger før start"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Turen skal høre til mindst én aftale"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Aflysningstidspunkt kan kun angives for et aflyst ophold"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Til dato ligger før fra dato"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Til-datoen ligger før fra-datoen"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Km skal være større end 0"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Fødselsdato ligger i fremtiden"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vælg den aftale, dokumentet gælder"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vælg det statusmøde, rapporten er til"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Vælg kommunen (eller »Anden kommune«)"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Angiv mindst én sats"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Laveste takst pr. km mangler"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Opsigelsen ligger før aftalens start"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sidste dag ligger før opsigelsen"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Aftalens startdato ligger før barnets fødselsdato"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Fristen for statusrapporten ligger efter mødet"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Til og med ligger før første ophold"),
    QT_TRANSLATE_NOOP("ServiceMessages", "De to adgangskoder er ikke ens"),
)
_PATTERNS = (
    (re.compile(r"^(.+) mangler$"), QT_TRANSLATE_NOOP("ServiceMessages", "%1 mangler")),
    (re.compile(r"^(.+) er ikke et tal: (.*)$"),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 er ikke et tal: %2")),
    (re.compile(r"^(.+) er ikke en gyldig dato \(ÅÅÅÅ-MM-DD\): (.*)$"),
     QT_TRANSLATE_NOOP("ServiceMessages", "%1 er ikke en gyldig dato (ÅÅÅÅ-MM-DD): %2")),
)


def problem_text(message: str) -> str:
    """A service's Danish problem message in the app's language (unchanged when not known)."""
    if message in _SERVICE_MESSAGES:
        return QCoreApplication.translate("ServiceMessages", message)
    for pattern, template in _PATTERNS:
        m = pattern.match(message)
        if m and m.group(1) in _FIELD_LABELS:
            text = QCoreApplication.translate("ServiceMessages", template)
            text = text.replace("%1", QCoreApplication.translate("FieldLabels", m.group(1)))
            return text.replace("%2", m.group(2)) if m.lastindex and m.lastindex > 1 else text
    return message
