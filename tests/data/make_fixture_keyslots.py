"""Made ONCE to create the two key-slot fixtures beside ``diary-v1.db`` — kept to show how, never
re-run (the fixtures must stay the files those versions wrote):

- ``legacy-password/``: a password-mode diary as the app wrote it before key slots: the database
  keyed with the password itself (SQLCipher's own key derivation), ``diary.json`` saying
  ``password``, the data key only inside the database (``meta.backup_key``). Password:
  ``gammel adgangskode``.
- ``keyslots-v1/``: the key-slot format: the database keyed with the data key (the key of
  ``diary-v1.key``), ``diary.keys`` with a password slot (scrypt n=2**17) for ``ny adgangskode``.

Both hold the rows of ``diary-v1.expected.json``.

    uv run python -m tests.data.make_fixture_keyslots
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3

from aflastapp.storage import slots
from aflastapp.storage.db import key_sql

HERE = Path(__file__).parent
KEY = bytes.fromhex((HERE / "diary-v1.key").read_text().strip())
DB_ID = "f1x7e5v1000000000000000000000001"
OLD_PASSWORD = "gammel adgangskode"
NEW_PASSWORD = "ny adgangskode"


def main() -> None:
    legacy = HERE / "legacy-password"
    legacy.mkdir(exist_ok=True)
    target = legacy / "diary.db"
    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(HERE / "diary-v1.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_sql(raw_key=KEY)}")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute(f"ATTACH DATABASE ? AS pw KEY {key_sql(password=OLD_PASSWORD)}", [str(target)])
    conn.execute("SELECT sqlcipher_export('pw')")
    conn.execute("DETACH DATABASE pw")
    conn.close()
    (legacy / "diary.json").write_text(f'{{"format": 1, "id": "{DB_ID}", "mode": "password"}}')

    modern = HERE / "keyslots-v1"
    modern.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "diary-v1.db", modern / "diary.db")
    slots.write(modern, slots.new_password_slots(DB_ID, KEY, NEW_PASSWORD))


if __name__ == "__main__":
    main()
