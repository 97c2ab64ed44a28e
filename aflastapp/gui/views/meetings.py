"""Møder og statusrapporter: status meetings with their report deadline, the status-report editor
with the municipality's questions (drafts saved automatically), the period's diary notes one click
away for the appendix, and the PDF produced into the outbox (Dokumenter)."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core import messages
from aflastapp.core.models import Deadline, DeadlineKind, DocumentKind, Meeting, Note
from aflastapp.gui import fmt, ops
from aflastapp.gui.fmt import QT_TRANSLATE_NOOP  # typed (returns str); lupdate sees the name
from aflastapp.gui.messages import deadline_detail, deadline_title
from aflastapp.gui.views.base import View
from aflastapp.gui.views.diary import tag_label
from aflastapp.gui.widgets.common import (
    Column,
    ContractCombo,
    RowsModel,
    button_row,
    confirm,
    contract_labels,
    edit_with_dialog,
    fmt_date,
    from_qdate,
    new_id,
    ok_cancel,
    rows_table,
    selected_object,
    split_pane,
    to_qdate,
    view_header,
)
from aflastapp.gui.widgets.forms import FormDialog
from aflastapp.services import contracts, documents, meetings, notes, overview
from aflastapp.services.meetings import Question, StatusDraft

AUTOSAVE_MS = 1500


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsView", text)


def _fmt_at(at: datetime, lang: str) -> str:
    return f"{fmt_date(at.date(), lang)} {at:%H:%M}"


class MeetingsModel(RowsModel[Meeting]):
    def __init__(self, lang: str = "da", parent: Any = None) -> None:
        self.labels: dict[str, str] = {}
        self.deadlines: dict[str, Deadline] = {}
        self.sent: set[str] = set()
        self.drafts: set[str] = set()
        super().__init__([
            Column(tr("Møde"), lambda mt: _fmt_at(mt.at, lang)),
            Column(tr("Barn/aftale"), lambda mt: self.labels.get(mt.contract_id, mt.contract_id)),
            Column(tr("Frist for statusrapport"), lambda mt: self._due(mt, lang),
                   tooltip=lambda mt: (fmt.source(self.deadlines[mt.id].source)
                                       if mt.id in self.deadlines else "")),
            Column(tr("Statusrapport"), self._state),
        ], parent)

    def _due(self, mt: Meeting, lang: str) -> str:
        d = self.deadlines.get(mt.id)
        if d is None:
            return fmt_date(mt.report_due, lang) if mt.report_due else ""
        return fmt_date(d.date, lang) + (" *" if d.assumed else "")

    def _state(self, mt: Meeting) -> str:
        if mt.id in self.sent:
            return tr("Sendt")
        if mt.id in self.drafts:
            return tr("Udkast")
        return tr("Ikke påbegyndt")


# what the engine recognises (core.deadlines) → how it is shown; other kinds are shown as typed
MEETING_KINDS = {"statusmøde": "statusmøde", "status meeting": "statusmøde",
                 "opfølgningsmøde": "opfølgningsmøde", "follow-up meeting": "opfølgningsmøde",
                 "supervisionsmøde": "supervisionsmøde",
                 "supervision meeting": "supervisionsmøde"}
_KIND_LABELS = {"status": QT_TRANSLATE_NOOP("MeetingDialog", "Statusmøde"),
                "statusmøde": QT_TRANSLATE_NOOP("MeetingDialog", "Statusmøde"),
                "opfølgning": QT_TRANSLATE_NOOP("MeetingDialog", "Opfølgningsmøde"),
                "opfølgningsmøde": QT_TRANSLATE_NOOP("MeetingDialog", "Opfølgningsmøde"),
                "supervision": QT_TRANSLATE_NOOP("MeetingDialog", "Supervisionsmøde"),
                "supervisionsmøde": QT_TRANSLATE_NOOP("MeetingDialog", "Supervisionsmøde")}


def label_key(label: str) -> str:
    return label.strip().lower()


def kind_label(kind: str) -> str:
    """A stored meeting kind as the family reads it ("status" → "Statusmøde")."""
    source = _KIND_LABELS.get(kind.strip().lower())
    return QCoreApplication.translate("MeetingDialog", source) if source else kind


def kind_value(text: str) -> str:
    """What is stored for the kind typed or chosen (the engine's Danish word for the known kinds)."""
    return MEETING_KINDS.get(label_key(text), text.strip())


class MeetingDialog(FormDialog):
    help_section = "visninger"

    def __init__(self, session: Any, meeting: Meeting | None = None, contract_id: str | None = None,
                 default_at: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret møde") if meeting else self.tr("Nyt statusmøde"))
        form = QFormLayout(self)
        self.contract = ContractCombo(parent=self)
        self.contract.load(session, select=meeting.contract_id if meeting else contract_id)
        form.addRow(self.tr("&Barn/aftale"), self.contract)
        at = meeting.at if meeting else (default_at or datetime.combine(date.today(), time(10)))
        self.at = QDateTimeEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.at.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
        self.at.setAccessibleName(self.tr("Mødets tidspunkt"))
        form.addRow(self.tr("&Tidspunkt"), self.at)
        # The kind as a family says it (never the stored code "status"); typing another kind is allowed.
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.setAccessibleName(self.tr("Mødetype"))
        for label in (self.tr("Statusmøde"), self.tr("Opfølgningsmøde"), self.tr("Supervisionsmøde")):
            self.kind.addItem(label, MEETING_KINDS.get(label_key(label), label))
        if meeting is not None:
            self.kind.setCurrentText(kind_label(meeting.kind))
        form.addRow(self.tr("&Mødetype"), self.kind)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.due.setAccessibleName(self.tr("Frist fra sagsbehandlerens brev"))
        self.due.setSpecialValueText(self.tr("(efter kommunens regler)"))
        self.due.setMinimumDate(to_qdate(date(2000, 1, 1)))
        due = meeting.report_due if meeting else None
        self.due.setDate(to_qdate(due) if due else self.due.minimumDate())
        form.addRow(self.tr("&Frist fra brev"), self.due)
        hint = QLabel(self.tr("Står der en frist for statusrapporten i brevet fra sagsbehandleren, "
                              "så skriv den. Ellers beregnes fristen efter kommunens regler."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        qdt = self.at.dateTime()
        at = datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(), qdt.time().hour(),
                      qdt.time().minute())
        due = None if self.due.date() == self.due.minimumDate() else from_qdate(self.due.date())
        return {"contract_id": self.contract.current_id() or "", "at": at,
                "kind": kind_value(self.kind.currentText()), "report_due": due}


class StatusEditor(QWidget):
    """The status report of one meeting: questions with answers, chosen notes, autosave, PDF."""

    def __init__(self, view: MeetingsView) -> None:
        super().__init__(view)
        self.view = view
        self.meeting: Meeting | None = None
        self.questions: list[Question] = []
        self.answers: dict[str, QPlainTextEdit] = {}
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        lay.addWidget(self.deadline)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.scroll_area = QScrollArea(split)
        self.scroll_area.setWidgetResizable(True)
        self.form_host = QWidget()
        self.form = QVBoxLayout(self.form_host)
        self.scroll_area.setWidget(self.form_host)
        notes_box = QWidget(split)
        nl = QVBoxLayout(notes_box)
        nl.setContentsMargins(0, 0, 0, 0)
        self.notes_label = QLabel(self.tr(
            "<b>Notater fra perioden</b> – sæt flueben for at lægge dem som bilag til rapporten. "
            "Dobbeltklik for at indsætte teksten i svaret."), notes_box)
        self.notes_label.setWordWrap(True)
        nl.addWidget(self.notes_label)
        self.notes = QListWidget(notes_box)
        self.notes.setAccessibleName(self.tr("Notater fra perioden"))
        # a long note is cut with "…" at the list's edge (the whole text is its tooltip and goes into
        # the answer on a double click), never a sideways scroll on a small screen
        self.notes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.itemChanged.connect(self._edited)
        self.notes.itemDoubleClicked.connect(self._insert_note)
        nl.addWidget(self.notes)
        split.addWidget(self.scroll_area)
        split.addWidget(notes_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 160])
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        self.saved_label = QLabel(self)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        self.b_save = QPushButton(self.tr("&Gem udkast"), self)
        self.b_save.clicked.connect(self.save_draft)
        self.b_pdf = QPushButton(self.tr("&Lav PDF …"), self)
        self.b_pdf.setToolTip(self.tr("Lav statusrapporten som PDF og vis den under Dokumenter"))
        self.b_pdf.clicked.connect(view.make_pdf)
        row.addWidget(self.b_save)
        row.addWidget(self.b_pdf)
        lay.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft)
        self._last_focus: QPlainTextEdit | None = None
        self.show_nothing()

    # ------------------------------------------------------------------ content

    def show_nothing(self) -> None:
        self._clear_form()
        self.meeting = None
        self.heading.setText(self.tr("<h3>Vælg et møde</h3>"))
        self.deadline.clear()
        self.notes.clear()
        self.saved_label.clear()
        for b in (self.b_save, self.b_pdf):
            b.setEnabled(False)

    def _clear_form(self) -> None:
        self._timer.stop()
        self.answers = {}
        self._last_focus = None
        while self.form.count():
            item = self.form.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                if isinstance(w, QPlainTextEdit):
                    w.clear()
                w.deleteLater()

    def load(self, meeting: Meeting, questions: list[Question], draft: StatusDraft, period_notes: list[Note],
             deadline: Deadline | None, label: str) -> None:
        self._loading = True
        self._clear_form()
        self.meeting = meeting
        self.questions = questions
        lang = self.view.ctx.language
        title = self.tr("<h3>Statusrapport til mødet %1</h3>").replace("%1", _fmt_at(meeting.at, lang))
        self.heading.setText(title + f"<div>{label}</div>")
        if deadline is not None:
            text = (self.tr("Frist: %1 – %2").replace("%1", fmt_date(deadline.date, lang))
                    .replace("%2", deadline_title(deadline)))
            if deadline.source:
                text += "<br><i>" + self.tr("Kilde: %1").replace("%1", fmt.source(deadline.source)) + "</i>"
            if deadline.detail:  # e.g. Slagelse: tell the familieplejekonsulent when it is filled in
                text += "<br>" + html.escape(deadline_detail(deadline))
            self.deadline.setText(text)
        else:
            self.deadline.clear()
        if questions and questions[0].source:
            origin = self.tr("Spørgsmålene kommer fra: %1").replace("%1", fmt.source(questions[0].source))
            if questions[0].assumed:
                origin += " " + self.tr("(antaget: håndbogen giver ingen spørgsmål til familiens rapport)")
            src = QLabel("<i>" + origin + "</i>",
                         self.form_host)
            src.setWordWrap(True)
            self.form.addWidget(src)
        for q in questions:
            heading = messages.question(q.key, q.text, fmt.current_language())
            lbl = QLabel(f"<b>{html.escape(heading)}</b>", self.form_host)
            lbl.setWordWrap(True)
            edit = QPlainTextEdit(self.form_host)
            edit.setAccessibleName(heading)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
            edit.setPlainText(draft.answers.get(q.key, ""))
            edit.textChanged.connect(self._edited)
            edit.installEventFilter(self)
            lbl.setBuddy(edit)
            self.form.addWidget(lbl)
            self.form.addWidget(edit)
            self.answers[q.key] = edit
        self.form.addStretch(1)
        chosen = set(draft.note_ids)
        self.notes.clear()
        for n in period_notes:
            tags = ", ".join(tag_label(t) for t in n.tags)
            one_line = " ".join(n.text.split())
            item = QListWidgetItem(f"{fmt_date(n.date, lang)}  [{tags}]  {one_line[:120]}", self.notes)
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setToolTip(n.text[:1000])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n.id in chosen else Qt.CheckState.Unchecked)
        if not period_notes:
            empty = QListWidgetItem(self.tr("(ingen notater i perioden)"), self.notes)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._show_saved(draft)
        for b in (self.b_save, self.b_pdf):
            b.setEnabled(True)
        self._loading = False

    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(obj, QPlainTextEdit) and event.type() == QEvent.Type.FocusIn:
            self._last_focus = obj
        return False

    def _show_saved(self, draft: StatusDraft) -> None:
        if draft.updated_at is not None:
            self.saved_label.setText(self.tr("Udkast gemt %1").replace(
                "%1", _fmt_at(draft.updated_at, self.view.ctx.language)))
        else:
            self.saved_label.setText(self.tr("Ikke gemt endnu"))

    def _edited(self, *_args: Any) -> None:
        if not self._loading and self.meeting is not None:
            self.saved_label.setText(self.tr("Ændret – gemmes automatisk …"))
            self._timer.start()

    def _insert_note(self, item: QListWidgetItem) -> None:
        n = item.data(Qt.ItemDataRole.UserRole)
        target = self._last_focus or (next(iter(self.answers.values())) if self.answers else None)
        if n is None or target is None:
            return
        target.setFocus()
        cursor = target.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        prefix = "\n" if target.toPlainText().strip() else ""
        cursor.insertText(f"{prefix}{fmt_date(n.date, self.view.ctx.language)}: {n.text}")

    # ------------------------------------------------------------------ values

    def current_answers(self) -> dict[str, str]:
        return {k: e.toPlainText() for k, e in self.answers.items()}

    def chosen_note_ids(self) -> list[str]:
        out = []
        for i in range(self.notes.count()):
            item = self.notes.item(i)
            n = item.data(Qt.ItemDataRole.UserRole)
            if n is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(n.id)
        return out

    def set_note_checked(self, note_id: str, on: bool) -> None:
        for i in range(self.notes.count()):
            item = self.notes.item(i)
            n = item.data(Qt.ItemDataRole.UserRole)
            if n is not None and n.id == note_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save_draft(self) -> StatusDraft | None:
        """Save the answers and chosen notes (autosave; not an undo step: typing has its own undo)."""
        self._timer.stop()
        s = self.view.ctx.session
        if s is None or self.meeting is None:
            return None
        try:
            draft = meetings.save_draft(s, self.meeting.id, self.current_answers(), self.chosen_note_ids())
        except Exception as e:
            self.saved_label.setText(self.tr("Udkastet kunne ikke gemmes"))
            self.view.ctx.show_error(e, self)
            return None
        self._show_saved(draft)
        self.view.model.drafts.add(self.meeting.id)
        return draft

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def wipe(self) -> None:
        self._timer.stop()
        self.show_nothing()


