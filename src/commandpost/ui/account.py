"""The signed-in user's part of the main window: who is signed in (status bar), File → Change
password… and Sign out, and for admins File → Users… and Audit trail…; and the role rules applied
to the window's own menu actions once the library is open.

Apart from the window so the window keeps to the library and the tabs. Signing out is asked for
with ``sign_out_requested``: whoever started the window (``ui/sign_in_flow.py``) closes it and
asks who is next. The users and audit dialogs are windows of their own, one of each at a time,
closed with the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu

from commandpost.access import Identity, Permission
from commandpost.clock import Clock
from commandpost.ui.layout_memory import remember_layout
from commandpost.ui.roles import department_names, gate
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.user_words import signed_in_text

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from commandpost.services.plans import PlanLibrary
    from commandpost.services.users import UserService
    from commandpost.ui.audit_panel import AuditDialog
    from commandpost.ui.sign_in import ChangePasswordDialog
    from commandpost.ui.users_dialog import UsersDialog

translate = QCoreApplication.translate

NEEDS = {
    "import": Permission.MANAGE_PLANS,
    "export_batch": Permission.EXPORT,
    "declare": Permission.COMMAND,
    "acknowledge": Permission.ACKNOWLEDGE,
    "acknowledge_all": Permission.ACKNOWLEDGE,
    "users": Permission.MANAGE_USERS,
    "audit": Permission.VIEW_AUDIT,
}
"""The permission each of the window's menu actions needs (besides the plan status steps and the
binder, which also depend on the version selected)."""
ADMIN_ONLY = ("users", "audit")
"""Actions shown only to those who may use them."""

AddAction = Callable[..., None]
"""The menus' ``add(menu, name, text, slot, keys=None)``."""


class Account(QObject):
    """``sign_out_requested`` when the user chooses File → Sign out."""

    sign_out_requested = Signal()

    def __init__(
        self, window: QMainWindow, identity: Identity, lang: str, runner: TaskRunner, now: Clock
    ) -> None:
        super().__init__(window)
        self._window = window
        self.identity = identity
        self._lang = lang
        self._runner = runner
        self._now = now
        self._actions: dict[str, QAction] = {}
        self.library: PlanLibrary | None = None
        self.users: UserService | None = None
        self.names: dict[str, str] = {}
        self.users_dialog: UsersDialog | None = None
        self.audit_dialog: AuditDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.label = QLabel(signed_in_text(identity, {}))
        self.label.setObjectName("signedIn")
        self.label.setContentsMargins(16, 0, 4, 0)  # apart from the database beside it
        window.statusBar().addPermanentWidget(self.label)

    def add_actions(self, menu: QMenu, add: AddAction, actions: dict[str, QAction]) -> None:
        """The File menu's entries for the user (before Quit)."""
        add(menu, "users", translate("MainWindow", "&Users…"), self.open_users)
        add(menu, "audit", translate("MainWindow", "Audit &trail…"), self.open_audit)
        menu.addSeparator()
        add(
            menu,
            "change_password",
            translate("MainWindow", "Change &password…"),
            self.ask_change_password,
        )
        add(menu, "sign_out", translate("MainWindow", "Sign &out"), self.sign_out_requested.emit)
        for name in (*ADMIN_ONLY, "change_password"):
            actions[name].setEnabled(False)  # until the library is open
        for name in ADMIN_ONLY:
            actions[name].setVisible(self.identity.may(NEEDS[name]))
        self._actions = actions

    def library_opened(self, library: PlanLibrary) -> None:
        """The library is open: the user's actions, and the role rules on the window's menu
        actions (enabled just before for everyone); then the department names are read."""
        from commandpost.services.users import UserService

        self.library = library
        self.users = UserService(library.database, self._now)
        for name, permission in NEEDS.items():
            if name in self._actions:
                gate(self._actions[name], self.identity.may(permission))
        self._actions["change_password"].setEnabled(True)
        lang = self._lang
        self._runner.run(lambda: department_names(library, lang), self._named, lambda _e: None)

    def _named(self, names: dict[str, str]) -> None:
        self.names = names
        self.label.setText(signed_in_text(self.identity, names))

    # --- the dialogs ---------------------------------------------------------------------

    def _keep(self, dialog: QDialog, attribute: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, attribute, None))
        setattr(self, attribute, dialog)
        remember_layout(dialog, attribute.removesuffix("_dialog"), dialog.size().toTuple())
        dialog.show()

    def ask_change_password(self) -> ChangePasswordDialog | None:
        from commandpost.ui.sign_in import ChangePasswordDialog

        if self.users is None:
            return None
        dialog = ChangePasswordDialog(
            self._runner, self.users, self.identity.username, self._window
        )
        dialog.accepted.connect(
            lambda: self._window.statusBar().showMessage(
                translate("MainWindow", "Your password was changed."), 10000
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "password_dialog", None))
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog | None:
        """The users dialog (one at a time: asked again, it comes forward)."""
        from commandpost.ui.users_dialog import UsersDialog

        if self.users is None or not self.identity.may(Permission.MANAGE_USERS):
            return None
        if self.users_dialog is None:
            dialog = UsersDialog(self.users, self.identity, self.names, self._now, self._window)
            self._keep(dialog, "users_dialog")
            dialog.refresh()
        assert self.users_dialog is not None
        self.users_dialog.raise_()
        self.users_dialog.activateWindow()
        return self.users_dialog

    def open_audit(self) -> AuditDialog | None:
        from commandpost.services.audit import AuditService
        from commandpost.ui.audit_panel import AuditDialog

        if self.library is None or not self.identity.may(Permission.VIEW_AUDIT):
            return None
        if self.audit_dialog is None:
            audit = AuditService(self.library.database)
            dialog = AuditDialog(audit, self.identity, parent=self._window)
            self._keep(dialog, "audit_dialog")
            dialog.refresh()
        assert self.audit_dialog is not None
        self.audit_dialog.raise_()
        self.audit_dialog.activateWindow()
        return self.audit_dialog

    def close_dialogs(self) -> None:
        """Before the database is released: each dialog stops its worker."""
        for dialog in (self.users_dialog, self.audit_dialog, self.password_dialog):
            if dialog is not None:
                dialog.done(0)
