"""Help → Keyboard shortcuts: every window's keys, by window, as the platform writes them.

Shape: the list is never written twice. Each window names its keyed actions ``action:<name>`` and
the page reads their text and shortcuts from those very ``QAction`` objects — the main window's
own, and those of one unshown specimen of the command board, the department checklist and the
review window. A specimen is built without a database (their constructors only keep the
services; nothing is read before ``start``) and deleted once read, so the page shows exactly what
the keys do and cannot drift from them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate
PREFIX = "action:"
NAME_ROLE = Qt.ItemDataRole.UserRole


class KeyRow(NamedTuple):
    """One keyed action: its name (``declare``), its text on screen, its keys as shown."""

    name: str
    text: str
    keys: str


class Section(NamedTuple):
    """One window's keys."""

    window: str
    title: str
    rows: list[KeyRow]


def keyed_actions(window: QWidget) -> list[QAction]:
    """The window's named actions that carry at least one shortcut, in the order they were made."""
    return [
        action
        for action in window.findChildren(QAction)
        if action.objectName().startswith(PREFIX) and action.shortcuts()
    ]


def on_keyboard(keys: QKeySequence) -> bool:
    """Whether the keys are on every keyboard (not the Help, media and browser keys that only
    some keyboards add, which the platform's standard bindings also list)."""
    key = keys[0].key() if not keys.isEmpty() else Qt.Key.Key_unknown  # type: ignore[index]
    return key != Qt.Key.Key_Help and key.value < Qt.Key.Key_Back.value


def key_text(action: QAction) -> str:
    """The action's keys as the user's platform writes them (⌘ on a Mac), comma-separated."""
    return ", ".join(
        keys.toString(QKeySequence.SequenceFormat.NativeText)
        for keys in action.shortcuts()
        if on_keyboard(keys)
    )


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic ("&Save", "保存(&S)") and trailing ellipsis."""
    text = re.sub(r"\(&[^&]\)", "", action.text())
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def rows_of(window: QWidget) -> list[KeyRow]:
    return [
        KeyRow(action.objectName().removeprefix(PREFIX), plain_text(action), key_text(action))
        for action in keyed_actions(window)
    ]


def specimen_windows(lang: str = "en") -> list[tuple[str, QMainWindow]]:
    """One unshown window of each kind opened from the main window, built only to be read (the
    language of plan names plays no part in the keys)."""
    from commandpost.ui.board_window import CommandBoard
    from commandpost.ui.checklist_window import ChecklistWindow
    from commandpost.ui.review_window import ReviewWindow

    nothing = cast(Any, None)  # never called: nothing is read before start()
    return [
        ("board", CommandBoard(nothing, 0, lang, "")),
        ("checklist", ChecklistWindow(nothing, lang, "")),
        ("review", ReviewWindow(nothing, nothing, 0, lang, "")),
    ]


def window_sections(main: QMainWindow) -> list[Section]:
    """The keys of the main window and of each window it opens."""
    titles = {
        "board": translate("ShortcutsDialog", "Command board"),
        "checklist": translate("ShortcutsDialog", "Department checklist"),
        "review": translate("ShortcutsDialog", "Review window"),
    }
    sections = [Section("main", translate("ShortcutsDialog", "Main window"), rows_of(main))]
    for name, window in specimen_windows():
        sections.append(Section(name, titles[name], rows_of(window)))
        window.runner.shutdown()  # type: ignore[attr-defined]
        window.deleteLater()
    return sections


class ShortcutsDialog(QDialog):
    """The keys of every window, grouped by window: action, keys."""

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsHelp")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sections = sections
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for section in sections:
            top = QTreeWidgetItem([section.title])
            top.setData(0, NAME_ROLE, section.window)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            for row in section.rows:
                item = QTreeWidgetItem([row.text, row.keys])
                item.setData(0, NAME_ROLE, row.name)
                top.addChild(item)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)  # air before the keys
        note = QLabel(self.tr("Space works while the checklist's task table has the focus."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 680)

    def listed(self, window: str) -> dict[str, str]:
        """``{action name: keys as shown}`` for one window (``main``, ``board``, ``checklist``,
        ``review``)."""
        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            if top is not None and top.data(0, NAME_ROLE) == window:
                children = (top.child(n) for n in range(top.childCount()))
                return {c.data(0, NAME_ROLE): c.text(1) for c in children if c is not None}
        return {}


def open_shortcuts_help(window: MainWindow) -> ShortcutsDialog:
    """Help → Keyboard shortcuts (kept open beside the window while the user tries the keys)."""
    from commandpost.ui.layout_memory import remember_layout

    dialog = ShortcutsDialog(window_sections(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    remember_layout(dialog, "shortcuts", dialog.size().toTuple())
    dialog.show()
    return dialog
