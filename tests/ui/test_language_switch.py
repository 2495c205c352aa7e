"""Switching the language in View → Language while the application runs: the user stays signed
in, the windows come back in the new language showing the same things (tab, plan, command
board, checklist, review, where they were), a review's unsaved edits are asked about first
(Cancel cancels the switch), and during a database outage the switch waits for the database.

The real sign-in flow on a real SQLite library; every wait is a condition, never a sleep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from time import monotonic

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from commandpost.access import Role
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.services.users import UserService
from commandpost.ui.i18n import choose_language, current_language, save_language, saved_language
from commandpost.ui.language_menu import LanguageMenu, language_menu
from commandpost.ui.main_window import MainWindow
from commandpost.ui.review_window import ReviewWindow
from commandpost.ui.sign_in import SignInDialog
from commandpost.ui.sign_in_flow import SignInFlow
from commandpost.ui.tasks import Job
from ui.conftest import FakeClock
from ui.incident_helpers import declare
from ui.review_helpers import closed_incident
from ui.ui_helpers import WindowFactory, find_open, select_plan, wait_idle
from ui.user_helpers import type_into

PLAN = "24h-service-guarantee"
PASSWORD = "correct horse battery"
WAIT = 30_000
translate = QCoreApplication.translate


@pytest.fixture
def flows(use_language: Callable[[str], None]) -> Iterator[Callable[[SignInFlow], SignInFlow]]:
    """Every flow a test starts is shut down at its end (window, dialog and worker)."""
    started: list[SignInFlow] = []

    def keep(flow: SignInFlow) -> SignInFlow:
        started.append(flow)
        return flow

    yield keep
    for flow in started:
        flow.shutdown()


@pytest.fixture
def admin(plan_library: PlanLibrary, clock: FakeClock) -> str:
    """The administrator who signs in, and the command lead the test's incidents are run by."""
    users = UserService(plan_library.database, clock)
    users.create_first_admin("admin", PASSWORD, "李建国")
    users.add("admin", "tester", PASSWORD, {Role.COMMAND_LEAD}, (), "")
    return "admin"


def signed_in(
    qtbot: QtBot,
    url: str,
    clock: FakeClock,
    flows: Callable[[SignInFlow], SignInFlow],
    user: str = "admin",
) -> tuple[SignInFlow, MainWindow]:
    """The flow started in English, ``user`` signed in, every tab of the window open."""
    flow = flows(SignInFlow(url, "en", user, clock))
    flow.start()
    dialog = find_open(qtbot, SignInDialog)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    type_into(dialog, password=PASSWORD)
    with qtbot.waitSignal(flow.window_opened, timeout=WAIT) as opened:
        QTest.keyClick(dialog.fields["password"], Qt.Key.Key_Return)
    return flow, ready(qtbot, opened.args[0])


def ready(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.desk.actions is not None, timeout=WAIT)
    qtbot.waitUntil(window.incidents.status.isHidden, timeout=WAIT)  # the list is read
    wait_idle(qtbot, window)
    return window


def switch(qtbot: QtBot, flow: SignInFlow, lang: str) -> MainWindow:
    """Choose ``lang`` in View → Language and wait for the rebuilt window, every tab open."""
    window = flow.window
    assert window is not None
    menu = language_menu(window)
    assert menu is not None
    with qtbot.waitSignal(flow.window_opened, timeout=WAIT) as opened:
        menu.actions[lang].trigger()
    rebuilt: MainWindow = opened.args[0]
    assert rebuilt is not window and not window.isVisible()
    return ready(qtbot, rebuilt)


def facts(window: QWidget) -> str:
    """The board's line of facts (plan, category, who declared, status)."""
    label = window.findChild(QLabel, "facts")
    assert label is not None
    return label.text()


