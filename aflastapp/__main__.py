"""``python -m aflastapp``: the same as the ``aflastapp`` command."""

import sys

from aflastapp.cli import main

sys.exit(main())
