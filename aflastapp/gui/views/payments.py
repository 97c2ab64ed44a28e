"""Udbetalinger: were we paid right? Per month and contract, what the municipality's own rules promise
against what the family recorded from the payslip or the bank, the difference in colour, and why.

Every figure comes from ``services.payments`` (``core/paycheck.py``). A payment is entered in one small
dialog that starts from the expected figures, so the family only corrects what differs. An
underpaid month is a reminder (also among Overblik's deadlines) with a letter ready to copy, until
the family marks it settled.
"""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aflastapp.core.models import PAYMENT_FIELDS, DeadlineKind
from aflastapp.core.paycheck import PayCheck
from aflastapp.gui import fmt
from aflastapp.gui.messages import deadline_title, pay_explanation
from aflastapp.gui.views.base import View
from aflastapp.gui.widgets.common import (
    Column,
    ContractCombo,
    RowsModel,
    button_row,
    confirm,
    contract_labels,
    fmt_kr,
    from_qdate,
    heading_label,
    month_name,
    new_id,
    ok_cancel,
    parse_decimal,
    rows_table,
    selected_object,
    to_qdate,
)
from aflastapp.gui.widgets.forms import FormDialog, add_help_button

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsView", text)


STATUS_COLOURS = {
    "ok": "#1e7b34",
    "underpaid": "#b00020",
    "overpaid": "#9a5b00",
    "not_paid": "#b00020",
    "unknown": "#6b6b6b",
}


def field_label(field: str) -> str:
    labels = {
        "vederlag": tr("Vederlag"),
        "kost_logi": tr("Kost og logi"),
        "mileage": tr("Kørselsgodtgørelse"),
        "expenses": tr("Udlæg"),
        "holiday_pay": tr("Feriepenge"),
    }
    return labels[field]


def status_label(check: PayCheck) -> str:
    if str(check.status) == "ok" and not check.payments:
        return tr("ikke registreret")
    labels = {
        "ok": tr("stemmer"),
        "underpaid": tr("for lidt"),
        "overpaid": tr("for meget"),
        "not_paid": tr("ikke udbetalt"),
        "unknown": tr("sats mangler"),
    }
    return labels[str(check.status)]


def _with_fee(check: PayCheck) -> list[str]:
    """The stated fields paid with the fee (holiday pay goes to Feriekonto)."""
    return [f for f in PAYMENT_FIELDS if f != "holiday_pay" and check.paid[f] is not None]


def paid_total(check: PayCheck) -> Decimal | None:
    stated = _with_fee(check)
    if not stated:
        return None
    return sum((check.paid[f] or Decimal(0) for f in stated), Decimal(0))


def expected_shown(check: PayCheck) -> Decimal | None:
    """The expected total; once a payment is recorded, of the fields the payslip states (so that
    expected − paid = difference on the row; the fields it leaves out are not compared)."""
    stated = _with_fee(check)
    if not stated:
        return check.expected_total
    values = [check.expected[f] for f in stated]
    if any(v is None for v in values):
        return None
    return sum((v or Decimal(0) for v in values), Decimal(0))


def expected_tooltip(check: PayCheck) -> str:
    stated = _with_fee(check)
    if not stated:
        return tr("Alt, der forventes udbetalt med vederlaget (feriepenge er ikke med)")
    return tr("Kun de beløb, lønsedlen nævner: %1").replace("%1", ", ".join(field_label(f) for f in stated))


def difference_total(check: PayCheck) -> Decimal | None:
    stated = [f for f in _with_fee(check) if f in check.difference]
    if not stated:
        return None
    return sum((check.difference[f] for f in stated), Decimal(0))


def plain_kr(v: Decimal) -> str:
    """An amount to type over: "4.760,00" (Danish) / "4,760.00" (English), no currency."""
    return fmt.kr(v).removesuffix(" kr.").removeprefix("DKK ")


