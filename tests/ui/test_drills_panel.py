"""The drills tab: each approved plan's drill standing, the drills on the calendar, scheduling a
drill through its dialog (Ctrl+Shift+D) and cancelling one with a reason, on the real service
over a stocked SQLite library and the test's clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDateTime, QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from commandpost.services.alert_records import DrillInfo
from commandpost.services.drills import DrillService
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import open_library
from commandpost.store.models import PlanVersion
from commandpost.ui import when
from commandpost.ui.drill_dialog import CancelDrillDialog, ScheduleDrillDialog
from commandpost.ui.drills_panel import DrillsPanel
from commandpost.ui.incident_words import MUTED_COLOUR, OVERDUE_COLOUR
from commandpost.ui.tasks import TaskRunner
from ui.conftest import FakeClock
from ui.incident_helpers import ACTOR, PLAN, declare, press_ok
from ui.ui_helpers import find_open

APPROVED = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
"""Every shipped plan's first approval, pinned so its drill falls due on 3 March 2026."""
OTHER = "customer-surge-diversion"
PanelFactory = Callable[..., DrillsPanel]
translate = QCoreApplication.translate


@pytest.fixture
def plans(library_url: str, clock: FakeClock) -> Iterator[PlanLibrary]:
    """The stocked library on the test's clock, every plan first approved on ``APPROVED``."""
    library = open_library(library_url, clock)
    with library.database.write() as session:
        session.execute(update(PlanVersion).values(approved_at=APPROVED))
    yield library
    library.close()


@pytest.fixture
def drills(plans: PlanLibrary, clock: FakeClock) -> DrillService:
    return DrillService(plans.database, clock)


@pytest.fixture
def make_panel(
    qtbot: QtBot,
    plans: PlanLibrary,
    drills: DrillService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> Iterator[PanelFactory]:
    """Show the drills panel in a language, its first read on screen."""
    made: list[tuple[DrillsPanel, TaskRunner]] = []

    def make(lang: str = "en") -> DrillsPanel:
        use_language(lang)
        runner = TaskRunner()
        panel = DrillsPanel(drills, plans, runner, ACTOR, lang, clock, refresh_ms=60_000)
        made.append((panel, runner))
        qtbot.addWidget(panel)
        panel.resize(1400, 800)
        panel.show()
        with qtbot.waitSignal(panel.drills_shown, timeout=30_000):
            panel.start()
        qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
        return panel

    yield make
    for panel, runner in made:
        panel.shutdown()
        runner.shutdown()


def reread(qtbot: QtBot, panel: DrillsPanel) -> None:
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    with qtbot.waitSignal(panel.drills_shown, timeout=30_000):
        panel.refresh()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)


def cells(model: QAbstractItemModel, row: int) -> list[str]:
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def colour(model: QAbstractItemModel, row: int, column: int, role: Qt.ItemDataRole) -> str:
    brush = model.data(model.index(row, column), role)
    return brush.color().name().upper() if isinstance(brush, QBrush) else ""


def drill_row(panel: DrillsPanel, drill_id: int) -> list[str]:
    row = panel.drill_model.find(drill_id)
    assert row is not None, f"drill {drill_id} is not listed"
    return cells(panel.drill_model, row)


def standing_row(panel: DrillsPanel, plan_id: str) -> int:
    row = panel.standing_model.find(plan_id)
    assert row is not None, f"plan {plan_id} is not listed"
    return row


def at_china(day: int, hour: int) -> datetime:
    """A time in June 2026, China time (UTC+8)."""
    return datetime(2026, 6, day, hour - 8, 0, tzinfo=UTC)


def schedule(
    drills: DrillService,
    plan_id: str = PLAN,
    day: int = 2,
    level: str = "major",
    departments: tuple[str, ...] = ("customer_service", "technical"),
) -> DrillInfo:
    scenario = "Hotline system down at the evening peak"
    return drills.schedule(plan_id, at_china(day, 10), scenario, level, departments, ACTOR)


def local(moment: datetime) -> str:
    return when.date_time(moment)


