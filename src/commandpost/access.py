"""Who may do what: the roles of the people using CommandPost and the rules for each action.

These rules are pure and shared. The services check them against the user stored in the database
before every change (``services/access.py``), so the window and the command line obey the same
rules; the window asks :meth:`Identity.may` to hide or disable what a user may not do.

A user holds one or more roles:

- **admin**: the plan library, users, drill schedule, exports and the audit trail;
- **command lead** (指挥长): declares, changes levels and phases, acknowledges, closes, writes and
  signs off the review; may also work any department's tasks and reports;
- **department liaison** (部门联络人): bound to one or more departments; works their tasks, sends
  their progress reports and situation figures, acknowledges their alerts;
- **observer** (观察员): reads everything, changes nothing.

Every role reads everything: the command picture is shared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    COMMAND_LEAD = "command_lead"
    LIAISON = "liaison"
    OBSERVER = "observer"


class Permission(StrEnum):
    MANAGE_PLANS = "manage_plans"
    """Import, submit, approve, return to draft and retire plan versions."""
    MANAGE_USERS = "manage_users"
    """Add, disable, enable users; reset passwords."""
    MANAGE_DRILLS = "manage_drills"
    """Schedule and cancel drills."""
    EXPORT = "export"
    """Write PDF reports and batch exports."""
    VIEW_AUDIT = "view_audit"
    """Read, verify and export the audit trail."""
    COMMAND = "command"
    """Raise or dismiss a warning, declare, change level or phase, add a task, acknowledge a
    progress report, close."""
    REVIEW = "review"
    """Write, sign off and revise the post-incident review; improvement actions."""
    WORK_TASKS = "work_tasks"
    """Tick, reopen, mark not applicable, assign, add a note: needs the task's department."""
    REPORT = "report"
    """Send a progress report, record a situation figure: needs the department (a figure has
    none: any liaison may record one)."""
    ACKNOWLEDGE = "acknowledge"
    """Acknowledge an alert: a liaison only for alerts of their departments."""


DEPARTMENTAL = frozenset({Permission.WORK_TASKS, Permission.REPORT, Permission.ACKNOWLEDGE})
"""Permissions a liaison holds for their own departments only."""

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(
        {
            Permission.MANAGE_PLANS,
            Permission.MANAGE_USERS,
            Permission.MANAGE_DRILLS,
            Permission.EXPORT,
            Permission.VIEW_AUDIT,
        }
    ),
    Role.COMMAND_LEAD: frozenset(
        {
            Permission.COMMAND,
            Permission.REVIEW,
            Permission.EXPORT,
            Permission.WORK_TASKS,
            Permission.REPORT,
            Permission.ACKNOWLEDGE,
        }
    ),
    Role.LIAISON: DEPARTMENTAL,
    Role.OBSERVER: frozenset(),
}
"""What each role may do; a liaison's grants hold only for their departments."""

SYSTEM_NAME = "CommandPost"
"""The application itself (reminders, escalations, shipped plans): may do everything; no user may
take this name."""


@dataclass(frozen=True, slots=True)
class Identity:
    """A signed-in user as the rules see them."""

    username: str
    roles: frozenset[Role]
    departments: frozenset[str] = field(default_factory=frozenset)
    display_name: str = ""

    @classmethod
    def system(cls) -> Identity:
        return cls(SYSTEM_NAME, frozenset(Role), frozenset(), SYSTEM_NAME)

    @property
    def is_system(self) -> bool:
        return self.username == SYSTEM_NAME

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username

    def may(self, permission: Permission, departments: Iterable[str] | None = None) -> bool:
        """Whether this user may do ``permission``. For a departmental permission ``departments``
        names the departments concerned; None asks "for some department" (a liaison bound to at
        least one), an empty collection (nothing departmental, e.g. a drill alert) denies a
        liaison."""
        if self.is_system:
            return True
        for role in self.roles:
            if permission not in GRANTS.get(role, frozenset()):
                continue
            if role != Role.LIAISON or permission not in DEPARTMENTAL:
                return True
            if isinstance(departments, str):  # one department, not its characters
                departments = [departments]
            wanted = None if departments is None else set(departments)
            if wanted is None:
                if self.departments:
                    return True
            elif wanted and wanted <= self.departments:
                return True
        return False
