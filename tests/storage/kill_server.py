"""Fork server for the key-slot kill tests (POSIX). Started once per scenario; imports everything
once, so each of the 100+ kills costs a fork, not a Python start.

For every line ``go <scenario> <seed>`` on stdin it forks a worker that repeats one operation
on the diary in ``argv[1]`` for ever, printing ``R <pid>`` once it is ready (diary unlocked) and
``C <what>`` after each operation has returned. The test SIGKILLs the worker at a random moment;
this server reaps it and prints ``D``. ``quit`` ends the server.

Scenarios (the secrets are in env ``AFLASTAPP_KILL_A`` / ``AFLASTAPP_KILL_B``):
- ``password``: change the password A → B → A … (the diary is in password mode).
- ``mode``: switch keychain → password A → keychain … (keyring: ``FileKeyring``, shared with the test).
- ``backup``: a backup into the data folder, then one to a file outside it (a USB stick).
- ``restore``: restore backup A (made with password A) then backup B (password B) ….
- ``migrate``: open an older password-keyed diary with password A (the open upgrades it to key
  slots); the test puts a fresh copy of the fixture in place before each round.

The test lowers scrypt's cost through env ``AFLASTAPP_KILL_SCRYPT_N`` (the parameter is stored in
each slot; the code path is the same), so checking 100+ diaries stays quick.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from aflastapp.services import backups, security
from aflastapp.services import session as sess
from aflastapp.storage import schema, slots
from tests.storage.helpers import serve_forked

# Imported here once, not in every forked worker: a diary that needs a migration (the older
# diaries these scenarios upgrade) imports sqlite-utils and the schema on open, and that import
# would otherwise eat the kill window of every round.
assert schema.migrations is not None


def _out() -> object:
    return os.fdopen(1, "w", buffering=1)


def work(scenario: str, data_dir: Path, seed: int, extra: Path) -> None:
    rng = random.Random(seed)
    a, b = os.environ["AFLASTAPP_KILL_A"], os.environ["AFLASTAPP_KILL_B"]
    out = os.fdopen(1, "w", buffering=1)
    if scenario == "migrate":  # an older password diary, upgraded by opening it
        out.write(f"R {os.getpid()}\n")
        s = sess.unlock(data_dir, password=a)
        out.write("C migrated\n")
        time.sleep(3600)
    if scenario == "restore":
        out.write(f"R {os.getpid()}\n")
        while True:
            name, pw = rng.choice([("A", a), ("B", b)])
            s = backups.restore(data_dir, extra / f"backup-{name}.aflastbak", password=pw)
            sess.lock(s, backup=False)
            out.write(f"C {name}\n")
    mode = sess.key_mode(data_dir)
    s = None
    errors = []
    for pw in (a, b, None):
        try:
            s = sess.unlock(data_dir, password=pw if mode == "password" else None)
            break
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}")
    assert s is not None, f"{mode}: " + " | ".join(errors)
    out.write(f"R {os.getpid()}\n")
    n = 0
    while True:
        n += 1
        if scenario == "password":
            current = a if s.diary.slots.key_from_password(a) else b
            new = b if current == a else a
            security.change_password(s, current, new)
            out.write(f"C {'B' if new == b else 'A'}\n")
        elif scenario == "mode":
            if s.mode == "keychain":
                security.switch_to_password(s, a)
                out.write("C password\n")
            else:
                security.switch_to_keychain(s)
                out.write("C keychain\n")
        elif scenario == "backup":
            if n % 2:
                backups.backup_now(s)
            else:
                backups.backup_to(s, extra / "usb-kopi.aflastbak")
            out.write(f"C {n}\n")
        else:
            raise SystemExit(f"unknown scenario {scenario}")
        time.sleep(0)


def main() -> None:
    data_dir = Path(sys.argv[1])
    extra = Path(sys.argv[2])
    slots.SCRYPT_N = int(os.environ.get("AFLASTAPP_KILL_SCRYPT_N", slots.SCRYPT_N))

    def run(cmd: list[str]) -> None:
        try:
            work(cmd[1], data_dir, int(cmd[2]), extra)
        except BaseException as e:  # reported to the test, which fails on it
            os.write(1, f"E {type(e).__name__}: {e}\n".replace("\n", " ").encode() + b"\n")

    serve_forked(run)


if __name__ == "__main__":
    main()
