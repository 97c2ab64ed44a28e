"""The dashboard's døgn chart kept inside the encrypted diary across sessions (one chart, keyed by a
hash of its inputs): found only for the same key, replaced by the next, never written to a locked or
read-only diary, and keeping it is not a data change (the engine's snapshot survives)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.errors import ValidationError
from aflastapp.services import overview, session, settings

KEY_A = hashlib.sha256(b"inputs a").hexdigest()
KEY_B = hashlib.sha256(b"inputs b").hexdigest()
SVG_A = "<?xml version='1.0'?><svg><text>Emma – døgn</text></svg>".encode()
SVG_B = b"<?xml version='1.0'?><svg><text>Oliver</text></svg>"


def _kept_rows(s: session.Session) -> int:
    return int(s.db.execute("SELECT count(*) FROM settings WHERE key = ?",
                            [overview.CHART_CACHE_KEY]).fetchone()[0])


def test_a_kept_chart_is_found_only_for_its_key_and_survives_locking(
        s: session.Session, data_dir: Path, memory_keyring: Any) -> None:
    assert overview.cached_chart(s, KEY_A) is None
    assert overview.store_chart(s, KEY_A, SVG_A) is True
    assert overview.cached_chart(s, KEY_A) == SVG_A
    assert overview.cached_chart(s, KEY_B) is None, "other inputs never get this chart"
    session.lock(s, backup=False)
    again = session.unlock(data_dir)
    try:
        assert overview.cached_chart(again, KEY_A) == SVG_A
    finally:
        session.lock(again, backup=False)


def test_the_next_chart_replaces_the_kept_one(s: session.Session) -> None:
    overview.store_chart(s, KEY_A, SVG_A)
    overview.store_chart(s, KEY_B, SVG_B)
    assert _kept_rows(s) == 1
    assert overview.cached_chart(s, KEY_A) is None
    assert overview.cached_chart(s, KEY_B) == SVG_B


def test_the_kept_chart_is_no_setting_and_leaves_the_snapshot_cached(
        s: session.Session, contract: str) -> None:
    before = settings.get_settings(s)
    snap = overview.snapshot(s)
    assert overview.store_chart(s, KEY_A, SVG_A)
    assert overview.snapshot(s) is snap, "keeping a drawing is not a data change"
    assert settings.get_settings(s) == before


def test_nothing_is_written_to_a_locked_diary(s: session.Session) -> None:
    session.lock(s, backup=False)
    assert overview.store_chart(s, KEY_A, SVG_A) is False


def test_nothing_is_written_to_a_read_only_diary(s: session.Session) -> None:
    s.db.execute("PRAGMA query_only = ON")
    try:
        assert overview.store_chart(s, KEY_A, SVG_A) is False
    finally:
        s.db.execute("PRAGMA query_only = OFF")
    assert _kept_rows(s) == 0


def test_nothing_is_written_inside_another_transaction(s: session.Session) -> None:
    with pytest.raises(RuntimeError), s.transaction():
        assert overview.store_chart(s, KEY_A, SVG_A) is False
        raise RuntimeError("the user action fails and rolls back")
    assert _kept_rows(s) == 0


def test_a_bad_key_or_svg_is_refused_naming_the_field(s: session.Session) -> None:
    with pytest.raises(ValidationError) as e:
        overview.store_chart(s, "not a hash", SVG_A)
    assert e.value.problems[0].field == "key"
    with pytest.raises(ValidationError) as e:
        overview.store_chart(s, KEY_A, b"\xff\xfe")
    assert e.value.problems[0].field == "svg"
    assert _kept_rows(s) == 0
