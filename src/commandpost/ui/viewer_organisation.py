"""The organisation page: the command group and each department, with their 24-hour contacts.

Names and phone numbers are often left empty in a plan until the company fills them in; an empty
one is shown as "not filled in" in grey italics so that the gap is visible rather than silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from commandpost.ui.appearance import tint
from commandpost.ui.widgets import (
    bullet_list,
    heading,
    muted_label,
    page,
    text_label,
    value_or_missing,
)

if TYPE_CHECKING:
    from commandpost.plan.model import Contact, Plan, Text


def organisation_page(plan: Plan, lang: str) -> QWidget:
    group = plan.command_group
    boxes: list[QWidget] = [
        _unit_box(
            group.name.get(lang),
            group.responsibilities,
            [(c, False) for c in group.contacts],
            lang,
        )
    ]
    for department in plan.departments:
        box = _unit_box(
            department.name.get(lang),
            department.responsibilities,
            [(department.head, True), *((c, False) for c in department.contacts)],
            lang,
        )
        box.setObjectName(f"department:{department.key}")
        boxes.append(box)
    return page(*boxes)


def _unit_box(
    title: str,
    responsibilities: Sequence[Text],
    contacts: Sequence[tuple[Contact, bool]],
    lang: str,
) -> QFrame:
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    layout.addWidget(heading(title))
    if responsibilities:
        layout.addWidget(
            _caption(QCoreApplication.translate("OrganisationPage", "Responsibilities"))
        )
        layout.addWidget(bullet_list([r.get(lang) for r in responsibilities]))
    layout.addWidget(
        _caption(QCoreApplication.translate("OrganisationPage", "Head and 24-hour contacts"))
    )
    if contacts:
        layout.addWidget(_contacts_grid(contacts, lang))
    else:
        layout.addWidget(
            muted_label(QCoreApplication.translate("OrganisationPage", "no contacts listed"))
        )
    return box


def _contacts_grid(contacts: Sequence[tuple[Contact, bool]], lang: str) -> QWidget:
    grid_widget = QWidget()
    grid = QGridLayout(grid_widget)
    grid.setContentsMargins(12, 0, 0, 0)
    grid.setHorizontalSpacing(18)
    headers = [
        QCoreApplication.translate("OrganisationPage", "Role"),
        QCoreApplication.translate("OrganisationPage", "Name"),
        QCoreApplication.translate("OrganisationPage", "Phone"),
        QCoreApplication.translate("OrganisationPage", "Hours"),
    ]
    for column, header in enumerate(headers):
        grid.addWidget(_caption(header, muted=True), 0, column)
    for row, (contact, is_head) in enumerate(contacts, start=1):
        role = contact.role.get(lang)
        if is_head:
            role = QCoreApplication.translate("OrganisationPage", "{role} (head)").format(role=role)
        grid.addWidget(text_label(role), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value_or_missing(contact.name), row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value_or_missing(contact.phone), row, 2, Qt.AlignmentFlag.AlignTop)
        hours = contact.hours.get(lang) if contact.hours is not None else ""
        grid.addWidget(text_label(hours), row, 3, Qt.AlignmentFlag.AlignTop)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    grid.setColumnStretch(2, 2)
    grid.setColumnStretch(3, 2)
    return grid_widget


def _caption(text: str, muted: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(not muted)
    label.setFont(font)
    if muted:
        tint(label, lambda c: f"color: {c.muted};")
    return label