def open_schedule(qtbot: QtBot, panel: DrillsPanel) -> ScheduleDrillDialog:
    QTest.keyClick(
        panel.drill_view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return find_open(qtbot, ScheduleDrillDialog)


def test_ctrl_shift_d_schedules_a_drill_which_is_then_listed(
    qtbot: QtBot, make_panel: PanelFactory, drills: DrillService, clock: FakeClock
) -> None:
    panel = make_panel("en")
    assert panel.drill_model.rowCount() == 0
    dialog = open_schedule(qtbot, panel)
    plan_ids = [dialog.plan.itemData(i) for i in range(dialog.plan.count())]
    assert PLAN in plan_ids and len(plan_ids) == 5  # every shipped plan is approved
    dialog.plan.setCurrentIndex(plan_ids.index(PLAN))
    proposed = dialog.at.dateTime().toSecsSinceEpoch()
    # Monday 1 June 09:00 in China: proposed for the next working day, 10:00 local time.
    expected = datetime.fromtimestamp(proposed, UTC)
    assert expected > clock() and expected.astimezone().strftime("%H:%M") == "10:00"
    assert (expected.astimezone().date() - clock().astimezone().date()).days == 1
    assert [dialog.level.itemText(i) for i in range(dialog.level.count())] == [
        "General",
        "Major",
        "Critical",
    ]
    dialog.level.setCurrentIndex(dialog.level.findData("major"))
    assert dialog.departments["logistics"].text() == "Logistics department"
    for key, box in dialog.departments.items():
        if key not in ("customer_service", "technical"):
            QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    QTest.keyClicks(dialog.scenario, "Hotline system down at the evening peak")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData("3 d"))
    assert dialog.reminder.currentText() == "3 days before"
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        press_ok(dialog)

    qtbot.waitUntil(lambda: panel.drill_model.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    [drill] = drills.drills()
    assert (drill.plan_id, drill.level, drill.remind_before) == (PLAN, "major", "3 d")
    assert drill.departments == ("customer_service", "technical")
    assert drill.scheduled_at == expected and drill.created_by == ACTOR
    assert drill_row(panel, drill.id) == [
        local(expected),
        "24-hour customer service guarantee plan",
        "Major",
        "Customer-service execution group, Technical department",
        "Hotline system down at the evening peak",
        "3 days before",
        "scheduled",
    ]
    model = panel.drill_model
    assert colour(model, 0, 2, Qt.ItemDataRole.BackgroundRole) == "#EF6C00"
    assert panel.selected_drill() == drill  # the new drill is selected
    assert panel.drills_box.title() == "Scheduled drills (1 upcoming)"
    standing = standing_row(panel, PLAN)
    assert cells(panel.standing_model, standing)[4] == local(expected)


def test_invalid_input_is_refused_beside_the_field_and_a_refusal_keeps_what_was_typed(
    qtbot: QtBot,
    make_panel: PanelFactory,
    drills: DrillService,
    plans: PlanLibrary,
    clock: FakeClock,
) -> None:
    panel = make_panel("en")
    dialog = open_schedule(qtbot, panel)
    dialog.plan.setCurrentIndex(dialog.plan.findData(PLAN))
    for box in dialog.departments.values():
        box.setChecked(False)
    yesterday = QDateTime.fromSecsSinceEpoch(int(clock().timestamp()) - 86_400)
    dialog.at.setDateTime(yesterday)
    press_ok(dialog)
    assert dialog.isVisible()
    shown = {n: m.text() for n, m in dialog.messages.items() if m.isVisible()}
    assert shown == {
        "at": "This time has passed: choose a later one.",
        "scenario": "Describe what the drill plays out.",
        "departments": "Choose at least one department to take part.",
    }
    assert dialog.focusWidget() is dialog.at

    dialog.at.setDateTime(yesterday.addDays(3))
    dialog.departments["coordination"].setChecked(True)
    QTest.keyClicks(dialog.scenario, "Complaint storm after a delivery failure")
    assert not any(m.isVisible() for m in dialog.messages.values())
    plans.retire(PLAN, 1, "someone else")  # meanwhile, at another desk
    press_ok(dialog)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=30_000)
    assert "no approved version" in dialog.problem.text()
    assert dialog.problem.text().startswith("The drill was not scheduled: ")
    assert dialog.isVisible() and not dialog.busy and dialog.ok_button.isEnabled()
    assert dialog.scenario.toPlainText() == "Complaint storm after a delivery failure"
    assert dialog.request().departments == ("coordination",)
    assert drills.drills() == []
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_cancelling_asks_for_a_reason_and_refuses_a_drill_changed_meanwhile(
    qtbot: QtBot, make_panel: PanelFactory, drills: DrillService
) -> None:
    first = schedule(drills, day=2)
    second = schedule(drills, OTHER, day=3, level="general", departments=("marketing",))
    panel = make_panel("en")
    cancel = panel.buttons["cancel"]
    assert not cancel.isEnabled()
    panel.drill_view.selectRow(panel.drill_model.find(first.id) or 0)
    assert cancel.isEnabled()
    cancel.click()
    dialog = find_open(qtbot, CancelDrillDialog)
    assert "24-hour customer service guarantee plan" in dialog.explanation.text()
    press_ok(dialog)  # no reason yet
    assert dialog.isVisible()
    assert dialog.problem.text() == "Give a reason for cancelling the drill."
    QTest.keyClicks(dialog.reason_edit, "Clashes with the 618 sales peak")
    press_ok(dialog)
    qtbot.waitUntil(lambda: drill_row(panel, first.id)[6] == "cancelled", timeout=30_000)
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    cancelled = drills.drills(PLAN)[0]
    assert (cancelled.status, cancelled.note) == ("cancelled", "Clashes with the 618 sales peak")
    row = panel.drill_model.find(first.id)
    assert row is not None
    assert colour(panel.drill_model, row, 1, Qt.ItemDataRole.ForegroundRole) == MUTED_COLOUR
    assert not cancel.isEnabled()  # the cancelled drill is still selected

    panel.drill_view.selectRow(panel.drill_model.find(second.id) or 0)
    again = panel.ask_cancel()
    assert again is not None
    drills.cancel(second.id, "someone else", "moved to July")  # at another desk, meanwhile
    QTest.keyClicks(again.reason_edit, "No longer needed")
    press_ok(again)
    box = find_open(qtbot, QMessageBox, "messageBox")
    scenario = "'Hotline system down at the evening peak'"
    assert f"{second.id} {scenario} was cancelled" in box.text()
    assert "by someone else" in box.text()
    assert "your change was not saved" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: drill_row(panel, second.id)[6] == "cancelled", timeout=30_000)
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    assert drills.drills(OTHER)[0].note == "moved to July"


