"""The three click figures, driving the real widgets offscreen on the 10-year demo diary: switch the
dashboard's month, switch the calendar's month, open a stay dialog.

Each is timed from the click (the button's ``click()``, which emits ``clicked`` as a mouse click
does) until Qt has processed every event it caused, paints included (posted events sent and the
queue drained twice). The window is 1366×768, the size of a modest laptop screen.

The widgets run in a child process (``bench/worker.py gui``), so that Qt is never loaded into the
runner. The child also counts the references to ``None`` each click loses: PySide6 6.12.0 on
Python 3.11 drops one for every call of a void Qt method, and the process dies with "Fatal Python
error: none_dealloc" once they run out (see docs/benchmarks.md).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.figures import BENCH_DIR, Bench, failure, interleaved, run_child
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


def timed(app: Any, action: Callable[[], Any], ctx: Any = None,
          pending: Callable[[], bool] | None = None) -> float:
    """``action`` until Qt has processed what it caused; with ``ctx``, also until every op it
    started (the views read off the GUI thread) has been delivered and ``pending()`` is False."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    action()
    settle(app)
    if ctx is not None:
        while True:
            ctx.wait_for_ops()
            settle(app)
            if not ctx.busy and not (pending is not None and pending()):
                break
    return Timing(time.perf_counter() - t0, time.process_time() - c0)


class Window:
    """The real main window on an unlocked demo diary, as ``aflastapp gui`` shows it."""

    def __init__(self, demo: Path, settings_dir: Path) -> None:
        from aflastapp.gui.app import gui_settings
        from aflastapp.gui.context import AppContext
        from aflastapp.gui.main_window import MainWindow
        from aflastapp.services import session as S

        self.app = _app()
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
    fig, _ = interleaved(runs, lambda: timed(w.app, button.click, w.ctx, lambda: view.chart_pending))
    return fig, (f"OverviewView.prev_button clicked, until its background reads are delivered and "
                 f"painted: this and next month per child and the 12-month chart of the new window "
                 f"(now showing {view.year}-{view.month:02d})")


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


NAMES = ("dashboard_month", "calendar_month", "stay_dialog")


def collect(demo: Path, settings_dir: Path, runs: int) -> dict[str, Any]:
    """In the child process: every click figure, as JSON-able data."""
    import gc

    w = Window(demo, settings_dir)
    out: list[dict[str, Any]] = []
    try:
        for name, fn in zip(NAMES, (dashboard_month, calendar_month, stay_dialog), strict=True):
            try:
                gc.collect()
                before = sys.getrefcount(None)
                fig, detail = fn(w, runs)
                gc.collect()
                lost = (before - sys.getrefcount(None)) / (len(fig) + 1)  # + the warm-up
                out.append({"name": name, "samples": [[x, getattr(x, "cpu", None)] for x in fig],
                            "detail": detail, "none_lost": lost, "none_left": sys.getrefcount(None)})
            except Exception as e:
                out.append({"name": name, "error": f"{type(e).__name__}: {e}"})
    finally:
        w.close()
    return {"figures": out}


def measure(b: Bench, target: Target, titles: tuple[str, str, str]) -> list[Result]:
    try:
        demo = b.demo_dir()
        settings_dir = b.fresh_dir("gui-settings")
        run = run_child([sys.executable, str(BENCH_DIR / "worker.py"), "gui", str(demo), str(settings_dir),
                         str(b.runs)], b.env, b.root)
        lines = [ln for ln in run.stdout.splitlines() if ln.startswith("{")]
        if not lines:
            raise RuntimeError(f"gui worker exit {run.returncode}: {run.stderr.strip()[-600:]}")
        data = json.loads(lines[-1])
    except Exception as e:
        return [failure(n, t, target, e) for n, t in zip(NAMES, titles, strict=True)]
    exit_note = ""
    if run.returncode != 0:
        fatal = "none_dealloc" if "none_dealloc" in run.stderr else f"exit code {run.returncode}"
        exit_note = f"; the child process then died ({fatal})"
    results = []
    for title, fig in zip(titles, data["figures"], strict=True):
        if "error" in fig:
            results.append(Result(fig["name"], title, target, error=fig["error"]))
            continue
        samples: list[float] = [Timing(w, c) for w, c in fig["samples"]]
        detail = fig["detail"]
        if fig["none_lost"] >= 10:
            detail += f"; each click took {fig['none_lost']:.0f} references from None"
            if fig["none_left"] >= 2**39:  # aflastapp.gui's PySide6 6.12 workaround (None made immortal)
                detail += " (harmless: the gui package's workaround keeps None's count out of reach)"
            else:
                detail += (f" ({fig['none_left']} left: the process dies after "
                           f"~{fig['none_left'] / fig['none_lost']:.0f} more)")
        detail += exit_note
        results.append(Result(fig["name"], title, target, samples=samples, detail=detail))
    return results
