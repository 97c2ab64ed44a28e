"""Fork server for the clean-close kill test (POSIX). Started once by the test; imports once.

For every line ``go <seed> <n>`` on stdin it forks a child that opens the diary as the app does
(``unlock(defer_check=True)``, with the recovery key in env AFLASTAPP_CRASH_KEY) and prints
``P <pid> <checked> <healthy>``: whether the open ran the integrity checks, and whether a full
check of the file right after the open (``Diary.verify``, a separate read-only connection) finds
it healthy. Then it commits ``<n>`` transactions, printing ``C <id>`` after each COMMIT returned
(``n`` = -1: forever, until the test kills it), prints ``Q`` and closes the diary as the app does
(``session.lock``), then ``X``. The test SIGKILLs the child at a random moment; this server
reaps it and prints ``D``. ``quit`` ends the server.
"""

from __future__ import annotations

import os
import random
import sys

from aflastapp.services import session as sess
from tests.storage.helpers import serve_forked


def child(data_dir: str, recovery_key: str, seed: int, count: int) -> None:
    rng = random.Random(seed)
    s = sess.unlock(data_dir, recovery_key=recovery_key, defer_check=True)
    healthy = s.diary.verify() is None
    out = os.fdopen(1, "w", buffering=1)
    out.write(f"P {os.getpid()} {int(s.checked_at_open)} {int(healthy)}\n")
    s.db.execute("PRAGMA wal_autocheckpoint = 20")  # checkpoints happen often, so kills hit them
    n = seed * 1_000_000
    while count < 0 or n < seed * 1_000_000 + count:
        n += 1
        with s.transaction() as db:
            db.execute("INSERT INTO notes(id, child_id, date, text, tags, interpretation) "
                       "VALUES (?, 'c1', '2026-03-07', ?, '[]', '')", [f"n{n}", "x" * rng.randint(10, 6000)])
            if rng.random() < 0.3:
                db.execute("UPDATE children SET name = ? WHERE id = 'c1'", [f"Alma {n}"])
        out.write(f"C {n}\n")
    out.write("Q\n")
    sess.lock(s, backup=False)
    out.write("X\n")


def main() -> None:
    data_dir = sys.argv[1]
    recovery_key = os.environ["AFLASTAPP_CRASH_KEY"]
    serve_forked(lambda cmd: child(data_dir, recovery_key, int(cmd[1]), int(cmd[2])))


if __name__ == "__main__":
    main()