def test_a_plan_not_drilled_within_its_interval_shows_overdue_in_red(
    qtbot: QtBot, make_panel: PanelFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    drill = declare(incidents, is_drill=True, title="Spring drill")
    incidents.declare(OTHER, "sudden_surge", "general", "A real surge is no drill", ACTOR)
    panel = make_panel("en")
    model = panel.standing_model
    assert model.rowCount() == 5
    drilled = standing_row(panel, PLAN)
    assert cells(model, drilled) == [
        "24-hour customer service guarantee plan",
        "every 1 year",
        when.date_text(drill.declared_at),
        when.date_text(drill.declared_at.replace(year=2027)),
        "none scheduled",
    ]
    assert colour(model, drilled, 3, Qt.ItemDataRole.ForegroundRole) == ""
    late = standing_row(panel, OTHER)
    assert cells(model, late)[:4] == [
        "Customer-surge diversion plan",
        "every 1 year",
        "never",
        f"{when.date_text(APPROVED.replace(year=2026))} · overdue",
    ]
    assert colour(model, late, 3, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert colour(model, late, 3, Qt.ItemDataRole.BackgroundRole) != ""
    assert panel.standings_box.title() == "Drill standing by plan (4 overdue)"
    assert OVERDUE_COLOUR in panel.standings_box.styleSheet()
    panel.standing_view.activated.emit(model.index(late, 0))  # schedule the overdue drill
    dialog = find_open(qtbot, ScheduleDrillDialog)
    assert dialog.plan.currentData() == OTHER
    panel.ask_schedule()  # asked again: the open dialog, not a second one
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, ScheduleDrillDialog)] == [
        dialog
    ]
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.reject()

    for plan_id, category in (
        ("customer-problem-handling", "technical"),
        ("customer-service-emergency", "system_failure"),
        (OTHER, "sudden_surge"),
        ("express-delivery-service", "service_attitude"),
    ):
        incidents.declare(plan_id, category, "general", "Drill", ACTOR, is_drill=True)
    with qtbot.waitSignal(panel.title_changed, timeout=30_000) as title:
        panel.refresh()
    qtbot.waitUntil(lambda: not panel.runner.busy, timeout=30_000)
    assert title.args == ["Drills"]
    assert panel.standings_box.title() == "Drill standing by plan"
    assert not any(s.overdue for s in model.rows())


def test_a_drill_incident_declared_on_the_scheduled_day_shows_it_held(
    qtbot: QtBot,
    make_panel: PanelFactory,
    drills: DrillService,
    incidents: IncidentService,
    clock: FakeClock,
) -> None:
    held = schedule(drills, day=2)
    missed = schedule(drills, OTHER, day=3, departments=("customer_service", "marketing"))
    clock.now = at_china(2, 10) + (at_china(2, 11) - at_china(2, 10)) / 2
    incident = declare(incidents, is_drill=True, title="Evening peak drill")
    panel = make_panel("zh")
    model = panel.drill_model
    row = drill_row(panel, held.id)
    assert row[1:5] == [
        "24小时客户服务保障方案",
        "较大",
        "客服执行组、技术部门",
        "Hotline system down at the evening peak",
    ]
    assert row[6] == translate("DrillColumns", "held (incident #{number})").format(
        number=incident.id
    )
    held_at = model.find(held.id)
    assert held_at is not None
    assert colour(model, held_at, 0, Qt.ItemDataRole.ForegroundRole) == MUTED_COLOUR  # past
    assert colour(model, held_at, 2, Qt.ItemDataRole.BackgroundRole) == ""
    assert model.find(missed.id) == 0  # coming drills first
    assert drill_row(panel, missed.id)[6] == translate("DrillColumns", "scheduled")
    standing = cells(panel.standing_model, standing_row(panel, PLAN))
    assert standing[2] == when.date_text(incident.declared_at)

    clock.now = at_china(4, 9)  # the other drill's day went by without a drill incident
    reread(qtbot, panel)
    assert drill_row(panel, missed.id)[6] == translate("DrillColumns", "not held")
    assert panel.drill_model.find(held.id) == 1  # past drills, the latest first
    panel.drill_view.selectRow(0)
    assert not panel.buttons["cancel"].isEnabled()
    assert panel.ask_cancel() is None
