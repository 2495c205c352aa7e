"""The icons: one family of line drawings (``resources/icons/*.svg``: 24-unit grid, 2-unit round
strokes in ``currentColor``), drawn in the colour of the text around them, and the application's
own icon.

The shape: an icon is Qt's own SVG icon (``QIcon`` of an ``.svg`` file), which Qt draws at the
size and device pixel ratio each screen asks for, only when it is painted; so icons are sharp at
2× and at 150 %, and cost nothing until shown. The colour is the palette's text colour (and its
disabled colour for a disabled action), written into a copy of the drawing, one small file per
colour in the user's cache folder. Why not an icon engine written in Python, which could take the
colour at paint time: Qt owns an icon's engine and clones it when an icon is changed, and a
Python-made engine handed to Qt that way is freed by Python while Qt still holds it (a crash).
A file keeps its colour, so whatever this module put an icon on remembers the icon's name (a
property) and :func:`redraw_icons`, run when the appearance changes, gives it the new colours.

Which action or button carries which icon is one table (:data:`ICON_FOR`), by the object's own
name, so the windows say only "put the icons on these" (:func:`put_icons`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QWidget

from commandpost.assets import resource
from commandpost.paths import user_cache_dir

APP_ICON = "commandpost"
Iconed = QAction | QAbstractButton
_ICON_PROPERTY = "commandpostIcon"
ICON_FOR: dict[str, str] = {
    # main window menus (``window.menu_actions``)
    "import": "import_plan",
    "export_batch": "export_pdf",
    "refresh": "refresh",
    "users": "users",
    "audit": "audit",
    "change_password": "password",
    "sign_out": "sign_out",
    "connection": "database",
    "quit": "quit",
    "submit": "submit",
    "approve": "approve",
    "return_to_draft": "return_to_draft",
    "retire": "retire",
    "export_binder": "plan_binder",
    "incidents": "incidents",
    "declare": "declare",
    "checklist": "checklist",
    "review": "review",
    "alerts": "alert",
    "acknowledge": "acknowledge",
    "acknowledge_all": "acknowledge_all",
    "walkthrough": "help",
    "sample_drill": "drill",
    "shortcuts": "shortcuts",
    "diagnostics": "diagnostics",
    # the incident list's buttons
    "board": "board",
    "activate": "declare",
    "dismiss": "dismiss",
    # the command board's toolbar and buttons
    "raise": "level_up",
    "lower": "level_down",
    "phase": "phase",
    "add_task": "add_task",
    "figure": "figure",
    "recordFigure": "figure",
    "close_incident": "close_incident",
    "acknowledgeAll": "acknowledge_all",
    # the department checklist
    "tick": "tick",
    "next_task": "next_task",
    "report": "report",
    "sendReport": "report",
    "overdue": "overdue",
    # the review window
    "save": "save",
    "sign_off": "approve",
    "new_revision": "new_revision",
    "capability": "rating",
    "export": "export_pdf",
    "add_action": "add",
    "mark_done": "tick",
    "reopen_action": "reopen",
    "link_action": "link",
    # the drills tab
    "schedule": "schedule",
    "cancel": "dismiss",
}
"""Action or button name (its object name, without ``action:``) → icon name."""


@cache
def _svg(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon_exists(name: str) -> bool:
    return resource("icons", f"{name}.svg").is_file()


@cache
def _folder() -> Path:
    """Where the drawings in the colours asked for are kept: the user's cache folder (never a
    temporary folder, which a system may empty under an application open for weeks)."""
    folder = user_cache_dir() / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@cache
def _drawing(name: str, colour: str | None) -> str:
    """The path of ``name``'s drawing with its strokes in ``colour`` (None: as drawn), named
    by its content so a newer drawing never meets an older copy; written once, atomically, and
    looked for once per run (every window asks again for the same few icons)."""
    text = _svg(name) if colour is None else _svg(name).replace("currentColor", colour)
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    path = _folder() / f"{name}-{digest}.svg"
    if not path.exists():
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)  # another window writing the same file at once is harmless
    return str(path)


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in ``resources/icons``) in the palette's text colour, greyed
    for a disabled action; as it is now: :func:`set_icon` keeps an action's icon in step."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    drawn = QIcon(_drawing(name, text))
    drawn.addFile(_drawing(name, disabled), QSize(), QIcon.Mode.Disabled)
    return drawn


def app_icon() -> QIcon:
    """CommandPost's own icon, in its own colours, for every window and the tray."""
    return QIcon(_drawing(APP_ICON, None))


def set_icon(target: Iconed, name: str) -> None:
    """Give an action or button the icon ``name``, and again when the appearance changes."""
    target.setIcon(icon(name))
    target.setProperty(_ICON_PROPERTY, name)


def tab_icon(page: QWidget, name: str) -> QIcon:
    """The icon ``name`` for the tab holding ``page``, kept in step like :func:`set_icon`'s."""
    page.setProperty(_ICON_PROPERTY, name)
    return icon(name)


def redraw_icons() -> None:
    """Give every icon put on through this module again, in the palette now applied (called
    when the appearance changes)."""
    for window in QApplication.topLevelWidgets():
        for action in window.findChildren(QAction):
            _redraw(action)
        for button in window.findChildren(QAbstractButton):
            _redraw(button)
        for tabs in window.findChildren(QTabWidget):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                name = page.property(_ICON_PROPERTY) if page is not None else None
                if isinstance(name, str) and name:
                    tabs.setTabIcon(index, icon(name))


def _redraw(target: Iconed) -> None:
    name = target.property(_ICON_PROPERTY)
    if isinstance(name, str) and name:
        target.setIcon(icon(name))


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small rounded square of a plan's colour (a level's), edged so it shows on light and
    dark alike; drawn at 1× and 2× for sharp edges on every screen."""
    swatch_icon = QIcon()
    for scale in (1.0, 2.0):
        side = round(size * scale)
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        painter.setPen(QPen(fill.darker(140), scale))
        painter.setBrush(fill)
        inset = scale / 2
        painter.drawRoundedRect(
            QRectF(inset, inset, side - 2 * inset, side - 2 * inset), 3 * scale, 3 * scale
        )
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        swatch_icon.addPixmap(pixmap)
    return swatch_icon


def put_icons(items: Mapping[str, Iconed] | Iterable[Iconed]) -> None:
    """Give each action or button named in :data:`ICON_FOR` its icon; others keep none. The
    names are the mapping's keys, or else the objects' own names (``action:`` left out)."""
    named = (
        items.items()
        if isinstance(items, Mapping)
        else ((i.objectName().removeprefix("action:"), i) for i in items)
    )
    for name, item in named:
        icon_name = ICON_FOR.get(name)
        if icon_name is not None:
            set_icon(item, icon_name)
