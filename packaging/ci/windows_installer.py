"""Windows: build the Inno Setup installer from dist/aflastapp, install it silently for the current
user, start the INSTALLED aflastapp-cli.exe --version, uninstall it, check nothing is left.

    uv run python packaging/build.py                    (first: dist\\aflastapp\\)
    uv run python packaging/ci/windows_installer.py     -> dist\\aflastapp-VERSION-setup.exe

Needs Inno Setup 6.3+ (ISCC.exe on PATH or in its default folder; on CI: choco install innosetup).
The install goes to %LOCALAPPDATA%\\Programs\\aflastapp (per user, no administrator rights); the
diary folder %LOCALAPPDATA%\\aflastapp is not touched by install or uninstall.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "packaging" / "windows" / "aflastapp.iss"
DIST = REPO / "dist"


def app_version() -> str:
    text = (REPO / "aflastapp" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not m:
        raise SystemExit("aflastapp/__init__.py has no __version__")
    return m.group(1)


def find_iscc() -> Path:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA", "") + "\\Programs"):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    if os.environ.get("CI") and shutil.which("choco"):  # a CI runner: install it (by hand: do it yourself)
        run(["choco", "install", "innosetup", "--no-progress", "-y"])
        return find_iscc_installed()
    raise SystemExit("ISCC.exe (Inno Setup 6) not found: install it (choco install innosetup)")


def find_iscc_installed() -> Path:
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    raise SystemExit("choco installed Inno Setup, but ISCC.exe is not in Program Files")


def run(cmd: list[str], timeout: int = 900) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=timeout)
    if proc.stdout.strip():
        print(proc.stdout[-3000:])
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}\n{proc.stderr[-3000:]}")
    return proc


def build_installer(version: str) -> Path:
    if not (DIST / "aflastapp" / "aflastapp-cli.exe").exists():
        raise SystemExit("no dist\\aflastapp\\aflastapp-cli.exe: run packaging/build.py first")
    run([str(find_iscc()), "/Qp", f"/DAppVersion={version}", str(ISS)])
    setup = DIST / f"aflastapp-{version}-setup.exe"
    if not setup.exists():
        raise SystemExit(f"ISCC wrote no {setup}")
    print(f"installer: {setup} ({setup.stat().st_size / 1e6:.1f} MB)")
    return setup


def install_start_uninstall(setup: Path, version: str) -> None:
    local = Path(os.environ["LOCALAPPDATA"])
    target = local / "Programs" / "aflastapp"
    diary_dir = local / "aflastapp"
    diary_before = diary_dir.exists()
    log = DIST / "install.log"
    run([str(setup), "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={log}"])
    cli = target / "aflastapp-cli.exe"
    for name in ("aflastapp.exe", "aflastapp-cli.exe", "_internal"):
        if not (target / name).exists():
            raise SystemExit(f"not installed: {target / name}")
    out = run([str(cli), "--version"], timeout=300).stdout
    if version not in out.split():
        raise SystemExit(f"installed aflastapp-cli.exe --version printed {out!r}, expected {version}")
    print(f"installed and started: {cli} --version -> {out.strip()}")
    uninstaller = target / "unins000.exe"
    if not uninstaller.exists():
        raise SystemExit(f"no uninstaller at {uninstaller}")
    run([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"])
    for _ in range(60):  # the uninstaller finishes in a copy of itself that runs on for a moment
        if not (target / "aflastapp-cli.exe").exists() and not (target / "_internal").exists():
            break
        time.sleep(1)
    else:
        raise SystemExit(f"uninstall left the program in {target}")
    if diary_dir.exists() != diary_before:
        raise SystemExit(f"install/uninstall changed the diary folder {diary_dir}")
    print("uninstalled; the diary folder was not touched")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="only build the installer")
    args = parser.parse_args(argv)
    if sys.platform != "win32":
        raise SystemExit("Windows only")
    version = app_version()
    setup = build_installer(version)
    if not args.no_install:
        install_start_uninstall(setup, version)
    print("INSTALLER OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
