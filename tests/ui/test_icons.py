"""The icons: one family of drawings, each used, each drawn for every name the code asks for, in
the colour of the text around it, sharp on a 2× screen; and on the windows' actions."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolBar

from commandpost.services.incidents import IncidentService
from commandpost.ui.colours import DARK, LIGHT, Colours, build_palette
from commandpost.ui.icons import APP_ICON, ICON_FOR, app_icon, icon, icon_exists
from ui.incident_helpers import BoardFactory, declare
from ui.ui_helpers import WindowFactory

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
SOURCES = REPO / "src" / "commandpost" / "ui"


def named_in_code() -> set[str]:
    """Every icon the code asks for: ``icon("…")`` calls and the action → icon table."""
    asking = re.compile(r"\b(?:icon|set_icon|tab_icon)\((?:[\w.]+, )?\"([a-z_]+)\"\)")
    called = {
        name
        for path in SOURCES.glob("*.py")
        for name in asking.findall(path.read_text(encoding="utf-8"))
    }
    return called | set(ICON_FOR.values())


def drawings() -> set[str]:
    return {p.stem for p in ICONS.glob("*.svg")} - {APP_ICON}


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[None]:
    palette = QPalette(qapp.palette())
    yield
    qapp.setPalette(palette)


def inked(image: QImage, alpha: int = 255) -> list[QColor]:
    """The colours of the pixels an icon covers (fully, by default)."""
    return [
        colour
        for y in range(image.height())
        for x in range(image.width())
        if (colour := image.pixelColor(x, y)).alpha() >= alpha
    ]


def test_every_icon_the_code_names_has_a_drawing(qapp: QApplication) -> None:
    names = named_in_code()
    assert len(names) > 30
    missing = sorted(n for n in names if not icon_exists(n))
    assert not missing
    blank = sorted(n for n in names if not inked(icon(n).pixmap(QSize(16, 16)).toImage(), 160))
    assert not blank


def test_no_drawing_is_unused() -> None:
    assert drawings() - named_in_code() == set()


def test_the_drawings_are_one_family() -> None:
    """24-unit grid, 2-unit round strokes in the text colour, nothing filled in a colour."""
    odd = []
    for path in sorted(ICONS.glob("*.svg")):
        if path.stem == APP_ICON:
            continue
        root = ET.parse(path).getroot()
        attributes = {k: root.get(k) for k in ("viewBox", "fill", "stroke", "stroke-width")}
        caps = (root.get("stroke-linecap"), root.get("stroke-linejoin"))
        colours = set(re.findall(r"#[0-9A-Fa-f]{3,6}\b", path.read_text(encoding="utf-8")))
        if (
            attributes
            != {
                "viewBox": "0 0 24 24",
                "fill": "none",
                "stroke": "currentColor",
                "stroke-width": "2",
            }
            or caps != ("round", "round")
            or colours
        ):
            odd.append(path.name)
    assert not odd


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_icons_take_the_colour_of_the_text(
    qapp: QApplication, scheme: None, colours: Colours
) -> None:
    qapp.setPalette(build_palette(colours))
    text = QColor(colours.text)
    normal = inked(icon("declare").pixmap(QSize(24, 24)).toImage())
    assert normal and all(c.rgb() == text.rgb() for c in normal)
    disabled = inked(icon("declare").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())
    greyed = QColor(colours.disabled_text)
    assert disabled and all(c.rgb() == greyed.rgb() for c in disabled)


def test_an_icon_can_be_changed_by_whoever_holds_it(qapp: QApplication) -> None:
    """Qt copies an icon's insides when a holder changes it: plain pixmaps, nothing to lose."""
    held = QIcon(icon("tick"))
    held.addPixmap(icon("declare").pixmap(QSize(48, 48)))
    assert not held.pixmap(QSize(16, 16)).isNull()


def test_icons_are_drawn_for_the_screens_pixel_ratio(qapp: QApplication) -> None:
    sharp = icon("tick").pixmap(QSize(16, 16), 2.0)
    assert sharp.size() == QSize(32, 32) and sharp.devicePixelRatio() == 2.0
    ours = app_icon().pixmap(QSize(64, 64), 2.0)
    assert ours.size() == QSize(128, 128)
    corner = ours.toImage().pixelColor(20, 64)  # its own blue (left of the board), not tinted
    assert corner.blue() > corner.red() + 40


def test_the_main_windows_actions_carry_their_icons(make_window: WindowFactory) -> None:
    window = make_window("en")
    without = sorted(
        name
        for name, action in window.menu_actions.items()
        if name in ICON_FOR and action.icon().isNull()
    )
    assert not without
    assert not window.menu_actions["declare"].icon().isNull()
    tabs = window.tabs
    assert all(not tabs.tabIcon(i).isNull() for i in range(tabs.count()))


def test_the_command_board_toolbar_shows_icons_beside_the_words(
    make_board: BoardFactory, incidents: IncidentService
) -> None:
    board = make_board(declare(incidents).id)
    toolbar = board.findChild(QToolBar, "boardActions")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for name in ("raise", "lower", "phase", "close_incident", "review", "refresh"):
        assert not board.board_actions[name].icon().isNull(), name
