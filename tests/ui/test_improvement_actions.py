"""Improvement actions in the window: added in a review, listed in the Improvement actions tab
(overdue ones red) until done, reopened with a reason, linked to the plan version they led to."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.services.reviews import ReviewService
from commandpost.ui import when
from commandpost.ui.incident_dialogs import ReasonDialog
from commandpost.ui.incident_words import OVERDUE_COLOUR
from commandpost.ui.review_actions import AddActionDialog, LinkPlanDialog
from commandpost.ui.review_window import ReviewWindow
from ui.conftest import FakeClock
from ui.incident_helpers import press_ok
from ui.review_helpers import ACTOR, PLAN, ReviewFactory, closed_incident, ctrl, reread
from ui.ui_helpers import WindowFactory, find_open, wait_idle


def add_action(qtbot: QtBot, window: ReviewWindow, text: str, due: QDate | None) -> None:
    ctrl(qtbot, window, Qt.Key.Key_N)
    dialog = find_open(qtbot, AddActionDialog)
    press_ok(dialog)  # nothing said yet
    assert dialog.isVisible() and dialog.description_problem.text() == "Say what is to be done."
    dialog.description.setPlainText(text)
    dialog.department.setCurrentIndex(dialog.department.findData("customer_service"))
    if due is not None:
        dialog.has_due.setChecked(True)
        dialog.due.setDate(due)
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    reread(qtbot, window)


def test_an_added_action_is_open_work_in_its_tab_until_done(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_window("en", now=clock)
    qtbot.waitUntil(lambda: window.desk.actions is not None, timeout=30_000)
    tab = window.desk.actions
    assert tab is not None
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 0
    review = window.incidents.open_review(incident.id)
    assert review is not None
    qtbot.waitUntil(lambda: review.review is not None and not review.runner.busy, timeout=30_000)
    yesterday = clock().astimezone().date() - timedelta(days=1)
    with qtbot.waitSignal(tab.actions_shown, timeout=30_000):
        add_action(
            qtbot,
            review,
            "Evening shift on the hotline rota",
            QDate(yesterday.year, yesterday.month, yesterday.day),
        )
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 1
    texts = [str(tab.model.data(tab.model.index(0, c))) for c in range(tab.model.columnCount())]
    assert texts[:4] == [
        f"#{incident.id} Hotline queue surge",
        "Evening shift on the hotline rota",
        "Customer-service execution group",
        when.date_text(yesterday),
    ]
    due = tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(due, QBrush) and due.color().name().upper() == OVERDUE_COLOUR
    title = window.tabs.tabText(window.tabs.indexOf(tab))
    assert title == "Improvement actions (open: 1 · overdue: 1)"

    assert review.body is not None
    review.body.action_view.selectRow(0)
    with (
        qtbot.waitSignal(tab.actions_shown, timeout=30_000),
        qtbot.waitSignal(review.action_finished, timeout=30_000),
    ):
        ctrl(qtbot, review, Qt.Key.Key_D)
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 0
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Improvement actions (open: 0)"
    review.close()


def test_a_done_action_is_reopened_with_a_reason_and_linked_to_a_plan_version(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    add_action(qtbot, window, "Name a logistics counterpart for nights", None)
    assert window.body is not None
    window.body.action_view.selectRow(0)
    assert not window.review_actions["reopen_action"].isEnabled()  # it is open
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        window.body.buttons["mark_done"].click()
    reread(qtbot, window)
    assert window.review_actions["reopen_action"].isEnabled()
    window.body.buttons["reopen_action"].click()
    dialog = find_open(qtbot, ReasonDialog)
    dialog.reason_edit.setPlainText("The rota was not published")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    reread(qtbot, window)
    (action,) = reviews.review(incident.id, ACTOR).actions
    assert action.status == "open"

    window.body.buttons["link_action"].click()
    link = find_open(qtbot, LinkPlanDialog)
    assert link.values() == (PLAN, 1)  # the incident's plan, its newest version
    link.version.setValue(1)
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(link)
    reread(qtbot, window)
    (action,) = reviews.review(incident.id, ACTOR).actions
    assert (action.plan_id, action.plan_version) == (PLAN, 1)
    link_text = window.body.action_model.data(window.body.action_model.index(0, 5))
    assert link_text == "this plan v1"
