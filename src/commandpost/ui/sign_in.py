"""Who is at the desk: the sign-in dialog, the first run's "create the administrator" dialog, and
changing one's own password.

Each dialog checks what it can at once (a field left empty, a password too short, the two new
passwords differing) and says so on a red line inside the dialog; the rest is the service's
answer. Verifying a password takes a noticeable moment by design (Argon2), so every call runs on a
:class:`TaskRunner` with the dialog's fields disabled meanwhile, and the window never freezes.

The sign-in dialog is shown before the database is even open ("Opening the database…"); the start
sequence hands it the user service once it is. Nothing of the database is shown before a user has
signed in. The last user name signed in with is remembered (QSettings) and filled in next time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity
from commandpost.ui.appearance import tint
from commandpost.ui.errors import describe, is_expected, report_unexpected
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.user_words import sign_in_refusal
from commandpost.ui.widgets import heading
from commandpost.ui.words import masked_url

if TYPE_CHECKING:
    from commandpost.services.users import UserInfo, UserService

translate = QCoreApplication.translate
LAST_USER_SETTING = "signIn/lastUser"


def remembered_user() -> str:
    """The user name last signed in with on this desktop ("" if none)."""
    return str(QSettings().value(LAST_USER_SETTING, "") or "")


def remember_user(username: str) -> None:
    QSettings().setValue(LAST_USER_SETTING, username)


def min_password_length() -> int:
    from commandpost.services.user_records import MIN_PASSWORD_LENGTH

    return MIN_PASSWORD_LENGTH


def password_problems(password: str, again: str) -> list[str]:
    """What is wrong with a new password typed twice, one sentence each."""
    problems = []
    if len(password) < min_password_length():
        problems.append(
            translate("SignIn", "A password needs at least {count} characters.").format(
                count=min_password_length()
            )
        )
    if password != again:
        problems.append(translate("SignIn", "The two passwords are not the same."))
    return problems


class AccountDialog(QDialog):
    """A small form whose OK runs one user-service call off the GUI thread: the fields are
    disabled while it runs; a refusal comes back on the red line and the fields return."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.intro = QVBoxLayout()
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        tint(self.problem, lambda c: f"color: {c.overdue}; font-weight: bold;")
        self.problem.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        tint(self.status, lambda c: f"color: {c.muted};")
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._running = False

    @property
    def busy(self) -> bool:
        """A call is running (its answer not shown yet)."""
        return self._running

    def name(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)

    def field(self, name: str, caption: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(caption, edit)
        self.fields[name] = edit
        return edit

    def text(self, name: str) -> str:
        return self.fields[name].text()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_busy(self, busy: bool, status: str = "") -> None:
        """Fields and OK off while a call runs (or the database opens), with what is happening."""
        for edit in self.fields.values():
            edit.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.status.setText(status)
        self.status.setVisible(bool(status))

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None], status: str) -> None:
        """Run ``work`` off the GUI thread; then ``done(result)``, or show the refusal."""
        if self._running:
            return
        self._running = True
        self.show_problem("")
        self.set_busy(True, status)

        def finished(result: Any) -> None:
            self._running = False
            self.set_busy(False)
            done(result)

        def refused(error: BaseException) -> None:
            self._running = False
            self.set_busy(False)
            self.refused(error)

        self._runner.run(work, finished, refused)

    def refused(self, error: BaseException) -> None:
        if is_expected(error):
            self.show_problem(self.refusal(error))
        else:
            report_unexpected(error)

    def refusal(self, error: BaseException) -> str:
        return describe(error)


