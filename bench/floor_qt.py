"""Floor for start-up and memory: a bare PySide6 script that shows a QMainWindow and exits.

It does what ``aflastapp gui --smoke`` does minus the app: create the QApplication, show a main
window, process events until idle, exit 0. Run by bench/run.py in a subprocess.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
