"""The first-run walkthrough: a few pages with pictures, moved through with the keyboard, shown
once after the first sign-in and again from Help; its last page opens the sample drill."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from commandpost.services.startup import open_library
from commandpost.ui import sample_drill
from commandpost.ui.main_window import MainWindow
from commandpost.ui.walkthrough import Walkthrough, show_first_time, was_shown
from ui.conftest import ACTOR
from ui.ui_helpers import WindowFactory, wait_idle


@pytest.fixture
def tour(qtbot: QtBot, use_language: Callable[[str], None]) -> Callable[[str], Walkthrough]:
    def make(lang: str = "en") -> Walkthrough:
        use_language(lang)
        dialog = Walkthrough()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()  # as shown over the window; its keys work in the active one
        qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)
        return dialog

    return make


def _colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_each_page_has_a_title_words_and_a_picture(tour: Callable[[str], Walkthrough]) -> None:
    dialog = tour("en")
    assert 4 <= len(dialog.pages) <= 6
    assert [p.key for p in dialog.pages] == ["overview", "board", "checklist", "alerts", "sample"]
    for number, page in enumerate(dialog.pages):
        dialog.show_page(number)
        assert dialog.title.text() == page.title
        assert len(dialog.body.text()) > 200
        picture = dialog.picture.grab().toImage()
        assert _colours(picture) > 25, f"the picture of {page.key} is drawn, not an empty box"
        assert dialog.position.text() == f"Page {number + 1} of {len(dialog.pages)}"


def test_it_is_moved_through_with_the_keyboard(
    qtbot: QtBot, tour: Callable[[str], Walkthrough]
) -> None:
    dialog = tour("en")
    QTest.keyClick(dialog.next, Qt.Key.Key_Right)
    assert dialog.index == 1
    QTest.keyClick(dialog.next, Qt.Key.Key_Return)  # Enter: the default button, Next
    assert dialog.index == 2
    QTest.keyClick(dialog.next, Qt.Key.Key_Left)
    assert dialog.index == 1
    assert dialog.back.isEnabled()
    for _ in range(10):
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_PageDown)
    assert dialog.index == len(dialog.pages) - 1, "it stops at the last page"
    assert dialog.sample.isVisible() and not dialog.next.isVisible()
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter: done
    assert not dialog.isVisible()


def test_escape_closes_it_on_any_page(qtbot: QtBot, tour: Callable[[str], Walkthrough]) -> None:
    dialog = tour("en")
    dialog.show_page(2)
    QTest.keyClick(dialog.next, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_chinese_tour_speaks_the_glossary(tour: Callable[[str], Walkthrough]) -> None:
    dialog = tour("zh")
    titles = [p.title for p in dialog.pages]
    assert titles[1:4] == ["指挥看板", "部门任务清单", "提醒显示在哪里"]
    text = "".join(p.body for p in dialog.pages)
    for word in ("应急预案", "应急领导小组", "联络员", "突发事件", "进展报告", "演练", "复盘"):
        assert word in text
    for phase in ("预警", "启动", "执行", "监控", "结束"):
        assert phase in dialog.pages[1].body
    assert dialog.sample.text() == "打开演练示例(&S)"


def test_help_opens_the_tour_and_its_last_page_the_sample_drill(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []

    def start(program: str, arguments: list[str]) -> tuple[bool, int]:
        started.append([program, *arguments])
        return True, 4242

    monkeypatch.setattr("commandpost.ui.sample_drill.QProcess.startDetached", start)
    window = make_window("en")
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert isinstance(help_menu, QMenu)
    names = [a.objectName() for a in help_menu.actions()]
    assert names[:2] == ["action:walkthrough", "action:sample_drill"]

    window.menu_actions["walkthrough"].trigger()
    dialog = window.findChild(Walkthrough, "walkthrough")
    assert isinstance(dialog, Walkthrough) and dialog.isVisible()
    window.menu_actions["walkthrough"].trigger()
    assert len(window.findChildren(Walkthrough)) == 1, "asked again: the same tour"
    dialog.show_page(len(dialog.pages) - 1)
    QTest.mouseClick(dialog.sample, Qt.MouseButton.LeftButton)
    assert started == [sample_drill.sample_argv("en")]
    assert not dialog.isVisible()
    assert "sample drill" in window.statusBar().currentMessage()
    window.close()


def test_it_shows_itself_once_after_the_first_sign_in(
    qtbot: QtBot, library_url: str, use_language: Callable[[str], None]
) -> None:
    use_language("en")

    def signed_in() -> tuple[MainWindow, bool]:
        window = MainWindow(lambda: open_library(library_url), library_url, "en", ACTOR)
        qtbot.addWidget(window)
        first = show_first_time(window)
        window.show()
        with qtbot.waitSignal(window.desk_ready, timeout=30_000):
            window.start()
        wait_idle(qtbot, window)
        for _ in range(3):  # the tour comes right after the tabs, from the event loop
            QCoreApplication.processEvents()
        return window, first

    assert not was_shown()
    window, first = signed_in()
    found = window.findChild(Walkthrough, "walkthrough")
    assert first and isinstance(found, Walkthrough) and found.isVisible() and found.index == 0
    assert was_shown()
    window.close()

    again, first = signed_in()
    assert not first and again.findChild(Walkthrough) is None
    again.close()
