"""Start-up work that can run beside Qt building the window: slow imports in background threads.

``start(name, fn)`` runs ``fn`` once in a daemon thread; ``wait(name)`` blocks until it is done
(immediately if it was never started). Only idempotent warm-up belongs here (imports, loading
font files): the code that needs the result still imports/calls it itself after ``wait``, so an
error in the warm-up is not lost — it simply happens again, in the caller's thread, where it is
reported as usual. Nothing from the diary is touched in these threads.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

_threads: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def start(name: str, fn: Callable[[], object]) -> None:
    """Run ``fn`` in the background under ``name`` (once per process; later calls do nothing)."""
    with _lock:
        if name in _threads:
            return

        def body() -> None:
            try:
                fn()
            except Exception:  # the caller repeats the work and reports the error
                pass

        t = threading.Thread(target=body, name=f"preload-{name}", daemon=True)
        _threads[name] = t
    t.start()


def wait(name: str, timeout: float | None = None) -> None:
    """Block until the warm-up ``name`` has finished (no-op if it was never started)."""
    t = _threads.get(name)
    if t is not None and t is not threading.current_thread():
        t.join(timeout)


def started(name: str) -> bool:
    return name in _threads


def import_modules(*names: str) -> Callable[[], None]:
    """A warm-up that imports ``names`` in order."""

    def run() -> None:
        for n in names:
            importlib.import_module(n)

    return run


def warm_chart() -> None:
    """What the dashboard's døgn chart needs before its first drawing: reportlab and the fonts."""
    from aflastapp.reports import charts, style

    assert charts.chart_svg is not None
    style.register_fonts()
