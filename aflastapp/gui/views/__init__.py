"""The registry of views the main window shows in its sidebar, in this order (Ctrl+1 … Ctrl+9).

Each entry names the class as ``"module:Class"`` (a module of this package), so the module is
imported only when the view is first shown (fast start-up). To add a view: one ``ViewSpec`` line below.

Actions a view accepts through ``View.handle_action`` (sent by ``ctx.navigate.emit(view_id,
action, params)``, e.g. from a deadline's button on Overblik):

- ``calendar``  ``"new_stay"``       {"contract_id": str | None, "date": date | None}
- ``driving``   ``"new_trip"``       {"contract_id": str | None}
- ``expenses``  ``"new_expense"``    {"contract_id": str | None}
- ``notes``     ``"new_note"``       {"child_id": str | None}
- ``meetings``  ``"status_report"``  {"meeting_id": str}
- ``meetings``  ``"new_meeting"``    {"contract_id": str | None}
- ``documents`` ``"show"``           {"document_id": int}  (select it in the outbox and preview it)
- ``documents`` ``"generate"``       {"kind": DocumentKind value, "contract_id": str | None,
                                      "period": str | None, "meeting_id": str | None}
- ``payments``  ``"show"``           {"contract_id": str, "period": "YYYY-MM"}  (select that month)
- ``settings``  ``"section"``        {"name": "family" | "children" | "closed_days" | "rates" |
                                      "security" | "backups" | "language"}
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from aflastapp.gui.fmt import QT_TRANSLATE_NOOP  # typed (returns str); lupdate sees the name

if TYPE_CHECKING:
    from aflastapp.gui.views.base import View


@dataclass(frozen=True)
class ViewSpec:
    view_id: str
    target: str  # "module:ClassName", the module inside aflastapp.gui.views
    title: str  # Danish source text, translated in context "views"

    @property
    def module(self) -> str:
        return "aflastapp.gui.views." + self.target.split(":")[0]

    @property
    def icon_name(self) -> str:
        return self.view_id

    def translated_title(self) -> str:
        return QCoreApplication.translate("views", self.title)

    def load(self) -> type[View]:
        class_name = self.target.split(":")[1]
        cls: type[View] = getattr(importlib.import_module(self.module), class_name)
        return cls


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("overview", "overview:OverviewView", QT_TRANSLATE_NOOP("views", "Overblik")),
    ViewSpec("calendar", "calendar:CalendarView", QT_TRANSLATE_NOOP("views", "Kalender")),
    ViewSpec("driving", "driving:DrivingView", QT_TRANSLATE_NOOP("views", "Kørsel")),
    ViewSpec("expenses", "expenses:ExpensesView", QT_TRANSLATE_NOOP("views", "Udlæg")),
    ViewSpec("notes", "diary:DiaryView", QT_TRANSLATE_NOOP("views", "Dagbog")),
    ViewSpec("meetings", "meetings:MeetingsView", QT_TRANSLATE_NOOP("views", "Møder og statusrapporter")),
    ViewSpec("documents", "documents:DocumentsView", QT_TRANSLATE_NOOP("views", "Dokumenter")),
    ViewSpec("payments", "payments:PaymentsView", QT_TRANSLATE_NOOP("views", "Udbetalinger")),
    ViewSpec("settings", "settings:SettingsView", QT_TRANSLATE_NOOP("views", "Indstillinger")),
)


def spec(view_id: str) -> ViewSpec:
    for s in VIEWS:
        if s.view_id == view_id:
            return s
    raise KeyError(view_id)
