"""Indstillinger: family, children and contracts, closed days, rates, security, backups, language.

``view.SettingsView`` holds one tab per section; each section is a small widget of its own module
(``family``, ``contracts``, ``closed_days``, ``rates``, ``security``, ``backups``, ``language``); the
dialogs they open are in ``dialogs``."""

from aflastapp.gui.views.settings.dialogs import ChildContractDialog, TerminationDialog
from aflastapp.gui.views.settings.language import switch_language
from aflastapp.gui.views.settings.view import SECTIONS, SettingsView

__all__ = ["SECTIONS", "ChildContractDialog", "SettingsView", "TerminationDialog", "switch_language"]
