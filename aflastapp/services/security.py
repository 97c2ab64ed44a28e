"""How the diary is protected: change password, switch between keychain and password mode,
the recovery key and the recovery sheet."""

from __future__ import annotations

from typing import Any

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.services.session import Session
from aflastapp.storage import keys, paths
from aflastapp.storage.db import key_sql
from aflastapp.storage.diary import DiaryInfo, write_info
from aflastapp.storage.errors import WrongKeyError

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
    "Glemmer I adgangskoden, kan selve dagbogen ikke åbnes af nogen, heller ikke af os. "
    "Så kan I kun komme videre med gendannelsesnøglen fra jeres gendannelsesark: den åbner "
    "sikkerhedskopierne, og I kan gendanne dagbogen fra den nyeste sikkerhedskopi (ændringer "
    "efter den går tabt). Har I hverken adgangskoden eller gendannelsesnøglen, er dagbogen tabt. "
    "Skriv adgangskoden ned et sikkert sted, og gem gendannelsesarket."
)


def check_new_password(password: str, field: str = "adgangskode") -> None:
    """A new password must have at least 8 characters and not only spaces."""
    if not isinstance(password, str) or not password.strip():
        raise ValidationError(FieldProblem(field, "adgangskoden må ikke være tom"))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            FieldProblem(field, f"adgangskoden skal have mindst {MIN_PASSWORD_LENGTH} tegn")
        )


def _rekey(s: Session, *, raw_key: bytes | None = None, password: str | None = None) -> None:
    clause = key_sql(raw_key=raw_key, password=password)
    raw: Any = getattr(s.db.conn, "raw", s.db.conn)
    if raw.in_transaction:
        raise WrongKeyError("Nøglen kan ikke skiftes midt i en ændring.")
    raw.execute(f"PRAGMA rekey = {clause}")
    s.cache.clear()


def change_password(s: Session, old_password: str, new_password: str) -> None:
    """Password mode: replace the password (``PRAGMA rekey``). The old one must be right."""
    if s.mode != "password":
        raise ValidationError(
            FieldProblem("adgangskode", "dagbogen er ikke beskyttet med en adgangskode")
        )
    if old_password != s.diary.password:
        raise ValidationError(FieldProblem("nuværende adgangskode", "adgangskoden er forkert"))
    check_new_password(new_password, "ny adgangskode")
    _rekey(s, password=new_password)
    s.diary.password = new_password


def switch_to_password(s: Session, password: str) -> None:
    """Keychain → password mode: re-key with the password, then remove the key from the keychain
    (so the laptop alone no longer opens the diary). The recovery key stays valid for backups."""
    if s.mode == "password":
        raise ValidationError(FieldProblem("adgangskode", "dagbogen bruger allerede en adgangskode"))
    check_new_password(password)
    _rekey(s, password=password)
    s.diary.password = password
    s.diary.mode = "password"
    write_info(s.data_dir, DiaryInfo(s.diary.id, "password"))
    keys.delete_key(s.diary.id)


def switch_to_keychain(s: Session) -> None:
    """Password → keychain mode: store the key in the keychain (must work: ``NoKeychainError``
    otherwise, and nothing changes), then re-key the database with it."""
    if s.mode == "keychain":
        raise ValidationError(FieldProblem("nøglering", "dagbogen bruger allerede nøgleringen"))
    keys.store_key(s.diary.id, s.diary.raw_key)
    try:
        _rekey(s, raw_key=s.diary.raw_key)
    except BaseException:
        keys.delete_key(s.diary.id)
        raise
    s.diary.password = None
    s.diary.mode = "keychain"
    write_info(s.data_dir, DiaryInfo(s.diary.id, "keychain"))
    for f in [s.diary.path, *paths.sidecars(s.diary.path)]:
        paths.private_file(f)


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
