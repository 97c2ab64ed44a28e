# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger: family, children and contracts, closed days, rates, security, backups, language."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.models import Contract
from aflastapp.gui import fmt, ops
from aflastapp.gui.context import AppContext
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.forms import FormDialog
from aflastapp.gui.wizard import backup_file_filter, backup_start_folder

SECTIONS = ("family", "children", "closed_days", "rates", "security", "backups", "language")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _amount_text(text: str) -> str | None:
    """A rate as the family types it ("1.234,50", "3,81" or "3.81") → "1234.50"; empty → None.

    The service validates the number and names the field if it is not one."""
    t = text.strip().replace(" ", "").removesuffix("kr.").removesuffix("kr").strip()
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    return t or None


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    e = QDateEdit(parent)
    e.setCalendarPopup(True)
    e.setDisplayFormat("dd.MM.yyyy")
    e.setAccessibleName(name)
    return e


def _fit_placeholder(edit: QLineEdit) -> None:
    """Wide enough to show its placeholder whole."""
    fm = edit.fontMetrics()
    edit.setMinimumWidth(fm.horizontalAdvance(edit.placeholderText()) + 24)


class ChildContractDialog(FormDialog):
    """A new child with its contract, or a contract to edit (the child's name and birth date too)."""
    help_section = "opsaetning"


    def __init__(self, ctx: AppContext, contract: Contract | None = None, child_name: str = "",
                 parent: QWidget | None = None, child_birth: date | None = None) -> None:
        from aflastapp.services.wizard import OTHER_MUNICIPALITY, municipalities

        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret aftale") if contract else self.tr("Nyt barn og aftale"))
        form = QFormLayout(self)
        self.name = QLineEdit(child_name, self)
        self.name.setAccessibleName(self.tr("Barnets navn"))
        self.birth = _date_edit(self, self.tr("Fødselsdato"))
        self.birth.setDate(_qdate(date(ctx.today().year - 8, 1, 1)))
        self.municipality = QComboBox(self)
        self.municipality.setAccessibleName(self.tr("Kommune"))
        for mid, name in municipalities():
            self.municipality.addItem(self.tr("Anden kommune") if mid == OTHER_MUNICIPALITY else name, mid)
        self.start = _date_edit(self, self.tr("Aftalens start"))
        self.start.setDate(_qdate(ctx.today().replace(day=1)))
        self.end = _date_edit(self, self.tr("Aftalens slut"))
        self.vederlag = QSpinBox(self)
        self.vederlag.setRange(0, 30)
        self.vederlag.setAccessibleName(self.tr("Antal vederlag"))
        self.ordinal = QSpinBox(self)
        self.ordinal.setRange(1, 10)
        self.ordinal.setAccessibleName(self.tr("Barnets nummer hos kommunen"))
        self.ordinal.setToolTip(self.tr("3. og 4. barn fra samme kommune får en lavere sats for kost og logi."))
        self.caseworker = QLineEdit(self)
        self.caseworker.setAccessibleName(self.tr("Sagsbehandler"))
        self.consultant = QLineEdit(self)
        self.consultant.setAccessibleName(self.tr("Familieplejekonsulent"))
        self.case_reference = QLineEdit(self)
        self.case_reference.setAccessibleName(self.tr("Sagsnummer"))
        self.case_reference.setToolTip(self.tr("Kommunens sagsnummer; står på alle dokumenter for aftalen."))
        self.end_enabled = QComboBox(self)
        self.end_enabled.addItem(self.tr("Ingen slutdato"), False)
        self.end_enabled.addItem(self.tr("Slutter den:"), True)
        self.end_enabled.setAccessibleName(self.tr("Slutdato"))
        self.end_enabled.currentIndexChanged.connect(lambda _i: self.end.setEnabled(bool(self.end_enabled.currentData())))
        self.end.setEnabled(False)
        self.end.setDate(self.start.date().addYears(1))
        self.ctx = ctx
        self.contract = contract
        if child_birth is not None:
            self.birth.setDate(_qdate(child_birth))
        form.addRow(self.tr("Barnets &navn:"), self.name)
        form.addRow(self.tr("&Fødselsdato:"), self.birth)
        form.addRow(self.tr("&Kommune:"), self.municipality)
        form.addRow(self.tr("Aftalen &starter:"), self.start)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_enabled)
        end_row.addWidget(self.end, 1)
        end_label = QLabel(self.tr("Aftalen s&lutter:"), self)
        end_label.setBuddy(self.end_enabled)
        form.addRow(end_label, end_row)
        form.addRow(self.tr("Antal &vederlag:"), self.vederlag)
        form.addRow(self.tr("Barnets n&ummer:"), self.ordinal)
        form.addRow(self.tr("S&agsbehandler:"), self.caseworker)
        form.addRow(self.tr("Familiepleje&konsulent:"), self.consultant)
        form.addRow(self.tr("Sagsnumme&r:"), self.case_reference)
        if contract is None:  # a new contract starts from the municipality's usual number of vederlag
            self.municipality.currentIndexChanged.connect(lambda _i: self._usual_vederlag())
            self._usual_vederlag()
        if contract is not None:
            self.municipality.setCurrentIndex(max(0, self.municipality.findData(contract.municipality)))
            self.start.setDate(_qdate(contract.start))
            if contract.end is not None:
                self.end_enabled.setCurrentIndex(1)
                self.end.setDate(_qdate(contract.end))
            if contract.vederlag_count is None:
                from aflastapp.services import contracts

                # not given: the municipality's usual number, assumed until the family saves it
                usual, _source = contracts.usual_vederlag_count(contract.municipality)
                self.vederlag.setValue(usual or 0)
                note = QLabel(self.tr("Aftalen angiver ikke antal vederlag: kommunens sædvanlige antal er "
                                      "brugt (antaget). Ret det til aftalens tal og gem."), self)
                note.setWordWrap(True)
                form.insertRow(form.rowCount() - 3, "", note)
            else:
                self.vederlag.setValue(contract.vederlag_count)
            self.ordinal.setValue(contract.child_ordinal)
            self.caseworker.setText(contract.caseworker)
            self.consultant.setText(contract.consultant)
            self.case_reference.setText(contract.case_reference)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        from aflastapp.gui.wizard import confirm_zero_vederlag

        if not confirm_zero_vederlag(self, self.ctx, self.vederlag.value()):
            self.vederlag.setFocus()
            return
        super().accept()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"birth_date": self.birth, "vederlag_count": self.vederlag, "child_ordinal": self.ordinal}

    def child_values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "birth_date": _pydate(self.birth.date())}

    def values(self) -> dict[str, Any]:
        return {"child": self.child_values(), "contract": self.contract_values()}

    def _usual_vederlag(self) -> None:
        from aflastapp.services import contracts

        usual, source = contracts.usual_vederlag_count(str(self.municipality.currentData()))
        self.vederlag.setValue(usual or 0)
        self.vederlag.setToolTip(self.tr("Kommunens sædvanlige antal (%1); ret det til aftalens tal.")
                                 .replace("%1", fmt.source(source)) if source else "")

    def contract_values(self) -> dict[str, Any]:
        return {
            "municipality": str(self.municipality.currentData()),
            "start": _pydate(self.start.date()),
            "end": _pydate(self.end.date()) if self.end_enabled.currentData() else None,
            "vederlag_count": self.vederlag.value(),
            "child_ordinal": self.ordinal.value(),
            "caseworker": self.caseworker.text().strip(),
            "consultant": self.consultant.text().strip(),
            "case_reference": self.case_reference.text().strip(),
        }


