"""Take the screenshots of every view (Overblik, Kalender, Kørsel, Udlæg, Dagbog, Møder og
statusrapporter, Dokumenter with a PDF previewed, each Indstillinger tab), every setup-wizard page
(+ restore), the lock screen and the About dialog, in Danish and English at 1366×768, from a demo
diary made through the services.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/take.py [--today 2026-03-16]

Uses a temp data folder and an in-memory keyring: nothing touches the real keychain or home folder.
The app grabs its own window (deterministic; no X server needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent


VIEWS = (("overview", "overview"), ("calendar", "calendar"), ("driving", "driving"),
         ("expenses", "expenses"), ("notes", "diary"), ("meetings", "meetings"),
         ("documents", "documents"), ("settings", "settings"))


def _month_before(year: int, month: int) -> tuple[int, int]:
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _preview_a_document(view: object, s: object, today: date) -> None:
    """Make last month's nights report (once) and preview it, as the family would."""
    from aflastapp.core.models import DocumentKind
    from aflastapp.services import contracts, documents

    if not documents.list_documents(s):
        cid = contracts.list_contracts(s)[0].id
        prev = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        documents.generate(s, DocumentKind.NIGHTS_REPORT, cid, f"{prev[0]:04d}-{prev[1]:02d}")
    view.reload()  # type: ignore[attr-defined]
    view.table.selectRow(0)  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default="2026-03-16")
    ap.add_argument("--size", default="1366x768", help="window size; not 1366x768 → docs/screenshots/<size>/")
    ap.add_argument("--out", default="", help="another folder for the pictures")
    args = ap.parse_args()
    today = date.fromisoformat(args.today)
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out) if args.out else (OUT if args.size == "1366x768" else OUT / args.size)
    out.mkdir(parents=True, exist_ok=True)

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(app)  # as app.run does: date fields in the language's format
    from aflastapp.gui import i18n
    from aflastapp.gui.about import AboutDialog
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.main_window import MainWindow
    from aflastapp.gui.views.settings import SECTIONS, switch_language
    from aflastapp.gui.wizard import SetupWizardDialog
    from aflastapp.services import portable, rates, session

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        data.mkdir()
        s, _key = session.setup(data)
        portable.make_demo(s, 2, 2)
        # The shipped KL table has no 2026 row yet: enter it as the family would, from the letter.
        existing = {r.valid_from for r in rates.list_kl_overrides(s)}
        if date(2026, 1, 1) not in existing:
            rates.add_kl_override(s, date(2026, 1, 1), source="Kommunens brev af 12.12.2025",
                                  vederlag_per_day="171", kost_logi_under_10="215", kost_logi_10_plus="229",
                                  kost_logi_third_child="197")
        ctx = AppContext(data)
        ctx.interactive = False
        ctx.today_override = today
        ctx.set_session(s)
        window = MainWindow(ctx, gui_settings(data))
        window.resize(width, height)
        window.show()

        def settle() -> None:
            for c in (ctx, *extra):
                c.wait_for_ops()  # what the views read off the GUI thread has arrived
            for _ in range(5):
                app.processEvents()
            for c in (ctx, *extra):
                c.wait_for_ops()  # … and the chart drawn after it
            for _ in range(3):
                app.processEvents()

        extra: list[AppContext] = []

        for lang in ("da", "en"):
            switch_language(ctx, lang)
            window.resize(width, height)
            for view_id, name in VIEWS:
                view = window.show_view(view_id)
                if view_id == "calendar":
                    view.set_month(today.year, today.month)  # type: ignore[attr-defined]
                if view_id in ("driving", "expenses"):
                    # last month: the demo diary has its trips and receipts there
                    m = view.month  # type: ignore[attr-defined]
                    m.set_month(*((today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)))
                if view_id in ("driving", "expenses"):
                    settle()
                    for _ in range(6):  # back to a month the demo has rows in
                        if view.model.rowCount():  # type: ignore[attr-defined]
                            break
                        m.set_month(*_month_before(m.year, m.month))
                        settle()
                if view_id in ("notes", "meetings", "expenses", "driving") and view.model.rowCount():  # type: ignore[attr-defined]
                    view.table.selectRow(0)  # type: ignore[attr-defined]
                if view_id == "documents":
                    _preview_a_document(view, ctx.session, today)
                settle()
                window.grab().save(str(out / f"{name}-{lang}.png"))
                if view_id == "settings":
                    for section in SECTIONS[1:]:
                        view.handle_action("section", {"name": section})
                        settle()
                        window.grab().save(str(out / f"settings-{section.replace('_', '-')}-{lang}.png"))
                    view.handle_action("section", {"name": "family"})
            about = AboutDialog(window)
            about.show()
            settle()
            about.grab().save(str(out / f"about-{lang}.png"))
            about.close()
            ctx.lock()
            settle()
            window.grab().save(str(out / f"lock-{lang}.png"))
            ctx.set_session(session.unlock(data))
            settle()
            wctx = AppContext(Path(tmp) / f"empty-{lang}")
            wctx.interactive = False
            wctx.today_override = today
            extra.append(wctx)
            wizard = SetupWizardDialog(wctx)
            wizard.show()
            wizard.next()
            wizard.family.name.setText("Familien Jensen" if lang == "da" else "The Jensen family")
            wizard.family.address.setText("Skovvej 3, 4200 Slagelse")
            settle()
            wizard.grab().save(str(out / f"wizard-family-{lang}.png"))
            wizard.next()
            wizard.child.name.setText("Emma")
            wizard.child.municipality.setCurrentIndex(1)
            wizard.child.vederlag.setValue(7)
            settle()
            wizard.grab().save(str(out / f"wizard-child-{lang}.png"))
            wizard.next()
            settle()
            wizard.grab().save(str(out / f"wizard-security-{lang}.png"))
            wizard.next()  # creates the diary in the temp folder
            settle()
            wizard.grab().save(str(out / f"wizard-recovery-{lang}.png"))
            wizard.recovery.confirm.setChecked(True)  # as after printing or saving the sheet
            wizard.next()
            settle()
            wizard.grab().save(str(out / f"wizard-done-{lang}.png"))
            wizard.close()
            wizard = SetupWizardDialog(wctx)
            wizard.show()
            settle()
            wizard.grab().save(str(out / f"wizard-welcome-{lang}.png"))
            wizard.start_restore()
            wizard.restore_page.file.setText("/media/usb/aflastapp-2026-03-01.aflastbak")
            settle()
            wizard.grab().save(str(out / f"wizard-restore-{lang}.png"))
            wizard.close()
        switch_language(ctx, "da")
        window.close()
        ctx.lock()
        i18n.install("da")
    print("screenshots in", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
