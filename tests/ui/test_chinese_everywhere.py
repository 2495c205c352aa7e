"""In Chinese, no window shows an English word: every main window and dialog is built in Chinese
on real data (an incident under way with alerts, a warning, a closed incident with its review, a
drill, users), and every text a user can see is walked (``ui/text_walk.py``): labels, buttons,
titles, tooltips, placeholders, menus and actions, tabs, table headers and cells, combo items.

A word of ASCII letters fails the test unless it is a product or technical name, a key, or the
test's own data (user names, plan ids); Qt's own dialogs are checked the same way. A string added
to the code without ``tr()``, English built by formatting, or a plan text shown in English in
Chinese all fail here.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from commandpost.access import Role
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.users import UserService
from commandpost.ui.main_window import MainWindow
from commandpost.ui.tasks import TaskRunner
from ui.conftest import FakeClock
from ui.incident_helpers import ACTOR, BoardFactory, ChecklistFactory, declare
from ui.review_helpers import ReviewFactory, closed_incident
from ui.text_walk import english_words, shown_texts, untranslated
from ui.ui_helpers import WindowFactory, find_open, select_plan, wait_idle

PLAN = "24h-service-guarantee"
PASSWORD = "a long enough password"
WAIT = 30_000


@pytest.fixture
def data(plan_library: PlanLibrary) -> list[str]:
    """What the test's data may show as it is: user names and plan ids."""
    users = ["tester", "admin", "li.jianguo", "wang", "zhao"]
    return users + [p.plan_id for p in plan_library.list_plans()]


@pytest.fixture
def staged(incidents: IncidentService, clock: FakeClock) -> tuple[IncidentSummary, IncidentSummary]:
    """A closed incident (with its review), then an incident under way for three hours with
    tasks overdue, and an open warning."""
    closed = closed_incident(
        incidents,
        clock,
        title="华东区热线排队激增",
        texts=("已增派 12 名坐席", "逐单核实物流异常订单", "需要物流部门提供订单清单"),
    )
    running = declare(incidents, level="major", title="华南区在线客服响应超时")
    incidents.tick(
        incidents.find_task(running.id, "cs-start-coordination").id, ACTOR, note="已协调"
    )
    incidents.warn(PLAN, {"waiting_customers": 900}, ACTOR, "西北区排队客户数超过预警线")
    clock.advance(minutes=40)
    return closed, running


@pytest.fixture
def users(plan_library: PlanLibrary, clock: FakeClock) -> UserService:
    service = UserService(plan_library.database, clock)
    service.create_first_admin("admin", PASSWORD, "张管理")
    service.add("admin", "li.jianguo", PASSWORD, {Role.COMMAND_LEAD}, (), "李建国")
    service.add("admin", "wang", PASSWORD, {Role.LIAISON}, {"customer_service"}, "王五")
    service.add("admin", "zhao", PASSWORD, {Role.OBSERVER}, (), "")
    service.add("admin", ACTOR, PASSWORD, {Role.ADMIN}, (), "")  # who the window acts as
    return service


def english_in(widget: QWidget, data: list[str]) -> list[str]:
    assert shown_texts(widget), "nothing walked: the widget is not shown"
    return untranslated(widget, data)


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.fixture
def closing_dialogs() -> Iterator[None]:
    """Whatever dialog a test leaves open is closed (and its worker stopped) at the end."""
    yield
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()
        for runner in dialog.findChildren(TaskRunner):
            runner.shutdown()


def main_window(qtbot: QtBot, make_window: WindowFactory, clock: FakeClock) -> MainWindow:
    window = make_window("zh", now=clock, reminders=True)
    qtbot.waitUntil(lambda: window.desk.alerts is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.desk.actions is not None, timeout=WAIT)
    bridge = window.desk.bridge
    assert bridge is not None
    qtbot.waitUntil(lambda: bridge.engine is not None and bridge.engine.passes >= 1, timeout=WAIT)
    qtbot.waitUntil(lambda: window.alerts.model.rowCount() > 0, timeout=WAIT)
    wait_idle(qtbot, window)
    return window


