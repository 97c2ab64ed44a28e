"""What the start of the app loads: only what the first screen needs, the non-Qt part before PySide6,
and in smoke mode the full dashboard (figures, deadlines and the døgn chart) before it exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# "Today" for the processes a test starts: the diary is made and the app started in two processes,
# which must agree on the month even when the test runs across midnight at a month's end.
TODAY = date.today()
PINNED_TODAY = {"AFLASTAPP_TODAY": TODAY.isoformat()}

SMOKE_AND_REPORT = """
import json, sys
from aflastapp.gui import app  # no Qt yet: as the CLI starts it

seen = {"chart": 0, "deadlines": 0, "title": ""}
original = app._pending_work

def pending(window):
    busy = original(window)
    view = (getattr(window, "views", None) or {}).get("overview")
    if not busy and view is not None:  # what smoke mode shows when it stops waiting
        seen.update(chart=len(view.chart_svg_bytes), deadlines=view.deadline_model.rowCount(),
                    title=view.this_month.title())
    return busy

app._pending_work = pending
code = app.run({"smoke": True, "data_dir": sys.argv[1]})
print(json.dumps({"code": code, "seen": seen, "modules": list(sys.modules)}))
"""


def _make_keychain_diary(data_dir: Path) -> None:
    code = ("from aflastapp.services import session, children, contracts, stays; "
            "from datetime import date, datetime; "
            f"s, _ = session.setup({str(data_dir)!r}); "
            "c = children.add_child(s, 'Emma', date(2016, 5, 1)); "
            "k = contracts.add_contract(s, c.id, 'slagelse', date(2025, 1, 1), vederlag_count=7); "
            f"t = date.fromisoformat({TODAY.isoformat()!r}); "
            "stays.add_stay(s, k.id, datetime(t.year, t.month, 1, 16), datetime(t.year, t.month, 3, 15)); "
            "session.lock(s, backup=False)")
    subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True,
                   timeout=120)


def _smoke(data_dir: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **PINNED_TODAY)
    result = subprocess.run([sys.executable, "-c", SMOKE_AND_REPORT, str(data_dir)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_smoke_shows_the_whole_dashboard_and_loads_only_what_it_needs(data_dir: Path) -> None:
    _make_keychain_diary(data_dir)
    report = _smoke(data_dir)
    assert report["code"] == 0
    seen = report["seen"]
    assert isinstance(seen, dict)
    assert seen["chart"] > 1000, "smoke mode waits for the døgn chart drawn after the first paint"
    assert seen["deadlines"] > 0 and seen["title"]
    modules = report["modules"]
    assert isinstance(modules, list)
    # Other views, PDF preview, printing and the document code load when first used, not at start.
    for later in ("aflastapp.gui.views.calendar", "aflastapp.gui.views.documents",
                  "aflastapp.gui.views.settings", "aflastapp.gui.printing", "aflastapp.gui.wizard",
                  "aflastapp.services.documents", "PySide6.QtPdf", "PySide6.QtPrintSupport", "pypdf"):
        assert later not in modules, f"{later} is imported at start"
    # The non-Qt start path (services, storage, keychain) is imported before PySide6, so PySide6's
    # import hook does not read all their sources (time and memory at start).
    qt = modules.index("PySide6.QtCore")
    for early in ("aflastapp.services.session", "aflastapp.services.overview", "sqlcipher3", "keyring"):
        assert modules.index(early) < qt, f"{early} is imported after PySide6"



def test_a_pinned_today_is_what_the_app_calls_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """AFLASTAPP_TODAY (tests only) pins the app's "today"; unset or not a date, the clock decides."""
    from aflastapp.gui.context import AppContext, today_from_environment

    monkeypatch.setenv("AFLASTAPP_TODAY", "2026-01-31")
    assert today_from_environment() == date(2026, 1, 31)
    assert AppContext().today() == date(2026, 1, 31)
    monkeypatch.setenv("AFLASTAPP_TODAY", "31.01.2026")
    assert today_from_environment() is None
    monkeypatch.delenv("AFLASTAPP_TODAY")
    assert AppContext().today() == date.today()
