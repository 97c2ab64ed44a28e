"""fsutil.replace / write_atomically: a file another process holds open, the Windows way and the POSIX way.

Windows refuses ``os.replace`` onto a file that another process has open (PermissionError,
winerror 5 or 32); POSIX swaps the name and the reader keeps the old file. The simulated tests run
everywhere; the two tests with a real second process run on every platform too, and on Windows (CI)
they exercise the real refusal.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aflastapp.storage import fsutil

# A second process that opens the file, says so, keeps it open for a while, then prints what it read.
HOLDER = textwrap.dedent("""
    import sys, time
    with open(sys.argv[1], "rb") as f:
        print("open", flush=True)
        time.sleep(float(sys.argv[2]))
        print(f.read().decode(), flush=True)
""")


def _windows_error(winerror: int) -> PermissionError:
    e = PermissionError(errno.EACCES, "Access is denied")
    e.winerror = winerror  # type: ignore[attr-defined]  # set by Python itself on Windows
    return e


class FlakyReplace:
    """os.replace as Windows behaves while another program holds the target for ``busy`` calls."""

    def __init__(self, busy: int, error: PermissionError | None = None) -> None:
        self.busy = busy
        self.calls = 0
        self.error = error or _windows_error(fsutil.ERROR_SHARING_VIOLATION)

    def __call__(self, src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        self.calls += 1
        if self.calls <= self.busy:
            raise self.error
        os.replace(src, dst)


def test_replace_waits_until_the_other_program_lets_go(tmp_path: Path) -> None:
    src, dst = tmp_path / "new", tmp_path / "kopi.pdf"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    flaky = FlakyReplace(busy=3)
    pauses: list[float] = []
    fsutil.replace(src, dst, _replace=flaky, _sleep=pauses.append)
    assert flaky.calls == 4 and len(pauses) == 3
    assert pauses == sorted(pauses), "the pauses grow (back-off)"
    assert dst.read_bytes() == b"new" and not src.exists()


@pytest.mark.parametrize("winerror", [fsutil.ERROR_ACCESS_DENIED, fsutil.ERROR_SHARING_VIOLATION,
                                      fsutil.ERROR_LOCK_VIOLATION])
def test_replace_gives_up_with_a_danish_message_naming_the_file(tmp_path: Path, winerror: int) -> None:
    src, dst = tmp_path / "new", tmp_path / "Søren Ærø" / "nætter.pdf"
    dst.parent.mkdir()
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    flaky = FlakyReplace(busy=10**6, error=_windows_error(winerror))
    with pytest.raises(fsutil.FileInUseError) as info:
        fsutil.replace(src, dst, retry_seconds=0.05, _replace=flaky, _sleep=lambda s: None)
    assert str(dst) in str(info.value) and "åben i et andet program" in str(info.value)
    assert info.value.strerror == str(info.value)  # services show e.strerror
    assert isinstance(info.value, PermissionError) and flaky.calls >= 2
    assert dst.read_bytes() == b"old" and src.read_bytes() == b"new"


def test_a_real_permission_error_is_not_retried(tmp_path: Path) -> None:
    """POSIX EACCES (no winerror) means no permission, not "in use": raised at once."""
    flaky = FlakyReplace(busy=10**6, error=PermissionError(errno.EACCES, "Permission denied"))
    with pytest.raises(PermissionError) as info:
        fsutil.replace(tmp_path / "a", tmp_path / "b", _replace=flaky, _sleep=lambda s: None)
    assert not isinstance(info.value, fsutil.FileInUseError)
    assert flaky.calls == 1
    assert not fsutil.file_in_use(_windows_error(2)) and fsutil.file_in_use(_windows_error(32))


def test_write_atomically_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "diary.json"
    target.write_bytes(b"old")

    def refuse(src: str | os.PathLike[str], dst: str | os.PathLike[str], **kw: object) -> None:
        raise fsutil.FileInUseError(Path(dst))

    monkeypatch.setattr(fsutil, "replace", refuse)
    with pytest.raises(fsutil.FileInUseError):
        fsutil.write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.json"], "the temp file is removed"


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_replace_while_another_process_reads_the_file(tmp_path: Path) -> None:
    """Linux/macOS: replaced at once, the reader keeps the old file. Windows: replace waits the
    second out, then replaces. Either way the reader read the whole old file and the target is new."""
    target = tmp_path / "Søren Ærø" / "kørsel.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    holder = _hold(target, 1.0)
    try:
        fsutil.write_atomically(target, b"new")
        assert target.read_bytes() == b"new"
        out, _ = holder.communicate(timeout=60)
    finally:
        holder.kill()
    assert out.strip() == "old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["kørsel.pdf"]


@pytest.mark.skipif(sys.platform != "win32",
                    reason="only Windows refuses to replace an open file (POSIX replaces it at once); "
                           "runs in the windows-latest CI job")
def test_windows_file_held_open_too_long_is_reported_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "nætter.pdf"
    target.write_bytes(b"old")
    holder = _hold(target, 30.0)
    try:
        with pytest.raises(fsutil.FileInUseError):
            fsutil.write_atomically(target, b"new", retry_seconds=1.0)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["nætter.pdf"]


def test_every_replace_in_the_app_goes_through_fsutil() -> None:
    """A new write path with a bare os.replace/os.rename would fail on Windows while a PDF reader,
    the virus scanner or another aflastapp window has the file open."""
    import ast

    package = Path(fsutil.__file__).resolve().parents[1]
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "fsutil.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("replace", "rename") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "os"):
                offenders.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert not offenders, f"use fsutil.replace: {offenders}"
