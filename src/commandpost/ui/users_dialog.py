"""The administrator's users dialog: every user with their roles, departments and state; adding
a user, changing roles and departments, disabling and enabling (each confirmed), resetting a
password.

A window of its own (not modal), opened from File → Users… by an admin only. Every read and
change runs on the dialog's own worker (stopped when it closes); after each change the list is
read again, so it always shows what is stored. A refusal from the service (the last enabled
admin, a name taken, a user changed meanwhile on another desktop) is shown in a message box in
the service's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity, Role
from commandpost.clock import Clock, utc_now
from commandpost.services.user_records import UserInfo
from commandpost.ui import when
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import record_table
from commandpost.ui.colours import colours
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.record_model import Column, RecordTableModel
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.user_forms import ResetPasswordForm, UserForm, Values
from commandpost.ui.user_words import account_state, departments_text, roles_text

if TYPE_CHECKING:
    from commandpost.services.users import UserService

UsersRead = tuple[list[UserInfo], list[str]]
translate = QCoreApplication.translate


def user_columns(names: Mapping[str, str], now: Clock) -> list[Column[UserInfo]]:
    def state(user: UserInfo) -> str:
        return account_state(user.disabled, user.locked_until, now())

    def state_colour(user: UserInfo) -> str | None:
        if user.disabled:
            return colours().muted
        return colours().overdue if user.locked_until is not None else None

    return [
        Column(
            translate("UsersDialog", "User name"),
            lambda u: u.username,
            bold=lambda u: Role.ADMIN in u.roles,
        ),
        Column(translate("UsersDialog", "Display name"), lambda u: u.display_name),
        Column(translate("UsersDialog", "Roles"), lambda u: roles_text(u.roles)),
        Column(
            translate("UsersDialog", "Departments"),
            lambda u: departments_text(u.departments, names),
        ),
        Column(translate("UsersDialog", "State"), state, foreground=state_colour, live=True),
        Column(translate("UsersDialog", "Added"), lambda u: when.date_text(u.created_at)),
    ]


class UsersDialog(QDialog):
    """``users_shown`` fires after each read is on screen; ``changed`` after each change."""

    users_shown = Signal()
    changed = Signal()

    def __init__(
        self,
        users: UserService,
        identity: Identity,
        names: Mapping[str, str],
        now: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self.setWindowFlag(Qt.WindowType.Window)
        self._runner = TaskRunner(self)  # its own worker: stopped when the dialog closes
        self._users = users
        self._identity = identity
        self._names = names
        self._departments: list[str] = []
        self.form: QDialog | None = None  # the add / change / reset form open, if any
        self.model = RecordTableModel[UserInfo](user_columns(names, now), lambda u: u.id, self)
        self.view = record_table(self.model, "users", stretch=3)
        self.view.activated.connect(lambda _index: self.ask_edit())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        intro = QLabel(
            self.tr(
                "Who may sign in, and what each may do: an admin keeps plans, users, drills and "
                "exports; a command lead directs incidents and reviews; a department liaison works "
                "their departments' tasks; an observer reads everything."
            )
        )
        intro.setWordWrap(True)
        tint(intro, lambda c: f"color: {c.muted};")
        self.status = QLabel(self.tr("Reading the users…"))
        self.status.setObjectName("usersStatus")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("add", self.tr("&Add user…"), self.ask_add),
            ("edit", self.tr("&Change roles…"), self.ask_edit),
            ("reset", self.tr("&Reset password…"), self.ask_reset),
            ("disable", self.tr("&Disable…"), lambda: self.ask_state(disable=True)),
            ("enable", self.tr("&Enable…"), lambda: self.ask_state(disable=False)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(980, 520)
        self._update_buttons()

    def done(self, result: int) -> None:
        self._runner.shutdown()
        super().done(result)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        users = self._users

        def read() -> UsersRead:
            return users.users(), users.known_departments()

        self._runner.run(read, self._show, self._failed)

    def _show(self, read: UsersRead) -> None:
        rows, self._departments = read
        before = self.selected_user()
        if self.model.set_rows(rows) and before is not None:
            self.select(before.username)
        disabled = sum(u.disabled for u in rows)
        self.status.setText(
            self.tr("Users: {count} · disabled: {disabled}").format(
                count=len(rows), disabled=disabled
            )
        )
        self._update_buttons()
        self.users_shown.emit()

    def _failed(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self, self.tr("Users"), describe(error))
        else:
            report_unexpected(error)
        self.refresh()

    # --- selection -----------------------------------------------------------------------

    def selected_user(self) -> UserInfo | None:
        return self.model.selected_in(self.view)

    def select(self, username: str) -> bool:
        number = next((n for n, u in enumerate(self.model.rows()) if u.username == username), None)
        if number is None:
            return False
        self.view.selectRow(number)
        return True

    def _update_buttons(self, *_: object) -> None:
        user = self.selected_user()
        for name in ("edit", "reset"):
            self.buttons[name].setEnabled(user is not None)
        self.buttons["disable"].setEnabled(
            user is not None and not user.disabled and user.username != self._identity.username
        )
        self.buttons["enable"].setEnabled(user is not None and user.disabled)

    # --- changing ------------------------------------------------------------------------

    def _open_form(self, form: QDialog) -> QDialog:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._changed)
        form.finished.connect(lambda _r: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    def _changed(self) -> None:
        self.changed.emit()
        self.refresh()

    def ask_add(self) -> QDialog:
        users, actor = self._users, self._identity.username

        def add(username: str, password: str, values: Values) -> UserInfo:
            roles, departments, shown = values
            return users.add(actor, username, password, roles, departments, shown)

        return self._open_form(
            UserForm(self._runner, self._departments, self._names, add, parent=self)
        )

    def ask_edit(self) -> QDialog | None:
        user, users, actor = self.selected_user(), self._users, self._identity.username
        if user is None:
            return None

        def update(username: str, _password: str, values: Values) -> UserInfo:
            roles, departments, shown = values
            return users.update(actor, username, roles, departments, shown, user.version)

        return self._open_form(
            UserForm(self._runner, self._departments, self._names, update, user, self)
        )

    def ask_reset(self) -> QDialog | None:
        user, users, actor = self.selected_user(), self._users, self._identity.username
        if user is None:
            return None
        username = user.username
        return self._open_form(
            ResetPasswordForm(
                self._runner,
                username,
                lambda password: users.reset_password(actor, username, password),
                self,
            )
        )

    def ask_state(self, disable: bool) -> QMessageBox | None:
        """Disable (or enable) the selected user, once confirmed."""
        user, users, actor = self.selected_user(), self._users, self._identity.username
        if user is None or user.disabled == disable:
            return None
        name = user.username
        if disable:
            text = self.tr(
                "Disable {user}? They can no longer sign in or act; what they did stays in the "
                "record. An admin can enable them again."
            ).format(user=name)
            work: Callable[[], Any] = lambda: users.disable(actor, name)  # noqa: E731
        else:
            text = self.tr("Enable {user}? They can sign in again with their password.").format(
                user=name
            )
            work = lambda: users.enable(actor, name)  # noqa: E731
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Disable user") if disable else self.tr("Enable user"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmBox")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Disable") if disable else self.tr("Enable"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def clicked(button: object) -> None:
            if button is yes:
                self._runner.run(work, lambda _info: self._changed(), self._failed)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
