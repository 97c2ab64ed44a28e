"""Fork server for the crash test (POSIX). Started once by the test; imports everything once.

For every line ``go <seed>`` on stdin it forks a writer that opens the diary with the recovery
key (env AFLASTAPP_CRASH_KEY) and commits transactions in a loop, printing ``P <pid>`` first and
``C <n>`` after each COMMIT has returned. The test SIGKILLs the writer at a random point; this
server reaps it and prints ``D``. ``quit`` ends the server.
"""

from __future__ import annotations

import os
import random
import sys

from aflastapp.services import session as sess
from tests.storage.helpers import serve_forked


def write_forever(data_dir: str, recovery_key: str, seed: int) -> None:
    rng = random.Random(seed)
    s = sess.unlock(data_dir, recovery_key=recovery_key)
    s.db.execute("PRAGMA wal_autocheckpoint = 20")  # checkpoints happen often, so crashes hit them
    out = os.fdopen(1, "w", buffering=1)
    out.write(f"P {os.getpid()}\n")
    n = seed * 1_000_000
    while True:
        n += 1
        with s.transaction() as db:
            db.table("notes").insert(
                {"id": f"n{n}", "child_id": "c1", "date": "2026-03-07",
                 "text": "x" * rng.randint(10, 6000), "tags": "[]", "interpretation": ""}
            )
            db.table("stays").insert(
                {"id": f"s{n}", "contract_id": "k1", "start": "2026-03-06T14:00",
                 "end": "2026-03-08T17:00", "status": "planned", "note": ""}
            )
            if rng.random() < 0.3:  # updates and deletes of other rows as well
                db.execute("UPDATE children SET name = ? WHERE id = 'c1'", [f"Alma {n}"])
                db.execute("DELETE FROM stays WHERE id = 's1'")
            db.table("meta").upsert({"key": "last", "value": str(n)}, pk="key")
        out.write(f"C {n}\n")


def main() -> None:
    data_dir = sys.argv[1]
    recovery_key = os.environ["AFLASTAPP_CRASH_KEY"]
    serve_forked(lambda cmd: write_forever(data_dir, recovery_key, int(cmd[1])))


if __name__ == "__main__":
    main()