class PaycheckModel(RowsModel[PayCheck]):
    """One row per month and contract: expected / paid / difference / status, coloured by status."""

    def __init__(self, parent: Any = None) -> None:
        self.labels: dict[str, str] = {}
        lang = fmt.current_language
        super().__init__([
            Column(tr("Måned"), lambda c: fmt.month(c.year, c.month)),
            Column(tr("Barn/aftale"), lambda c: self.labels.get(c.contract_id, c.contract_id)),
            Column(tr("Forventet"), lambda c: fmt_kr(expected_shown(c), lang()), align_right=True,
                   tooltip=expected_tooltip),
            Column(tr("Udbetalt"), lambda c: "–" if (p := paid_total(c)) is None else fmt_kr(p, lang()),
                   align_right=True),
            Column(tr("Forskel"), lambda c: "" if (d := difference_total(c)) is None else fmt_kr(d, lang()),
                   align_right=True, tooltip=pay_explanation),
            Column(tr("Status"), status_label, tooltip=pay_explanation),
        ], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() in (4, 5):
            c = self.row_object(index.row())
            if c.payments or str(c.status) == "not_paid":
                return QBrush(QColor(STATUS_COLOURS[str(c.status)]))
        return super().data(index, role)


# ---------------------------------------------------------------------- dialogs


class PaymentDialog(FormDialog):
    """One payment: contract, month of care, the day it came, and the amounts on the payslip.

    New payments start from the expected figures (the preview): the family corrects what differs and
    empties what the payslip does not state. A problem keeps every field as typed, marks the bad one
    and puts the cursor in it (FormDialog)."""

    help_section = "forste-maaned"

    def __init__(self, session: Any, contract_id: str | None, period: str, payment: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Ret udbetaling") if payment else tr("Registrér udbetaling"))
        form = QFormLayout(self)
        self.contract = ContractCombo(parent=self)
        self.contract.load(session, select=payment.contract_id if payment else contract_id)
        form.addRow(tr("&Barn/aftale"), self.contract)
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setAccessibleName(tr("Måneden opholdene hører til"))
        y, m = (payment.period if payment else period).split("-")
        self.month.setDate(to_qdate(date(int(y), int(m), 1)))
        form.addRow(tr("For &måneden"), self.month)
        self.paid_on = QDateEdit(self)
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("dd.MM.yyyy")
        self.paid_on.setAccessibleName(tr("Udbetalt den"))
        form.addRow(tr("&Udbetalt den"), self.paid_on)
        self.amounts: dict[str, QLineEdit] = {}
        for f in PAYMENT_FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(field_label(f))
            edit.setPlaceholderText(tr("står ikke på lønsedlen"))
            self.amounts[f] = edit
            form.addRow(field_label(f) + " (kr.)", edit)
        hint = QLabel(tr("Udfyldt med det forventede: ret det, der står anderledes på lønsedlen, og tøm "
                         "felter, lønsedlen ikke nævner. Feriepenge udbetales normalt til Feriekonto."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow(hint)
        self.b_payslip = QPushButton(tr("&Læs lønseddel (PDF) …"), self)
        self.b_payslip.setToolTip(tr("Læs beløbene fra lønsedlen; I ser, hvad der blev læst, før det bruges"))
        self.b_payslip.clicked.connect(self.read_payslip)
        form.addRow(self.b_payslip)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(460)
        if payment is not None:
            self.paid_on.setDate(to_qdate(payment.paid_on))
            for f in PAYMENT_FIELDS:
                v = getattr(payment, f)
                self.amounts[f].setText("" if v is None else plain_kr(v))
        else:
            self.prefill()
            self.contract.currentIndexChanged.connect(self.prefill)
            self.month.dateChanged.connect(self.prefill)

    @property
    def period(self) -> str:
        d = from_qdate(self.month.date())
        return f"{d.year:04d}-{d.month:02d}"

    def prefill(self) -> None:
        """The expected figures of the chosen contract and month (holiday pay left empty)."""
        from aflastapp.services import payments

        cid = self.contract.current_id()
        if cid is None:
            return
        d = payments.defaults(self.session, cid, self.period)
        if "paid_on" in d:
            self.paid_on.setDate(to_qdate(d["paid_on"]))
        for f in PAYMENT_FIELDS:
            v = d.get(f)
            show = v is not None and v != 0 and f != "holiday_pay"
            self.amounts[f].setText(plain_kr(v) if show and v is not None else "")

    def read_payslip(self) -> None:
        """Pick a payslip PDF, show what was read, and fill it in only when the family says so."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from aflastapp.services import payslip

        name, _ = QFileDialog.getOpenFileName(self, tr("Vælg lønsedlen"), "", tr("PDF (*.pdf)"))
        if not name:
            return
        try:
            reading = payslip.read_payslip(name)
        except Exception as e:
            from aflastapp.gui.context import describe_error

            _title, text, _details = describe_error(e)
            QMessageBox.warning(self, tr("Lønsedlen kan ikke læses"), text)
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Det blev læst fra lønsedlen"),
                          self.reading_text(reading), parent=self)
        use = box.addButton(tr("&Brug tallene"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        if not reading.amounts:
            use.setEnabled(False)
        box.exec()
        if box.clickedButton() is use:
            self.apply_reading(reading)

    @staticmethod
    def reading_text(reading: Any) -> str:
        """What was read (amounts and the lines they came from) and what was not, for the confirmation."""
        parts = []
        if reading.amounts:
            parts.append(tr("Læst:") + "\n" + reading.summary())
            parts.append(tr("Fra linjerne:") + "\n" + "\n".join(f"  {line}" for _f, line in reading.used))
        if reading.problems:
            parts.append(tr("Ikke læst:") + "\n" + "\n".join(f"  {p}" for p in reading.problems))
        parts.append(tr("Felter, der ikke står på lønsedlen, bliver tømt. Tjek tallene, før I gemmer."))
        return "\n\n".join(parts)

    def apply_reading(self, reading: Any) -> None:
        """Fill in exactly what was read; a field the payslip does not state is emptied (not compared)."""
        for f, edit in self.amounts.items():
            v = reading.amounts.get(f)
            edit.setText("" if v is None else plain_kr(v))
        if reading.paid_on is not None:
            self.paid_on.setDate(to_qdate(reading.paid_on))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"period": self.month, **self.amounts}

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"contract_id": self.contract.current_id() or "", "period": self.period,
                               "paid_on": from_qdate(self.paid_on.date())}
        for f, edit in self.amounts.items():
            text = edit.text().strip()
            out[f] = parse_decimal(text) if text else None
        return out


class TextDialog(QDialog):
    """A text to read or copy: the "hvorfor?" figures (HTML) or the letter to the municipality."""

    def __init__(self, title: str, text: str, html: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        if html:
            from PySide6.QtWidgets import QTextBrowser

            browser = QTextBrowser(self)
            browser.setHtml(text)
            browser.setAccessibleName(title)
            lay.addWidget(browser)
            self.text_widget: QWidget = browser
        else:
            edit = QPlainTextEdit(text, self)
            edit.setAccessibleName(title)
            lay.addWidget(edit)
            self.text_widget = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Luk"))
        if not html:
            self.copy = buttons.addButton(tr("&Kopiér teksten"), QDialogButtonBox.ButtonRole.ActionRole)
            self.copy.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        add_help_button(self, "forste-maaned")
        self.resize(680, 480)

    def plain_text(self) -> str:
        text: str = self.text_widget.toPlainText()  # type: ignore[attr-defined]
        return text

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())


def why_html(check: PayCheck, label: str) -> str:
    """The døgn, rates and trips behind the expected figure, field by field."""
    from aflastapp.gui.views.overview import _esc, figure_html, nights_html

    cm = check.preview
    parts = [f"<h2>{_esc(label)}, {_esc(month_name(check.month))} {check.year}</h2>",
             f"<p>{_esc(pay_explanation(check))}</p>", nights_html(QWidget(), cm)]
    for f in PAYMENT_FIELDS:
        parts.append(f"<h3>{_esc(field_label(f))}</h3>")
        parts.append(figure_html(QWidget(), getattr(cm, f)))
        if check.paid[f] is not None:
            paid = tr("Udbetalt: %1").replace("%1", fmt.kr(check.paid[f]))
            parts.append(f"<p><b>{_esc(paid)}</b></p>")
    return "".join(parts)


# ---------------------------------------------------------------------- the view


class PaymentsView(View):
    view_id = "payments"
    icon_name = "payments"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = ctx.today().year
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 14)
        head = QHBoxLayout()
        head.addWidget(heading_label(self.title, self))
        head.addStretch(1)
        self.contract = ContractCombo(with_all=True, parent=self)
        self.contract.currentIndexChanged.connect(self.reload)
        head.addWidget(self.contract)
        self.prev_year = QPushButton("◀", self)
        self.prev_year.setAccessibleName(self.tr("Forrige år"))
        self.prev_year.setFixedWidth(36)
        self.prev_year.clicked.connect(lambda: self.set_year(self.year - 1))
        self.year_label = QLabel(self)
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year_label.setMinimumWidth(60)
        self.next_year = QPushButton("▶", self)
        self.next_year.setAccessibleName(self.tr("Næste år"))
        self.next_year.setFixedWidth(36)
        self.next_year.clicked.connect(lambda: self.set_year(self.year + 1))
        for w in (self.prev_year, self.year_label, self.next_year):
            head.addWidget(w)
        lay.addLayout(head)
        hint = QLabel(self.tr("Hvad kommunens egne regler lover, mod det I har fået udbetalt ifølge "
                              "lønsedlen eller banken. Forskel = forventet − udbetalt: positiv betyder, "
                              "at kommunen skylder jer penge."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        lay.addWidget(hint)

        self.reminders = QLabel(self)
        self.reminders.setWordWrap(True)
        self.reminders.setAccessibleName(self.tr("Påmindelser"))
        self.reminders.setStyleSheet("QLabel { background: #fdecea; color: #7a1020; "
                                     "border: 1px solid #e6a0a8; border-radius: 4px; padding: 6px; }")
        self.reminders.hide()
        lay.addWidget(self.reminders)

        self.b_new = QPushButton(self.tr("&Registrér udbetaling …"), self)
        self.b_new.setToolTip(self.tr("Skriv beløbene fra lønsedlen ind (Ctrl+N)"))
        self.b_new.clicked.connect(self.new_entry)
        self.b_edit = QPushButton(self.tr("R&et …"), self)
        self.b_edit.clicked.connect(self.edit_selected)
        self.b_delete = QPushButton(self.tr("&Slet udbetaling"), self)
        self.b_delete.clicked.connect(self.delete_selected)
        self.b_why = QPushButton(self.tr("&Hvorfor?"), self)
        self.b_why.setToolTip(self.tr("Døgn, satser og ture bag det forventede beløb"))
        self.b_why.clicked.connect(self.explain_selected)
        self.b_letter = QPushButton(self.tr("&Brev til kommunen …"), self)
        self.b_letter.clicked.connect(self.letter_selected)
        self.b_settle = QPushButton(self.tr("&Markér som afklaret"), self)
        self.b_settle.clicked.connect(self.toggle_settled)
        lay.addLayout(button_row((self.b_new, self.b_edit, self.b_delete),
                                 (self.b_why, self.b_letter, self.b_settle)))

        self.model = PaycheckModel(self)
        self.table = rows_table(self, self.model, self.tr("Udbetalinger"))
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.explain_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        lay.addWidget(self.table, 1)
        self.fields = QTableWidget(len(PAYMENT_FIELDS), 3, self)
        self.fields.setAccessibleName(self.tr("Beløbene for den valgte måned"))
        self.fields.setHorizontalHeaderLabels([self.tr("Forventet"), self.tr("Udbetalt"), self.tr("Forskel")])
        self.fields.setVerticalHeaderLabels([field_label(f) for f in PAYMENT_FIELDS])
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row_height = self.fields.verticalHeader().defaultSectionSize()
        self.fields.setFixedHeight(self.fields.horizontalHeader().sizeHint().height()
                                   + len(PAYMENT_FIELDS) * row_height + 4)
        lay.addWidget(self.fields)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        self.settled: set[tuple[str, str]] = set()
        self._update_year_label()
        self._selection_changed()

    @property
    def title(self) -> str:
        return self.tr("Udbetalinger")

    # ------------------------------------------------------------------ loading

    def set_year(self, year: int) -> None:
        self.year = year
        self._update_year_label()
        self.reload()

    def _update_year_label(self) -> None:
        self.year_label.setText(str(self.year))

    def refresh(self) -> None:
        from aflastapp.services import overview, payments

        s = self.ctx.session
        if s is None:
            return
        keep = self.selected()
        self.contract.load(s)
        cid = self.contract.current_id()
        today = self.ctx.today()
        months = payments.paycheck_range(s, (self.year, 1), 12, today=today)
        rows = [c for month in months for c in month if cid is None or c.contract_id == cid]
        # a month with nothing expected and nothing recorded is left out
        # future months are not shown
        now = (today.year, today.month)
        rows = [c for c in rows if c.payments or ((c.year, c.month) <= now
                                                  and (c.expected_total is None or c.expected_total != 0))]
        self.model.labels = dict(contract_labels(s))
        self.model.set_rows(rows)
        found = overview.deadlines(s, start=date(2000, 1, 1), end=date(2100, 12, 31), today=today,
                                   include_done=True)
        under = [d for d in found if d.kind == DeadlineKind.UNDERPAYMENT]
        self.settled = {(d.contract_id or "", d.period) for d in under if d.done}
        open_ = [d for d in under if not d.done]
        if open_:
            self.reminders.setText("<br>".join(f"⚠ {html.escape(deadline_title(d))}" for d in open_))
            self.reminders.show()
        else:
            self.reminders.clear()
            self.reminders.hide()
        if keep is not None:
            self.select(keep.contract_id, keep.period)
        self._selection_changed()

    def clear(self) -> None:
        self.model.clear()
        self.model.labels = {}
        self.contract.clear()
        self.reminders.clear()
        self.reminders.hide()
        self.detail.clear()
        self._show_fields(None)
        self.settled = set()

    def selected(self) -> PayCheck | None:
        return selected_object(self.table, self.model)

    def select(self, contract_id: str, period: str) -> bool:
        for row, c in enumerate(self.model.objects):
            if c.contract_id == contract_id and c.period == period:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        c = self.selected()
        has = c is not None
        self.b_why.setEnabled(has)
        self.b_edit.setEnabled(has and bool(c and c.payments))
        self.b_delete.setEnabled(has and bool(c and c.payments))
        short = bool(c and c.shortfall and c.payments)
        self.b_letter.setEnabled(short)
        self.b_settle.setEnabled(short)
        settled = c is not None and (c.contract_id, c.period) in self.settled
        self.b_settle.setText(self.tr("Gen&åbn") if settled else self.tr("&Markér som afklaret"))
        self.detail.setText(pay_explanation(c) if c is not None else "")
        self._show_fields(c)

    def _show_fields(self, c: PayCheck | None) -> None:
        """Expected / paid / difference per field of the selected month, the difference in colour."""
        lang = fmt.current_language()
        for row, f in enumerate(PAYMENT_FIELDS):
            texts = ["", "", ""]
            colour = None
            if c is not None:
                paid, diff = c.paid[f], c.difference.get(f)
                texts = [fmt_kr(c.expected[f], lang), "–" if paid is None else fmt_kr(paid, lang),
                         "" if diff is None else fmt_kr(diff, lang)]
                if diff is not None:
                    colour = (STATUS_COLOURS["underpaid"] if diff > 1 else STATUS_COLOURS["overpaid"]
                              if diff < -1 else STATUS_COLOURS["ok"])
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 2 and colour is not None:
                    item.setForeground(QBrush(QColor(colour)))
                self.fields.setItem(row, col, item)

    # ------------------------------------------------------------------ actions

    def handle_action(self, action: str, params: dict[str, Any]) -> None:
        if action == "show":
            period = str(params.get("period") or "")
            if len(period) == 7:
                self.set_year(int(period[:4]))
                self.select(str(params.get("contract_id") or ""), period)

    def _default_period(self) -> tuple[str | None, str]:
        c = self.selected()
        if c is not None:
            return c.contract_id, c.period
        today = self.ctx.today()
        y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return self.contract.current_id(), f"{y:04d}-{m:02d}"

    def new_entry(self) -> None:
        s = self.ctx.session
        if s is None:
            return
        cid, period = self._default_period()
        PaymentDialog(s, cid, period, parent=self).run(self.ctx, self.save_new)

    def save_new(self, values: dict[str, Any]) -> Any:
        from aflastapp.services import payments

        pid = new_id("b")
        made = self.ctx.execute(self.tr("Registrér udbetaling"),
                                lambda s: payments.add_payment(s, **values, id=pid),
                                lambda s, p: payments.delete_payment(s, p.id))
        if made is not None:
            if int(made.period[:4]) != self.year:
                self.set_year(int(made.period[:4]))
            self.select(made.contract_id, made.period)
        return made

    def _last_payment(self) -> Any:
        c = self.selected()
        return c.payments[-1] if c is not None and c.payments else None

    def edit_selected(self) -> None:

        p, s = self._last_payment(), self.ctx.session
        if p is None or s is None:
            return
        old = {k: getattr(p, k) for k in ("contract_id", "period", "paid_on", *PAYMENT_FIELDS)}
        dlg = PaymentDialog(s, p.contract_id, p.period, payment=p, parent=self)
        dlg.run(self.ctx, lambda values: self.save_edit(p.id, values, old))

    def save_edit(self, payment_id: str, changes: dict[str, Any], old: dict[str, Any]) -> Any:
        from aflastapp.services import payments

        return self.ctx.execute(self.tr("Ret udbetaling"),
                                lambda s: payments.update_payment(s, payment_id, **changes),
                                lambda s, _n: payments.update_payment(s, payment_id, **old))

    def delete_selected(self) -> None:
        from aflastapp.services import payments

        p = self._last_payment()
        if p is None:
            return
        if self.ctx.interactive and not confirm(
                self, self.tr("Slet udbetaling"),
                self.tr("Slet udbetalingen fra %1?").replace("%1", fmt.day(p.paid_on))):
            return
        self.ctx.execute(
            self.tr("Slet udbetaling"), lambda s: payments.delete_payment(s, p.id),
            lambda s, old: payments.add_payment(
                s, old.contract_id, old.period, old.paid_on, id=old.id,
                **{f: getattr(old, f) for f in PAYMENT_FIELDS}))

    def why_dialog(self) -> TextDialog | None:
        c = self.selected()
        if c is None:
            return None
        label = self.model.labels.get(c.contract_id, c.contract_id)
        return TextDialog(self.tr("Hvorfor? Det forventede beløb"), why_html(c, label), html=True,
                          parent=self)

    def explain_selected(self) -> None:
        dlg = self.why_dialog()
        if dlg is not None and self.ctx.interactive:
            dlg.exec()

    def letter_dialog(self) -> TextDialog | None:
        from aflastapp.services import payments

        c, s = self.selected(), self.ctx.session
        if c is None or s is None or not c.shortfall:
            return None
        try:
            text = payments.letter(s, c.contract_id, c.period, today=self.ctx.today())
        except Exception as e:
            self.ctx.show_error(e, self)
            return None
        return TextDialog(self.tr("Brev til kommunen"), text, parent=self)

    def letter_selected(self) -> None:
        dlg = self.letter_dialog()
        if dlg is not None and self.ctx.interactive:
            dlg.exec()

    def toggle_settled(self) -> None:
        from aflastapp.services import payments

        c = self.selected()
        if c is None:
            return
        cid, period = c.contract_id, c.period
        today = self.ctx.today()
        if (cid, period) in self.settled:
            self.ctx.execute(self.tr("Genåbn påmindelse"), lambda s: payments.unsettle(s, cid, period),
                             lambda s, _r: payments.settle(s, cid, period, on=today))
        else:
            self.ctx.execute(self.tr("Markér som afklaret"),
                             lambda s: payments.settle(s, cid, period, on=today),
                             lambda s, _r: payments.unsettle(s, cid, period))
