"""The main window's menus: File, Plan, Incidents, Alerts, View and Help, each entry a named action
with its keys (the platform's standard keys, and ours where those say nothing) and its icon
(``icons.ICON_FOR``). View holds the appearance (light, dark, the system's) and the language.
The PDF exports are here too: the binder of the selected approved plan version (Plan menu) and
every review of a period (File menu). Help lists every window's keys, read from the windows' own
actions, and exports the diagnostics archive for support (always enabled: it matters most when
nothing works).

Apart from the window so the window keeps to its behaviour; the actions are kept in
``window.menu_actions`` by name, for enabling and for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from commandpost.access import Permission
from commandpost.ui.appearance import add_appearance_menu
from commandpost.ui.icons import put_icons
from commandpost.ui.language_menu import LanguageMenu
from commandpost.ui.roles import gate

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate

# Keys that work whatever the platform's standard keys say.
EXTRA_KEYS = {
    "quit": "Ctrl+Q",
    "refresh": "F5",
    "import": "Ctrl+O",
    "declare": "Ctrl+D",
    "incidents": "Ctrl+I",
    "alerts": "Ctrl+L",
    "acknowledge": "Ctrl+K",
    "acknowledge_all": "Ctrl+Shift+K",
    "export_binder": "Ctrl+Shift+B",
    "export_batch": "Ctrl+Shift+E",
    "review": "Ctrl+R",
    "shortcuts": "F1",
}
WAIT_FOR_LIBRARY = (
    "import",
    "refresh",
    "incidents",
    "declare",
    "checklist",
    "alerts",
    "acknowledge",
    "acknowledge_all",
    "export_batch",
    "review",
)
"""Actions enabled once the library is open."""


def build_menus(window: MainWindow) -> None:
    def add(
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | None = None,
    ) -> None:
        action = QAction(text, window)
        action.setObjectName(f"action:{name}")
        if keys is not None:
            action.setShortcuts(QKeySequence.keyBindings(keys))
        extra = EXTRA_KEYS.get(name)
        if extra is not None and QKeySequence(extra) not in action.shortcuts():
            action.setShortcuts([*action.shortcuts(), QKeySequence(extra)])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        window.menu_actions[name] = action

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    add(
        file_menu,
        "import",
        translate("MainWindow", "&Import plan file…"),
        window.choose_import_file,
        QKeySequence.StandardKey.Open,
    )
    add(
        file_menu,
        "export_batch",
        translate("MainWindow", "&Export reviews as PDFs…"),
        window.desk.exports.ask_batch,
    )
    add(
        file_menu,
        "refresh",
        translate("MainWindow", "&Refresh"),
        window.refresh_all,
        QKeySequence.StandardKey.Refresh,
    )
    window.account.add_actions(file_menu, add, window.menu_actions)  # users, audit, sign out
    add(
        file_menu,
        "connection",
        translate("MainWindow", "Database co&nnection…"),
        lambda: _ask_connection(window),
    )
    file_menu.addSeparator()
    add(
        file_menu,
        "quit",
        translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    plan_menu = bar.addMenu(translate("MainWindow", "&Plan"))
    for action, text in (
        ("submit", translate("MainWindow", "&Submit for review…")),
        ("approve", translate("MainWindow", "&Approve…")),
        ("return_to_draft", translate("MainWindow", "Return to &draft…")),
        ("retire", translate("MainWindow", "&Retire…")),
    ):
        add(plan_menu, action, text, partial(window.ask_transition, action))
    plan_menu.addSeparator()
    add(
        plan_menu,
        "export_binder",
        translate("MainWindow", "Export plan &binder as PDF…"),
        lambda: window.desk.exports.ask_plan_binder(window.panel.selected_version()),
    )
    binder = window.menu_actions["export_binder"]
    binder.setEnabled(False)  # an approved version must be selected
    may_export = window.identity.may(Permission.EXPORT)
    window.panel.version_selected.connect(
        lambda row: gate(binder, may_export, row is not None and row.status == "approved")
    )
    desk = window.desk
    incident_menu = bar.addMenu(translate("MainWindow", "&Incidents"))
    add(
        incident_menu,
        "incidents",
        translate("MainWindow", "&Show incidents"),
        window.show_incidents,
    )
    add(incident_menu, "declare", translate("MainWindow", "&Declare incident…"), window.declare)
    add(
        incident_menu,
        "checklist",
        translate("MainWindow", "Department &checklist…"),
        window.open_checklist,
    )
    add(
        incident_menu,
        "review",
        translate("MainWindow", "Open &review of the selected incident…"),
        lambda: window.incidents.open_selected_review(),  # noqa: PLW0108 (not there yet)
    )
    alert_menu = bar.addMenu(translate("MainWindow", "&Alerts"))
    add(alert_menu, "alerts", translate("MainWindow", "&Show alerts"), desk.show_alerts)
    add(
        alert_menu,
        "acknowledge",
        translate("MainWindow", "&Acknowledge selected alerts"),
        desk.acknowledge_selected,
    )
    add(
        alert_menu,
        "acknowledge_all",
        translate("MainWindow", "Acknowledge a&ll alerts…"),
        desk.ask_acknowledge_all,
    )
    _view_menu(window)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")  # one Help menu; its other entries find it by this name
    add(help_menu, "walkthrough", translate("MainWindow", "&Getting started…"), window.show_tour)
    add(
        help_menu,
        "sample_drill",
        translate("MainWindow", "Open the &sample drill"),
        window.open_sample_drill,
    )
    help_menu.addSeparator()
    add(
        help_menu,
        "shortcuts",
        translate("MainWindow", "&Keyboard shortcuts"),
        lambda: _show_shortcuts(window),
        QKeySequence.StandardKey.HelpContents,
    )
    add(
        help_menu,
        "diagnostics",
        translate("MainWindow", "Export &diagnostics…"),
        lambda: _ask_diagnostics(window),
    )
    put_icons(window.menu_actions)
    for name in WAIT_FOR_LIBRARY:
        window.menu_actions[name].setEnabled(False)
    for menu in (file_menu, plan_menu, incident_menu, alert_menu):
        menu.setToolTipsVisible(True)  # an entry the role does not allow says so


def _view_menu(window: MainWindow) -> QMenu:
    """View: Appearance (follow the system, light, dark) and Language (中文 / English)."""
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    add_appearance_menu(view_menu)
    LanguageMenu(window, view_menu)
    return view_menu


def _show_shortcuts(window: MainWindow) -> object:
    """Help → Keyboard shortcuts (the page's module is imported only when asked for)."""
    from commandpost.ui.shortcuts_help import open_shortcuts_help

    return open_shortcuts_help(window)


def _ask_diagnostics(window: MainWindow) -> object:
    """Help → Export diagnostics… (the module is imported only when asked for)."""
    from commandpost.ui.diagnostics_export import ask_export_diagnostics

    return ask_export_diagnostics(window)


def _ask_connection(window: MainWindow) -> object:
    """File → Database connection… (the dialog's module is imported only when asked for)."""
    from commandpost.ui.connection_dialog import open_connection_dialog

    watch = window.connection
    return open_connection_dialog(window, watch.database.url if watch is not None else None)
