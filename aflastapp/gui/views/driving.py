"""Kørsel: the driving log of the visible month, saved places and routes, return trips,
trips suggested from stays (which the family confirms) and trips shared between children."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core import messages
from aflastapp.core.models import Trip
from aflastapp.gui import ops
from aflastapp.gui.messages import warning_text
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import (
    Column,
    RowsModel,
    button_row,
    confirm,
    contract_labels,
    edit_with_dialog,
    fmt_date,
    fmt_km,
    from_qdate,
    new_id,
    ok_cancel,
    parse_decimal,
    rows_table,
    selected_object,
    to_qdate,
    view_header,
)
from aflastapp.gui.widgets.forms import FormDialog, add_help_button
from aflastapp.services import places, trips
from aflastapp.services.places import Place, Route


def _via_text(via: tuple[str, ...]) -> str:
    return ", ".join(via)


def _parse_via(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


class TripsModel(RowsModel[Trip]):
    def __init__(self, labels: dict[str, str] | None = None, lang: str = "da", parent: Any = None) -> None:
        self.labels = labels or {}
        tr = self.tr
        super().__init__([
            Column(tr("Dato"), lambda t: fmt_date(t.date, lang)),
            Column(tr("Formål"), lambda t: t.purpose),
            Column(tr("Fra"), lambda t: t.from_place),
            Column(tr("Via"), lambda t: _via_text(t.via)),
            Column(tr("Til"), lambda t: t.to_place),
            Column(tr("Km"), lambda t: fmt_km(t.km), align_right=True),
            Column(tr("Aftale"), lambda t: ", ".join(self.labels.get(c, c) for c in t.contract_ids),
                   tooltip=lambda t: (self.tr("Delt tur: km fordeles ligeligt mellem aftalerne")
                                      if len(t.contract_ids) > 1 else "")),
        ], parent)


class TripDialog(FormDialog):
    """A new or edited trip: date, which contracts (several = a shared trip), route, purpose, km."""
    help_section = "korsel"


    def __init__(self, session: Any, trip: Trip | None = None, contract_id: str | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret tur") if trip else self.tr("Ny tur"))
        self.routes = places.list_routes(session)
        form = QFormLayout(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(to_qdate(trip.date if trip else (day or date.today())))
        self.date.setAccessibleName(self.tr("Dato"))
        form.addRow(self.tr("&Dato"), self.date)
        self.contracts = QListWidget(self)
        self.contracts.setAccessibleName(self.tr("Aftaler turen hører til"))
        self.contracts.setMaximumHeight(90)
        chosen = set(trip.contract_ids) if trip else ({contract_id} if contract_id else set())
        labels = contract_labels(session)
        for cid, label in labels:
            item = QListWidgetItem(label, self.contracts)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = cid in chosen or (not chosen and len(labels) == 1)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        form.addRow(self.tr("&Barn/aftale"), self.contracts)
        hint = QLabel(self.tr("Kører I med flere børn på samme tur, så sæt flueben ved dem alle: "
                              "turen deles mellem aftalerne."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.route = QComboBox(self)
        self.route.setAccessibleName(self.tr("Gemt rute"))
        self.route.addItem(self.tr("(ingen – skriv selv)"), None)
        for r in self.routes:
            self.route.addItem(f"{r.name} ({fmt_km(r.km)} km)", r.id)
        self.route.currentIndexChanged.connect(self._route_chosen)
        form.addRow(self.tr("&Rute"), self.route)
        self.purpose = QLineEdit(trip.purpose if trip else "", self)
        self.purpose.setPlaceholderText(self.tr("fx Afhentning hos forældre"))
        self.purpose.setAccessibleName(self.tr("Formål"))
        form.addRow(self.tr("&Formål"), self.purpose)
        self.from_place = QLineEdit(trip.from_place if trip else "", self)
        self.from_place.setAccessibleName(self.tr("Fra"))
        form.addRow(self.tr("F&ra"), self.from_place)
        self.via = QLineEdit(_via_text(trip.via) if trip else "", self)
        self.via.setPlaceholderText(self.tr("adskil med komma"))
        self.via.setAccessibleName(self.tr("Via"))
        form.addRow(self.tr("&Via"), self.via)
        self.to_place = QLineEdit(trip.to_place if trip else "", self)
        self.to_place.setAccessibleName(self.tr("Til"))
        form.addRow(self.tr("&Til"), self.to_place)
        self.km = QLineEdit(fmt_km(trip.km) if trip else "", self)
        self.km.setAccessibleName(self.tr("Km"))
        form.addRow(self.tr("&Km"), self.km)
        self.approval = QLineEdit(trip.approval if trip else "", self)
        self.approval.setAccessibleName(self.tr("Kørslen aftalt med"))
        self.approval.setPlaceholderText(self.tr("hvem der har godkendt kørslen, og hvornår"))
        form.addRow(self.tr("&Aftalt med"), self.approval)
        approval_hint = QLabel(self.tr("Nogle kommuner betaler kun kørsel, der er aftalt på forhånd "
                                       "(Haderslev, Nyborg; i Randers anden kørsel end til og fra "
                                       "aflastningen)."), self)
        approval_hint.setWordWrap(True)
        form.addRow("", approval_hint)
        buttons = ok_cancel(self, self.tr("Gem"))
        form.addRow(buttons)
        self.setMinimumWidth(460)  # the shared-trip hint and long route names need the room

    def _route_chosen(self) -> None:
        rid = self.route.currentData()
        route = next((r for r in self.routes if r.id == rid), None)
        if route is None:
            return
        self.from_place.setText(route.from_place)
        self.to_place.setText(route.to_place)
        self.via.setText(_via_text(route.via))
        self.km.setText(fmt_km(route.km))
        if not self.purpose.text().strip():
            self.purpose.setText(route.name)
        if route.approval and not self.approval.text().strip():
            self.approval.setText(route.approval)

    def choose_route(self, route_id: int) -> None:
        i = self.route.findData(route_id)
        if i >= 0:
            self.route.setCurrentIndex(i)

    def set_contracts(self, ids: set[str]) -> None:
        for i in range(self.contracts.count()):
            item = self.contracts.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        ids = [self.contracts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.contracts.count())
               if self.contracts.item(i).checkState() == Qt.CheckState.Checked]
        return {
            "contract_ids": ids,
            "date": from_qdate(self.date.date()),
            "purpose": self.purpose.text().strip(),
            "from_place": self.from_place.text().strip(),
            "to_place": self.to_place.text().strip(),
            "km": parse_decimal(self.km.text()),
            "via": _parse_via(self.via.text()),
            "approval": self.approval.text().strip(),
        }


class SuggestionsDialog(QDialog):
    """Trips proposed from the month's stays: the family ticks those that happened."""

    def __init__(self, suggestions: list[Trip], labels: dict[str, str], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forslag til ture fra ophold"))
        self.resize(640, 400)
        lay = QVBoxLayout(self)
        info = QLabel(self.tr("Ture til og fra ophold i måneden, ud fra jeres gemte ruter. "
                              "Fjern flueben ved ture, der ikke blev kørt, og tryk »Gem valgte ture«."), self)
        info.setWordWrap(True)
        lay.addWidget(info)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Foreslåede ture"))
        # two lines a trip, wrapped at the list's width: long addresses never scroll sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        for t in suggestions:
            # the suggested purpose in the family's language: that is the text saved with the trip
            t = replace(t, purpose=messages.in_language(t.purpose, lang))
            who = ", ".join(labels.get(c, c) for c in t.contract_ids)
            item = QListWidgetItem(
                f"{fmt_date(t.date, lang)}  {t.purpose} ({who})\n"
                f"{t.from_place} → {t.to_place}, {fmt_km(t.km)} km", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        lay.addWidget(self.list)
        buttons = ok_cancel(self, self.tr("Gem valgte ture"))
        lay.addWidget(buttons)
        add_help_button(self, "korsel")

    def chosen(self) -> list[Trip]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


class PlaceDialog(FormDialog):
    """A new or edited place. A new one is "Hjem" with the family's address while there is none."""
    help_section = "korsel"


    def __init__(self, parent: QWidget | None = None, place: Place | None = None, name: str = "",
                 address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret sted") if place else self.tr("Nyt sted"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("fx Hjem, Barnets hjem, Skole, Kommunen"))
        self.name.setAccessibleName(self.tr("Navn"))
        form.addRow(self.tr("&Navn"), self.name)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Adresse"))
        form.addRow(self.tr("&Adresse"), self.address)
        self.name.setText(place.name if place else name)
        self.address.setText(place.address if place else address)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "address": self.address.text().strip()}


class RouteDialog(FormDialog):
    help_section = "korsel"

    def __init__(self, place_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny rute"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("fx Hjem – barnets hjem"))
        self.name.setAccessibleName(self.tr("Navn"))
        form.addRow(self.tr("&Navn"), self.name)
        self.from_place = QComboBox(self)
        self.from_place.setEditable(True)
        self.from_place.addItems(place_names)
        self.from_place.setAccessibleName(self.tr("Fra"))
        form.addRow(self.tr("F&ra"), self.from_place)
        self.via = QLineEdit(self)
        self.via.setPlaceholderText(self.tr("adskil med komma"))
        self.via.setAccessibleName(self.tr("Via"))
        form.addRow(self.tr("&Via"), self.via)
        self.to_place = QComboBox(self)
        self.to_place.setEditable(True)
        self.to_place.addItems(place_names)
        if len(place_names) > 1:
            self.to_place.setCurrentIndex(1)
        self.to_place.setAccessibleName(self.tr("Til"))
        form.addRow(self.tr("&Til"), self.to_place)
        self.km = QLineEdit(self)
        self.km.setAccessibleName(self.tr("Km"))
        form.addRow(self.tr("&Km"), self.km)
        self.approval = QLineEdit(self)
        self.approval.setAccessibleName(self.tr("Kørslen aftalt med"))
        self.approval.setPlaceholderText(self.tr("valgfri: aftalen gælder ture ad ruten"))
        form.addRow(self.tr("&Aftalt med"), self.approval)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "from_place": self.from_place.currentText().strip(),
                "to_place": self.to_place.currentText().strip(), "km": parse_decimal(self.km.text()),
                "via": _parse_via(self.via.text()), "approval": self.approval.text().strip()}


class PlacesRoutesDialog(QDialog):
    """Saved places (home, the child's home, school, the municipality) and routes with km."""

    def __init__(self, view: DrivingView) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Steder og ruter"))
        self.resize(620, 420)
        lay = QVBoxLayout(self)
        tabs = QTabWidget(self)
        lay.addWidget(tabs)
        self.places_model: RowsModel[Place] = RowsModel([
            Column(self.tr("Navn"), lambda p: p.name), Column(self.tr("Adresse"), lambda p: p.address)], self)
        self.routes_model: RowsModel[Route] = RowsModel([
            Column(self.tr("Navn"), lambda r: r.name), Column(self.tr("Fra"), lambda r: r.from_place),
            Column(self.tr("Via"), lambda r: _via_text(r.via)), Column(self.tr("Til"), lambda r: r.to_place),
            Column(self.tr("Km"), lambda r: fmt_km(r.km), align_right=True)], self)
        self.places_table = self._table(self.places_model, self.tr("Gemte steder"))
        self.routes_table = self._table(self.routes_model, self.tr("Gemte ruter"))
        tabs.addTab(self._page(self.places_table, self.add_place, self.delete_place, self.edit_place),
                    self.tr("Steder"))
        tabs.addTab(self._page(self.routes_table, self.add_route, self.delete_route), self.tr("Ruter"))
        self.places_table.doubleClicked.connect(lambda _i: self.edit_place())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        add_help_button(self, "korsel")
        view.ctx.op_executed.connect(self._on_op)
        self.reload()

    def _on_op(self, changes: ops.Changes, _initiator: object) -> None:
        if changes.touches({ops.PLACES}):
            self.reload()

    def _table(self, model: RowsModel[Any], name: str) -> QTableView:
        t = rows_table(self, model, name)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return t

    def _page(self, table: QTableView, add: Any, delete: Any, edit: Any = None) -> QWidget:
        w = QWidget(self)
        lay = QVBoxLayout(w)
        lay.addWidget(table)
        row = QHBoxLayout()
        b_add = QPushButton(self.tr("Tilføj …"), w)
        b_add.clicked.connect(add)
        row.addWidget(b_add)
        if edit is not None:
            b_edit = QPushButton(self.tr("Ret …"), w)
            b_edit.clicked.connect(edit)
            row.addWidget(b_edit)
        b_del = QPushButton(self.tr("Slet"), w)
        b_del.clicked.connect(delete)
        row.addWidget(b_del)
        row.addStretch(1)
        lay.addLayout(row)
        return w

    def reload(self) -> None:
        s = self.view.ctx.session
        if s is None:
            self.places_model.clear()
            self.routes_model.clear()
            return
        self.places_model.set_rows(places.list_places(s))
        self.routes_model.set_rows(places.list_routes(s))

    def new_place_dialog(self) -> PlaceDialog:
        """A new place; while no saved place has the family's address, it is offered as "Hjem"."""
        from aflastapp.services import family

        s = self.view.ctx.session
        if s is None:
            return PlaceDialog(self)
        address = family.get_family(s).address
        known = {p.address.strip().lower() for p in places.list_places(s)}
        if address and address.strip().lower() not in known:
            return PlaceDialog(self, name=self.tr("Hjem"), address=address)
        return PlaceDialog(self)

    def add_place(self) -> None:
        self.new_place_dialog().run(self.view.ctx, self.save_place)

    def edit_place(self) -> None:
        sel = self.places_table.selectionModel().selectedRows()
        if not sel:
            return
        p = self.places_model.row_object(sel[0].row())
        PlaceDialog(self, place=p).run(self.view.ctx, lambda v: self.update_place(p, v))

    def update_place(self, p: Place, v: dict[str, Any]) -> Place | None:
        return self.view.ctx.execute(
            self.tr("Ret sted"), lambda s: places.update_place(s, p.id, **v),
            lambda s, _n: places.update_place(s, p.id, name=p.name, address=p.address),
            changes=ops.Changes.of(ops.PLACES))

    def save_place(self, v: dict[str, Any]) -> Place | None:
        return self.view.ctx.execute(self.tr("Tilføj sted"),
                                     lambda s: places.add_place(s, v["name"], v["address"]),
                                     lambda s, p: places.delete_place(s, p.id),
                                     changes=ops.Changes.of(ops.PLACES))

    def delete_place(self) -> None:
        sel = self.places_table.selectionModel().selectedRows()
        if not sel:
            return
        p = self.places_model.row_object(sel[0].row())
        if not confirm(self, self.tr("Slet sted"), self.tr("Slet stedet »%1«?").replace("%1", p.name)):
            return
        self.view.ctx.execute(self.tr("Slet sted"), lambda s: places.delete_place(s, p.id),
                              lambda s, old: places.add_place(s, old.name, old.address, id=old.id),
                              changes=ops.Changes.of(ops.PLACES))

    def add_route(self) -> None:
        s = self.view.ctx.session
        if s is None:
            return
        RouteDialog([p.name for p in places.list_places(s)], self).run(self.view.ctx, self.save_route)

    def save_route(self, v: dict[str, Any]) -> Route | None:
        return self.view.ctx.execute(self.tr("Tilføj rute"), lambda s: places.add_route(s, **v),
                                     lambda s, r: places.delete_route(s, r.id),
                                     changes=ops.Changes.of(ops.PLACES))

    def delete_route(self) -> None:
        sel = self.routes_table.selectionModel().selectedRows()
        if not sel:
            return
        r = self.routes_model.row_object(sel[0].row())
        if not confirm(self, self.tr("Slet rute"), self.tr("Slet ruten »%1«?").replace("%1", r.name)):
            return
        self.view.ctx.execute(
            self.tr("Slet rute"), lambda s: places.delete_route(s, r.id),
            lambda s, old: places.add_route(s, old.name, old.from_place, old.to_place, old.km, old.via,
                                            id=old.id, approval=old.approval))


class DrivingView(View):
    view_id = "driving"
    icon_name = "driving"
    shows = frozenset({ops.TRIPS, ops.CONTRACTS})
    writes = ops.Changes.of(ops.TRIPS)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        head, self.contract, month = view_header(self.title, self, self.reload, ctx.today())
        assert month is not None
        self.month = month
        lay.addLayout(head)

        self.b_new = QPushButton(self.tr("&Ny tur"), self)
        self.b_new.setToolTip(self.tr("Registrér en ny tur (Ctrl+N)"))
        self.b_new.clicked.connect(self.new_entry)
        self.b_return = QPushButton(self.tr("Tilføj &returtur"), self)
        self.b_return.setToolTip(self.tr("Samme tur tilbage samme dag"))
        self.b_return.clicked.connect(self.add_return)
        self.b_suggest = QPushButton(self.tr("&Foreslå ture fra ophold …"), self)
        self.b_suggest.clicked.connect(self.suggest)
        self.b_edit = QPushButton(self.tr("R&et …"), self)
        self.b_edit.clicked.connect(self.edit_selected)
        self.b_delete = QPushButton(self.tr("&Slet"), self)
        self.b_delete.clicked.connect(self.delete_selected)
        self.b_places = QPushButton(self.tr("Steder og r&uter …"), self)
        self.b_places.clicked.connect(self.open_places)
        lay.addLayout(button_row((self.b_new, self.b_return, self.b_suggest, self.b_edit, self.b_delete),
                                 trailing=(self.b_places,)))

        self.model = TripsModel(lang=ctx.language, parent=self)
        self.table = rows_table(self, self.model, self.tr("Kørselslog"))
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        lay.addWidget(self.table)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Km i alt"))
        lay.addWidget(self.total)
        self.warnings = QLabel(self)  # trips a municipality pays only when agreed, and without agreement
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b00020;")
        self.warnings.setAccessibleName(self.tr("Ture der ikke medregnes"))
        self.warnings.hide()
        lay.addWidget(self.warnings)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Kørsel")

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        self.contract.load(s)
        self.model.labels = dict(contract_labels(s))
        rows = trips.list_trips(s, contract_id=self.contract.current_id(), start=self.month.first,
                                end=self.month.last)
        self.model.set_rows(rows)
        km = sum((t.km for t in rows), start=Decimal(0))
        self.total.setText(self.tr("%n tur(e), %1 km i alt", "", len(rows)).replace("%1", fmt_km(km)))
        from aflastapp.core.models import WarningCode
        from aflastapp.services import overview

        preview = overview.preview_month(s, self.month.year, self.month.month, self.contract.current_id())
        msgs = list(dict.fromkeys(warning_text(w) for cm in preview.contracts for w in cm.warnings
                                  if w.code == WarningCode.TRIP_WITHOUT_APPROVAL))
        self.warnings.setText("\n".join(msgs))
        self.warnings.setVisible(bool(msgs))
        self._update_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.model.labels = {}
        self.contract.clear()
        self.total.clear()
        self.warnings.clear()
        self.warnings.hide()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.b_return, self.b_edit, self.b_delete):
            b.setEnabled(has)

    def selected(self) -> Trip | None:
        return selected_object(self.table, self.model)

    # ------------------------------------------------------------------ actions

    def new_entry(self, contract_id: str | None = None) -> None:
        s = self.ctx.session
        if s is None:
            return
        today = self.ctx.today()
        day = today if (today.year, today.month) == (self.month.year, self.month.month) else self.month.first
        dlg = TripDialog(s, contract_id=contract_id or self.contract.current_id(), day=day, parent=self)
        dlg.run(self.ctx, self.save_new)

    def save_new(self, values: dict[str, Any]) -> Trip | None:
        tid = new_id("t")
        values = values | {"km": parse_decimal(str(values.get("km", "")))}
        return self.execute(self.tr("Tilføj tur"), lambda s: trips.add_trip(s, **values, id=tid),
                                lambda s, t: trips.delete_trip(s, t.id))

    def edit_selected(self) -> None:
        t, s = self.selected(), self.ctx.session
        if t is None or s is None:
            return
        old = {"contract_ids": list(t.contract_ids), "date": t.date, "purpose": t.purpose,
               "from_place": t.from_place, "to_place": t.to_place, "km": t.km, "via": list(t.via),
               "approval": t.approval}
        edit_with_dialog(self.ctx, self.tr("Ret tur"), TripDialog(s, trip=t, parent=self),
                         lambda s, **kw: trips.update_trip(s, t.id, **kw), old, changes=self.writes)

    def delete_selected(self) -> None:
        t = self.selected()
        if t is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet tur"),
                self.tr("Slet turen %1 (%2 km)?").replace("%1", t.purpose).replace("%2", fmt_km(t.km))):
            return
        self.execute(self.tr("Slet tur"), lambda s: trips.delete_trip(s, t.id),
                         lambda s, old: trips.add_many(s, [old]))

    def add_return(self) -> Trip | None:
        t = self.selected()
        if t is None:
            return None
        return self.execute(self.tr("Tilføj returtur"), lambda s: trips.add_return_trip(s, t.id),
                                lambda s, new: trips.delete_trip(s, new.id))

    def suggestions(self) -> list[Trip]:
        s = self.ctx.session
        if s is None:
            return []
        found = trips.suggest_from_stays(s, self.month.first, self.month.last)
        cid = self.contract.current_id()
        return [t for t in found if cid is None or cid in t.contract_ids]

    def suggest(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        try:
            found = self.suggestions()
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        if not found:
            msg = self.tr("Ingen forslag: alle ophold i måneden har allerede ture, eller der er ingen gemte "
                          "ruter endnu. Gem en rute under »Steder og ruter«.")
            self.ctx.last_error_text = msg
            if self.ctx.interactive:
                from PySide6.QtWidgets import QMessageBox
                QMessageBox.information(self, self.tr("Foreslå ture"), msg)
            return
        dlg = SuggestionsDialog(found, dict(contract_labels(s)), self.ctx.language, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.confirm_suggestions(dlg.chosen())

    def confirm_suggestions(self, chosen: list[Trip]) -> list[Trip] | None:
        if not chosen:
            return None
        fixed = [replace(t, id=new_id("t")) for t in chosen]
        return self.execute(
            self.tr("Gem foreslåede ture"), lambda s: trips.add_many(s, fixed),
            lambda s, saved: [trips.delete_trip(s, t.id) for t in saved])

    def open_places(self) -> None:
        if self.ctx.session is None:
            return
        PlacesRoutesDialog(self).exec()

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "new_trip":
            self.new_entry(params.get("contract_id"))
