"""Helpers for driving the sign-in and user dialogs in tests: type into their fields as a user
would, press OK and wait for the service's answer (never a sleep)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from commandpost.ui.sign_in import AccountDialog


def type_into(dialog: AccountDialog, **fields: str) -> None:
    """Type into the named fields, after clearing them."""
    for name, text in fields.items():
        edit = dialog.fields[name]
        edit.clear()
        if text.isascii():
            QTest.keyClicks(edit, text)
        else:  # QTest types ASCII only: Chinese arrives as an input method would give it
            edit.insert(text)


def press_ok(qtbot: QtBot, dialog: AccountDialog) -> None:
    """Click OK and wait for the answer (the fields come back, or the dialog closed)."""
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
