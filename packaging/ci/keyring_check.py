"""The REAL keychain of this machine through keyring: store, read back, delete a test entry.

    uv run python packaging/ci/keyring_check.py [--app PATH-TO-BUILT-aflastapp-cli]

Windows: the Credential Manager (keyring's WinVaultKeyring). macOS: the login keychain. With
``--app`` the BUILT app also creates a diary in keychain mode in a temp folder, opens it again
(``preview --json`` reads the key from the keychain), and the key is deleted afterwards.
Only for CI runners and test machines: it writes to the real keychain (and cleans up).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import keyring

EXPECTED = {"win32": "WinVaultKeyring", "darwin": "Keyring"}  # keyring.backends.Windows / .macOS
SERVICE = "aflastapp-ci-test"
APP_SERVICE = "aflastapp"  # aflastapp.storage.keys.SERVICE


def check_backend() -> None:
    backend = keyring.get_keyring()
    name = type(backend).__name__
    module = type(backend).__module__
    print(f"keyring backend: {module}.{name}")
    want = EXPECTED.get(sys.platform)
    if want and name != want:
        raise SystemExit(f"expected the platform keychain ({want}), got {module}.{name}")
    if "null" in module or "fail" in module:
        raise SystemExit("no real keychain on this machine")


def round_trip() -> None:
    user = f"ci-{secrets.token_hex(4)}"
    value = secrets.token_hex(32)  # the shape of aflastapp's key: 64 hex digits
    keyring.set_password(SERVICE, user, value)
    try:
        back = keyring.get_password(SERVICE, user)
        if back != value:
            raise SystemExit(f"read back {back!r}, stored {value!r}")
        print(f"stored and read back {SERVICE}/{user}")
    finally:
        keyring.delete_password(SERVICE, user)
    if keyring.get_password(SERVICE, user) is not None:
        raise SystemExit("the test entry is still there after delete_password")
    print("deleted the test entry")


def app_in_keychain_mode(app: Path) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="aflastapp-keyring-"))
    data = tmp / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)
    db_id = None
    today = date.today()
    month = f"{today.year - 1}-12" if today.month == 1 else f"{today.year}-{today.month - 1:02d}"
    try:
        for args in (["init"], ["demo", "--years", "1", "--children", "1"],
                     ["preview", "--month", month, "--json"]):
            proc = subprocess.run([str(app), "--data-dir", str(data), *args], env=env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=300)
            print(f"  {app.name} {' '.join(args)}: exit {proc.returncode}")
            if proc.returncode != 0:
                raise SystemExit(f"--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}")
            if args == ["init"]:
                info = json.loads((data / "diary.json").read_text(encoding="utf-8"))
                if info.get("mode") != "keychain":
                    raise SystemExit(f"init did not use the keychain: {info}")
                db_id = info["id"]
                if keyring.get_password(APP_SERVICE, db_id) is None:
                    raise SystemExit("the built app's key is not in the keychain")
        print("the built app stored its key in the keychain and opened the diary with it")
    finally:
        if db_id is not None and keyring.get_password(APP_SERVICE, db_id) is not None:
            keyring.delete_password(APP_SERVICE, db_id)
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, help="the built aflastapp command-line executable")
    args = parser.parse_args(argv)
    check_backend()
    round_trip()
    if args.app:
        app_in_keychain_mode(args.app)
    print("KEYRING OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
