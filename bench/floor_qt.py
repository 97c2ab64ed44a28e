"""Floor for start-up and memory: a bare PySide6 script that shows a QMainWindow and exits.

It does what ``aflastapp gui --smoke`` does minus the app: create the QApplication, show a main
window, process events until it has been painted, exit 0. Run by bench/run.py in a subprocess.
With ``AFLASTAPP_STARTUP_MARKS`` set it appends ``first_paint <time.time()>`` once its first
paint is done, exactly as the app marks its own (aflastapp/gui/app.py ``mark_next_paint``).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MARKS = os.environ.get("AFLASTAPP_STARTUP_MARKS")


class FirstPaint(QObject):
    done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.mark)  # after the whole paint, as the app does
        return False

    def mark(self) -> None:
        if MARKS:
            with open(MARKS, "a", encoding="utf-8") as f:
                f.write(f"first_paint {time.time():.6f}\n")


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1200, 800)
    spy = FirstPaint(window)
    window.installEventFilter(spy)
    window.show()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
