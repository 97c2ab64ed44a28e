"""How the diary is protected: change password, switch between keychain and password mode,
the recovery key and the recovery sheet.

The database is keyed with its data key and never rekeyed: a password change or a mode switch
rewrites only the slot file ``diary.keys`` (atomically: temp file, fsync, rename, fsync the
folder), and says "done" only after the new slot has been read back from disk and has opened the
diary. Killed at any moment, the diary opens with the old secret or the new one."""

from __future__ import annotations

from aflastapp.core.errors import ValidationError
from aflastapp.core.messages import problem
from aflastapp.services.session import Session
from aflastapp.storage import keys, paths, slots
from aflastapp.storage.db import _probe
from aflastapp.storage.errors import ReadOnlyDiaryError, StorageError, WrongKeyError, resource_error
from aflastapp.storage.slots import Slots

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "PASSWORD_MODE_WARNING",
    "change_password",
    "check_new_password",
    "recovery_key_text",
    "recovery_sheet_pdf",
    "switch_to_keychain",
    "switch_to_password",
]

MIN_PASSWORD_LENGTH = 8

# Shown before the family chooses password mode.
PASSWORD_MODE_WARNING = (
    "Med en adgangskode skal dagbogen låses op med den hver gang – også på denne computer. "
    "Glemmer I adgangskoden, kan ingen åbne dagbogen med den, heller ikke os. "
    "Så kan I kun komme videre med gendannelsesnøglen fra jeres gendannelsesark: den åbner "
    "dagbogen og alle sikkerhedskopierne. Har I hverken adgangskoden eller gendannelsesnøglen, er "
    "dagbogen tabt. "
    "Skriv adgangskoden ned et sikkert sted, og gem gendannelsesarket."
)


def check_new_password(password: str, field: str = "adgangskode") -> None:
    """A new password must have at least 8 characters and not only spaces."""
    if not isinstance(password, str) or not password.strip():
        raise ValidationError(problem(field, "problem.password_empty"))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(problem(field, "problem.password_short", length=MIN_PASSWORD_LENGTH))


def _reopen_through(s: Session, new: Slots, *, password: str | None) -> None:
    """Read ``diary.keys`` back from disk and reach the data key through the new slot (the
    password, or the keychain), then open the diary file with it (read-only). Only then is the
    change reported as done."""
    on_disk = slots.read(s.data_dir)
    if on_disk != new:
        raise StorageError(
            f"Nøglefilen i {s.data_dir} blev ikke gemt rigtigt; prøv igen. Dagbogen er ikke ændret."
        )
    if password is not None:
        key = on_disk.key_from_password(password)
    else:
        key = keys.read_key(on_disk.id)
        if not on_disk.matches(key):
            key = None
    if key != s.diary.raw_key:
        raise StorageError("Den nye nøgle kunne ikke bekræftes; prøv igen.")
    try:
        _probe(s.diary.path, raw_key=key, password=None, check=False)
    except WrongKeyError as e:  # pragma: no cover - the key was checked above
        raise StorageError("Dagbogen kunne ikke åbnes med den nye nøgle; prøv igen.") from e


def _write(s: Session, new: Slots, doing: str) -> None:
    if s.diary.readonly is not None:
        raise ReadOnlyDiaryError(s.diary.readonly)
    try:
        slots.write(s.data_dir, new)
    except OSError as e:
        problem = resource_error(e, s.data_dir, doing)
        if problem is not None:
            raise problem from e
        raise


def change_password(s: Session, old_password: str, new_password: str) -> None:
    """Password mode: a new password slot for the same data key. Only ``diary.keys`` is rewritten
    (atomically); the database is not touched. Returns after reopening through the new slot."""
    if s.mode != "password":
        raise ValidationError(
            problem("adgangskode", "problem.not_password_mode")
        )
    if s.diary.slots.key_from_password(old_password) != s.diary.raw_key:
        raise ValidationError(problem("nuværende adgangskode", "problem.wrong_password"))
    check_new_password(new_password, "ny adgangskode")
    new = slots.new_password_slots(s.diary.id, s.diary.raw_key, new_password)
    _write(s, new, "Adgangskoden er ikke ændret; den gamle gælder stadig.")
    _reopen_through(s, new, password=new_password)
    s.diary.slots = new


def switch_to_password(s: Session, password: str) -> None:
    """Keychain → password mode: ``diary.keys`` gets a password slot instead of the keychain slot;
    after reopening through it, the key is removed from the keychain (so the laptop alone no
    longer opens the diary). The recovery key stays valid."""
    if s.mode == "password":
        raise ValidationError(problem("adgangskode", "problem.already_password"))
    check_new_password(password)
    new = slots.new_password_slots(s.diary.id, s.diary.raw_key, password)
    _write(s, new, "Dagbogen bruger stadig nøgleringen.")
    _reopen_through(s, new, password=password)
    s.diary.slots = new
    keys.delete_key(s.diary.id)


def switch_to_keychain(s: Session) -> None:
    """Password → keychain mode: store the key in the keychain (must work: ``NoKeychainError``
    otherwise, and nothing changes), then rewrite ``diary.keys`` with the keychain slot."""
    if s.mode == "keychain":
        raise ValidationError(problem("nøglering", "problem.already_keychain"))
    stored_now = not keys.has_key(s.diary.id)
    keys.store_key(s.diary.id, s.diary.raw_key)
    new = slots.new_keychain_slots(s.diary.id, s.diary.raw_key)
    try:
        _write(s, new, "Dagbogen bruger stadig adgangskoden.")
    except BaseException:
        if stored_now:
            keys.delete_key(s.diary.id)
        raise
    _reopen_through(s, new, password=None)
    s.diary.slots = new


def recovery_key_text(s: Session) -> str:
    """The recovery key (``XXXX-XXXX-…``): opens every backup, and the diary in keychain mode."""
    return keys.encode_recovery_key(s.diary.raw_key)


def recovery_sheet_pdf(s: Session, lang: str = "da") -> bytes:
    """The one-page recovery sheet (reports/recovery.py) with the recovery key."""
    from aflastapp.reports import recovery

    return recovery.render(
        recovery_key_text(s),
        database_id=s.diary.id,
        backup_dir=str(paths.backup_dir(s.data_dir)),
        lang=lang,
    )