def test_switching_keeps_the_user_signed_in_and_shows_the_same_things_in_chinese(
    qtbot: QtBot,
    library_url: str,
    clock: FakeClock,
    incidents: IncidentService,
    admin: str,
    flows: Callable[[SignInFlow], SignInFlow],
) -> None:
    incident = declare(incidents, title="Phones down")
    flow, window = signed_in(qtbot, library_url, clock, flows)
    select_plan(qtbot, window, PLAN, 1)
    window.show_incidents()
    window.incidents.incident_view.selectRow(0)
    board = window.incidents.open_board(incident.id)
    checklist = window.incidents.open_checklist(incident.id, "technical")
    assert board is not None and checklist is not None
    qtbot.waitUntil(lambda: board.board is not None and checklist.panel.model is not None)
    board.setGeometry(40, 30, 700, 600)  # within the offscreen screen (800 × 800)
    where = board.geometry()
    assert "24-hour customer service guarantee plan" in facts(board)

    chinese = switch(qtbot, flow, "zh")

    assert current_language() == "zh" and saved_language() == "zh"
    title = translate("MainWindow", "CommandPost — Emergency command desk")
    assert title != "CommandPost — Emergency command desk" and chinese.windowTitle() == title
    assert chinese.identity.username == "admin"  # nobody signed in again
    assert "李建国" in chinese.account.label.text()
    menu = language_menu(chinese)
    assert menu is not None and menu.actions["zh"].isChecked()
    qtbot.waitUntil(lambda: incident.id in chinese.incidents.boards, timeout=WAIT)
    assert chinese.tabs.currentWidget() is chinese.incidents
    row = chinese.panel.selected_version()
    assert row is not None and (row.plan_id, row.version) == (PLAN, 1)
    new_board = chinese.incidents.boards[incident.id]
    qtbot.waitUntil(lambda: new_board.board is not None, timeout=WAIT)
    assert "24小时客户服务保障方案" in facts(new_board)  # the plan's own text, in Chinese
    assert new_board.geometry() == where  # where it was
    (new_checklist,) = chinese.incidents.windows.checklists
    assert new_checklist.incident_id == incident.id
    assert new_checklist.panel.department() == "technical"
    selected = chinese.incidents.selected_incident()
    assert selected is not None and selected.id == incident.id
    assert not isValid(board) and not isValid(checklist)  # closed and gone

    english = switch(qtbot, flow, "en")
    assert english.windowTitle() == "CommandPost — Emergency command desk"
    qtbot.waitUntil(lambda: incident.id in english.incidents.boards, timeout=WAIT)
    again = english.incidents.boards[incident.id]
    qtbot.waitUntil(lambda: again.board is not None, timeout=WAIT)
    assert "24-hour customer service guarantee plan" in facts(again)
    assert saved_language() == "en"


def open_review(qtbot: QtBot, window: MainWindow, incident_id: int) -> ReviewWindow:
    review = window.incidents.open_review(incident_id)
    assert review is not None
    qtbot.waitUntil(lambda: review.body is not None and not review.runner.busy, timeout=WAIT)
    return review


def type_summary(review: ReviewWindow, text: str) -> None:
    assert review.body is not None
    editor = review.body.sections.editors["summary"]
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText(text)
    assert review.dirty()


def answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    box = find_open(qtbot, QMessageBox, "languageUnsavedBox")
    box.button(button).click()


