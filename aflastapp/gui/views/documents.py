"""Dokumenter (the outbox): generate each document for a contract and period (warning before a
double claim), preview it in the app (QtPdf), print it, save a copy where the family chooses,
mark it sent (date + channel), and list the copies saved outside the app with their retention date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core import messages
from aflastapp.core.errors import ValidationError
from aflastapp.core.models import DOCUMENT_TITLES, DocumentKind, ExportedFile
from aflastapp.core.periods import add_months
from aflastapp.gui import fmt, ops
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import (
    Column,
    ContractCombo,
    Index,
    RowsModel,
    button_row,
    confirm,
    contract_labels,
    fmt_date,
    from_qdate,
    ok_cancel,
    rows_table,
    select_row_with_id,
    split_pane,
    to_qdate,
)
from aflastapp.gui.widgets.forms import FormDialog
from aflastapp.gui.widgets.pdf_preview import PdfPreview
from aflastapp.services import contracts, documents, meetings
from aflastapp.services.documents import StoredDocument

GENERATABLE = (DocumentKind.NIGHTS_REPORT, DocumentKind.DRIVING_REPORT, DocumentKind.EXPENSE_CLAIM,
               DocumentKind.ANNUAL_SUMMARY, DocumentKind.STATUS_REPORT)
# the periods each document covers (services.documents refuses others)
PERIOD_KINDS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.NIGHTS_REPORT: ("month",),
    DocumentKind.DRIVING_REPORT: ("month", "quarter"),
    DocumentKind.EXPENSE_CLAIM: ("month", "quarter", "year"),
    DocumentKind.ANNUAL_SUMMARY: ("year",),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsView", text)


# lupdate sees core's Danish document names here (DOCUMENT_TITLES is the source of truth; a test keeps
# this list equal to it), so each has an English translation that ``kind_label`` looks up at run time.
_TITLE_SOURCES = (
    QT_TRANSLATE_NOOP("DocumentsView", "Indberetning af aflastningsdøgn"),
    QT_TRANSLATE_NOOP("DocumentsView", "Kørselsskema"),
    QT_TRANSLATE_NOOP("DocumentsView", "Udlægsseddel"),
    QT_TRANSLATE_NOOP("DocumentsView", "Statusrapport"),
    QT_TRANSLATE_NOOP("DocumentsView", "Årsoversigt"),
    QT_TRANSLATE_NOOP("DocumentsView", "Gendannelsesark"),
    QT_TRANSLATE_NOOP("DocumentsView", "dagbogen (JSON-eksport, ukrypteret)"),
)


def kind_label(kind: DocumentKind | str) -> str:
    """A document kind by name in the app's language (core's Danish DOCUMENT_TITLES, translated),
    starting with a capital; a kind core does not know is shown as it is stored."""
    title = DOCUMENT_TITLES.get(str(kind))
    if title is None:
        return str(kind)
    text = tr(title)
    return text[:1].upper() + text[1:]


def channels() -> list[str]:
    return [tr("Digital Post"), tr("e-Boks"), tr("kommunens sikre formular"), tr("andet")]


def period_choices(kind: DocumentKind, today: date, lang: str,
                   earliest: date | None = None) -> list[tuple[str, str]]:
    """(period key, label) the family can pick for a document, newest first; none that ends before
    ``earliest`` (the contract's start). ``default_period`` says which one to preselect."""
    out: list[tuple[str, str]] = []
    kinds = PERIOD_KINDS.get(kind, ())

    def wanted(last_day: date) -> bool:
        return earliest is None or last_day >= earliest

    if "month" in kinds:
        this = f"{today.year:04d}-{today.month:02d}"
        out.append((this, fmt.period(this, lang) + tr(" (indeværende)")))
        for i in range(1, 14):
            d = add_months(today.replace(day=1), -i)
            if not wanted(add_months(d, 1) - timedelta(days=1)):
                break
            key = f"{d.year:04d}-{d.month:02d}"
            out.append((key, fmt.period(key, lang)))
    if "quarter" in kinds:
        q = (today.month - 1) // 3 + 1
        y = today.year
        for _ in range(5):
            q -= 1
            if q == 0:
                q, y = 4, y - 1
            if not wanted(add_months(date(y, q * 3, 1), 1) - timedelta(days=1)):
                break
            key = f"{y}-Q{q}"
            out.append((key, fmt.period(key, lang)))
    if "year" in kinds:
        for y in (today.year, today.year - 1, today.year - 2):
            if wanted(date(y, 12, 31)):
                out.append((str(y), str(y)))
    return out


def default_period(kind: DocumentKind, choices: list[tuple[str, str]], today: date) -> str | None:
    """The period to preselect: last month (what is reported now); for a year, last year when the
    contract ran then, else this year (never a year without activity)."""
    keys = [k for k, _ in choices]
    if not keys:
        return None
    kinds = PERIOD_KINDS.get(kind, ())
    if kinds == ("year",):
        last_year = str(today.year - 1)
        return last_year if last_year in keys else keys[0]
    last_month = f"{add_months(today.replace(day=1), -1):%Y-%m}"
    return last_month if last_month in keys else keys[0]


class OutboxModel(RowsModel[StoredDocument]):
    def __init__(self, lang: str = "da", parent: Any = None) -> None:
        self.labels: dict[str, str] = {}
        self.meeting_dates: dict[str, date] = {}
        self.lang = lang
        super().__init__([
            Column(tr("Dokument"), lambda d: kind_label(d.kind)),
            Column(tr("Periode"), self._period),
            Column(tr("Barn/aftale"), lambda d: self.labels.get(d.contract_id or "", tr("Alle aftaler"))),
            Column(tr("Lavet"), lambda d: fmt_date(d.created_at.date(), lang)),
            Column(tr("Sendt"), self._sent),
        ], parent)

    def _period(self, d: StoredDocument) -> str:
        if d.kind == DocumentKind.STATUS_REPORT:
            when = self.meeting_dates.get(d.period)
            return tr("møde %1").replace("%1", fmt_date(when, self.lang)) if when else ""
        try:
            return fmt.period(d.period, self.lang)
        except ValueError:
            return d.period

    def _sent(self, d: StoredDocument) -> str:
        if d.sent is None:
            return tr("ikke sendt") if d.kind in documents.SENDABLE else ""
        return f"{fmt_date(d.sent.sent, self.lang)} ({d.sent.channel})" if d.sent.channel else \
            fmt_date(d.sent.sent, self.lang)


class ExportedModel(RowsModel[ExportedFile]):
    def __init__(self, lang: str = "da", parent: Any = None) -> None:
        self.today = date.today()
        super().__init__([
            Column(tr("Fil"), lambda f: Path(f.path).name, tooltip=lambda f: f.path),
            Column(tr("Dokument"), lambda f: kind_label(f.kind)),
            Column(tr("Gemt"), lambda f: fmt_date(f.exported_on, lang)),
            Column(tr("Slettes senest"), lambda f: fmt_date(f.retention_until, lang) if f.retention_until
                   else tr("ingen frist")),
            Column(tr("Status"), self._state),
        ], parent)

    def due(self, f: ExportedFile) -> bool:
        return f.retention_until is not None and f.retention_until <= self.today

    def _state(self, f: ExportedFile) -> str:
        if f.deleted_on is not None:
            return tr("slettet")
        return tr("Skal slettes nu") if self.due(f) else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            if self.due(self.row_object(index.row())):
                return QBrush(QColor("#ffe0e0"))
            return None
        return super().data(index, role)


class MarkSentDialog(FormDialog):
    """When and how a document was sent. On a problem it stays open as typed (FormDialog)."""

    help_section = "dokumenter"

    def __init__(self, doc: StoredDocument, today: date, extra_channels: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marker som sendt"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{kind_label(doc.kind)}</b>", self))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(to_qdate(today))
        self.date.setAccessibleName(self.tr("Sendt den"))
        form.addRow(self.tr("&Sendt den"), self.date)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Sendt med"))
        names = channels()
        for c in [*names[:-1], *[x for x in extra_channels if x not in names], names[-1]]:
            self.channel.addItem(c)
        self.channel.currentIndexChanged.connect(self._other)
        form.addRow(self.tr("Sendt &med"), self.channel)
        self.other = QLineEdit(self)
        self.other.setAccessibleName(self.tr("Anden måde"))
        self.other.setPlaceholderText(self.tr("fx brev eller afleveret personligt"))
        self.other.setEnabled(False)
        form.addRow(self.tr("&Anden måde"), self.other)
        form.addRow(ok_cancel(self, self.tr("Marker som sendt")))
        self.setMinimumWidth(420)  # the "Anden måde" example must show in full

    def _other(self) -> None:
        self.other.setEnabled(self.channel.currentIndex() == self.channel.count() - 1)

    def other_chosen(self) -> bool:
        return self.channel.currentIndex() == self.channel.count() - 1

    def values(self) -> dict[str, Any]:
        """``sent`` and ``channel``; "andet" with nothing typed is an empty channel (a problem)."""
        ch = self.channel.currentText()
        if self.other_chosen():
            ch = self.other.text().strip()
        return {"sent": from_qdate(self.date.date()), "channel": ch}

    def field_widgets(self) -> dict[str, QWidget]:
        return {"sent": self.date, "channel": self.other if self.other_chosen() else self.channel}


