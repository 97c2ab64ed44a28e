# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger → Satser: KL's rates and the km rates with their sources; the family's own rates
(from the municipality's letter) are entered, marked and can be deleted again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem

from aflastapp.gui import fmt
from aflastapp.gui.views.settings.common import Section, button_row, read_only_table
from aflastapp.gui.views.settings.dialogs import MileageRateDialog, RateDialog

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView

D = TypeVar("D", RateDialog, MileageRateDialog)


def _fill(table: QTableWidget, rows: list[tuple[date, bool, list[str]]]) -> None:
    """One row per rate; the family's own rates in bold; each cell knows (valid_from, own)."""
    table.setRowCount(len(rows))
    for r, (valid_from, own, values) in enumerate(rows):
        for col, text in enumerate(values):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, (valid_from, own))
            if own:
                f = cell.font()
                f.setBold(True)
                cell.setFont(f)
            table.setItem(r, col, cell)


def _selected(table: QTableWidget) -> tuple[date, bool] | None:
    item = table.item(table.currentRow(), 0)
    if item is None:
        return None
    valid_from, own = item.data(Qt.ItemDataRole.UserRole)
    return valid_from, bool(own)


class RatesSection(Section):
    key = "rates"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        self.rate_dialog: RateDialog | MileageRateDialog | None = None  # the last one opened (tests, screenshots)
        info = QLabel(self.tr("KL's takster med kilde. Mangler en sats, så indtast den fra kommunens brev; "
                              "jeres egne satser er markeret."), self)
        info.setWordWrap(True)
        self.lay.addWidget(info)
        self.rate_table = read_only_table(self, [
            self.tr("Fra"), self.tr("Vederlag pr. døgn"), self.tr("Kost og logi under 10 år"),
            self.tr("Kost og logi 10 år +"), self.tr("3. barn"), self.tr("Kilde")], self.tr("Satser"))
        self.lay.addWidget(self.rate_table, 3)
        add = QPushButton(self.tr("&Indtast sats …"), self)
        add.clicked.connect(lambda: self.add_rate())
        remove = QPushButton(self.tr("&Slet egen sats"), self)
        remove.clicked.connect(self.delete_rate)
        self.lay.addLayout(button_row(add, remove))

        mileage_info = QLabel(self.tr("Kørselsgodtgørelse pr. km (statens laveste takst, som kommunerne bruger) med "
                                      "kilde. Ændres taksten, så indtast den nye; jeres egne takster er markeret."), self)
        mileage_info.setWordWrap(True)
        self.lay.addWidget(mileage_info)
        self.mileage_table = read_only_table(self, [
            self.tr("Fra"), self.tr("Laveste takst pr. km"), self.tr("Høj takst pr. km"), self.tr("Kilde")],
            self.tr("Kørselstakster"))
        self.lay.addWidget(self.mileage_table, 2)
        add_km = QPushButton(self.tr("Indtast &km-takst …"), self)
        add_km.clicked.connect(lambda: self.add_mileage_rate())
        remove_km = QPushButton(self.tr("Slet egen k&m-takst"), self)
        remove_km.clicked.connect(self.delete_mileage_rate)
        self.lay.addLayout(button_row(add_km, remove_km))

    def tab_title(self) -> str:
        return self.tr("&Satser")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import rates

        def money(v: Any) -> str:
            return fmt.kr(v) if v else "–"

        def source(own: bool, text: str) -> str:
            return (self.tr("Jeres egen: ") if own else "") + fmt.source(text)

        kl_rows, mileage_rows = rates.rate_table(s).rows()
        _fill(self.rate_table, [
            (k.valid_from, k.override, [fmt.day(k.valid_from), money(k.vederlag_per_day), money(k.kost_logi_under_10),
                                        money(k.kost_logi_10_plus), money(k.kost_logi_third_child),
                                        source(k.override, k.source)])
            for k in kl_rows])
        _fill(self.mileage_table, [
            (m.valid_from, m.override, [fmt.day(m.valid_from),
                                        fmt.kr(m.low_per_km) if m.low_per_km is not None else "–",
                                        fmt.kr(m.high_per_km) if m.high_per_km is not None else "–",
                                        source(m.override, m.source)])
            for m in mileage_rows])

    def clear(self) -> None:
        self.rate_table.setRowCount(0)
        self.mileage_table.setRowCount(0)

    # ------------------------------------------------------------------ both kinds of rate

    def _entered(self, dialog: D, save: Callable[[date, str, dict[str, str | None]], Any]) -> D | None:
        """Run a rate dialog that saves through ``save``; the dialog when saved, None when cancelled."""
        self.rate_dialog = dialog
        dialog.run(self.ctx, lambda v: save(v.pop("valid_from"), v.pop("source"), v))
        return dialog if dialog.saved is not None else None

    def _own_chosen(self, table: QTableWidget, choose_first: str, only_own: str) -> date | None:
        """The chosen row's date when it is one of the family's own rates; otherwise say why not."""
        chosen = _selected(table)
        if chosen is None:
            self.inform(choose_first)
            return None
        valid_from, own = chosen
        if not own:
            self.inform(only_own)
            return None
        return valid_from

    # ------------------------------------------------------------------ KL's rates

    def add_rate(self, year: int | None = None, missing: str = "") -> RateDialog | None:
        """A year's KL figures in one dialog; returns it when saved, None when cancelled."""
        return self._entered(RateDialog(year or self.ctx.today().year, missing, self), self.add_rate_override)

    def add_rate_override(self, valid_from: date, source: str, values: dict[str, str | None]) -> Any:
        from aflastapp.services import rates

        return self.execute(self.tr("Indtast sats"),
                            lambda s: rates.add_kl_override(s, valid_from, source, **values),
                            lambda s, r: rates.delete_kl_override(s, r.valid_from))

    def delete_rate(self) -> None:
        from aflastapp.services import rates

        valid_from = self._own_chosen(self.rate_table, self.tr("Vælg først satsen i listen."),
                                      self.tr("Kun jeres egne satser kan slettes."))
        if valid_from is None:
            return
        self.execute(self.tr("Slet sats"), lambda s: rates.delete_kl_override(s, valid_from),
                     lambda s, old: rates.add_kl_override(
                         s, old.valid_from, old.source, vederlag_per_day=old.vederlag_per_day,
                         kost_logi_under_10=old.kost_logi_under_10, kost_logi_10_plus=old.kost_logi_10_plus,
                         kost_logi_third_child=old.kost_logi_third_child))

    # ------------------------------------------------------------------ km rates

    def add_mileage_rate(self, year: int | None = None) -> MileageRateDialog | None:
        return self._entered(MileageRateDialog(year or self.ctx.today().year, self), self.add_mileage_override)

    def add_mileage_override(self, valid_from: date, source: str, values: dict[str, str | None]) -> Any:
        from aflastapp.services import rates

        return self.execute(self.tr("Indtast km-takst"),
                            lambda s: rates.add_mileage_override(s, valid_from, source, **values),
                            lambda s, r: rates.delete_mileage_override(s, r.valid_from))

    def delete_mileage_rate(self) -> None:
        from aflastapp.services import rates

        valid_from = self._own_chosen(
            self.mileage_table, self.tr("Vælg først taksten i listen."),
            self.tr("Kun jeres egne takster kan slettes. De medfølgende takster har en kilde og "
                    "ændres ved at indtaste en ny takst fra en senere dato."))
        if valid_from is None:
            return
        self.execute(self.tr("Slet km-takst"), lambda s: rates.delete_mileage_override(s, valid_from),
                     lambda s, old: rates.add_mileage_override(
                         s, old.valid_from, old.source, low_per_km=old.low_per_km, high_per_km=old.high_per_km))
