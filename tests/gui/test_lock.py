"""Lock and unlock: the diary closes, every view drops what it showed, and the password opens it again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aflastapp.gui.app import gui_settings
from aflastapp.gui.lock import IdleLocker, lock_now
from aflastapp.gui.main_window import MainWindow
from aflastapp.services import stays
from tests.gui.test_app_support import open_diary


def test_lock_clears_views_and_unlock_with_password_restores_them(qtbot: Any, data_dir: Path) -> None:
    from datetime import datetime

    d = open_diary(data_dir, password="hemmeligt kodeord")
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15),
                   note="Fin tur")
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    cal = window.show_view("calendar")
    assert cal.model.rowCount() == 1
    overview = window.view("overview")
    cal.mark_completed(cal.model.rows[0])
    assert d.ctx.undo_stack.count() == 1  # undo history holds diary data: locking must drop it
    lock_now(d.ctx)
    assert d.ctx.session is None and d.session.closed
    assert window.outer.currentWidget() is window.lock_screen
    assert cal.model.rowCount() == 0 and not cal.grid.stays
    assert overview.this_month.model.rowCount() == 0 and overview.deadline_model.rowCount() == 0
    assert d.ctx.undo_stack.count() == 0
    assert not window.new_action.isEnabled()

    screen = window.lock_screen
    assert screen.password.isVisibleTo(window)
    screen.password.setText("forkert kodeord")
    assert screen.unlock() is True  # opening runs as an op off the GUI thread
    assert d.ctx.op_log[-1].name == "lock.unlock"
    d.ctx.wait_for_ops()
    assert d.ctx.op_log[-1].off_gui_thread
    assert "Forkert" in screen.message.text() and d.ctx.session is None
    screen.password.setText("hemmeligt kodeord")
    assert screen.unlock() is True
    d.ctx.wait_for_ops()
    assert d.ctx.session is not None and screen.password.text() == ""
    assert window.outer.currentWidget() is window.workspace
    qtbot.waitUntil(lambda: cal.model.rowCount() == 1 or not cal.isVisible())
    window.show_view("calendar")
    qtbot.waitUntil(lambda: cal.model.rowCount() == 1)
    d.ctx.lock()


def test_idle_timer_locks_after_the_chosen_minutes(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.lock import LockScreen

    d = open_diary(data_dir)
    screen = LockScreen(d.ctx)
    qtbot.addWidget(screen)
    d.ctx.locked.connect(screen.reset)  # as the main window does
    locker = IdleLocker(d.ctx, 3)
    assert locker.timer.interval() == 3 * 60_000 and locker.timer.isActive()
    locker.set_minutes(1)
    assert locker.timer.interval() == 60_000
    locker.timer.setInterval(10)  # the real wait is minutes; the behaviour on timeout is what matters
    locker.timer.start()
    qtbot.waitUntil(lambda: d.ctx.session is None, timeout=5000)
    assert d.session.closed
    assert not locker.timer.isActive()
    # the lock screen says why, as an ordinary notice (not in the error colour)
    assert screen.notice.text() == "Dagbogen blev låst automatisk efter 1 minut uden brug."
    assert "b00020" not in screen.notice.styleSheet()


def test_screen_saver_signal_locks_the_diary(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.lock import ScreenLockWatcher

    d = open_diary(data_dir)
    watcher = ScreenLockWatcher(d.ctx)  # offscreen test: no session bus, so no source and no error
    # The D-Bus connections name these slots by signature: they must exist as Qt slots.
    meta = watcher.metaObject()
    assert meta.indexOfSlot("screensaver_active_changed(bool)") >= 0
    assert meta.indexOfSlot("session_lock_requested()") >= 0
    watcher.screensaver_active_changed(False)  # the screen saver went away: nothing happens
    assert d.ctx.session is not None
    watcher.screensaver_active_changed(True)
    assert d.ctx.session is None


def test_logind_lock_waits_for_running_background_work(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.lock import ScreenLockWatcher, logind_session_path

    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_session_path("c1") == "/org/freedesktop/login1/session/c1"
    d = open_diary(data_dir)
    watcher = ScreenLockWatcher(d.ctx)
    d.ctx._busy = 1  # a backup is running
    watcher.session_lock_requested()
    assert d.ctx.session is not None, "never pull the diary from under a running backup"
    d.ctx._busy = 0
    d.ctx.busy_changed.emit(False)
    assert d.ctx.session is None


def test_windows_session_lock_message_locks_the_diary(qtbot: Any, data_dir: Path) -> None:
    import ctypes

    from aflastapp.gui.lock import (
        _MSG,
        WM_WTSSESSION_CHANGE,
        WTS_SESSION_LOCK,
        ScreenLockWatcher,
        _WindowsSessionFilter,
        is_session_lock_message,
    )

    lock_msg = _MSG(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    unlock_msg = _MSG(message=WM_WTSSESSION_CHANGE, wParam=0x8)  # WTS_SESSION_UNLOCK
    other = _MSG(message=0x0201, wParam=WTS_SESSION_LOCK)  # WM_LBUTTONDOWN
    assert is_session_lock_message(b"windows_generic_MSG", ctypes.addressof(lock_msg))
    assert not is_session_lock_message(b"windows_generic_MSG", ctypes.addressof(unlock_msg))
    assert not is_session_lock_message(b"windows_generic_MSG", ctypes.addressof(other))
    assert not is_session_lock_message(b"xcb_generic_event_t", ctypes.addressof(lock_msg))

    d = open_diary(data_dir)
    watcher = ScreenLockWatcher(d.ctx)
    native = _WindowsSessionFilter(watcher.lock_requested)
    assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(unlock_msg)) == (False, 0)
    assert d.ctx.session is not None
    native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(lock_msg))
    assert d.ctx.session is None


def test_the_lock_screen_is_built_when_first_locked_in_the_language_then_chosen(qtbot: Any,
                                                                                data_dir: Path) -> None:
    """An unlocked start shows the views without building the unlock screen (it is not on the first
    screen); locking builds it — after a switch to English, in English — and shows it."""
    from aflastapp.gui import i18n

    d = open_diary(data_dir, password="hemmeligt kodeord")
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.outer.currentWidget() is window.workspace
    assert window.outer.count() == 1  # only the workspace: no unlock screen made
    try:
        i18n.install("en")
        d.ctx.language_changed.emit("en")
        lock_now(d.ctx)
        assert window.outer.currentWidget() is window.lock_screen
        assert window.lock_screen.open_button.text() == "&Open the diary"
        assert window.lock_screen.password.isVisibleTo(window)
    finally:
        i18n.install("da")
