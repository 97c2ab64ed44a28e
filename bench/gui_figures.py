"""The three click figures, driving the real widgets offscreen on the 10-year demo diary: switch the
dashboard's month, switch the calendar's month, open a stay dialog.

Each is timed from the click (the button's ``click()``, which emits ``clicked`` as a mouse click
does) until Qt has processed every event it caused, paints included (posted events sent and the
queue drained twice). The window is 1366×768, the size of a modest laptop screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bench.figures import Bench, failure, interleaved
from bench.run import Result, Target, Timing


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["aflastapp-bench"])
    return app


def settle(app: Any) -> None:
    """Process everything the last action caused, paints included."""
    from PySide6.QtCore import QEventLoop

    for _ in range(2):
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def timed(app: Any, action: Callable[[], Any]) -> float:
    c0 = time.process_time()
    t0 = time.perf_counter()
    action()
    settle(app)
    return Timing(time.perf_counter() - t0, time.process_time() - c0)


class Window:
    """The real main window on an unlocked demo diary, as ``aflastapp gui`` shows it."""

    def __init__(self, b: Bench) -> None:
        from aflastapp.gui.app import gui_settings
        from aflastapp.gui.context import AppContext
        from aflastapp.gui.main_window import MainWindow
        from aflastapp.services import session as S

        self.app = _app()
        demo = b.demo_dir()
        settings_dir = b.fresh_dir("gui-settings")
        self.ctx = AppContext(demo)
        self.ctx.interactive = False
        self.session = S.unlock(demo)
        self.ctx.set_session(self.session)
        self.window = MainWindow(self.ctx, gui_settings(settings_dir))
        self.window.resize(1366, 768)
        self.window.show()
        settle(self.app)

    def view(self, view_id: str) -> Any:
        v = self.window.show_view(view_id)
        settle(self.app)
        return v

    def close(self) -> None:
        from aflastapp.services import session as S

        self.window.close()
        settle(self.app)
        S.lock(self.session, backup=False)
        self.window.deleteLater()
        settle(self.app)


def dashboard_month(w: Window, runs: int) -> tuple[list[float], str]:
    view = w.view("overview")
    button = view.prev_button  # browse back through the years, a month at a time
    fig, _ = interleaved(runs, lambda: timed(w.app, button.click))
    return fig, (f"OverviewView.prev_button clicked: this and next month per child, deadlines, the "
                 f"12-month chart re-rendered (now showing {view.year}-{view.month:02d})")


def calendar_month(w: Window, runs: int) -> tuple[list[float], str]:
    view = w.view("calendar")
    button = getattr(view, "prev_button", None)
    if button is None:
        raise RuntimeError("the calendar view has no prev_button to switch month")
    fig, _ = interleaved(runs, lambda: timed(w.app, button.click))
    return fig, "CalendarView.prev_button clicked: the month grid with every child's stays redrawn"


def stay_dialog(w: Window, runs: int) -> tuple[list[float], str]:
    """Ctrl+N in the calendar: time until the modal stay dialog is shown and painted. The dialog runs
    its own event loop (exec), so a zero-delay timer inside that loop paints it, stops the clock and
    cancels it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    view = w.view("calendar")
    seen: list[str] = []

    def open_dialog() -> float:
        stop: list[float] = []
        cpu: list[float] = []

        def probe() -> None:
            d = QApplication.activeModalWidget()
            if not isinstance(d, QDialog) or not d.isVisible():
                QTimer.singleShot(0, probe)
                return
            d.repaint()  # the first paint, done now rather than on the next event-loop pass
            stop.append(time.perf_counter())
            cpu.append(time.process_time())
            seen.append(type(d).__name__)
            d.reject()

        QTimer.singleShot(0, probe)
        c0 = time.process_time()
        t0 = time.perf_counter()
        view.new_entry()
        settle(w.app)
        if not stop:
            raise RuntimeError("no stay dialog was shown")
        return Timing(stop[0] - t0, cpu[0] - c0)

    fig, _ = interleaved(runs, open_dialog)
    return fig, (f"CalendarView.new_entry() (Ctrl+N) until the modal {seen[-1] if seen else 'dialog'} "
                 "is shown and painted")


def measure(b: Bench, target: Target, titles: tuple[str, str, str]) -> list[Result]:
    names = ("dashboard_month", "calendar_month", "stay_dialog")
    try:
        w = Window(b)
    except Exception as e:
        return [failure(n, t, target, e) for n, t in zip(names, titles, strict=True)]
    results = []
    try:
        fns = (dashboard_month, calendar_month, stay_dialog)
        for name, title, fn in zip(names, titles, fns, strict=True):
            try:
                fig, detail = fn(w, b.runs)
                results.append(Result(name, title, target, samples=fig, detail=detail))
            except Exception as e:
                results.append(failure(name, title, target, e))
    finally:
        w.close()
    return results
