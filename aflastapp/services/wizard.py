"""The first-start wizard, without any UI: steps, validation of each step, and the final set-up.

The Qt wizard (``gui/wizard.py``) and tests drive the same object, Electrum-style:

    w = SetupWizard(data_dir)
    w.set_family("Familien Jensen", "Vejen 1, 4200 Slagelse")        # ValidationError if bad
    w.set_child("Emma", date(2015, 3, 1), "slagelse", 7, date(2026, 1, 1))
    w.set_security("password", "et langt kodeord", "et langt kodeord")
    session, recovery_key = w.create()       # the diary exists from here on
    pdf = w.recovery_sheet_pdf()             # print or save it
    w.confirm_recovery_saved(True)
    w.finish()

Each ``set_*`` validates everything of its step at once (every problem names its field, in
Danish) and nothing is written before ``create()``; ``create()`` checks every step again first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.services.validation import MAX_SHORT_TEXT, Problems

if TYPE_CHECKING:
    from aflastapp.services.session import Session

OTHER_MUNICIPALITY = "generic"  # "anden kommune": the generic rule set
DEMO_FOLDER = "demo"
DEMO_PASSWORD = "demo-aflastapp"  # the demo diary holds only made-up data

class Step(StrEnum):
    FAMILY = "family"
    CHILD = "child"
    SECURITY = "security"
    RECOVERY = "recovery"
    DONE = "done"


STEPS: tuple[Step, ...] = tuple(Step)


@dataclass(frozen=True, slots=True)
class FamilyAnswers:
    name: str
    address: str
    car_registration: str = ""


@dataclass(frozen=True, slots=True)
class ChildAnswers:
    name: str
    birth_date: date
    municipality: str
    vederlag_count: int | None  # None = not given: the municipality's usual number (assumed)
    start: date


@dataclass(frozen=True, slots=True)
class SecurityAnswers:
    mode: str  # "keychain" | "password"
    password: str | None = None


def municipalities() -> list[tuple[str, str]]:
    """(rule-set id, name) for the list in the wizard: the shipped rule sets, then "Anden kommune"."""
    from aflastapp.services.contracts import known_municipalities

    known = known_municipalities()
    out = sorted(((i, n) for i, n in known.items() if i != OTHER_MUNICIPALITY), key=lambda x: x[1])
    out.append((OTHER_MUNICIPALITY, "Anden kommune"))
    return out


class SetupWizard:
    """State of one run of the first-start wizard."""

    def __init__(self, data_dir: Path | None = None, *, today: date | None = None) -> None:
        self.data_dir = data_dir
        self.today = today or date.today()
        self.family: FamilyAnswers | None = None
        self.child: ChildAnswers | None = None
        self.security: SecurityAnswers | None = None
        self.session: Any = None
        self.recovery_key: str | None = None
        self.recovery_saved = False
        self.step = Step.FAMILY

    # ------------------------------------------------------------------ steps

    def set_family(self, name: str, address: str, car_registration: str = "") -> FamilyAnswers:
        p = Problems()
        n = p.text("name", name, "Familiens navn", required=True, max_len=MAX_SHORT_TEXT)
        a = p.text("address", address, "Adresse", required=True, max_len=MAX_SHORT_TEXT)
        c = p.text("car_registration", car_registration, "Bilens registreringsnummer", max_len=20)
        p.raise_if_any()
        self.family = FamilyAnswers(n.strip(), a.strip(), c.strip().upper())
        self.step = Step.CHILD
        return self.family

    def set_child(self, name: str, birth_date: date | str | None, municipality: str,
                  vederlag_count: int | str | None, start: date | str | None) -> ChildAnswers:
        p = Problems()
        n = p.text("name", name, "Barnets navn", required=True, max_len=MAX_SHORT_TEXT)
        bd = p.date("birth_date", birth_date, "Fødselsdato")
        if bd is not None and bd > self.today:
            p.add("birth_date", "problem.birth_in_future")
        known = dict(municipalities())
        if municipality not in known:
            p.add("municipality", "problem.choose_municipality")
        given = not (vederlag_count is None
                     or (isinstance(vederlag_count, str) and not vederlag_count.strip()))
        vc = (p.integer("vederlag_count", vederlag_count, "Antal vederlag", minimum=0, maximum=30)
              if given else None)
        st = p.date("start", start, "Aftalens startdato")
        if bd is not None and st is not None and st < bd:
            p.add("start", "problem.start_before_birth")
        p.raise_if_any()
        assert bd is not None and (vc is not None or not given) and st is not None
        self.child = ChildAnswers(n.strip(), bd, municipality, vc, st)
        self.step = Step.SECURITY
        return self.child

    def set_security(self, mode: str, password: str | None = None,
                     repeat: str | None = None) -> SecurityAnswers:
        p = Problems()
        if mode == "keychain":
            answers = SecurityAnswers("keychain")
        elif mode == "password":
            from aflastapp.services.security import check_new_password

            pw = password or ""
            try:
                check_new_password(pw, "password")
            except ValidationError as e:
                p.extend(e.problems)
            else:
                if pw != (repeat or ""):
                    p.add("repeat", "problem.passwords_differ")
            answers = SecurityAnswers("password", pw)
        else:
            p.add("mode", "problem.choose_mode")
            answers = SecurityAnswers(mode)
        p.raise_if_any()
        self.security = answers
        return answers

    def back(self) -> Step:
        """One step back; not past the point where the diary was created."""
        i = STEPS.index(self.step)
        if self.session is not None or i == 0:
            return self.step
        self.step = STEPS[i - 1]
        return self.step

    # ------------------------------------------------------------------ create

    def create(self) -> tuple[Any, str]:
        """Create the encrypted diary and write the family, the child and the contract.

        Every answer is checked again before anything is written. The keychain entry and the
        file are created by ``session.setup``; the three rows follow, each its own service call.
        """
        from aflastapp.services import contracts, family, settings
        from aflastapp.services import session as session_service

        missing = [problem(f, "problem.step_missing") for f, v in
                   (("family", self.family), ("child", self.child), ("security", self.security)) if v is None]
        if missing:
            raise ValidationError(missing)
        if self.session is not None:
            raise ValidationError(problem("security", "problem.diary_created"))
        assert self.family is not None and self.child is not None and self.security is not None
        s, key = session_service.setup(self.data_dir, password=self.security.password)
        self.session, self.recovery_key = s, key
        family.set_family(s, name=self.family.name, address=self.family.address,
                          car_registration=self.family.car_registration)
        contracts.add_child_with_contract(s, self.child.name, self.child.birth_date,
                                          municipality=self.child.municipality, start=self.child.start,
                                          vederlag_count=self.child.vederlag_count)
        settings.set_preference(s, RECOVERY_CONFIRMED, False)  # the Overblik reminds until confirmed
        self.step = Step.RECOVERY
        return s, key

    def recovery_sheet_pdf(self) -> bytes:
        """The one-page recovery sheet (the recovery key) as PDF bytes, to print or save."""
        from aflastapp.services import security

        if self.session is None:
            raise ValidationError(problem("recovery", "problem.diary_not_created"))
        pdf: bytes = security.recovery_sheet_pdf(self.session)
        return pdf

    def confirm_recovery_saved(self, saved: bool) -> None:
        if self.session is None:
            raise ValidationError(problem("recovery", "problem.diary_not_created"))
        if not saved:
            raise ValidationError(problem("recovery", "problem.confirm_sheet"))
        self.recovery_saved = True
        confirm_recovery_sheet(self.session)
        self.step = Step.DONE

    def finish(self) -> Any:
        """The open session, once the recovery sheet is confirmed."""
        if self.step != Step.DONE:
            raise ValidationError(problem("recovery", "problem.confirm_sheet_first"))
        return self.session


def backup_accepts(backup: str | Path | None) -> tuple[str, ...]:
    """What opens the backup file: ``"password"`` (it was made in password mode), ``"keychain"``
    (this computer's keychain has its key), ``"recovery_key"`` (always)."""
    from aflastapp.services import backups

    if not backup or not str(backup).strip() or not Path(backup).is_file():
        return ("recovery_key",)
    return backups.accepts(backup)


RECOVERY_CONFIRMED = "recovery_sheet_confirmed"


def recovery_sheet_confirmed(s: Session) -> bool:
    """False while the family has not confirmed that the recovery sheet is printed or saved
    (the wizard was left before that step). Diaries from before this question count as confirmed."""
    from aflastapp.services import settings

    return bool(settings.get_preference(s, RECOVERY_CONFIRMED, True))


def confirm_recovery_sheet(s: Session) -> None:
    """The family has printed or saved the recovery sheet: no more reminders."""
    from aflastapp.services import settings

    settings.set_preference(s, RECOVERY_CONFIRMED, True)


def restore_from_backup(data_dir: Path | None, backup: str | Path | None, recovery_key: str,
                        mode: str = "keychain", password: str | None = None,
                        repeat: str | None = None, backup_password: str | None = None) -> Any:
    """First start on a new computer: open a backup with the recovery key, or with the password
    that was in force when a password-mode backup was made (``backup_password``); the open Session.

    Every answer is checked first (each problem names its field, in Danish): the backup file, the
    recovery key's spelling, and in password mode the new password twice. Then
    ``backups.restore`` verifies the backup and puts it in place: a wrong key raises
    ``WrongKeyError``, a damaged backup ``DamagedDatabaseError``; in both cases nothing is written.
    Keychain mode stores the key in this computer's keychain (``NoKeychainError`` if there is none).
    """
    from aflastapp.services import backups
    from aflastapp.services import session as session_service
    from aflastapp.storage import keys
    from aflastapp.storage.errors import RecoveryKeyFormatError

    p = Problems()
    source = Path(backup) if backup else None
    if source is None or not str(backup).strip():
        p.add("backup", "problem.choose_backup")
    elif not source.is_file():
        p.add("backup", "problem.backup_missing", name=source.name)
    if recovery_key or not backup_password:
        try:
            keys.decode_recovery_key(recovery_key or "")
        except RecoveryKeyFormatError as e:
            p.add("recovery_key", str(e))
    pw: str | None = None
    if mode == "password":
        from aflastapp.services.security import check_new_password

        pw = password or ""
        try:
            check_new_password(pw, "password")
        except ValidationError as e:
            p.extend(e.problems)
        else:
            if pw != (repeat or ""):
                p.add("repeat", "problem.passwords_differ")
    elif mode != "keychain":
        p.add("mode", "problem.choose_mode")
    if data_dir is not None and session_service.exists(data_dir):
        p.add("backup", "problem.diary_here")
    p.raise_if_any()
    assert source is not None
    return backups.restore(data_dir, source, recovery_key=recovery_key or None, password=pw,
                           backup_password=backup_password or None)


def demo_dir(data_dir: Path | None = None) -> Path:
    """Where the demo diary lives: a folder of its own, never mixed with the family's diary."""
    from aflastapp.storage import paths

    return paths.data_dir(data_dir) / DEMO_FOLDER


def is_demo(data_dir: Path | None) -> bool:
    return data_dir is not None and Path(data_dir).name == DEMO_FOLDER


def open_demo(data_dir: Path | None = None, *, years: int = 2, children: int = 2) -> Any:
    """Open the demo diary under ``data_dir`` (made on first use with made-up data); a Session.

    It is keyed with a fixed password (it holds nothing personal), so it needs no keychain.
    """
    from aflastapp.services import portable
    from aflastapp.services import session as session_service

    folder = demo_dir(data_dir)
    if session_service.exists(folder):
        return session_service.unlock(folder, password=DEMO_PASSWORD)
    folder.mkdir(parents=True, exist_ok=True)
    s, _key = session_service.setup(folder, password=DEMO_PASSWORD)
    portable.make_demo(s, years, children)
    return s


def resolve_data_dir(override: Path | str | None = None) -> Path:
    """The data folder in use (``--data-dir`` / AFLASTAPP_DATA_DIR / the platform's user data dir)."""
    from aflastapp.storage import paths

    return paths.data_dir(override)


def key_mode(data_dir: Path | None) -> str | None:
    """How the diary in ``data_dir`` is keyed: "keychain", "password", or None when there is none."""
    from aflastapp.services import session

    mode = session.key_mode(data_dir)
    return None if mode is None else str(mode)
