"""Light and dark appearance: the choice in the View menu, following the system, remembered at the
next start; open windows re-coloured; every hand-set colour readable in both schemes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QBrush, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.appearance import (
    DARK_CHOICE,
    LIGHT_CHOICE,
    SETTING,
    SYSTEM,
    Appearance,
    apply_appearance,
    tint,
)
from commandpost.ui.colours import DARK, LIGHT, build_palette, colours, contrast_ratio
from ui.conftest import FakeClock
from ui.incident_helpers import BoardFactory, declare, reread_board
from ui.ui_helpers import WindowFactory

TEXT = 4.5
"""WCAG AA contrast for normal-size text."""


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[Appearance]:
    """The application's appearance for this test; afterwards the palette and style the other
    tests run with are put back, and the appearance object is let go (a new start)."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    made = Appearance.of(qapp)
    made.load()
    yield made
    for left in qapp.findChildren(Appearance):  # this one, or the one made at a "new start"
        _let_go(left)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.styleHints().unsetColorScheme()


def _let_go(made: Appearance) -> None:
    made.setParent(None)
    shiboken6.delete(made)


def window_colour(widget: QWidget | None = None) -> str:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).name().upper()


def ink(drawn: QIcon) -> str:
    """The colour of an icon's fully covered pixels (the strokes)."""
    image = drawn.pixmap(QSize(24, 24)).toImage()
    inked = {
        image.pixelColor(x, y).name().upper()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert len(inked) == 1, inked
    return inked.pop()


def sheet_colour(widget: QLabel, prop: str = "color") -> str:
    found = re.search(rf"(?<![-\w]){prop}: (#[0-9A-Fa-f]{{6}})", widget.styleSheet())
    assert found, widget.styleSheet()
    return found.group(1).upper()


def test_dark_and_light_chosen_in_the_view_menu(
    qtbot: QtBot, appearance: Appearance, make_window: WindowFactory
) -> None:
    window = make_window("en")
    bar_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert bar_titles[-2:] == ["View", "Help"]  # View between Alerts and Help
    view = window.menuBar().findChild(QMenu, "viewMenu")
    assert view is not None
    menu = view.findChild(QMenu, "appearanceMenu")
    assert menu is not None
    choices = {a.objectName(): a for a in menu.actions()}
    assert [a.text() for a in menu.actions()] == ["&Follow the system", "&Light", "&Dark"]
    assert choices["appearance:system"].isChecked()  # the default

    text = QApplication.palette().color(QPalette.ColorRole.WindowText).name().upper()
    assert ink(window.tabs.tabIcon(0)) == text  # icons in the text colour
    choices["appearance:dark"].trigger()
    qtbot.waitUntil(lambda: window_colour(window.panel) == DARK.window)  # Qt posts the change
    assert window.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.25
    assert ink(window.tabs.tabIcon(0)) == DARK.text  # icons drawn again in the new colours
    assert ink(window.menu_actions["declare"].icon()) == DARK.text
    assert choices["appearance:dark"].isChecked() and not choices["appearance:system"].isChecked()
    assert QSettings().value(SETTING) == DARK_CHOICE

    choices["appearance:light"].trigger()
    qtbot.waitUntil(lambda: window_colour(window.panel) == LIGHT.window)
    assert window.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.8
    assert QSettings().value(SETTING) == LIGHT_CHOICE


def test_following_the_system_changes_with_it(qapp: QApplication, appearance: Appearance) -> None:
    appearance.choose(SYSTEM)
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop switched to dark
    assert window_colour() == DARK.window and colours() is DARK
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == LIGHT.window and colours() is LIGHT

    appearance.choose(LIGHT_CHOICE)  # a forced choice ignores the system
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == LIGHT.window


def test_the_choice_is_restored_at_the_next_start(
    qapp: QApplication, appearance: Appearance, tmp_path: Path
) -> None:
    appearance.choose(DARK_CHOICE)
    written = [p for p in (tmp_path / "qs").rglob("*") if p.is_file()]
    assert written and all(tmp_path in p.parents for p in written)  # the test's folder only
    assert any("dark" in p.read_text() for p in written)

    _let_go(appearance)  # the application quits…
    qapp.setPalette(build_palette(LIGHT))
    restarted = apply_appearance(qapp)  # …and starts again
    try:
        assert restarted.choice() == DARK_CHOICE
        assert window_colour() == DARK.window
        assert qapp.style().name().lower() == "fusion"
    finally:
        restarted.choose(SYSTEM)  # the next test starts from the default


def test_open_windows_are_recoloured(
    qtbot: QtBot,
    appearance: Appearance,
    incidents: IncidentService,
    clock: FakeClock,
    make_board: BoardFactory,
) -> None:
    incident = declare(incidents, level="major", is_drill=True)  # 15-min task from declaring
    clock.advance(minutes=10)
    incidents.advance_phase(incident.id, "tester")
    incidents.advance_phase(incident.id, "tester")  # execution: 30-min responses from now
    board = make_board(incident.id)
    clock.advance(minutes=35)
    reread_board(qtbot, board)
    body, header = board.body, board.header
    assert body is not None
    assert body.overdue_model.rowCount() > 0

    def overdue_text() -> str:
        brush = body.overdue_model.data(
            body.overdue_model.index(0, 0), Qt.ItemDataRole.ForegroundRole
        )
        assert isinstance(brush, QBrush)
        return brush.color().name().upper()

    assert overdue_text() == LIGHT.overdue
    assert LIGHT.overdue in body.overdue_box.styleSheet()
    appearance.choose(DARK_CHOICE)
    assert overdue_text() == DARK.overdue  # tables ask for the colour when they paint
    assert DARK.overdue in body.overdue_box.styleSheet()  # style sheets are made again
    assert sheet_colour(header.clock_caption) == DARK.muted
    assert ink(board.board_actions["raise"].icon()) == DARK.text
    assert DARK.drill_background in header.drill_banner.styleSheet()
    qtbot.waitUntil(lambda: window_colour(board) == DARK.window)
    appearance.choose(LIGHT_CHOICE)
    assert LIGHT.overdue in body.overdue_box.styleSheet()
    assert sheet_colour(header.clock_caption) == LIGHT.muted


def test_a_tinted_label_keeps_its_latest_sheet(qtbot: QtBot, appearance: Appearance) -> None:
    label = QLabel("Could not refresh")
    qtbot.addWidget(label)
    tint(label, lambda c: f"color: {c.overdue};")
    tint(label, "")  # the alarm is over: plain again, and it stays plain in the other scheme
    appearance.choose(DARK_CHOICE)
    assert label.styleSheet() == ""
    tint(label, lambda c: f"color: {c.overdue};")
    assert sheet_colour(label) == DARK.overdue


# --- contrast ------------------------------------------------------------------------------

TEXT_ON_WINDOWS = ("text", "muted", "overdue", "soon", "done", "open", "drill", "serious", "link")
TEXT_ON_TINTS = (
    ("overdue", "overdue_background"),
    ("text", "overdue_background"),
    ("soon", "soon_background"),
    ("text", "soon_background"),
    ("drill", "drill_background"),
    ("text", "closed_background"),
    ("signed_text", "signed_background"),
    ("text", "outage_background"),
    ("text", "restored_background"),
    ("phase_past_text", "phase_past"),
    ("phase_current_text", "phase_current"),
    ("phase_future_text", "phase_future"),
    ("caption", "window"),
    ("highlighted_text", "highlight"),
)


@pytest.mark.parametrize("choice", [LIGHT_CHOICE, DARK_CHOICE])
def test_every_hand_set_text_colour_reads_on_its_background(
    qtbot: QtBot, appearance: Appearance, choice: str
) -> None:
    appearance.choose(choice)
    used = colours()  # the colours the windows ask for, read from the palette now applied
    palette = QApplication.palette()
    roles = QPalette.ColorRole
    backgrounds = {
        where: palette.color(role).name().upper()
        for where, role in (
            ("window", roles.Window),
            ("tables", roles.Base),
            ("alternate rows", roles.AlternateBase),
        )
    }
    label = QLabel("Opening the incident list…")  # as the windows colour their status lines
    qtbot.addWidget(label)
    tint(label, lambda c: f"color: {c.muted};")
    low = [
        (name, where, round(ratio, 2))
        for name in TEXT_ON_WINDOWS
        for where, background in backgrounds.items()
        if (ratio := contrast_ratio(getattr(used, name), background)) < TEXT
    ]
    low += [
        (text, background, round(ratio, 2))
        for text, background in TEXT_ON_TINTS
        if (ratio := contrast_ratio(getattr(used, text), getattr(used, background))) < TEXT
    ]
    assert not low
    assert contrast_ratio(sheet_colour(label), backgrounds["window"]) >= TEXT
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert contrast_ratio(disabled.name(), used.window) >= 2.0  # greyed, yet visible


def test_the_plans_level_colours_carry_readable_badge_text(qapp: QApplication) -> None:
    from commandpost.assets import shipped_plan_files
    from commandpost.plan.loader import load_plan_text
    from commandpost.ui.colours import readable_on

    levels = {
        level.colour
        for f in shipped_plan_files()
        for level in load_plan_text(f.read_text(encoding="utf-8"), f.name).plan.levels
    } | {LIGHT.level_fallback, DARK.level_fallback}
    low = {c: round(contrast_ratio(readable_on(c), c), 2) for c in levels}
    assert all(ratio >= 3.0 for ratio in low.values()), low  # bold, enlarged: WCAG large text


def test_the_windows_take_colours_from_the_scheme_on_screen() -> None:
    """The light-only names (``OVERDUE_COLOUR``…) are kept for tests; no window module uses them,
    or that colour would stay light in the dark scheme."""
    ui = Path(__file__).resolve().parents[2] / "src" / "commandpost" / "ui"
    light_only = re.compile(r"\b(?:OVERDUE|SOON|DONE|MUTED|OPEN|DRILL)_(?:COLOUR|BACKGROUND)\b")
    using = sorted(
        path.name
        for path in ui.glob("*.py")
        if path.name not in ("incident_words.py", "library_model.py")
        and light_only.search(path.read_text(encoding="utf-8"))
    )
    assert not using
