"""Linux: the .desktop entry, the AppStream metainfo and the per-user installer of the bundle."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aflastapp import __version__
from tests.packaging.loader import REPO, load

plan = load("bundle_plan")
LINUX = REPO / "resources" / "linux"
DESKTOP = LINUX / f"{plan.APP_ID}.desktop"
METAINFO = LINUX / f"{plan.APPSTREAM_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    cp.read(DESKTOP, encoding="utf-8")
    assert cp.sections() == ["Desktop Entry"]
    return cp["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    e = desktop_entry()
    assert e["Type"] == "Application"
    assert e["Name"] == "aflastapp"
    assert e["Icon"] == plan.APP_ID  # the hicolor icon name the build installs
    assert e["Exec"].split()[0] == "aflastapp"
    assert e["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert e[key].endswith(";"), f"{key} is a list and must end with ';'"
    assert "Office" in e["Categories"].split(";")
    assert e["Comment"] and e["Comment[en]"]
    assert all(e[k].strip() == e[k] for k in e), "no stray whitespace around values"


def test_metainfo_is_valid_appstream() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == plan.APPSTREAM_ID
    assert root.findtext("metadata_license") == "MIT"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "aflastapp"
    summaries = {s.get(XML_LANG): s.text for s in root.findall("summary")}
    assert summaries[None] and summaries["en"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "aflastapp"
    paragraphs = root.findall("description/p")
    assert any(p.get(XML_LANG) is None for p in paragraphs)
    assert any(p.get(XML_LANG) == "en" for p in paragraphs)
    assert root.find("content_rating") is not None
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert __version__ in releases, "add a <release> for the current version"


def _fake_bundle(tmp_path: Path) -> Path:
    """The layout build.py produces in dist/aflastapp, with a tiny stand-in executable."""
    bundle = tmp_path / "dist" / "aflastapp"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "aflastapp"
    exe.write_text("#!/bin/sh\necho aflastapp 0.0.0\n", encoding="utf-8")
    exe.chmod(0o755)
    share = bundle / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    (share / "applications" / DESKTOP.name).write_bytes(DESKTOP.read_bytes())
    (share / "metainfo" / METAINFO.name).write_bytes(METAINFO.read_bytes())
    icon = share / "icons" / "hicolor" / "48x48" / "apps" / f"{plan.APP_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"png")
    install = bundle / "install.sh"
    install.write_bytes((REPO / "packaging" / "linux" / "install.sh").read_bytes())
    install.chmod(0o755)
    return bundle


def test_install_script_installs_per_user_and_uninstall_keeps_the_diary(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    target = home / ".local" / "opt" / "aflastapp"
    link = home / ".local" / "bin" / "aflastapp"
    assert os.readlink(link) == str(target / "aflastapp")
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout.strip() == "aflastapp 0.0.0"
    installed = (data_home / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f"Exec={target}/aflastapp gui" in installed.splitlines()
    assert (data_home / "metainfo" / METAINFO.name).exists()
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{plan.APP_ID}.png").exists()

    diary = data_home / "aflastapp" / "diary.db"
    diary.parent.mkdir(parents=True)
    diary.write_bytes(b"encrypted")
    out = subprocess.run(["sh", str(target / "install.sh"), "--remove"], env=env, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert not target.exists() and not link.is_symlink()
    assert not (data_home / "applications" / DESKTOP.name).exists()
    assert diary.read_bytes() == b"encrypted", "uninstalling must never delete the diary"
    assert str(data_home / "aflastapp") in out.stdout


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: .ci/run installs it (apt-get install desktop-file-utils appstream)"
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="desktop-file-utils is Linux only; the Linux CI job validates the file")
def test_desktop_file_validate_accepts_the_desktop_entry() -> None:
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and not out.stdout.strip() and not out.stderr.strip(), out.stdout + out.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="appstream exists on Linux only; the metainfo is validated in the Linux CI job")
def test_appstreamcli_validate_pedantic_accepts_the_metainfo() -> None:
    out = subprocess.run([_tool("appstreamcli"), "validate", "--pedantic", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_validators_catch_a_broken_file(tmp_path: Path) -> None:
    """The two tests above can fail: a desktop entry without Name and a metainfo without summary."""
    if not sys.platform.startswith("linux"):
        pytest.skip("desktop-file-utils and appstream exist on Linux only")
    bad_desktop = tmp_path / DESKTOP.name
    bad_desktop.write_text(DESKTOP.read_text(encoding="utf-8").replace("Name=aflastapp\n", ""),
                           encoding="utf-8")
    assert subprocess.run([_tool("desktop-file-validate"), str(bad_desktop)],
                          capture_output=True).returncode != 0
    bad_meta = tmp_path / METAINFO.name
    text = METAINFO.read_text(encoding="utf-8")
    bad_meta.write_text(text.replace("<summary>Krypteret dagbog for aflastningsfamilier</summary>", ""),
                        encoding="utf-8")
    assert subprocess.run([_tool("appstreamcli"), "validate", "--pedantic", "--no-net", str(bad_meta)],
                          capture_output=True).returncode != 0
