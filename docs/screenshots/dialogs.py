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
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent / "dialogs"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default="2026-03-16")
    ap.add_argument("--size", default="1366x768", help="main window size; not 1366x768 → dialogs/<size>/")
    ap.add_argument("--out", default="", help="another folder for the pictures")
    args = ap.parse_args()
    today = date.fromisoformat(args.today)
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out) if args.out else (OUT if args.size == "1366x768" else OUT / args.size)
    out.mkdir(parents=True, exist_ok=True)

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    app = QApplication([])
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(app)  # as app.run does: date fields in the language's format
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

    contexts: list[AppContext] = []

    def settle() -> None:
        for c in contexts:
            c.wait_for_ops()  # what was read or written off the GUI thread has arrived
        for _ in range(5):
            app.processEvents()
        for c in contexts:
            c.wait_for_ops()

    def shoot(w: QWidget, name: str, lang: str) -> None:
        w.show()
        settle()
        w.grab().save(str(out / f"{name}-{lang}.png"))
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
            box.grab().save(str(out / f"{name}-{lang}.png"))
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
        contexts.append(ctx)
        window = MainWindow(ctx, gui_settings(data))
        window.resize(width, height)
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
            window.resize(width, height)
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
            window.grab().save(str(out / f"note-editor-{lang}.png"))
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

            # a validation error: the dialog stays open with what was typed, the bad field marked
            drv = window.show_view("driving")
            bad = TripDialog(s, contract_id=cid, day=today, parent=drv)
            bad.purpose.setText("Afhentning" if lang == "da" else "Pick-up")
            bad.from_place.setText("Hjem" if lang == "da" else "Home")
            bad.to_place.setText("Skovvej 9, Korsør")
            bad.km.setText("tolv" if lang == "da" else "twelve")
            bad.submit_with(ctx, drv.save_new)  # type: ignore[attr-defined]
            bad.show()
            bad.accept()
            settle()
            bad.grab().save(str(out / f"validation-error-{lang}.png"))
            bad.reject()

            st = window.show_view("settings")
            c0 = contracts.list_contracts(s)[0]
            from aflastapp.gui.views.settings import ChildContractDialog
            from aflastapp.services import children
            kid = children.get_child(s, c0.child_id)
            shoot(ChildContractDialog(ctx, c0, kid.name, st, child_birth=kid.birth_date), "contract-edit",
                  lang)
            shoot(ChildContractDialog(ctx, parent=st), "contract-new", lang)
            from aflastapp.gui.views.settings import TerminationDialog
            from aflastapp.gui.views.settings.dialogs import PasswordDialog
            shoot(TerminationDialog(ctx, c0, kid.name, st), "termination", lang)
            pw = PasswordDialog(st.tr("Skift adgangskode") if lang == "da" else "Change password",
                                ask_current=True, parent=st)
            shoot(pw, "password-change", lang)

            def grab_rate(view: QWidget = st, name: str = f"rate-{lang}.png") -> None:
                settle()
                view.rates_tab.rate_dialog.grab().save(str(out / name))  # type: ignore[attr-defined]
                view.rates_tab.rate_dialog.reject()  # type: ignore[attr-defined]

            QTimer.singleShot(0, grab_rate)
            st.rates_tab.add_rate(today.year)  # type: ignore[attr-defined]
            from aflastapp.gui.help import show_help
            guide = show_help(window, "forste-uge", lang)
            settle()
            guide.grab().save(str(out / f"guide-{lang}.png"))
            guide.close()
            docs_view = window.show_view("documents")
            if docs_view.model.rowCount():  # type: ignore[attr-defined]
                docs_view.table.selectRow(0)  # type: ignore[attr-defined]
            settle()
            window.grab().save(str(out / f"documents-preview-{lang}.png"))

            def unexpected() -> None:
                try:
                    {}["secret"]
                except Exception as e:
                    ctx.show_error(e, window)
            shoot_modal(unexpected, "unexpected-error", lang)
            ctx.interactive = False

            pctx = AppContext(pw_dir)
            pctx.interactive = False
            contexts.append(pctx)
            lock = LockScreen(pctx)
            lock.resize(width, height)
            lock.show()
            lock.reset()
            lock.password.setText("forkert")
            lock.unlock()
            shoot(lock, "unlock-wrong-password", lang)
        switch_language(ctx, "da")
        window.close()
        ctx.lock()
        i18n.install("da")
    print("dialog screenshots in", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
