"""The UI-agnostic first-start wizard, driven like the Qt wizard drives it (no Qt here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.services import children, contracts, family
from aflastapp.services import session as session_service
from aflastapp.services import wizard as ws
from aflastapp.storage.errors import WrongKeyError


def fields(e: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in e.value.problems}


def test_municipalities_lists_the_shipped_rule_sets_and_other_last() -> None:
    ids = [i for i, _ in ws.municipalities()]
    assert {"slagelse", "randers", "nyborg", "haderslev", "morsoe"} <= set(ids)
    assert ids[-1] == ws.OTHER_MUNICIPALITY
    assert ids.count(ws.OTHER_MUNICIPALITY) == 1


def test_each_step_names_every_bad_field_and_writes_nothing(data_dir: Path) -> None:
    w = ws.SetupWizard(data_dir, today=date(2026, 3, 1))
    with pytest.raises(ValidationError) as e:
        w.set_family("  ", "")
    assert fields(e) == {"name", "address"}
    w.set_family("Familien Jensen", "Skovvej 3, 4200 Slagelse", "ab 12 345")
    with pytest.raises(ValidationError) as e:
        w.set_child("", date(2030, 1, 1), "atlantis", 99, None)
    assert fields(e) == {"name", "birth_date", "municipality", "vederlag_count", "start"}
    w.set_child("Emma", date(2016, 5, 2), "slagelse", 7, date(2026, 1, 1))
    with pytest.raises(ValidationError) as e:
        w.set_security("password", "kort", "kort")
    assert fields(e) == {"password"}
    with pytest.raises(ValidationError) as e:
        w.set_security("password", "et langt kodeord", "et andet kodeord")
    assert fields(e) == {"repeat"}
    assert not session_service.exists(data_dir)


def test_create_writes_family_child_and_contract_then_needs_the_sheet_confirmed(data_dir: Path) -> None:
    w = ws.SetupWizard(data_dir, today=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        w.create()  # no step filled in yet
    w.set_family("Familien Jensen", "Skovvej 3, 4200 Slagelse", "ab 12 345")
    w.set_child("Emma", date(2016, 5, 2), "slagelse", 7, date(2026, 1, 1))
    w.set_security("keychain")
    s, key = w.create()
    assert key and w.step == ws.Step.RECOVERY
    assert family.get_family(s).name == "Familien Jensen"
    assert family.get_family(s).car_registration == "AB 12 345"
    [child] = children.list_children(s)
    assert (child.name, child.birth_date) == ("Emma", date(2016, 5, 2))
    [contract] = contracts.list_contracts(s)
    assert (contract.municipality, contract.vederlag_count) == ("slagelse", 7)
    assert contract.start == date(2026, 1, 1)
    assert w.back() == ws.Step.RECOVERY  # no way back once the diary exists
    pdf = w.recovery_sheet_pdf()
    assert pdf.startswith(b"%PDF")
    with pytest.raises(ValidationError):
        w.finish()
    with pytest.raises(ValidationError):
        w.confirm_recovery_saved(False)
    w.confirm_recovery_saved(True)
    assert w.finish() is s
    session_service.lock(s)
    reopened = session_service.unlock(data_dir)
    assert [c.name for c in children.list_children(reopened)] == ["Emma"]
    session_service.lock(reopened)


def test_password_mode_diary_opens_only_with_the_password(data_dir: Path) -> None:
    w = ws.SetupWizard(data_dir, today=date(2026, 3, 1))
    w.set_family("Familien Hansen", "Byvej 1, 5800 Nyborg")
    w.set_child("Noah", date(2018, 1, 9), ws.OTHER_MUNICIPALITY, 5, date(2026, 2, 1))
    w.set_security("password", "hemmeligt kodeord", "hemmeligt kodeord")
    s, _key = w.create()
    assert contracts.list_contracts(s)[0].municipality == "generic"
    session_service.lock(s)
    assert ws.key_mode(data_dir) == "password"
    with pytest.raises(WrongKeyError, match="Adgangskoden passer ikke til dagbogen"):
        session_service.unlock(data_dir, password="forkert kodeord")
    session_service.lock(session_service.unlock(data_dir, password="hemmeligt kodeord"))


def test_back_goes_one_step_at_a_time_before_the_diary_exists(data_dir: Path) -> None:
    w = ws.SetupWizard(data_dir)
    w.set_family("Familien Jensen", "Skovvej 3")
    assert w.step == ws.Step.CHILD
    assert w.back() == ws.Step.FAMILY
    assert w.back() == ws.Step.FAMILY


def test_restore_from_backup_checks_every_answer_before_touching_anything(tmp_path: Path) -> None:
    from aflastapp.services import backups, security
    from aflastapp.services.wizard import restore_from_backup

    s, _ = session_service.setup(tmp_path / "old")
    key = security.recovery_key_text(s)
    backup = backups.backup_to(s, tmp_path / "kopi.db")
    session_service.lock(s, backup=False)
    new = tmp_path / "new"
    with pytest.raises(ValidationError) as e:
        restore_from_backup(new, tmp_path / "mangler.db", "ABC", "password", "kort", "kort")
    fields = {p.field for p in e.value.problems}
    assert fields == {"backup", "recovery_key", "password"}
    assert not session_service.exists(new)
    restored = restore_from_backup(new, backup, key)
    assert session_service.key_mode(new) == "keychain"
    session_service.lock(restored, backup=False)
    with pytest.raises(ValidationError) as e:  # never over an existing diary from the wizard
        restore_from_backup(new, backup, key)
    assert "allerede en dagbog" in e.value.problems[0].message
