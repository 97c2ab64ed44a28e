# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger → Sikkerhed: keychain or password, changing the password, a new recovery sheet,
and how soon the window locks itself."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QMessageBox, QPushButton, QSpinBox

from aflastapp.gui import fmt
from aflastapp.gui.views.settings.common import Section, button_row
from aflastapp.gui.views.settings.dialogs import PasswordDialog, check_repeated

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


class SecuritySection(Section):
    key = "security"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        self.password_dialog: PasswordDialog | None = None  # the last one opened (tests, screenshots)
        self.mode_label = QLabel(self)
        self.mode_label.setWordWrap(True)
        self.lay.addWidget(self.mode_label)
        self.switch_button = QPushButton(self)
        self.switch_button.clicked.connect(self.switch_mode)
        self.password_button = QPushButton(self.tr("Skift &adgangskode …"), self)
        self.password_button.clicked.connect(self.change_password)
        self.sheet_button = QPushButton(self.tr("Nyt &gendannelsesark …"), self)
        self.sheet_button.clicked.connect(self.save_recovery_sheet)
        self.lay.addLayout(button_row(self.switch_button, self.password_button, self.sheet_button, stretch_at=3))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a number, not a bar
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 240)
        self.auto_lock.valueChanged.connect(self._auto_lock_suffix)
        self._auto_lock_suffix(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lås automatisk efter"))
        self.auto_lock.editingFinished.connect(self.save_auto_lock)
        form.addRow(self.tr("Lås automatisk efter:"), self.auto_lock)
        self.lay.addLayout(form)
        self.lay.addStretch(1)

    def tab_title(self) -> str:
        return self.tr("S&ikkerhed")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import settings as settings_service
        from aflastapp.services.wizard import key_mode

        mode = key_mode(self.ctx.data_dir)
        if mode == "password":
            self.mode_label.setText(self.tr("Dagbogen er beskyttet med en adgangskode."))
            self.switch_button.setText(self.tr("Brug &nøgleringen i stedet"))
        else:
            self.mode_label.setText(self.tr("Dagbogens nøgle ligger i computerens nøglering."))
            self.switch_button.setText(self.tr("Brug en &adgangskode i stedet …"))
        self.password_button.setEnabled(mode == "password")
        self.auto_lock.setValue(int(settings_service.get_preference(s, "auto_lock_minutes", 10) or 10))

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

    # ------------------------------------------------------------------ keychain or password

    def switch_mode(self) -> None:
        from aflastapp.services import security
        from aflastapp.services.wizard import key_mode

        s = self.ctx.session
        if s is None:
            return
        if key_mode(self.ctx.data_dir) == "password":
            try:
                security.switch_to_keychain(s)
            except Exception as e:
                self.ctx.show_error(e, self)
                return
            self.view.reload()
            self.inform(self.tr("Dagbogen låses nu op med computerens nøglering."))
            return
        warning = self.tr(
            "Med en adgangskode skal dagbogen låses op med den hver gang. Glemmer I adgangskoden, "
            "kan kun gendannelsesnøglen fra gendannelsesarket hente dagbogen tilbage (fra den "
            "nyeste sikkerhedskopi). Uden begge er dagbogen tabt.")
        if self.ctx.interactive and QMessageBox.warning(
                self, self.tr("Adgangskode"), warning,
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Ok:
            return
        dialog = PasswordDialog(self.tr("Brug en adgangskode"), ask_current=False, parent=self)
        self.password_dialog = dialog

        def save(v: dict[str, Any]) -> bool:
            check_repeated(v)
            security.switch_to_password(s, v["new"])
            return True

        if dialog.run(self.ctx, save):
            self.view.reload()
            self.inform(self.tr("Dagbogen er nu beskyttet med adgangskoden. Husk den: den skal bruges, "
                                "hver gang dagbogen åbnes."))

    def change_password(self) -> None:
        from aflastapp.services import security

        s = self.ctx.session
        if s is None:
            return
        dialog = PasswordDialog(self.tr("Skift adgangskode"), ask_current=True, parent=self)
        self.password_dialog = dialog

        def save(v: dict[str, Any]) -> bool:
            check_repeated(v)
            security.change_password(s, v["current"], v["new"])
            return True

        if dialog.run(self.ctx, save):
            self.inform(self.tr("Adgangskoden er skiftet. Brug den nye adgangskode, næste gang dagbogen åbnes."))

    # ------------------------------------------------------------------ recovery sheet

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
                    return
                self.inform(self.tr("Gendannelsesarket er gemt: %1").replace("%1", path))
