"""Small helpers shared by the storage tests."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from aflastapp.services.session import Session
from aflastapp.storage import db as dbmod

CANARY = "KANARIE-7f3a9c-Bølle-Ærø"


def fill(s: Session, marker: str = "Alma") -> None:
    """A few realistic rows across the tables, in one transaction."""
    with s.transaction() as db:
        db.table("family").insert(
            {
                "id": 1,
                "name": "Familien Hansen",
                "address": "Vej 1, 4200 Slagelse",
                "car_registration": "AB12345",
            }
        )
        db.table("children").insert({"id": "c1", "name": marker, "birth_date": "2015-04-01"})
        db.table("contracts").insert(
            {
                "id": "k1",
                "child_id": "c1",
                "municipality": "slagelse",
                "start": "2025-01-01",
                "vederlag_count": 2,
                "child_ordinal": 1,
            }
        )
        db.table("stays").insert(
            {
                "id": "s1",
                "contract_id": "k1",
                "start": "2026-03-06T14:00",
                "end": "2026-03-08T17:00",
                "status": "completed",
                "note": f"stay {marker}",
            }
        )
        db.table("expenses").insert(
            {
                "id": "e1",
                "contract_id": "k1",
                "date": "2026-03-07",
                "category": "activity",
                "description": f"Zoo {marker}",
                "amount": "245.00",
            }
        )
        db.table("attachments").insert(
            {
                "expense_id": "e1",
                "name": "kvittering.png",
                "media_type": "image/png",
                "data": bytes(range(256)) * 40,
                "sha256": "",
            }
        )
        db.table("notes").insert(
            {
                "id": "n1",
                "child_id": "c1",
                "date": "2026-03-07",
                "text": f"note {marker}",
                "tags": '["skole"]',
                "interpretation": "",
            }
        )


def dump(s: Session) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for byte-for-byte comparisons."""
    out: dict[str, list[tuple[object, ...]]] = {}
    for name in s.db.table_names():
        if name.startswith("_sqlite_migrations"):
            continue
        out[name] = [tuple(r) for r in s.db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()]
    return out


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def serve_forked(run: Callable[[list[str]], None]) -> None:
    """The loop of the kill tests' servers: for each command on stdin ("quit" ends it) fork a child
    that runs ``run(words)`` — the test SIGKILLs it at a moment of its choosing, or it ends by itself
    — wait for the child, then answer "D". Forking a warm server keeps each round cheap."""
    for line in sys.stdin:
        cmd = line.split()
        if not cmd or cmd[0] == "quit":
            break
        pid = os.fork()
        if pid == 0:
            try:
                run(cmd)
                os._exit(0)
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        sys.stdout.write("D\n")
        sys.stdout.flush()


PAGE = 4096


def flip_page(path: Path, page: int) -> bytes:
    data = path.read_bytes()
    changed = bytearray(data)
    for i in range(page * PAGE + 200, page * PAGE + 216):
        changed[i] ^= 0xA5
    path.write_bytes(bytes(changed))
    return data


def page_only_the_cipher_check_reads(db_file: Path, raw_key: bytes) -> int:
    """A freelist leaf page: ``quick_check`` never reads it, ``cipher_integrity_check`` verifies
    every page of the file. Found by trying each page on a copy of the closed file."""
    pages = db_file.stat().st_size // PAGE
    for page in range(pages - 1, 0, -1):
        original = flip_page(db_file, page)
        try:
            conn = dbmod._raw_connect(db_file, False)  # the last connection to close tidies -wal/-shm
            try:
                dbmod._apply_key(conn, raw_key=raw_key, password=None)
                quick = [tuple(r) for r in conn.execute("PRAGMA quick_check").fetchall()]
                cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            finally:
                conn.close()
        finally:
            db_file.write_bytes(original)
        if quick == [("ok",)] and cipher:
            return page
    raise AssertionError("no freelist page found")


def damage_only_the_cipher_check_sees(data_dir: Path) -> None:
    """A closed diary (``fill``ed, keychain mode) with one damaged page that ``quick_check`` never
    reads and ``cipher_integrity_check`` does: a freelist leaf, freed by deleting the attachments."""
    from aflastapp.services import session as sess

    s, _ = sess.setup(data_dir)
    fill(s)
    with s.transaction() as db:  # free some pages: they stay in the file on the freelist
        db.execute("DELETE FROM attachments")
    raw_key = s.diary.raw_key
    sess.lock(s, backup=False)
    db_file = data_dir / "diary.db"
    flip_page(db_file, page_only_the_cipher_check_reads(db_file, raw_key))


REPO = Path(__file__).resolve().parents[2]


def diary_for_writers(data_dir: Path) -> tuple[str, dict[str, str]]:
    """A closed, ``fill``ed diary for the kill tests' writer processes: its recovery key, and the
    environment a writer opens it with (the key in ``AFLASTAPP_CRASH_KEY``, the checkout on the path)."""
    from aflastapp.services import session as sess

    s, recovery = sess.setup(data_dir)
    fill(s)
    sess.lock(s, backup=False)
    return recovery, dict(os.environ, AFLASTAPP_CRASH_KEY=recovery,
                          PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))


def check_committed_kept(data_dir: Path, recovery: str, committed: set[str]) -> None:
    """The diary opens after a kill (both integrity checks at open), passes the integrity check, and
    holds every note-and-stay pair the writer reported committed."""
    from aflastapp.services import session as sess
    from aflastapp.storage.db import check_integrity

    s = sess.unlock(data_dir, recovery_key=recovery)  # raises if damaged (both checks at open)
    try:
        raw = s.db.conn.raw  # type: ignore[attr-defined]
        assert check_integrity(raw) is None
        notes = {r[0][1:] for r in s.db.execute("SELECT id FROM notes WHERE id LIKE 'n%'").fetchall()}
        stays = {r[0][1:] for r in s.db.execute("SELECT id FROM stays WHERE id LIKE 's%'").fetchall()}
        missing = committed - (notes & stays)
        assert not missing, f"committed writes lost: {sorted(missing)[:5]}"
        assert s.db.table("children").count == 1
    finally:
        sess.lock(s, backup=False)
