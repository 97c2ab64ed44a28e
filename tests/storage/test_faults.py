"""Faults a family meets, through the real CLI: a full disk, a read-only data folder, a diary file
that is empty, cut short or not a diary at all, a wrong keychain entry, two processes at once, a
restore while the diary is open elsewhere; and a password-mode backup restored on an empty
machine with the password alone and with the recovery key alone."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aflastapp import cli
from aflastapp.services import backups, security
from aflastapp.services import session as sess
from aflastapp.storage import keys, slots
from aflastapp.storage.errors import DiaryExistsError
from tests.storage.helpers import fill, sha
from tests.support.keyrings import MemoryKeyring

REPO = Path(__file__).resolve().parents[2]
PW = "familiens kodeord"


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def _cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str,
         password: str | None = None, tmp: Path | None = None) -> tuple[int, str, str]:
    argv = ["--data-dir", str(data_dir)]
    if password is not None:
        assert tmp is not None
        pw_file = tmp / "kode.txt"
        pw_file.write_text(password + "\n", encoding="utf-8")
        argv += ["--password-file", str(pw_file)]
    capsys.readouterr()
    code = cli.main([*argv, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[bool]:
    """A real small tmpfs at ``where`` when the test may mount one (root); yields whether it is."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = False
    if _can_mount():
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)], capture_output=True
        ).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def _make(data_dir: Path, password: str | None = PW) -> str:
    s, recovery = sess.setup(data_dir, password=password)
    fill(s)
    backups.backup_now(s)
    sess.lock(s, backup=False)
    return recovery


# --------------------------------------------------------------------------- disk full


def test_change_password_and_backup_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "disk"
    new_pw = tmp_path / "ny.txt"
    new_pw.write_text("helt nyt kodeord", encoding="utf-8")
    with _tmpfs(data_dir, "3m") as real:
        _make(data_dir)
        before = _files(data_dir)

        def refused(*args: str) -> None:
            code, out, err = _cli(capsys, data_dir, *args, password=PW, tmp=tmp_path)
            assert code == 1, (out, err)
            assert "Adgangskoden er ændret" not in out
            assert "Der er ikke plads på disken" in err and str(data_dir) in err and "intet er ændret" in err
            assert "OperationalError" not in err and "Errno" not in err and "beskadiget" not in err
            # SQLite's -shm index and an empty -wal hold no data; everything else is as it was
            assert {k: v for k, v in _files(data_dir).items()
                    if k != "fyld" and not k.endswith(("-shm", "-wal"))} == before
            wal = data_dir / "diary.db-wal"
            assert not wal.exists() or wal.stat().st_size == 0
            assert not [p for p in data_dir.rglob("*") if ".tmp-" in p.name]

        if real:  # a real full disk: fill it to the last byte
            filler = data_dir / "fyld"
            with contextlib.suppress(OSError), open(filler, "wb") as f:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
            refused("change-password", "--new-password-file", str(new_pw))
            refused("backup")
            # nearly full: room to open the diary, not for a backup
            with open(filler, "r+b") as f:
                f.truncate(max(0, filler.stat().st_size - 160 * 1024))
            refused("backup")
            filler.unlink()
        # the slot file cannot be written (ENOSPC at that very write)
        import errno

        def full(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(slots.paths, "atomic_write", full)
        refused("change-password", "--new-password-file", str(new_pw))
        refused("change-password", "--keychain")
        monkeypatch.undo()
        s = sess.unlock(data_dir, password=PW)  # the old password is still the one that works
        sess.lock(s, backup=False)


# --------------------------------------------------------------------------- read-only folder


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    if _can_mount():
        # root ignores permission bits: a read-only bind mount of the folder onto itself
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
            yield
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        os.chmod(folder, 0o500)
        try:
            yield
        finally:
            os.chmod(folder, 0o700)


@pytest.mark.skipif(os.name != "posix", reason="a read-only folder by mode bits or mount is POSIX")
def test_read_only_folder_preview_export_verify_work_writes_are_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(data_dir)
    before = _files(data_dir)
    mode = os.stat(data_dir).st_mode
    export = tmp_path / "eksport.json"
    with _read_only(data_dir):
        code, out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", "--json",
                              password=PW, tmp=tmp_path)
        assert code == 0, err
        assert json.loads(out)["month"] == "2026-03"
        code, out, err = _cli(capsys, data_dir, "export", str(export), password=PW, tmp=tmp_path)
        assert code == 0, err
        assert json.loads(export.read_text("utf-8"))["children"][0]["name"] == "Alma"
        code, out, err = _cli(capsys, data_dir, "verify", password=PW, tmp=tmp_path)
        assert code == 0, err
        doc = tmp_path / "ny.json"
        doc.write_text(json.dumps({"format": "aflastapp", "version": 1, "children": [
            {"id": "c9", "name": "Ny", "birth_date": "2016-01-01"}]}), encoding="utf-8")
        code, out, err = _cli(capsys, data_dir, "import", str(doc), password=PW, tmp=tmp_path)
        assert code != 0
        assert "skrivebeskyttet" in err and str(data_dir) in err, err
        assert "OperationalError" not in err
    assert _files(data_dir) == before
    assert os.stat(data_dir).st_mode == mode  # nothing chmod-ed


