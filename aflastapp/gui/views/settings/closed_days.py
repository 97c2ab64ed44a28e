# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger → Lukkedage: the days the municipality is closed (used for deadlines when the
handbook says nothing else), shown as "24. december" / "December 24"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton

from aflastapp.gui import fmt
from aflastapp.gui.views.settings.common import Section, button_row, date_edit

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


def day_of_year(month: int, day: int, lang: str | None = None) -> str:
    """A day that comes back every year: "24. december" (da), "December 24" (en)."""
    from aflastapp.core.money import month_name

    lang = lang or fmt.current_language()
    if lang == "da":
        return f"{day}. {month_name(month, 'da')}"
    return f"{month_name(month, lang)} {day}"


class ClosedDaysSection(Section):
    key = "closed_days"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        info = QLabel(self.tr("Dage hvor kommunen har lukket (bruges til frister, når håndbogen ikke siger andet)."),
                      self)
        info.setWordWrap(True)
        self.lay.addWidget(info)
        self.closed_list = QListWidget(self)
        self.closed_list.setAccessibleName(self.tr("Lukkedage"))
        self.lay.addWidget(self.closed_list)
        self.closed_date = date_edit(self, self.tr("Ny lukkedag"))
        danish = fmt.current_language() == "da"
        self.closed_date.setDisplayFormat("d. MMMM" if danish else "MMMM d")
        self.closed_date.setLocale(QLocale(QLocale.Language.Danish if danish else QLocale.Language.English))
        add = QPushButton(self.tr("&Tilføj"), self)
        add.clicked.connect(self.add_closed_day)
        remove = QPushButton(self.tr("&Fjern valgte"), self)
        remove.clicked.connect(self.remove_closed_day)
        row = button_row(self.closed_date, add, remove, stretch_at=2)
        self.lay.addLayout(row)

    def tab_title(self) -> str:
        return self.tr("&Lukkedage")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import settings as settings_service

        self.closed_list.clear()
        for month, day in sorted(settings_service.get_settings(s).closed_days):
            item = QListWidgetItem(day_of_year(month, day))
            item.setData(Qt.ItemDataRole.UserRole, (month, day))
            self.closed_list.addItem(item)

    def clear(self) -> None:
        self.closed_list.clear()

    def closed_days(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for i in range(self.closed_list.count()):
            month, day = self.closed_list.item(i).data(Qt.ItemDataRole.UserRole)
            out.append((int(month), int(day)))
        return out

    def _set_closed_days(self, days: list[tuple[int, int]], label: str) -> None:
        from aflastapp.services import settings as settings_service

        s = self.ctx.session
        if s is None:
            return
        old = settings_service.get_settings(s).closed_days
        self.execute(label, lambda s: settings_service.set_settings(s, closed_days=sorted(set(days))),
                     lambda s, _r: settings_service.set_settings(s, closed_days=list(old)))

    def add_closed_day(self) -> None:
        q = self.closed_date.date()
        self._set_closed_days([*self.closed_days(), (q.month(), q.day())], self.tr("Tilføj lukkedag"))

    def remove_closed_day(self) -> None:
        item = self.closed_list.currentItem()
        if item is None:
            self.inform(self.tr("Vælg først lukkedagen i listen."))
            return
        gone = tuple(item.data(Qt.ItemDataRole.UserRole))
        self._set_closed_days([d for d in self.closed_days() if d != gone], self.tr("Fjern lukkedag"))
