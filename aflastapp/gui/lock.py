"""Locking: the unlock screen shown in the main window while the diary is closed, and auto-lock.

Auto-lock closes the diary (``ctx.lock()``: session.lock, views cleared, undo history dropped)
after the family's idle minutes (preference ``auto_lock_minutes``, default 10), when Qt reports
the app suspended or hidden, and when the screen locks where the platform reports it
(``ScreenLockWatcher``):

- Linux: ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` on the session bus (KDE, GNOME,
  Xfce, Cinnamon, MATE send it) and logind's ``Lock`` signal for this login session on the
  system bus (``loginctl lock-session``, lid close with locking). No bus → nothing, no error.
- Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (Win+L, switching user), after
  ``WTSRegisterSessionNotification`` for the main window.
- macOS: only the idle timer and app-hidden apply (the screen-lock notification needs
  Objective-C bindings the app does not ship).
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aflastapp.gui.context import AppContext

DEFAULT_AUTO_LOCK_MINUTES = 10

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """Shown instead of the views while the diary is locked: opens it again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("LockScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setMaximumWidth(460)
        layout = QVBoxLayout(box)
        self.heading = QLabel(box)
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.heading.setFont(f)
        self.info = QLabel(box)
        self.info.setWordWrap(True)
        form = QFormLayout()
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.unlock)
        self.recovery = QLineEdit(box)
        self.recovery.returnPressed.connect(self.unlock)
        self.password_label = QLabel(box)
        self.recovery_label = QLabel(box)
        self.password_label.setBuddy(self.password)
        self.recovery_label.setBuddy(self.recovery)
        form.addRow(self.password_label, self.password)
        form.addRow(self.recovery_label, self.recovery)
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setObjectName("unlockMessage")
        # why the diary was locked (auto-lock): an ordinary notice, not an error
        self.notice = QLabel(box)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("lockNotice")
        buttons = QHBoxLayout()
        self.use_recovery = QPushButton(box)
        self.use_recovery.setFlat(True)
        self.use_recovery.clicked.connect(self._toggle_recovery)
        self.open_button = QPushButton(box)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        buttons.addWidget(self.use_recovery)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._recovery_mode = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Dagbogen er låst"))
        self.password_label.setText(self.tr("&Adgangskode:"))
        self.recovery_label.setText(self.tr("&Gendannelsesnøgle:"))
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.recovery.setAccessibleName(self.tr("Gendannelsesnøgle"))
        self.recovery.setPlaceholderText(self.tr("fx ABCD-EFGH-…"))
        self.open_button.setText(self.tr("&Åbn dagbogen"))
        self.use_recovery.setText(self.tr("Brug gendannelsesnøglen") if not self._recovery_mode
                                  else self.tr("Brug adgangskoden"))
        self._update_fields()

    def _needs_password(self) -> bool:
        from aflastapp.services.wizard import is_demo, key_mode

        return not is_demo(self.ctx.data_dir) and key_mode(self.ctx.data_dir) == "password"

    def _update_fields(self) -> None:
        needs_password = self._needs_password()
        show_password = needs_password and not self._recovery_mode
        self.password.setVisible(show_password)
        self.password_label.setVisible(show_password)
        self.recovery.setVisible(self._recovery_mode)
        self.recovery_label.setVisible(self._recovery_mode)
        if self._recovery_mode:
            self.info.setText(self.tr("Skriv gendannelsesnøglen fra jeres gendannelsesark."))
        elif needs_password:
            self.info.setText(self.tr("Skriv jeres adgangskode for at åbne dagbogen."))
        else:
            self.info.setText(self.tr(
                "Dagbogen blev lukket for at beskytte oplysningerne om barnet. "
                "Nøglen ligger i computerens nøglering."))

    def _toggle_recovery(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.retranslate()
        (self.recovery if self._recovery_mode else self.password).setFocus()

    def reset(self) -> None:
        """Empty the fields (called whenever the diary locks)."""
        self.password.clear()
        self.recovery.clear()
        self.message.clear()
        self.notice.setText(self.ctx.lock_notice)
        self.notice.setVisible(bool(self.ctx.lock_notice))
        self.ctx.lock_notice = ""
        self._recovery_mode = False
        self.retranslate()
        if self.password.isVisible():
            self.password.setFocus()
        else:
            self.open_button.setFocus()

    def unlock(self) -> bool:
        """Open the diary off the GUI thread; True when opening started (the op sets the session)."""
        from aflastapp.services import session as session_service
        from aflastapp.services.wizard import DEMO_PASSWORD, is_demo

        password: str | None = None
        recovery: str | None = None
        if self._recovery_mode:
            recovery = self.recovery.text().strip()
            if not recovery:
                self.message.setText(self.tr("Skriv gendannelsesnøglen."))
                return False
        elif is_demo(self.ctx.data_dir):
            password = DEMO_PASSWORD
        elif self._needs_password():
            password = self.password.text()
            if not password:
                self.message.setText(self.tr("Skriv adgangskoden."))
                return False
        self.message.clear()
        from aflastapp.gui import ops

        data_dir = self.ctx.data_dir
        recovery_mode = self._recovery_mode

        def opened(s: Any) -> None:
            self.password.clear()
            self.recovery.clear()
            self.ctx.set_session(s)

        def failed(e: BaseException) -> None:
            names = {c.__name__ for c in type(e).__mro__}
            if "KeyOrDamageError" in names:  # the app cannot tell a wrong key from a damaged file
                self.message.setText(self.tr(
                    "Forkert adgangskode eller nøgle – eller dagbogsfilen er beskadiget. Intet er ændret. "
                    "Prøv igen, eller gendan fra den nyeste sikkerhedskopi."))
                self.password.selectAll()
                self._offer_backup(e, password, recovery)
            elif "WrongKeyError" in names:
                self.message.setText(
                    self.tr("Gendannelsesnøglen passer ikke. Tjek den, og prøv igen.")
                    if recovery_mode else
                    self.tr("Forkert adgangskode. Prøv igen, eller brug gendannelsesnøglen."))
                self.password.selectAll()
            else:
                self.ctx.show_error(e, self)
                self._offer_backup(e, password, recovery)

        op = ops.QueryOp(self.ctx, lambda _s: session_service.unlock(data_dir, password=password,
                                                                     recovery_key=recovery),
                         success=opened, parent=self, name="lock.unlock").without_session()
        op.with_progress(self.tr("Åbner dagbogen …")).failure(failed)
        return op.run_in_background() is not None

    def _offer_backup(self, error: BaseException, password: str | None, recovery: str | None) -> None:
        """The diary could not be opened (damaged, not a diary, or wrong key vs. damage): offer the
        newest backup the error names, opened with the secret just typed (or the keychain)."""
        from PySide6.QtWidgets import QMessageBox

        from aflastapp.services import backups

        newest = getattr(error, "newest_backup", None)
        if newest is None or not self.ctx.interactive:
            return
        answer = QMessageBox.question(self, self.tr("Gendan"), self.tr(
            "Gendan dagbogen fra den nyeste sikkerhedskopi, {0}? Ændringer efter kopien går tabt. Den "
            "nuværende fil gemmes i mappen »replaced«.").format(newest.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from aflastapp.gui import ops

        data_dir = self.ctx.data_dir

        def restored(s: Any) -> None:
            self.message.clear()
            self.password.clear()
            self.recovery.clear()
            self.ctx.set_session(s)

        op = ops.QueryOp(self.ctx, lambda _s: backups.restore(data_dir, newest, recovery_key=recovery,
                                                              password=password),
                         success=restored, parent=self, name="lock.restore").without_session()
        op.with_progress(self.tr("Gendanner …")).failure(lambda e: self.ctx.show_error(e, self))
        op.run_in_background()


class IdleLocker(QObject):
    """Locks the diary after ``minutes`` without keyboard or mouse input, and on suspend."""

    def __init__(self, ctx: AppContext, minutes: int = DEFAULT_AUTO_LOCK_MINUTES) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]
        ctx.unlocked.connect(self.timer.start)
        ctx.locked.connect(self.timer.stop)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(1, int(minutes))
        self.timer.setInterval(self.minutes * 60_000)
        if self.ctx.session is not None:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.ctx.session is not None:
            self.timer.start()
        return False

    def _timeout(self) -> None:
        if self.ctx.busy:  # never pull the diary from under a running backup or import
            self.timer.start()
            return
        self.ctx.lock_notice = (
            self.tr("Dagbogen blev låst automatisk efter 1 minut uden brug.") if self.minutes == 1 else
            self.tr("Dagbogen blev låst automatisk efter %1 minutter uden brug.").replace(
                "%1", str(self.minutes)))
        lock_now(self.ctx)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden):
            if not self.ctx.busy:
                lock_now(self.ctx)


def lock_now(ctx: AppContext) -> None:
    """Close open dialogs (they may show diary text), then lock the diary."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible() and w.objectName() != "SetupWizard":
            w.reject()
    ctx.lock()


# ---------------------------------------------------------------------- screen lock

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class _MSG(ctypes.Structure):
    """Win32 ``MSG`` (winuser.h), declared with portable types so the parsing is testable anywhere."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),  # WPARAM = UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM = LONG_PTR
        ("time", ctypes.c_ulong),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


def is_session_lock_message(event_type: bytes, message: int) -> bool:
    """True for a Windows ``MSG`` (at address ``message``) saying this session was locked."""
    if bytes(event_type) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG") or not message:
        return False
    msg = _MSG.from_address(int(message))
    return bool(msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK)


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, eventType: Any, message: Any) -> Any:
        try:
            if is_session_lock_message(bytes(eventType), int(message)):
                self.on_lock()
        except Exception:  # never let the filter break the event loop
            pass
        return False, 0


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id (sd-bus escaping: every byte that is not a letter or
    digit, and a leading digit, becomes ``_xx`` in hex)."""
    out = []
    for i, ch in enumerate(session_id):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            out.append(ch)
        else:
            out.extend(f"_{b:02x}" for b in ch.encode())
    return "/org/freedesktop/login1/session/" + ("".join(out) or "_")


class ScreenLockWatcher(QObject):
    """Locks the diary when the platform says the screen was locked (see the module docstring).

    Every source is optional: without a bus or on another platform it simply listens to nothing.
    ``sources`` names what is being listened to (for tests and the about box).
    """

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.sources: list[str] = []
        self._pending = False
        self._filter: _WindowsSessionFilter | None = None
        ctx.busy_changed.connect(self._busy_changed)
        if sys.platform.startswith("linux"):
            self._listen_dbus()
        elif sys.platform == "win32" and window is not None:
            self._listen_windows(window)

    # -- Linux ---------------------------------------------------------------

    def _listen_dbus(self) -> None:
        try:
            self._connect_dbus()
        except (ImportError, TypeError, ValueError, RuntimeError):  # a broken bus never stops the app
            pass

    def _connect_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            for iface, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
                                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                if session_bus.connect("", path, iface, "ActiveChanged", self,
                                       SLOT("screensaver_active_changed(bool)")):  # type: ignore[call-overload]
                    self.sources.append(f"{iface} {path}")
        session_id = os.environ.get("XDG_SESSION_ID", "")
        system_bus = QDBusConnection.systemBus()
        if session_id and system_bus.isConnected():
            path = logind_session_path(session_id)
            if system_bus.connect("org.freedesktop.login1", path, "org.freedesktop.login1.Session",
                                  "Lock", self, SLOT("session_lock_requested()")):  # type: ignore[call-overload]
                self.sources.append(f"logind {path}")

    @Slot(bool)
    def screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested()

    @Slot()
    def session_lock_requested(self) -> None:
        self.lock_requested()

    # -- Windows -------------------------------------------------------------

    def _listen_windows(self, window: QWidget) -> None:
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            hwnd = ctypes.c_void_p(int(window.winId()))
            if not wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                return
        except (OSError, AttributeError):
            return
        self._filter = _WindowsSessionFilter(self.lock_requested)
        app = QApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
            self.sources.append("WTSRegisterSessionNotification")

    # -- both ----------------------------------------------------------------

    def lock_requested(self) -> None:
        """The screen was locked: lock now, or as soon as the running backup/import is done."""
        if self.ctx.session is None:
            return
        if self.ctx.busy:
            self._pending = True
            return
        lock_now(self.ctx)

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._pending:
            self._pending = False
            self.lock_requested()
