"""The diary's key: the keychain entry and the human-readable recovery key.

Keychain: keyring service ``aflastapp``, username = the database id, value = the 32-byte key in
hex. Written once, read back to confirm (the null backend accepts writes and stores nothing),
never overwritten.

Recovery key: the same 32 bytes in Crockford base32 (no I, L, O, U; case-insensitive; I/L read
as 1 and O as 0), 13 groups of 4 characters, followed by one group of 4 check characters (20
bits of SHA-256 of the key). Example: ``7K3M-Q9XD-…-4F2A``.

``keyring`` is imported on the first keychain call only (a password-mode diary, the recovery key
and the CLI's other commands never import it), and where the platform has one keychain (Windows,
macOS) only that backend is loaded, not every backend keyring's own detection imports and ranks
(``PYTHON_KEYRING_BACKEND``, keyring's config file, a backend already chosen and Linux's several
keychains are left to keyring).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
from typing import Any

from aflastapp.storage.errors import KeychainEntryExistsError, NoKeychainError, RecoveryKeyFormatError

SERVICE = "aflastapp"
KEY_BYTES = 32

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
_DATA_CHARS = 52  # 256 bits + 4 zero bits
_CHECK_CHARS = 4  # 20 bits
GROUP = 4
RECOVERY_KEY_CHARS = _DATA_CHARS + _CHECK_CHARS


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


# --------------------------------------------------------------------------- recovery key


def _check_value(raw_key: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"aflastapp-recovery" + raw_key).digest()[:3], "big") >> 4


def _to_chars(value: int, n: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * (n - 1 - i))) & 31] for i in range(n))


def encode_recovery_key(raw_key: bytes) -> str:
    """The key as ``XXXX-XXXX-…`` (14 groups of 4; the last group is the checksum)."""
    if len(raw_key) != KEY_BYTES:
        raise ValueError("a raw key is 32 bytes")
    text = _to_chars(int.from_bytes(raw_key, "big") << 4, _DATA_CHARS)
    text += _to_chars(_check_value(raw_key), _CHECK_CHARS)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def decode_recovery_key(text: str) -> bytes:
    """The 32-byte key from a typed recovery key; ``RecoveryKeyFormatError`` (Danish) on a typo."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-–—_.")
    if not cleaned:
        raise RecoveryKeyFormatError("Gendannelsesnøgle: der er ikke skrevet noget.")
    bad = sorted({ch for ch in cleaned if ch not in _DECODE})
    if bad:
        raise RecoveryKeyFormatError(
            "Gendannelsesnøgle: tegnet "
            + ", ".join(f"'{ch}'" for ch in bad)
            + " findes ikke i en gendannelsesnøgle (den består af tal og bogstaverne A–Z uden U). "
            "Tjek, at I har skrevet den rigtigt af fra gendannelsesarket."
        )
    if len(cleaned) != RECOVERY_KEY_CHARS:
        raise RecoveryKeyFormatError(
            f"Gendannelsesnøgle: den skal have {RECOVERY_KEY_CHARS} tegn ({RECOVERY_KEY_CHARS // GROUP} "
            f"grupper á {GROUP}), men der er skrevet {len(cleaned)}. Tjek at ingen gruppe mangler."
        )
    value = 0
    for ch in cleaned[:_DATA_CHARS]:
        value = (value << 5) | _DECODE[ch]
    check = 0
    for ch in cleaned[_DATA_CHARS:]:
        check = (check << 5) | _DECODE[ch]
    if value & 0xF:
        raise RecoveryKeyFormatError(
            "Gendannelsesnøgle: gruppe 13 er forkert skrevet. Tjek den mod gendannelsesarket."
        )
    raw = (value >> 4).to_bytes(KEY_BYTES, "big")
    if _check_value(raw) != check:
        raise RecoveryKeyFormatError(
            "Gendannelsesnøgle: kontrolgruppen (den sidste) passer ikke med resten – der er en "
            "skrivefejl et sted. Tjek hver gruppe mod gendannelsesarket."
        )
    return raw


# --------------------------------------------------------------------------- keychain

# The one keychain of a platform, as keyring names it.
PLATFORM_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}


def _keyring() -> Any:
    """The ``keyring`` module, imported now, with the platform's backend chosen directly where
    keyring would pick it anyway (see the module docstring)."""
    import keyring
    import keyring.core
    import keyring.util.platform_

    name = PLATFORM_BACKENDS.get(sys.platform)
    if (
        name is not None
        and getattr(keyring.core, "_keyring_backend", None) is None
        and "PYTHON_KEYRING_BACKEND" not in os.environ
    ):
        try:
            config = keyring.util.platform_.config_root() / "keyringrc.cfg"  # keyring's own choice
            if not config.exists():
                keyring.core.set_keyring(keyring.core.load_keyring(name))
        except Exception:  # not viable here: keyring's detection decides, as before
            pass
    return keyring


def _describe(error: Exception) -> str:
    import keyring.errors

    if isinstance(error, keyring.errors.KeyringLocked):
        return "nøgleringen er låst"
    if isinstance(error, keyring.errors.NoKeyringError):
        return "der er ingen nøglering på computeren"
    if isinstance(error, keyring.errors.InitError):
        return "nøgleringen kunne ikke startes"
    return "nøgleringen svarede med en fejl"


def read_key(db_id: str) -> bytes:
    """The key stored for ``db_id``; ``NoKeychainError`` when the keychain fails or has no entry."""
    try:
        value = _keyring().get_password(SERVICE, db_id)
    except Exception as e:  # keyring backends raise many kinds; none may crash the app
        raise NoKeychainError(_describe(e)) from e
    if value is None:
        raise NoKeychainError("nøglen til denne dagbog findes ikke i nøgleringen")
    try:
        raw = bytes.fromhex(value)
    except ValueError as e:
        raise NoKeychainError("nøgleringens post for dagbogen er ugyldig") from e
    if len(raw) != KEY_BYTES:
        raise NoKeychainError("nøgleringens post for dagbogen er ugyldig")
    return raw


def has_key(db_id: str) -> bool:
    try:
        return _keyring().get_password(SERVICE, db_id) is not None
    except Exception:
        return False


def store_key(db_id: str, raw_key: bytes) -> None:
    """Store the key once and read it back. Never overwrites: an existing entry with the same
    key is accepted, a different one raises ``KeychainEntryExistsError``."""
    try:
        existing = _keyring().get_password(SERVICE, db_id)
    except Exception as e:
        raise NoKeychainError(_describe(e)) from e
    if existing is not None:
        if existing == raw_key.hex():
            return
        raise KeychainEntryExistsError(db_id)
    try:
        kr = _keyring()
        kr.set_password(SERVICE, db_id, raw_key.hex())
        back = kr.get_password(SERVICE, db_id)
    except Exception as e:
        raise NoKeychainError(_describe(e)) from e
    if back != raw_key.hex():
        raise NoKeychainError("nøgleringen gemte ikke nøglen (den kunne ikke læses tilbage)")


def delete_key(db_id: str) -> None:
    """Remove the entry (used only to undo a setup that failed, or after switching to password)."""
    try:
        _keyring().delete_password(SERVICE, db_id)
    except Exception:
        pass
