# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""The dialogs of Indstillinger: a child and its contract, an opsigelse, a year's rates, a km rate,
a password. Each is a ``FormDialog``: OK saves first, and a refused value keeps the dialog open with
what was typed and the bad field marked."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from aflastapp.core.models import Contract
from aflastapp.gui import fmt
from aflastapp.gui.context import AppContext
from aflastapp.gui.views.settings.common import amount_text, date_edit, fit_placeholder, pydate, qdate
from aflastapp.gui.widgets.common import municipality_name
from aflastapp.gui.widgets.forms import FormDialog, tr


def save_cancel(dialog: FormDialog, save_text: str) -> QDialogButtonBox:
    """The dialog's Save / Cancel buttons (Save runs the dialog's save, Cancel closes it)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Annuller"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


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
        self.birth = date_edit(self, self.tr("Fødselsdato"))
        self.birth.setDate(qdate(date(ctx.today().year - 8, 1, 1)))
        self.municipality = QComboBox(self)
        self.municipality.setAccessibleName(self.tr("Kommune"))
        for mid, name in municipalities():
            self.municipality.addItem(self.tr("Anden kommune") if mid == OTHER_MUNICIPALITY
                                      else municipality_name(name), mid)
        self.start = date_edit(self, self.tr("Aftalens start"))
        self.start.setDate(qdate(ctx.today().replace(day=1)))
        self.end = date_edit(self, self.tr("Aftalens slut"))
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
            self.birth.setDate(qdate(child_birth))
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
            self.start.setDate(qdate(contract.start))
            if contract.end is not None:
                self.end_enabled.setCurrentIndex(1)
                self.end.setDate(qdate(contract.end))
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
        form.addRow(save_cancel(self, self.tr("&Gem")))

    def accept(self) -> None:
        from aflastapp.gui.wizard import confirm_zero_vederlag

        if not confirm_zero_vederlag(self, self.ctx, self.vederlag.value()):
            self.vederlag.setFocus()
            return
        super().accept()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"birth_date": self.birth, "vederlag_count": self.vederlag, "child_ordinal": self.ordinal}

    def child_values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "birth_date": pydate(self.birth.date())}

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
            "start": pydate(self.start.date()),
            "end": pydate(self.end.date()) if self.end_enabled.currentData() else None,
            "vederlag_count": self.vederlag.value(),
            "child_ordinal": self.ordinal.value(),
            "caseworker": self.caseworker.text().strip(),
            "consultant": self.consultant.text().strip(),
            "case_reference": self.case_reference.text().strip(),
        }


class TerminationDialog(FormDialog):
    """Record an opsigelse: the day notice was given and the last day (suggested from the notice rule)."""

    help_section = "opsigelse"

    def __init__(self, ctx: AppContext, contract: Contract, child_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contract = contract
        self.child_name = child_name
        self.setWindowTitle(self.tr("Registrér opsigelse"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Aftalen for %1 (%2) er opsagt. Skriv, hvornår opsigelsen blev givet; den sidste "
                               "dag foreslås ud fra kommunens opsigelsesvarsel.")
                       .replace("%1", child_name).replace("%2", fmt.day(contract.start)), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.terminated_on = date_edit(self, self.tr("Opsagt den"))
        self.terminated_on.setDate(qdate(contract.terminated_on or max(ctx.today(), contract.start)))
        self.last_day = date_edit(self, self.tr("Sidste dag"))
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setObjectName("noticeRule")
        form.addRow(self.tr("&Opsagt den:"), self.terminated_on)
        form.addRow(self.tr("&Sidste dag:"), self.last_day)
        form.addRow(self.rule)
        form.addRow(save_cancel(self, self.tr("&Registrér opsigelsen")))
        self.setMinimumWidth(460)
        self.terminated_on.dateChanged.connect(lambda _d: self.suggest())
        self.suggest()

    def suggest(self) -> None:
        """Put the last day the notice rule gives into the field and say which rule it is."""
        from aflastapp.core.errors import ValidationError
        from aflastapp.gui.context import problem_text
        from aflastapp.gui.messages import message
        from aflastapp.services.notice import notice_end

        s = self.ctx.session
        if s is None:
            return
        try:
            n = notice_end(s, self.contract.id, pydate(self.terminated_on.date()))
        except ValidationError as e:
            self.rule.setText("\n".join(problem_text(p) for p in e.problems))
            return
        self.last_day.setDate(qdate(n.last_day))
        how = message(n.how_code, n.how_params, n.how)
        text = self.tr("%1 – sidste dag %2. Kilde: %3").replace("%1", how).replace(
            "%2", fmt.day(n.last_day)).replace("%3", fmt.source(n.source))
        if n.assumed:
            text += "\n" + self.tr("Håndbogen nævner ikke varslet: tjek opsigelsen eller kontrakten.")
        self.rule.setText(text)

    def values(self) -> dict[str, Any]:
        return {"terminated_on": pydate(self.terminated_on.date()), "last_day": pydate(self.last_day.date())}

    def field_widgets(self) -> dict[str, QWidget]:
        return {"end": self.last_day, "last_day": self.last_day}

    def accept(self) -> None:
        """Say what will happen and ask before it is recorded (non-interactive: recorded directly)."""
        v = self.values()
        if self.ctx.interactive and QMessageBox.question(
                self, self.tr("Registrér opsigelse"),
                self.tr("Registrér, at aftalen for %1 er opsagt den %2 med sidste dag %3? Ophold efter den "
                        "sidste dag regnes ikke med. I kan fortryde med Ctrl+Z.")
                .replace("%1", self.child_name).replace("%2", fmt.day(v["terminated_on"]))
                .replace("%3", fmt.day(v["last_day"]))) != QMessageBox.StandardButton.Yes:
            return
        super().accept()


class RateDialog(FormDialog):
    """All of a year's KL figures in one dialog (from the municipality's letter); ``missing`` is the
    figure the Overblik named as missing: marked and focused."""

    help_section = "satser"
    FIELDS = ("vederlag_per_day", "kost_logi_under_10", "kost_logi_10_plus", "kost_logi_third_child")

    def __init__(self, year: int, missing: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Satser for %1").replace("%1", str(year)))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Skriv årets tal fra kommunens brev eller KL's takster. Tomme felter bruger "
                               "appens tabel."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.valid_from = date_edit(self, self.tr("Gælder fra"))
        self.valid_from.setDate(QDate(year, 1, 1))
        form.addRow(self.tr("Gælder &fra:"), self.valid_from)
        labels = (self.tr("Vederlag pr. døgn (kr.)"), self.tr("Kost og logi under 10 år (kr.)"),
                  self.tr("Kost og logi 10 år og derover (kr.)"), self.tr("Kost og logi, 3. og 4. barn (kr.)"))
        self.fields: dict[str, QLineEdit] = {}
        for key, label in zip(self.FIELDS, labels, strict=True):
            e = QLineEdit(self)
            e.setAccessibleName(label)
            e.setPlaceholderText(self.tr("tom = brug KL's tabel"))
            self.fields[key] = e
            if key == missing:
                e.setPlaceholderText(self.tr("mangler – skriv tallet her"))
                e.setStyleSheet("border: 2px solid #b00020;")
                label = self.tr("%1 – mangler").replace("%1", label)
            fit_placeholder(e)
            form.addRow(label + ":", e)
        if missing in self.fields:
            self.fields[missing].setFocus()
        self.setMinimumWidth(560)  # the placeholders and "– mangler" labels need the room
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Kilde"))
        self.source.setPlaceholderText(self.tr("fx Kommunens brev af 12.12.2025"))
        fit_placeholder(self.source)
        form.addRow(self.tr("&Kilde:"), self.source)
        form.addRow(save_cancel(self, self.tr("&Gem")))

    def values(self) -> dict[str, Any]:
        return {"valid_from": pydate(self.valid_from.date()), "source": self.source.text().strip(),
                **{k: amount_text(e.text()) for k, e in self.fields.items()}}

    def field_widgets(self) -> dict[str, QWidget]:
        return {"valid_from": self.valid_from, "source": self.source, **self.fields}


class MileageRateDialog(FormDialog):
    """A km rate (the state's lowest rate per km, and optionally the high one) from a date."""

    help_section = "satser"

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indtast km-takst"))
        form = QFormLayout(self)
        self.valid_from = date_edit(self, self.tr("Gælder fra"))
        self.valid_from.setDate(QDate(year, 1, 1))
        self.low = QLineEdit(self)
        self.low.setAccessibleName(self.tr("Laveste takst pr. km (kr.)"))
        self.low.setPlaceholderText(self.tr("fx 2,23"))
        self.high = QLineEdit(self)
        self.high.setAccessibleName(self.tr("Høj takst pr. km (kr.)"))
        self.high.setPlaceholderText(self.tr("valgfri"))
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Kilde"))
        self.source.setPlaceholderText(self.tr("fx Skattestyrelsens satser for 2027"))
        fit_placeholder(self.source)
        form.addRow(self.tr("Gælder &fra:"), self.valid_from)
        form.addRow(self.tr("&Laveste takst pr. km (kr.):"), self.low)
        form.addRow(self.tr("&Høj takst pr. km (kr.):"), self.high)
        form.addRow(self.tr("&Kilde:"), self.source)
        form.addRow(save_cancel(self, self.tr("&Gem")))

    def values(self) -> dict[str, Any]:
        return {"valid_from": pydate(self.valid_from.date()), "source": self.source.text().strip(),
                "low_per_km": amount_text(self.low.text()), "high_per_km": amount_text(self.high.text())}

    def field_widgets(self) -> dict[str, QWidget]:
        return {"low_per_km": self.low, "high_per_km": self.high}


class PasswordDialog(FormDialog):
    """A new password typed twice; for a change also the current one. A wrong current password, a
    too short or mismatched new one keeps the dialog open with that field marked."""

    help_section = "adgangskode"

    def __init__(self, title: str, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.current: QLineEdit | None = None
        if ask_current:
            self.current = self._password_field(self.tr("Nuværende adgangskode"))
            form.addRow(self.tr("&Nuværende adgangskode:"), self.current)
        self.new = self._password_field(self.tr("Ny adgangskode"))
        self.new.setPlaceholderText(self.tr("mindst 8 tegn"))
        self.again = self._password_field(self.tr("Gentag adgangskoden"))
        form.addRow(self.tr("N&y adgangskode:"), self.new)
        form.addRow(self.tr("&Gentag adgangskoden:"), self.again)
        form.addRow(save_cancel(self, self.tr("&Gem adgangskoden")))
        self.setMinimumWidth(420)

    def _password_field(self, name: str) -> QLineEdit:
        e = QLineEdit(self)
        e.setEchoMode(QLineEdit.EchoMode.Password)
        e.setAccessibleName(name)
        return e

    def values(self) -> dict[str, Any]:
        return {"current": self.current.text() if self.current is not None else None,
                "new": self.new.text(), "again": self.again.text()}

    def field_widgets(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {"adgangskode": self.new, "ny adgangskode": self.new, "repeat": self.again}
        if self.current is not None:
            out["nuværende adgangskode"] = self.current
        return out


def check_repeated(values: dict[str, Any]) -> None:
    """The two new passwords must be the same (nothing is changed otherwise)."""
    from aflastapp.core.errors import ValidationError
    from aflastapp.core.messages import problem

    if values["new"] != values["again"]:
        raise ValidationError(problem("repeat", "problem.passwords_differ"))
