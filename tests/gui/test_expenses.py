"""Udlæg: an expense with a receipt photo (a real JPEG made with Pillow), preview, status, warnings."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from aflastapp.core.models import Expense, ExpenseCategory
from aflastapp.gui.views.expenses import ExpenseDialog, ExpensesModel, ExpensesView
from aflastapp.services import expenses, submissions
from tests.gui.test_diary_support import Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _view(qtbot: Any, d: Diary) -> ExpensesView:
    v = ExpensesView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1200, 650)
    v.show()
    qtbot.waitExposed(v)
    v.month.set_month(2026, 3)
    return v


def _attach(v: ExpensesView, d: Diary, paths: list[str]) -> Any:
    """Attach through the view: a CollectionOp off the GUI thread; what it attached once delivered."""
    v.last_attached = None
    record = v.attach_paths(paths)
    assert record is not None and record.kind == "collection" and record.name == "expenses.attach"
    d.ctx.wait_for_ops()
    assert record.done and record.off_gui_thread
    return v.last_attached


def _photo(path: Path, size: tuple[int, int] = (2400, 1600), color: str = "orange") -> Path:
    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def test_expenses_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = ExpensesModel()
    e = Expense("e1", "k", date(2026, 3, 4), ExpenseCategory.CAR_SEAT, "Autostol", Decimal("1234.5"), "B-17")
    model.set_rows([e, Expense("e2", "k", date(2026, 3, 9), ExpenseCategory.OTHER, "Is", Decimal("20"))])
    model.warned = {"e2": ["Udlæg uden bevilling"]}
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Autostol"
    assert model.index(0, 3).data() == "1.234,50 kr."
    assert model.index(1, 8).data() == "⚠"


def test_an_expense_with_a_receipt_photo(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    v = _view(qtbot, diary)
    dlg = ExpenseDialog(diary.session, contract_id=diary.contract_a, day=date(2026, 3, 7), parent=v)
    dlg.category.setCurrentIndex(dlg.category.findData("activity"))
    dlg.description.setText("Svømmehal")
    dlg.amount.setText("1.234,50")
    dlg.approval.setText("Bevilget 2. marts, sag 17")
    made = v.save_new(dlg.values())
    dlg.reject()
    assert made is not None and made.amount == Decimal("1234.50")
    assert v.selected() is not None and v.selected().id == made.id
    assert v.model.index(0, 5).data() == "Klar til udlægsseddel"

    photo = _photo(tmp_path / "kvittering.jpg")
    added = _attach(v, diary, [str(photo)])
    assert added is not None and len(added) == 1
    stored = expenses.attachments(diary.session, made.id)
    assert len(stored) == 1 and stored[0].media_type == "image/jpeg"
    assert max(Image.open(io.BytesIO(stored[0].data)).size) <= 2000  # downscaled by storage
    # the receipt is listed and previewed as an image
    assert v.receipts.list.count() == 1
    assert v.receipts.stack.currentWidget() is v.receipts.image
    assert v.receipts.image.pixmap() is not None and not v.receipts.image.pixmap().isNull()
    assert v.model.index(0, 6).data() == "1"

    diary.ctx.undo_stack.undo()
    assert expenses.attachments(diary.session, made.id) == []
    assert v.receipts.list.count() == 0


def test_many_photos_attach_in_background_all_or_nothing(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_a, "date": date(2026, 3, 9), "category": "holiday",
                       "description": "Sommerlejr", "amount": "350", "approval": "B-2"})
    assert made is not None
    photos = [str(_photo(tmp_path / f"bon{i}.jpg", (800, 600), c)) for i, c in
              enumerate(("red", "green", "blue"))]
    added = _attach(v, diary, photos)
    assert added is not None and len(added) == 3
    assert not diary.ctx.busy
    assert v.receipts.list.count() == 3

    bad = tmp_path / "noter.pdf"
    bad.write_bytes(b"this is not a pdf")
    before = len(expenses.attachments(diary.session, made.id))
    assert _attach(v, diary, [str(_photo(tmp_path / "bon9.jpg", (300, 300))), str(bad)]) is None
    assert "noter.pdf" in diary.ctx.last_error_text
    assert len(expenses.attachments(diary.session, made.id)) == before  # nothing half-written


def test_pdf_receipt_is_previewed_with_qtpdf(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "faktura.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "Faktura 42")
    c.save()
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_b, "date": date(2026, 3, 11), "category": "car_seat",
                       "description": "Autostol", "amount": "999,95", "approval": "J.nr. 5"})
    assert made is not None
    _attach(v, diary, [str(pdf)])
    assert v.receipts.stack.currentWidget() is v.receipts.pdf
    assert v.receipts.pdf.page_count == 1


def test_missing_approval_shows_status_and_the_engines_warning(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_a, "date": date(2026, 3, 5), "category": "clothing",
                       "description": "Regntøj", "amount": "300", "approval": ""})
    assert made is not None
    assert v.model.index(0, 5).data() == "Mangler bevilling"
    assert v.warnings.isVisible()
    assert "bevilling" in v.warnings.text().lower()
    assert v.model.index(0, 8).data() == "⚠"


def test_sent_claim_marks_the_expense_sent(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_b, "date": date(2026, 3, 5), "category": "booster_seat",
                       "description": "Selepude", "amount": "249", "approval": "B-9"})
    assert made is not None
    submissions.add_submission(diary.session, "expense_claim", diary.contract_b, "2026-03", date(2026, 4, 2),
                               "Digital Post")
    v.reload()
    assert v.model.index(0, 5).data() == "Sendt"


def test_delete_is_undone_with_its_receipts(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_a, "date": date(2026, 3, 9), "category": "equipment",
                       "description": "Cykelhjelm", "amount": "199", "approval": "B-3"})
    assert made is not None
    _attach(v, diary, [str(_photo(tmp_path / "hjelm.jpg", (500, 500)))])
    v.delete_selected()
    assert expenses.list_expenses(diary.session) == []
    diary.ctx.undo_stack.undo()
    assert len(expenses.attachments(diary.session, made.id)) == 1


def test_bad_amount_names_the_field(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    made = v.save_new({"contract_id": diary.contract_a, "date": date(2026, 3, 9), "category": "other",
                       "description": "Is", "amount": "12,345", "approval": ""})
    assert made is None
    assert "Beløb" in diary.ctx.last_error_text
    assert expenses.list_expenses(diary.session) == []
