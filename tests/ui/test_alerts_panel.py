"""The alerts tab on the real services and reminder engine: an overdue task's alert reaches the tab
(bold, counted in the tab and window titles), acknowledging one and all, the department filter,
double-clicking an alert opens its checklist (amber at the reminder time, red when overdue), the
engine's callback from another thread, and the tray's words and badge.

Time moves only on the test's clock; a pass of the engine is asked for (on the window's worker)
instead of waited for.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.alert_records import AlertInfo
from commandpost.services.incidents import IncidentService
from commandpost.ui.alert_tray import AlertTray, badge_icon
from commandpost.ui.alert_words import AlertNames, notification, passes
from commandpost.ui.alerts_panel import DEPARTMENT_SETTING, AlertsPanel
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.incident_words import OVERDUE_COLOUR, SOON_COLOUR
from commandpost.ui.main_window import MainWindow
from ui.conftest import FakeClock
from ui.incident_helpers import ACTOR, click_tick, declare, reread_checklist, task
from ui.ui_helpers import WindowFactory, find_open, wait_idle

TASK = "cs-start-coordination"  # customer service, due 15 min after declaring; reminded at 13
KIND, ACKNOWLEDGED = 1, 6  # columns of the alerts table
WAIT = 30_000


def open_alerts(qtbot: QtBot, window: MainWindow) -> AlertsPanel:
    """The alerts tab once its first read is shown (and the engine's first pass, if it runs)."""
    qtbot.waitUntil(lambda: window.desk.alerts is not None, timeout=WAIT)
    panel = window.alerts
    qtbot.waitUntil(lambda: panel.filter.count() > 1, timeout=WAIT)  # the plans are read
    bridge = window.desk.bridge
    assert bridge is not None
    if window.desk._reminders:
        qtbot.waitUntil(
            lambda: bridge.engine is not None and bridge.engine.passes >= 1, timeout=WAIT
        )
    wait_idle(qtbot, window)
    window.desk.show_alerts()
    return panel


def engine_pass(qtbot: QtBot, window: MainWindow) -> list[AlertInfo]:
    """Run a pass (as the engine's timer would) and wait until what it recorded is listed."""
    bridge = window.desk.bridge
    assert bridge is not None
    with qtbot.waitSignal(bridge.alerts_arrived, timeout=WAIT) as heard:
        bridge.pass_now()
    arrived: list[AlertInfo] = heard.args[0]
    panel = window.alerts
    listed = {a.id for a in arrived}
    qtbot.waitUntil(lambda: listed <= {a.id for a in panel.model.rows()}, timeout=WAIT)
    wait_idle(qtbot, window)
    return arrived


def row(panel: AlertsPanel, kind: str, task: str = TASK) -> int:
    return next(
        n
        for n, a in enumerate(panel.model.rows())
        if a.kind == kind and a.data.get("task_key") == task
    )


def is_bold(panel: AlertsPanel, number: int) -> bool:
    font = panel.model.data(panel.model.index(number, 0), Qt.ItemDataRole.FontRole)
    return isinstance(font, QFont) and font.bold()


def text(panel: AlertsPanel, number: int, column: int) -> str:
    return str(panel.model.data(panel.model.index(number, column)))


def tab_title(window: MainWindow) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.alerts))


