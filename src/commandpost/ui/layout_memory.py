"""Remembered window layout: each kind of window opens as the user last left it.

Shape: one small JSON document per kind of window ("main", "board", "checklist", "review", …)
in QSettings (organisation and application "CommandPost", key ``layout/<kind>``), so all the
command boards share one layout, as do all the checklists. It holds the window's normal geometry
and whether it was maximised, and the state of its parts, found by walking the window's widgets:
each splitter's sizes, each table header's state (column widths, order, sort column) and each tab
widget's current tab. A part is named by the object names on its way up to the window (with its
kind and a number among the same, where names are missing), and carries its count (panes,
columns, tabs), so a part whose shape has changed since is left as the code builds it.

Saved whenever the window is hidden — closed, or the application quitting — through an event
filter, so the window's own closing is untouched. Restored before the window is first shown;
parts built later (a board's body after its first read, the main window's incident tabs once the
library is open) are restored when the window says they are there (a ``ready`` signal), each at
most once. Restoring is careful: a value that is not a document of this format, a size out of
reason, or a geometry whose title strip lies on no current screen (a monitor unplugged) is
ignored, and the window opens at its default size, centred on the screen.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHeaderView, QSplitter, QTabWidget, QWidget

ORGANISATION = APPLICATION = "CommandPost"
GROUP = "layout"
FORMAT = 1
"""Bumped when the document's meaning changes: a document of another format is ignored."""
MIN_SIDE, MAX_SIDE = 200, 20_000
TITLE_STRIP = 24
"""The top strip of a window that must be on a screen (where it can be grabbed and moved)."""
MIN_VISIBLE_WIDTH = 120
MAIN_SIZE = (1400, 900)
"""The main window's size until the user chooses another."""
READY_TRIES = 10
"""How many ``ready`` signals a window gets for its later parts to appear."""


def settings() -> QSettings:
    """CommandPost's settings for this user (in the default format: the platform's own, or the
    folder a test points it to)."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def remember_layout(
    window: QWidget, kind: str, default_size: tuple[int, int], ready: Any = None
) -> LayoutMemory:
    """Restore ``window``'s layout now (call before showing it) and save it when it is hidden.

    ``ready``: a signal the window emits once parts built later are there (see module doc)."""
    memory = LayoutMemory(window, kind, QSize(*default_size))
    memory.restore(tabs=ready is None)  # tabs may still be rearranged until the window is ready
    if ready is not None:
        memory.follow(ready)
    return memory


class LayoutMemory(QObject):
    """The layout of one window, kept under its kind."""

    def __init__(self, window: QWidget, kind: str, default_size: QSize) -> None:
        super().__init__(window)
        self.setObjectName(f"layoutMemory:{kind}")
        self.window = window
        self.kind = kind
        self.default_size = default_size
        self.saved = load(kind)
        parts = self.saved.get("parts")
        self._pending: dict[str, Any] = dict(parts) if isinstance(parts, dict) else {}
        self._tries = 0
        self._ready: Any = None
        self.restored_geometry = False
        """Whether the window was put where it was left (else: its default place)."""
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    # --- restoring -----------------------------------------------------------------------

    def restore(self, tabs: bool = True) -> bool:
        """The saved geometry (True) or the default one, then the parts already built (the
        current tabs only with ``tabs``)."""
        rect = saved_rect(self.saved)
        self.restored_geometry = rect is not None
        if rect is None:
            place_default(self.window, self.default_size)
        else:
            self.window.setGeometry(rect)
            if self.saved.get("maximized") is True:
                self.window.setWindowState(
                    self.window.windowState() | Qt.WindowState.WindowMaximized
                )
        self.restore_parts(tabs)
        return rect is not None

    def follow(self, ready: Any) -> None:
        """Restore the parts still waiting each time ``ready`` fires (a few times at most)."""
        if self._pending:
            self._ready = ready
            ready.connect(self._on_ready)

    def _on_ready(self, *_: object) -> None:
        self._tries += 1
        self.restore_parts()
        if (not self._pending or self._tries >= READY_TRIES) and self._ready is not None:
            self._ready.disconnect(self._on_ready)
            self._ready = None

    def restore_parts(self, tabs: bool = True) -> None:
        """Apply the saved state to the parts that are there now and still waiting for it."""
        if not self._pending:
            return
        for name, widget in parts_of(self.window):
            if not tabs and isinstance(widget, QTabWidget):
                continue
            state = self._pending.get(name)
            if state is not None and apply_part(widget, state):
                del self._pending[name]

    # --- saving --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Hide:
            self.save()
        return False

    def _quitting(self) -> None:
        if self.window.isVisible():
            self.save()

    def save(self) -> None:
        """Keep the window's geometry and its parts as they are now (parts not built this time
        keep what was saved before)."""
        document: dict[str, Any] = {"format": FORMAT}
        rect = self.window.normalGeometry()
        if rect.isValid() and rect.width() > 0:
            document["geometry"] = [rect.x(), rect.y(), rect.width(), rect.height()]
        elif "geometry" in self.saved:
            document["geometry"] = self.saved["geometry"]
        document["maximized"] = self.window.isMaximized()
        parts = self.saved.get("parts")
        merged = dict(parts) if isinstance(parts, dict) else {}
        merged.update({name: part_state(widget) for name, widget in parts_of(self.window)})
        document["parts"] = {k: v for k, v in merged.items() if v is not None}
        store(self.kind, document)
        self.saved = document


# --- the stored document ---------------------------------------------------------------------


def load(kind: str) -> dict[str, Any]:
    """The saved document of a kind of window; empty if none, corrupt or of another format."""
    value = settings().value(f"{GROUP}/{kind}")
    if not isinstance(value, str):
        return {}
    try:
        document = json.loads(value)
    except ValueError:
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return {}
    return document


def store(kind: str, document: dict[str, Any]) -> None:
    saved = settings()
    saved.setValue(f"{GROUP}/{kind}", json.dumps(document, separators=(",", ":")))
    saved.sync()


def saved_rect(document: dict[str, Any]) -> QRect | None:
    """The saved geometry if it is sane and its title strip is on a screen now; else None."""
    values = document.get("geometry")
    if not (
        isinstance(values, list)
        and len(values) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in values)
    ):
        return None
    x, y, width, height = values
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        return None
    rect = QRect(x, y, width, height)
    return rect if on_some_screen(rect) else None


def on_some_screen(rect: QRect) -> bool:
    """Whether enough of the window's top strip lies on one of the screens there are now."""
    strip = QRect(rect.x(), rect.y(), rect.width(), TITLE_STRIP)
    wanted = min(MIN_VISIBLE_WIDTH, rect.width())
    for screen in QGuiApplication.screens():
        seen = strip.intersected(screen.availableGeometry())
        if seen.width() >= wanted and seen.height() >= TITLE_STRIP // 2:
            return True
    return False


