"""The plan viewer: one plan version, read-only, in the window's language.

The header says which text this is (id, version, status, source, review due); the tabs hold the
overview, the organisation, the tasks with their level filter, the figures and standards, other
provisions and the version's history. Pages are rebuilt for each version shown: a plan is a few
hundred widgets at most, and rebuilding keeps no stale state between versions.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from commandpost.clock import Clock, utc_now
from commandpost.ui.appearance import tint
from commandpost.ui.task_list import TaskBrowser
from commandpost.ui.viewer_organisation import organisation_page
from commandpost.ui.viewer_overview import overview_page
from commandpost.ui.viewer_reference import figures_page, history_page, provisions_page
from commandpost.ui.widgets import heading, muted_label, scrolling, text_label
from commandpost.ui.words import date_label, status_label

if TYPE_CHECKING:
    from commandpost.services.plan_records import VersionDetail


class PlanViewer(QWidget):
    """Shows a :class:`VersionDetail`, or a short message while there is none."""

    def __init__(self, lang: str, now: Clock = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._now = now
        self.detail: VersionDetail | None = None

        self.message = muted_label("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading("")
        self.title.setObjectName("planTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = text_label("")
        self.facts.setObjectName("planFacts")
        self.review = text_label("")
        self.review.setObjectName("reviewDue")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tasks = TaskBrowser(lang)
        self._pages: dict[str, QScrollArea] = {}
        for name, label in (
            ("overview", self.tr("Overview")),
            ("organisation", self.tr("Organisation")),
            ("tasks", self.tr("Tasks")),
            ("figures", self.tr("Figures and standards")),
            ("provisions", self.tr("Provisions")),
            ("history", self.tr("History")),
        ):
            if name == "tasks":
                self.tabs.addTab(self.tasks, label)
                continue
            area = scrolling(QWidget())
            area.setObjectName(f"page:{name}")
            self._pages[name] = area
            self.tabs.addTab(area, label)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.review)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.message)
        self._stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self._stack)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.show_message(self.tr("Choose a plan on the left to read it."))

    def show_message(self, text: str) -> None:
        self.detail = None
        self.message.setText(text)
        self._stack.setCurrentIndex(0)

    def show_detail(self, detail: VersionDetail) -> None:
        self.detail = detail
        plan, info, lang = detail.plan, detail.info, self._lang
        self.title.setText(plan.title.get(lang))
        facts = self.tr("{id} · version {version} · {status}").format(
            id=plan.id, version=info.version, status=status_label(info.status)
        )
        source = self.tr("Source document: {document}").format(document=plan.source.document)
        self.facts.setText(f"{facts}\n{source}")
        self._show_review(info.status, info.review_due_at)
        self._pages["overview"].setWidget(overview_page(plan, lang))
        self._pages["organisation"].setWidget(organisation_page(plan, lang))
        self.tasks.show_plan(plan)
        self._pages["figures"].setWidget(figures_page(plan, lang))
        self._pages["provisions"].setWidget(provisions_page(plan, lang))
        self._pages["history"].setWidget(history_page(detail.history))
        self._stack.setCurrentIndex(1)

    def page(self, name: str) -> QWidget:
        """A tab's content by name: overview, organisation, figures, provisions, history."""
        widget = self._pages[name].widget()
        assert widget is not None
        return widget

    def page_texts(self, name: str) -> list[str]:
        """Every label's text on a page, for tests and accessibility checks."""
        return [label.text() for label in self.page(name).findChildren(QLabel)]

    def _show_review(self, status: str, due: datetime | None) -> None:
        if status != "approved" or due is None:
            self.review.setVisible(False)
            return
        self.review.setVisible(True)
        if self._now() >= due:
            self.review.setText(
                self.tr("Review overdue since {date}: revise and approve a new version.").format(
                    date=date_label(due)
                )
            )
            tint(self.review, lambda c: f"color: {c.overdue}; font-weight: bold;")
        else:
            self.review.setText(self.tr("Review due {date}").format(date=date_label(due)))
            tint(self.review, "")