# --------------------------------------------------------------------------- files that are not diaries


@pytest.mark.parametrize("kind", ["empty", "truncated", "pdf", "plain-sqlite", "text"])
def test_a_file_that_is_not_a_diary_is_never_written_or_replaced(
    kind: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(data_dir)
    newest = backups.list_backups(data_dir)[0].path
    db_file = data_dir / "diary.db"
    good = db_file.read_bytes()
    content = {
        "empty": b"",
        "truncated": good[: len(good) // 2 + 100],
        "pdf": b"%PDF-1.7\n" + bytes(5000),
        "plain-sqlite": b"SQLite format 3\x00" + bytes(8176),
        "text": b"Kaere dagbog\n" * 400,
    }[kind]
    db_file.write_bytes(content)
    before = _files(data_dir)
    code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", password=PW, tmp=tmp_path)
    assert code == 4, err
    expected = {"empty": "er tom (0 byte)", "truncated": "er afkortet", "pdf": "PDF-fil",
                "plain-sqlite": "ukrypteret SQLite", "text": "tekstfil"}[kind]
    assert expected in err and str(db_file) in err
    assert newest.name in err  # offers the newest backup
    assert "adgangskode" not in err.split("Den nyeste")[0].lower()  # not reported as a wrong password
    for args in (["import", str(tmp_path / "x.json")], ["change-password", "--keychain"], ["backup"]):
        (tmp_path / "x.json").write_text("{}", encoding="utf-8")
        _cli(capsys, data_dir, *args, password=PW, tmp=tmp_path)
    with pytest.raises(DiaryExistsError, match="findes allerede"):  # whatever the file is: never replaced
        sess.setup(data_dir, password="et andet kodeord")
    assert _files(data_dir) == before  # never written, never replaced
    assert db_file.read_bytes() == content
    # and the backup it offers brings the diary back
    code, _out, err = _cli(capsys, data_dir, "restore", str(newest), password=PW, tmp=tmp_path)
    assert code == 0, err
    s = sess.unlock(data_dir, password=PW)
    assert s.db.table("children").get("c1")["name"] == "Alma"
    sess.lock(s, backup=False)
    kept = list((data_dir / "replaced").glob("*-diary.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == content


def test_damage_where_key_and_damage_cannot_be_told_apart_says_both(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older diary (no slot file) whose first page is damaged: the password cannot be checked
    on its own, so the message says both and offers the backup."""
    _make(data_dir)
    newest = backups.list_backups(data_dir)[0].path
    (data_dir / "diary.keys").unlink()
    data = bytearray((data_dir / "diary.db").read_bytes())
    data[100:116] = bytes(16)
    (data_dir / "diary.db").write_bytes(bytes(data))
    (data_dir / "diary.json").write_text('{"format": 1, "id": "x", "mode": "password"}', encoding="utf-8")
    before = _files(data_dir)
    code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", password=PW, tmp=tmp_path)
    assert code == 3
    assert "forkert adgangskode, eller filen er beskadiget" in err and newest.name in err
    assert _files(data_dir) == before


def test_wrong_keychain_key_is_exit_3(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      memory_keyring: MemoryKeyring) -> None:
    _make(data_dir, password=None)
    before = _files(data_dir)
    ((service, user),) = memory_keyring.entries
    memory_keyring.entries[(service, user)] = secrets.token_bytes(32).hex()
    code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03")
    assert code == 3, err
    assert "nøglering" in err and "passer ikke" in err
    assert _files(data_dir) == before


# --------------------------------------------------------------------------- two processes


@contextlib.contextmanager
def _held_open_elsewhere(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    code = (
        "import sys\n"
        "from aflastapp.services import session as sess\n"
        f"s = sess.unlock({str(data_dir)!r}, password={PW!r})\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
        "sess.lock(s, backup=False)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert proc.stdout is not None and proc.stdin is not None
    try:
        assert proc.stdout.readline().strip() == "open"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
        proc.stdout.close()


def test_second_writer_and_restore_are_refused_while_open_elsewhere(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recovery = _make(data_dir)
    newest = backups.list_backups(data_dir)[0].path
    doc = tmp_path / "ny.json"
    doc.write_text(json.dumps({"format": "aflastapp", "version": 1, "children": [
        {"id": "c9", "name": "Ny", "birth_date": "2016-01-01"}]}), encoding="utf-8")
    with _held_open_elsewhere(data_dir):
        before = _files(data_dir)
        code, _out, err = _cli(capsys, data_dir, "import", str(doc), password=PW, tmp=tmp_path)
        assert code == 1 and "åben et andet sted" in err, err
        code, _out, err = _cli(capsys, data_dir, "restore", str(newest), password=PW, tmp=tmp_path)
        assert code == 1 and "åben et andet sted" in err, err
        code, _out, err = _cli(capsys, data_dir, "restore", str(newest), "--recovery-key", recovery)
        assert code == 1 and "åben et andet sted" in err, err
        code, _out, err = _cli(capsys, data_dir, "change-password", "--keychain", password=PW, tmp=tmp_path)
        assert code == 1 and "åben et andet sted" in err, err
        assert {k: v for k, v in _files(data_dir).items() if not k.endswith(("-shm", "-wal"))} == {
            k: v for k, v in before.items() if not k.endswith(("-shm", "-wal"))}
        # reading still works beside the writer
        code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", "--json",
                              password=PW, tmp=tmp_path)
        assert code == 0, err
    assert not (data_dir / "replaced").exists()
    code, _out, err = _cli(capsys, data_dir, "import", str(doc), password=PW, tmp=tmp_path)
    assert code == 0, err  # once the other process has closed it


# --------------------------------------------------------------------------- restore on a new computer


def test_password_backup_restores_on_empty_machine_with_password_alone_or_recovery_key_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    old = tmp_path / "gammel"
    s, recovery = sess.setup(old, password="første kodeord")
    fill(s)
    security.change_password(s, "første kodeord", PW)  # the password in force when the backup is made
    copy = backups.backup_to(s, tmp_path / "usb.aflastbak")
    sess.lock(s, backup=False)
    memory_keyring.entries.clear()

    by_password, by_key = tmp_path / "ny1", tmp_path / "ny2"
    # the old password does not open the backup
    code, _out, err = _cli(capsys, tmp_path / "ny3", "restore", str(copy), password="første kodeord",
                          tmp=tmp_path)
    assert code == 3 and "Adgangskoden passer ikke til sikkerhedskopien" in err, err
    assert not (tmp_path / "ny3" / "diary.db").exists()
    code, _out, err = _cli(capsys, by_password, "restore", str(tmp_path / "usb.aflastbak"), password=PW,
                          tmp=tmp_path)
    assert code == 0, err
    assert sess.key_mode(by_password) == "password"
    code, _out, err = _cli(capsys, by_key, "restore", str(copy), "--recovery-key", recovery)
    assert code == 0, err
    assert sess.key_mode(by_key) == "keychain"

    exports = []
    for folder, pw in ((by_password, PW), (by_key, None)):
        target = tmp_path / f"{folder.name}.json"
        code, _out, err = _cli(capsys, folder, "export", str(target), password=pw, tmp=tmp_path)
        assert code == 0, err
        exports.append(target.read_bytes())
    assert exports[0] == exports[1]
    assert json.loads(exports[0])["children"][0]["name"] == "Alma"
    assert keys.decode_recovery_key(recovery).hex() not in exports[0].decode()


@pytest.mark.skipif(os.name != "posix", reason="folder mode bits are POSIX (Windows: NTFS ACLs)")
def test_a_folder_without_permission_is_named_in_plain_danish(data_dir: Path, tmp_path: Path) -> None:
    """The data folder is not the user's to enter (mode 000). Root ignores permission bits, so as
    root the CLI runs without the capabilities that let it (``setpriv``)."""
    _make(data_dir)
    before = _files(data_dir)
    pw_file = tmp_path / "kode.txt"
    pw_file.write_text(PW, encoding="utf-8")
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv is not None, "as root this test needs setpriv (util-linux)"
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    os.chmod(data_dir, 0o000)
    try:
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "aflastapp", "--data-dir", str(data_dir),
             "--password-file", str(pw_file), "preview", "--month", "2026-03"],
            capture_output=True, text=True, cwd=REPO, timeout=120,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
        )
    finally:
        os.chmod(data_dir, 0o700)
    assert proc.returncode == 1, proc.stderr
    assert "har ikke adgang til mappen" in proc.stderr and str(data_dir) in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "PermissionError" not in proc.stderr
    assert _files(data_dir) == before


def test_damaged_first_page_in_password_mode_is_damage_not_a_wrong_password(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(data_dir)
    newest = backups.list_backups(data_dir)[0].path
    data = bytearray((data_dir / "diary.db").read_bytes())
    for i in range(100, 116):
        data[i] ^= 0xA5
    (data_dir / "diary.db").write_bytes(bytes(data))
    before = _files(data_dir)
    code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", password=PW, tmp=tmp_path)
    assert code == 4, err
    assert "beskadiget" in err and "adgangskoden er rigtig" in err and newest.name in err
    code, _out, err = _cli(capsys, data_dir, "preview", "--month", "2026-03", password="forkert kode",
                           tmp=tmp_path)
    assert code == 3 and "Adgangskoden passer ikke" in err  # a wrong password is still told apart
    assert _files(data_dir) == before


def test_replaced_keeps_the_last_three(data_dir: Path, tmp_path: Path) -> None:
    _make(data_dir)
    newest = backups.list_backups(data_dir)[0].path
    for _ in range(5):
        s = backups.restore(data_dir, newest, password=PW)
        sess.lock(s, backup=False)
    kept = sorted((data_dir / "replaced").iterdir())
    assert len({p.name.split("-diary.", 1)[0] for p in kept}) == 3
    assert all(p.name.endswith(("-diary.db", "-diary.keys")) for p in kept)
