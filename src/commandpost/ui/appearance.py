"""Light and dark appearance: follow the system (the default), or always light, or always dark.

The shape: the Fusion style with an explicit palette of our own for each scheme
(``colours.py``), so both look the same on every platform and every hand-set colour is known to
read on them. One :class:`Appearance` object per application (a child of the QApplication, found
by :meth:`Appearance.of`) holds the choice, saved in QSettings, applies the palette, and listens
to the system's colour scheme (``QStyleHints.colorSchemeChanged``) while following it. A forced
choice is also told to Qt (``QStyleHints.setColorScheme``) so the parts Qt draws natively, such as
title bars on Windows, agree.

Palette-based colours (tables, painted widgets) repaint by themselves when the palette changes.
A style sheet is a string made once, so a widget coloured by one is given it through :func:`tint`,
which makes the sheet from the current colours and makes it again when the appearance changes;
the icons, pixmaps in the text colour, are drawn again too (``icons.redraw_icons``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from commandpost.ui.colours import DARK, LIGHT, Colours, build_palette, colours
from commandpost.ui.icons import redraw_icons

translate = QCoreApplication.translate
SETTING = "appearance/scheme"
SYSTEM, LIGHT_CHOICE, DARK_CHOICE = "system", "light", "dark"
CHOICES = (SYSTEM, LIGHT_CHOICE, DARK_CHOICE)
STYLE = "Fusion"
_NAME = "appearance"
_TINT = "appearanceTint"
Sheet = Callable[[Colours], str]


def saved_choice() -> str:
    """The appearance chosen on this desktop (QSettings), else following the system."""
    value = str(QSettings().value(SETTING, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


class Appearance(QObject):
    """The application's appearance: the choice, the palette applied, and the system followed.

    ``changed`` is emitted after a different palette was applied."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self._app = app
        self._choice = saved_choice()
        self._requested: Qt.ColorScheme | None = None
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.changed.connect(redraw_icons)  # an icon keeps its colours: given again in the new

    @staticmethod
    def of(app: QCoreApplication | None = None) -> Appearance:
        """The application's appearance (made on first use, not yet applied)."""
        application = app if app is not None else QApplication.instance()
        assert isinstance(application, QApplication)
        found = application.findChild(Appearance, _NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, Appearance) else Appearance(application)

    def choice(self) -> str:
        return self._choice

    def load(self) -> str:
        """Take the choice saved on this desktop again (at start); returns it."""
        self._choice = saved_choice()
        return self._choice

    def choose(self, choice: str) -> None:
        """Use ``choice`` (one of :data:`CHOICES`) from now on, and remember it."""
        if choice not in CHOICES:
            raise ValueError(f"unknown appearance {choice!r}")
        self._choice = choice
        QSettings().setValue(SETTING, choice)
        self.apply()

    def apply(self, system: Qt.ColorScheme | None = None) -> None:
        """Put the Fusion style and the chosen scheme's palette on the application; ``system``
        is the system's scheme when it has just told it."""
        hints = self._app.styleHints()
        wanted = {LIGHT_CHOICE: Qt.ColorScheme.Light, DARK_CHOICE: Qt.ColorScheme.Dark}.get(
            self._choice
        )
        if wanted != self._requested:
            self._requested = wanted
            if wanted is None:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(wanted)
        if wanted is None:
            wanted = system if system is not None else hints.colorScheme()
        if self._app.style().name().lower() != STYLE.lower():
            self._app.setStyle(STYLE)
        palette = build_palette(DARK if wanted == Qt.ColorScheme.Dark else LIGHT)
        if palette != self._app.palette():
            self._app.setPalette(palette)
            self.changed.emit()

    @Slot(Qt.ColorScheme)
    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == SYSTEM:
            self.apply(scheme)


def apply_appearance(app: QApplication) -> Appearance:
    """At start, before the first window: the saved appearance on the application."""
    appearance = Appearance.of(app)
    appearance.load()
    appearance.apply()
    return appearance


class _Tint(QObject):
    """Keeps a widget's style sheet made from the current colours (a child of the widget, so it
    goes with it and its connection with it)."""

    def __init__(self, widget: QWidget, sheet: Sheet) -> None:
        super().__init__(widget)
        self.setObjectName(_TINT)
        self._widget = widget
        self.sheet = sheet
        Appearance.of().changed.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        made = self.sheet(colours())
        if self._widget.styleSheet() != made:  # setting one re-polishes the widget and its own
            self._widget.setStyleSheet(made)


def tint(widget: QWidget, sheet: Sheet | str) -> None:
    """Give ``widget`` the style sheet ``sheet(colours())`` now, and again whenever the appearance
    changes (a later call replaces the earlier sheet; a plain string is taken as it is)."""
    make: Sheet = (lambda _c: sheet) if isinstance(sheet, str) else sheet
    found = widget.findChild(_Tint, _TINT, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, _Tint):
        found.sheet = make
        found.apply()
    else:
        _Tint(widget, make).apply()


def add_appearance_menu(view_menu: QMenu) -> QMenu:
    """View → Appearance: follow the system, light or dark, the current choice checked."""
    appearance = Appearance.of()
    menu = view_menu.addMenu(translate("Appearance", "&Appearance"))
    menu.setObjectName("appearanceMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for choice, text in (
        (SYSTEM, translate("Appearance", "&Follow the system")),
        (LIGHT_CHOICE, translate("Appearance", "&Light")),
        (DARK_CHOICE, translate("Appearance", "&Dark")),
    ):
        action = QAction(text, menu)
        action.setObjectName(f"appearance:{choice}")
        action.setCheckable(True)
        action.setChecked(appearance.choice() == choice)
        action.triggered.connect(lambda _checked=False, c=choice: appearance.choose(c))
        group.addAction(action)
        menu.addAction(action)
    return menu
