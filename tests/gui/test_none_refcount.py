"""PySide6 6.12 on Python 3.11 takes a reference from None on every void Qt call; without the
workaround in ``aflastapp.gui`` the app aborts after a few dozen calendar months."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Far more void calls than None has references in a fresh interpreter (~10,000–30,000).
SCRIPT = """
import sys
{setup}
from PySide6.QtCore import QObject
o = QObject()
before = sys.getrefcount(None)
for _ in range(300_000):
    o.setObjectName("x")
print(before - sys.getrefcount(None))
"""


def run(setup: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", SCRIPT.format(setup=setup)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def test_many_void_qt_calls_do_not_abort_the_app() -> None:
    out = run("import aflastapp.gui")
    assert out.returncode == 0, out.stderr[-2000:]


def test_the_workaround_is_what_keeps_it_alive_where_the_leak_exists() -> None:
    out = run("")
    leaks = out.returncode != 0 or int(out.stdout.strip() or 0) > 0
    if sys.version_info < (3, 12) and leaks:
        # the leak is real here: without the workaround the interpreter aborts
        assert out.returncode != 0 and "deallocating None" in out.stderr
    else:
        # Python ≥ 3.12 (immortal None) or a PySide6 without the leak: nothing to work around
        assert out.returncode == 0
