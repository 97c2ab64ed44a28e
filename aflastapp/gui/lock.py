"""Locking: the unlock screen shown in the main window while the diary is closed, and auto-lock.

Auto-lock closes the diary (``ctx.lock()``: session.lock, views cleared, undo history dropped)
after the family's idle minutes (preference ``auto_lock_minutes``, default 10) and when the
platform reports the app suspended or hidden (screen locked / session switched, where Qt
reports it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
            self.info.setText(self.tr("Skriv gendannelsesnøglen fra dit gendannelsesark."))
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
        self._recovery_mode = False
        self.retranslate()
        if self.password.isVisible():
            self.password.setFocus()
        else:
            self.open_button.setFocus()

    def unlock(self) -> bool:
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
        try:
            data_dir = self.ctx.data_dir
            s = self.ctx.run_in_background(
                lambda: session_service.unlock(data_dir, password=password, recovery_key=recovery),
                label=self.tr("Åbner dagbogen …"),
            )
        except Exception as e:
            if any(c.__name__ == "WrongKeyError" for c in type(e).__mro__):
                self.message.setText(
                    self.tr("Gendannelsesnøglen passer ikke. Tjek den, og prøv igen.")
                    if self._recovery_mode else
                    self.tr("Forkert adgangskode. Prøv igen, eller brug gendannelsesnøglen."))
                self.password.selectAll()
            else:
                self.ctx.show_error(e, self)
            return False
        self.password.clear()
        self.recovery.clear()
        self.ctx.set_session(s)
        return True


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