class TerminationDialog(QDialog):
    """Record an opsigelse: the day notice was given and the last day (suggested from the notice rule)."""

    def __init__(self, ctx: AppContext, contract: Contract, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract = contract
        self.setWindowTitle(self.tr("Registrér opsigelse"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Aftalen for %1 (%2) er opsagt. Skriv, hvornår opsigelsen blev givet; den sidste "
                               "dag foreslås ud fra kommunens opsigelsesvarsel.")
                       .replace("%1", child_name).replace("%2", fmt.day(contract.start)), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.terminated_on = _date_edit(self, self.tr("Opsagt den"))
        self.terminated_on.setDate(_qdate(contract.terminated_on or max(ctx.today(), contract.start)))
        self.last_day = _date_edit(self, self.tr("Sidste dag"))
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("noticeRule")
        form.addRow(self.tr("&Opsagt den:"), self.terminated_on)
        form.addRow(self.tr("&Sidste dag:"), self.last_day)
        form.addRow(self.rule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Registrér opsigelsen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.terminated_on.dateChanged.connect(lambda _d: self.suggest())
        self.suggest()

    def suggest(self) -> None:
        """Put the last day the notice rule gives into the field and say which rule it is."""
        from aflastapp.services.gui_contracts import notice_end

        s = self.ctx.session
        if s is None:
            return
        try:
            n = notice_end(s, self.contract.id, _pydate(self.terminated_on.date()))
        except Exception as e:
            from aflastapp.core.errors import ValidationError

            self.rule.setText("\n".join(p.message for p in e.problems) if isinstance(e, ValidationError) else "")
            return
        self.last_day.setDate(_qdate(n.last_day))
        text = self.tr("%1 – sidste dag %2. Kilde: %3").replace("%1", n.how).replace(
            "%2", fmt.day(n.last_day)).replace("%3", fmt.source(n.source))
        if n.assumed:
            text += "\n" + self.tr("Håndbogen nævner ikke varslet: tjek opsigelsen eller kontrakten.")
        self.rule.setText(text)

    def values(self) -> tuple[date, date]:
        return _pydate(self.terminated_on.date()), _pydate(self.last_day.date())


class SettingsView(View):
    view_id = "settings"
    icon_name = "settings"
    shows = frozenset({ops.CONTRACTS, ops.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        self._build_family()
        self._build_children()
        self._build_closed_days()
        self._build_rates()
        self._build_security()
        self._build_backups()
        self._build_language()
        self.contracts: list[Contract] = []
        self.child_names: dict[str, str] = {}
        self.last_notice = ""

    @property
    def title(self) -> str:
        return self.tr("Indstillinger")

    # ------------------------------------------------------------------ building

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        self.tabs.addTab(page, title)
        return page, lay

    def _build_family(self) -> None:
        page, lay = self._page(self.tr("&Familie"))
        form = QFormLayout()
        self.family_name = QLineEdit(page)
        self.family_name.setAccessibleName(self.tr("Familiens navn"))
        self.family_address = QLineEdit(page)
        self.family_address.setAccessibleName(self.tr("Adresse"))
        self.family_car = QLineEdit(page)
        self.family_car.setAccessibleName(self.tr("Bilens registreringsnummer"))
        form.addRow(self.tr("Familiens &navn:"), self.family_name)
        form.addRow(self.tr("&Adresse:"), self.family_address)
        form.addRow(self.tr("&Bilens reg.nr.:"), self.family_car)
        self.family_driver = QLineEdit(page)
        self.family_driver.setAccessibleName(self.tr("Fører"))
        self.family_driver.setToolTip(self.tr("Den, der kører, som navnet står på kørselsskemaet. "
                                              "Tom: den første voksne i familiens navn."))
        self.family_driver_cpr = QLineEdit(page)
        self.family_driver_cpr.setAccessibleName(self.tr("Førerens CPR-nummer"))
        self.family_driver_cpr.setToolTip(self.tr("Valgfrit. Gemmes kun i den krypterede dagbog og står kun på "
                                                  "kørselsskemaet, når det er udfyldt."))
        self.family_driver_cpr.setPlaceholderText(self.tr("DDMMÅÅ-XXXX (valgfrit)"))
        form.addRow(self.tr("Fø&rer (kørselsskema):"), self.family_driver)
        form.addRow(self.tr("Førerens &CPR-nr.:"), self.family_driver_cpr)
        lay.addLayout(form)
        save = QPushButton(self.tr("&Gem familiens oplysninger"), page)
        save.clicked.connect(self.save_family)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        lay.addLayout(row)
        lay.addStretch(1)

    def _build_children(self) -> None:
        page, lay = self._page(self.tr("&Børn og aftaler"))
        self.contract_table = QTableWidget(0, 6, page)
        self.contract_table.setAccessibleName(self.tr("Børn og aftaler"))
        self.contract_table.setHorizontalHeaderLabels([
            self.tr("Barn"), self.tr("Kommune"), self.tr("Start"), self.tr("Slut"), self.tr("Vederlag"),
            self.tr("Sagsbehandler")])
        self.contract_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contract_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contract_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contract_table.verticalHeader().setVisible(False)
        self.contract_table.doubleClicked.connect(lambda _i: self.edit_contract())
        lay.addWidget(self.contract_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Nyt barn og aftale …"), page)
        add.clicked.connect(self.new_child)
        edit = QPushButton(self.tr("&Ret aftale …"), page)
        edit.clicked.connect(self.edit_contract)
        terminate = QPushButton(self.tr("Registrér &opsigelse …"), page)
        terminate.setToolTip(self.tr("Aftalen er opsagt: skriv hvornår, så viser Overblik, hvornår varslet udløber."))
        terminate.clicked.connect(self.terminate_contract)
        delete = QPushButton(self.tr("S&let aftale"), page)
        delete.clicked.connect(self.delete_contract)
        row.addStretch(1)
        for b in (add, edit, terminate, delete):
            row.addWidget(b)
        lay.addLayout(row)

    def _build_closed_days(self) -> None:
        page, lay = self._page(self.tr("&Lukkedage"))
        info = QLabel(self.tr("Dage hvor kommunen har lukket (bruges til frister, når håndbogen ikke siger andet)."),
                      page)
        info.setWordWrap(True)
        lay.addWidget(info)
        self.closed_list = QListWidget(page)
        self.closed_list.setAccessibleName(self.tr("Lukkedage"))
        lay.addWidget(self.closed_list)
        row = QHBoxLayout()
        self.closed_date = _date_edit(page, self.tr("Ny lukkedag"))
        self.closed_date.setDisplayFormat("dd.MM.")
        add = QPushButton(self.tr("&Tilføj"), page)
        add.clicked.connect(self.add_closed_day)
        remove = QPushButton(self.tr("&Fjern valgte"), page)
        remove.clicked.connect(self.remove_closed_day)
        row.addWidget(self.closed_date)
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(remove)
        lay.addLayout(row)

    def _build_rates(self) -> None:
        page, lay = self._page(self.tr("&Satser"))
        info = QLabel(self.tr("KL's takster med kilde. Mangler en sats, så indtast den fra kommunens brev; "
                              "jeres egne satser er markeret."), page)
        info.setWordWrap(True)
        lay.addWidget(info)
        self.rate_table = QTableWidget(0, 6, page)
        self.rate_table.setAccessibleName(self.tr("Satser"))
        self.rate_table.setHorizontalHeaderLabels([
            self.tr("Fra"), self.tr("Vederlag pr. døgn"), self.tr("Kost og logi under 10 år"),
            self.tr("Kost og logi 10 år +"), self.tr("3. barn"), self.tr("Kilde")])
        self.rate_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rate_table.horizontalHeader().setStretchLastSection(True)
        self.rate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rate_table.verticalHeader().setVisible(False)
        lay.addWidget(self.rate_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Indtast sats …"), page)
        add.clicked.connect(lambda: self.add_rate())
        remove = QPushButton(self.tr("&Slet egen sats"), page)
        remove.clicked.connect(self.delete_rate)
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        lay.addLayout(row, 0)
        lay.setStretch(1, 3)

        mileage_info = QLabel(self.tr("Kørselsgodtgørelse pr. km (statens laveste takst, som kommunerne bruger) med "
                                      "kilde. Ændres taksten, så indtast den nye; jeres egne takster er markeret."), page)
        mileage_info.setWordWrap(True)
        lay.addWidget(mileage_info)
        self.mileage_table = QTableWidget(0, 4, page)
        self.mileage_table.setAccessibleName(self.tr("Kørselstakster"))
        self.mileage_table.setHorizontalHeaderLabels([
            self.tr("Fra"), self.tr("Laveste takst pr. km"), self.tr("Høj takst pr. km"), self.tr("Kilde")])
        self.mileage_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mileage_table.horizontalHeader().setStretchLastSection(True)
        self.mileage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mileage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mileage_table.verticalHeader().setVisible(False)
        lay.addWidget(self.mileage_table, 2)
        row = QHBoxLayout()
        add_km = QPushButton(self.tr("Indtast &km-takst …"), page)
        add_km.clicked.connect(lambda: self.add_mileage_rate())
        remove_km = QPushButton(self.tr("Slet egen k&m-takst"), page)
        remove_km.clicked.connect(self.delete_mileage_rate)
        row.addStretch(1)
        row.addWidget(add_km)
        row.addWidget(remove_km)
        lay.addLayout(row)

    def _build_security(self) -> None:
        page, lay = self._page(self.tr("S&ikkerhed"))
        self.mode_label = QLabel(page)
        self.mode_label.setWordWrap(True)
        lay.addWidget(self.mode_label)
        row = QHBoxLayout()
        self.switch_button = QPushButton(page)
        self.switch_button.clicked.connect(self.switch_mode)
        self.password_button = QPushButton(self.tr("Skift &adgangskode …"), page)
        self.password_button.clicked.connect(self.change_password)
        self.sheet_button = QPushButton(self.tr("Nyt &gendannelsesark …"), page)
        self.sheet_button.clicked.connect(self.save_recovery_sheet)
        for b in (self.switch_button, self.password_button, self.sheet_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        form = QFormLayout()
        self.auto_lock = QSpinBox(page)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.valueChanged.connect(self._auto_lock_suffix)
        self._auto_lock_suffix(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lås automatisk efter"))
        self.auto_lock.editingFinished.connect(self.save_auto_lock)
        form.addRow(self.tr("Lås automatisk efter:"), self.auto_lock)
        lay.addLayout(form)
        lay.addStretch(1)

    def _build_backups(self) -> None:
        page, lay = self._page(self.tr("Si&kkerhedskopier"))
        self.backup_info = QLabel(page)
        self.backup_info.setWordWrap(True)
        self.backup_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.backup_info)
        self.backup_list = QListWidget(page)
        self.backup_list.setAccessibleName(self.tr("Sikkerhedskopier"))
        lay.addWidget(self.backup_list)
        row = QHBoxLayout()
        now = QPushButton(self.tr("Tag sikkerhedskopi &nu"), page)
        now.clicked.connect(self.backup_now)
        to = QPushButton(self.tr("Gem kopi &som …"), page)
        to.clicked.connect(self.backup_to)
        restore = QPushButton(self.tr("&Gendan valgte …"), page)
        restore.clicked.connect(self.restore_selected)
        for b in (now, to):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(restore)
        lay.addLayout(row)

    def _build_language(self) -> None:
        from aflastapp.gui.i18n import LANGUAGES

        page, lay = self._page(self.tr("S&prog"))
        form = QFormLayout()
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Sprog"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.activated.connect(lambda _i: self.set_language(str(self.language.currentData())))
        form.addRow(self.tr("Sprog / language:"), self.language)
        lay.addLayout(form)
        lay.addStretch(1)

    # ------------------------------------------------------------------ refresh

    def refresh(self) -> None:
        from aflastapp.services import backups, children, contracts, family, rates
        from aflastapp.services import settings as settings_service
        from aflastapp.services.wizard import key_mode

        s = self.ctx.session
        if s is None:
            return
        fam = family.get_family(s)
        self.family_name.setText(fam.name)
        self.family_address.setText(fam.address)
        self.family_car.setText(fam.car_registration)
        self.family_driver.setText(fam.driver_name)
        self.family_driver.setPlaceholderText(fam.driver or self.tr("Den første voksne i familiens navn"))
        self.family_driver_cpr.setText(fam.driver_cpr)

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
            cells = [names.get(c.child_id, c.child_id), munis.get(c.municipality, c.municipality),
                     fmt.day(c.start), end, count, c.caseworker]
            for col, text in enumerate(cells):
                self.contract_table.setItem(r, col, QTableWidgetItem(text))

        st = settings_service.get_settings(s)
        self.closed_list.clear()
        for month, day in sorted(st.closed_days):
            item = QListWidgetItem(f"{day:02d}.{month:02d}")
            item.setData(Qt.ItemDataRole.UserRole, (month, day))
            self.closed_list.addItem(item)

        kl_rows, _mileage = rates.rate_table(s).rows()
        self.rate_table.setRowCount(len(kl_rows))
        for r, k in enumerate(kl_rows):
            values = [fmt.day(k.valid_from), fmt.kr(k.vederlag_per_day) if k.vederlag_per_day else "–",
                      fmt.kr(k.kost_logi_under_10) if k.kost_logi_under_10 else "–",
                      fmt.kr(k.kost_logi_10_plus) if k.kost_logi_10_plus else "–",
                      fmt.kr(k.kost_logi_third_child) if k.kost_logi_third_child else "–",
                      (self.tr("Jeres egen: ") if k.override else "") + fmt.source(k.source)]
            for col, text in enumerate(values):
                kl_cell = QTableWidgetItem(text)
                kl_cell.setData(Qt.ItemDataRole.UserRole, (k.valid_from, k.override))
                if k.override:
                    f = kl_cell.font()
                    f.setBold(True)
                    kl_cell.setFont(f)
                self.rate_table.setItem(r, col, kl_cell)

        _kl, mileage_rows = rates.rate_table(s).rows()
        self.mileage_table.setRowCount(len(mileage_rows))
        for r, mr in enumerate(mileage_rows):
            values = [fmt.day(mr.valid_from), fmt.kr(mr.low_per_km) if mr.low_per_km is not None else "–",
                      fmt.kr(mr.high_per_km) if mr.high_per_km is not None else "–",
                      (self.tr("Jeres egen: ") if mr.override else "") + fmt.source(mr.source)]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, (mr.valid_from, mr.override))
                if mr.override:
                    f = cell.font()
                    f.setBold(True)
                    cell.setFont(f)
                self.mileage_table.setItem(r, col, cell)

        mode = key_mode(self.ctx.data_dir)
        if mode == "password":
            self.mode_label.setText(self.tr("Dagbogen er beskyttet med en adgangskode."))
            self.switch_button.setText(self.tr("Brug &nøgleringen i stedet"))
        else:
            self.mode_label.setText(self.tr("Dagbogens nøgle ligger i computerens nøglering."))
            self.switch_button.setText(self.tr("Brug en &adgangskode i stedet …"))
        self.password_button.setEnabled(mode == "password")
        self.auto_lock.setValue(int(settings_service.get_preference(s, "auto_lock_minutes", 10) or 10))

        found = backups.list_backups(self.ctx.data_dir)
        self.backup_list.clear()
        for b in sorted(found, key=lambda b: b.created, reverse=True):
            item = QListWidgetItem(f"{fmt.day(b.created.date())} {b.created:%H:%M} – {b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.backup_list.addItem(item)
        folder = Path(self.ctx.data_dir or ".") / "backups"
        self.backup_info.setText(
            self.tr("Sikkerhedskopier tages automatisk, højst én gang om dagen, når dagbogen lukkes. "
                    "De ligger krypteret i %1.").replace("%1", str(folder)))

    def clear(self) -> None:
        for e in (self.family_name, self.family_address, self.family_car, self.family_driver,
                  self.family_driver_cpr):
            e.clear()
        self.contract_table.setRowCount(0)
        self.closed_list.clear()
        self.rate_table.setRowCount(0)
        self.mileage_table.setRowCount(0)
        self.backup_list.clear()
        self.contracts = []
        self.child_names = {}

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "section" and params.get("name") in SECTIONS:
            self.tabs.setCurrentIndex(SECTIONS.index(str(params["name"])))
        elif action == "rate":  # a missing rate named in the Overblik: the dialog for that year
            self.tabs.setCurrentIndex(SECTIONS.index("rates"))
            year = int(params.get("year") or self.ctx.today().year)
            field = str(params.get("field") or "")
            if field == "low_per_km":
                self.add_mileage_rate(year)
            else:
                self.add_rate(year, field)

    # ------------------------------------------------------------------ family

    def save_family(self) -> None:
        from aflastapp.services import family

        s = self.ctx.session
        if s is None:
            return
        old = family.get_family(s)
        new = {"name": self.family_name.text().strip(), "address": self.family_address.text().strip(),
               "car_registration": self.family_car.text().strip().upper(),
               "driver_name": self.family_driver.text().strip(),
               "driver_cpr": self.family_driver_cpr.text().strip()}
        self.ctx.execute(self.tr("Ret familiens oplysninger"),
                         lambda s: family.set_family(s, **new),
                         lambda s, _r: family.set_family(s, old.name, old.address, old.car_registration,
                                                         old.driver_name, old.driver_cpr))

    # ------------------------------------------------------------------ children and contracts

    def new_child(self) -> None:
        dialog = ChildContractDialog(self.ctx, parent=self)
        dialog.run(self.ctx, lambda v: self.add_child_and_contract(v["child"]["name"], v["child"]["birth_date"],
                                                                  v["contract"]))

    def add_child_and_contract(self, name: str, birth: date, values: dict[str, Any]) -> Contract | None:
        from aflastapp.services import children, contracts
        from aflastapp.services._base import new_id

        child_id, contract_id = new_id("b"), new_id("k")

        def do(s: Any) -> Contract:
            children.add_child(s, name, birth, id=child_id)
            try:
                return contracts.add_contract(s, child_id, id=contract_id, **values)
            except Exception:
                children.delete_child(s, child_id)  # nothing half-written
                raise

        def undo(s: Any, _c: Contract) -> None:
            contracts.delete_contract(s, contract_id)
            children.delete_child(s, child_id)

        result: Contract | None = self.ctx.execute(self.tr("Nyt barn og aftale"), do, undo)
        return result

    def _selected_contract(self) -> Contract | None:
        row = self.contract_table.currentRow()
        if 0 <= row < len(self.contracts):
            return self.contracts[row]
        return None

    def edit_contract(self) -> None:
        c = self._selected_contract()
        if c is None:
            return
        from aflastapp.services import children

        s = self.ctx.session
        if s is None:
            return
        child = children.get_child(s, c.child_id)
        dialog = ChildContractDialog(self.ctx, c, child.name, parent=self, child_birth=child.birth_date)
        dialog.run(self.ctx, lambda v: self.update_contract(c, v["contract"], v["child"]) or True)

    def update_contract(self, c: Contract, values: dict[str, Any],
                        child_values: dict[str, Any] | None = None) -> None:
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

        self.ctx.execute(self.tr("Ret aftale"), do, undo)

    def delete_contract(self) -> None:
        from aflastapp.services import contracts

        c = self._selected_contract()
        if c is None:
            return
        if self.ctx.interactive and QMessageBox.question(
                self, self.tr("Slet aftale"),
                self.tr("Slet aftalen? Det kan kun lade sig gøre, hvis der ikke er ophold, kørsel eller udlæg "
                        "på den. I kan fortryde med Ctrl+Z.")) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.execute(self.tr("Slet aftale"), lambda s: contracts.delete_contract(s, c.id),
                         lambda s, old: contracts.add_contract(
                             s, old.child_id, old.municipality, old.start, old.end, old.vederlag_count,
                             old.child_ordinal, old.caseworker, old.consultant, old.terminated_on, id=old.id))

    def _inform(self, text: str) -> None:
        """A short notice; in tests/smoke (non-interactive) it is only recorded."""
        self.last_notice = text
        if self.ctx.interactive:
            QMessageBox.information(self, self.title, text)

    def terminate_contract(self) -> None:
        c = self._selected_contract()
        if c is None:
            self._inform(self.tr("Vælg først aftalen i listen."))
            return
        dialog = TerminationDialog(self.ctx, c, self.child_names.get(c.child_id, ""), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        terminated_on, last_day = dialog.values()
        if self.ctx.interactive and QMessageBox.question(
                self, self.tr("Registrér opsigelse"),
                self.tr("Registrér, at aftalen for %1 er opsagt den %2 med sidste dag %3? Ophold efter den "
                        "sidste dag regnes ikke med. I kan fortryde med Ctrl+Z.")
                .replace("%1", self.child_names.get(c.child_id, "")).replace("%2", fmt.day(terminated_on))
                .replace("%3", fmt.day(last_day))) != QMessageBox.StandardButton.Yes:
            return
        self.record_termination(c, terminated_on, last_day)

    def record_termination(self, c: Contract, terminated_on: date, last_day: date) -> Contract | None:
        """The opsigelse as one undoable step; undo puts the old end date (and any earlier opsigelse) back."""
        from aflastapp.services import contracts

        old_end, old_terminated = c.end, c.terminated_on
        result: Contract | None = self.ctx.execute(
            self.tr("Registrér opsigelse"),
            lambda s: contracts.terminate_contract(s, c.id, terminated_on, last_day),
            lambda s, _r: contracts.update_contract(s, c.id, end=old_end, terminated_on=old_terminated))
        return result

    # ------------------------------------------------------------------ closed days

    def _closed_days(self) -> list[tuple[int, int]]:
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
        self.ctx.execute(label, lambda s: settings_service.set_settings(s, closed_days=sorted(set(days))),
                         lambda s, _r: settings_service.set_settings(s, closed_days=list(old)))

    def add_closed_day(self) -> None:
        q = self.closed_date.date()
        self._set_closed_days([*self._closed_days(), (q.month(), q.day())], self.tr("Tilføj lukkedag"))

    def remove_closed_day(self) -> None:
        item = self.closed_list.currentItem()
        if item is None:
            return
        gone = tuple(item.data(Qt.ItemDataRole.UserRole))
        self._set_closed_days([d for d in self._closed_days() if d != gone], self.tr("Fjern lukkedag"))

    # ------------------------------------------------------------------ rates

    def add_rate(self, year: int | None = None, missing: str = "") -> QDialog | None:
        """All of a year's KL figures in one dialog (from the municipality's letter); ``missing`` is
        the figure the Overblik named as missing: marked and focused."""
        dialog = FormDialog(self)
        dialog.help_section = "satser"
        self.rate_dialog = dialog  # for tests and the screenshot script
        year = year or self.ctx.today().year
        dialog.setWindowTitle(self.tr("Satser for %1").replace("%1", str(year)))
        form = QFormLayout(dialog)
        intro = QLabel(self.tr("Skriv årets tal fra kommunens brev eller KL's takster. Tomme felter bruger "
                               "appens tabel."), dialog)
        intro.setWordWrap(True)
        form.addRow(intro)
        valid_from = _date_edit(dialog, self.tr("Gælder fra"))
        valid_from.setDate(QDate(year, 1, 1))
        fields = {}
        for key, label in (("vederlag_per_day", self.tr("Vederlag pr. døgn (kr.)")),
                           ("kost_logi_under_10", self.tr("Kost og logi under 10 år (kr.)")),
                           ("kost_logi_10_plus", self.tr("Kost og logi 10 år og derover (kr.)")),
                           ("kost_logi_third_child", self.tr("Kost og logi, 3. og 4. barn (kr.)"))):
            e = QLineEdit(dialog)
            e.setAccessibleName(label)
            e.setPlaceholderText(self.tr("tom = brug KL's tabel"))
            _fit_placeholder(e)
            fields[key] = e
            if key == missing:
                e.setPlaceholderText(self.tr("mangler – skriv tallet her"))
                e.setStyleSheet("border: 2px solid #b00020;")
                label = self.tr("%1 – mangler").replace("%1", label)
            form.addRow(label + ":", e)
        self.rate_fields = fields
        if missing in fields:
            fields[missing].setFocus()
        dialog.setMinimumWidth(560)  # the placeholders and "– mangler" labels need the room
        source = QLineEdit(dialog)
        source.setAccessibleName(self.tr("Kilde"))
        source.setPlaceholderText(self.tr("fx Kommunens brev af 12.12.2025"))
        _fit_placeholder(source)
        form.insertRow(0, self.tr("Gælder &fra:"), valid_from)
        form.addRow(self.tr("&Kilde:"), source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.values = lambda: {  # type: ignore[method-assign]
            "valid_from": _pydate(valid_from.date()), "source": source.text().strip(),
            **{k: _amount_text(e.text()) for k, e in fields.items()}}
        dialog.field_widgets = lambda: {"valid_from": valid_from, "source": source,  # type: ignore[method-assign]
                                        **fields}
        dialog.run(self.ctx, lambda v: self.add_rate_override(v.pop("valid_from"), v.pop("source"), v))
        return dialog if dialog.result() == QDialog.DialogCode.Accepted else None

    def add_rate_override(self, valid_from: date, source: str, values: dict[str, str | None]) -> Any:
        from aflastapp.services import rates

        return self.ctx.execute(self.tr("Indtast sats"),
                         lambda s: rates.add_kl_override(s, valid_from, source, **values),
                         lambda s, r: rates.delete_kl_override(s, r.valid_from))

    def delete_rate(self) -> None:
        from aflastapp.services import rates

        item = self.rate_table.item(self.rate_table.currentRow(), 0)
        if item is None:
            return
        valid_from, override = item.data(Qt.ItemDataRole.UserRole)
        if not override:
            QMessageBox.information(self, self.title, self.tr("Kun jeres egne satser kan slettes."))
            return
        self.ctx.execute(self.tr("Slet sats"), lambda s: rates.delete_kl_override(s, valid_from),
                         lambda s, old: rates.add_kl_override(
                             s, old.valid_from, old.source, vederlag_per_day=old.vederlag_per_day,
                             kost_logi_under_10=old.kost_logi_under_10, kost_logi_10_plus=old.kost_logi_10_plus,
                             kost_logi_third_child=old.kost_logi_third_child))

    def add_mileage_rate(self, year: int | None = None) -> None:
        dialog = FormDialog(self)
        dialog.help_section = "satser"
        self.rate_dialog = dialog
        dialog.setWindowTitle(self.tr("Indtast km-takst"))
        form = QFormLayout(dialog)
        valid_from = _date_edit(dialog, self.tr("Gælder fra"))
        valid_from.setDate(QDate(year or self.ctx.today().year, 1, 1))
        low = QLineEdit(dialog)
        low.setAccessibleName(self.tr("Laveste takst pr. km (kr.)"))
        low.setPlaceholderText(self.tr("fx 2,23"))
        high = QLineEdit(dialog)
        high.setAccessibleName(self.tr("Høj takst pr. km (kr.)"))
        high.setPlaceholderText(self.tr("valgfri"))
        source = QLineEdit(dialog)
        source.setAccessibleName(self.tr("Kilde"))
        source.setPlaceholderText(self.tr("fx Skattestyrelsens satser for 2027"))
        form.addRow(self.tr("Gælder &fra:"), valid_from)
        form.addRow(self.tr("&Laveste takst pr. km (kr.):"), low)
        form.addRow(self.tr("&Høj takst pr. km (kr.):"), high)
        form.addRow(self.tr("&Kilde:"), source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuller"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        _fit_placeholder(source)
        dialog.values = lambda: {  # type: ignore[method-assign]
            "valid_from": _pydate(valid_from.date()), "source": source.text().strip(),
            "low_per_km": _amount_text(low.text()), "high_per_km": _amount_text(high.text())}
        dialog.field_widgets = lambda: {"valid_from": valid_from, "source": source,  # type: ignore[method-assign]
                                        "low_per_km": low, "high_per_km": high}
        self.rate_dialog = dialog
        dialog.run(self.ctx, lambda v: self.add_mileage_override(v.pop("valid_from"), v.pop("source"), v))

    def add_mileage_override(self, valid_from: date, source: str, values: dict[str, str | None]) -> Any:
        from aflastapp.services import rates

        return self.ctx.execute(self.tr("Indtast km-takst"),
                                lambda s: rates.add_mileage_override(s, valid_from, source, **values),
                                lambda s, r: rates.delete_mileage_override(s, r.valid_from))

    def delete_mileage_rate(self) -> None:
        from aflastapp.services import rates

        item = self.mileage_table.item(self.mileage_table.currentRow(), 0)
        if item is None:
            return
        valid_from, override = item.data(Qt.ItemDataRole.UserRole)
        if not override:
            self._inform(self.tr("Kun jeres egne takster kan slettes. De medfølgende takster har en kilde og "
                                 "ændres ved at indtaste en ny takst fra en senere dato."))
            return
        self.ctx.execute(self.tr("Slet km-takst"), lambda s: rates.delete_mileage_override(s, valid_from),
                         lambda s, old: rates.add_mileage_override(
                             s, old.valid_from, old.source, low_per_km=old.low_per_km, high_per_km=old.high_per_km))

    # ------------------------------------------------------------------ security

    def _auto_lock_suffix(self, minutes: int) -> None:
        """"1 minut", "10 minutter" (the suffix follows the number)."""
        self.auto_lock.setSuffix(self.tr(" minut") if minutes == 1 else self.tr(" minutter"))

    def save_auto_lock(self) -> None:
        from aflastapp.services import settings as settings_service

        s = self.ctx.session
        if s is None:
            return
        minutes = self.auto_lock.value()
        try:
            settings_service.set_preference(s, "auto_lock_minutes", minutes)
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        self.ctx.auto_lock_changed.emit(minutes)

    def switch_mode(self) -> None:
        from aflastapp.services import security
        from aflastapp.services.wizard import key_mode

        s = self.ctx.session
        if s is None:
            return
        try:
            if key_mode(self.ctx.data_dir) == "password":
                security.switch_to_keychain(s)
            else:
                warning = self.tr(
                    "Med en adgangskode skal dagbogen låses op med den hver gang. Glemmer I adgangskoden, "
                    "kan kun gendannelsesnøglen fra gendannelsesarket hente dagbogen tilbage (fra den "
                    "nyeste sikkerhedskopi). Uden begge er dagbogen tabt.")
                if QMessageBox.warning(self, self.tr("Adgangskode"), warning,
                                       QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                                       ) != QMessageBox.StandardButton.Ok:
                    return
                pw, ok = QInputDialog.getText(self, self.tr("Ny adgangskode"), self.tr("Adgangskode (mindst 8 tegn):"),
                                              QLineEdit.EchoMode.Password)
                if not ok:
                    return
                again, ok = QInputDialog.getText(self, self.tr("Ny adgangskode"), self.tr("Gentag adgangskoden:"),
                                                 QLineEdit.EchoMode.Password)
                if not ok:
                    return
                if pw != again:
                    QMessageBox.warning(self, self.tr("Ny adgangskode"), self.tr("De to adgangskoder er ikke ens."))
                    return
                security.switch_to_password(s, pw)
        except Exception as e:
            self.ctx.show_error(e, self)
        self.reload()

    def change_password(self) -> None:
        from aflastapp.services import security

        s = self.ctx.session
        if s is None:
            return
        old, ok = QInputDialog.getText(self, self.tr("Skift adgangskode"), self.tr("Nuværende adgangskode:"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("Skift adgangskode"), self.tr("Ny adgangskode (mindst 8 tegn):"),
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            security.change_password(s, old, new)
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        QMessageBox.information(self, self.tr("Skift adgangskode"), self.tr("Adgangskoden er skiftet."))

    def save_recovery_sheet(self) -> None:
        from aflastapp.services import security

        s = self.ctx.session
        if s is None:
            return
        try:
            pdf = security.recovery_sheet_pdf(s, fmt.current_language())
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        choice = QMessageBox.question(
            self, self.tr("Gendannelsesark"), self.tr("Vil I udskrive gendannelsesarket? (Nej = gem som PDF)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if choice == QMessageBox.StandardButton.Yes:
            from aflastapp.gui.printing import print_pdf

            print_pdf(self, pdf, self.tr("Gendannelsesark"), ctx=self.ctx)
        elif choice == QMessageBox.StandardButton.No:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem gendannelsesarket"),
                                                  str(Path.home() / "aflastapp-gendannelsesark.pdf"), "PDF (*.pdf)")
            if path:
                try:
                    Path(path).write_bytes(pdf)
                except OSError as e:
                    self.ctx.show_error(e, self)

    # ------------------------------------------------------------------ backups

    def backup_now(self) -> ops.OpRecord | None:
        """A backup now, off the GUI thread; a confirmation names where it is."""
        from aflastapp.services import backups

        def done(path: Path) -> None:
            self.reload()
            self._inform(self.tr("Sikkerhedskopien er taget og kontrolleret: %1").replace("%1", path.name))

        op = ops.QueryOp(self.ctx, backups.backup_now, success=done, parent=self, name="settings.backup_now")
        return op.with_progress(self.tr("Tager sikkerhedskopi …")).run_in_background()

    def backup_to(self) -> None:
        from aflastapp.services import backups

        if self.ctx.session is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem sikkerhedskopi"),
                                              str(Path.home() / backups.suggested_name()),
                                              backup_file_filter())
        if path:
            self.save_backup_as(path)

    def save_backup_as(self, path: str) -> ops.OpRecord | None:
        from aflastapp.services import backups

        if not path.endswith(backups.SUFFIX):
            path += backups.SUFFIX  # one name for backups everywhere

        def done(dest: Path) -> None:
            self._inform(self.tr("Sikkerhedskopien er gemt og kontrolleret: %1").replace("%1", str(dest)))

        op = ops.QueryOp(self.ctx, lambda s: backups.backup_to(s, path), success=done, parent=self,
                         name="settings.backup_to")
        return op.with_progress(self.tr("Gemmer sikkerhedskopi …")).run_in_background()

    def restore_selected(self) -> None:
        from aflastapp.services import backups
        from aflastapp.services.wizard import key_mode

        item = self.backup_list.currentItem()
        if item is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg sikkerhedskopi"),
                                                  backup_start_folder(self.ctx), backup_file_filter())
            if not path:
                return
        else:
            path = str(item.data(Qt.ItemDataRole.UserRole))
        if QMessageBox.question(self, self.tr("Gendan"), self.tr(
                "Erstat dagbogen med sikkerhedskopien? Ændringer efter kopien går tabt. Den nuværende dagbog "
                "gemmes i mappen »replaced«.")) != QMessageBox.StandardButton.Yes:
            return
        password = None
        if key_mode(self.ctx.data_dir) == "password":
            password, ok = QInputDialog.getText(self, self.tr("Gendan"), self.tr("Adgangskode:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
        data_dir = self.ctx.data_dir
        self.ctx.lock()
        op = ops.QueryOp(self.ctx, lambda _s: backups.restore(data_dir, path, password=password),
                         success=self.ctx.set_session, parent=self, name="settings.restore").without_session()
        op.with_progress(self.tr("Gendanner …")).run_in_background()

    # ------------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        switch_language(self.ctx, lang)


def switch_language(ctx: AppContext, lang: str) -> str:
    """Install ``lang`` now, remember it, and let the main window rebuild its texts."""
    from aflastapp.gui import i18n

    lang = i18n.install(lang)
    ctx.language = lang
    s = ctx.session
    if s is not None:
        from aflastapp.services import settings as settings_service

        try:
            settings_service.set_preference(s, "language", lang)
        except Exception as e:
            ctx.show_error(e)
    ctx.language_changed.emit(lang)
    return lang
