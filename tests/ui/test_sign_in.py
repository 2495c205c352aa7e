"""Signing in: the first run makes the administrator, a wrong password is refused and five lock
the account (on the test's clock), signing out asks again, changing one's own password.

Real dialogs driven with the keyboard and mouse, on a real SQLite library, users made through the
real UserService; every wait is a condition.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commandpost.access import Role
from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import open_library
from commandpost.services.users import UserService
from commandpost.ui.main_window import MainWindow
from commandpost.ui.sign_in import (
    ChangePasswordDialog,
    FirstRunDialog,
    SignInDialog,
    remember_user,
)
from commandpost.ui.sign_in_flow import SignInFlow
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.user_words import local_time
from ui.conftest import FakeClock
from ui.ui_helpers import find_open
from ui.user_helpers import press_ok, type_into

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


@pytest.fixture
def users(plan_library: PlanLibrary, clock: FakeClock) -> UserService:
    """The user service on the stocked library, an admin and a liaison in it."""
    service = UserService(plan_library.database, clock)
    service.create_first_admin("admin", ADMIN_PASSWORD, "Chief Admin")
    service.add("admin", "wang", "liaison-pass", {Role.LIAISON}, {"customer_service"}, "王五")
    return service


def start_flow(qtbot: QtBot, url: str, clock: FakeClock, user: str | None = None) -> SignInFlow:
    flow = SignInFlow(url, "en", user, clock)
    flow.start()
    return flow


@pytest.fixture
def flows() -> Iterator[Callable[[SignInFlow], SignInFlow]]:
    """Every flow a test starts is shut down at its end (window, dialog and worker)."""
    started: list[SignInFlow] = []

    def keep(flow: SignInFlow) -> SignInFlow:
        started.append(flow)
        return flow

    yield keep
    for flow in started:
        flow.shutdown()


def test_first_run_creates_the_admin_and_shows_the_window(
    qtbot: QtBot, library_url: str, clock: FakeClock, flows: Callable[[SignInFlow], SignInFlow]
) -> None:
    flow = flows(start_flow(qtbot, library_url, clock))
    dialog = find_open(qtbot, FirstRunDialog)
    assert flow.window is None  # nothing of the database before someone signed in

    type_into(dialog, username="li", password="short", passwordAgain="shorter")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        "A password needs at least 8 characters.\nThe two passwords are not the same."
    )

    type_into(
        dialog,
        username="li.jianguo",
        displayName="李建国",
        password=ADMIN_PASSWORD,
        passwordAgain=ADMIN_PASSWORD,
    )
    with qtbot.waitSignal(flow.window_opened, timeout=30_000) as opened:
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    assert isinstance(window, MainWindow) and window.isVisible()
    qtbot.waitUntil(lambda: not window.runner.busy and window.panel.plan_model.rowCount() > 0)
    assert window.identity.username == "li.jianguo" and window.identity.roles == {Role.ADMIN}
    qtbot.waitUntil(lambda: window.account.label.text() == "Signed in: 李建国 (admin)")
    assert window.menu_actions["users"].isVisible() and window.menu_actions["users"].isEnabled()

    check = open_library(library_url)
    try:
        assert [u.username for u in UserService(check.database).users()] == ["li.jianguo"]
    finally:
        check.close()


def test_a_wrong_password_is_refused_and_five_lock_the_account(
    qtbot: QtBot, users: UserService, clock: FakeClock, runner: TaskRunner
) -> None:
    dialog = SignInDialog(runner, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()  # the database is still opening
    dialog.set_users(users)
    assert dialog.fields["password"].hasFocus() or not dialog.isActiveWindow()

    for attempt in range(4):
        type_into(dialog, password=f"wrong-{attempt}")
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.problem.text() == "The user name or the password is not right."
        assert dialog.fields["password"].text() == ""  # cleared for the next try

    type_into(dialog, password="wrong-4")
    press_ok(qtbot, dialog)
    until = local_time(clock.now + timedelta(minutes=15))
    assert dialog.problem.text() == (
        f"Too many wrong passwords: this account is locked until {until}."
    )

    type_into(dialog, password=ADMIN_PASSWORD)  # the right one: still locked
    press_ok(qtbot, dialog)
    assert "locked until" in dialog.problem.text() and dialog.identity is None

    clock.advance(minutes=16)
    type_into(dialog, password=ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=30_000) as signed:
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert signed.args[0].username == "admin" and not dialog.isVisible()


def test_a_disabled_user_and_empty_fields_are_told_in_the_dialog(
    qtbot: QtBot, users: UserService, runner: TaskRunner
) -> None:
    users.disable("admin", "wang")
    dialog = SignInDialog(runner, "")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_users(users)
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == "Enter your user name."
    type_into(dialog, username="WANG", password="liaison-pass")  # names ignore case
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == "This account is disabled. Ask an administrator."


def test_sign_in_remembers_the_user_and_signing_out_asks_again(
    qtbot: QtBot,
    library_url: str,
    clock: FakeClock,
    flows: Callable[[SignInFlow], SignInFlow],
    tmp_path: Path,
) -> None:
    library = open_library(library_url)
    try:
        UserService(library.database, clock).create_first_admin("admin", ADMIN_PASSWORD)
        UserService(library.database, clock).add(
            "admin", "wang", "liaison-pass", {Role.LIAISON}, {"customer_service"}, "王五"
        )
    finally:
        library.close()
    remember_user("wang")
    flow = flows(start_flow(qtbot, library_url, clock))
    dialog = find_open(qtbot, SignInDialog)
    assert dialog.fields["username"].text() == "wang"  # the last one on this desktop
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=30_000)
    type_into(dialog, password="liaison-pass")
    with qtbot.waitSignal(flow.window_opened, timeout=30_000) as opened:
        QTest.keyClick(dialog.fields["password"], Qt.Key.Key_Return)
    window = opened.args[0]
    qtbot.waitUntil(lambda: window.desk.alerts is not None, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            window.account.label.text() == "Signed in: 王五 (department liaison · Customer Service)"
        ),
        timeout=30_000,
    )
    assert not window.menu_actions["users"].isVisible()
    assert not window.menu_actions["audit"].isVisible()

    window.menu_actions["sign_out"].trigger()
    again = find_open(qtbot, SignInDialog)
    assert again is not dialog and not window.isVisible() and flow.window is None
    qtbot.waitUntil(again.ok_button.isEnabled, timeout=30_000)
    with qtbot.waitSignal(flow.finished, timeout=10_000) as finished:
        again.reject()  # Cancel ends the application
    assert finished.args == [0]


def test_a_user_changes_their_own_password(
    qtbot: QtBot, users: UserService, runner: TaskRunner
) -> None:
    dialog = ChangePasswordDialog(runner, users, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, currentPassword="not-mine", password="new-password", passwordAgain="new")
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == "The two passwords are not the same."
    type_into(dialog, passwordAgain="new-password")
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == "The current password is not right."
    type_into(dialog, currentPassword="liaison-pass")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert users.sign_in("wang", "new-password").username == "wang"


def test_a_database_that_cannot_be_opened_is_said_before_anyone_signs_in(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, flows: Callable[[SignInFlow], SignInFlow]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    flow = SignInFlow(f"sqlite:///{blocker}/t.sqlite3", "en", None, clock)
    flows(flow)
    with qtbot.waitSignal(flow.fatal, timeout=30_000) as fatal:
        flow.start()
    assert "Cannot open the database" in fatal.args[0]
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, SignInDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )
