"""Eksportér frister til kalender: the deadlines as an iCalendar file for the family's phone or calendar.

The dialog says what the file holds and what it leaves out (no names, addresses, notes or amounts;
children as "barn 1", "barn 2" …, with the numbers shown here), lets the family choose the period and a
reminder, and writes the file through ``services.calendar_file``.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from aflastapp.gui.widgets.common import from_qdate, ok_cancel, to_qdate
from aflastapp.gui.widgets.forms import add_help_button


def tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExportDialog", text)


class CalendarExportDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from aflastapp.services import calendar_file, children

        self.ctx = ctx
        self.setWindowTitle(tr("Eksportér frister til kalender"))
        form = QFormLayout(self)
        intro = QLabel(tr("Gemmer fristerne som en kalenderfil (.ics), som I kan åbne i telefonens eller "
                          "computerens kalender. Eksporterer I igen, opdateres de samme begivenheder; "
                          "klarede frister bliver aflyst."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        privacy = QLabel(self)
        privacy.setWordWrap(True)
        privacy.setStyleSheet("QLabel { background: #eef5ee; border: 1px solid #a8cfa8; border-radius: 4px;"
                              " padding: 6px; }")
        text = tr("Filen indeholder ingen personoplysninger: ingen navne, adresser, registreringsnummer, "
                  "notater eller beløb – kun hvad der skal gøres, hvornår og for hvilken kommune. "
                  "Påmindelser om fødselsdage og magtanvendelse kommer ikke med, fordi datoen alene "
                  "siger noget om barnet.")
        s = ctx.require_session()
        kids = children.list_children(s)
        numbers = calendar_file.child_numbers(kids)
        if len(kids) > 1:
            names = {c.id: c.name for c in kids}
            listed = ", ".join(tr("barn %1 = %2").replace("%1", str(n)).replace("%2", names[cid])
                               for cid, n in sorted(numbers.items(), key=lambda kv: kv[1]))
            text += "<br><br>" + html.escape(tr("Børnene hedder i kalenderen: %1 (navnene står kun her, "
                                                "ikke i filen).").replace("%1", listed))
        privacy.setText(text)
        privacy.setAccessibleName(tr("Om personoplysninger"))
        form.addRow(privacy)
        today = ctx.today()
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.start.setDate(to_qdate(today - timedelta(days=60)))
        self.start.setAccessibleName(tr("Fra dato"))
        form.addRow(tr("&Fra"), self.start)
        self.end = QDateEdit(self)
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd.MM.yyyy")
        self.end.setDate(to_qdate(today + timedelta(days=365)))
        self.end.setAccessibleName(tr("Til dato"))
        form.addRow(tr("&Til"), self.end)
        self.alarm = QComboBox(self)
        self.alarm.setAccessibleName(tr("Påmindelse"))
        self.alarm.addItem(tr("Dagen før"), "day_before")
        self.alarm.addItem(tr("Tre dage før"), "three_days")
        self.alarm.addItem(tr("Ingen påmindelse"), "none")
        form.addRow(tr("&Påmindelse"), self.alarm)
        form.addRow(ok_cancel(self, tr("&Gem kalenderfil …")))
        add_help_button(self, "roed-frist")
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        return {"start": from_qdate(self.start.date()), "end": from_qdate(self.end.date()),
                "alarm": self.alarm.currentData()}

    def export_to(self, path: str | Path) -> Any:
        """Write the file (tests call this; the dialog asks for the file name first)."""
        from aflastapp.services import calendar_file

        s = self.ctx.session
        if s is None:
            return None
        v = self.values()
        try:
            return calendar_file.export_calendar(s, path, v["start"], v["end"], alarm=v["alarm"],
                                                 today=self.ctx.today())
        except Exception as e:
            self.ctx.show_error(e, self)
            return None


def export_deadlines(ctx: Any, parent: QWidget | None = None) -> Any:
    """The whole action: the dialog, the file name, the file, and a word on what was written."""
    if ctx.session is None:
        return None
    dlg = CalendarExportDialog(ctx, parent)
    while dlg.exec() == QDialog.DialogCode.Accepted:
        name, _ = QFileDialog.getSaveFileName(parent, tr("Gem kalenderfil"),
                                              str(Path.home() / f"frister-{date.today().isoformat()}.ics"),
                                              tr("Kalenderfil (*.ics)"))
        if not name:
            continue
        if not name.lower().endswith(".ics"):
            name += ".ics"
        done = dlg.export_to(name)
        if done is None:
            continue
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, tr("Kalenderfilen er gemt"),
                                tr("%1 frister er gemt i %2. Åbn filen i jeres kalender.")
                                .replace("%1", str(done.events)).replace("%2", str(done.path)))
        return done
    return None
