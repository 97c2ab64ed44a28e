"""Start-up in stages (issue 16), checked through the op machinery (``ctx.op_log``), never by
timing: Overblik reads this and next month first and shows them before the 12 months of the chart
and the deadlines are read; after a clean close the integrity checks the open skipped run as the
last op ("diary.verify"), and damage they find is shown through the usual error path."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from aflastapp.gui.app import Starter, gui_settings
from aflastapp.gui.context import AppContext
from aflastapp.gui.views.overview import OverviewView
from aflastapp.services import overview, stays
from aflastapp.services import session as session_service
from tests.gui.test_app_support import TODAY, open_diary
from tests.storage.helpers import flip_page, page_only_the_cipher_check_reads


def test_the_two_visible_months_are_shown_before_the_chart_months_and_deadlines_are_read(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    months_asked: list[int] = []
    real_range = overview.preview_range
    real_deadlines = overview.deadlines

    def preview_range(s: Any, first: tuple[int, int], n: int) -> Any:
        months_asked.append(n)
        return real_range(s, first, n)

    monkeypatch.setattr(overview, "preview_range", preview_range)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    at_first_stage: dict[str, Any] = {}
    real_rest = view._read_rest

    def read_rest(version: int, today: Any) -> None:  # the moment the first stage is shown
        at_first_stage.update(
            ops=[r.name for r in d.ctx.op_log],
            this_month=view.this_month.title(),
            nights=[cm.nights for cm in view.this_month.model.rows],
            next_month=view.next_month.title(),
            next_rows=[cm.contract_id for cm in view.next_month.model.rows],
            deadlines=view.deadline_model.rowCount(),
            chart=view.chart_svg_bytes,
        )
        real_rest(version, today)

    monkeypatch.setattr(view, "_read_rest", read_rest)
    view.show()
    d.ctx.wait_for_ops()
    qtbot.waitUntil(lambda: not view.chart_pending)

    assert at_first_stage["ops"] == ["overview.refresh"]  # nothing else read yet
    assert at_first_stage["this_month"].startswith("Marts 2026") and 2 in at_first_stage["nights"]
    assert at_first_stage["next_month"].startswith("April 2026")
    assert sorted(at_first_stage["next_rows"]) == sorted([d.contract_a, d.contract_b])  # every child
    assert at_first_stage["deadlines"] == 0 and at_first_stage["chart"] == b""
    assert months_asked[0] == 2, "the first stage computes only the two visible months"
    names = [r.name for r in d.ctx.op_log]
    assert names[:3] == ["overview.refresh", "overview.chart_months", "overview.deadlines"]
    assert all(r.off_gui_thread for r in d.ctx.op_log)
    found = real_deadlines(d.session, today=d.ctx.today())
    assert view.deadline_model.rowCount() == len(found) >= 3
    assert sorted(map(repr, view.deadline_model.rows)) == sorted(map(repr, found)), "every deadline shown"
    assert view.chart_svg_bytes.startswith(b"<?xml")


def _start(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppContext, list[BaseException]]:
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = TODAY
    shown: list[BaseException] = []
    monkeypatch.setattr(ctx, "show_error", lambda e, parent=None: shown.append(e))
    starter = Starter(ctx, gui_settings(data_dir), smoke=True)
    window = starter.start()
    ctx.wait_for_ops()
    window.close()
    return ctx, shown


def _diary(data_dir: Path) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    d.ctx.lock()


def test_after_a_clean_close_the_checks_run_after_the_dashboard(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _diary(data_dir)
    ctx, shown = _start(data_dir, monkeypatch)
    names = [r.name for r in ctx.op_log]
    assert "diary.verify" in names and shown == []
    last_dashboard = max(names.index(n) for n in ("overview.refresh", "overview.chart_months",
                                                  "overview.deadlines"))
    assert names.index("diary.verify") > last_dashboard
    assert next(r for r in ctx.op_log if r.name == "diary.verify").off_gui_thread


def test_after_a_crash_the_checks_run_at_open_and_not_again(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _diary(data_dir)
    (data_dir / "diary.clean").unlink()  # as a killed app leaves it (diary.in-use, or nothing)
    ctx, shown = _start(data_dir, monkeypatch)
    assert "diary.verify" not in [r.name for r in ctx.op_log] and shown == []
    assert "overview.refresh" in [r.name for r in ctx.op_log]


def test_damage_found_after_the_dashboard_is_shown_as_at_open(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = open_diary(data_dir)
    key = d.session.diary.raw_key
    with d.session.transaction() as db:  # pages on the freelist: only the cipher check reads them
        db.table("notes").insert({"id": "n1", "child_id": d.child_a, "date": "2026-03-01",
                                  "text": "x" * 20000, "tags": "[]", "interpretation": ""})
    with d.session.transaction() as db:
        db.execute("DELETE FROM notes")
    d.ctx.lock()
    db_file = data_dir / "diary.db"
    flip_page(db_file, page_only_the_cipher_check_reads(db_file, key))

    _ctx, shown = _start(data_dir, monkeypatch)
    assert [type(e).__name__ for e in shown] == ["DamagedDatabaseError"]
    assert "krypteringstjek" in str(shown[0])
    with pytest.raises(session_service.StorageError):
        session_service.unlock(data_dir, defer_check=True)  # refused at the next open at once
