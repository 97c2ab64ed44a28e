"""Dagbog: notes with tags, observation apart from interpretation, search, the magtanvendelse prompt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aflastapp.core.models import Note
from aflastapp.gui.views.diary import DiaryView, NotesModel
from aflastapp.services import notes, overview
from tests.gui.test_diary_support import TODAY, Diary, diary_fixture


@pytest.fixture
def diary(qtbot: Any, data_dir: Path) -> Iterator[Diary]:
    yield from diary_fixture(data_dir)


def _view(qtbot: Any, d: Diary) -> DiaryView:
    v = DiaryView(d.ctx)
    qtbot.addWidget(v)
    v.resize(1200, 650)
    v.show()
    qtbot.waitExposed(v)
    return v


def _write(v: DiaryView, child: str, day: date, text: str, tags: list[str], interpretation: str = "") -> Note:
    v.new_entry(child)
    v.editor.child.select(child)
    v.editor.date.setDate(v.editor.date.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    for t in tags:
        v.editor.tag_boxes[t].setChecked(True)
    v.editor.text.setPlainText(text)
    v.editor.interpretation.setPlainText(interpretation)
    saved = v.save()
    assert saved is not None
    return saved


def test_notes_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = NotesModel()
    model.child_names = {"c": "Emma"}
    model.set_rows([Note("n1", "c", date(2026, 3, 2), "Glad efter skole " * 20, ("skole", "fritid")),
                    Note("n2", "c", date(2026, 3, 1), "Sov dårligt")])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Emma"
    assert model.index(0, 2).data() == "skole, fritid"
    assert model.index(0, 3).data().endswith("…")


def test_observation_and_interpretation_are_kept_apart(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    n = _write(v, diary.child_a, date(2026, 3, 3), "Emma græd ved aflevering.", ["familiekontakt"],
               "Vi tror, hun savner sin mor.")
    stored = notes.get_note(diary.session, n.id)
    assert stored.text == "Emma græd ved aflevering."
    assert stored.interpretation == "Vi tror, hun savner sin mor."
    assert stored.tags == ("familiekontakt",)
    assert v.model.rowCount() == 1 and v.editor.note_id == n.id
    assert v.last_prompt == ""  # no magtanvendelse: no prompt

    # edit: loaded back into the editor, changed, saved; undo restores
    v.editor.text.setPlainText("Emma græd kort ved aflevering.")
    v.save()
    assert notes.get_note(diary.session, n.id).text == "Emma græd kort ved aflevering."
    diary.ctx.undo_stack.undo()
    assert notes.get_note(diary.session, n.id).text == "Emma græd ved aflevering."


def test_full_text_search_and_tag_filter(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    _write(v, diary.child_a, date(2026, 2, 10), "Fodbold i regnvejr", ["fritid"])
    _write(v, diary.child_b, date(2026, 2, 11), "Lægebesøg, ørebetændelse", ["sundhed"], "Virker træt")
    _write(v, diary.child_a, date(2026, 2, 12), "Lektier i dansk", ["skole"])
    assert v.model.rowCount() == 3
    v.search.setText("træt")  # found in the interpretation
    qtbot.waitUntil(lambda: v.model.rowCount() == 1)
    assert "Lægebesøg" in v.model.index(0, 3).data()
    v.search.clear()
    qtbot.waitUntil(lambda: v.model.rowCount() == 3)
    v.tag.setCurrentIndex(v.tag.findData("skole"))
    assert v.model.rowCount() == 1 and "Lektier" in v.model.index(0, 3).data()
    v.tag.setCurrentIndex(0)
    v.child.select(diary.child_b)
    assert v.model.rowCount() == 1


def test_magtanvendelse_prompts_to_inform_the_consultant_today(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    n = _write(v, diary.child_a, TODAY, "Holdt Emma fast i armen, da hun løb mod vejen.",
               ["hændelse", "magtanvendelse"])
    assert "Lene Holm" in v.last_prompt  # the consultant named in Emma's contract
    assert "i dag" in v.last_prompt
    assert "Slagelse Kommunes håndbog, afsnittet »Magtanvendelse«" in v.last_prompt  # readable source
    deadline = v.incident_deadline(n)
    assert deadline is not None and not deadline.done

    # telling the consultant closes the deadline
    v.mark_informed(n, deadline)
    closed = v.incident_deadline(n)
    assert closed is not None and closed.done
    open_ones = overview.deadlines(diary.session, start=TODAY, end=TODAY, today=TODAY)
    assert all(d.period != n.id for d in open_ones)


def test_lock_clears_every_text(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    _write(v, diary.child_a, date(2026, 3, 1), "Fortroligt indhold", ["skole"], "Vurdering")
    v.search.setText("Fortroligt")
    diary.ctx.lock()
    assert v.model.rowCount() == 0
    assert v.editor.text.toPlainText() == "" and v.editor.interpretation.toPlainText() == ""
    assert v.search.text() == "" and v.editor.child.count() == 0


def test_an_empty_observation_is_named_as_the_family_sees_the_field(qtbot: Any, diary: Diary) -> None:
    v = _view(qtbot, diary)
    v.new_entry(diary.child_a)
    v.editor.interpretation.setPlainText("Vurdering uden observation")
    assert v.save() is None
    assert "Observation mangler" in diary.ctx.last_error_text  # the field's label, not "Tekst"
    assert all(n.interpretation != "Vurdering uden observation" for n in notes.list_notes(diary.session))
