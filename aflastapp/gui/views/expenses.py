"""Udlæg: expenses of the visible month with category, approval (bevilling) and status; receipts
attached by drag-and-drop or file dialog, previewed in the app; the engine's warnings shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.models import Attachment, Expense, ExpenseCategory, RuleWarning
from aflastapp.gui import fmt, ops
from aflastapp.gui.messages import warning_text
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import (
    Column,
    ContractCombo,
    RowsModel,
    button_row,
    confirm,
    contract_labels,
    edit_with_dialog,
    fmt_date,
    fmt_kr,
    from_qdate,
    new_id,
    ok_cancel,
    parse_decimal,
    rows_table,
    select_row_with_id,
    selected_object,
    split_pane,
    to_qdate,
    view_header,
)
from aflastapp.gui.widgets.forms import FormDialog
from aflastapp.gui.widgets.pdf_preview import PdfPreview
from aflastapp.services import expense_status, expenses
from aflastapp.services.expense_status import ExpenseStatus

RECEIPT_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".pdf")


NO_DATE = QDate(2000, 1, 1)  # the date edit's "ikke angivet" (its minimum)


def tr(text: str) -> str:
    return QCoreApplication.translate("ExpensesView", text)


def category_label(c: ExpenseCategory | str) -> str:
    labels = {
        ExpenseCategory.ACTIVITY: tr("Aktivitet"),
        ExpenseCategory.HOLIDAY: tr("Ferie"),
        ExpenseCategory.CAR_SEAT: tr("Autostol"),
        ExpenseCategory.BOOSTER_SEAT: tr("Selepude"),
        ExpenseCategory.EQUIPMENT: tr("Udstyr"),
        ExpenseCategory.BEDWETTING: tr("Sengevædning"),
        ExpenseCategory.CLOTHING: tr("Tøj"),
        ExpenseCategory.PUBLIC_TRANSPORT: tr("Offentlig transport"),
        ExpenseCategory.BICYCLE: tr("Cykel"),
        ExpenseCategory.DIET_FOOD: tr("Diætmad"),
        ExpenseCategory.OTHER: tr("Andet"),
    }
    return labels.get(ExpenseCategory(c), str(c))


def status_label(st: ExpenseStatus | None) -> str:
    return {
        ExpenseStatus.MISSING_APPROVAL: tr("Mangler bevilling"),
        ExpenseStatus.READY: tr("Klar til udlægsseddel"),
        ExpenseStatus.CLAIMED: tr("Med i udlægsseddel"),
        ExpenseStatus.SENT: tr("Sendt"),
    }.get(st, "") if st is not None else ""


class ExpensesModel(RowsModel[Expense]):
    def __init__(self, lang: str = "da", parent: Any = None) -> None:
        self.statuses: dict[str, ExpenseStatus] = {}
        self.counts: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.warned: dict[str, list[str]] = {}
        super().__init__([
            Column(tr("Dato"), lambda e: fmt_date(e.date, lang)),
            Column(tr("Kategori"), lambda e: category_label(e.category)),
            Column(tr("Beskrivelse"), lambda e: e.description),
            Column(tr("Beløb"), lambda e: fmt_kr(e.amount, lang), align_right=True),
            Column(tr("Bevilling"), lambda e: e.approval),
            Column(tr("Status"), lambda e: status_label(self.statuses.get(e.id))),
            Column(tr("Bilag"), lambda e: str(self.counts.get(e.id, 0)) if self.counts.get(e.id) else "",
                   align_right=True),
            Column(tr("Aftale"), lambda e: self.labels.get(e.contract_id, e.contract_id)),
            Column("⚠", lambda e: "⚠" if self.warned.get(e.id) else "",
                   tooltip=lambda e: "\n".join(self.warned.get(e.id, []))),
        ], parent)


class ExpenseDialog(FormDialog):
    help_section = "udlaeg"

    def __init__(self, session: Any, expense: Expense | None = None, contract_id: str | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret udlæg") if expense else self.tr("Nyt udlæg"))
        form = QFormLayout(self)
        self.contract = ContractCombo(parent=self)
        self.contract.load(session, select=expense.contract_id if expense else contract_id)
        form.addRow(self.tr("&Barn/aftale"), self.contract)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(to_qdate(expense.date if expense else (day or date.today())))
        self.date.setAccessibleName(self.tr("Dato"))
        form.addRow(self.tr("&Dato"), self.date)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Kategori"))
        for c in ExpenseCategory:
            self.category.addItem(category_label(c), c.value)
        if expense:
            self.category.setCurrentIndex(self.category.findData(ExpenseCategory(expense.category).value))
        form.addRow(self.tr("&Kategori"), self.category)
        self.description = QLineEdit(expense.description if expense else "", self)
        self.description.setAccessibleName(self.tr("Beskrivelse"))
        self.description.setPlaceholderText(self.tr("fx Svømmehal med barnet"))
        form.addRow(self.tr("B&eskrivelse"), self.description)
        self.amount = QLineEdit(self)
        if expense:
            self.amount.setText(fmt_kr(expense.amount).removesuffix(" kr."))
        self.amount.setAccessibleName(self.tr("Beløb i kroner"))
        self.amount.setPlaceholderText("0,00")
        form.addRow(self.tr("Bel&øb (kr.)"), self.amount)
        self.approval = QLineEdit(expense.approval if expense else "", self)
        self.approval.setAccessibleName(self.tr("Bevilling"))
        self.approval.setPlaceholderText(self.tr("sagsbehandlerens bevilling, fx dato eller journalnr."))
        form.addRow(self.tr("Be&villing"), self.approval)
        self.approved_amount = QLineEdit(self)
        if expense and expense.approved_amount is not None:
            self.approved_amount.setText(fmt_kr(expense.approved_amount).removesuffix(" kr."))
        self.approved_amount.setAccessibleName(self.tr("Godkendt beløb i kroner"))
        self.approved_amount.setPlaceholderText(
            self.tr("valgfri: hvis sagsbehandleren har godkendt mere end loftet"))
        form.addRow(self.tr("&Godkendt beløb (kr.)"), self.approved_amount)
        self.approved_on = QDateEdit(self)
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat("dd.MM.yyyy")
        self.approved_on.setMinimumDate(NO_DATE)
        self.approved_on.setSpecialValueText(self.tr("ikke angivet"))
        self.approved_on.setDate(
            to_qdate(expense.approved_on) if expense and expense.approved_on else NO_DATE)
        self.approved_on.setAccessibleName(self.tr("Godkendt den"))
        form.addRow(self.tr("Godkendt &den"), self.approved_on)
        hint = QLabel(self.tr("Uden bevilling fra sagsbehandleren bliver udlægget normalt ikke refunderet."),
                      self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.rule_hint = QLabel(self)
        self.rule_hint.setWordWrap(True)
        self.rule_hint.setAccessibleName(self.tr("Kommunens regler for udlægget"))
        form.addRow("", self.rule_hint)
        self._session = session
        self.category.currentIndexChanged.connect(lambda _i: self.show_rule_hints())
        self.contract.currentIndexChanged.connect(lambda _i: self.show_rule_hints())
        self.show_rule_hints()
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(480)  # room for the Bevilling hint and placeholder, also in English

    def show_rule_hints(self) -> None:
        """The municipality's words about this kind of expense (a cap, "borrow one first" …)."""
        cid = self.contract.current_id()
        found = expenses.hints(self._session, cid, self.category.currentData()) if cid else []
        self.rule_hint.setText("\n".join(f"{text} ({fmt.source(source)})" for text, source in found))
        self.rule_hint.setVisible(bool(found))

    def values(self) -> dict[str, Any]:
        approved_on = self.approved_on.date()
        return {
            "contract_id": self.contract.current_id() or "",
            "date": from_qdate(self.date.date()),
            "category": self.category.currentData(),
            "description": self.description.text().strip(),
            "amount": parse_decimal(self.amount.text()),
            "approval": self.approval.text().strip(),
            "approved_amount": parse_decimal(self.approved_amount.text()) or None,
            "approved_on": None if approved_on == NO_DATE else from_qdate(approved_on),
        }


