"""The paths a Windows family has: a user folder with Danish letters (C:\\Users\\Søren Ærø\\…), long
folders (OneDrive\\Dokumenter\\…), and a command line whose output is in the ANSI code page.

The whole round trip runs the command (in-process, ``cli.main``): a diary in
…\\Users\\Søren Ærø\\AppData\\Local\\aflastapp, the demo diary, a preview, a nights report PDF,
deadlines, a backup, and a restore on "a new computer" into another such folder. The console's
code page is a real process's business: output encoded as cp1252 (what a redirected
``aflastapp-cli.exe`` writes on a Danish Windows) and cp850 is checked in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.loader import load
from tests.support.cli_app import App

previous_month = load("build").previous_month

REPO = Path(__file__).resolve().parents[2]
USER = "Søren Ærø"
SEGMENT = "Dokumenter æøå ÆØÅ – kopi"  # a long, non-ASCII folder name with an en dash


def long_paths_enabled() -> bool:
    """Windows: the LongPathsEnabled policy (without it no program opens paths over 260 characters)."""
    if sys.platform != "win32":
        return True
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem") as k:
            return bool(winreg.QueryValueEx(k, "LongPathsEnabled")[0])
    except OSError:
        return False


def user_folder(root: Path, min_length: int) -> Path:
    """root/Users/Søren Ærø/AppData/Local, plus folders until the path is ``min_length`` long."""
    folder = root / "Users" / USER / "AppData" / "Local"
    i = 0
    while len(str(folder)) < min_length:
        i += 1
        folder = folder / f"{SEGMENT} {i}"
    folder.mkdir(parents=True)
    return folder


class Cli:
    def __init__(self, data: Path, keyring_file: Path) -> None:
        self.data = data
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("AFLASTAPP_", "PYTHONUTF8"))}
        self.env.update({
            "PYTHONIOENCODING": "cp1252",  # a redirected aflastapp-cli.exe on a Danish Windows
            "PYTHONUTF8": "0",
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
            "AFLASTAPP_TEST_KEYRING_FILE": str(keyring_file),
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        })

    def run(self, *args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "aflastapp", "--data-dir", str(self.data), *args],
                           env=self.env, cwd=REPO, capture_output=True, timeout=300)
        out, err = r.stdout.decode("cp1252"), r.stderr.decode("cp1252")
        assert r.returncode == 0, f"{args}: exit {r.returncode}\n{out}\n{err}"
        assert "Traceback" not in err and "UnicodeEncodeError" not in err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args))


@pytest.mark.parametrize("min_length", [0, 300], ids=["danish-user-name", "over-260-characters"])
def test_diary_documents_backup_and_restore_in_a_danish_user_folder(tmp_path: Path, min_length: int) -> None:
    if min_length > 260 and not long_paths_enabled():
        pytest.skip("this Windows has LongPathsEnabled off: no program can open paths over 260 characters")
    old = user_folder(tmp_path / "old-pc", min_length)
    a = App(tmp_path, "old", data=old / "aflastapp")
    assert len(str(a.data / "diary.db")) > min_length
    recovery = a.run("init").stdout.strip().splitlines()[-1]
    a.run("demo", "--years", "1", "--children", "1")
    month = previous_month(date.today())  # the demo diary has stays in the months before today
    contract = a.json("preview", "--month", month, "--json")["contracts"][0]["contract"]
    pdf = old / "Nætter for Åse – december.pdf"
    a.run("report", "nights", "--contract", contract, "--period", month, "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF-")
    a.run("deadlines")  # marks done deadlines with ✓, which cp1252 lacks: shown as ?, no crash
    backup = old / "Sikkerhedskopi Ærø.db"
    a.run("backup", "--to", str(backup))
    exported = old / "eksport æøå.json"
    a.run("export", str(exported))

    new = user_folder(tmp_path / "new-pc", min_length)
    b = App(tmp_path, "new", data=new / "aflastapp")
    b.run("restore", str(backup), "--recovery-key", recovery)
    b.run("verify")
    again = new / "eksport æøå.json"
    b.run("export", str(again))
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(exported.read_text(encoding="utf-8"))


def test_the_cli_survives_characters_the_windows_code_page_lacks(tmp_path: Path) -> None:
    """cp1252 has æ, ø, å but not ✓ or →: help and errors still come out, without a traceback."""
    cli = Cli(tmp_path / USER / "aflastapp", tmp_path / "keyring.json")
    assert "aflastapp" in cli.run("--help")
    # cp850 (a Danish console's OEM code page) lacks the "…" the help text uses
    r = subprocess.run([sys.executable, "-m", "aflastapp", "--help"], cwd=REPO, capture_output=True,
                       env=dict(cli.env, PYTHONIOENCODING="cp850"), timeout=120)
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr.decode("cp850")
    help_text = r.stdout.decode("cp850")
    assert "kørselsskema, statusrapporter" in help_text and "?" in help_text  # … shown as ?
    r = subprocess.run([sys.executable, "-m", "aflastapp", "--data-dir", str(cli.data), "preview"],
                       env=dict(cli.env, PYTHONIOENCODING="cp850"), cwd=REPO, capture_output=True,
                       timeout=120)
    assert r.returncode != 0  # no diary yet: a Danish error, not a crash
    assert b"Traceback" not in r.stderr and r.stderr.strip()
