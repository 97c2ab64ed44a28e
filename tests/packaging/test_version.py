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
