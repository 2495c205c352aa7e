"""A board re-read at every change stays put: the lists tell their views only the rows that came,
went or changed, so what the person selected stays selected and the long timeline measures only
its new entries; a window narrowed or widened wraps every entry again."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.board_sections import RowFitter, record_table, wrapping
from commandpost.ui.record_model import Column, RecordTableModel
from ui.conftest import FakeClock
from ui.incident_helpers import BoardFactory, declare, reread_board, task


@dataclass(frozen=True)
class Row:
    id: int
    text: str


def model_of(*rows: Row) -> RecordTableModel[Row]:
    model = RecordTableModel[Row]([Column("Text", lambda r: r.text)], lambda r: r.id)
    model.set_rows(rows)
    return model


def heard(model: RecordTableModel[Row]) -> list[str]:
    said: list[str] = []
    model.modelReset.connect(lambda: said.append("reset"))
    model.rowsInserted.connect(lambda _p, a, b: said.append(f"inserted {a}-{b}"))
    model.rowsRemoved.connect(lambda _p, a, b: said.append(f"removed {a}-{b}"))
    model.dataChanged.connect(lambda a, b, *_: said.append(f"changed {a.row()}-{b.row()}"))
    return said


def test_rows_that_come_go_or_change_are_told_as_such_and_a_reordering_as_a_reset(
    qtmodeltester: ModelTester,
) -> None:
    a, b, c, d = Row(1, "a"), Row(2, "b"), Row(3, "c"), Row(4, "d")
    model = model_of(b, c)
    said = heard(model)
    assert model.set_rows([a, b, c])  # a new entry on top, as a timeline grows
    assert model.set_rows([a, Row(2, "b, edited"), c, d])
    assert model.set_rows([a, d])
    assert not model.set_rows([a, d])
    assert model.set_rows([d, a])
    assert said == [
        "inserted 0-0",
        "inserted 3-3",
        "changed 1-1",
        "removed 1-2",
        "reset",
    ]
    assert [r.text for r in model.rows()] == ["d", "a"]
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_the_selected_row_stays_selected_when_entries_arrive_above_it(qtbot: QtBot) -> None:
    model = model_of(Row(2, "second"), Row(1, "first"))
    view = record_table(model, "list")
    qtbot.addWidget(view)
    view.selectRow(1)
    model.set_rows([Row(4, "fourth"), Row(3, "third"), Row(2, "second"), Row(1, "first")])
    assert model.selected_in(view) == Row(1, "first")


def test_a_wrapping_list_measures_new_entries_and_rewraps_all_when_its_width_changes(
    qtbot: QtBot,
) -> None:
    short, long = "short", " ".join(["a long timeline sentence that wraps"] * 6)
    model = model_of(Row(1, short))
    view = wrapping(record_table(model, "timeline", stretch=0), incremental=True)
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    fitter = view.findChild(RowFitter)
    assert fitter is not None
    qtbot.waitUntil(lambda: not fitter.waiting)
    one_line = view.rowHeight(0)
    view.setRowHeight(0, 77)  # a mark: a row measured again would lose it

    model.set_rows([Row(2, long), Row(1, short)])
    qtbot.waitUntil(lambda: view.rowHeight(0) > 2 * one_line)
    assert view.rowHeight(1) == 77  # the entry that was there already was not measured again
    taller = view.rowHeight(0)
    view.resize(700, 400)
    qtbot.waitUntil(lambda: view.rowHeight(0) < taller)
    assert view.rowHeight(1) == one_line  # a new width rewraps every entry


def test_the_board_keeps_the_chosen_timeline_entry_while_others_arrive(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    assert board.body is not None
    timeline = board.body.timeline_view
    timeline.selectRow(0)
    chosen = board.body.timeline_model.selected_in(timeline)
    assert chosen is not None and chosen.kind == "declared"
    for minutes in range(1, 4):
        clock.advance(minutes=1)
        incidents.add_note(task(incidents, incident.id, "cs-start-coordination").id, "li", "x")
        reread_board(qtbot, board)
        assert board.body.timeline_model.selected_in(timeline) == chosen
        assert timeline.currentIndex().row() == minutes
