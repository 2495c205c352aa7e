"""The incident lists as Qt models over the service's plain records: the model contract
(qtmodeltester) for every column set, refresh without reset, countdown words and colours, and a
sentence for every kind of timeline event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from commandpost.services.incident_records import Board, EventInfo, FigureValue
from commandpost.services.incidents import IncidentService
from commandpost.ui.board_columns import figure_columns, latest_figures, report_columns
from commandpost.ui.incident_columns import (
    checklist_columns,
    incident_columns,
    overdue_columns,
    warning_columns,
)
from commandpost.ui.incident_words import (
    OVERDUE_COLOUR,
    PlanNames,
    Tone,
    countdown_label,
    deadline_tone,
    elapsed_clock,
    span_label,
)
from commandpost.ui.record_model import RECORD_ROLE, Column, RecordTableModel
from commandpost.ui.timeline import event_text, timeline_columns
from ui.conftest import FakeClock
from ui.incident_helpers import ACTOR, PLAN, declare, task

NOW = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)


@pytest.fixture
def busy_board(incidents: IncidentService, clock: FakeClock) -> Board:
    """An incident that has been through every kind of action the timeline records."""
    incidents.warn(PLAN, {"waiting_customers": 900}, "monitor")
    incident = declare(incidents, level="general")
    ticked = task(incidents, incident.id, "cs-record-ticket")
    incidents.tick(ticked.id, ACTOR, "done quickly")
    incidents.reopen(ticked.id, ACTOR, "wrong queue")
    incidents.assign(ticked.id, ACTOR, "王敏")
    incidents.add_note(ticked.id, ACTOR, "called back")
    incidents.mark_not_applicable(task(incidents, incident.id, "cs-classify").id, ACTOR, "set")
    incidents.shift_level(incident.id, +1, ACTOR, "complex problem")
    incidents.shift_level(incident.id, -1, ACTOR, "eased")
    incidents.shift_level(incident.id, +1, ACTOR, "again")
    incidents.advance_phase(incident.id, ACTOR)
    incidents.add_task(incident.id, "logistics", "Send two vans", ACTOR)
    report = incidents.send_report(incident.id, "technical", ACTOR, "logs read", "", "a DBA")
    incidents.acknowledge_report(report.id, ACTOR)
    incidents.record_figure(incident.id, "waiting_customers", 850, ACTOR)
    clock.advance(minutes=20)
    incidents.record_figure(incident.id, "waiting_customers", 1120, ACTOR)
    incidents.close(incident.id, ACTOR, "normal again")
    return incidents.board(incident.id)


def check(qtmodeltester: ModelTester, model: RecordTableModel[object]) -> None:
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_every_incident_list_passes_the_qt_model_contract(
    qtmodeltester: ModelTester, incidents: IncidentService, busy_board: Board, clock: FakeClock
) -> None:
    names = PlanNames(busy_board.plan, "en")
    summaries = incidents.list_incidents(include_closed=True)
    warnings = incidents.list_warnings(open_only=False)
    tasks = {t.id: t for t in busy_board.tasks}
    cases: list[tuple[list[Column[object]], tuple[object, ...]]] = [
        (incident_columns(lambda p, v: names, clock), tuple(summaries)),  # type: ignore[list-item]
        (warning_columns(lambda p, v: names, clock), tuple(warnings)),  # type: ignore[list-item]
        (checklist_columns(names, clock), busy_board.tasks),  # type: ignore[list-item]
        (overdue_columns(names, clock), busy_board.tasks),  # type: ignore[list-item]
        (report_columns(names, clock), busy_board.reports),  # type: ignore[list-item]
        (figure_columns(names, clock), tuple(latest_figures(busy_board.figures))),  # type: ignore[list-item]
        (timeline_columns(names, lambda: tasks, clock), busy_board.events),  # type: ignore[list-item]
    ]
    for columns, rows in cases:
        model = RecordTableModel[object](columns, id)
        check(qtmodeltester, model)
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        check(qtmodeltester, model)
        assert model.data(model.index(0, 0), RECORD_ROLE) is rows[0]


def test_every_timeline_event_reads_as_a_sentence(busy_board: Board) -> None:
    names = PlanNames(busy_board.plan, "en")
    tasks = {t.id: t for t in busy_board.tasks}
    kinds = {e.kind for e in busy_board.events}
    assert len(kinds) >= 14
    texts: dict[str, str] = {}
    for event in busy_board.events:  # newest first: the latest of each kind is kept
        texts.setdefault(event.kind, event_text(event, names, tasks))
    for kind, text in texts.items():
        assert text and text != kind.replace("_", " "), kind
    assert texts["task_reopened"] == (
        "Reopened: Record the request and open a service ticket — wrong queue"
    )
    assert (
        texts["closed"].startswith("Response closed; tasks still open: ")
        and "normal again" in texts["closed"]
    )
    assert texts["figure_recorded"] == "Waiting customers: 1,120 customers"
    assert texts["task_added"] == "Task added for Logistics department: Send two vans"
    unknown = EventInfo(1, NOW, "x", "escalated_to_head", None, {})
    assert event_text(unknown, names, tasks) == "escalated to head"  # never hidden


def test_unchanged_rows_keep_the_model_and_live_columns_redraw(
    qtbot: QtBot, busy_board: Board, clock: FakeClock
) -> None:
    names = PlanNames(busy_board.plan, "en")
    model = RecordTableModel(checklist_columns(names, clock), lambda t: t.id)
    assert model.set_rows(busy_board.tasks)
    with qtbot.assertNotEmitted(model.modelReset):
        assert not model.set_rows(list(busy_board.tasks))  # the 2-second re-read, nothing new
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.touch()
    top_left = changed.args[0]
    assert top_left.column() == 4  # only the countdown moves with the clock
    assert model.find(busy_board.tasks[2].id) == 2 and model.find(-1) is None


def test_countdown_words_round_kindly_and_colours_come_from_one_rule() -> None:
    due = NOW + timedelta(minutes=30)
    assert countdown_label("open", due, NOW + timedelta(minutes=18, seconds=30)) == "due in 12 min"
    assert countdown_label("open", due, NOW + timedelta(minutes=33, seconds=59)) == (
        "⚠ overdue by 3 min"
    )
    assert countdown_label("open", due, NOW + timedelta(minutes=29, seconds=30)) == ("due in 1 min")
    assert countdown_label("done", due, NOW) == ""
    assert countdown_label("open", None, NOW) == ""
    assert span_label(timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert span_label(timedelta(days=3, hours=4, minutes=10)) == "3 d 4 h"
    assert span_label(timedelta(seconds=20)) == "under a minute"
    assert deadline_tone("open", due, NOW) is Tone.CALM
    assert deadline_tone("open", due, NOW + timedelta(minutes=15)) is Tone.SOON
    assert deadline_tone("open", due, NOW + timedelta(minutes=31)) is Tone.OVERDUE
    assert deadline_tone("done", due, NOW + timedelta(minutes=31)) is Tone.NONE
    assert deadline_tone("open", None, NOW) is Tone.NONE


def test_incident_clock_and_latest_figures() -> None:
    assert elapsed_clock(NOW, NOW + timedelta(hours=27, minutes=3, seconds=9)) == "27:03:09"
    assert elapsed_clock(NOW, NOW - timedelta(seconds=5)) == "00:00:00"
    values = [
        FigureValue("waiting_customers", 850, NOW, "a"),
        FigureValue("avg_response_time", 6.5, NOW, "a"),
        FigureValue("waiting_customers", 1120, NOW + timedelta(minutes=5), "b"),
    ]
    rows = latest_figures(values)
    assert [(r.key, r.value, r.previous) for r in rows] == [
        ("waiting_customers", 1120, 850),
        ("avg_response_time", 6.5, None),
    ]


def test_overdue_column_speaks_chinese_in_red(
    busy_board: Board, clock: FakeClock, use_language: Callable[[str], None]
) -> None:
    use_language("zh")
    names = PlanNames(busy_board.plan, "zh")
    model = RecordTableModel(overdue_columns(names, clock), lambda t: t.id)
    late = next(t for t in busy_board.tasks if t.due_at is not None)
    model.set_rows([late])
    assert late.due_at is not None
    clock.now = late.due_at + timedelta(minutes=7)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "超时"
    assert model.data(model.index(0, 0)) == "7 分钟"
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name().upper() == OVERDUE_COLOUR
    assert model.data(model.index(0, 1)) == names.department(late.department)
