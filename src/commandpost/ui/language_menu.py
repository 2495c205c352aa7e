"""View → Language: 中文 / English as radio items in the main window's View menu.

Choosing a language saves it as the preference (the next start uses it unless ``--lang`` says
otherwise) and asks :attr:`LanguageMenu.switch_to` for the switch: whoever started the window
(``ui/sign_in_flow.py``) sets it and rebuilds the windows in the new language. A window opened
without a sign-in flow (nobody to rebuild it) says that the language changes at the next start.
When a switch is cancelled, the menu is set back to the language on screen
(:meth:`LanguageMenu.show_current`).

The language names are written in their own language, as everyone looks for their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from commandpost.ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, save_language

translate = QCoreApplication.translate


class LanguageMenu(QObject):
    """The Language submenu of ``window``'s View menu."""

    def __init__(self, window: QMainWindow, view_menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("languageMenu")
        self._window = window
        self.current = current_language()
        """The language on screen."""
        self.switch_to: Callable[[str], object] | None = None
        """Rebuilds the windows in the language picked (set by whoever started the window)."""
        self.menu = view_menu.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], group)
            action.setObjectName(f"action:language_{lang}")
            action.setCheckable(True)
            action.setChecked(lang == self.current)
            action.triggered.connect(lambda _checked=False, chosen=lang: self.choose(chosen))
            self.menu.addAction(action)
            self.actions[lang] = action

    def choose(self, lang: str) -> None:
        """As if picked in the menu: saved, then switched to (or said for the next start)."""
        self.actions[lang].setChecked(True)
        save_language(lang)
        if lang == self.current:
            return
        if self.switch_to is not None:
            self.switch_to(lang)
            return
        self._window.statusBar().showMessage(
            translate("LanguageMenu", "The language changes the next time CommandPost starts."),
            10000,
        )

    def show_current(self) -> None:
        """Check the language on screen again (a switch was cancelled or is waiting)."""
        self.actions[self.current].setChecked(True)


def language_menu(window: QMainWindow) -> LanguageMenu | None:
    """The window's Language menu, if it has one."""
    return window.findChild(LanguageMenu, "languageMenu")
