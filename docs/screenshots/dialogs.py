"""Take screenshots of the dialogs a family meets (none of the view screenshots shows them), in
Danish and English, against a demo diary, with the main window at 1366×768.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/dialogs.py [--today 2026-03-16]

Writes docs/screenshots/dialogs/<dialog>-<lang>.png. Temp data folder and an in-memory keyring:
nothing touches the real keychain or home folder. Modal message boxes are grabbed from a timer
while they run, then closed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent / "dialogs"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default="2026-03-16")
    args = ap.parse_args()
    today = date.fromisoformat(args.today)
    OUT.mkdir(exist_ok=True)

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    app = QApplication([])
    from aflastapp.core.models import DocumentKind, StayStatus
    from aflastapp.gui import i18n
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.lock import LockScreen
    from aflastapp.gui.main_window import MainWindow
    from aflastapp.gui.views.calendar import RecurringDialog
    from aflastapp.gui.views.documents import MarkSentDialog
    from aflastapp.gui.views.driving import PlacesRoutesDialog, SuggestionsDialog, TripDialog
    from aflastapp.gui.views.expenses import ExpenseDialog
    from aflastapp.gui.views.settings import switch_language
    from aflastapp.gui.widgets.common import contract_labels
    from aflastapp.services import contracts, documents, places, portable, session, stays, trips

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(w: QWidget, name: str, lang: str) -> None:
        w.show()
        settle()
        w.grab().save(str(OUT / f"{name}-{lang}.png"))
        w.close()
        settle()

    def shoot_modal(run: Callable[[], object], name: str, lang: str) -> None:
        """Run something that opens a modal box; grab the box from a timer, then close it."""
        def grab() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, grab)
                return
            settle()
            box.grab().save(str(OUT / f"{name}-{lang}.png"))
            if isinstance(box, QDialog):
                box.done(0)
            else:
                box.close()
        QTimer.singleShot(20, grab)
        run()
        settle()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        data.mkdir()
        s, _key = session.setup(data)
        portable.make_demo(s, 2, 2)
        ctx = AppContext(data)
        ctx.interactive = False
        ctx.today_override = today
        ctx.set_session(s)
        window = MainWindow(ctx, gui_settings(data))
        window.resize(1366, 768)
        window.show()
        settle()
        cid = contracts.list_contracts(s)[0].id
        child_id = contracts.list_contracts(s)[0].child_id
        routes = places.list_routes(s)
        if len(contracts.list_contracts(s)) > 1:
            cid2 = contracts.list_contracts(s)[1].id
        else:
            cid2 = cid
        # a password diary for the unlock screen
        pw_dir = Path(tmp) / "pw"
        pw_dir.mkdir()
        pw_session, _ = session.setup(pw_dir, password="rigtig-adgangskode-123")
        session.lock(pw_session, backup=False)

        for lang in ("da", "en"):
            switch_language(ctx, lang)
            window.resize(1366, 768)
            settle()
            cal = window.show_view("calendar")
            cal.set_month(today.year, today.month)  # type: ignore[attr-defined]
            settle()
            shoot(cal.stay_dialog(first=today, last=today + timedelta(days=2)),  # type: ignore[attr-defined]
                  "stay-new", lang)
            stay = next((st for st in stays.list_stays(s, start=today - timedelta(days=365), end=today)
                         if st.status == StayStatus.CANCELLED), None)
            if stay is None:  # the demo had none: show a past stay as if cancelled the day before
                past = stays.list_stays(s, start=today - timedelta(days=60), end=today)[0]
                stay = replace(past, status=StayStatus.CANCELLED, cancelled_at=past.start - timedelta(days=1))
            shoot(cal.stay_dialog(stay=stay), "stay-cancelled", lang)  # type: ignore[attr-defined]
            rec = RecurringDialog(ctx, cal.contract_infos, cal)  # type: ignore[attr-defined]
            rec.propose()
            shoot(rec, "recurring", lang)

            drv = window.show_view("driving")
            settle()
            dlg = TripDialog(s, contract_id=cid, day=today, parent=drv)
            if routes:
                dlg.choose_route(routes[0].id)
            shoot(dlg, "trip-route", lang)
            dlg = TripDialog(s, contract_id=cid, day=today, parent=drv)
            dlg.set_contracts({cid, cid2})
            if len(routes) > 1:
                dlg.choose_route(routes[1].id)
            shoot(dlg, "trip-shared", lang)
            shoot(PlacesRoutesDialog(drv), "places-routes", lang)  # type: ignore[arg-type]
            # the demo already drove every stay: clear this month's trips so there is something to suggest
            first = today.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            for t in trips.list_trips(s, start=first, end=last):
                trips.delete_trip(s, t.id)
            found = trips.suggest_from_stays(s, first, last)
            shoot(SuggestionsDialog(found, dict(contract_labels(s)), lang, drv), "trip-suggestions", lang)

            exp = window.show_view("expenses")
            dlg = ExpenseDialog(s, contract_id=cid, day=today, parent=exp)
            dlg.description.setText("Svømmehal med barnet" if lang == "da" else "Swimming pool")
            dlg.amount.setText("85,00")
            shoot(dlg, "expense", lang)

            diary = window.show_view("notes")
            diary.new_entry(child_id)  # type: ignore[attr-defined]
            ed = diary.editor  # type: ignore[attr-defined]
            ed.tag_boxes["magtanvendelse"].setChecked(True)
            ed.text.setPlainText("Eksempel: barnet blev holdt fast i armen ved vejen." if lang == "da"
                                 else "Example: the child was held by the arm near the road.")
            settle()
            window.grab().save(str(OUT / f"note-editor-{lang}.png"))
            ctx.interactive = True
            shoot_modal(diary.save, "note-incident-prompt", lang)  # type: ignore[attr-defined]
            ctx.interactive = False
            ctx.undo_stack.undo()

            doc_view = window.show_view("documents")
            if not documents.list_documents(s):
                prev = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
                documents.generate(s, DocumentKind.NIGHTS_REPORT, cid, f"{prev[0]:04d}-{prev[1]:02d}")
            doc = documents.list_documents(s)[0]
            shoot(MarkSentDialog(doc, today, [], doc_view), "mark-sent", lang)

            ov = window.show_view("overview")
            settle()
            panel = ov.this_month  # type: ignore[attr-defined]
            idx = panel.model.index(0, 2)
            ctx.interactive = True
            shoot_modal(lambda p=panel, i=idx: p.explain(i), "why-popup", lang)

            def bad_stay() -> None:
                try:
                    stays.add_stay(s, cid, datetime.combine(today, time(16)),
                                   datetime.combine(today - timedelta(days=2), time(16)))
                except Exception as e:
                    ctx.show_error(e, window)
            shoot_modal(bad_stay, "validation-error", lang)

            def unexpected() -> None:
                try:
                    {}["secret"]
                except Exception as e:
                    ctx.show_error(e, window)
            shoot_modal(unexpected, "unexpected-error", lang)
            ctx.interactive = False

            pctx = AppContext(pw_dir)
            pctx.interactive = False
            lock = LockScreen(pctx)
            lock.resize(1366, 768)
            lock.show()
            lock.reset()
            lock.password.setText("forkert")
            lock.unlock()
            shoot(lock, "unlock-wrong-password", lang)
        switch_language(ctx, "da")
        window.close()
        ctx.lock()
        i18n.install("da")
    print("dialog screenshots in", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
