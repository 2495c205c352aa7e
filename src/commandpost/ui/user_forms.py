"""The forms of the users dialog: a new user, a user's roles and departments, a new password.

Each is an :class:`AccountDialog`: what can be checked at once (a role chosen, a liaison's
department, the password typed twice) is said on its red line before anything is sent; then OK
runs the one user-service call off the GUI thread and the dialog closes only when it succeeded,
so a refusal ("there is already a user …", "the last enabled admin") is read where it was caused.
Departments are offered by name (from the plans) and stored by key; only a department liaison
has departments, so the list is enabled only while that role is ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from commandpost.access import Role
from commandpost.ui.sign_in import AccountDialog, min_password_length, password_problems
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.user_words import ROLE_ORDER, role_label

if TYPE_CHECKING:
    from commandpost.services.users import UserInfo

Values = tuple[frozenset[Role], frozenset[str], str]
"""Roles, departments and display name as chosen."""


class UserForm(AccountDialog):
    """A new user (``user`` None: with a name and a password) or an existing user's roles,
    departments and display name. ``submit_values`` is the service call OK runs."""

    def __init__(
        self,
        runner: TaskRunner,
        departments: Sequence[str],
        names: Mapping[str, str],
        submit_values: Callable[[str, str, Values], Any],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("userForm")
        self.user = user
        self._submit_values = submit_values
        if user is None:
            self.name(self.tr("Add user"), self.tr("Add user"))
            self.field("username", self.tr("&User name:"))
        else:
            self.name(self.tr("Change {user}").format(user=user.username), self.tr("Save changes"))
            self.form.addRow(self.tr("User name:"), QLabel(user.username))
        self.field("displayName", self.tr("&Display name:")).setText(
            user.display_name if user is not None else ""
        )
        if user is None:
            self.field("password", self.tr("&Password:"), secret=True).setPlaceholderText(
                self.tr("at least {count} characters").format(count=min_password_length())
            )
            self.field("passwordAgain", self.tr("Password &again:"), secret=True)
        self.roles: dict[Role, QCheckBox] = {}
        role_row = QHBoxLayout()
        for role in ROLE_ORDER:
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role:{role.value}")
            box.setChecked(user is not None and role in user.roles)
            box.toggled.connect(self._roles_changed)
            self.roles[role] = box
            role_row.addWidget(box)
        role_row.addStretch(1)
        self.form.addRow(self.tr("Roles:"), role_row)
        self.departments = QListWidget()
        self.departments.setObjectName("departments")
        chosen = user.departments if user is not None else frozenset()
        keys = sorted({*departments, *chosen}, key=lambda k: names.get(k, k))
        for key in keys:
            item = QListWidgetItem(names.get(key, key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.departments.addItem(item)
        self.departments.setMinimumHeight(150)
        self.form.addRow(self.tr("Departments\n(liaison only):"), self.departments)
        self._roles_changed()

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.roles.items() if box.isChecked())

    def chosen_departments(self) -> frozenset[str]:
        items = (self.departments.item(n) for n in range(self.departments.count()))
        return frozenset(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def choose(self, roles: Sequence[Role], departments: Sequence[str] = ()) -> None:
        """Tick exactly these roles and departments (the keyboard and tests use it)."""
        for role, box in self.roles.items():
            box.setChecked(role in roles)
        for n in range(self.departments.count()):
            item = self.departments.item(n)
            if item is not None:
                wanted = item.data(Qt.ItemDataRole.UserRole) in departments
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _roles_changed(self, *_: object) -> None:
        self.departments.setEnabled(Role.LIAISON in self.chosen_roles())

    def problems(self) -> list[str]:
        problems = []
        if self.user is None and not self.text("username").strip():
            problems.append(self.tr("Enter a user name."))
        roles = self.chosen_roles()
        if not roles:
            problems.append(self.tr("Choose at least one role."))
        if Role.LIAISON in roles and not self.chosen_departments():
            problems.append(self.tr("Choose the department liaison's departments."))
        if self.user is None:
            problems += password_problems(self.text("password"), self.text("passwordAgain"))
        return problems

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.show_problem("\n".join(problems))
            return
        roles = self.chosen_roles()
        departments = self.chosen_departments() if Role.LIAISON in roles else frozenset()
        values: Values = (roles, departments, self.text("displayName").strip())
        username = self.user.username if self.user is not None else self.text("username").strip()
        password = self.text("password") if self.user is None else ""
        submit = self._submit_values
        self.submit(
            lambda: submit(username, password, values),
            lambda _info: super(UserForm, self).accept(),
            self.tr("Saving…"),
        )


class ResetPasswordForm(AccountDialog):
    """An admin gives a user a new password (which also unlocks the account)."""

    def __init__(
        self,
        runner: TaskRunner,
        username: str,
        reset: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("resetPasswordForm")
        self.name(self.tr("Reset password of {user}").format(user=username), self.tr("Reset"))
        self._reset = reset
        explanation = QLabel(
            self.tr(
                "{user} will sign in with this password; tell it to them, and ask them to change "
                "it (File → Change password…). Resetting also unlocks a locked account."
            ).format(user=username)
        )
        explanation.setWordWrap(True)
        self.intro.addWidget(explanation)
        self.field("password", self.tr("&New password:"), secret=True).setPlaceholderText(
            self.tr("at least {count} characters").format(count=min_password_length())
        )
        self.field("passwordAgain", self.tr("New password &again:"), secret=True)

    def accept(self) -> None:
        password = self.text("password")
        problems = password_problems(password, self.text("passwordAgain"))
        if problems:
            self.show_problem("\n".join(problems))
            return
        reset = self._reset
        self.submit(
            lambda: reset(password),
            lambda _info: super(ResetPasswordForm, self).accept(),
            self.tr("Saving…"),
        )
