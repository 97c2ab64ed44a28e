"""Starting the desktop app: ``run(options) -> int``, called by the CLI (``aflastapp`` / ``aflastapp gui``).

``options`` is the CLI's argparse namespace (or anything with these attributes, all optional):
``data_dir``, ``password_file``, ``lang``, ``smoke``.

- A diary exists → open it (keychain, or the password file) and show the dashboard; if it needs
  a password, show the unlock screen.
- No diary → the first-start wizard (or the demo diary, if the family picks "start med demodata").
- ``smoke``: show what a family would see first, process events until idle, exit 0 (packaging
  smoke test and the start-up benchmark). No dialog waits for input.

Qt is imported inside ``run`` so importing this module stays cheap for the CLI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def _opt(options: Any, name: str, default: Any = None) -> Any:
    if isinstance(options, dict):
        return options.get(name, default)
    return getattr(options, name, default)


def _read_password_file(path: str | None) -> str | None:
    path = path or os.environ.get("AFLASTAPP_PASSWORD_FILE")
    if not path:
        return None
    return Path(path).read_text(encoding="utf-8").rstrip("\r\n")


def gui_settings(data_dir: Path) -> Any:
    """The GUI's own settings (window layout, language): an ini file in the data folder, never in HOME.

    It holds nothing from the diary.
    """
    from PySide6.QtCore import QSettings

    return QSettings(str(data_dir / "gui.ini"), QSettings.Format.IniFormat)


# Shared libraries Qt's X11 platform plugin needs that a Debian/Ubuntu desktop may lack → the
# package that brings each one.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def platform_problem(environ: Any = None, plugin_dir: Path | None = None) -> str | None:
    """On Linux, the one line to print when Qt's X11 platform plugin cannot load (it would abort the
    process with a long message about "xcb"), naming the system package to install; else None.

    Checked only when X11 is what Qt will use (no ``QT_QPA_PLATFORM`` other than xcb, no Wayland
    session), by asking the dynamic linker (``ldd``) which of the plugin's libraries are missing.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if plugin_dir is None:
        try:
            import PySide6
        except ImportError:
            return None
        plugin_dir = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    return problem_line(missing_libraries(plugin_dir / "libqxcb.so"))


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries ``plugin`` needs that the dynamic linker cannot find (``ldd``)."""
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if not plugin.exists() or ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]


def problem_line(missing: list[str]) -> str | None:
    """One line naming the Debian/Ubuntu packages that bring the missing libraries."""
    if not missing:
        return None
    packages = sorted({XCB_PACKAGES.get(lib, lib) for lib in missing})
    return ("aflastapp kan ikke åbne sine vinduer: systempakken " + ", ".join(packages) + " mangler "
            "(Qt's X11-modul). Installér den med: sudo apt install " + " ".join(packages))


def run(options: Any = None) -> int:
    problem = platform_problem()
    if problem is not None:  # Qt would abort inside its platform plugin with a page of "xcb" text
        print(problem, file=sys.stderr)
        return 1
    _import_start_path(_opt(options, "data_dir"))
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from aflastapp.gui import i18n
    from aflastapp.gui.context import AppContext
    from aflastapp.services.wizard import resolve_data_dir

    smoke = bool(_opt(options, "smoke", False))
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "aflastapp"])
    assert isinstance(app, QApplication)
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(app)  # typing a date works; one Tab leaves a date field
    QCoreApplication.setApplicationName("aflastapp")
    QCoreApplication.setOrganizationName("aflastapp")
    from aflastapp.resources import resource_path

    icon_path = resource_path("icons", "aflastapp.svg")
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))

    data_dir = resolve_data_dir(_opt(options, "data_dir"))
    settings = gui_settings(data_dir)
    lang = i18n.install(_opt(options, "lang") or str(settings.value("language", "") or ""))
    ctx = AppContext(data_dir)
    ctx.language = lang
    ctx.interactive = not smoke

    try:
        password = _read_password_file(_opt(options, "password_file"))
    except OSError as e:
        ctx.show_error(e)
        password = None

    starter = Starter(ctx, settings, password=password, smoke=smoke)
    window = starter.start()
    if smoke:
        return _smoke_exit(app, window)
    restore = install_exception_hooks(ctx)
    try:
        code = app.exec()
    finally:
        restore()
    return int(code)


def install_exception_hooks(ctx: Any) -> Any:
    """Route uncaught exceptions to ``ctx.show_error`` while the window runs; return a function
    that puts the previous hooks back.

    An exception raised in a Qt slot outside ``ctx.execute`` or an op (a button's
    handler, a timer) ends in ``sys.excepthook``; one in a Python thread ends in
    ``threading.excepthook``. Both are handed to the GUI thread (queued signal) and shown as the
    "unexpected error" dialog, whose copyable report holds the error type and code locations only:
    never the message, which might quote the diary. Ctrl+C in a terminal still stops the app.
    """
    import threading

    from PySide6.QtCore import QObject, Qt, Signal

    class _Router(QObject):
        raised = Signal(object)

    router = _Router(ctx)
    router.raised.connect(ctx.show_error, Qt.ConnectionType.QueuedConnection)
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous_sys(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        router.raised.emit(exc)

    def thread_hook(args: Any) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            previous_thread(args)
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous_sys
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_thread

    return restore


def _import_start_path(data_dir: Any) -> None:
    """Import what opening a diary and its dashboard needs *before* PySide6.

    PySide6's import hook (shiboken's ``__feature__`` support) calls ``inspect.getsource`` on every
    module imported after PySide6 and leaves its lines in ``linecache``: importing keyring, sqlcipher3,
    sqlite-utils and the services first saves that reading and keeps ~5 MB off the start-up peak
    (measured with ``gui --smoke`` on the 10-year demo diary). Nothing here touches the diary.
    """
    import importlib

    from aflastapp.services import wizard

    for name in ("aflastapp.services.session", "aflastapp.services.overview", "aflastapp.services.children",
                 "aflastapp.services.contracts", "aflastapp.services.settings"):
        importlib.import_module(name)
    try:
        mode = wizard.key_mode(data_dir)
    except Exception:  # a bad data folder is reported by run() itself, with the window up
        mode = None
    if mode == "keychain":
        importlib.import_module("keyring")  # the diary's key is read from the keychain right away


# bench/run.py measures start-up in a real process: with this variable set to a file, the app
# appends "<name> <time.time()>" when the main window has first been painted ("first_paint") and
# when this and next month's figures have been painted ("dashboard"). Unset: nothing is done.
MARKS_ENV = "AFLASTAPP_STARTUP_MARKS"


def startup_mark(name: str) -> None:
    path = os.environ.get(MARKS_ENV)
    if not path:
        return
    import time

    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{name} {time.time():.6f}\n")


def mark_next_paint(widget: Any, name: str) -> None:
    """``startup_mark(name)`` once the next paint of ``widget`` is done (at most once per name)."""
    if not os.environ.get(MARKS_ENV) or name in _marked:
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Once(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and name not in _marked:
                _marked.add(name)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: startup_mark(name))  # after the whole paint
            return False

    spy = _Once(widget)
    widget.installEventFilter(spy)


_marked: set[str] = set()


def _smoke_exit(app: Any, window: Any) -> int:
    """Wait for what the first screen draws after its first paint (the dashboard chart), process
    events until idle (nothing pending), close, exit 0."""
    import time

    from PySide6.QtCore import QEventLoop

    give_up = time.monotonic() + 60
    while _pending_work(window) and time.monotonic() < give_up:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if window is not None:
        window.close()
    app.processEvents()
    return 0


def _pending_work(window: Any) -> bool:
    """True while a view of ``window`` still draws something it deferred past the first paint."""
    views = getattr(window, "views", None) or {}
    ctx = getattr(window, "ctx", None)
    if ctx is not None and ctx.busy:
        return True  # an op (the dashboard's reads) is still on its way
    return any(bool(getattr(v, "chart_pending", False)) for v in views.values())


class Starter:
    """Decides what the family sees first and wires the main window once a diary is open."""

    def __init__(self, ctx: Any, settings: Any, *, password: str | None = None, smoke: bool = False) -> None:
        self.ctx = ctx
        self.settings = settings
        self.password = password
        self.smoke = smoke
        self.window: Any = None
        self.wizard: Any = None
        self.locker: Any = None
        self.screen_lock: Any = None

    def start(self) -> Any:
        from aflastapp.services import session as session_service

        if session_service.exists(self.ctx.data_dir):
            return self.open_existing()
        return self.show_wizard()

    def open_existing(self) -> Any:
        from aflastapp.services import session as session_service

        try:
            # after a clean close the integrity checks run once the dashboard is shown (verify_later)
            s = session_service.unlock(self.ctx.data_dir, password=self.password, defer_check=True)
        except Exception as e:
            needs_password = any(c.__name__ == "WrongKeyError" for c in type(e).__mro__)
            if not needs_password or self.password:
                self.ctx.show_error(e)
            return self.show_main()  # the unlock screen (password / recovery key)
        self.ctx.set_session(s)
        window = self.show_main()
        if not s.checked_at_open:
            self.verify_later(s)
        return window

    def verify_later(self, s: Any) -> None:
        """The integrity checks the open skipped (the diary was closed cleanly): a QueryOp
        ("diary.verify") queued once the ops the window started (the dashboard's figures, chart
        and deadlines) have all been delivered. Damage is shown as at open (``ctx.show_error``),
        and the diary takes no more writes."""
        from aflastapp.gui import ops
        from aflastapp.services import session as session_service

        waiting = False

        def start() -> None:
            nonlocal waiting
            if waiting:
                waiting = False
                self.ctx.busy_changed.disconnect(when_idle)
            if self.ctx.session is s and not s.closed:
                ops.QueryOp(self.ctx, session_service.verify, name="diary.verify").run_in_background()

        def when_idle(busy: bool) -> None:
            if not busy and waiting:
                start()

        if self.ctx.busy:
            waiting = True
            self.ctx.busy_changed.connect(when_idle)
        else:
            start()

    def show_wizard(self) -> Any:
        from aflastapp.gui.wizard import SetupWizardDialog

        self.wizard = SetupWizardDialog(self.ctx)
        self.wizard.opened.connect(self._wizard_opened)
        self.wizard.show()
        return self.wizard

    def _wizard_opened(self, data_dir: object) -> None:
        """The wizard created the diary (or opened the demo): show the main window."""
        if data_dir is not None:
            self.ctx.data_dir = Path(str(data_dir))
            self.settings = gui_settings(self.ctx.data_dir)
        self.show_main()
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def show_main(self) -> Any:
        from aflastapp.gui.lock import DEFAULT_AUTO_LOCK_MINUTES, IdleLocker, ScreenLockWatcher
        from aflastapp.gui.main_window import MainWindow

        self.window = MainWindow(self.ctx, self.settings)
        minutes = DEFAULT_AUTO_LOCK_MINUTES
        if self.ctx.session is not None:
            minutes = _auto_lock_minutes(self.ctx.session)
        self.locker = IdleLocker(self.ctx, minutes)
        self.ctx.unlocked.connect(self._unlocked)
        self.ctx.language_changed.connect(self._language_changed)
        self.ctx.auto_lock_changed.connect(self.locker.set_minutes)
        self.window.show()
        mark_next_paint(self.window.sidebar.viewport() if self.ctx.session is not None
                        else self.window, "first_paint")  # bench/: time to the first paint
        if not self.smoke:
            self.screen_lock = ScreenLockWatcher(self.ctx, self.window)
        return self.window

    def _unlocked(self) -> None:
        if self.locker is not None and self.ctx.session is not None:
            self.locker.set_minutes(_auto_lock_minutes(self.ctx.session))

    def _language_changed(self, lang: str) -> None:
        self.settings.setValue("language", lang)
        self.settings.sync()


def _auto_lock_minutes(s: Any) -> int:
    from aflastapp.gui.lock import DEFAULT_AUTO_LOCK_MINUTES

    try:
        from aflastapp.services import settings as settings_service

        value = settings_service.get_preference(s, "auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return max(1, int(value))
    except (ImportError, ValueError, TypeError):
        return DEFAULT_AUTO_LOCK_MINUTES
