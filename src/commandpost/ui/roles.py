"""The window's side of the role rules: who is signed in, and one way to turn an action off.

Every panel and window is given the signed-in :class:`Identity` and asks
:meth:`Identity.may` before enabling an action; :func:`gate` enables or disables a button or an
action and, when the role is the reason, says so in its tooltip ("Your role does not allow
this."), so a disabled action never looks broken. The services check again (a role changed a
moment ago is refused with their sentence); the window only mirrors the rules.

:func:`everyone` is the identity of windows built without a sign-in (tests, and the screenshots
of a database that has no users yet): it holds every role, so nothing is turned off.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from commandpost.access import Identity, Permission, Role
from commandpost.ui.user_words import not_allowed

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary

_OWN_TIP = "roleFreeToolTip"
"""Where a widget keeps the tooltip it had before its role turned it off."""


def everyone(actor: str) -> Identity:
    """An identity holding every role, named ``actor``."""
    return Identity(actor, frozenset(Role), frozenset(), actor)


def gate(target: QAction | QWidget, allowed: bool, enabled: bool = True) -> None:
    """Enable ``target`` when the role allows it and ``enabled`` (the state allows it); when the
    role does not, disable it and say why in its tooltip."""
    if target.property(_OWN_TIP) is None:
        target.setProperty(_OWN_TIP, "" if isinstance(target, QAction) else target.toolTip())
    target.setEnabled(allowed and enabled)
    target.setToolTip(str(target.property(_OWN_TIP)) if allowed else not_allowed())


def own_departments(identity: Identity) -> frozenset[str] | None:
    """A liaison's departments, when they act for those only; None for a user who acts for every
    department (a command lead) or for none (an observer, an admin)."""
    if identity.may(Permission.ACKNOWLEDGE, ()) or not identity.departments:
        return None
    return identity.departments


def department_names(library: PlanLibrary, lang: str) -> dict[str, str]:
    """Each department key of the approved plans with its name in ``lang``: the name most plans
    give it (plans name the same department a little differently); read off the GUI thread."""
    given: dict[str, Counter[str]] = {}
    for info in library.list_plans():
        if info.approved is None:
            continue
        plan = library.get(info.plan_id, info.approved.version).plan
        for department in plan.departments:
            given.setdefault(department.key, Counter())[department.name.get(lang)] += 1
    return {key: names.most_common(1)[0][0] for key, names in given.items()}
