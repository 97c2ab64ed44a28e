"""packaging/build.py's checks of the built app (the PyInstaller run itself is CI's job, not a unit test)."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from aflastapp import __version__
from tests.packaging.loader import load

build = load("build")


def test_version_read_from_the_package() -> None:
    assert build.app_version() == __version__


def test_smoke_env_is_isolated_from_the_real_home_and_keychain(tmp_path: Path) -> None:
    env = build.smoke_env(tmp_path)
    real_home = os.path.expanduser("~")
    for key in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME", "AFLASTAPP_DATA_DIR"):
        assert env[key].startswith(str(tmp_path)), key
        assert not env[key].startswith(real_home) or real_home.startswith(str(tmp_path))
    assert env["PYTHON_KEYRING_BACKEND"] == "keyring.backends.null.Keyring"
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert "DISPLAY" not in env and "DBUS_SESSION_BUS_ADDRESS" not in env
    assert not any(k.startswith("PYTHON") and k != "PYTHON_KEYRING_BACKEND" for k in env)


def test_null_keyring_backend_exists_and_stores_nothing() -> None:
    from keyring.backends.null import Keyring

    k = Keyring()
    k.set_password("aflastapp", "x", "secret")
    assert k.get_password("aflastapp", "x") is None


def test_stderr_filter_allows_only_known_qt_noise() -> None:
    noise = "This plugin does not support propagateSizeHints()\nQStandardPaths: XDG_RUNTIME_DIR not set, x\n"
    assert build.unexpected_stderr(noise) == []
    real = noise + "Traceback (most recent call last):\nFejl: No translation file found for domain (DK)\n"
    assert build.unexpected_stderr(real) == ["Traceback (most recent call last):",
                                             "Fejl: No translation file found for domain (DK)"]


def _fake_app(tmp_path: Path, script: str) -> Path:
    exe = tmp_path / "fake-aflastapp"
    exe.write_text(f"#!{sys.executable}\nimport sys\n{script}\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_run_app_fails_on_exit_code_and_on_stderr(tmp_path: Path) -> None:
    env = build.smoke_env(tmp_path)
    ok = _fake_app(tmp_path, "print('aflastapp 9.9')")
    assert build.run_app(ok, ["--version"], env, "ok").strip() == "aflastapp 9.9"
    crash = _fake_app(tmp_path, "sys.exit(3)")
    with pytest.raises(build.BuildError, match="exit 3"):
        build.run_app(crash, [], env, "crash")
    noisy = _fake_app(tmp_path, "print('Traceback: boom', file=sys.stderr)")
    with pytest.raises(build.BuildError, match="boom"):
        build.run_app(noisy, [], env, "noisy")


def test_smoke_reports_a_wrong_version(tmp_path: Path) -> None:
    exe = _fake_app(tmp_path, "print('aflastapp 0.0.0-wrong'); sys.exit(0)")
    with pytest.raises(build.BuildError, match="expected the version"):
        build.smoke(exe, "1.2.3", keep=False)


def test_folder_size_counts_files_once(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert build.folder_size(tmp_path) == 1500


@pytest.mark.parametrize("today, month", [(date(2026, 3, 15), "2026-02"), (date(2026, 1, 2), "2025-12")])
def test_previous_month(today: date, month: str) -> None:
    assert build.previous_month(today) == month
