"""The Windows installer recipe and the macOS bundle settings say what the families rely on."""

from __future__ import annotations

import plistlib
import re

from tests.packaging.loader import REPO, load

plan = load("bundle_plan")
ISS = (REPO / "packaging" / "windows" / "aflastapp.iss").read_text(encoding="utf-8")


def _section(name: str) -> str:
    m = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    assert m, f"[{name}] missing"
    return m.group(1)


def _setup() -> dict[str, str]:
    out = {}
    for line in _section("Setup").splitlines():
        if "=" in line and not line.lstrip().startswith(";"):
            k, _, v = line.partition("=")
            out[k.strip()] = v.strip()
    return out


def test_windows_install_is_per_user() -> None:
    s = _setup()
    assert s["PrivilegesRequired"] == "lowest"
    assert s["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", s["AppId"])
    assert "PrivilegesRequiredOverridesAllowed" not in s


def test_windows_start_menu_entry_runs_the_windowed_app() -> None:
    icons = _section("Icons")
    entry = r'Name: "\{(autoprograms|userprograms|group)\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"'
    assert re.search(entry, icons)
    assert '#define AppExe "aflastapp.exe"' in ISS
    spec = (REPO / "packaging" / "aflastapp.spec").read_text(encoding="utf-8")
    assert 'name="aflastapp", debug=False, strip=False,\n        upx=False, console=False' in spec


def test_windows_uninstaller_keeps_the_diary_and_says_where() -> None:
    uninstall_delete = _section("UninstallDelete")
    for line in uninstall_delete.splitlines():
        if line.strip() and not line.strip().startswith(";"):
            assert "{localappdata}\\aflastapp" not in line and "{userappdata}" not in line
            assert "{app}" in line
    code = _section("Code")
    assert "{localappdata}\\aflastapp" in code  # platformdirs user_data_dir("aflastapp", appauthor=False)
    assert "usPostUninstall" in code and "MsgBox" in code
    da = re.search(r"^danish\.DiaryKept=(.*)$", ISS, re.M)
    en = re.search(r"^english\.DiaryKept=(.*)$", ISS, re.M)
    assert da and "IKKE slettet" in da.group(1) and "%1" in da.group(1)
    assert en and "%1" in en.group(1)


def test_windows_installer_ships_the_whole_built_folder_and_licence() -> None:
    files = _section("Files")
    assert 'Source: "{#BundleDir}\\*"' in files and "recursesubdirs" in files
    assert '#define BundleDir Root + "\\dist\\aflastapp"' in ISS
    assert _setup()["LicenseFile"] == "{#Root}\\LICENSE"
    assert _setup()["SetupIconFile"] == "{#Root}\\build\\icons\\aflastapp.ico"


def test_the_data_folder_the_installers_name_is_the_apps() -> None:
    paths = (REPO / "aflastapp" / "storage" / "paths.py").read_text(encoding="utf-8")
    assert 'user_data_dir("aflastapp", appauthor=False)' in paths


def test_macos_bundle_settings_and_entitlements() -> None:
    spec = (REPO / "packaging" / "aflastapp.spec").read_text(encoding="utf-8")
    assert 'name="aflastapp.app"' in spec and "aflastapp.icns" in spec
    assert plan.BUNDLE_ID == "dk.aflastapp.app"
    with open(REPO / "packaging" / "macos" / "entitlements.plist", "rb") as f:
        ent = plistlib.load(f)
    assert not any("network" in k for k in ent), "the app never goes online"
    readme = (REPO / "packaging" / "macos" / "README.md").read_text(encoding="utf-8")
    for step in ("codesign", "notarytool", "stapler", "iconutil"):
        assert step in readme
