"""Dagbog: notes per child with tags, the observation kept apart from the family's interpretation,
full-text search; a note tagged magtanvendelse prompts to inform the consultant today."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.errors import FieldProblem, ValidationError
from aflastapp.core.models import NOTE_TAGS, Deadline, DeadlineKind, Note
from aflastapp.gui import fmt, ops
from aflastapp.gui.messages import deadline_title
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import (
    ChildCombo,
    Column,
    RowsModel,
    button_row,
    confirm,
    fmt_date,
    from_qdate,
    new_id,
    rows_table,
    split_pane,
    to_qdate,
)
from aflastapp.services import children, contracts, notes, overview, submissions

INCIDENT_TAG = "magtanvendelse"


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryView", text)


def tag_label(tag: str) -> str:
    labels = {
        "skole": tr("skole"), "sundhed": tr("sundhed"), "adfærd": tr("adfærd"),
        "familiekontakt": tr("familiekontakt"), "fritid": tr("fritid"), "hændelse": tr("hændelse"),
        "magtanvendelse": tr("magtanvendelse"),
    }
    return labels.get(tag, tag)


def _excerpt(text: str, n: int = 90) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


class NotesModel(RowsModel[Note]):
    def __init__(self, lang: str = "da", parent: Any = None) -> None:
        self.child_names: dict[str, str] = {}
        super().__init__([
            Column(tr("Dato"), lambda n: fmt_date(n.date, lang)),
            Column(tr("Barn"), lambda n: self.child_names.get(n.child_id, n.child_id)),
            Column(tr("Emner"), lambda n: ", ".join(tag_label(t) for t in n.tags)),
            Column(tr("Observation"), lambda n: _excerpt(n.text), tooltip=lambda n: n.text[:600]),
        ], parent)


class NoteEditor(QGroupBox):
    """The selected (or new) note: child, date, tags, observation, interpretation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Notat"))
        self.note_id: str | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.child = ChildCombo(parent=self)
        form.addRow(self.tr("&Barn"), self.child)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setAccessibleName(self.tr("Dato"))
        form.addRow(self.tr("&Dato"), self.date)
        lay.addLayout(form)
        tags = QGroupBox(self.tr("Emner"), self)
        grid = QGridLayout(tags)
        self.tag_boxes: dict[str, QCheckBox] = {}
        for i, tag in enumerate(NOTE_TAGS):
            cb = QCheckBox(tag_label(tag), tags)
            cb.setAccessibleName(self.tr("Emne: %1").replace("%1", tag_label(tag)))
            self.tag_boxes[tag] = cb
            grid.addWidget(cb, i // 4, i % 4)
        self.other_tags = QLineEdit(tags)
        self.other_tags.setPlaceholderText(self.tr("andre emner, adskilt med komma"))
        self.other_tags.setAccessibleName(self.tr("Andre emner"))
        grid.addWidget(self.other_tags, 2, 0, 1, 4)
        lay.addWidget(tags)
        obs = QLabel(self.tr("<b>Observation</b> – hvad skete der? Skriv det, I så og hørte."), self)
        lay.addWidget(obs)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Observation"))
        self.text.setTabChangesFocus(True)
        lay.addWidget(self.text, 2)
        interp = QLabel(self.tr("<b>Vurdering</b> – hvad tænker I om det? "
                                "(holdes adskilt fra observationen)"), self)
        interp.setWordWrap(True)
        lay.addWidget(interp)
        self.interpretation = QPlainTextEdit(self)
        self.interpretation.setAccessibleName(self.tr("Vurdering"))
        self.interpretation.setTabChangesFocus(True)
        lay.addWidget(self.interpretation, 1)
        row = QHBoxLayout()
        self.b_save = QPushButton(self.tr("&Gem notat"), self)
        self.b_save.setDefault(True)
        self.b_delete = QPushButton(self.tr("&Slet"), self)
        row.addStretch(1)
        row.addWidget(self.b_delete)
        row.addWidget(self.b_save)
        lay.addLayout(row)

    def load(self, note: Note | None, day: date, child_id: str | None) -> None:
        self.note_id = note.id if note else None
        self.setTitle(self.tr("Ret notat") if note else self.tr("Nyt notat"))
        if note is not None:
            self.child.select(note.child_id)
        elif child_id is not None:
            self.child.select(child_id)
        self.date.setDate(to_qdate(note.date if note else day))
        chosen = set(note.tags) if note else set()
        for tag, cb in self.tag_boxes.items():
            cb.setChecked(tag in chosen)
        self.other_tags.setText(", ".join(t for t in (note.tags if note else ()) if t not in self.tag_boxes))
        self.text.setPlainText(note.text if note else "")
        self.interpretation.setPlainText(note.interpretation if note else "")
        self.b_delete.setEnabled(note is not None)

    def tags(self) -> list[str]:
        out = [t for t, cb in self.tag_boxes.items() if cb.isChecked()]
        out += [t.strip() for t in self.other_tags.text().split(",") if t.strip() and t.strip() not in out]
        return out

    def values(self) -> dict[str, Any]:
        return {"child_id": self.child.current_id() or "", "date": from_qdate(self.date.date()),
                "text": self.text.toPlainText().strip(), "tags": self.tags(),
                "interpretation": self.interpretation.toPlainText().strip()}

    def wipe(self) -> None:
        self.note_id = None
        self.child.clear()
        for cb in self.tag_boxes.values():
            cb.setChecked(False)
        self.other_tags.clear()
        self.text.clear()
        self.interpretation.clear()


class DiaryView(View):
    view_id = "notes"
    icon_name = "notes"
    shows = frozenset({ops.NOTES, ops.STAYS, ops.CONTRACTS})
    writes = ops.Changes.of(ops.NOTES)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = ctx.today().year
        self.last_prompt = ""  # the magtanvendelse prompt last shown (tests read it)
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"<h2>{self.title}</h2>", self))
        head.addStretch(1)
        self.child = ChildCombo(with_all=True, parent=self)
        self.child.currentIndexChanged.connect(self.reload)
        head.addWidget(self.child)
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Emne"))
        self.tag.currentIndexChanged.connect(self.reload)
        head.addWidget(self.tag)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søg i notater …"))
        self.search.setAccessibleName(self.tr("Søg i notater"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        head.addWidget(self.search)
        self.prev_year = QToolButton(self)
        self.prev_year.setText("◀")
        self.prev_year.setAccessibleName(self.tr("Forrige år"))
        self.prev_year.clicked.connect(lambda: self.set_year(self.year - 1))
        self.year_label = QLabel(str(self.year), self)
        self.next_year = QToolButton(self)
        self.next_year.setText("▶")
        self.next_year.setAccessibleName(self.tr("Næste år"))
        self.next_year.clicked.connect(lambda: self.set_year(self.year + 1))
        for w in (self.prev_year, self.year_label, self.next_year):
            head.addWidget(w)
        lay.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left, ll = split_pane(split)
        self.b_new = QPushButton(self.tr("&Nyt notat"), left)
        self.b_new.setToolTip(self.tr("Skriv et nyt notat (Ctrl+N)"))
        self.b_new.clicked.connect(self.new_entry)
        ll.addLayout(button_row((self.b_new,)))
        self.model = NotesModel(ctx.language, self)
        self.table = rows_table(left, self.model, self.tr("Notater"))
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ll.addWidget(self.table)
        self.count = QLabel(left)
        ll.addWidget(self.count)
        self.editor = NoteEditor(split)
        self.editor.b_save.clicked.connect(self.save)
        self.editor.b_delete.clicked.connect(self.delete_current)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 460])
        lay.addWidget(split, 1)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)

    @property
    def title(self) -> str:
        return self.tr("Dagbog")

    # ------------------------------------------------------------------ loading

    def set_year(self, year: int) -> None:
        self.year = year
        self.year_label.setText(str(year))
        self.reload()

    def _load_tags(self, s: Any) -> None:
        keep = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Alle emner"), None)
        for t in dict.fromkeys([*NOTE_TAGS, *notes.all_tags(s)]):
            self.tag.addItem(tag_label(t), t)
        i = self.tag.findData(keep) if keep else 0
        self.tag.setCurrentIndex(max(i, 0))
        self.tag.blockSignals(False)

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        keep = self.editor.note_id
        self.child.load(s)
        self.editor.child.load(s)
        self._load_tags(s)
        self.model.child_names = {c.id: c.name for c in children.list_children(s)}
        rows = notes.list_notes(s, child_id=self.child.current_id(), start=date(self.year, 1, 1),
                                end=date(self.year, 12, 31), tag=self.tag.currentData(),
                                query=self.search.text() or None)
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n notat(er) i %1", "", len(rows)).replace("%1", str(self.year)))
        if keep is not None and self.select_id(keep):
            return
        if self.editor.note_id is not None or not self.editor.text.toPlainText():
            self._blank_editor()

    def _blank_editor(self) -> None:
        today = self.ctx.today()
        day = today if today.year == self.year else date(self.year, 12, 31)
        self.editor.load(None, day, self.child.current_id())

    def clear(self) -> None:
        self.model.clear()
        self.model.child_names = {}
        self.child.clear()
        self.tag.clear()
        self.search.clear()
        self.count.clear()
        self.editor.wipe()
        self.last_prompt = ""

    def select_id(self, note_id: str) -> bool:
        for row, n in enumerate(self.model.objects):
            if n.id == note_id:
                self.table.selectRow(row)
                self.editor.load(n, n.date, None)
                return True
        return False

    def _selection_changed(self) -> None:
        sel = self.table.selectionModel().selectedRows()
        if sel:
            n = self.model.row_object(sel[0].row())
            self.editor.load(n, n.date, None)

    # ------------------------------------------------------------------ actions

    def new_entry(self, child_id: str | None = None) -> None:
        self.table.clearSelection()
        if child_id:
            self.editor.child.select(child_id)
        self._blank_editor()
        if child_id:
            self.editor.child.select(child_id)
        self.editor.text.setFocus()

    def save(self) -> Note | None:
        if self.ctx.session is None:
            return None
        values = self.editor.values()
        if not values["text"]:
            # The service would say "Tekst mangler", but the family sees a field called Observation.
            self.ctx.show_error(ValidationError(FieldProblem("text", self.tr(
                "Observation mangler – skriv, hvad der skete."))), self)
            self.editor.text.setFocus()
            return None
        nid = self.editor.note_id
        if nid is None:
            new = new_id("n")
            saved = self.execute(self.tr("Tilføj notat"), lambda s: notes.add_note(s, **values, id=new),
                                     lambda s, n: notes.delete_note(s, n.id))
            was_incident = False
        else:
            old = notes.get_note(self.ctx.require_session(), nid)
            was_incident = INCIDENT_TAG in old.tags
            before = {"child_id": old.child_id, "date": old.date, "text": old.text, "tags": list(old.tags),
                      "interpretation": old.interpretation}
            saved = self.execute(self.tr("Ret notat"), lambda s: notes.update_note(s, nid, **values),
                                     lambda s, _n: notes.update_note(s, nid, **before))
        if saved is None:
            return None
        if saved.date.year != self.year:
            self.set_year(saved.date.year)
        self.select_id(saved.id)
        if INCIDENT_TAG in saved.tags and not was_incident:
            self.prompt_incident(saved)
        return saved

    def incident_deadline(self, note: Note) -> Deadline | None:
        s = self.ctx.session
        if s is None:
            return None
        found = overview.deadlines(s, start=note.date, end=note.date, include_done=True,
                                   today=self.ctx.today())
        for d in found:
            if d.kind == DeadlineKind.INCIDENT_REPORT and d.period == note.id:
                return d
        return None

    def prompt_incident(self, note: Note) -> None:
        """Magtanvendelse: tell the family to inform the consultant today, with the rule's source."""
        s = self.ctx.session
        if s is None:
            return
        deadline = self.incident_deadline(note)
        contract = None
        if deadline is not None and deadline.contract_id:
            contract = contracts.get_contract(s, deadline.contract_id)
        if contract is None:
            found = contracts.list_contracts(s, child_id=note.child_id)
            contract = found[0] if found else None
        consultant = contract.consultant if contract and contract.consultant else ""
        who = consultant or self.tr("jeres familieplejekonsulent")
        lines = [
            self.tr("Notatet handler om magtanvendelse."),
            self.tr("I skal orientere %1 i dag – straks, også selvom I allerede har talt om det.")
            .replace("%1", who),
        ]
        if consultant:
            lines.append(self.tr("Familieplejekonsulent: %1").replace("%1", consultant))
        if deadline is not None:
            lines.append(deadline_title(deadline))
            if deadline.source:
                lines.append(self.tr("Kilde: %1").replace("%1", fmt.source(deadline.source)))
        text = "\n\n".join(lines)
        self.last_prompt = text
        if not self.ctx.interactive:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Orientér konsulenten i dag"), text, parent=self)
        done = box.addButton(self.tr("Jeg har orienteret i dag"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("Påmind mig senere"), QMessageBox.ButtonRole.RejectRole)
        # Enter must not record "informed" by accident: that closes the deadline.
        box.setDefaultButton(later)
        box.exec()
        if box.clickedButton() is done and deadline is not None:
            self.mark_informed(note, deadline)

    def mark_informed(self, note: Note, deadline: Deadline) -> None:
        """Record that the consultant was told (closes the incident deadline)."""
        today = self.ctx.today()
        self.execute(
            self.tr("Orienteret om magtanvendelse"),
            lambda s: submissions.add_submission(s, DeadlineKind.INCIDENT_REPORT, deadline.contract_id,
                                                 note.id, today, self.tr("orienteret")),
            lambda s, sub: submissions.withdraw(s, sub))

    def delete_current(self) -> None:
        nid = self.editor.note_id
        if nid is None:
            return
        if self.ctx.interactive and not confirm(self, self.tr("Slet notat"),
                                                self.tr("Slet notatet? I kan fortryde med Ctrl+Z.")):
            return
        self.execute(
            self.tr("Slet notat"), lambda s: notes.delete_note(s, nid),
            lambda s, old: notes.add_note(s, old.child_id, old.date, old.text, old.tags, old.interpretation,
                                          id=old.id))
        self.editor.note_id = None
        self._blank_editor()

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "new_note":
            self.new_entry(params.get("child_id"))