class DocumentsView(View):
    view_id = "documents"
    icon_name = "documents"
    shows = frozenset({ops.DOCUMENTS, ops.CONTRACTS, ops.MEETINGS})
    writes = ops.Changes.of(ops.DOCUMENTS)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"<h2>{self.title}</h2>", self))

        gen = QGroupBox(self.tr("Lav et dokument"), self)
        gl = QHBoxLayout(gen)
        self.kind = QComboBox(gen)
        self.kind.setAccessibleName(self.tr("Dokumenttype"))
        for k in GENERATABLE:
            self.kind.addItem(kind_label(k), k.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.contract = ContractCombo(parent=gen)
        self.contract.currentIndexChanged.connect(self._kind_changed)
        self.period = QComboBox(gen)
        self.period.setAccessibleName(self.tr("Periode"))
        self.period.setMinimumWidth(170)
        self.b_generate = QPushButton(self.tr("&Lav dokument"), gen)
        self.b_generate.clicked.connect(self.generate_clicked)
        kind_label_w = QLabel(self.tr("&Type"), gen)
        kind_label_w.setBuddy(self.kind)
        gl.addWidget(kind_label_w)
        gl.addWidget(self.kind)
        gl.addWidget(self.contract)
        gl.addWidget(self.period)
        gl.addWidget(self.b_generate)
        gl.addStretch(1)
        lay.addWidget(gen)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left, ll = split_pane(split)
        outbox_label = QLabel(self.tr("<b>Udbakke</b> – dokumenter lavet i programmet (gemt krypteret)"),
                              left)
        outbox_label.setWordWrap(True)  # a long sentence must not widen the window
        ll.addWidget(outbox_label)
        self.model = OutboxModel(ctx.language, self)
        self.table = rows_table(left, self.model, self.tr("Udbakke"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ll.addWidget(self.table, 2)
        self.b_print = QPushButton(self.tr("&Udskriv …"), left)
        self.b_print.setToolTip(self.tr("Udskriv dokumentet (Ctrl+P)"))
        self.b_print.clicked.connect(self.print_current)
        self.b_save = QPushButton(self.tr("&Gem kopi …"), left)
        self.b_save.clicked.connect(self.save_copy_clicked)
        self.b_sent = QPushButton(self.tr("&Marker som sendt …"), left)
        self.b_sent.clicked.connect(self.mark_sent_clicked)
        self.b_delete = QPushButton(self.tr("S&let …"), left)
        self.b_delete.setToolTip(self.tr("Slet et dokument, der er lavet ved en fejl"))
        self.b_delete.clicked.connect(self.delete_clicked)
        ll.addLayout(button_row((self.b_print, self.b_save, self.b_sent), trailing=(self.b_delete,)))
        saved_label = QLabel(self.tr("<b>Gemt uden for programmet</b> – kopier I har gemt, og hvornår de "
                                     "skal slettes efter kommunens regler"), left)
        saved_label.setWordWrap(True)
        ll.addWidget(saved_label)
        self.exported = ExportedModel(ctx.language, self)
        self.exported_table = rows_table(left, self.exported, self.tr("Gemte kopier"))
        self.exported_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.exported_table.horizontalHeader().setStretchLastSection(True)
        self.exported_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ll.addWidget(self.exported_table, 1)
        row = QHBoxLayout()
        self.retention_note = QLabel(left)
        self.retention_note.setWordWrap(True)
        row.addWidget(self.retention_note, 1)
        self.b_delete_copy = QPushButton(self.tr("Slet &kopi …"), left)
        self.b_delete_copy.clicked.connect(self.delete_copy_clicked)
        row.addWidget(self.b_delete_copy)
        ll.addLayout(row)
        self.preview = PdfPreview(split)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 460])
        lay.addWidget(split, 1)
        self.last_warning = ""  # the double-claim warning last shown (tests read it)
        self.last_document: StoredDocument | None = None  # the latest one made here (tests read it)
        self.last_notices: list[str] = []  # what generating the last document told the family
        self._kind_changed()
        self._update_buttons()

    @property
    def title(self) -> str:
        return self.tr("Dokumenter")

    # ------------------------------------------------------------------ form

    def current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.period.clear()
        if kind == DocumentKind.STATUS_REPORT:
            self.period.setAccessibleName(self.tr("Møde"))
            self._load_meetings()
            return
        self.period.setAccessibleName(self.tr("Periode"))
        choices = period_choices(kind, self.ctx.today(), self.ctx.language, self._earliest())
        for key, label in choices:
            self.period.addItem(label, key)
        default = default_period(kind, choices, self.ctx.today())
        if default is not None:
            self.period.setCurrentIndex(max(0, self.period.findData(default)))

    def _earliest(self) -> date | None:
        """The start of the chosen contract (or of the earliest one): no periods before it."""
        s = self.ctx.session
        if s is None:
            return None
        cid = self.contract.current_id()
        starts = [c.start for c in contracts.list_contracts(s) if cid is None or c.id == cid]
        return min(starts) if starts else None

    def _load_meetings(self) -> None:
        if self.current_kind() != DocumentKind.STATUS_REPORT:
            return
        self.period.clear()
        s, cid = self.ctx.session, self.contract.current_id()
        if s is None or cid is None:
            return
        for mt in sorted(meetings.list_meetings(s, contract_id=cid), key=lambda m: m.at, reverse=True):
            self.period.addItem(self.tr("møde %1").replace("%1", fmt_date(mt.at.date(), self.ctx.language)),
                                mt.id)

    def select_period(self, key: str) -> None:
        i = self.period.findData(key)
        if i < 0:
            try:
                label = fmt.period(key, self.ctx.language)
            except ValueError:
                label = key
            self.period.addItem(label, key)
            i = self.period.count() - 1
        self.period.setCurrentIndex(i)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        keep = self.selected()
        self.contract.load(s)
        if self.current_kind() == DocumentKind.STATUS_REPORT and self.period.count() == 0:
            self._load_meetings()
        self.model.labels = dict(contract_labels(s))
        self.model.meeting_dates = {mt.id: mt.at.date() for mt in meetings.list_meetings(s)}
        self.model.set_rows(documents.list_documents(s))
        self.exported.today = self.ctx.today()
        self.exported.set_rows(documents.list_exported(s))
        due = documents.retention_due(s, self.ctx.today())
        if due:
            self.retention_note.setText(self.tr("⚠ %n gemt(e) kopi(er) har passeret kommunens frist for "
                                                "opbevaring og bør slettes nu.", "", len(due)))
        else:
            self.retention_note.setText("")
        if keep is not None:
            self.select_document(keep.id)
        self._update_buttons()

    def clear(self) -> None:
        self.preview.clear()
        self.model.clear()
        self.model.labels, self.model.meeting_dates = {}, {}
        self.exported.clear()
        self.contract.clear()
        self.period.clear()
        self.retention_note.clear()
        self.last_warning = ""

    def selected(self) -> StoredDocument | None:
        sel = self.table.selectionModel().selectedRows()
        return self.model.row_object(sel[0].row()) if sel else None

    def selected_copy(self) -> ExportedFile | None:
        sel = self.exported_table.selectionModel().selectedRows()
        return self.exported.row_object(sel[0].row()) if sel else None

    def select_document(self, document_id: int) -> bool:
        return select_row_with_id(self.table, self.model, document_id)

    def _update_buttons(self) -> None:
        d = self.selected()
        self.b_print.setEnabled(d is not None)
        self.b_save.setEnabled(d is not None)
        self.b_delete.setEnabled(d is not None)
        self.b_sent.setEnabled(d is not None and d.kind in documents.SENDABLE)
        f = self.selected_copy()
        self.b_delete_copy.setEnabled(f is not None and f.deleted_on is None)

    def _selection_changed(self) -> None:
        self._update_buttons()
        d, s = self.selected(), self.ctx.session
        if d is None or s is None:
            self.preview.clear()
            return
        self.preview.title = f"{kind_label(d.kind)} {d.period}".strip()
        self.preview.set_pdf(documents.get_pdf(s, d.id))

    # ------------------------------------------------------------------ actions

    def generate_clicked(self) -> None:
        kind = self.current_kind()
        key = self.period.currentData()
        if kind == DocumentKind.STATUS_REPORT:
            self.generate(kind, self.contract.current_id(), None, key)
        else:
            self.generate(kind, self.contract.current_id(), key, None)

    def generate(self, kind: DocumentKind, contract_id: str | None, period: str | None,
                 meeting_id: str | None, force: bool = False) -> ops.OpRecord | None:
        """Make the document (off the GUI thread) after warning if its period was already sent."""
        s = self.ctx.session
        if s is None:
            return None
        if kind == DocumentKind.ANNUAL_SUMMARY:
            check_contract, check_period = contract_id, period
        elif kind == DocumentKind.STATUS_REPORT:
            check_contract = meetings.get_meeting(s, meeting_id).contract_id if meeting_id else contract_id
            check_period = meeting_id
        else:
            check_contract, check_period = contract_id, period
        sent = documents.already_sent(s, kind, check_contract, check_period or "") if check_period else None
        if sent is not None:
            self.last_warning = self.tr(
                "%1 for denne periode blev allerede sendt %2 (%3). Sender I den igen, kan det blive en "
                "dobbelt indberetning. Vil I lave den alligevel?").replace("%1", kind_label(kind)).replace(
                "%2", fmt_date(sent.sent, self.ctx.language)).replace("%3", sent.channel or "-")
            if not force and (not self.ctx.interactive or not confirm(self, self.tr("Allerede sendt"),
                                                                        self.last_warning)):
                return None
        before = documents.warnings_before(s, kind, contract_id, period)
        if before:  # a shared trip's purpose names another child: the family decides first
            self.last_warning = "\n\n".join(messages.in_language(b, fmt.current_language()) for b in before)
            question = self.last_warning + "\n\n" + self.tr("Vil I lave dokumentet alligevel?")
            if not force and (not self.ctx.interactive or not confirm(self, self.tr("Et andet barn nævnes"),
                                                                        question)):
                return None
        lang = self.ctx.language

        def made(doc: StoredDocument) -> None:
            self.last_document = doc
            if not self.isVisible():
                self.reload()
            self.select_document(doc.id)
            self.last_notices = [messages.in_language(n, fmt.current_language()) for n in doc.notices]
            if doc.notices and self.ctx.interactive:  # expenses left out, receipts recompressed, parts
                QMessageBox.information(self, kind_label(kind), "\n\n".join(
                    messages.in_language(n, fmt.current_language()) for n in doc.notices))

        op = ops.CollectionOp(
            self.ctx, lambda s: documents.generate(s, kind, contract_id, period, meeting_id, lang),
            changes=ops.Changes.of(ops.DOCUMENTS), label=self.tr("Lav %1").replace("%1", kind_label(kind)),
            undo=lambda s, d: [documents.delete_document(s, i) for i in (d.parts or (d.id,))], parent=self,
            name="documents.generate")
        op.with_progress(self.tr("Laver %1 …").replace("%1", kind_label(kind).lower())).success(made)
        return op.run_in_background()

    def delete_clicked(self) -> None:
        d = self.selected()
        if d is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet dokument"),
                self.tr("Slet %1 fra udbakken? I kan fortryde med Ctrl+Z.").replace(
                    "%1", kind_label(d.kind))):
            return
        self.delete_document(d.id)

    def delete_document(self, document_id: int) -> StoredDocument | None:
        """Remove a document made by mistake from the outbox (undo puts the same PDF back)."""
        s = self.ctx.session
        if s is None:
            return None
        try:
            pdf = documents.get_pdf(s, document_id)
        except Exception as e:
            self.ctx.show_error(e, self)
            return None
        self.preview.clear()
        result: StoredDocument | None = self.execute(
            self.tr("Slet dokument"), lambda s: documents.delete_document(s, document_id),
            lambda s, old: documents.put_back(s, old, pdf))
        return result

    def print_current(self, printer: Any = None) -> str | None:
        """Print the selected document: the print dialog, then the PDF itself to CUPS where there
        is CUPS (≤ 300 dpi pages elsewhere), in an op off the GUI thread. "Print to file" is a saved
        copy: owner-only and listed with its retention deadline. ``printer``: a QPrinter already set
        up (skips the dialog). Returns how it is printed ("cups", "raster", "file") or None."""
        d, s = self.selected(), self.ctx.session
        if d is None or s is None:
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from aflastapp.gui.printing import print_in_background

        title = d.title or kind_label(d.kind)
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(title)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(kind_label(d.kind))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        try:
            label = self.tr("Udskriver %1 …").replace("%1", kind_label(d.kind).lower())
            return print_in_background(self.ctx, self, printer, documents.get_pdf(s, d.id), title,
                                       label=label, save_file=self.save_copy)
        except Exception as e:
            self.ctx.show_error(e, self)
            return None

    def save_copy_clicked(self) -> None:
        d = self.selected()
        if d is None:
            return
        name = f"{d.title or kind_label(d.kind)}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem en kopi"), str(Path.home() / name),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_copy(path)

    def save_copy(self, path: str) -> ExportedFile | None:
        """Write the PDF where the family chose; the copy is tracked for the retention limit."""
        d, s = self.selected(), self.ctx.session
        if d is None or s is None:
            return None
        try:
            f = documents.save_copy(s, d.id, path, today=self.ctx.today())
        except Exception as e:
            self.ctx.show_error(e, self)
            return None
        self.ctx.notify(ops.Changes.of(ops.DOCUMENTS))
        if self.ctx.interactive and f.retention_until is not None:
            until = fmt_date(f.retention_until, self.ctx.language)
            QMessageBox.information(self, self.tr("Kopi gemt"), self.tr(
                "Kopien er gemt. Efter kommunens regler skal den slettes senest %1; "
                "programmet minder jer om det.").replace("%1", until))
        return f

    def _secure_post(self, contract_id: str | None) -> list[str]:
        s = self.ctx.session
        if s is None or contract_id is None:
            return []
        from aflastapp.core import rules

        try:
            rule = rules.load_rule_set(contracts.get_contract(s, contract_id).municipality).secure_post
        except Exception:
            return []
        return list(rule.value) if rule is not None else []

    def mark_sent_clicked(self) -> None:
        d = self.selected()
        if d is None:
            return
        dlg = MarkSentDialog(d, self.ctx.today(), self._secure_post(d.contract_id), self)
        dlg.run(self.ctx, lambda v: self.mark_sent(v["sent"], v["channel"]))

    def mark_sent(self, sent: date, channel: str) -> Any:
        """Record the selected document as sent (undoable). Raises inside a FormDialog's save."""
        d = self.selected()
        if d is None:
            return None
        from aflastapp.core.messages import problem
        from aflastapp.services import submissions

        if not channel.strip():
            error = ValidationError(problem("channel", "problem.missing", label="Sendt via"))
            if self.ctx.raising_errors:
                raise error
            self.ctx.show_error(error, self)
            return None

        doc_id = d.id
        result = self.execute(self.tr("Marker som sendt"),
                                  lambda s: documents.mark_sent(s, doc_id, sent, channel),
                                  lambda s, sub: submissions.withdraw(s, sub))
        self.select_document(doc_id)
        return result

    def delete_copy_clicked(self) -> None:
        f = self.selected_copy()
        if f is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet kopi"),
                self.tr("Slet filen %1 fra computeren? Det kan ikke fortrydes.").replace("%1", f.path)):
            return
        self.delete_copy(f.id)

    def delete_copy(self, exported_id: int) -> ExportedFile | None:
        s = self.ctx.session
        if s is None:
            return None
        try:
            f = documents.delete_exported(s, exported_id, today=self.ctx.today())
        except Exception as e:
            self.ctx.show_error(e, self)
            return None
        self.ctx.notify(ops.Changes.of(ops.DOCUMENTS))
        return f

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "show" and params.get("document_id") is not None:
            self.reload()
            self.select_document(int(params["document_id"]))
        elif action == "generate" and params.get("kind"):
            kind = DocumentKind(params["kind"])
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
            if params.get("contract_id"):
                self.contract.select(params["contract_id"])
            if kind == DocumentKind.STATUS_REPORT:
                self._load_meetings()
                if params.get("meeting_id"):
                    self.select_period(str(params["meeting_id"]))
            elif params.get("period"):
                self.select_period(str(params["period"]))
            self.generate_clicked()
        elif action == "retention":
            # From a retention deadline: show the saved copies, the first one that is due selected.
            self.reload()
            rows = [r for r in range(self.exported.rowCount())
                    if self.exported.due(self.exported.row_object(r))]
            if rows:
                self.exported_table.selectRow(rows[0])
            self.exported_table.setFocus()