class ReceiptPanel(QWidget):
    """The selected expense's receipts: list, preview, drop target."""

    def __init__(self, view: ExpensesView) -> None:
        super().__init__(view)
        self.view = view
        self.setAcceptDrops(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("<b>Kvitteringer</b>"), self)
        lay.addWidget(self.heading)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Kvitteringer"))
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._show_current)
        lay.addWidget(self.list)
        row = QHBoxLayout()
        self.b_attach = QPushButton(self.tr("&Vedhæft kvittering …"), self)
        self.b_attach.clicked.connect(view.attach_dialog)
        self.b_remove = QPushButton(self.tr("Fjern bilag"), self)
        self.b_remove.clicked.connect(view.remove_attachment)
        row.addWidget(self.b_attach)
        row.addWidget(self.b_remove)
        row.addStretch(1)
        lay.addLayout(row)
        self.stack = QStackedWidget(self)
        self.hint = QLabel(self.tr("Træk billeder eller PDF-filer af kvitteringer hertil, "
                                   "eller brug »Vedhæft kvittering«."), self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("QLabel { border: 2px dashed #999; border-radius: 8px; padding: 12px; }")
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.tr("Billede af kvittering"))
        self.image.setMinimumSize(120, 120)
        self.pdf = PdfPreview(self)
        for w in (self.hint, self.image, self.pdf):
            self.stack.addWidget(w)
        lay.addWidget(self.stack, 1)
        self._attachments: list[Attachment] = []
        self._pixmap: QPixmap | None = None

    def set_attachments(self, items: list[Attachment]) -> None:
        self._attachments = items
        self.list.blockSignals(True)
        self.list.clear()
        for a in items:
            kind = self.tr("PDF") if a.media_type == "application/pdf" else self.tr("billede")
            QListWidgetItem(f"{a.name}  ({kind})", self.list)
        self.list.blockSignals(False)
        if items:
            self.list.setCurrentRow(0)
            self._show_current(0)
        else:
            self._show_nothing()
        self.b_remove.setEnabled(bool(items))

    def current(self) -> Attachment | None:
        i = self.list.currentRow()
        return self._attachments[i] if 0 <= i < len(self._attachments) else None

    def _show_nothing(self) -> None:
        self.pdf.clear()
        self.image.clear()
        self._pixmap = None
        self.stack.setCurrentWidget(self.hint)

    def _show_current(self, _row: int) -> None:
        a = self.current()
        if a is None:
            self._show_nothing()
            return
        if a.media_type == "application/pdf":
            self.image.clear()
            self.pdf.set_pdf(a.data)
            self.stack.setCurrentWidget(self.pdf)
            return
        self.pdf.clear()
        img = QImage.fromData(a.data)
        self._pixmap = QPixmap.fromImage(img) if not img.isNull() else None
        self._fit_image()
        self.stack.setCurrentWidget(self.image)

    def _fit_image(self) -> None:
        if self._pixmap is None:
            self.image.setText(self.tr("Billedet kan ikke vises."))
            return
        size = self.image.size()
        self.image.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pixmap is not None:
            self._fit_image()

    def clear(self) -> None:
        self._attachments = []
        self.list.clear()
        self._show_nothing()

    # drag and drop of receipt files
    @staticmethod
    def _files(urls: list[QUrl]) -> list[str]:
        return [u.toLocalFile() for u in urls if u.isLocalFile()
                and u.toLocalFile().lower().endswith(RECEIPT_SUFFIXES)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        md = event.mimeData()
        if md.hasUrls() and self._files(md.urls()) and self.view.selected() is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event.mimeData().urls())
        if files:
            event.acceptProposedAction()
            self.view.attach_paths(files)


