"""Entry script of the frozen app: exactly what the ``aflastapp`` console script runs."""

from __future__ import annotations

import sys

from aflastapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
