"""Run the test suite the way CI does: every test, GUI tests offscreen (no screen needed).

    uv run python packaging/ci/tests.py [pytest arguments]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
               PYTHONUTF8="1")
    return subprocess.run([sys.executable, "-m", "pytest", "-q", *argv], cwd=REPO, env=env).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
