"""The main window on a real SQLite library: listing, reading, filtering, status steps, import."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.assets import shipped_plan_files
from commandpost.plan.loader import load_plan_text
from commandpost.plan.model import Plan
from commandpost.services.startup import open_library
from commandpost.ui.dialogs import ProblemsDialog, TransitionDialog
from commandpost.ui.library_model import PLAN_COLUMNS
from commandpost.ui.main_window import MainWindow
from ui.ui_helpers import (
    WindowFactory,
    column_texts,
    find_open,
    select_plan,
    selected,
    shown,
    wait_idle,
)

REPO = Path(__file__).resolve().parents[2]


def shipped_plans() -> list[Plan]:
    return [
        load_plan_text(f.read_text(encoding="utf-8"), f.name).plan for f in shipped_plan_files()
    ]


def listed_plan_ids(window: MainWindow) -> list[str]:
    return [row.plan_id for row in window.panel.plan_model.rows()]


def test_library_lists_every_shipped_plan_once(make_window: WindowFactory) -> None:
    window = make_window("en")
    shipped = shipped_plans()
    assert sorted(listed_plan_ids(window)) == sorted(p.id for p in shipped)
    titles = {
        row.plan_id: window.panel.plan_model.data(window.panel.plan_model.index(n, 0))
        for n, row in enumerate(window.panel.plan_model.rows())
    }
    assert titles == {p.id: p.title.en for p in shipped}


def test_selecting_a_plan_shows_its_departments_and_tasks(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    plan = select_plan(qtbot, window, shipped_plans()[0].id)
    assert window.viewer.title.text() == plan.title.en
    organisation = " ".join(window.viewer.page_texts("organisation"))
    for department in plan.departments:
        assert department.name.en in organisation
    expected = [t.key for d in plan.departments for t in plan.tasks_for(d.key)]
    assert window.viewer.tasks.visible_tasks() == expected


def test_level_filter_hides_tasks_that_do_not_apply(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    plan = next(p for p in shipped_plans() if any(t.levels != "all" for t in p.tasks))
    select_plan(qtbot, window, plan.id)
    lowest = plan.levels[0]
    browser = window.viewer.tasks
    everything = browser.visible_tasks()

    browser.level_filter.setCurrentIndex(browser.level_filter.findText(lowest.name.en))

    shown = browser.visible_tasks()
    hidden = [t.key for t in plan.tasks if not t.applies_at(lowest.key)]
    assert hidden, "the chosen plan should have a task that does not apply at its lowest level"
    assert shown == [t.key for d in plan.departments for t in plan.tasks_for(d.key, lowest.key)]
    assert not set(hidden) & set(shown)
    browser.level_filter.setCurrentIndex(0)
    assert browser.visible_tasks() == everything


def test_task_time_limits_read_as_sentences(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("zh")
    plan = next(p for p in shipped_plans() if any(t.due is not None for t in p.tasks))
    select_plan(qtbot, window, plan.id)
    limits = set(column_texts(window, 2))
    assert any(re.fullmatch(r"(宣布后|阶段开始后) \d+ .+内", text) for text in limits), limits


def test_window_speaks_chinese_in_zh(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("zh")
    assert window.windowTitle() == "应急指挥台 — CommandPost"
    assert [a.text() for a in window.menuBar().actions()] == [
        "文件(&F)",
        "预案(&P)",
        "突发事件(&I)",
        "提醒(&A)",
        "视图(&V)",
        "帮助(&H)",
    ]
    model = window.panel.plan_model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "预案"
    assert model.data(model.index(0, 2)) == "已批准"
    plan = select_plan(qtbot, window, listed_plan_ids(window)[0])
    assert window.viewer.title.text() == plan.title.zh
    assert [window.viewer.tabs.tabText(i) for i in range(3)] == ["概况", "组织机构", "任务"]
    assert "未填写" in window.viewer.page_texts("organisation")
    assert window.database_label.text().startswith("数据库：")


def test_window_speaks_english_in_en(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("en")
    assert window.windowTitle() == "CommandPost — Emergency command desk"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Plan",
        "&Incidents",
        "&Alerts",
        "&View",
        "&Help",
    ]
    model = window.panel.plan_model
    assert model.data(model.index(0, 2)) == "approved"
    plan = select_plan(qtbot, window, listed_plan_ids(window)[0])
    assert window.viewer.title.text() == plan.title.en
    texts = window.viewer.page_texts("organisation")
    assert "not filled in" in texts
    assert not any(re.search(r"[\u4e00-\u9fff]", t) for t in texts)


def test_approving_a_new_version_through_the_menu_retires_the_old_one(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("en")
    source = shipped_plan_files()[0]
    plan_id = load_plan_text(source.read_text(encoding="utf-8"), source.name).plan.id
    revised = tmp_path / "revised.yaml"
    revised.write_text(
        re.sub(r"^version: 1$", "version: 2", source.read_text(encoding="utf-8"), flags=re.M),
        encoding="utf-8",
    )
    window.import_file(str(revised))
    qtbot.waitUntil(
        lambda: window.panel.selected_version() is not None and selected(window).version == 2,
        timeout=30_000,
    )
    wait_idle(qtbot, window)
    assert selected(window).status == "draft"
    assert window.menu_actions["approve"].isEnabled()

    window.menu_actions["approve"].trigger()
    dialog = find_open(qtbot, TransitionDialog)
    assert "The currently approved version 1 will be retired." in dialog.explanation.text()
    QTest.keyClicks(dialog.note_edit, "revised after the spring drill")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Approve"
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: selected(window).status == "approved", timeout=30_000)
    wait_idle(qtbot, window)
    statuses = {row.version: row.status for row in window.panel.version_model.rows()}
    assert statuses == {1: "retired", 2: "approved"}
    plan_row = next(r for r in window.panel.plan_model.rows() if r.plan_id == plan_id)
    assert (plan_row.version, plan_row.status) == (2, "approved")
    assert "approved" in window.viewer.facts.text()
    assert not window.menu_actions["approve"].isEnabled()
    history = shown(window).history
    assert history[-1].note == "revised after the spring drill"
    assert history[-1].actor == "tester"


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    select_plan(qtbot, window, listed_plan_ids(window)[0])
    window.menu_actions["retire"].trigger()
    dialog = find_open(qtbot, TransitionDialog)
    assert "no approved version" in dialog.explanation.text()
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    wait_idle(qtbot, window)
    assert selected(window).status == "approved"


def test_importing_a_malformed_file_shows_the_located_error_and_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, library_url: str, tmp_path: Path
) -> None:
    window = make_window("en")
    bad = tmp_path / "bad.yaml"
    text = (REPO / "tests" / "data" / "minimal.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("department: technical_support", "department: sales"), "utf-8")
    before = open_library(library_url).list_plans()

    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    chooser = find_open(qtbot, QFileDialog, "importDialog")
    chooser.selectFile(str(bad))
    chooser.accept()

    dialog = find_open(qtbot, ProblemsDialog)
    problems = dialog.problems.toPlainText()
    assert re.search(
        r"bad\.yaml:\d+: tasks\[1\]\.department: unknown department 'sales'", problems
    ), problems
    wait_idle(qtbot, window)
    assert open_library(library_url).list_plans() == before
    assert "minimal-plan" not in listed_plan_ids(window)
    dialog.reject()


def test_arrow_keys_move_through_the_plans(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("en")
    first, second = listed_plan_ids(window)[:2]
    select_plan(qtbot, window, first)
    view = window.panel.plan_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: window.viewer.detail is not None and window.viewer.detail.info.plan_id == second
    )
    wait_idle(qtbot, window)


def test_f5_shows_what_another_desktop_changed(
    qtbot: QtBot, make_window: WindowFactory, library_url: str
) -> None:
    window = make_window("en")
    plan_id = listed_plan_ids(window)[0]
    select_plan(qtbot, window, plan_id)
    open_library(library_url).retire(plan_id, 1, "someone else", "no longer used")

    QTest.keyClick(window, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: selected(window).status == "retired", timeout=30_000)
    wait_idle(qtbot, window)
    assert window.menu_actions["retire"].isEnabled() is False


def test_a_refused_step_is_explained_in_a_message(
    qtbot: QtBot, make_window: WindowFactory, library_url: str
) -> None:
    window = make_window("en")
    plan_id = listed_plan_ids(window)[0]
    select_plan(qtbot, window, plan_id)
    open_library(library_url).retire(plan_id, 1, "someone else")  # the window does not know yet

    window.menu_actions["retire"].trigger()
    dialog = find_open(qtbot, TransitionDialog)
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    box = find_open(qtbot, QMessageBox, "messageBox")
    assert "retired" in box.text() and "Traceback" not in box.text()
    box.accept()
    qtbot.waitUntil(lambda: selected(window).status == "retired", timeout=30_000)
    wait_idle(qtbot, window)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://cp:s3cret@db.example:5432/cp", "cp:***@db.example:5432/cp"),
        ("postgresql://cp@db.example/cp?password=s3cret", "password=***"),
    ],
)
def test_status_bar_names_the_database_without_its_password(
    qtbot: QtBot, url: str, shown: str
) -> None:
    window = MainWindow(lambda: open_library(url), url, "en", "tester")
    qtbot.addWidget(window)
    label = window.database_label.text()
    assert shown in label and "s3cret" not in label


def test_an_overdue_review_is_flagged_in_the_list_and_the_header(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    later = datetime.now(UTC) + timedelta(days=3 * 365)
    window = make_window("zh", now=later)
    plan_id = listed_plan_ids(window)[0]
    select_plan(qtbot, window, plan_id)
    model = window.panel.plan_model
    tip = model.data(model.index(0, len(PLAN_COLUMNS) - 1), Qt.ItemDataRole.ToolTipRole)
    assert "到期未复审" in str(tip)
    assert window.viewer.review.isVisible()
    assert "到期未复审" in window.viewer.review.text()


def test_ctrl_q_closes_the_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("en")
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
