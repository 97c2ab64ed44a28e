"""Overblik's døgn chart is kept inside the encrypted diary across sessions: an unchanged diary shows it
at start without reportlab (not even imported), while changed data, language or another diary draw it
anew, and nothing of a locked diary is drawn, shown or kept."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from aflastapp.gui import fmt, i18n
from aflastapp.gui.views.overview import (
    CHART_HEIGHT,
    CHART_MONTHS,
    CHART_WIDTH,
    OverviewView,
    _read_months,
    chart_key,
)
from aflastapp.reports import charts
from aflastapp.services import children, contracts, overview, session, stays
from aflastapp.storage import paths
from tests.gui.test_app_startup import PINNED_TODAY, ROOT, TODAY, _make_keychain_diary
from tests.gui.test_app_support import open_diary
from tests.gui.test_overview_refresh import Counter

SMOKE = """
import hashlib, json, sys
from aflastapp.gui import app

seen = {}
original = app._pending_work

def pending(window):
    busy = original(window)
    view = (getattr(window, "views", None) or {}).get("overview")
    if not busy and view is not None:
        seen["chart"] = hashlib.sha256(view.chart_svg_bytes).hexdigest() if view.chart_svg_bytes else ""
    return busy

app._pending_work = pending
code = app.run({"smoke": True, "data_dir": sys.argv[1], "lang": sys.argv[2]})
print(json.dumps({"code": code, "chart": seen.get("chart", ""), "modules": list(sys.modules)}))
"""


def _smoke(data_dir: Path, lang: str = "da") -> tuple[str, set[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **PINNED_TODAY)
    result = subprocess.run([sys.executable, "-c", SMOKE, str(data_dir), lang], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["chart"], "smoke mode shows the døgn chart"
    return str(report["chart"]), set(report["modules"])


def _drawn(modules: set[str]) -> bool:
    return "reportlab.graphics" in modules or "aflastapp.reports.charts" in modules


def test_an_unchanged_diary_starts_with_its_kept_chart_without_reportlab(data_dir: Path) -> None:
    _make_keychain_diary(data_dir)
    first, modules = _smoke(data_dir)
    assert _drawn(modules), "the first start draws the chart with the reports' chart code"
    again, modules = _smoke(data_dir)
    assert again == first
    assert not _drawn(modules) and not any(m.startswith("reportlab") for m in modules), \
        "an unchanged diary shows the kept chart without importing reportlab"
    english, modules = _smoke(data_dir, "en")
    assert _drawn(modules) and english != first, "another language draws the chart anew"
    _, modules = _smoke(data_dir, "en")
    assert not _drawn(modules)
    # The chart carries the children's names: it is only ever inside the encrypted diary.
    diary = Path(paths.diary_path(data_dir))
    for f in diary.parent.iterdir():
        if f.is_file():
            content = f.read_bytes()
            assert b"Emma" not in content and b"<svg" not in content, f"{f.name} holds the chart in clear"


def test_changed_data_draws_the_chart_anew_at_the_next_start(data_dir: Path, memory_keyring: Any) -> None:
    _make_keychain_diary(data_dir)
    first, _ = _smoke(data_dir)
    code = ("from aflastapp.services import session, contracts, stays; from datetime import date, datetime; "
            f"s = session.unlock({str(data_dir)!r}); k = contracts.list_contracts(s)[0]; "
            f"t = date.fromisoformat({TODAY.isoformat()!r}); "
            "stays.add_stay(s, k.id, datetime(t.year, t.month, 5, 16), datetime(t.year, t.month, 7, 15)); "
            "session.lock(s, backup=False)")
    subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True,
                   timeout=120)
    changed, modules = _smoke(data_dir)
    assert _drawn(modules) and changed != first, "two more døgn: not the kept chart of the old data"


@pytest.fixture()
def drawn(monkeypatch: pytest.MonkeyPatch) -> Counter:
    chart = Counter(charts.chart_svg)
    monkeypatch.setattr(charts, "chart_svg", chart)
    return chart


def _shown(qtbot: Any, ctx: Any) -> OverviewView:
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.chart_pending)
    return view


def test_unlocking_the_same_diary_shows_the_kept_chart_at_once(
        qtbot: Any, data_dir: Path, drawn: Counter) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    view = _shown(qtbot, d.ctx)
    march = view.chart_svg_bytes
    assert drawn.calls == 1 and b"Emma" in march
    view.prev_button.click()  # another month is drawn, but the start month's chart stays kept
    qtbot.waitUntil(lambda: not view.chart_pending)
    assert drawn.calls == 2
    d.ctx.lock()
    assert view.chart_svg_bytes == b""
    d.ctx.set_session(session.unlock(data_dir))
    view.go_today()
    d.ctx.wait_for_ops()
    assert not view.chart_pending, "the kept chart is shown with the figures"
    assert view.chart_svg_bytes == march and drawn.calls == 2
    i18n.install("en")
    try:
        view.refresh()
        assert view.chart_pending, "another language draws the chart anew"
        qtbot.waitUntil(lambda: not view.chart_pending)
        assert drawn.calls == 3 and b"Nights" in view.chart_svg_bytes
    finally:
        i18n.install("da")


def test_a_write_draws_anew_and_keeps_the_new_chart(qtbot: Any, data_dir: Path, drawn: Counter) -> None:
    d = open_diary(data_dir)
    view = _shown(qtbot, d.ctx)
    before = view.chart_svg_bytes
    start, end = datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15)
    d.ctx.execute("Nyt ophold", lambda s: stays.add_stay(s, d.contract_a, start, end),
                  lambda s, st: stays.delete_stay(s, st.id))
    assert view.chart_pending
    qtbot.waitUntil(lambda: not view.chart_pending)
    after = view.chart_svg_bytes
    assert drawn.calls == 2 and after != before
    d.ctx.lock()
    d.ctx.set_session(session.unlock(data_dir))
    d.ctx.wait_for_ops()
    assert not view.chart_pending and view.chart_svg_bytes == after and drawn.calls == 2


def test_another_diary_never_shows_the_first_diary_chart(
        qtbot: Any, tmp_path: Path, memory_keyring: Any, drawn: Counter) -> None:
    d = open_diary(tmp_path / "first")
    view = _shown(qtbot, d.ctx)
    assert b"Emma" in view.chart_svg_bytes
    d.ctx.lock()
    other, _ = session.setup(tmp_path / "second")
    child = children.add_child(other, "Sofie", date(2017, 2, 3))
    contracts.add_contract(other, child.id, "slagelse", date(2025, 1, 1), vederlag_count=7)
    d.ctx.set_session(other)
    assert view.chart_pending and view.chart_svg_bytes == b""
    qtbot.waitUntil(lambda: not view.chart_pending)
    assert b"Sofie" in view.chart_svg_bytes and b"Emma" not in view.chart_svg_bytes
    assert drawn.calls == 2


def test_a_chart_still_to_draw_when_the_diary_locks_is_neither_drawn_nor_kept(
        qtbot: Any, data_dir: Path, drawn: Counter) -> None:
    d = open_diary(data_dir)
    view = OverviewView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.chart_pending
    first = fmt.add_months(view.year, view.month, -(CHART_MONTHS - 2))
    names = {c.id: c.name for c in children.list_children(d.session)}
    digest = _read_months(d.session, first, names, "da")[2]
    d.ctx.lock()  # the figures are still being read: nothing of them is shown, drawn or kept
    d.ctx.wait_for_ops()
    qtbot.wait(50)  # a deferred drawing would have run by now
    assert drawn.calls == 0 and view.chart_svg_bytes == b"" and not view.chart_pending
    s = session.unlock(data_dir)
    try:
        assert overview.cached_chart(s, digest) is None
    finally:
        session.lock(s, backup=False)


def test_the_key_covers_exactly_what_the_chart_draws(data_dir: Path) -> None:
    d = open_diary(data_dir)
    stays.add_stay(d.session, d.contract_a, datetime(2026, 3, 6, 16), datetime(2026, 3, 8, 15))
    stays.add_stay(d.session, d.contract_b, datetime(2026, 2, 6, 16), datetime(2026, 2, 9, 15))
    previews = overview.preview_range(d.session, (2025, 5), 12)
    names = {d.contract_a: "Emma", d.contract_b: "Oliver"}

    def svg(ps: list[Any], ns: dict[str, str] = names, lang: str = "da") -> bytes:
        return charts.chart_svg(ps, names=ns, lang=lang, width=CHART_WIDTH, height=CHART_HEIGHT)

    # Everything the key leaves out can change without changing the drawing …
    other_figure = previews[0].contracts[0].vederlag
    stripped = [dataclasses.replace(
        p, vederlag=None, kost_logi=None, mileage=None, expenses=None, holiday_pay=None, taxable=None,
        tax_free=None, total=None,
        contracts=tuple(dataclasses.replace(
            c, child_id="x", municipality="y", night_dates=(), vederlag=other_figure,
            kost_logi=other_figure, mileage_km=Decimal(0), mileage=other_figure, expenses=other_figure,
            holiday_pay=other_figure, taxable=None, tax_free=None, total=None, payment_month=(2000, 1),
            warnings=()) for c in p.contracts)) for p in previews]
    assert stripped != previews
    assert chart_key(stripped, names, "da") == chart_key(previews, names, "da")
    assert svg(stripped) == svg(previews)
    # … and every input it covers is another key.
    key = chart_key(previews, names, "da")
    march = next(i for i, p in enumerate(previews) if (p.year, p.month) == (2026, 3))
    cm = previews[march].contracts[0]
    for changed in (dataclasses.replace(cm, nights=cm.nights + 1),
                    dataclasses.replace(cm, cap=(cm.cap or 0) + 1),
                    dataclasses.replace(cm, contract_id="k-other")):
        ps = list(previews)
        ps[march] = dataclasses.replace(ps[march], contracts=(changed, *ps[march].contracts[1:]))
        assert chart_key(ps, names, "da") != key
    assert chart_key(previews, {**names, d.contract_a: "Emmy"}, "da") != key
    assert chart_key(previews, names, "en") != key
    assert chart_key(previews[1:], names, "da") != key
    assert chart_key(previews, names, "da", width=CHART_WIDTH + 1) != key
