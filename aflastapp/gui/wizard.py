# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""The first-start wizard (Qt face of ``services.wizard.SetupWizard``).

Pages: welcome (or "start med demodata") → family → child and contract → security (keychain or
password; creating the diary happens when leaving this page) → recovery key and sheet (printed or
saved, and confirmed) → done. Emits ``opened(data_dir)`` once a diary is open in ``ctx``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from aflastapp.core.errors import ValidationError
from aflastapp.gui.context import AppContext, problem_text
from aflastapp.services import wizard as ws


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("pageError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _problems_text(e: ValidationError) -> str:
    return "\n".join(problem_text(p) for p in e.problems)


def _unlock_choice(page: QWizardPage, layout: QVBoxLayout, keychain: QRadioButton,
                   password_mode: QRadioButton, repeat_label: str,
                   ) -> tuple[QWidget, QFormLayout, QLineEdit, QLineEdit]:
    """Keychain or password (the keychain chosen): the two choices, then the password and its
    repetition in a box shown only while "password" is chosen. Returns (box, its form, password,
    repetition)."""
    keychain.setChecked(True)
    group = QButtonGroup(page)
    group.addButton(keychain)
    group.addButton(password_mode)
    layout.addWidget(keychain)
    layout.addWidget(password_mode)
    box = QWidget(page)
    form = QFormLayout(box)
    password = QLineEdit(box)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    password.setAccessibleName(QCoreApplication.translate("PasswordChoice", "Adgangskode"))
    repeat = QLineEdit(box)
    repeat.setEchoMode(QLineEdit.EchoMode.Password)
    repeat.setAccessibleName(QCoreApplication.translate("PasswordChoice", "Gentag adgangskode"))
    form.addRow(QCoreApplication.translate("PasswordChoice", "Adgangs&kode:"), password)
    form.addRow(repeat_label, repeat)
    layout.addWidget(box)
    box.setVisible(False)
    password_mode.toggled.connect(box.setVisible)
    return box, form, password, repeat


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Velkommen til aflastapp"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "aflastapp er jeres krypterede dagbog over aflastningen: ophold, kørsel, udlæg og noter "
            "om barnet. Programmet regner vederlag, kost og logi og frister ud fra kommunens regler "
            "og laver de dokumenter, I sender til kommunen.\n\n"
            "Alt bliver på denne computer, krypteret. Opsætningen tager et par minutter."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(20)
        demo_text = QLabel(self.tr(
            "Vil I bare se programmet an først? Start med opdigtede demodata – jeres rigtige "
            "dagbog opretter I bagefter."), self)
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Start med &demodata"), self)
        self.demo_button.setAccessibleName(self.tr("Start med demodata"))
        self.demo_button.clicked.connect(wizard.start_demo)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addStretch(1)
        layout.addWidget(demo_text)
        layout.addLayout(row)
        layout.addSpacing(20)
        restore_text = QLabel(self.tr(
            "Har I brugt aflastapp på en anden computer? Hent dagbogen fra en sikkerhedskopi med "
            "gendannelsesnøglen fra jeres gendannelsesark."), self)
        restore_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Gendan fra sikkerhedskopi …"), self)
        self.restore_button.setAccessibleName(self.tr("Gendan fra sikkerhedskopi"))
        self.restore_button.clicked.connect(wizard.start_restore)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(restore_text)
        layout.addLayout(row)
        layout.addStretch(1)

    def nextId(self) -> int:
        return self.w.restore_id if self.w.restore_mode else self.w.family_id


class FamilyPage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Familien"))
        self.setSubTitle(self.tr("Navn og adresse står på de dokumenter, I sender til kommunen."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("fx Familien Jensen"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("fx Skovvej 3, 4200 Slagelse"))
        self.car = QLineEdit(self)
        self.car.setPlaceholderText(self.tr("fx AB 12 345 (til kørselsskemaet)"))
        for widget, name in ((self.name, self.tr("Familiens navn")), (self.address, self.tr("Adresse")),
                             (self.car, self.tr("Bilens registreringsnummer"))):
            widget.setAccessibleName(name)
        form.addRow(self.tr("Familiens &navn:"), self.name)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("&Bilens reg.nr. (valgfrit):"), self.car)
        self.error = _error_label(self)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        try:
            self.w.model.set_family(self.name.text(), self.address.text(), self.car.text())
        except ValidationError as e:
            self.error.setText(_problems_text(e))
            return False
        self.error.clear()
        return True


class ChildPage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Barnet og aftalen"))
        self.setSubTitle(self.tr("Det første barn, I har i aflastning. Flere børn kan tilføjes under "
                                 "Indstillinger."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Barnets navn"))
        self.birth = QDateEdit(self)
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat("dd.MM.yyyy")
        self.birth.setDate(_qdate(date(wizard.ctx.today().year - 8, 1, 1)))
        self.birth.setAccessibleName(self.tr("Barnets fødselsdato"))
        self.municipality = QComboBox(self)
        self.municipality.setAccessibleName(self.tr("Kommune"))
        self.municipality.addItem(self.tr("– vælg kommune –"), "")
        for mid, name in ws.municipalities():
            label = self.tr("Anden kommune") if mid == ws.OTHER_MUNICIPALITY else name
            self.municipality.addItem(label, mid)
        self.vederlag = QSpinBox(self)
        self.vederlag.setRange(0, 30)
        self.vederlag.setAccessibleName(self.tr("Antal vederlag"))
        self.vederlag.setToolTip(self.tr("Står i kontrakten, fx 7 vederlag pr. døgn."))
        self.municipality.currentIndexChanged.connect(
            lambda _i: apply_default_vederlag(self.municipality, self.vederlag))
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd.MM.yyyy")
        self.start.setDate(_qdate(wizard.ctx.today().replace(day=1)))
        self.start.setAccessibleName(self.tr("Aftalens startdato"))
        form.addRow(self.tr("Barnets &navn:"), self.name)
        form.addRow(self.tr("&Fødselsdato:"), self.birth)
        form.addRow(self.tr("&Kommune:"), self.municipality)
        form.addRow(self.tr("Antal &vederlag:"), self.vederlag)
        form.addRow(self.tr("Aftalen &starter:"), self.start)
        hint = QLabel(self.tr("Står jeres kommune ikke på listen, så vælg »Anden kommune«: så bruges "
                              "KL's generelle takster, og I kan rette reglerne under Indstillinger."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.error = _error_label(self)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        if not confirm_zero_vederlag(self, self.w.ctx, self.vederlag.value()):
            self.vederlag.setFocus()
            return False
        try:
            self.w.model.set_child(self.name.text(), _pydate(self.birth.date()),
                                   str(self.municipality.currentData() or ""), self.vederlag.value(),
                                   _pydate(self.start.date()))
        except ValidationError as e:
            self.error.setText(_problems_text(e))
            return False
        self.error.clear()
        return True


class SecurityPage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Sikkerhed"))
        self.setSubTitle(self.tr("Dagbogen krypteres altid. Vælg, hvordan den låses op."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Opret dagbogen"))
        layout = QVBoxLayout(self)
        self.keychain = QRadioButton(self.tr("Computerens &nøglering (anbefalet, hvis kun I bruger "
                                             "computeren)"), self)
        self.password_mode = QRadioButton(self.tr("&Adgangskode (hvis andre også bruger computeren)"),
                                          self)
        self.password_box, form, self.password, self.repeat = _unlock_choice(
            self, layout, self.keychain, self.password_mode, self.tr("&Gentag:"))
        warning = QLabel(self.tr(
            "Vigtigt: Glemmer I adgangskoden og mister gendannelsesarket, kan dagbogen ikke åbnes "
            "igen – af nogen. Gem gendannelsesarket et sikkert sted."), self.password_box)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        form.addRow(warning)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        mode = "password" if self.password_mode.isChecked() else "keychain"
        try:
            self.w.model.set_security(mode, self.password.text(), self.repeat.text())
        except ValidationError as e:
            self.error.setText(_problems_text(e))
            return False
        if self.w.model.session is not None:  # created by the op below: go on
            self.password.clear()
            self.repeat.clear()
            self.error.clear()
            return True
        self.w.run_page_op(self, lambda _s: self.w.model.create(), self.tr("Opretter dagbogen …"),
                           self._create_failed, "wizard.create")
        return False

    def _create_failed(self, e: BaseException) -> None:
        if isinstance(e, ValidationError):
            self.error.setText(_problems_text(e))
        elif any(c.__name__ == "NoKeychainError" for c in type(e).__mro__):
            self.error.setText(self.tr(
                "Computerens nøglering virker ikke, så nøglen kan ikke gemmes der. "
                "Vælg »Adgangskode« i stedet."))
            self.password_mode.setChecked(True)
        else:
            self.w.ctx.show_error(e, self)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Gendannelsesnøgle"))
        self.setSubTitle(self.tr("Med nøglen og en sikkerhedskopi kan dagbogen åbnes igen – også på en ny "
                                 "computer. Den vises kun denne ene gang."))
        layout = QVBoxLayout(self)
        self.key = QLabel(self)
        self.key.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Gendannelsesnøgle"))
        self.key.setStyleSheet("padding: 12px; border: 1px solid palette(mid); background: palette(base);")
        layout.addWidget(self.key)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Udskriv gendannelsesarket …"), self)
        self.save_button = QPushButton(self.tr("&Gem som PDF …"), self)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm = QCheckBox(self.tr("Jeg har &udskrevet eller gemt gendannelsesarket et sikkert sted"),
                                 self)
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.key.setText(self.w.model.recovery_key or "")
        # The diary exists now: the family leaves this page only by confirming the sheet.
        self.w.button(QWizard.WizardButton.CancelButton).setVisible(False)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def _pdf(self) -> bytes | None:
        try:
            return self.w.model.recovery_sheet_pdf()
        except Exception as e:
            self.w.ctx.show_error(e, self)
            return None

    def _print(self) -> None:
        pdf = self._pdf()
        if pdf is not None:
            from aflastapp.gui.printing import print_pdf

            print_pdf(self, pdf, self.tr("Gendannelsesark"), ctx=self.w.ctx)

    def _save(self) -> None:
        pdf = self._pdf()
        if pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem gendannelsesarket"),
                                              str(Path.home() / "aflastapp-gendannelsesark.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path), pdf)

    def save_to(self, path: Path, pdf: bytes | None = None) -> bool:
        pdf = pdf if pdf is not None else self._pdf()
        if pdf is None:
            return False
        try:
            path.write_bytes(pdf)
        except OSError as e:
            self.w.ctx.show_error(e, self)
            return False
        self.error.setText(self.tr("Gemt: %1").replace("%1", str(path)))
        return True

    def validatePage(self) -> bool:
        try:
            self.w.model.confirm_recovery_saved(self.confirm.isChecked())
        except ValidationError as e:
            self.error.setText(_problems_text(e))
            return False
        return True


class RestorePage(QWizardPage):
    """A new computer: the backup file and the recovery key → the diary as it was."""

    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Gendan fra sikkerhedskopi"))
        self.setSubTitle(self.tr("Vælg sikkerhedskopien fra den gamle computer (fx på en USB-nøgle) og skriv "
                                 "gendannelsesnøglen af fra gendannelsesarket."))
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Gendan og åbn"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Sikkerhedskopi"))
        self.file.setPlaceholderText(self.tr("fx aflastapp-2026-03-16.aflastbak"))
        self.browse = QPushButton(self.tr("&Vælg fil …"), self)
        self.browse.setAccessibleName(self.tr("Vælg sikkerhedskopi"))
        self.browse.clicked.connect(self._browse)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        file_label = QLabel(self.tr("&Sikkerhedskopi:"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        self.key = QLineEdit(self)
        self.key.setAccessibleName(self.tr("Gendannelsesnøgle"))
        self.key.setPlaceholderText(self.tr("fx ABCD-EFGH-… (som på gendannelsesarket)"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        form.addRow(self.tr("Gendannelses&nøgle:"), self.key)
        # A backup made in password mode also opens with the password in force when it was made.
        self.backup_password = QLineEdit(self)
        self.backup_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.backup_password.setAccessibleName(self.tr("Adgangskode til sikkerhedskopien"))
        self.backup_password_label = QLabel(self.tr("&Eller adgangskoden:"), self)
        self.backup_password_label.setBuddy(self.backup_password)
        form.addRow(self.backup_password_label, self.backup_password)
        self.accepts_note = QLabel(self)
        self.accepts_note.setWordWrap(True)
        form.addRow(self.accepts_note)
        self.file.textChanged.connect(self._backup_changed)
        layout.addLayout(form)
        self.keychain = QRadioButton(self.tr("Gem nøglen i computerens nø&glering (anbefalet, hvis kun I bruger "
                                             "computeren)"), self)
        self.password_mode = QRadioButton(self.tr("Beskyt dagbogen med en &adgangskode (hvis andre også bruger "
                                                  "computeren)"), self)
        self.password_box, _form, self.password, self.repeat = _unlock_choice(
            self, layout, self.keychain, self.password_mode, self.tr("Gen&tag:"))
        self.error = _error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._backup_changed()

    def _backup_changed(self) -> None:
        """Ask for what the chosen backup's key slots accept: the password too, when it has one."""
        with_password = "password" in ws.backup_accepts(self.file.text().strip())
        self.backup_password.setVisible(with_password)
        self.backup_password_label.setVisible(with_password)
        self.accepts_note.setVisible(with_password)
        self.accepts_note.setText(self.tr(
            "Denne sikkerhedskopi er beskyttet med en adgangskode: skriv enten gendannelsesnøglen eller "
            "den adgangskode, der gjaldt, da kopien blev taget.") if with_password else "")
        if not with_password:
            self.backup_password.clear()

    def initializePage(self) -> None:
        # The family may change their mind: "< Tilbage" leads back to the welcome page.
        self.w.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

    def cleanupPage(self) -> None:
        """Back to the welcome page: the next "Næste" starts a new diary again."""
        self.w.restore_mode = False
        self.w.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.error.clear()

    def nextId(self) -> int:
        return -1

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg sikkerhedskopi"), backup_start_folder(self.w.ctx),
                                              backup_file_filter())
        if path:
            self.file.setText(path)

    def validatePage(self) -> bool:

        if self.w.restored_session is not None:  # restored by the op below: open it
            self.password.clear()
            self.repeat.clear()
            self.key.clear()
            self.backup_password.clear()
            self.error.clear()
            return True
        mode = "password" if self.password_mode.isChecked() else "keychain"
        backup = self.file.text().strip()
        args = (self.w.ctx.data_dir, backup, self.key.text(), mode, self.password.text(), self.repeat.text(),
                self.backup_password.text())

        def restored(session: Any) -> None:
            self.w.restored_session = session
            self.w.accept()

        self.w.run_page_op(self, lambda _s: ws.restore_from_backup(*args), self.tr("Gendanner dagbogen …"),
                           self._restore_failed, "wizard.restore", restored)
        return False

    def _restore_failed(self, e: BaseException) -> None:
        from aflastapp.gui import fmt

        if isinstance(e, ValidationError):
            self.error.setText(_problems_text(e))
            return
        names = {c.__name__ for c in type(e).__mro__}
        detail = str(e) if fmt.current_language() == "da" else ""
        if "RecoveryKeyFormatError" in names:
            text = self.tr("Gendannelsesnøglen er ikke skrevet rigtigt af. Sammenlign den tegn for tegn med "
                           "gendannelsesarket.")
        elif "WrongKeyError" in names and self.backup_password.text() and not self.key.text().strip():
            text = self.tr("Adgangskoden passer ikke til denne sikkerhedskopi. Det skal være den adgangskode, "
                           "der gjaldt, da kopien blev taget – eller brug gendannelsesnøglen. Intet er ændret.")
            detail = ""
        elif "WrongKeyError" in names:
            text = self.tr("Gendannelsesnøglen passer ikke til denne sikkerhedskopi – eller filen er ikke en "
                           "sikkerhedskopi fra aflastapp. Tjek, at nøglen er fra det gendannelsesark, der "
                           "hører til dagbogen. Intet er ændret.")
            detail = ""
        elif "DamagedDatabaseError" in names:
            text = self.tr("Sikkerhedskopien er beskadiget og kan ikke gendannes. Prøv en anden sikkerhedskopi "
                           "(fx en ældre fra mappen »backups« på den gamle computer). Intet er ændret.")
            detail = ""
        elif "NoKeychainError" in names:
            text = self.tr("Computerens nøglering virker ikke, så nøglen kan ikke gemmes der. Vælg "
                           "»adgangskode« i stedet.")
            detail = ""
            self.password_mode.setChecked(True)
        else:
            self.w.ctx.show_error(e, self)
            return
        self.error.setText(text + ("\n" + detail if detail else ""))


class DonePage(QWizardPage):
    def __init__(self, wizard: SetupWizardDialog) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Dagbogen er klar"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Start i Kalender med at skrive jeres aftalte ophold ind – så viser Overblik, hvad I får "
            "udbetalt, og hvornår kommunen skal have jeres indberetninger.\n\n"
            "Dagbogen låser sig selv efter 10 minutter uden brug (kan ændres under Indstillinger)."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        self.setFinalPage(True)

    def nextId(self) -> int:
        return -1  # the last page: "Kom i gang" (the restore page is reached only from the welcome page)


class SetupWizardDialog(QWizard):
    """The first-start wizard. ``opened(data_dir)`` fires when a diary (real or demo) is open."""

    opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SetupWizard")
        self.model = ws.SetupWizard(ctx.data_dir, today=ctx.today())
        self.setWindowTitle(self.tr("Opret jeres dagbog – aflastapp"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Kom i gang"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Annuller"))
        self.welcome = WelcomePage(self)
        self.family = FamilyPage(self)
        self.child = ChildPage(self)
        self.security = SecurityPage(self)
        self.recovery = RecoveryPage(self)
        self.done_page = DonePage(self)
        self.restore_page = RestorePage(self)
        self.restore_mode = False
        self.restored_session: Any = None
        for page in (self.welcome, self.family, self.child, self.security, self.recovery, self.done_page):
            self.addPage(page)
        self.family_id = self.pageIds()[1]
        self.restore_id = self.addPage(self.restore_page)
        # every page has "Hjælp" (and F1): the guide's section about that step
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Hjælp"))
        self.helpRequested.connect(self.show_help)
        self._help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_key.activated.connect(self.show_help)
        self.resize(720, 540)
        self._opened = False

    def help_section(self) -> str:
        """The guide's section about the current page."""
        page = self.currentPage()
        if page is self.recovery:
            return "gendannelsesark"
        if page is self.restore_page:
            return "ny-computer"
        if page is self.done_page:
            return "forste-maaned"
        if page is self.welcome:
            return "forste-uge"
        return "opsaetning"

    def show_help(self) -> Any:
        from aflastapp.gui.help import show_help

        return show_help(self, self.help_section())

    def start_restore(self) -> None:
        """The welcome page's "Gendan fra sikkerhedskopi": go to the restore page."""
        self.restore_mode = True
        self.next()

    def accept(self) -> None:
        if self.restore_mode:
            # QWizard.done() validates the current page first: that is where the restore happens.
            super().accept()
            if self.restored_session is not None and not self._opened:
                self._opened = True
                self.ctx.set_session(self.restored_session)
                self.opened.emit(None)
            return
        session = self.model.finish() if self.model.session is not None else None
        if session is not None and not self._opened:
            self._opened = True
            self.ctx.set_session(session)
            self.opened.emit(None)
        super().accept()

    def reject(self) -> None:
        """Closing the wizard after the diary was created (e.g. at the recovery-key step) opens it
        anyway: the Overblik then reminds the family of the recovery sheet until it is confirmed."""
        if self.ctx.busy:
            return  # creating or restoring: wait for it
        if self.model.session is not None and not self._opened:
            self._opened = True
            self.ctx.set_session(self.model.session)
            self.opened.emit(None)
        super().reject()

    def run_page_op(self, page: QWizardPage, work: Any, label: str, failed: Any, name: str,
                    then: Any = None) -> None:
        """Run a page's slow step (create, restore) as an op; on success go on (or call ``then``)."""
        from aflastapp.gui import ops

        for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton):
            self.button(b).setEnabled(False)

        def done(result: Any) -> None:
            self._enable_buttons()
            if then is not None:
                then(result)
            else:
                self.next()

        def failure(e: BaseException) -> None:
            self._enable_buttons()
            failed(e)

        op = ops.QueryOp(self.ctx, work, success=done, parent=page, name=name).without_session()
        op.with_progress(label).failure(failure)
        op.run_in_background()

    def _enable_buttons(self) -> None:
        for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton):
            self.button(b).setEnabled(True)
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def start_demo(self) -> None:
        from aflastapp.gui import ops

        try:
            data_dir = ws.demo_dir(self.ctx.data_dir)
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        source_dir = self.ctx.data_dir

        def opened(s: Any) -> None:
            self._opened = True
            self.ctx.data_dir = data_dir
            self.ctx.set_session(s)
            self.opened.emit(data_dir)
            QWizard.accept(self)

        op = ops.QueryOp(self.ctx, lambda _s: ws.open_demo(source_dir), success=opened, parent=self,
                         name="wizard.demo").without_session()
        op.with_progress(self.tr("Laver demodata …")).run_in_background()


def apply_default_vederlag(municipality: QComboBox, vederlag: QSpinBox) -> None:
    """Put the municipality's usual number of vederlag (its rule) into the field."""
    from aflastapp.services.contracts import default_vederlag_count

    found = default_vederlag_count(str(municipality.currentData() or ""))
    if found is not None:
        vederlag.setValue(found)


def confirm_zero_vederlag(parent: QWidget, ctx: AppContext, value: int) -> bool:
    """0 vederlag means no pay: only after the family confirms it (never silently)."""
    if value != 0:
        return True
    text = QCoreApplication.translate(
        "Vederlag", "Antal vederlag er 0, så regner programmet ingen vederlag ud, og Overblik viser 0,00 kr. "
        "Står der virkelig 0 vederlag i kontrakten?")
    ctx.last_error_text = text
    if not ctx.interactive:
        return bool(getattr(ctx, "confirm_answer", False))
    from aflastapp.gui.widgets.common import confirm

    return confirm(parent, QCoreApplication.translate("Vederlag", "Ingen vederlag?"), text)


def backup_start_folder(ctx: AppContext) -> str:
    """The automatic backups' folder when it exists (where the recovery sheet says to look), else home."""
    from aflastapp.services.backups import backup_folder

    try:
        folder = backup_folder(ctx.data_dir)
    except Exception:
        return str(Path.home())
    return str(folder) if folder.is_dir() else str(Path.home())


def backup_file_filter() -> str:
    from aflastapp.services.backups import SUFFIX

    return QCoreApplication.translate("Backups", "Sikkerhedskopi (*%1);;Alle filer (*)").replace("%1", SUFFIX)
