"""Starting the app: smoke mode (with and without a diary) and the Qt first-start wizard end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from aflastapp.gui.context import AppContext
from aflastapp.gui.wizard import SetupWizardDialog
from aflastapp.services import children, contracts, family
from aflastapp.services import session as session_service

ROOT = Path(__file__).resolve().parents[2]


def _run_smoke(data_dir: Path, extra_env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **(extra_env or {}))
    code = ("import sys; from aflastapp.gui.app import run; "
            f"sys.exit(run({{'smoke': True, 'data_dir': {str(data_dir)!r}}}))")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_smoke_without_a_diary_shows_the_wizard_and_exits_0(data_dir: Path) -> None:
    result = _run_smoke(data_dir)
    assert result.returncode == 0, result.stderr
    assert not session_service.exists(data_dir), "smoke mode never creates a diary"


def test_smoke_with_a_keychain_diary_opens_the_dashboard_and_exits_0(data_dir: Path) -> None:
    # The subprocess uses the file keyring from conftest's environment.
    code = ("from aflastapp.services import session; from datetime import date; "
            "from aflastapp.services import children, contracts; "
            f"s, _ = session.setup({str(data_dir)!r}); "
            "c = children.add_child(s, 'Emma', date(2016, 5, 1)); "
            "contracts.add_contract(s, c.id, 'slagelse', date(2025, 1, 1), vederlag_count=7); "
            "session.lock(s)")
    subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True,
                   timeout=120)
    result = _run_smoke(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "gui.ini").exists(), "window layout is kept in the data folder"


def test_qt_wizard_creates_the_diary_and_opens_it(qtbot: Any, data_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    wizard = SetupWizardDialog(ctx)
    qtbot.addWidget(wizard)
    opened: list[object] = []
    wizard.opened.connect(opened.append)
    wizard.show()
    assert wizard.currentPage() is wizard.welcome
    wizard.next()
    # An empty family page is refused with the fields named; the diary is not created.
    wizard.next()
    assert wizard.currentPage() is wizard.family
    assert "Familiens navn mangler" in wizard.family.error.text()
    wizard.family.name.setText("Familien Jensen")
    wizard.family.address.setText("Skovvej 3, 4200 Slagelse")
    wizard.next()
    assert wizard.currentPage() is wizard.child
    wizard.child.name.setText("Emma")
    wizard.child.birth.setDate(wizard.child.birth.date().fromString("2016-05-02", "yyyy-MM-dd"))
    wizard.child.municipality.setCurrentIndex(wizard.child.municipality.findData("nyborg"))
    wizard.child.vederlag.setValue(6)
    wizard.next()
    assert wizard.currentPage() is wizard.security
    wizard.security.password_mode.setChecked(True)
    wizard.security.password.setText("hemmeligt kodeord")
    wizard.security.repeat.setText("hemmeligt kodeord")
    assert not session_service.exists(data_dir)
    wizard.next()  # commit page: the diary is created here, by an op off the GUI thread
    assert wizard.currentPage() is wizard.security, "the page waits for the op"
    assert ctx.op_log[-1].name == "wizard.create"
    ctx.wait_for_ops()
    assert ctx.op_log[-1].off_gui_thread
    assert wizard.currentPage() is wizard.recovery
    assert session_service.exists(data_dir)
    key = wizard.recovery.key.text()
    assert len(key) > 20
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "the sheet must be confirmed"
    sheet = data_dir.parent / "sheet.pdf"
    assert wizard.recovery.save_to(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    wizard.recovery.confirm.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    # The last page finishes ("Kom i gang"); it never leads on to the restore page.
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text().replace("&", "") == "Kom i gang"
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    finish.click()
    assert opened == [None]
    s = ctx.session
    assert s is not None
    assert family.get_family(s).name == "Familien Jensen"
    assert [c.name for c in children.list_children(s)] == ["Emma"]
    [contract] = contracts.list_contracts(s)
    assert (contract.municipality, contract.vederlag_count) == ("nyborg", 6)
    ctx.lock()
    assert session_service.key_mode(data_dir) == "password"
    session_service.lock(session_service.unlock(data_dir, password="hemmeligt kodeord"))
