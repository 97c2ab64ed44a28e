"""macOS: sign (when a Developer ID is configured), pack dist/aflastapp.app into a .dmg, notarise
(when Apple credentials are configured), then mount the .dmg and start the app from it.

    uv run python packaging/build.py        (first: dist/aflastapp.app)
    uv run python packaging/ci/macos_dmg.py -> dist/aflastapp-VERSION-macos-arm64.dmg

Unsigned unless these environment variables are set (CI: repository secrets):
  MACOS_CERTIFICATE_P12_BASE64, MACOS_CERTIFICATE_PASSWORD  the Developer ID Application certificate
  MACOS_SIGNING_IDENTITY       e.g. "Developer ID Application: Navn (TEAMID)"
  APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD                notarisation (app-specific password)
See packaging/macos/README.md. An unsigned .dmg opens after right-click → Åbn.
"""

from __future__ import annotations

import base64
import os
import platform
import re
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
APP = DIST / "aflastapp.app"
ENTITLEMENTS = REPO / "packaging" / "macos" / "entitlements.plist"


def app_version() -> str:
    text = (REPO / "aflastapp" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not m:
        raise SystemExit("aflastapp/__init__.py has no __version__")
    return m.group(1)


SECRETS: set[str] = set()  # never printed


def run(cmd: list[str], timeout: int = 1800) -> str:
    print("$", " ".join("***" if c in SECRETS else c for c in cmd), flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.stdout.strip():
        print(proc.stdout[-3000:])
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}\n{proc.stderr[-3000:]}")
    return proc.stdout


def import_certificate() -> str | None:
    """Put the Developer ID certificate in a temporary keychain; the identity, or None (unsigned)."""
    p12 = os.environ.get("MACOS_CERTIFICATE_P12_BASE64")
    password = os.environ.get("MACOS_CERTIFICATE_PASSWORD")
    identity = os.environ.get("MACOS_SIGNING_IDENTITY")
    if not (p12 and password and identity):
        print("no signing secrets: the .app and .dmg stay unsigned")
        return None
    tmp = Path(tempfile.mkdtemp())
    cert = tmp / "cert.p12"
    cert.write_bytes(base64.b64decode(p12))
    keychain = tmp / "signing.keychain-db"
    kc_pw = secrets.token_hex(16)
    SECRETS.update({kc_pw, password})
    run(["security", "create-keychain", "-p", kc_pw, str(keychain)])
    run(["security", "set-keychain-settings", "-lut", "3600", str(keychain)])
    run(["security", "unlock-keychain", "-p", kc_pw, str(keychain)])
    run(["security", "import", str(cert), "-k", str(keychain), "-P", password, "-T", "/usr/bin/codesign"])
    run(["security", "set-key-partition-list", "-S", "apple-tool:,apple:", "-s", "-k", kc_pw, str(keychain)])
    run(["security", "list-keychains", "-d", "user", "-s", str(keychain), "login.keychain-db"])
    cert.unlink()
    return identity


def sign(path: Path, identity: str, app: bool) -> None:
    cmd = ["codesign", "--force", "--timestamp", "--sign", identity]
    if app:
        cmd += ["--deep", "--options", "runtime", "--entitlements", str(ENTITLEMENTS)]
    run([*cmd, str(path)])
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(path)])


def notarise(dmg: Path) -> None:
    apple_id, team, pw = (os.environ.get(k) for k in ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"))
    if not (apple_id and team and pw):
        print("no notarisation secrets: not notarised")
        return
    SECRETS.add(pw)
    run(["xcrun", "notarytool", "submit", str(dmg), "--apple-id", apple_id, "--team-id", team,
         "--password", pw, "--wait"])
    run(["xcrun", "stapler", "staple", str(dmg)])


def make_dmg(version: str) -> Path:
    arch = platform.machine().lower()
    dmg = DIST / f"aflastapp-{version}-macos-{arch}.dmg"
    dmg.unlink(missing_ok=True)
    stage = Path(tempfile.mkdtemp()) / "aflastapp"
    stage.mkdir()
    run(["ditto", str(APP), str(stage / "aflastapp.app")])
    os.symlink("/Applications", stage / "Programmer")  # drag the app onto it
    run(["hdiutil", "create", "-volname", "aflastapp", "-srcfolder", str(stage), "-ov", "-format", "UDZO",
         str(dmg)])
    print(f"disk image: {dmg} ({dmg.stat().st_size / 1e6:.1f} MB)")
    return dmg


def start_from_dmg(dmg: Path, version: str) -> None:
    mount = Path(tempfile.mkdtemp(prefix="aflastapp-dmg-"))
    run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", str(mount), str(dmg)])
    try:
        exe = mount / "aflastapp.app" / "Contents" / "MacOS" / "aflastapp"
        out = run([str(exe), "--version"], timeout=300)
        if version not in out.split():
            raise SystemExit(f"the app in the .dmg printed {out!r}, expected {version}")
        print(f"started from the .dmg: {out.strip()}")
    finally:
        run(["hdiutil", "detach", str(mount)])


def main() -> int:
    if sys.platform != "darwin":
        raise SystemExit("macOS only")
    if not APP.is_dir():
        raise SystemExit(f"no {APP}: run packaging/build.py first")
    version = app_version()
    identity = import_certificate()
    if identity:
        sign(APP, identity, app=True)
    dmg = make_dmg(version)
    if identity:
        sign(dmg, identity, app=False)
        notarise(dmg)
    start_from_dmg(dmg, version)
    print("DMG OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