def test_the_main_window_and_every_tab_in_chinese(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    staged: tuple[IncidentSummary, IncidentSummary],
    data: list[str],
) -> None:
    window = main_window(qtbot, make_window, clock)
    select_plan(qtbot, window, PLAN)
    found = english_in(window, data)
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait_idle(qtbot, window)
        if window.tabs.currentWidget() is window.desk.incidents:
            window.incidents.incident_view.selectRow(0)
        found += english_in(window, data)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_board_checklist_and_review_in_chinese(
    qtbot: QtBot,
    make_board: BoardFactory,
    make_checklist: ChecklistFactory,
    make_review: ReviewFactory,
    staged: tuple[IncidentSummary, IncidentSummary],
    data: list[str],
) -> None:
    closed, running = staged
    board = make_board(running.id, "zh")
    found = english_in(board, data)
    checklist = make_checklist(running.id, "customer_service", "zh")
    checklist.panel.set_filter("all")
    found += english_in(checklist, data)
    review = make_review(closed.id, "zh")
    for index in range(review.body.tabs.count() if review.body is not None else 0):
        assert review.body is not None
        review.body.tabs.setCurrentIndex(index)
        found += english_in(review, data)
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_main_windows_dialogs_in_chinese(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    staged: tuple[IncidentSummary, IncidentSummary],
    data: list[str],
    closing_dialogs: None,
) -> None:
    from commandpost.ui.connection_dialog import open_connection_dialog
    from commandpost.ui.declare_dialog import DeclareDialog
    from commandpost.ui.drill_dialog import ScheduleDrillDialog
    from commandpost.ui.shortcuts_help import open_shortcuts_help

    window = main_window(qtbot, make_window, clock)
    select_plan(qtbot, window, PLAN)
    found: list[str] = []

    def walk(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        wait_idle(qtbot, window)
        found.extend(english_in(dialog, data))
        dialog.close()

    window.declare()
    walk(find_open(qtbot, DeclareDialog))
    drills = window.desk.drills
    assert drills is not None
    drills.ask_schedule(PLAN)
    walk(find_open(qtbot, ScheduleDrillDialog))
    transition = window.ask_transition("retire")
    assert transition is not None
    walk(transition)
    walk(open_shortcuts_help(window))
    walk(open_connection_dialog(window, None))
    walk(window.desk.exports.ask_batch() or QWidget())
    assert not found, "\n".join(dict.fromkeys(found))


def test_users_audit_and_sign_in_in_chinese(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    staged: tuple[IncidentSummary, IncidentSummary],
    users: UserService,
    data: list[str],
    closing_dialogs: None,
) -> None:
    from commandpost.ui.sign_in import ChangePasswordDialog, FirstRunDialog, SignInDialog

    window = main_window(qtbot, make_window, clock)
    qtbot.waitUntil(lambda: window.account.users is not None, timeout=WAIT)
    found: list[str] = []
    users_dialog = window.account.open_users()
    assert users_dialog is not None
    qtbot.waitUntil(lambda: users_dialog.model.rowCount() > 0, timeout=WAIT)
    found += english_in(users_dialog, data)
    users_dialog.close()
    audit = window.account.open_audit()
    assert audit is not None
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=WAIT)
    found += english_in(audit, data)
    audit.close()

    runner = TaskRunner()
    try:
        sign_in = SignInDialog(runner, "admin")
        qtbot.addWidget(sign_in)
        sign_in.show()
        sign_in.set_users(users)
        found += english_in(sign_in, data)
        first = FirstRunDialog(runner, users)
        qtbot.addWidget(first)
        first.show()
        found += english_in(first, data)
        change = ChangePasswordDialog(runner, users, "admin", window)
        qtbot.addWidget(change)
        change.show()
        found += english_in(change, data)
    finally:
        runner.shutdown()
    assert not found, "\n".join(dict.fromkeys(found))


def test_qt_s_own_dialogs_and_menus_in_chinese(
    qtbot: QtBot,
    make_window: WindowFactory,
    clock: FakeClock,
    staged: tuple[IncidentSummary, IncidentSummary],
    data: list[str],
    closing_dialogs: None,
) -> None:
    window = main_window(qtbot, make_window, clock)
    found: list[str] = []
    dialog = window.choose_import_file()
    assert dialog is not None
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    found += english_in(dialog, data)
    labels = {w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")}
    assert "查找范围(&L)：" in labels  # shown in English by Qt's own catalogue
    dialog.close()

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "确认",
        "确认？",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Close,
        window,
    )
    qtbot.addWidget(box)
    box.open()
    found += english_in(box, data)
    box.close()

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Help,
        window,
    )
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "取消"  # Qt's QPlatformTheme context
    found += [f"button box: {b.text()!r}" for b in buttons.buttons() if english_words(b.text())]

    edit = QLineEdit(window)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts and all("&" not in t or "(&" in t for t in texts)
    found += [f"line edit menu: {t!r}" for t in texts if untranslated_text(t, data)]
    assert not found, "\n".join(dict.fromkeys(found))


def untranslated_text(text: str, data: list[str]) -> bool:
    return bool(english_words(text.split("\t", maxsplit=1)[0], data))


def test_the_walk_finds_an_english_word(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QLabel("导出 PDF（Ctrl+E）"))
    layout.addWidget(QLabel("Opening the plans…"))
    holder.show()
    assert untranslated(holder) == ["QLabel#?: 'Opening the plans…'"]
    assert english_words("数据库：sqlite:////tmp/t.sqlite3，用户 tester", ["tester"]) == []
    assert english_words("截止 2 h 05 min") == ["min"]


def test_our_fixes_to_qt_s_catalogue_are_compiled_from_their_source(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    built = tmp_path / "qt_extra_zh_CN.qm"
    tools = Path(sys.executable).parent
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(folder / "qt_extra_zh_CN.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (folder / "qt_extra_zh_CN.qm").read_bytes()