def test_a_review_with_unsaved_edits_asks_first_and_cancel_cancels_the_switch(
    qtbot: QtBot,
    library_url: str,
    clock: FakeClock,
    incidents: IncidentService,
    reviews: ReviewService,
    admin: str,
    flows: Callable[[SignInFlow], SignInFlow],
) -> None:
    closed = closed_incident(incidents, clock)
    flow, window = signed_in(qtbot, library_url, clock, flows, "tester")  # writes reviews
    review = open_review(qtbot, window, closed.id)
    type_summary(review, "Agents added within the hour.")
    menu = language_menu(window)
    assert menu is not None

    menu.actions["zh"].trigger()
    answer(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(menu.actions["en"].isChecked, timeout=WAIT)
    assert flow.window is window and review.isVisible() and review.dirty()
    assert current_language() == "en"

    with qtbot.waitSignal(flow.window_opened, timeout=WAIT) as opened:
        menu.actions["zh"].trigger()
        answer(qtbot, QMessageBox.StandardButton.Save)
    chinese = ready(qtbot, opened.args[0])
    assert reviews.review(closed.id, "tester").summary == "Agents added within the hour."
    qtbot.waitUntil(lambda: closed.id in chinese.incidents.windows.reviews, timeout=WAIT)
    again = chinese.incidents.windows.reviews[closed.id]
    qtbot.waitUntil(lambda: again.body is not None, timeout=WAIT)
    assert again.body is not None
    assert again.body.sections.editors["summary"].toPlainText() == "Agents added within the hour."

    type_summary(again, "这段不保存")
    with qtbot.waitSignal(flow.window_opened, timeout=WAIT) as opened:
        language = language_menu(chinese)
        assert language is not None
        language.actions["en"].trigger()
        answer(qtbot, QMessageBox.StandardButton.Discard)
    english = ready(qtbot, opened.args[0])
    qtbot.waitUntil(lambda: closed.id in english.incidents.windows.reviews, timeout=WAIT)
    reopened = english.incidents.windows.reviews[closed.id]
    qtbot.waitUntil(lambda: reopened.body is not None and not reopened.runner.busy)
    assert not reopened.dirty()
    assert reviews.review(closed.id, "tester").summary == "Agents added within the hour."


def test_during_an_outage_the_switch_waits_for_the_database(
    qtbot: QtBot,
    library_url: str,
    clock: FakeClock,
    admin: str,
    flows: Callable[[SignInFlow], SignInFlow],
) -> None:
    flow, window = signed_in(qtbot, library_url, clock, flows)
    watch = window.connection
    assert watch is not None
    answers = {"down": True}

    def probe(_url: str) -> None:
        if answers["down"]:
            raise OSError("nothing answered")

    watch.probe, watch.backoff = probe, (0.05,)
    saved: list[str] = []
    change = Job(lambda: saved.append("saved"), lambda _r: None, lambda _e: None, monotonic())
    assert watch.database.availability.lose()
    qtbot.waitUntil(lambda: watch.since is not None, timeout=WAIT)
    watch.take_failure(window.runner, change, ConnectionError("server gone"), change=True)
    assert watch.held_count == 1  # a change under way when the database went
    menu = language_menu(window)
    assert menu is not None
    menu.actions["zh"].trigger()
    qtbot.waitUntil(lambda: "database can be reached again" in window.statusBar().currentMessage())
    assert flow.window is window and current_language() == "en"
    assert saved_language() == "zh"  # the choice is kept meanwhile

    with qtbot.waitSignal(flow.window_opened, timeout=WAIT) as opened:
        answers["down"] = False
        watch.retry_now()
    chinese = ready(qtbot, opened.args[0])
    assert saved == ["saved"]  # the held change was saved before the window went
    assert current_language() == "zh"
    assert chinese.windowTitle() == translate("MainWindow", "CommandPost — Emergency command desk")


def test_a_window_without_a_sign_in_flow_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    menu = language_menu(window)
    assert isinstance(menu, LanguageMenu) and menu.actions["en"].isChecked()
    view = window.menuBar().findChild(QMenu, "viewMenu")
    assert view is not None and menu.menu.menuAction() in view.actions()
    menu.actions["zh"].trigger()
    assert saved_language() == "zh"
    assert window.statusBar().currentMessage() == (
        "The language changes the next time CommandPost starts."
    )


def test_the_saved_language_is_used_unless_lang_is_given() -> None:
    assert saved_language() is None
    save_language("zh")
    assert saved_language() == "zh"
    assert choose_language(None, QLocale("en_US"), saved=saved_language()) == "zh"
    assert choose_language("en", QLocale("zh_CN"), saved=saved_language()) == "en"
    assert choose_language(None, QLocale("zh_CN"), saved=None) == "zh"


def test_the_rebuilt_window_uses_the_same_open_library(
    qtbot: QtBot,
    library_url: str,
    clock: FakeClock,
    admin: str,
    flows: Callable[[SignInFlow], SignInFlow],
) -> None:
    flow, window = signed_in(qtbot, library_url, clock, flows)
    library = window.account.library
    chinese = switch(qtbot, flow, "zh")
    assert library is not None
    assert chinese.account.library is library  # not opened again: the same library, reused