class SignInDialog(AccountDialog):
    """User name and password. ``signed_in(identity)`` fires once the password is right."""

    signed_in = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        username: str = "",
        database_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("signInDialog")
        self.name(self.tr("Sign in to CommandPost"), self.tr("Sign in"))
        self.users: UserService | None = None
        self.identity: Identity | None = None
        self.intro.addWidget(heading(self.tr("CommandPost — Emergency command desk")))
        if database_url:
            where = QLabel(self.tr("Database: {url}").format(url=masked_url(database_url)))
            where.setObjectName("database")
            tint(where, lambda c: f"color: {c.muted};")
            where.setWordWrap(True)
            self.intro.addWidget(where)
        self.field("username", self.tr("&User name:")).setText(username)
        self.field("password", self.tr("&Password:"), secret=True)
        self.set_busy(True, self.tr("Opening the database…"))

    def set_users(self, users: UserService) -> None:
        """The database is open: signing in can start."""
        self.users = users
        self.set_busy(False)
        empty = "password" if self.text("username").strip() else "username"
        self.fields[empty].setFocus()

    def accept(self) -> None:
        users, username, password = self.users, self.text("username").strip(), self.text("password")
        if users is None:
            return
        if not username:
            self.show_problem(self.tr("Enter your user name."))
            self.fields["username"].setFocus()
            return
        if not password:
            self.show_problem(self.tr("Enter your password."))
            self.fields["password"].setFocus()
            return
        self.submit(
            lambda: users.sign_in(username, password),
            self._signed_in,
            self.tr("Checking the password…"),
        )

    def _signed_in(self, identity: Identity) -> None:
        remember_user(identity.username)
        self.identity = identity
        super().accept()
        self.signed_in.emit(identity)

    def refused(self, error: BaseException) -> None:
        super().refused(error)
        self.fields["password"].clear()
        self.fields["password"].setFocus()

    def refusal(self, error: BaseException) -> str:
        return sign_in_refusal(error)


class FirstRunDialog(AccountDialog):
    """A database without users: create the administrator, who is then signed in."""

    signed_in = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        users: UserService,
        database_url: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("firstRunDialog")
        self.name(self.tr("Create the administrator"), self.tr("Create and sign in"))
        self._users = users
        self.identity: Identity | None = None
        self.intro.addWidget(heading(self.tr("Welcome to CommandPost")))
        explanation = QLabel(
            self.tr(
                "This database has no users yet. Create the administrator: the account that adds "
                "the other users and gives them their roles. Keep its password safe."
            )
        )
        explanation.setWordWrap(True)
        self.intro.addWidget(explanation)
        if database_url:
            where = QLabel(self.tr("Database: {url}").format(url=masked_url(database_url)))
            tint(where, lambda c: f"color: {c.muted};")
            where.setWordWrap(True)
            self.intro.addWidget(where)
        self.field("username", self.tr("&User name:"))
        self.field("displayName", self.tr("&Display name:")).setPlaceholderText(
            self.tr("optional, e.g. your full name")
        )
        self.field("password", self.tr("&Password:"), secret=True).setPlaceholderText(
            self.tr("at least {count} characters").format(count=min_password_length())
        )
        self.field("passwordAgain", self.tr("Password &again:"), secret=True)

    def problems(self) -> list[str]:
        problems = []
        if not self.text("username").strip():
            problems.append(self.tr("Enter a user name."))
        return problems + password_problems(self.text("password"), self.text("passwordAgain"))

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.show_problem("\n".join(problems))
            return
        users, username = self._users, self.text("username").strip()
        password, shown = self.text("password"), self.text("displayName").strip()
        self.submit(
            lambda: users.create_first_admin(username, password, shown),
            self._created,
            self.tr("Creating the administrator…"),
        )

    def _created(self, info: UserInfo) -> None:
        remember_user(info.username)
        self.identity = info.identity()
        super().accept()
        self.signed_in.emit(self.identity)


class ChangePasswordDialog(AccountDialog):
    """The signed-in user changes their own password (the current one first)."""

    def __init__(
        self, runner: TaskRunner, users: UserService, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("changePasswordDialog")
        self.name(self.tr("Change password"), self.tr("Change password"))
        self._users = users
        self._username = username
        self.field("currentPassword", self.tr("&Current password:"), secret=True)
        self.field("password", self.tr("&New password:"), secret=True).setPlaceholderText(
            self.tr("at least {count} characters").format(count=min_password_length())
        )
        self.field("passwordAgain", self.tr("New password &again:"), secret=True)

    def accept(self) -> None:
        old, new = self.text("currentPassword"), self.text("password")
        problems = [] if old else [self.tr("Enter your current password.")]
        problems += password_problems(new, self.text("passwordAgain"))
        if old and new == old:
            problems.append(self.tr("The new password is the same as the current one."))
        if problems:
            self.show_problem("\n".join(problems))
            return
        users, username = self._users, self._username
        self.submit(
            lambda: users.change_password(username, old, new),
            lambda _none: QDialog.accept(self),
            self.tr("Changing the password…"),
        )

    def refusal(self, error: BaseException) -> str:
        from commandpost.services.users import AccountLockedError, SignInError

        if isinstance(error, SignInError) and not isinstance(error, AccountLockedError):
            return self.tr("The current password is not right.")
        return sign_in_refusal(error)
