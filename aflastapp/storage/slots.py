"""Key slots: the ways to reach a diary's data key, kept in ``diary.keys`` beside the diary.

Every diary has one random 256-bit **data key**, made at setup and never changed; it is the raw
SQLCipher key of the diary and of every backup, and the recovery key is that key written out.
The slot file says how else the data key is reached (nothing in it is personal, and nothing in it
opens the diary without a secret):

- ``keychain``: the data key is in the OS keychain (keyring service ``aflastapp``, username = the
  diary id). The slot itself holds no key material.
- ``password``: the data key wrapped with AES-256-GCM under a key derived from the family's
  password with scrypt (``hashlib``); the scrypt parameters and salt are stored in the slot, so they
  can be raised later without breaking older slots or backups. The diary id is the AEAD's
  associated data, so a slot cannot be moved onto another diary.
- ``check``: a 128-bit HMAC-SHA256 of a fixed label under the data key. It tells a wrong key
  (keychain entry, recovery key) from a damaged database: a key that matches the check but does
  not open the file means the file is damaged.
- ``previous``: only while a restore replaces the diary with one that has other slots: the slots
  of the diary being replaced, so a restore killed between its steps opens with the old secret or
  the new one.
- ``legacy_password_db``: only while an old password-keyed diary is migrated to the data key: the
  database may still be keyed with the password itself (the open finishes the migration).

The file is JSON, written atomically (temp file, fsync, rename, fsync the folder); changing the
password or switching mode rewrites only this file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from aflastapp.storage import paths
from aflastapp.storage.errors import SlotFileError

KeyMode = Literal["keychain", "password"]

SLOT_FILE = "diary.keys"
FORMAT = 1
KEY_BYTES = 32

# scrypt: 2**17 × 128 × r bytes = 128 MiB of memory, about 0.3 s on an ordinary laptop
# (bench: 0.42 s on the 2-core test machine). Stored in every slot, so it can be raised later.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 2**30


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class PasswordSlot:
    """The data key wrapped under a password (scrypt → AES-256-GCM)."""

    n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    wrapped: bytes  # ciphertext + 16-byte tag

    def to_dict(self) -> dict[str, Any]:
        return {
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": _b64(self.salt),
            "aead": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_dict(cls, raw: Any) -> PasswordSlot:
        if not isinstance(raw, dict) or raw.get("kdf") != "scrypt" or raw.get("aead") != "aes-256-gcm":
            raise ValueError("unknown password slot")
        n, r, p = raw["n"], raw["r"], raw["p"]
        if not all(isinstance(v, int) and v > 0 for v in (n, r, p)) or n & (n - 1) or n > 2**22:
            raise ValueError("bad scrypt parameters")
        return cls(n, r, p, _unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["wrapped"]))


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=KEY_BYTES
    )


def _aad(db_id: str) -> bytes:
    return b"aflastapp-key-slot-v1:" + db_id.encode("utf-8")


def wrap(data_key: bytes, password: str, db_id: str, *, n: int | None = None) -> PasswordSlot:
    """A password slot for ``data_key`` (one scrypt derivation, about 0.3 s)."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    n = n or SCRYPT_N
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(password, salt, n, SCRYPT_R, SCRYPT_P)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # password mode only

    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(db_id))
    return PasswordSlot(n, SCRYPT_R, SCRYPT_P, salt, nonce, wrapped)


def unwrap(slot: PasswordSlot, password: str, db_id: str) -> bytes | None:
    """The data key, or None when the password is not the one this slot was made with."""
    from cryptography.exceptions import InvalidTag  # password mode only: a keychain start skips it
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = _derive(password, slot.salt, slot.n, slot.r, slot.p)
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(db_id))
    except InvalidTag:
        return None
    return key if len(key) == KEY_BYTES else None


def key_check(data_key: bytes) -> str:
    """A value that confirms a data key without revealing it (HMAC-SHA256, 128 bits)."""
    return hmac.new(data_key, b"aflastapp data key check v1", hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Slots:
    """The content of ``diary.keys`` (or of a backup's slot header)."""

    id: str
    mode: KeyMode
    check: str
    password: PasswordSlot | None = None
    previous: Slots | None = field(default=None, repr=False)
    legacy_password_db: bool = False

    def matches(self, data_key: bytes) -> bool:
        return hmac.compare_digest(self.check, key_check(data_key))

    def key_from_password(self, password: str) -> bytes | None:
        """The data key if ``password`` opens this slot set's password slot, else None."""
        if self.password is None:
            return None
        key = unwrap(self.password, password, self.id)
        if key is None or not self.matches(key):
            return None
        return key

    def without_previous(self) -> Slots:
        return replace(self, previous=None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "id": self.id, "mode": self.mode, "check": self.check}
        out["keychain"] = self.mode == "keychain"
        if self.password is not None:
            out["password"] = self.password.to_dict()
        if self.legacy_password_db:
            out["legacy_password_db"] = True
        if self.previous is not None:
            out["previous"] = self.previous.without_previous().to_dict()
        return out

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), indent=1).encode("utf-8")

    @classmethod
    def from_dict(cls, raw: Any, *, nested: bool = False) -> Slots:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("unknown slot file format")
        db_id, mode, check = raw.get("id"), raw.get("mode"), raw.get("check")
        if not isinstance(db_id, str) or mode not in ("keychain", "password") or not isinstance(check, str):
            raise ValueError("slot file fields missing")
        password = PasswordSlot.from_dict(raw["password"]) if "password" in raw else None
        if mode == "password" and password is None:
            raise ValueError("password mode without a password slot")
        previous = None
        if "previous" in raw and not nested:
            previous = cls.from_dict(raw["previous"], nested=True)
        return cls(
            id=db_id,
            mode=mode,
            check=check,
            password=password,
            previous=previous,
            legacy_password_db=bool(raw.get("legacy_password_db", False)),
        )

    @classmethod
    def from_json(cls, data: bytes) -> Slots:
        try:
            return cls.from_dict(json.loads(data.decode("utf-8")))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
            raise SlotFileError(str(e)) from e


def new_keychain_slots(db_id: str, data_key: bytes) -> Slots:
    return Slots(id=db_id, mode="keychain", check=key_check(data_key))


def new_password_slots(db_id: str, data_key: bytes, password: str) -> Slots:
    return Slots(
        id=db_id, mode="password", check=key_check(data_key), password=wrap(data_key, password, db_id)
    )


def slot_path(data_dir: Path) -> Path:
    return data_dir / SLOT_FILE


def read(data_dir: Path) -> Slots | None:
    """The slot file of the diary in ``data_dir``; None when there is none (an older diary, or a
    bare diary file on a new laptop). ``SlotFileError`` when it is there but cannot be read."""
    p = slot_path(data_dir)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise SlotFileError(e.strerror or str(e)) from e
    return Slots.from_json(data)


def read_or_none(data_dir: Path) -> Slots | None:
    """Like ``read``, but None also when the file cannot be read."""
    try:
        return read(data_dir)
    except SlotFileError:
        return None


def write(data_dir: Path, slots: Slots) -> None:
    """Replace the slot file atomically (temp, fsync, rename, fsync the folder)."""
    paths.atomic_write(slot_path(data_dir), slots.to_json())


def remove_stale_temp(data_dir: Path) -> None:
    """Temp files of slot writes that were killed before their rename."""
    for p in data_dir.glob(f".{SLOT_FILE}.tmp-*"):
        p.unlink(missing_ok=True)


def exists(data_dir: Path) -> bool:
    return os.path.exists(slot_path(data_dir))
