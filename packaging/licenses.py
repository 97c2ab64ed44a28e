"""Write THIRD_PARTY_LICENSES.md from uv.lock and the installed packages' own licence files.

    uv run python packaging/licenses.py            # rewrite THIRD_PARTY_LICENSES.md
    uv run python packaging/licenses.py --check    # exit 1 if the listed packages/versions are stale

What is listed: every package the installed app ships, i.e. the runtime dependency closure of
``aflastapp`` in ``uv.lock`` on every platform (dev-only tools excluded; ``pip``, which
sqlite-utils declares but the app never imports, excluded from the bundle and from this list),
plus what is not a PyPI package: the Python runtime, Qt (inside the PySide6 wheels), SQLCipher,
SQLite and OpenSSL (statically linked into the sqlcipher3 wheel), the DejaVu fonts and the
PyInstaller bootloader. Licence texts come from each package's dist-info (so regenerate after
``uv lock --upgrade``); texts not shipped in any wheel are kept in ``packaging/licenses/``.
Run it on Linux (the CI platform): a package only used on another platform (pywin32-ctypes on
Windows) is listed with its licence but its text is added only where it is installed.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "THIRD_PARTY_LICENSES.md"
TEXTS = REPO / "packaging" / "licenses"
FONT_LICENCE = REPO / "resources" / "fonts" / "LICENSE"

# Declared by a dependency but never imported by the app, and left out of the bundle by the spec.
NOT_SHIPPED = frozenset({"pip"})

# Licences the metadata does not state as an SPDX expression.
CURATED_LICENCE = {
    "backports-tarfile": "MIT",
    "charset-normalizer": "MIT",
    "click-default-group": "BSD-3-Clause",
    "jaraco-classes": "MIT",
    "pluggy": "MIT",
    "pyside6-essentials": "LGPL-3.0-only (used under the LGPL; also offered under GPL-2.0/GPL-3.0)",
    "pyside6-pdf": "LGPL-3.0-only (used under the LGPL; also offered under GPL-2.0/GPL-3.0)",
    "python-dateutil": "Apache-2.0 AND BSD-3-Clause",
    "pywin32-ctypes": "BSD-3-Clause",
    "reportlab": "BSD-3-Clause",
    "shiboken6": "LGPL-3.0-only (used under the LGPL; also offered under GPL-2.0/GPL-3.0)",
    "six": "MIT",
    "sqlcipher3": "Zlib",
    "sqlite-fts4": "Apache-2.0",
}

PURPOSE = {
    "holidays": "Danish public holidays (working-day deadlines)",
    "icalendar": "writing the deadlines as a calendar file (iCalendar)",
    "jsonschema": "validating the portable import/export file",
    "keyring": "keeping the diary key in the operating system's keychain",
    "pillow": "downscaling receipt photos and removing their EXIF data",
    "platformdirs": "finding the folder the diary is stored in",
    "pypdf": "merging PDF receipts into the expense claim",
    "pyside6-essentials": "the desktop user interface (Qt 6)",
    "pyside6-pdf": "the PDF preview (Qt PDF)",
    "reportlab": "making the PDF documents",
    "sqlcipher3": "the encrypted database (SQLCipher)",
    "sqlite-utils": "working with the database",
    "shiboken6": "Python bindings for Qt",
}


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    platforms: str  # "all" or e.g. "Linux" / "Windows"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    what: str
    text_files: tuple[Path, ...]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked_runtime_packages(lock_path: Path = REPO / "uv.lock") -> list[Package]:
    """The runtime dependency closure of aflastapp in uv.lock, over every platform."""
    lock = tomllib.loads(lock_path.read_text(encoding="utf-8"))
    by_name = {_norm(p["name"]): p for p in lock["package"]}
    root = by_name["aflastapp"]
    markers: dict[str, set[str]] = {}
    stack: list[tuple[str, str]] = [(_norm(d["name"]), d.get("marker", "")) for d in root["dependencies"]]
    while stack:
        name, marker = stack.pop()
        if name in NOT_SHIPPED:
            continue
        seen = markers.setdefault(name, set())
        if marker in seen:
            continue
        seen.add(marker)
        for dep in by_name[name].get("dependencies", []):
            dep_marker = dep.get("marker", "")
            combined = " and ".join(f"({m})" for m in (marker, dep_marker) if m)
            stack.append((_norm(dep["name"]), combined))
    result = []
    for name in sorted(markers):
        result.append(Package(name, by_name[name]["version"], _platforms(markers[name])))
    return result


_PLATFORM_NAMES = {"linux": "Linux", "win32": "Windows", "darwin": "macOS"}


def _platforms(markers: set[str]) -> str:
    """"all", or the platforms the package is installed on (Python-version markers are met: we ship 3.11)."""
    names: set[str] = set()
    for marker in markers:
        found = re.findall(r"sys_platform == '(\w+)'", marker)
        if not found:
            return "all"
        names.update(_PLATFORM_NAMES.get(f, f) for f in found)
    return ", ".join(sorted(names))


def _installed(name: str) -> md.Distribution | None:
    try:
        return md.distribution(name)
    except md.PackageNotFoundError:
        return None


def _licence_of(pkg: Package, dist: md.Distribution | None) -> str:
    if pkg.name in CURATED_LICENCE:
        return CURATED_LICENCE[pkg.name]
    if dist is not None:
        meta = dist.metadata
        if meta.get("License-Expression"):
            return str(meta["License-Expression"])
        lic = (meta.get("License") or "").strip()
        if lic and "\n" not in lic and len(lic) < 60:
            return lic
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License")]
        if classifiers:
            return ", ".join(classifiers)
    raise SystemExit(f"{pkg.name}: licence unknown; add it to CURATED_LICENCE in packaging/licenses.py")


def _licence_files(dist: md.Distribution) -> list[Path]:
    files = []
    for f in dist.files or []:
        parts = [p.lower() for p in Path(str(f)).parts]
        if not parts[0].endswith(".dist-info"):
            continue
        if "licenses" in parts or re.match(r"(licen[cs]e|copying|notice|authors)", parts[-1]):
            files.append(Path(str(dist.locate_file(f))))
    return sorted(set(files))


def _homepage(dist: md.Distribution | None) -> str:
    if dist is None:
        return ""
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    urls = meta.get_all("Project-URL") or []
    for key in ("homepage", "source", "repository", "documentation"):
        for url in urls:
            label, _, value = url.partition(",")
            if label.strip().lower() == key:
                return value.strip()
    return ""


def _pyinstaller_licence() -> tuple[Path, ...]:
    dist = _installed("pyinstaller")
    return tuple(_licence_files(dist)) if dist else ()


def other_components() -> list[Component]:
    """What the bundle ships that is not a Python package from uv.lock."""
    return [
        Component("Python", f"{sys.version_info.major}.{sys.version_info.minor}", "PSF-2.0",
                  "the Python runtime inside the app", (TEXTS / "Python.txt",)),
        Component("Qt 6 (inside the PySide6 wheels)", md.version("pyside6-essentials"), "LGPL-3.0-only",
                  "user interface libraries; shipped as separate shared libraries in the app folder, so they "
                  "can be replaced. Source: https://download.qt.io/official_releases/qt/ . "
                  "Qt's own third-party components: https://doc.qt.io/qt-6/licenses-used-in-qt.html",
                  (TEXTS / "LGPL-3.0.txt", TEXTS / "GPL-3.0.txt")),
        Component("SQLCipher (inside sqlcipher3)", "4", "BSD-3-Clause", "the database encryption",
                  (TEXTS / "SQLCipher.txt",)),
        Component("SQLite (inside sqlcipher3)", "3", "blessing (public domain)", "the database engine",
                  (TEXTS / "SQLite.txt",)),
        Component("OpenSSL libcrypto (statically linked into sqlcipher3)", "3", "Apache-2.0",
                  "the cryptography SQLCipher uses", (TEXTS / "Apache-2.0.txt",)),
        Component("DejaVu fonts", "2.37", "Bitstream Vera Fonts licence + public domain (DejaVu changes)",
                  "the fonts in the PDF documents", (FONT_LICENCE,)),
        Component("PyInstaller bootloader", md.version("pyinstaller"),
                  "GPL-2.0-or-later WITH Bootloader-exception",
                  "starts the app; the exception allows shipping it with any program",
                  _pyinstaller_licence()),
    ]


def _fence(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}text\n{text.rstrip()}\n{fence}"


def render() -> str:
    packages = locked_runtime_packages()
    lines = [
        "# Third-party licences",
        "",
        "aflastapp itself is released under the MIT licence (see `LICENSE`). The installed app also contains",
        "the software listed below, each under its own licence. This file is generated by",
        "`packaging/licenses.py` from `uv.lock` and the packages' own licence files; do not edit it by hand.",
        "",
        "## Python packages",
        "",
        "| package | version | licence | used for | platforms |",
        "|---|---|---|---|---|",
    ]
    texts: list[tuple[str, list[Path], str]] = []
    for pkg in packages:
        dist = _installed(pkg.name)
        licence = _licence_of(pkg, dist)
        lines.append(f"| {pkg.name} | {pkg.version} | {licence} | {PURPOSE.get(pkg.name, 'dependency')} "
                     f"| {pkg.platforms} |")
        files = _licence_files(dist) if dist is not None and _norm(dist.metadata["Name"]) == pkg.name else []
        note = _homepage(dist)
        if not files:
            note = (f"{note} — licence text not bundled in the package's metadata on this build machine; "
                    f"see the package's source distribution").strip(" —")
        texts.append((f"{pkg.name} {pkg.version} — {licence}", files, note))
    lines += ["", "## Other components", "",
              "| component | version | licence | used for |", "|---|---|---|---|"]
    others = other_components()
    for c in others:
        lines.append(f"| {c.name} | {c.version} | {c.licence} | {c.what} |")
        texts.append((f"{c.name} — {c.licence}", list(c.text_files), ""))
    lines += ["", "## Licence texts", ""]
    for title, files, note in texts:
        lines += [f"### {title}", ""]
        if note:
            lines += [note, ""]
        for f in files:
            body = f.read_text(encoding="utf-8", errors="replace")
            lines += [f"`{f.name}`:", "", _fence(body), ""]
    return "\n".join(lines).rstrip() + "\n"


def listed_packages(text: str) -> set[tuple[str, str]]:
    """(name, version) of every row in the Python packages table of a generated file."""
    section = text.split("## Python packages", 1)[1].split("## Other components", 1)[0]
    rows = set()
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] not in ("package", "") and not cells[0].startswith("---"):
            rows.add((cells[0], cells[1]))
    return rows


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        want = {(p.name, p.version) for p in locked_runtime_packages()}
        have = listed_packages(OUT.read_text(encoding="utf-8")) if OUT.exists() else set()
        if want != have:
            print(f"{OUT.name} is stale: missing {sorted(want - have)}, extra {sorted(have - want)}; "
                  "run: uv run python packaging/licenses.py", file=sys.stderr)
            return 1
        return 0
    if argv:
        print("brug: python packaging/licenses.py [--check]", file=sys.stderr)
        return 2
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
