"""Dokumenter: generate into the outbox, preview with QtPdf, double-claim warning, save a copy with
its retention date, mark sent (closes the deadline), delete a copy whose retention has passed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.models import DeadlineKind, DocumentKind
from aflastapp.gui.views.documents import (
    DocumentsView,
    ExportedModel,
    MarkSentDialog,
    OutboxModel,
    default_period,
    period_choices,
)
from aflastapp.services import documents, overview, stays
from tests.gui.test_diary_support import TODAY, Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _view(qtbot: Any, d: Diary) -> DocumentsView:
    v = DocumentsView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1300, 720)
    v.show()
    qtbot.waitExposed(v)
    return v


def _february_stay(d: Diary) -> None:
    stays.add_stay(d.session, d.contract_a, datetime(2026, 2, 6, 16), datetime(2026, 2, 8, 17),
                   status="completed")


def test_models_pass_qtmodeltester(qtmodeltester: Any, qtbot: Any, diary: Diary) -> None:
    _february_stay(diary)
    doc = documents.generate(diary.session, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02")
    outbox = OutboxModel()
    outbox.set_rows(documents.list_documents(diary.session))
    qtmodeltester.check(outbox)
    assert outbox.index(0, 0).data() == "Indberetning af aflastningsdøgn"
    assert outbox.index(0, 1).data() == "Februar 2026"
    assert outbox.index(0, 4).data() == "ikke sendt"
    target = diary.session.data_dir.parent / "kopi.pdf"
    saved = documents.save_copy(diary.session, doc.id, target, today=TODAY)
    exported = ExportedModel()
    exported.today = date(2026, 5, 1)
    exported.set_rows([saved])
    qtmodeltester.check(exported)
    assert exported.index(0, 0).data() == "kopi.pdf"
    assert exported.index(0, 4).data() == "Skal slettes nu"  # Slagelse: one month


def _made(v: Any, diary: Diary, *args: Any, **kwargs: Any) -> Any:
    """Generate through the view: a CollectionOp off the GUI thread; the document once delivered."""
    record = v.generate(*args, **kwargs)
    if record is None:
        return None
    assert record.kind == "collection" and record.name == "documents.generate"
    diary.ctx.wait_for_ops()
    assert record.done and record.off_gui_thread
    return v.last_document


def test_period_choices_are_sorted_preselect_last_month_and_never_precede_the_contract() -> None:
    day = date(2026, 3, 16)
    months = period_choices(DocumentKind.NIGHTS_REPORT, day, "da")
    assert months[0] == ("2026-03", "Marts 2026 (indeværende)")
    assert months[1] == ("2026-02", "Februar 2026")
    assert [k for k, _ in months] == sorted((k for k, _ in months), reverse=True), "newest first"
    assert default_period(DocumentKind.NIGHTS_REPORT, months, day) == "2026-02"
    assert ("2025-Q4", "4. kvartal 2025") in period_choices(DocumentKind.DRIVING_REPORT, day, "da")
    years = period_choices(DocumentKind.ANNUAL_SUMMARY, day, "da")
    assert [k for k, _ in years] == ["2026", "2025", "2024"]
    assert default_period(DocumentKind.ANNUAL_SUMMARY, years, day) == "2025"
    # A contract that started in January 2026: no month, quarter or year before it is offered.
    start = date(2026, 1, 1)
    months = period_choices(DocumentKind.NIGHTS_REPORT, day, "da", start)
    assert [k for k, _ in months] == ["2026-03", "2026-02", "2026-01"]
    quarters = period_choices(DocumentKind.DRIVING_REPORT, day, "da", start)
    assert all(not k.startswith("2025") for k, _ in quarters)
    years = period_choices(DocumentKind.ANNUAL_SUMMARY, day, "da", start)
    assert [k for k, _ in years] == ["2026"]
    assert default_period(DocumentKind.ANNUAL_SUMMARY, years, day) == "2026", "a year with activity"


def test_a_document_made_by_mistake_is_deleted_from_the_outbox_and_undone(qtbot: Any, diary: Diary) -> None:
    _february_stay(diary)
    v = _view(qtbot, diary)
    doc = _made(v, diary, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None)
    pdf = documents.get_pdf(diary.session, doc.id)
    assert v.select_document(doc.id) and v.b_delete.isEnabled()
    assert v.delete_document(doc.id) is not None, diary.ctx.last_error_text
    assert documents.list_documents(diary.session) == [] and v.model.rowCount() == 0
    diary.ctx.undo_stack.undo()
    assert [d.id for d in documents.list_documents(diary.session)] == [doc.id]
    assert documents.get_pdf(diary.session, doc.id) == pdf


def test_generate_preview_mark_sent_closes_the_deadline(qtbot: Any, diary: Diary) -> None:
    _february_stay(diary)

    def nights_deadline(include_done: bool) -> list[Any]:
        return [d for d in overview.deadlines(diary.session, start=date(2026, 3, 1), end=date(2026, 3, 31),
                                              include_done=include_done, today=TODAY)
                if d.kind == DeadlineKind.NIGHTS_REPORT and d.contract_id == diary.contract_a
                and d.period == "2026-02"]

    assert nights_deadline(False), "the February nights report is due in March"
    v = _view(qtbot, diary)
    v.kind.setCurrentIndex(v.kind.findData(DocumentKind.NIGHTS_REPORT.value))
    v.contract.select(diary.contract_a)
    v.select_period("2026-02")
    v.generate_clicked()
    diary.ctx.wait_for_ops()
    assert v.model.rowCount() == 1
    doc = v.selected()
    assert doc is not None and doc.period == "2026-02"
    assert v.preview.page_count >= 1  # shown in the app with QtPdf
    assert v.b_sent.isEnabled()

    dlg = MarkSentDialog(doc, TODAY, ["Sofus"], v)
    dlg.channel.setCurrentIndex(dlg.channel.findText("e-Boks"))
    sent, channel = dlg.values()["sent"], dlg.values()["channel"]
    dlg.reject()
    assert (sent, channel) == (TODAY, "e-Boks")
    assert v.mark_sent(sent, channel) is not None
    assert nights_deadline(False) == []  # the deadline is closed
    assert nights_deadline(True)[0].done
    assert "16.03.2026 (e-Boks)" in v.model.index(0, 4).data()

    # generating the same period again warns of a double claim and does nothing without a yes
    assert v.generate(DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None) is None
    assert "allerede sendt" in v.last_warning and "e-Boks" in v.last_warning
    assert len(documents.list_documents(diary.session)) == 1
    assert _made(v, diary, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None,
                 force=True) is not None
    assert len(documents.list_documents(diary.session)) == 2

    # undo of "mark sent" reopens the deadline
    diary.ctx.undo_stack.undo()  # the forced second document
    diary.ctx.undo_stack.undo()  # mark sent
    assert nights_deadline(False)


def test_copy_saved_outside_is_tracked_and_deleted_when_due(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    _february_stay(diary)
    v = _view(qtbot, diary)
    doc = _made(v, diary, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None)
    assert doc is not None
    target = tmp_path / "indberetning.pdf"
    f = v.save_copy(str(target))
    assert f is not None and target.read_bytes().startswith(b"%PDF")
    assert f.retention_until == date(2026, 4, 16)  # Slagelse keeps copies one month
    assert v.exported.rowCount() == 1 and v.exported.index(0, 3).data() == "16.04.2026"
    assert v.retention_note.text() == ""

    diary.ctx.today_override = date(2026, 4, 20)
    v.reload()
    assert "bør slettes" in v.retention_note.text()
    assert v.exported.index(0, 4).data() == "Skal slettes nu"
    v.exported_table.selectRow(0)
    assert v.b_delete_copy.isEnabled()
    assert v.delete_copy(f.id) is not None
    assert not target.exists()
    assert v.exported.rowCount() == 0 and v.retention_note.text() == ""


def test_generate_action_from_elsewhere(qtbot: Any, diary: Diary) -> None:
    stays.add_stay(diary.session, diary.contract_b, datetime(2026, 2, 13, 16), datetime(2026, 2, 15, 17),
                   status="completed")
    v = _view(qtbot, diary)
    v.handle_action("generate", {"kind": "driving_report", "contract_id": diary.contract_b,
                                 "period": "2026-02", "meeting_id": None})
    diary.ctx.wait_for_ops()
    doc = v.selected()
    assert doc is not None and doc.kind == DocumentKind.DRIVING_REPORT and doc.contract_id == diary.contract_b
    diary.ctx.lock()
    assert v.model.rowCount() == 0 and v.preview.page_count == 0


def test_retention_deadline_action_selects_the_copy(qtbot: Any, diary: Diary, tmp_path: Path) -> None:
    _february_stay(diary)
    v = _view(qtbot, diary)
    doc = _made(v, diary, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None)
    assert doc is not None
    f = v.save_copy(str(tmp_path / "indberetning.pdf"))
    assert f is not None
    v.exported_table.clearSelection()
    diary.ctx.today_override = date(2026, 4, 20)  # past Slagelse's one month
    v.handle_action("retention", {"contract_id": diary.contract_a})
    sel = v.exported_table.selectionModel().selectedRows()
    assert [v.exported.row_object(i.row()).id for i in sel] == [f.id]
    assert v.b_delete_copy.isEnabled()


def test_saved_copies_name_every_kind_in_the_users_language(qtbot: Any, diary: Diary) -> None:
    """Copies saved outside the app (also ``aflastapp export``'s "diary_export") are listed by core's
    Danish document names, and by a real English name when the app runs in English."""
    from aflastapp.core.models import DOCUMENT_TITLES, ExportedFile
    from aflastapp.gui import i18n

    rows = [ExportedFile(id=n, kind=kind, contract_id=None, period="2026", path=f"/tmp/{n}.pdf",
                         exported_on=date(2026, 3, 1)) for n, kind in enumerate(DOCUMENT_TITLES)]
    model = ExportedModel()
    model.set_rows(rows)
    danish = [model.index(n, 1).data() for n in range(len(rows))]
    assert danish == [t[:1].upper() + t[1:] for t in DOCUMENT_TITLES.values()]
    assert "Dagbogen (JSON-eksport, ukrypteret)" in danish
    try:
        i18n.install("en")
        english = [model.index(n, 1).data() for n in range(len(rows))]
    finally:
        i18n.install("da")
    assert "The diary (JSON export, unencrypted)" in english
    for e, d in zip(english, danish, strict=True):
        assert e != d, f"{d!r} has no English name"


def test_preview_zooms_fits_and_opens_in_the_pdf_reader(qtbot: Any, diary: Diary, monkeypatch: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDesktopServices, QWheelEvent
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QApplication

    from aflastapp.gui.widgets import pdf_preview

    _february_stay(diary)
    v = _view(qtbot, diary)
    doc = _made(v, diary, DocumentKind.NIGHTS_REPORT, diary.contract_a, "2026-02", None)
    assert v.select_document(doc.id)
    p = v.preview
    assert p.page_count >= 1 and p.fit_width.isEnabled()
    p.fit_to_page()
    assert p.view.zoomMode() == QPdfView.ZoomMode.FitInView
    p.set_zoom(1.0)
    wheel = QWheelEvent(QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(p.view.viewport(), wheel)
    assert p.zoom == 1.25 and p.zoom_label.text() == "125 %"  # Ctrl+wheel zooms
    p.fit_to_width()
    assert p.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    path = p.open_in_reader()
    assert path is not None and opened == [str(path)] and path.read_bytes().startswith(b"%PDF")
    assert (path.parent.stat().st_mode & 0o777) == 0o700, "a private folder"
    assert "Indberetning" in path.name
    diary.ctx.lock()
    pdf_preview.remove_opened_files()  # the main window does this on every lock
    assert not path.exists()