def checklist_colour(window: ChecklistWindow, key: str) -> str:
    model = window.panel.model
    assert model is not None
    number = next(n for n, t in enumerate(model.rows()) if t.key == key)
    brush = model.data(model.index(number, 4), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    return brush.color().name().upper()


def reread(qtbot: QtBot, panel: AlertsPanel) -> None:
    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        panel.refresh()


def test_an_overdue_task_reaches_the_tab_bold_and_counted_then_is_acknowledged(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major", title="Phones down")
    window = make_window("en", now=clock, reminders=True)
    panel = open_alerts(qtbot, window)
    assert panel.model.rowCount() == 0 and tab_title(window) == "Alerts (0)"
    assert window.windowTitle() == "CommandPost — Emergency command desk"

    clock.advance(minutes=18)  # due at 15, escalated at once; overdue from 17
    arrived = engine_pass(qtbot, window)
    assert {("escalation", TASK), ("overdue", TASK)} <= {
        (a.kind, a.data.get("task_key")) for a in arrived
    }
    overdue = row(panel, "overdue")
    assert is_bold(panel, overdue)
    assert text(panel, overdue, KIND) == "Overdue"
    assert text(panel, overdue, 2) == f"#{incident.id} Phones down"
    assert text(panel, overdue, 3) == "Start cross-department coordination"
    assert text(panel, overdue, 4) == "Customer-service execution group"
    assert text(panel, overdue, 5) == "Department"
    escalation = row(panel, "escalation")
    assert text(panel, escalation, 5) == "Department head"
    foreground = panel.model.data(
        panel.model.index(escalation, KIND), Qt.ItemDataRole.ForegroundRole
    )
    assert isinstance(foreground, QBrush) and foreground.color() == QColor(OVERDUE_COLOUR)
    count = panel.model.rowCount()
    assert tab_title(window) == f"Alerts ({count})" and panel.unacknowledged == count
    assert panel.overdue >= 1
    assert window.windowTitle() == f"CommandPost — {panel.overdue} overdue"

    # Ctrl+K acknowledges the selected alert.
    panel.view.selectRow(overdue)
    shown_id = panel.model.rows()[overdue].id
    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    done = next(n for n, a in enumerate(panel.model.rows()) if a.id == shown_id)
    assert panel.model.rows()[done].acknowledged_by == ACTOR
    assert not is_bold(panel, done)
    assert text(panel, done, ACKNOWLEDGED).startswith(f"{ACTOR}, ")
    assert done == count - 1  # acknowledged alerts go below the others
    assert tab_title(window) == f"Alerts ({count - 1})"

    # Ctrl+Shift+K asks first, then acknowledges every one.
    QTest.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = find_open(qtbot, QMessageBox, "acknowledgeAllBox")
    assert f"Alerts: {count - 1}." in box.text()
    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, window)
    assert tab_title(window) == "Alerts (0)" and panel.unacknowledged == 0
    assert all(a.acknowledged_by == ACTOR for a in panel.model.rows())
    assert not any(is_bold(panel, n) for n in range(panel.model.rowCount()))
    assert window.windowTitle() == f"CommandPost — {panel.overdue} overdue"  # still overdue

    window.close()
    assert window.desk.bridge is not None and window.desk.bridge.engine is None


def test_double_click_opens_the_checklist_amber_at_the_reminder_and_red_when_overdue(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major", title="Phones down")
    window = make_window("en", now=clock, reminders=True)
    panel = open_alerts(qtbot, window)

    clock.advance(minutes=13)  # the reminder time: a sixth of the 15-minute limit early
    engine_pass(qtbot, window)
    reminder = row(panel, "reminder")
    assert text(panel, reminder, KIND) == "Reminder" and is_bold(panel, reminder)
    where = panel.view.visualRect(panel.model.index(reminder, 3)).center()
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    checklist = find_open(qtbot, ChecklistWindow)
    qtbot.waitUntil(lambda: checklist.panel.model is not None, timeout=WAIT)
    reread_checklist(qtbot, checklist)
    assert checklist.incident_id == incident.id
    assert checklist.panel.department() == "customer_service"
    assert checklist_colour(checklist, TASK) == SOON_COLOUR

    clock.advance(minutes=5)
    kinds = {a.kind for a in engine_pass(qtbot, window) if a.data.get("task_key") == TASK}
    assert kinds == {"escalation", "overdue"}  # the due notice is passed over: overdue says it
    reread_checklist(qtbot, checklist)
    assert checklist_colour(checklist, TASK) == OVERDUE_COLOUR

    # Ticking it there asks the engine for a pass at once (the window's change signal).
    with qtbot.waitSignal(window.incidents.changed, timeout=WAIT):
        click_tick(checklist, task(incidents, incident.id, TASK).id)
    qtbot.waitUntil(lambda: not checklist.runner.busy, timeout=WAIT)


def test_the_department_filter_lists_one_departments_alerts_and_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    for _phase in ("activation", "execution"):  # the other departments' deadlines start
        incidents.advance_phase(incident.id, ACTOR)
    window = make_window("en", now=clock, reminders=True)
    panel = open_alerts(qtbot, window)
    clock.advance(hours=3)  # every deadline set so far has passed
    engine_pass(qtbot, window)
    everyone = {a.department for a in panel.model.rows()}
    assert "customer_service" in everyone and len(everyone) > 1
    assert panel.filter.itemText(0) == "All departments"

    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        panel.choose_department("customer_service")
    assert panel.filter.currentText() == "Customer-service execution group"
    assert {a.department for a in panel.model.rows()} == {"customer_service"}
    assert tab_title(window) == f"Alerts ({panel.model.rowCount()})"
    assert QSettings().value(DEPARTMENT_SETTING) == "customer_service"
    later = AlertsPanel(window.runner, "en", ACTOR, clock)  # the next session starts there
    qtbot.addWidget(later)
    assert later.departments() == frozenset({"customer_service"})

    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        panel.choose_department(None)
    assert {a.department for a in panel.model.rows()} == everyone
    assert QSettings().value(DEPARTMENT_SETTING) == ""


def test_alerts_the_engine_hands_over_from_its_own_thread_reach_the_tab(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    declare(incidents, level="major")
    window = make_window("en", now=clock)  # no engine: the test plays its part
    panel = open_alerts(qtbot, window)
    bridge = window.desk.bridge
    assert bridge is not None
    clock.advance(minutes=18)
    from commandpost.services.alerts import AlertService

    service = panel.service
    assert isinstance(service, AlertService)
    on_gui_thread: list[bool] = []
    bridge.alerts_arrived.connect(
        lambda _alerts: on_gui_thread.append(threading.current_thread() is threading.main_thread())
    )

    def engine_thread() -> None:  # what the engine does on its worker: record, then tell
        bridge.deliver(service.fire().recorded)

    with qtbot.waitSignal(panel.alerts_shown, timeout=WAIT):
        with qtbot.waitSignal(bridge.alerts_arrived, timeout=WAIT):
            worker = threading.Thread(target=engine_thread)
            worker.start()
        worker.join()
    assert on_gui_thread == [True]
    assert row(panel, "overdue") >= 0 and is_bold(panel, row(panel, "overdue"))


def test_notifications_say_kind_task_and_incident_and_the_badge_shows_the_count(
    qtbot: QtBot,
) -> None:
    def alert(kind: str, department: str = "customer_service", drill: bool = False) -> AlertInfo:
        at = datetime(2026, 6, 1, 1, 15, tzinfo=UTC)
        data = {
            "title_en": "Staff the phones",
            "title_zh": "安排坐席",
            "incident_title": "Phones down",
            "is_drill": drill,
        }
        return AlertInfo(1, "k", kind, "department", at, at, 3, 7, department, data, None, None)

    names = AlertNames("en")
    assert notification(alert("overdue"), names) == (
        "Overdue",
        "Overdue: Staff the phones — incident 3 Phones down",
    )
    assert notification(alert("escalation", drill=True), names)[1] == (
        "Escalation: Staff the phones — incident 3 [DRILL] Phones down"
    )
    assert passes(alert("overdue"), None)
    assert passes(alert("overdue"), {"customer_service"})
    assert not passes(alert("overdue", "technical"), {"customer_service"})

    def red_in_corner(count: int) -> bool:
        image = badge_icon(count).pixmap(64, 64).toImage()
        return image.pixelColor(52, 8).red() > 150 and image.pixelColor(52, 8).green() < 100

    assert red_in_corner(3) and not red_in_corner(0)

    owner = QWidget()  # offscreen there is no tray: the window does without, but could hold one
    qtbot.addWidget(owner)
    assert not AlertTray.available()
    tray = AlertTray(owner)
    tray.show_counts(2, 5)
    assert tray.icon.toolTip() == "CommandPost — overdue tasks: 2 · alerts not acknowledged: 5"
    tray.notify([alert("overdue"), alert("escalation")], names)
    tray.hide()
