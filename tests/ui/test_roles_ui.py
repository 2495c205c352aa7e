"""The window follows the signed-in user's role: a liaison works their own department's tasks
only, an observer changes nothing, an admin manages users and reads the audit trail, and a review
is read-only to whoever may not write it.

On a real SQLite library with users made through the real UserService; the windows are the real
ones, built with the identity a sign-in gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from commandpost.access import Identity, Role
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.services.startup import open_library
from commandpost.services.users import UserService
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.main_window import MainWindow
from commandpost.ui.review_window import ReviewWindow
from commandpost.ui.user_forms import ResetPasswordForm, UserForm
from ui.conftest import FakeClock
from ui.incident_helpers import click_tick, declare, reread_checklist, task
from ui.review_helpers import closed_incident
from ui.ui_helpers import find_open, select_plan, wait_idle
from ui.user_helpers import press_ok, type_into

PASSWORD = "a long enough password"
NOT_ALLOWED = "Your role does not allow this."
MainFactory = Callable[[Identity], MainWindow]


@pytest.fixture
def people(plan_library: PlanLibrary, clock: FakeClock) -> UserService:
    """An admin, the command lead who declares (``tester``), a customer-service liaison and an
    observer, on the library the windows use."""
    users = UserService(plan_library.database, clock)
    users.create_first_admin("admin", PASSWORD, "Chief Admin")
    users.add("admin", "tester", PASSWORD, {Role.COMMAND_LEAD}, (), "李建国")
    users.add("admin", "wang", PASSWORD, {Role.LIAISON}, {"customer_service"}, "王五")
    users.add("admin", "zhao", PASSWORD, {Role.OBSERVER}, (), "赵六")
    return users


@pytest.fixture
def make_main(
    qtbot: QtBot, library_url: str, clock: FakeClock, use_language: Callable[[str], None]
) -> Iterator[MainFactory]:
    """The main window as a user would see it after signing in, every tab open."""

    def make(identity: Identity) -> MainWindow:
        use_language("en")
        window = MainWindow(
            lambda: open_library(library_url, clock),
            library_url,
            "en",
            identity.username,
            clock,
            reminders=False,
            identity=identity,
        )
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=30_000):
            window.start()
        qtbot.waitUntil(lambda: window.desk.drills is not None, timeout=30_000)
        qtbot.waitUntil(lambda: window.desk.actions is not None, timeout=30_000)
        wait_idle(qtbot, window)
        return window

    yield make


def refused(target: QAction | QPushButton) -> bool:
    """Disabled, and saying that the role is why."""
    return not target.isEnabled() and target.toolTip() == NOT_ALLOWED


def open_checklist(
    qtbot: QtBot, service: IncidentService, clock: FakeClock, incident_id: int, who: Identity
) -> ChecklistWindow:
    window = ChecklistWindow(
        service, "en", who.username, clock, incident_id, None, 60_000, identity=who
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        window.start()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return window


def test_a_liaison_ticks_their_own_department_tasks_and_no_other(
    qtbot: QtBot,
    incidents: IncidentService,
    people: UserService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> None:
    use_language("en")
    incident = declare(incidents)
    window = open_checklist(qtbot, incidents, clock, incident.id, people.identity("wang"))
    panel = window.panel
    assert panel.department() == "customer_service"  # a liaison's checklist opens on theirs

    own = task(incidents, incident.id, "cs-record-ticket")
    assert panel.select_task(own.id) and panel.buttons["tick"].isEnabled()
    click_tick(window, own.id)
    qtbot.waitUntil(lambda: task(incidents, incident.id, "cs-record-ticket").status == "done")
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)  # re-read after the tick
    assert panel.report.isEnabled()

    panel.department_box.setCurrentIndex(panel.department_box.findData("channel_operations"))
    other = task(incidents, incident.id, "ch-route-and-link")
    assert panel.select_task(other.id)
    for name in ("tick", "not_applicable", "assign", "note"):
        assert refused(panel.buttons[name]), name
    assert panel.buttons["detail"].isEnabled()  # reading is for everyone
    assert refused(panel.report)
    panel.view.setFocus()
    QTest.keyClick(panel.view, Qt.Key.Key_Space)  # the shortcut does nothing
    click_tick(window, other.id)  # nor does the painted check button
    assert window.ask_report() is None
    assert not window.runner.busy
    reread_checklist(qtbot, window)
    assert task(incidents, incident.id, "ch-route-and-link").status == "open"


def test_a_refusal_by_the_service_is_shown_in_its_words(
    qtbot: QtBot,
    incidents: IncidentService,
    people: UserService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> None:
    """A window still showing roles an admin has just taken away: the service refuses."""
    use_language("en")
    incident = declare(incidents)
    stale = Identity("wang", frozenset({Role.COMMAND_LEAD}), frozenset(), "王五")
    window = open_checklist(qtbot, incidents, clock, incident.id, stale)
    panel = window.panel
    panel.department_box.setCurrentIndex(panel.department_box.findData("channel_operations"))
    other = task(incidents, incident.id, "ch-route-and-link")
    click_tick(window, other.id)
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert box.text().startswith("wang (department liaison")
    assert "may not" in box.text() and "Traceback" not in box.text()
    box.done(0)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert task(incidents, incident.id, "ch-route-and-link").status == "open"


def test_an_observer_sees_every_change_action_disabled(
    qtbot: QtBot,
    make_main: MainFactory,
    incidents: IncidentService,
    people: UserService,
    clock: FakeClock,
) -> None:
    incident = declare(incidents)
    window = make_main(people.identity("zhao"))
    qtbot.waitUntil(lambda: window.account.label.text() == "Signed in: 赵六 (observer)")
    select_plan(qtbot, window, "24h-service-guarantee")
    actions = window.menu_actions
    for name in (
        "import",
        "submit",
        "approve",
        "return_to_draft",
        "retire",
        "export_binder",
        "export_batch",
        "declare",
        "acknowledge",
        "acknowledge_all",
    ):
        assert refused(actions[name]), name
    assert not actions["users"].isVisible() and not actions["audit"].isVisible()
    assert actions["change_password"].isEnabled() and actions["sign_out"].isEnabled()
    assert refused(window.incidents.buttons["declare"])
    drills = window.desk.drills
    assert drills is not None
    assert refused(drills.buttons["schedule"]) and refused(drills.schedule_action)
    assert refused(window.alerts.buttons["acknowledge_all"])
    improvements = window.desk.actions
    assert improvements is not None and refused(improvements.buttons["done"])

    board = window.incidents.open_board(incident.id)
    assert board is not None
    qtbot.waitUntil(lambda: board.board is not None, timeout=30_000)
    for name in ("raise", "phase", "add_task", "figure", "close_incident"):
        assert refused(board.board_actions[name]), name
    assert board.body is not None and refused(board.body.record_figure)

    checklist = window.incidents.open_checklist(incident.id, "customer_service")
    assert checklist is not None
    qtbot.waitUntil(lambda: checklist.panel.model is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not checklist.runner.busy, timeout=30_000)
    assert checklist.panel.select_task(task(incidents, incident.id, "cs-record-ticket").id)
    assert refused(checklist.panel.buttons["tick"]) and refused(checklist.panel.report)


def test_an_admin_adds_a_user_resets_a_password_and_reads_the_audit_trail(
    qtbot: QtBot, make_main: MainFactory, people: UserService
) -> None:
    window = make_main(people.identity("admin"))
    assert refused(window.menu_actions["declare"])  # an admin does not direct incidents
    assert window.menu_actions["import"].isEnabled()
    users_action = window.menu_actions["users"]
    assert users_action.isVisible() and users_action.isEnabled()
    users_action.trigger()
    dialog = window.account.users_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=30_000)

    form = dialog.ask_add()
    assert isinstance(form, UserForm)
    type_into(form, username="sun", displayName="孙七", password="sun-password")
    press_ok(qtbot, form)  # the second password is missing, no role is chosen
    assert form.problem.text() == ("Choose at least one role.\nThe two passwords are not the same.")
    form.choose([Role.LIAISON])
    type_into(form, passwordAgain="sun-password")
    press_ok(qtbot, form)
    assert form.problem.text() == "Choose the department liaison's departments."
    form.choose([Role.LIAISON], ["technical"])
    with qtbot.waitSignal(dialog.users_shown, timeout=30_000):
        press_ok(qtbot, form)
    assert people.identity("sun").departments == {"technical"}
    assert dialog.select("sun")

    assert dialog.select("wang")
    reset = dialog.ask_reset()
    assert isinstance(reset, ResetPasswordForm)
    type_into(reset, password="a fresh password", passwordAgain="a fresh password")
    with qtbot.waitSignal(dialog.users_shown, timeout=30_000):
        press_ok(qtbot, reset)
    assert people.sign_in("wang", "a fresh password").username == "wang"

    assert dialog.select("zhao")
    box = dialog.ask_state(disable=True)
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(dialog.users_shown, timeout=30_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert next(u for u in people.users() if u.username == "zhao").disabled

    window.menu_actions["audit"].trigger()
    audit = window.account.audit_dialog
    assert audit is not None
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=30_000)
    numbers = [r.seq for r in audit.model.rows()]
    assert numbers == sorted(numbers, reverse=True)  # newest first
    with qtbot.waitSignal(audit.verified, timeout=30_000):
        audit.buttons["verify"].click()
    assert audit.verification.text().startswith("Intact: every entry checked")
    audit.who.setText("admin")
    assert {r.actor for r in audit.model.rows()} == {"admin"}


def test_the_review_is_read_only_for_a_liaison(
    qtbot: QtBot,
    incidents: IncidentService,
    reviews: ReviewService,
    plan_library: PlanLibrary,
    people: UserService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> None:
    use_language("en")
    incident = closed_incident(incidents, clock)
    reviews.review(incident.id, "tester")  # the command lead opened it
    window = ReviewWindow(
        reviews,
        plan_library,
        incident.id,
        "en",
        "wang",
        clock,
        60_000,
        identity=people.identity("wang"),
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.review_shown, timeout=30_000):
        window.start()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert window.body is not None
    assert all(e.isReadOnly() for e in window.body.sections.editors.values())
    for name in ("sign_off", "add_action", "export"):
        assert refused(window.review_actions[name]), name
    assert refused(window.body.buttons["add_action"])
    QTest.keyClicks(window.body.sections.editors["summary"], "typed anyway")
    assert not window.dirty() and window.save() is False
