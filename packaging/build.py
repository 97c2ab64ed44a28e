"""Build the installable app for this platform with PyInstaller, then prove the result works.

    uv run python packaging/build.py [--skip-build] [--archive] [--keep-smoke-dir]

1. renders the icons from resources/icons/aflastapp.svg (build/icons/),
2. checks THIRD_PARTY_LICENSES.md lists exactly the locked runtime packages,
3. runs PyInstaller on packaging/aflastapp.spec (dist/aflastapp/, or dist/aflastapp.app on macOS),
4. Linux: adds share/ (the .desktop file, AppStream metainfo, hicolor icons) and install.sh,
5. smoke-tests the BUILT app in a throw-away home and data folder, offscreen, with a keyring backend
   that stores nothing (the real keychain is never touched): ``--version``; ``gui --smoke`` with no
   diary (the first-start wizard); ``init`` in password mode; ``demo``; ``preview --json``; a nights
   report PDF; ``gui --smoke`` on the demo diary (main window and dashboard). Any non-zero exit or
   unexpected stderr fails the build,
6. prints the size of the built folder and fails above 170 MB; prints the time taken.
Linux: fails when a desktop-session library (GTK, glib, X11, fontconfig, systemd, ... see
bundle_plan.SYSTEM_LIBRARY_EXCLUDES) is in _internal/, and lists the system libraries it did bundle.

Only needs uv (PyInstaller is a dev dependency). CI runs it after the tests.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
DIST = REPO / "dist"
WORK = REPO / "build" / "pyinstaller"
ICONS = REPO / "build" / "icons"
MAX_MB = 170
SMOKE_TIMEOUT = 180  # seconds per command; a cold start of a frozen Qt app on a slow CI box

# stderr lines that are not problems: Qt's offscreen platform cannot do everything a real screen can.
ALLOWED_STDERR = [
    re.compile(r"^This plugin does not support (propagateSizeHints|raise|grabbing|setting window opacity)"),
    re.compile(r"^QStandardPaths: XDG_RUNTIME_DIR not set"),
    re.compile(r"^qt\.qpa\.(fonts|plugin|xcb)"),
    re.compile(r"^(Warning: )?QFont::"),
]


class BuildError(RuntimeError):
    pass


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_aflastapp_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def app_version() -> str:
    text = (REPO / "aflastapp" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not m:
        raise BuildError("aflastapp/__init__.py has no __version__")
    return m.group(1)


def bundle_dir() -> Path:
    """The folder the size limit applies to (what an installer ships)."""
    return DIST / "aflastapp.app" if sys.platform == "darwin" else DIST / "aflastapp"


def executable() -> Path:
    """The console executable to smoke-test."""
    if sys.platform == "win32":
        return DIST / "aflastapp" / "aflastapp-cli.exe"
    if sys.platform == "darwin":
        return DIST / "aflastapp.app" / "Contents" / "MacOS" / "aflastapp"
    return DIST / "aflastapp" / "aflastapp"


def folder_size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def run_pyinstaller(clean: bool) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(PACKAGING / "aflastapp.spec")]
    if clean:
        cmd.insert(3, "--clean")
    env = dict(os.environ, AFLASTAPP_ICON_DIR=str(ICONS))
    print("$", " ".join(cmd), flush=True)
    if subprocess.run(cmd, cwd=REPO, env=env).returncode != 0:
        raise BuildError("PyInstaller failed")


def add_linux_share(version: str) -> None:
    """share/ in freedesktop layout + install.sh, so the folder installs per user without root."""
    app = DIST / "aflastapp"
    share = app / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(REPO / "resources" / "linux" / "dk.aflastapp.desktop", share / "applications")
    shutil.copy2(REPO / "resources" / "linux" / "dk.aflastapp.app.metainfo.xml", share / "metainfo")
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor")
    install = app / "install.sh"
    shutil.copy2(PACKAGING / "linux" / "install.sh", install)
    install.chmod(0o755)
    (app / "VERSION").write_text(version + "\n", encoding="utf-8")


def check_hermetic(app: Path) -> None:
    """Linux: no library a desktop session provides may be in the bundle (it breaks on other systems)."""
    internal = app / "_internal"
    if not internal.is_dir():
        raise BuildError(f"no _internal/ folder in {app}")
    plan = _load("bundle_plan")
    bad = plan.hermetic_violations(internal)
    if bad:
        raise BuildError("desktop-session libraries in the bundle (add them to "
                         "bundle_plan.SYSTEM_LIBRARY_EXCLUDES' filter or find what pulls them in):\n  "
                         + "\n  ".join(bad))
    missing = plan.missing_required_libraries(internal)
    if missing:
        raise BuildError("the bundle lacks libraries Qt's X11 plugin needs and a stock distribution may "
                         f"not have: {', '.join(missing)}. Install them on the build machine "
                         f"(apt-get install {' '.join(sorted(set(missing.values())))}) and build again.")
    report = WORK / "aflastapp" / "system-libraries.txt"
    if report.exists():
        bundled = [ln.split()[1] for ln in report.read_text(encoding="utf-8").splitlines()
                   if ln.startswith("bundled")]
        print(f"hermetic: no desktop-session library in _internal/; system libraries bundled: "
              f"{', '.join(bundled) or 'none'} (all of them: {report})", flush=True)


def make_archive(version: str) -> Path:
    import platform

    arch = platform.machine().lower() or "unknown"
    plat = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    out = DIST / f"aflastapp-{version}-{plat}-{arch}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle_dir(), arcname=bundle_dir().name)
    return out


# --------------------------------------------------------------------------- smoke test


def smoke_env(tmp: Path) -> dict[str, str]:
    """A clean environment: temp home/data, offscreen Qt, a keyring that stores nothing."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL", "TZ")
    env = {k: v for k, v in os.environ.items() if k in keep}
    home = tmp / "home"
    for sub in ("", ".local/share", ".config", ".cache", "AppData/Local", "AppData/Roaming"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update({
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        # keyring's own "null" backend: nothing is read from or written to any real keychain.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "AFLASTAPP_DATA_DIR": str(tmp / "default-data"),
        # a UTF-8 locale every system has (Qt warns on stderr under the "C" locale)
        "LANG": "en_US.UTF-8" if sys.platform == "darwin" else "C.UTF-8",
        "LC_ALL": "en_US.UTF-8" if sys.platform == "darwin" else "C.UTF-8",
    })
    return env


def unexpected_stderr(stderr: str) -> list[str]:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    return [ln for ln in lines if not any(p.search(ln) for p in ALLOWED_STDERR)]


def run_app(exe: Path, args: list[str], env: dict[str, str], label: str) -> str:
    start = time.perf_counter()
    try:
        proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=SMOKE_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        raise BuildError(f"smoke '{label}': no exit after {SMOKE_TIMEOUT} s") from e
    took = time.perf_counter() - start
    bad = unexpected_stderr(proc.stderr)
    status = "ok" if proc.returncode == 0 and not bad else "FAILED"
    print(f"  smoke {label:<28} exit {proc.returncode}  {took:5.1f} s  {status}", flush=True)
    if proc.returncode != 0 or bad:
        raise BuildError(f"smoke '{label}' ({' '.join(args)}): exit {proc.returncode}\n"
                         f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
    return proc.stdout


def previous_month(today: date) -> str:
    y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{y:04d}-{m:02d}"


def smoke(exe: Path, version: str, keep: bool) -> None:
    """Run the built app; every independent check runs, all failures are reported together."""
    if not exe.exists():
        raise BuildError(f"built executable missing: {exe}")
    tmp = Path(tempfile.mkdtemp(prefix="aflastapp-smoke-"))
    failures: list[str] = []
    try:
        env = smoke_env(tmp)
        try:
            out = run_app(exe, ["--version"], env, "--version")
            if version not in out.split():
                raise BuildError(f"--version printed {out.strip()!r}, expected the version {version}")
        except BuildError as e:
            failures.append(str(e))
        try:
            run_app(exe, ["--data-dir", str(tmp / "empty-data"), "gui", "--smoke"], env,
                    "gui --smoke (wizard)")
        except BuildError as e:
            failures.append(str(e))
        try:
            smoke_diary(exe, env, tmp)
        except BuildError as e:
            failures.append(str(e))
    finally:
        if keep:
            print(f"  smoke folder kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        raise BuildError("\n\n".join(failures))


def smoke_diary(exe: Path, env: dict[str, str], tmp: Path) -> None:
    """A password-mode diary through the frozen CLI and GUI: SQLCipher, rules, rates, fonts, Qt."""
    data = tmp / "data"
    pw = tmp / "password.txt"
    pw.write_text("smoke-test-kodeord-123\n", encoding="utf-8")
    base = ["--data-dir", str(data), "--password-file", str(pw)]
    run_app(exe, [*base, "init"], env, "init (password mode)")
    run_app(exe, [*base, "demo", "--years", "1", "--children", "1"], env, "demo")
    month = previous_month(date.today())
    out = run_app(exe, [*base, "preview", "--month", month, "--json"], env, f"preview --month {month}")
    try:
        preview = json.loads(out)
    except ValueError as e:
        raise BuildError(f"preview --json printed no JSON: {out[:500]!r}") from e
    contracts = [c["contract"] for c in preview.get("contracts", [])]
    if not contracts:
        raise BuildError(f"the demo diary has no contract in {month}: preview {preview}")
    pdf = tmp / "nights.pdf"
    run_app(exe, [*base, "report", "nights", "--contract", contracts[0], "--period", month,
                  "--out", str(pdf)], env, "report nights (PDF)")
    if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF-"):
        raise BuildError(f"report nights wrote no PDF at {pdf}")
    run_app(exe, [*base, "gui", "--smoke"], env, "gui --smoke (dashboard)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="only smoke-test an existing build")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true",
                        help="also write dist/aflastapp-VERSION-OS-ARCH.tar.gz")
    parser.add_argument("--keep-smoke-dir", action="store_true", help="keep the smoke test's temp folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    version = app_version()
    try:
        if not args.skip_build:
            print(f"aflastapp {version}: rendering icons", flush=True)
            _load("icons").generate(ICONS)
            if _load("licenses").main(["--check"]) != 0:
                raise BuildError("THIRD_PARTY_LICENSES.md is stale")
            run_pyinstaller(clean=args.clean)
            if sys.platform.startswith("linux"):
                add_linux_share(version)
        if sys.platform.startswith("linux"):
            check_hermetic(bundle_dir())
        build_s = time.perf_counter() - started
        if not bundle_dir().is_dir():
            raise BuildError(f"no built app at {bundle_dir()}")
        size = folder_size(bundle_dir())
        size_mb = size / 1_000_000
        print(f"built folder: {bundle_dir()}  size {size_mb:.1f} MB = {size / 2**20:.1f} MiB "
              f"(limit {MAX_MB} MB)", flush=True)
        print("smoke test of the built app:", flush=True)
        try:
            smoke(executable(), version, args.keep_smoke_dir)
        finally:
            total_s = time.perf_counter() - started
            print(f"time: build {build_s:.0f} s, total with smoke test {total_s:.0f} s", flush=True)
        if size_mb > MAX_MB:
            raise BuildError(f"the built folder is {size_mb:.1f} MB, over the {MAX_MB} MB limit")
        if args.archive:
            print(f"archive: {make_archive(version)}")
    except BuildError as e:
        print(f"BUILD FAILED: {e}", file=sys.stderr)
        return 1
    print("BUILD OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
