"""The minimal reproduction of PySide6's leak of ``None`` references (docs/architecture.md).

    QT_QPA_PLATFORM=offscreen uv run python bench/none_refcount_leak.py [calls]

Calls ``QObject.setObjectName`` (a Qt method returning void) ``calls`` times and prints how much
``sys.getrefcount(None)`` fell. With PySide6 6.12 on CPython 3.11 it falls by one per call, so a
long session reaches zero and CPython aborts ("none_dealloc"); on 3.12+ ``None`` is immortal
(PEP 683) and its count does not move. The app's work-around is aflastapp/gui/_none_refcount.py.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(calls: int = 1000) -> int:
    import PySide6
    from PySide6.QtCore import QCoreApplication, QObject

    app = QCoreApplication.instance() or QCoreApplication([])
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        obj.setObjectName("x")
    after = sys.getrefcount(None)
    lost = before - after
    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}: {calls} setObjectName calls, "
          f"None refcount {before} -> {after} (lost {lost}, {lost / calls:.2f} per call)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
