"""Screenshots of Udbetalinger (and its payment dialog) in Danish and English, from the demo diary with
a few payments recorded as a family would: one month short in kost og logi, the others as expected.

    QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/take_payments.py [--today 2026-03-16]

Like take.py: a temp data folder, an in-memory keyring, the app grabs its own window.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default="2026-03-16")
    today = date.fromisoformat(ap.parse_args().today)

    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(app)  # as app.run does: date fields in the language's form
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.context import AppContext
    from aflastapp.gui.main_window import MainWindow
    from aflastapp.gui.views.payments import PaymentDialog
    from aflastapp.gui.views.settings import switch_language
    from aflastapp.services import contracts, payments, portable, rates, session

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        data.mkdir()
        s, _key = session.setup(data)
        portable.make_demo(s, 2, 2)
        if date(2026, 1, 1) not in {r.valid_from for r in rates.list_kl_overrides(s)}:
            rates.add_kl_override(s, date(2026, 1, 1), source="Kommunens brev af 12.12.2025",
                                  vederlag_per_day="171", kost_logi_under_10="215", kost_logi_10_plus="229",
                                  kost_logi_third_child="197")
        months = []
        y, m = today.year, today.month
        for _ in range(3):
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
            months.append((y, m))
        short_month = months[1]  # paid last month, short in kost og logi
        for n, c in enumerate(contracts.list_contracts(s)):
            for y, m in months[1:]:
                d = payments.defaults(s, c.id, f"{y:04d}-{m:02d}")
                amounts = {f: d[f] for f in ("vederlag", "kost_logi", "mileage") if d.get(f)}
                if n == 0 and (y, m) == short_month and amounts.get("kost_logi"):
                    amounts["kost_logi"] -= 215
                payments.add_payment(s, c.id, f"{y:04d}-{m:02d}", d["paid_on"].replace(day=15), **amounts)
        ctx = AppContext(data)
        ctx.interactive = False
        ctx.today_override = today
        ctx.set_session(s)
        window = MainWindow(ctx, gui_settings(data))
        window.resize(1366, 768)
        window.show()

        def settle() -> None:
            ctx.wait_for_ops()
            for _ in range(5):
                app.processEvents()
            ctx.wait_for_ops()

        for lang in ("da", "en"):
            switch_language(ctx, lang)
            window.resize(1366, 768)
            view = window.show_view("payments")
            view.set_year(short_month[0])  # type: ignore[attr-defined]
            for row, check in enumerate(view.model.objects):  # type: ignore[attr-defined]
                if str(check.status) == "underpaid":
                    view.table.selectRow(row)  # type: ignore[attr-defined]
                    break
            settle()
            window.grab().save(str(OUT / f"payments-{lang}.png"))
            cid = contracts.list_contracts(s)[0].id
            dlg = PaymentDialog(s, cid, f"{months[0][0]:04d}-{months[0][1]:02d}", parent=window)
            dlg.show()
            settle()
            dlg.grab().save(str(OUT / "dialogs" / f"payment-{lang}.png"))
            dlg.close()
        ctx.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
