"""Every text a window shows, and the English words among them.

:func:`shown_texts` walks a window as a user sees it: each visible widget's text, title,
tooltip and placeholder, the window title, menus and their actions (submenus too), toolbar
actions, tab texts, the headers and cells of item views, combo box items and read-only text
boxes. :func:`english_words` finds the words of ASCII letters in those texts that are not on
the allow-list: product and technical names, keys, and the data of the test (user and plan ids).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileSystemModel,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ALLOWED = frozenset(
    {
        "CommandPost",
        "PDF",
        "PDFs",
        "CSV",
        "URL",
        "SQLite",
        "PostgreSQL",
        "ID",
        "English",  # the language's own name in View → Language
        # keys
        "Ctrl",
        "Shift",
        "Alt",
        "Meta",
        "Del",
        "Esc",
        "Space",
        "Enter",
        "Return",
        "Tab",
        "Backspace",
        "Ins",
        "Home",
        "End",
        "PgUp",
        "PgDown",
        "Up",
        "Down",
        "Left",
        "Right",
    }
)
KEY_NAME = re.compile(r"^F\d{1,2}$")
RAW_COLUMNS = {"auditEntries": frozenset({6})}
"""Columns that show stored data as it was written: the audit trail's details (the database's
own field names and values)."""
ROWS_READ = 60
"""Rows of each item view read (the rest repeat the same columns)."""


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
    if widget.toolTip():
        yield f"{name} tooltip", widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield name, widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from ((f"{name} item", widget.itemText(i)) for i in range(widget.count()))
        line = widget.lineEdit() if widget.isEditable() else None
        if line is not None:
            yield f"{name} placeholder", line.placeholderText()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab", widget.tabText(i)
            yield f"{name} tab tooltip", widget.tabToolTip(i)
    elif (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)  # its view's model: walked with the view
        and widget.model() is not None
    ):
        yield from ((f"{name} {where}", text) for where, text in _model_texts(widget))


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    for column in range(model.columnCount()):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield "header", value
    if isinstance(model, QFileSystemModel):  # the names are the disk's; the folders' type is ours
        yield from (("type", text) for text in _folder_types(model, view.rootIndex()))
    elif view.objectName() != "sidebar":  # the file dialog's places: folder names too
        raw = RAW_COLUMNS.get(view.objectName(), frozenset())
        yield from (("cell", text) for text in _cells(model, QModelIndex(), 0, raw))


def _folder_types(model: QFileSystemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), ROWS_READ)):
        index = model.index(row, 0, parent)
        if model.isDir(index):
            yield str(model.data(model.index(row, 2, parent)))


def _cells(
    model: QAbstractItemModel, parent: QModelIndex, depth: int, raw: frozenset[int]
) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), ROWS_READ)):
        for column in range(model.columnCount(parent)):
            if column in raw:
                continue
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if column == 0 and depth < 3 and model.rowCount(index) > 0:
                yield from _cells(model, index, depth + 1, raw)


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} action {action.objectName() or '?'}", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} action tooltip", action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _action_texts(menu.actions(), f"{where} > {menu.title()}")


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything ``top`` shows now (hidden widgets are left out)."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    if isinstance(top, QMainWindow):
        found += _action_texts(top.menuBar().actions(), "menu")
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        found += list(_widget_texts(widget))
        if not isinstance(widget, QMenu):
            found += _action_texts(
                (a for a in widget.actions() if a.text() and widget.isVisible()), "widget"
            )
    return [(where, text) for where, text in found if text]


_PATHS = re.compile(r"\S*[/\\]\S*|\S+\.(?:sqlite3|yaml|yml|pdf|csv|zip|log|txt|docx?)\b")
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*")
_TAGS = re.compile(r"<[^>]+>|&nbsp;|&amp;|&lt;|&gt;|#[0-9A-Fa-f]{6}\b")


def english_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """The words of ASCII letters in ``text`` that are not allowed: mnemonics, single letters,
    keys, paths and file names, and the ``data`` strings (ids, user names) are left out."""
    text = _TAGS.sub(" ", text)
    for item in sorted(data, key=len, reverse=True):
        if item:
            text = text.replace(item, " ")
    text = _KEYS.sub(" ", _PATHS.sub(" ", text.replace("&", "")))
    return [
        word
        for word in _WORDS.findall(text)
        if len(word) > 1 and word not in ALLOWED and not KEY_NAME.match(word)
    ]


def untranslated(top: QWidget, data: Iterable[str] = ()) -> list[str]:
    """ "where: text" for each text ``top`` shows with an English word in it."""
    kept = list(data)
    return [f"{where}: {text!r}" for where, text in shown_texts(top) if english_words(text, kept)]
