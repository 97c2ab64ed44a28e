"""The version is the same in the package, pyproject and the Windows installer (About shows it)."""

from __future__ import annotations

from aflastapp import __version__
from tests.packaging.loader import REPO


def test_versions_agree_everywhere() -> None:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    iss = (REPO / "packaging" / "windows" / "aflastapp.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss


def test_version_flag_prints_the_package_version() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "aflastapp", "--version"], cwd=REPO, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["aflastapp", __version__]
    assert out.stderr == ""