class MeetingsView(View):
    view_id = "meetings"
    icon_name = "meetings"
    shows = frozenset({ops.MEETINGS, ops.NOTES, ops.CONTRACTS, ops.DOCUMENTS})
    writes = ops.Changes.of(ops.MEETINGS)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_document: documents.StoredDocument | None = None  # the latest status report made
        lay = QVBoxLayout(self)
        head, self.contract, _ = view_header(self.title, self, self.reload)
        lay.addLayout(head)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left, ll = split_pane(split)
        self.b_new = QPushButton(self.tr("&Nyt møde"), left)
        self.b_new.setToolTip(self.tr("Registrér et statusmøde (Ctrl+N)"))
        self.b_new.clicked.connect(self.new_entry)
        self.b_edit = QPushButton(self.tr("R&et …"), left)
        self.b_edit.clicked.connect(self.edit_selected)
        self.b_delete = QPushButton(self.tr("&Slet"), left)
        self.b_delete.clicked.connect(self.delete_selected)
        ll.addLayout(button_row((self.b_new, self.b_edit, self.b_delete)))
        self.model = MeetingsModel(ctx.language, self)
        self.table = rows_table(left, self.model, self.tr("Møder"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the child and contract wraps on a small screen instead of pushing the table sideways
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_selected)
        ll.addWidget(self.table)
        note = QLabel(self.tr("* fristen er beregnet ud fra jeres egne indstillinger, "
                              "ikke kommunens håndbog."),
                      left)
        note.setWordWrap(True)
        ll.addWidget(note)
        self.editor = StatusEditor(self)
        self.editor.setParent(split)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([540, 560])
        lay.addWidget(split, 1)
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Møder og statusrapporter")

    # ------------------------------------------------------------------ loading

    def visible_range(self) -> tuple[date, date]:
        """Meetings of the last year and the next (never all years)."""
        today = self.ctx.today()
        return today - timedelta(days=365), today + timedelta(days=400)

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        if self.editor.pending:
            self.editor.save_draft()
        keep = self.editor.meeting.id if self.editor.meeting else None
        self.contract.load(s)
        start, end = self.visible_range()
        rows = meetings.list_meetings(s, contract_id=self.contract.current_id(), start=start, end=end)
        rows.sort(key=lambda mt: mt.at, reverse=True)
        found = overview.deadlines(s, start=start - timedelta(days=120), end=end, include_done=True,
                                   today=self.ctx.today())
        self.model.deadlines = {d.period: d for d in found if d.kind == DeadlineKind.STATUS_REPORT}
        self.model.sent = {d.period for d in found if d.kind == DeadlineKind.STATUS_REPORT and d.done}
        self.model.drafts = {mt.id for mt in rows if meetings.get_draft(s, mt.id).updated_at is not None}
        self.model.labels = dict(contract_labels(s))
        self.model.set_rows(rows)
        if keep is None or not self.select_id(keep, reload_editor=False):
            if rows:
                self.table.selectRow(self._default_row(rows))
            else:
                self.editor.show_nothing()
        self._update_buttons()

    def _default_row(self, rows: list[Meeting]) -> int:
        """The next meeting to come, else the latest."""
        now = datetime.combine(self.ctx.today(), time(0))
        upcoming = [i for i, mt in enumerate(rows) if mt.at >= now]
        return upcoming[-1] if upcoming else 0

    def clear(self) -> None:
        self.editor.wipe()
        self.model.clear()
        self.model.labels, self.model.deadlines, self.model.sent, self.model.drafts = {}, {}, set(), set()
        self.contract.clear()

    def selected(self) -> Meeting | None:
        return selected_object(self.table, self.model)

    def select_id(self, meeting_id: str, reload_editor: bool = True) -> bool:
        for row, mt in enumerate(self.model.objects):
            if mt.id == meeting_id:
                if self.selected() is not None and self.selected().id == meeting_id:  # type: ignore[union-attr]
                    if reload_editor:
                        self.open_editor(mt)
                    return True
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.b_edit.setEnabled(has)
        self.b_delete.setEnabled(has)

    def _selection_changed(self) -> None:
        if self.editor.pending:
            self.editor.save_draft()
        mt = self.selected()
        self._update_buttons()
        if mt is None:
            self.editor.show_nothing()
            return
        self.open_editor(mt)

    def period_notes(self, mt: Meeting) -> list[Note]:
        """The child's notes since the previous meeting of the contract (or the contract's start)."""
        s = self.ctx.require_session()
        contract = contracts.get_contract(s, mt.contract_id)
        earlier = [m.at.date() for m in meetings.list_meetings(s, contract_id=mt.contract_id) if m.at < mt.at]
        start = max(earlier) if earlier else contract.start
        return notes.list_notes(s, child_id=contract.child_id, start=start, end=mt.at.date())

    def open_editor(self, mt: Meeting) -> None:
        s = self.ctx.session
        if s is None:
            return
        self.editor.load(mt, meetings.questions(s, mt.id), meetings.get_draft(s, mt.id),
                         self.period_notes(mt), self.model.deadlines.get(mt.id),
                         self.model.labels.get(mt.contract_id, ""))

    # ------------------------------------------------------------------ actions

    def new_entry(self, contract_id: str | None = None) -> None:
        s = self.ctx.session
        if s is None:
            return
        dlg = MeetingDialog(s, contract_id=contract_id or self.contract.current_id(),
                            default_at=datetime.combine(self.ctx.today() + timedelta(days=30), time(10)),
                            parent=self)
        dlg.run(self.ctx, self.save_new)

    def save_new(self, values: dict[str, Any]) -> Meeting | None:
        mid = new_id("m")
        made = self.execute(self.tr("Tilføj møde"), lambda s: meetings.add_meeting(s, **values, id=mid),
                                lambda s, mt: meetings.delete_meeting(s, mt.id))
        if made is not None:
            self.select_id(made.id)
        return made

    def edit_selected(self) -> None:
        mt, s = self.selected(), self.ctx.session
        if mt is None or s is None:
            return
        old = {"contract_id": mt.contract_id, "at": mt.at, "kind": mt.kind, "report_due": mt.report_due}
        edit_with_dialog(self.ctx, self.tr("Ret møde"), MeetingDialog(s, meeting=mt, parent=self),
                         lambda s, **kw: meetings.update_meeting(s, mt.id, **kw), old, changes=self.writes)

    def delete_selected(self) -> None:
        mt = self.selected()
        if mt is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet møde"),
                self.tr("Slet mødet %1 og udkastet til statusrapporten?").replace(
                    "%1", _fmt_at(mt.at, self.ctx.language))):
            return
        s = self.ctx.require_session()
        draft = meetings.get_draft(s, mt.id)

        def undo(s: Any, old: Meeting) -> None:
            meetings.add_meeting(s, old.contract_id, old.at, old.kind, old.report_due, id=old.id)
            if draft.updated_at is not None:
                meetings.save_draft(s, old.id, draft.answers, draft.note_ids)

        self.editor.wipe()
        self.execute(self.tr("Slet møde"), lambda s: meetings.delete_meeting(s, mt.id), undo)

    def make_pdf(self) -> ops.OpRecord | None:
        """Save the draft, produce the status report PDF into the outbox and show it in Dokumenter."""
        mt, s = self.editor.meeting, self.ctx.session
        if mt is None or s is None:
            return None
        if self.editor.save_draft() is None:
            return None
        sent = documents.already_sent(s, DocumentKind.STATUS_REPORT, mt.contract_id, mt.id)
        if sent is not None and self.ctx.interactive and not confirm(
                self, self.tr("Allerede sendt"),
                self.tr("En statusrapport til dette møde blev sendt %1. Vil I lave en ny alligevel?")
                .replace("%1", fmt_date(sent.sent, self.ctx.language))):
            return None
        lang = self.ctx.language
        meeting = mt

        def shown(doc: documents.StoredDocument) -> None:
            self.last_document = doc
            self.ctx.navigate.emit("documents", "show", {"document_id": doc.id})

        op = ops.CollectionOp(
            self.ctx, lambda s: documents.generate(s, DocumentKind.STATUS_REPORT, meeting.contract_id, None,
                                                   meeting.id, lang),
            changes=ops.Changes.of(ops.DOCUMENTS), label=self.tr("Lav statusrapport"),
            undo=lambda s, d: documents.delete_document(s, d.id), parent=self, name="meetings.status_report")
        op.with_progress(self.tr("Laver statusrapporten …")).success(shown)
        return op.run_in_background()

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "status_report" and params.get("meeting_id"):
            if self.contract.current_id() is not None:
                self.contract.setCurrentIndex(0)
            self.select_id(str(params["meeting_id"]))
        elif action == "new_meeting":
            self.new_entry(params.get("contract_id"))