class ExpensesView(View):
    view_id = "expenses"
    icon_name = "expenses"
    shows = frozenset({ops.EXPENSES, ops.CONTRACTS, ops.DOCUMENTS})
    writes = ops.Changes.of(ops.EXPENSES)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_attached: list[Attachment] | None = None  # what the latest attach op added
        lay = QVBoxLayout(self)
        head, self.contract, month = view_header(self.title, self, self.reload, ctx.today())
        assert month is not None
        self.month = month
        lay.addLayout(head)

        self.b_new = QPushButton(self.tr("&Nyt udlæg"), self)
        self.b_new.setToolTip(self.tr("Registrér et nyt udlæg (Ctrl+N)"))
        self.b_new.clicked.connect(self.new_entry)
        self.b_edit = QPushButton(self.tr("R&et …"), self)
        self.b_edit.clicked.connect(self.edit_selected)
        self.b_delete = QPushButton(self.tr("&Slet"), self)
        self.b_delete.clicked.connect(self.delete_selected)
        lay.addLayout(button_row((self.b_new, self.b_edit, self.b_delete)))

        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Advarsler"))
        self.warnings.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
                                    " border-radius: 4px; padding: 6px; }")
        self.warnings.hide()
        lay.addWidget(self.warnings)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left, ll = split_pane(split)
        self.model = ExpensesModel(ctx.language, self)
        self.table = rows_table(left, self.model, self.tr("Udlæg"))
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        # every column as wide as its text; the description takes what is left and wraps onto more
        # lines rather than being cut to "Vin…" or pushing the table sideways on a small screen
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setStretchLastSection(False)
        hh.setMinimumSectionSize(40)
        hh.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)  # "Emma – Slagelse Kommune" wraps
        self.table.setColumnWidth(7, 120)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ll.addWidget(self.table)
        self.total = QLabel(left)
        ll.addWidget(self.total)
        self.receipts = ReceiptPanel(self)
        self.receipts.setParent(split)
        split.addWidget(left)
        split.addWidget(self.receipts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 300])
        self.receipts.setMinimumWidth(220)
        self.split = split
        self._split_sized = False
        lay.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self._selection_changed()

    NARROW_BELOW = 1300  # px of the view's width: below it the receipts go under the list

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW_BELOW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.split.orientation() != wanted:
            # on a small screen the receipts go under the list, so every column shows without
            # scrolling sideways
            self.split.setOrientation(wanted)
            self._split_sized = False
        if not self._split_sized and self.split.width() > 0:
            # the list gets two thirds: the receipt preview's hint text must not take the room
            self._split_sized = True
            size = self.split.height() if narrow else self.split.width()
            self.split.setSizes([size * 2 // 3, size - size * 2 // 3])

    @property
    def title(self) -> str:
        return self.tr("Udlæg")

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        keep = self.selected()
        self.contract.load(s)
        cid = self.contract.current_id()
        rows = expenses.list_expenses(s, contract_id=cid, start=self.month.first, end=self.month.last)
        warnings = expense_status.expense_warnings(s, self.month.year, self.month.month, cid)
        self.model.statuses = expense_status.expense_statuses(s, rows)
        self.model.counts = expenses.attachment_counts(s)
        self.model.labels = dict(contract_labels(s))
        self.model.warned = self._match_warnings(rows, warnings)
        self.model.set_rows(rows)
        total = sum((e.amount for e in rows), start=Decimal(0))
        self.total.setText(self.tr("%n udlæg, %1 i alt", "", len(rows))
                           .replace("%1", fmt_kr(total, self.ctx.language)))
        self.show_warnings(warnings)
        if keep is not None:
            self.select_id(keep.id)
        self._selection_changed()

    @staticmethod
    def _match_warnings(rows: list[Expense], warnings: list[RuleWarning]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for w in warnings:
            for e in rows:
                if w.on == e.date and w.contract_id in (None, e.contract_id):
                    out.setdefault(e.id, []).append(warning_text(w))
        return out

    def show_warnings(self, warnings: list[RuleWarning]) -> None:
        if not warnings:
            self.warnings.hide()
            self.warnings.clear()
            return
        lines = []
        for w in warnings:
            day = f"{fmt_date(w.on, self.ctx.language)}: " if w.on else ""
            src = f" <i>({fmt.source(w.source)})</i>" if w.source else ""
            lines.append(f"⚠ {day}{warning_text(w)}{src}")
        self.warnings.setText("<br>".join(lines))
        self.warnings.show()

    def clear(self) -> None:
        self.model.clear()
        self.model.statuses, self.model.counts, self.model.labels, self.model.warned = {}, {}, {}, {}
        self.contract.clear()
        self.total.clear()
        self.warnings.clear()
        self.warnings.hide()
        self.receipts.clear()

    def selected(self) -> Expense | None:
        return selected_object(self.table, self.model)

    def select_id(self, expense_id: str) -> bool:
        return select_row_with_id(self.table, self.model, expense_id)

    def _selection_changed(self) -> None:
        e = self.selected()
        for b in (self.b_edit, self.b_delete, self.receipts.b_attach):
            b.setEnabled(e is not None)
        s = self.ctx.session
        if e is None or s is None:
            self.receipts.clear()
            self.receipts.b_remove.setEnabled(False)
            return
        self.receipts.set_attachments(expenses.attachments(s, e.id))

    # ------------------------------------------------------------------ actions

    def new_entry(self, contract_id: str | None = None) -> None:
        s = self.ctx.session
        if s is None:
            return
        today = self.ctx.today()
        day = today if (today.year, today.month) == (self.month.year, self.month.month) else self.month.first
        dlg = ExpenseDialog(s, contract_id=contract_id or self.contract.current_id(), day=day, parent=self)
        dlg.run(self.ctx, self.save_new)

    def save_new(self, values: dict[str, Any]) -> Expense | None:
        eid = new_id("e")
        values = values | {"amount": parse_decimal(str(values.get("amount", "")))}
        made = self.execute(self.tr("Tilføj udlæg"), lambda s: expenses.add_expense(s, **values, id=eid),
                                lambda s, e: expenses.delete_expense(s, e.id))
        if made is not None:
            self.month.set_month(made.date.year, made.date.month)
            self.reload()
            self.select_id(made.id)
        return made

    def edit_selected(self) -> None:
        e, s = self.selected(), self.ctx.session
        if e is None or s is None:
            return
        old = {"contract_id": e.contract_id, "date": e.date, "category": e.category,
               "description": e.description, "amount": e.amount, "approval": e.approval,
               "approved_amount": e.approved_amount, "approved_on": e.approved_on}
        edit_with_dialog(self.ctx, self.tr("Ret udlæg"), ExpenseDialog(s, expense=e, parent=self),
                         lambda s, **kw: expenses.update_expense(s, e.id, **kw), old, changes=self.writes)

    def delete_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet udlæg"),
                self.tr("Slet udlægget »%1« og dets kvitteringer?").replace("%1", e.description)):
            return
        self.execute(
            self.tr("Slet udlæg"), lambda s: expenses.delete_expense(s, e.id),
            lambda s, old: expenses.add_expense(s, old.contract_id, old.date, old.category, old.description,
                                                old.amount, old.approval, old.attachments, id=old.id,
                                                approved_amount=old.approved_amount,
                                                approved_on=old.approved_on))

    def attach_dialog(self) -> None:
        if self.selected() is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Vælg kvitteringer"), str(Path.home()),
            self.tr("Billeder og PDF (*.jpg *.jpeg *.png *.heic *.pdf)"))
        if files:
            self.attach_paths(files)

    def attach_paths(self, paths: list[str]) -> ops.OpRecord | None:
        """Attach receipts to the selected expense: off the GUI thread (a CollectionOp), one undoable
        step. The receipts list shows them when the op is delivered."""
        e = self.selected()
        if e is None:
            return None
        files = list(paths)

        def do(s: Any) -> list[Attachment]:
            return expenses.attach_files(s, e.id, files)

        def undo(s: Any, added: list[Attachment]) -> None:
            for a in added:
                if a.id is not None:
                    expenses.delete_attachment(s, a.id)

        op = ops.CollectionOp(self.ctx, do, changes=ops.Changes.of(ops.EXPENSES), undo=undo,
                              label=self.tr("Vedhæft kvittering"), parent=self, name="expenses.attach")
        op.with_progress(self.tr("Vedhæfter %n kvittering(er) …", "", len(files)))
        op.success(lambda added: setattr(self, "last_attached", added))
        return op.run_in_background()

    def remove_attachment(self) -> None:
        e, a = self.selected(), self.receipts.current()
        if e is None or a is None or a.id is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Fjern bilag"), self.tr("Fjern kvitteringen »%1«?").replace("%1", a.name)):
            return
        if a.id is None:  # listed receipts are saved ones; an unsaved one has nothing to remove
            return
        current = {"id": a.id}  # undo re-attaches under a new id; redo must delete that one

        def undo(s: Any, old: Attachment) -> None:
            again = expenses.attach_bytes(s, e.id, old.name, old.data)
            if again.id is not None:
                current["id"] = again.id

        self.execute(self.tr("Fjern bilag"), lambda s: expenses.delete_attachment(s, current["id"]), undo)

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "new_expense":
            self.new_entry(params.get("contract_id"))
