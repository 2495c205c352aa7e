"""What the core says reaches a Chinese window in Chinese: a refusal of the permission check, a
database that cannot be opened, a wrong password, the notes CommandPost writes into a plan's
history. The English window keeps the English sentences the core has always said.

Real services on a real SQLite library, real windows driven with qtbot; the core's templates are
translated by the same catalogue as the window's own strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from commandpost.access import Identity, Role
from commandpost.messages import QT_TRANSLATE_NOOP, Moment
from commandpost.services.incident_base import ChangedMeanwhileError
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.users import UserService
from commandpost.store.errors import DatabaseUnavailableError, failure_reason
from commandpost.ui import when
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.core_words import describe, say
from commandpost.ui.sign_in import SignInDialog
from commandpost.ui.tasks import TaskRunner
from ui.conftest import FakeClock
from ui.incident_helpers import click_tick, declare, task
from ui.ui_helpers import WindowFactory, find_open, select_plan
from ui.user_helpers import press_ok, type_into

PASSWORD = "a long enough password"


@pytest.fixture
def people(plan_library: PlanLibrary, clock: FakeClock) -> UserService:
    users = UserService(plan_library.database, clock)
    users.create_first_admin("admin", PASSWORD, "Chief Admin")
    users.add("admin", "tester", PASSWORD, {Role.COMMAND_LEAD}, (), "李建国")
    users.add("admin", "wang", PASSWORD, {Role.LIAISON}, {"customer_service"}, "王五")
    return users


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def open_checklist(
    qtbot: QtBot, service: IncidentService, clock: FakeClock, incident_id: int, who: Identity
) -> ChecklistWindow:
    window = ChecklistWindow(
        service, "zh", who.username, clock, incident_id, None, 60_000, identity=who
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        window.start()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return window


def test_a_liaison_ticking_another_departments_task_is_refused_in_chinese(
    qtbot: QtBot,
    incidents: IncidentService,
    people: UserService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> None:
    """A window still showing the command-lead role an admin has just taken away: the service
    refuses the tick, and says so in Chinese, departments by their names in the plan."""
    use_language("zh")
    incident = declare(incidents)
    stale = Identity("wang", frozenset({Role.COMMAND_LEAD}), frozenset(), "王五")
    window = open_checklist(qtbot, incidents, clock, incident.id, stale)
    panel = window.panel
    panel.department_box.setCurrentIndex(panel.department_box.findData("channel_operations"))
    other = task(incidents, incident.id, "ch-route-and-link")
    click_tick(window, other.id)
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert box.text() == "wang（联络员：客服执行组）无权勾选完成任务（部门：渠道运营组）"
    box.done(0)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert task(incidents, incident.id, "ch-route-and-link").status == "open"


def test_a_wrong_password_and_a_locked_account_are_told_in_chinese(
    qtbot: QtBot,
    people: UserService,
    runner: TaskRunner,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> None:
    use_language("zh")
    dialog = SignInDialog(runner, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_users(people)
    for attempt in range(5):
        type_into(dialog, password=f"wrong-{attempt}")
        press_ok(qtbot, dialog)
        if attempt < 4:
            assert dialog.problem.text() == "用户名或密码不正确。"
    assert dialog.problem.text().startswith("密码错误次数过多：此账户已锁定至")
    assert dialog.identity is None


def test_a_database_that_cannot_be_opened_is_said_in_the_windows_language(
    use_language: Callable[[str], None],
) -> None:
    import sqlite3

    error = DatabaseUnavailableError(
        "sqlite:////nowhere/t.sqlite3",
        failure_reason(sqlite3.OperationalError("unable to open database file")),
    )
    assert describe(error) == str(error)  # no translator yet: English, as the command line says
    assert str(error) == (
        "Cannot open the database sqlite:////nowhere/t.sqlite3: "
        "the file cannot be opened or created there."
    )
    use_language("zh")
    assert (
        describe(error)
        == "无法打开数据库 sqlite:////nowhere/t.sqlite3：无法在该位置打开或创建文件。"
    )
    assert describe(ValueError("a bug")) == "a bug"  # no message: said as it is


def test_a_conflict_nests_its_words_and_writes_its_time_as_the_locale_does(
    clock: FakeClock, use_language: Callable[[str], None]
) -> None:
    use_language("zh")
    record = QT_TRANSLATE_NOOP(
        "CoreReviews", "revision {revision} of the review of incident {incident}"
    )
    what = QT_TRANSLATE_NOOP("CoreConflicts", "edited ({sections})").format(
        sections=[
            QT_TRANSLATE_NOOP("CoreConflicts", "strengths"),
            QT_TRANSLATE_NOOP("CoreConflicts", "shortcomings"),
        ]
    )
    conflict = QT_TRANSLATE_NOOP(
        "CoreConflicts",
        "{record} was {what} by {actor} at {moment} after you opened it; your change was not saved",
    ).format(
        record=record.format(revision=2, incident=7),
        what=what,
        actor="li",
        moment=Moment(clock.now, clock.now),
    )
    error = ChangedMeanwhileError(conflict)
    at = when.time_of_day(clock.now)
    assert describe(error) == (
        f"您打开事件 7 复盘的第 2 版后，它已由 li 于 {at} 编辑（做得好的方面、存在的不足）；"
        "您的修改未保存"
    )
    assert str(error).startswith("revision 2 of the review of incident 7 was edited (strengths, ")
    assert say(conflict, "en").endswith("after you opened it; your change was not saved")


def test_the_plan_history_shows_commandposts_own_notes_in_chinese(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("zh")
    select_plan(qtbot, window, "customer-surge-diversion")
    table = window.viewer.page("history").findChild(QTableWidget)
    assert table is not None
    notes = [table.item(row, 3) for row in range(table.rowCount())]
    assert [n.text() if n is not None else None for n in notes] == [
        "从 customer-surge-diversion.yaml 导入",
        "随应急指挥台提供",  # submitted for review and approved by CommandPost itself
        "随应急指挥台提供",
    ]