def place_default(window: QWidget, size: QSize) -> None:
    """The default size (made to fit the screen), centred over the window's parent if it has
    one (a dialog), else on the primary screen.

    The offscreen platform (screenshots, tests) has a nominal small screen: the default size is
    kept there, as it is what the pictures are taken at."""
    parent = window.parentWidget()
    anchor = parent.window().frameGeometry() if parent is not None else None
    found = QGuiApplication.screenAt(anchor.center()) if anchor is not None else None
    screen: QScreen | None = found or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (typed as always one)
        window.resize(size)
        return
    room = screen.availableGeometry()
    if QGuiApplication.platformName() != "offscreen":
        size = size.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(anchor.center() if anchor is not None else room.center())
    rect.moveTopLeft(  # bigger than the screen (offscreen only): its title strip stays on it
        QPoint(max(rect.left(), room.left()), max(rect.top(), room.top()))
    )
    window.setGeometry(rect)


# --- the parts -------------------------------------------------------------------------------


def parts_of(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """The window's splitters, table headers and tab widgets, each with a stable name (its own
    window's only: a dialog open above it is not part of it)."""
    seen: Counter[str] = Counter()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QSplitter):
            what = "splitter"
        elif isinstance(widget, QHeaderView):
            if widget.orientation() != Qt.Orientation.Horizontal:
                continue
            what = "header"
        elif isinstance(widget, QTabWidget):
            what = "tabs"
        else:
            continue
        if widget.window() is not window:
            continue
        path = "/".join([*_names_above(widget, window), what])
        seen[path] += 1
        yield f"{path}#{seen[path]}", widget


def _names_above(widget: QWidget, window: QWidget) -> list[str]:
    names = []
    current: QObject | None = widget
    while current is not None and current is not window:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            names.append(name)
        current = current.parent()
    return names[::-1]


def part_state(widget: QWidget) -> dict[str, Any] | None:
    if isinstance(widget, QSplitter):
        sizes = widget.sizes()
        return {"sizes": sizes} if sum(sizes) > 0 else None
    if isinstance(widget, QHeaderView):
        if widget.count() == 0:
            return None
        state = bytes(widget.saveState().data())
        return {"count": widget.count(), "state": base64.b64encode(state).decode("ascii")}
    if isinstance(widget, QTabWidget):
        current = widget.currentWidget()
        name = current.objectName() if current is not None else ""
        return {"count": widget.count(), "index": widget.currentIndex(), "name": name}
    return None


def apply_part(widget: QWidget, state: Any) -> bool:
    """Apply a saved state to a part of the same shape; False if it does not fit (yet)."""
    if not isinstance(state, dict):
        return False
    if isinstance(widget, QSplitter):
        sizes = state.get("sizes")
        if (
            isinstance(sizes, list)
            and len(sizes) == widget.count()
            and all(isinstance(s, int) and s >= 0 for s in sizes)
            and sum(sizes) > 0
        ):
            widget.setSizes(sizes)
            return True
        return False
    if isinstance(widget, QHeaderView):
        return _apply_header(widget, state)
    if isinstance(widget, QTabWidget):
        return _apply_tab(widget, state)
    return False


def _apply_header(header: QHeaderView, state: dict[str, Any]) -> bool:
    count = state.get("count")
    if not isinstance(count, int) or count == 0 or count != header.count():
        return False
    try:
        data = base64.b64decode(str(state.get("state", "")), validate=True)
    except (binascii.Error, ValueError):
        return False
    # How each column sizes itself is the code's choice, not a saved one: kept as built.
    modes = [header.sectionResizeMode(i) for i in range(count)]
    stretch_last = header.stretchLastSection()
    restored = header.restoreState(QByteArray(data))
    for column, mode in enumerate(modes):
        header.setSectionResizeMode(column, mode)
    header.setStretchLastSection(stretch_last)
    return bool(restored)


def _apply_tab(tabs: QTabWidget, state: dict[str, Any]) -> bool:
    name = state.get("name")
    if isinstance(name, str) and name:
        for number in range(tabs.count()):
            page = tabs.widget(number)
            if page is not None and page.objectName() == name:
                tabs.setCurrentIndex(number)
                return True
    index, count = state.get("index"), state.get("count")
    if isinstance(index, int) and count == tabs.count() and 0 <= index < tabs.count():
        tabs.setCurrentIndex(index)
        return True
    return False
