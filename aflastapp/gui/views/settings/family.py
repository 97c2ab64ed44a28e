# ruff: noqa: E501  (long Danish UI strings read better unbroken)
"""Indstillinger → Familie: the family's name, address, car and the driver on the kørselsskema."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton

from aflastapp.gui.views.settings.common import Section, button_row

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


class FamilySection(Section):
    key = "family"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        form = QFormLayout()
        self.family_name = QLineEdit(self)
        self.family_name.setAccessibleName(self.tr("Familiens navn"))
        self.family_address = QLineEdit(self)
        self.family_address.setAccessibleName(self.tr("Adresse"))
        self.family_car = QLineEdit(self)
        self.family_car.setAccessibleName(self.tr("Bilens registreringsnummer"))
        form.addRow(self.tr("Familiens &navn:"), self.family_name)
        form.addRow(self.tr("&Adresse:"), self.family_address)
        form.addRow(self.tr("&Bilens reg.nr.:"), self.family_car)
        self.family_driver = QLineEdit(self)
        self.family_driver.setAccessibleName(self.tr("Fører"))
        self.family_driver.setToolTip(self.tr("Den, der kører, som navnet står på kørselsskemaet. "
                                              "Tom: den første voksne i familiens navn."))
        self.family_driver_cpr = QLineEdit(self)
        self.family_driver_cpr.setAccessibleName(self.tr("Førerens CPR-nummer"))
        self.family_driver_cpr.setToolTip(self.tr("Valgfrit. Gemmes kun i den krypterede dagbog og står kun på "
                                                  "kørselsskemaet, når det er udfyldt."))
        self.family_driver_cpr.setPlaceholderText(self.tr("DDMMÅÅ-XXXX (valgfrit)"))
        form.addRow(self.tr("Fø&rer (kørselsskema):"), self.family_driver)
        form.addRow(self.tr("Førerens &CPR-nr.:"), self.family_driver_cpr)
        self.lay.addLayout(form)
        save = QPushButton(self.tr("&Gem familiens oplysninger"), self)
        save.clicked.connect(self.save_family)
        self.lay.addLayout(button_row(save))
        self.lay.addStretch(1)

    def tab_title(self) -> str:
        return self.tr("&Familie")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import family

        fam = family.get_family(s)
        self.family_name.setText(fam.name)
        self.family_address.setText(fam.address)
        self.family_car.setText(fam.car_registration)
        self.family_driver.setText(fam.driver_name)
        self.family_driver.setPlaceholderText(fam.driver or self.tr("Den første voksne i familiens navn"))
        self.family_driver_cpr.setText(fam.driver_cpr)

    def clear(self) -> None:
        for e in (self.family_name, self.family_address, self.family_car, self.family_driver,
                  self.family_driver_cpr):
            e.clear()

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
        self.execute(self.tr("Ret familiens oplysninger"),
                     lambda s: family.set_family(s, **new),
                     lambda s, _r: family.set_family(s, old.name, old.address, old.car_registration,
                                                     old.driver_name, old.driver_cpr))
