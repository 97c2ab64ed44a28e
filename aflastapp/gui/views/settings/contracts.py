# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger → Børn og aftaler: each child's contract; a new child with its contract, editing
one (the child's name and birth date too), an opsigelse, deleting a contract."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QTableWidgetItem

from aflastapp.core.models import Contract
from aflastapp.gui import fmt
from aflastapp.gui.views.settings.common import Section, button_row, read_only_table
from aflastapp.gui.views.settings.dialogs import ChildContractDialog, TerminationDialog
from aflastapp.gui.widgets.common import municipality_name

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


class ContractsSection(Section):
    key = "children"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        self.contracts: list[Contract] = []
        self.child_names: dict[str, str] = {}
        self.contract_table = read_only_table(self, [
            self.tr("Barn"), self.tr("Kommune"), self.tr("Start"), self.tr("Slut"), self.tr("Vederlag"),
            self.tr("Sagsbehandler")], self.tr("Børn og aftaler"))
        self.contract_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contract_table.doubleClicked.connect(lambda _i: self.edit_contract())
        self.lay.addWidget(self.contract_table)
        add = QPushButton(self.tr("&Nyt barn og aftale …"), self)
        add.clicked.connect(self.new_child)
        edit = QPushButton(self.tr("&Ret aftale …"), self)
        edit.clicked.connect(self.edit_contract)
        terminate = QPushButton(self.tr("Registrér &opsigelse …"), self)
        terminate.setToolTip(self.tr("Aftalen er opsagt: skriv hvornår, så viser Overblik, hvornår varslet udløber."))
        terminate.clicked.connect(self.terminate_contract)
        delete = QPushButton(self.tr("S&let aftale"), self)
        delete.clicked.connect(self.delete_contract)
        self.lay.addLayout(button_row(add, edit, terminate, delete))

    def tab_title(self) -> str:
        return self.tr("&Børn og aftaler")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import children, contracts

        names = {c.id: c.name for c in children.list_children(s)}
        self.child_names = names
        munis = contracts.known_municipalities()
        self.contracts = contracts.list_contracts(s)
        self.contract_table.setRowCount(len(self.contracts))
        for r, c in enumerate(self.contracts):
            end = fmt.day(c.end) if c.end else ""
            if c.terminated_on is not None:
                end = self.tr("%1 (opsagt %2)").replace("%1", end).replace("%2", fmt.day(c.terminated_on)).strip()
            count = str(c.vederlag_count)
            if c.vederlag_count is None:
                usual, _source = contracts.usual_vederlag_count(c.municipality)
                count = self.tr("%1 (antaget)").replace("%1", str(usual or 0))
            cells = [names.get(c.child_id, c.child_id), municipality_name(munis.get(c.municipality, c.municipality)),
                     fmt.day(c.start), end, count, c.caseworker]
            for col, text in enumerate(cells):
                self.contract_table.setItem(r, col, QTableWidgetItem(text))

    def clear(self) -> None:
        self.contract_table.setRowCount(0)
        self.contracts = []
        self.child_names = {}

    def selected_contract(self) -> Contract | None:
        row = self.contract_table.currentRow()
        if 0 <= row < len(self.contracts):
            return self.contracts[row]
        return None

    # ------------------------------------------------------------------ a new child

    def new_child(self) -> None:
        dialog = ChildContractDialog(self.ctx, parent=self)
        dialog.run(self.ctx, lambda v: self.add_child_and_contract(v["child"]["name"], v["child"]["birth_date"],
                                                                  v["contract"]))

    def add_child_and_contract(self, name: str, birth: date, values: dict[str, Any]) -> Contract | None:
        """The child and its first contract in one undoable step (nothing half-written)."""
        from aflastapp.services import contracts

        made: dict[str, str] = {}  # the ids of the first do(), so a redo makes the same rows

        def do(s: Any) -> Contract:
            child, contract = contracts.add_child_with_contract(
                s, name, birth, child_id=made.get("child"), contract_id=made.get("contract"), **values)
            made.update(child=child.id, contract=contract.id)
            return contract

        def undo(s: Any, _c: Contract) -> None:
            contracts.remove_child_with_contract(s, made["child"], made["contract"])

        result: Contract | None = self.execute(self.tr("Nyt barn og aftale"), do, undo)
        return result

    # ------------------------------------------------------------------ editing

    def edit_contract(self) -> None:
        from aflastapp.services import children

        c = self.selected_contract()
        s = self.ctx.session
        if c is None or s is None:
            return
        child = children.get_child(s, c.child_id)
        dialog = ChildContractDialog(self.ctx, c, child.name, parent=self, child_birth=child.birth_date)
        dialog.run(self.ctx, lambda v: self.update_contract(c, v["contract"], v["child"]))

    def update_contract(self, c: Contract, values: dict[str, Any],
                        child_values: dict[str, Any] | None = None) -> Contract | None:
        """The contract's fields and (from the same dialog) the child's name and birth date: one step."""
        from aflastapp.services import children, contracts

        old = {k: getattr(c, k) for k in values}
        s = self.ctx.require_session()
        child = children.get_child(s, c.child_id)
        old_child = {"name": child.name, "birth_date": child.birth_date}
        new_child = {k: v for k, v in (child_values or {}).items() if old_child.get(k) != v}

        def do(s: Any) -> Contract:
            with s.transaction():
                if new_child:
                    children.update_child(s, c.child_id, **new_child)
                return contracts.update_contract(s, c.id, **values)

        def undo(s: Any, _r: Contract) -> None:
            with s.transaction():
                contracts.update_contract(s, c.id, **old)
                if new_child:
                    children.update_child(s, c.child_id, **old_child)

        result: Contract | None = self.execute(self.tr("Ret aftale"), do, undo)
        return result

    def delete_contract(self) -> None:
        from aflastapp.services import contracts

        c = self.selected_contract()
        if c is None:
            self.inform(self.tr("Vælg først aftalen i listen."))
            return
        if self.ctx.interactive and QMessageBox.question(
                self, self.tr("Slet aftale"),
                self.tr("Slet aftalen? Det kan kun lade sig gøre, hvis der ikke er ophold, kørsel eller udlæg "
                        "på den. I kan fortryde med Ctrl+Z.")) != QMessageBox.StandardButton.Yes:
            return
        self.execute(self.tr("Slet aftale"), lambda s: contracts.delete_contract(s, c.id),
                     lambda s, old: contracts.add_contract(
                         s, old.child_id, old.municipality, old.start, old.end, old.vederlag_count,
                         old.child_ordinal, old.caseworker, old.consultant, old.terminated_on, id=old.id))

    # ------------------------------------------------------------------ opsigelse

    def terminate_contract(self) -> TerminationDialog | None:
        """The opsigelse dialog for the chosen contract; it stays open on a refused date."""
        c = self.selected_contract()
        if c is None:
            self.inform(self.tr("Vælg først aftalen i listen."))
            return None
        dialog = TerminationDialog(self.ctx, c, self.child_names.get(c.child_id, ""), self)
        self.view.termination_dialog = dialog  # for tests and the screenshot script
        dialog.run(self.ctx, lambda v: self.record_termination(c, v["terminated_on"], v["last_day"]))
        return dialog

    def record_termination(self, c: Contract, terminated_on: date, last_day: date) -> Contract | None:
        """The opsigelse as one undoable step; undo puts the old end date (and any earlier opsigelse) back."""
        from aflastapp.services import contracts

        old_end, old_terminated = c.end, c.terminated_on
        result: Contract | None = self.execute(
            self.tr("Registrér opsigelse"),
            lambda s: contracts.terminate_contract(s, c.id, terminated_on, last_day),
            lambda s, _r: contracts.update_contract(s, c.id, end=old_end, terminated_on=old_terminated))
        return result
