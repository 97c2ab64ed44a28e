"""What a family meets in its first week (issue 15): dialogs keep what was typed after a validation
error, the wizard leaves no dead end, the recovery sheet is remembered, vederlag default from the
municipality's rule, places and the child can be corrected, redo works with both shortcuts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence

from aflastapp.gui.context import AppContext
from aflastapp.gui.views.driving import DrivingView, PlacesRoutesDialog, TripDialog
from aflastapp.gui.views.overview import OverviewView
from aflastapp.gui.views.settings import ChildContractDialog, SettingsView
from aflastapp.gui.wizard import SetupWizardDialog
from aflastapp.services import children, contracts, family, places, trips
from aflastapp.services import wizard as wizard_service
from tests.gui.test_app_support import open_diary


def test_a_trip_dialog_stays_open_with_every_field_after_a_validation_error(
        qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    view = DrivingView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    dlg = TripDialog(d.session, contract_id=d.contract_a, day=date(2026, 3, 5), parent=view)
    dlg.purpose.setText("Afhentning hos forældre")
    dlg.from_place.setText("Hjem")
    dlg.to_place.setText("Barnets hjem")
    dlg.km.setText("tolv")  # not a number

    def still_open() -> None:
        assert dlg.isVisible(), "the dialog stays open"
        assert dlg.purpose.text() == "Afhentning hos forældre" and dlg.km.text() == "tolv"
        assert "Km" in dlg.problems_label.text() and dlg.problems_label.isVisible()
        assert "#b00020" in dlg.km.styleSheet() and "Km" in dlg.km.toolTip()  # the red border says why
        assert dlg.focusWidget() is dlg.km, "the cursor is in the bad field"

    dlg.submit_with(d.ctx, view.save_new)
    dlg.show()
    dlg.accept()  # OK: the save fails
    still_open()
    assert trips.list_trips(d.session) == []
    # Corrected in the same dialog, OK saves and closes.
    dlg.km.setText("12,5")
    dlg.accept()
    assert not dlg.isVisible() and dlg.saved is not None and str(dlg.saved.km) == "12.5"
    assert dlg.km.styleSheet() == "", "the marks are gone once the input is right"

    d.ctx.lock()


def test_the_wizard_finishes_and_closing_it_after_creation_opens_the_diary_with_a_reminder(
        qtbot: Any, data_dir: Path) -> None:
    ctx = AppContext(data_dir)
    ctx.interactive = False
    ctx.today_override = date(2026, 3, 16)
    wizard = SetupWizardDialog(ctx)
    qtbot.addWidget(wizard)
    opened: list[object] = []
    wizard.opened.connect(opened.append)
    wizard.show()
    wizard.next()
    wizard.family.name.setText("Familien Jensen")
    wizard.family.address.setText("Skovvej 3, 4200 Slagelse")
    wizard.next()
    wizard.child.name.setText("Emma")
    # Slagelse's rule is 7 vederlag: the field follows the municipality
    wizard.child.municipality.setCurrentIndex(wizard.child.municipality.findData("slagelse"))
    assert wizard.child.vederlag.value() == 7
    wizard.child.vederlag.setValue(0)
    wizard.next()
    assert wizard.currentPage() is wizard.child, "0 vederlag is not accepted silently"
    assert "0 vederlag" in ctx.last_error_text
    wizard.child.vederlag.setValue(7)
    wizard.next()
    wizard.next()  # keychain: creates the diary as an op
    ctx.wait_for_ops()
    assert wizard.currentPage() is wizard.recovery
    assert wizard.done_page.nextId() == -1, "the last page finishes; it never leads to the restore page"
    # The family closes the window at the recovery-key step: the diary opens anyway …
    wizard.reject()
    assert opened == [None] and ctx.session is not None
    s = ctx.session
    assert not wizard_service.recovery_sheet_confirmed(s)
    assert contracts.list_contracts(s)[0].vederlag_count == 7
    # … and the Overblik reminds of the sheet until it is confirmed.
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    ctx.wait_for_ops()
    assert view.recovery_banner.isVisible()
    view.recovery_banner.confirm_button.click()
    assert wizard_service.recovery_sheet_confirmed(s)
    view.reload()
    ctx.wait_for_ops()
    assert not view.recovery_banner.isVisible()
    qtbot.waitUntil(lambda: not view.chart_pending)
    ctx.lock()


def test_child_contract_dialog_defaults_vederlag_and_corrects_the_childs_name(
        qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    dlg = ChildContractDialog(d.ctx)
    qtbot.addWidget(dlg)
    dlg.municipality.setCurrentIndex(dlg.municipality.findData("morsoe"))
    assert dlg.vederlag.value() == 7
    view = SettingsView(d.ctx)
    qtbot.addWidget(view)
    view.show()
    c = contracts.get_contract(d.session, d.contract_a)
    child = children.get_child(d.session, c.child_id)
    edit = ChildContractDialog(d.ctx, c, child.name, child_birth=child.birth_date)
    qtbot.addWidget(edit)
    assert edit.name.isVisibleTo(edit) and edit.name.text() == child.name
    values = edit.values()
    values["child"]["name"] = "Emma Sofie"
    view.contracts_tab.update_contract(c, values["contract"], values["child"])
    assert children.get_child(d.session, c.child_id).name == "Emma Sofie"
    d.ctx.undo_stack.undo()
    assert children.get_child(d.session, c.child_id).name == child.name
    d.ctx.lock()


def test_places_are_edited_and_the_familys_address_is_offered_as_home(qtbot: Any, data_dir: Path) -> None:
    d = open_diary(data_dir)
    family.set_family(d.session, "Familien Østergård", "Skovvej 3, 4200 Slagelse")
    view = DrivingView(d.ctx)
    qtbot.addWidget(view)
    dlg = PlacesRoutesDialog(view)
    qtbot.addWidget(dlg)
    new = dlg.new_place_dialog()
    assert (new.name.text(), new.address.text()) == ("Hjem", "Skovvej 3, 4200 Slagelse")
    home = dlg.save_place(new.values())
    assert home is not None
    assert dlg.new_place_dialog().name.text() == "", "once Hjem is saved it is not offered again"
    dlg.update_place(home, {"name": "Hjemme", "address": "Skovvej 5, 4200 Slagelse"})
    saved = [(p.name, p.address) for p in places.list_places(d.session)]
    assert saved == [("Hjemme", "Skovvej 5, 4200 Slagelse")]
    assert dlg.places_model.rowCount() == 1 and dlg.places_model.row_object(0).name == "Hjemme"
    d.ctx.lock()


def test_redo_has_both_shortcuts_without_ambiguity(qtbot: Any, data_dir: Path) -> None:
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.main_window import MainWindow

    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys
    assert len(keys) == len(set(keys)), "a key listed twice is an ambiguous shortcut"
    assert QKeySequence("Ctrl+Z").toString() in [k.toString() for k in window.undo_action.shortcuts()]
    d.ctx.lock()


def test_the_guide_opens_on_f1_in_both_languages_and_dialogs_open_their_section(
        qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    from aflastapp.gui import help as guide
    from aflastapp.gui import i18n
    from aflastapp.gui.app import gui_settings
    from aflastapp.gui.main_window import MainWindow
    from aflastapp.gui.views.calendar import StayDialog

    d = open_diary(data_dir)
    window = MainWindow(d.ctx, gui_settings(data_dir))
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1
    shown = window.show_guide()
    text = shown.browser.toPlainText()
    for heading in ("Den første uge", "Gendannelsesarket", "Hvad hver visning er til", "Når en frist er rød",
                    "Flyt til en ny computer", ".aflastbak"):
        assert heading in text
    shown.close()
    english = guide.show_help(window, "ny-computer", "en")
    assert "Moving to a new computer" in english.browser.toPlainText()
    assert "Flyt" not in english.browser.toPlainText(), "no Danish left in the English guide"
    english.close()
    # every section a dialog names is an anchor in both guides
    for lang in ("da", "en"):
        html = Path(guide.guide_path(lang)).read_text(encoding="utf-8")
        for section in guide.SECTIONS:
            assert f'name="{section}"' in html, (lang, section)

    from aflastapp.gui.views.calendar import CalendarView

    cal = CalendarView(d.ctx)
    qtbot.addWidget(cal)
    dialog = StayDialog(d.ctx, cal.contract_infos, first=date(2026, 3, 6), last=date(2026, 3, 8), parent=cal)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "helpButton")
    assert button is not None and button.text().replace("&", "") == "Hjælp"
    button.click()
    opened = [w for w in guide._open if w.isVisible()]
    assert opened and opened[-1].section == "ophold"
    opened[-1].close()
    dialog.reject()
    assert i18n  # the English guide follows the app's language (fmt.current_language)
    d.ctx.lock()


def test_date_fields_take_typing_and_one_tab_leaves_them(qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from aflastapp.gui.views.calendar import CalendarView, StayDialog
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(QApplication.instance())  # app.run installs it
    d = open_diary(data_dir)
    cal = CalendarView(d.ctx)
    qtbot.addWidget(cal)
    cal.show()
    cal.set_month(2026, 5)  # the calendar shows May; "Nyt ophold" starts in May, not on today's March
    opened: list[Any] = []
    cal.stay_dialog = lambda **kw: opened.append(kw) or _Rejecting()  # type: ignore[method-assign]
    cal.new_entry()
    assert opened and opened[0]["first"].month == 5 and opened[0]["first"].year == 2026
    dialog = StayDialog(d.ctx, cal.contract_infos, first=date(2026, 5, 1), last=date(2026, 5, 3), parent=cal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.contract.setFocus()
    qtbot.keyClick(dialog.contract, Qt.Key.Key_Tab)  # into Start
    qtbot.wait(20)
    assert dialog.focusWidget() is dialog.start
    qtbot.keyClicks(dialog.start, "7.3.2026")
    assert dialog.start.dateTime().date().toString("dd.MM.yyyy") == "07.03.2026"
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.end, "one Tab leaves the date field"
    dialog.reject()
    d.ctx.lock()


class _Rejecting:
    def run(self, *_a: Any) -> None:
        return None


def test_date_fields_show_the_languages_format(qtbot: Any) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QDateEdit

    from aflastapp.gui import i18n
    from aflastapp.gui.widgets.common import install_date_field_behaviour

    install_date_field_behaviour(QApplication.instance())
    try:
        i18n.install("en")
        e = QDateEdit()
        qtbot.addWidget(e)
        e.setDisplayFormat("dd.MM.yyyy")
        e.setDate(QDate(2026, 3, 16))
        e.show()
        assert e.text() == "2026-03-16", "English dates as in the English tables"
    finally:
        i18n.install("da")
    e2 = QDateEdit()
    qtbot.addWidget(e2)
    e2.setDisplayFormat("dd.MM.yyyy")
    e2.setDate(QDate(2026, 3, 16))
    e2.show()
    assert e2.text() == "16.03.2026"
