"""Indstillinger → Sprog: Danish or English, switched at once and remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout

from aflastapp.gui.context import AppContext
from aflastapp.gui.views.settings.common import Section

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


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


class LanguageSection(Section):
    key = "language"

    def __init__(self, view: SettingsView) -> None:
        from aflastapp.gui.i18n import LANGUAGES

        super().__init__(view)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Sprog"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.activated.connect(lambda _i: self.set_language(str(self.language.currentData())))
        form.addRow(self.tr("Sprog / language:"), self.language)
        self.lay.addLayout(form)
        self.lay.addStretch(1)

    def tab_title(self) -> str:
        return self.tr("S&prog")

    def set_language(self, lang: str) -> None:
        switch_language(self.ctx, lang)
