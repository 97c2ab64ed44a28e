"""Who can read the data folder. POSIX: the app makes it owner-only (0700, files 0600). Windows has
no chmod: the folder lives in the user's %LOCALAPPDATA%, whose NTFS permissions (inherited from the
user profile) grant only the user, SYSTEM and Administrators; the app adds nothing and takes nothing
away. Other standard users of the same PC cannot open it. (And the diary is encrypted anyway.)"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from aflastapp.services import session
from aflastapp.storage import paths


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no chmod bits; see the next test")
def test_posix_data_folder_and_files_are_owner_only(tmp_path: Path) -> None:
    data = paths.data_dir(tmp_path / "Søren Ærø" / "aflastapp")
    s, _recovery = session.setup(data, password="et-langt-kodeord-til-testen")
    session.lock(s)
    entries = [data, *sorted(data.rglob("*"))]
    assert any(p.name == "diary.db" for p in entries) and any(p.parent.name == "backups" for p in entries)
    for p in entries:
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode == (0o700 if p.is_dir() else 0o600), f"{p}: {oct(mode)}"


@pytest.mark.skipif(sys.platform != "win32",
                    reason="NTFS permissions of %LOCALAPPDATA% exist only on Windows; runs in the "
                           "windows-latest CI job")
def test_windows_data_folder_is_readable_only_by_the_user_system_and_administrators() -> None:
    local = Path(os.environ["LOCALAPPDATA"])
    folder = paths.private_dir(local / f"aflastapp-acl-test-{secrets.token_hex(4)}")
    try:
        out = subprocess.run(["icacls", str(folder)], capture_output=True, text=True, check=True).stdout
        grants = [ln.strip().removeprefix(str(folder)).strip() for ln in out.splitlines()
                  if ":" in ln and "Successfully" not in ln]
        assert grants, out
        user = os.environ["USERNAME"].lower()
        for grant in grants:
            who = grant.split(":")[0].lower()
            assert who.endswith(("\\" + user, "system", "administrators")) or who == user, \
                f"{grant!r} may read the diary folder\n{out}"
        assert any(g.split(":")[0].lower().endswith(user) and "(F)" in g for g in grants), out
    finally:
        shutil.rmtree(folder, ignore_errors=True)
