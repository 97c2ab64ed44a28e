"""Indstillinger: one tab per section, each its own small widget (``Section``) in this package."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from aflastapp.gui import ops
from aflastapp.gui.context import AppContext
from aflastapp.gui.views.base import View
from aflastapp.gui.views.settings.backups import BackupsSection
from aflastapp.gui.views.settings.closed_days import ClosedDaysSection
from aflastapp.gui.views.settings.common import Section
from aflastapp.gui.views.settings.contracts import ContractsSection
from aflastapp.gui.views.settings.dialogs import TerminationDialog
from aflastapp.gui.views.settings.family import FamilySection
from aflastapp.gui.views.settings.language import LanguageSection
from aflastapp.gui.views.settings.rates import RatesSection
from aflastapp.gui.views.settings.security import SecuritySection

SECTIONS = ("family", "children", "closed_days", "rates", "security", "backups", "language")


class SettingsView(View):
    view_id = "settings"
    icon_name = "settings"
    shows = frozenset({ops.CONTRACTS, ops.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_notice = ""
        self.termination_dialog: TerminationDialog | None = None  # the last one opened (tests, screenshots)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        heading = QLabel(self.title, self)
        f = heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        heading.setFont(f)
        layout.addWidget(heading)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Indstillinger"))
        layout.addWidget(self.tabs, 1)
        self.family_tab = FamilySection(self)
        self.contracts_tab = ContractsSection(self)
        self.closed_days_tab = ClosedDaysSection(self)
        self.rates_tab = RatesSection(self)
        self.security_tab = SecuritySection(self)
        self.backups_tab = BackupsSection(self)
        self.language_tab = LanguageSection(self)
        self.sections: tuple[Section, ...] = (
            self.family_tab, self.contracts_tab, self.closed_days_tab, self.rates_tab, self.security_tab,
            self.backups_tab, self.language_tab)
        assert tuple(s.key for s in self.sections) == SECTIONS
        for section in self.sections:
            self.tabs.addTab(section, section.tab_title())

    @property
    def title(self) -> str:
        return self.tr("Indstillinger")

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        for section in self.sections:
            section.refresh(s)

    def clear(self) -> None:
        for section in self.sections:
            section.clear()

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "section" and params.get("name") in SECTIONS:
            self.tabs.setCurrentIndex(SECTIONS.index(str(params["name"])))
        elif action == "rate":  # a missing rate named in the Overblik: the dialog for that year
            self.tabs.setCurrentIndex(SECTIONS.index("rates"))
            year = int(params.get("year") or self.ctx.today().year)
            field = str(params.get("field") or "")
            if field == "low_per_km":
                self.rates_tab.add_mileage_rate(year)
            else:
                self.rates_tab.add_rate(year, field)

    def inform(self, text: str) -> None:
        """A short confirmation in normal colour; in tests and smoke runs (non-interactive) only recorded."""
        self.last_notice = text
        if self.ctx.interactive:
            QMessageBox.information(self, self.title, text)
