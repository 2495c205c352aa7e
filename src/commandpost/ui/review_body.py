"""The parts of the review window: the header (title, drill mark, revision line, the sign-off
banner) and the body (the facts on the left; the written review, a drill's evaluation and the
improvement actions on the right).

Split from the window so the window only reads, saves and wires actions; each part shows the
records it is given and keeps no state beyond what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandpost.clock import Clock
from commandpost.services.review_records import ImprovementAction, ReviewFacts, ReviewInfo
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import DrillBanner, record_table, section, wrapping
from commandpost.ui.drill_evaluation import DrillEvaluation
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_widgets import drill_badge
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.review_actions import action_columns
from commandpost.ui.review_commands import signed_off_banner
from commandpost.ui.review_facts_view import FactsView
from commandpost.ui.review_sections import WrittenSections
from commandpost.ui.review_words import review_status_label, stamp

translate = QCoreApplication.translate
ACTION_BUTTONS = ("add_action", "mark_done", "reopen_action", "link_action")


class ReviewHeader(QWidget):
    """Title with the drill mark, the plan and revision line, and the sign-off banner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill_banner = DrillBanner()
        self.drill_banner.hide()
        self.drill = drill_badge()
        self.drill.hide()
        self.title = QLabel(translate("ReviewHeader", "Reading the review…"))
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        tint(self.info, lambda c: f"color: {c.muted};")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setObjectName("signedOffBanner")
        self.banner.setWordWrap(True)
        tint(
            self.banner,
            lambda c: (
                f"QLabel#signedOffBanner {{ background: {c.signed_background};"
                f" border: 1px solid {c.signed_border}; color: {c.signed_text}; padding: 6px;"
                " font-weight: bold; }"
            ),
        )
        self.banner.hide()
        top = QHBoxLayout()
        top.addWidget(self.drill, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drill_banner)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)

    def show_review(self, facts: ReviewFacts, review: ReviewInfo, names: PlanNames) -> None:
        incident = facts.incident
        self.drill.setVisible(incident.is_drill)
        self.drill_banner.setVisible(incident.is_drill)
        title = (
            translate("ReviewHeader", "Review of drill {id}: {title}")
            if incident.is_drill
            else translate("ReviewHeader", "Review of incident {id}: {title}")
        )
        self.title.setText(title.format(id=incident.id, title=incident.title))
        self.info.setText(
            translate(
                "ReviewHeader",
                "Plan: {plan} (version {version}) · Revision {revision}, {status} · "
                "last changed {time} by {who}",
            ).format(
                plan=names.title(),
                version=incident.plan_version,
                revision=review.revision,
                status=review_status_label(review.status),
                time=stamp(review.changed_at),
                who=review.changed_by,
            )
        )
        self.banner.setText(signed_off_banner(review) if review.read_only else "")
        self.banner.setVisible(review.read_only)


class ReviewBody(QWidget):
    """The facts, the editors and the actions of one review."""

    def __init__(
        self, names: PlanNames, is_drill: bool, now: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.facts_view = FactsView(names)
        self.sections = WrittenSections()
        self.evaluation = DrillEvaluation(names) if is_drill else None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.sections, translate("ReviewBody", "Written review"))
        if self.evaluation is not None:
            self.tabs.addTab(self.evaluation, translate("ReviewBody", "Drill evaluation"))

        def plan_title(plan_id: str) -> str:
            if plan_id == names.plan.id:
                return translate("ReviewBody", "this plan")
            return plan_id

        self.action_model = RecordTableModel[ImprovementAction](
            action_columns(lambda a: names.department(a.department), plan_title, now),
            lambda a: a.id,
            self,
        )
        self.action_view = wrapping(record_table(self.action_model, "actions", stretch=0))
        self.buttons: dict[str, QPushButton] = {}
        for name, text in (
            # No mnemonics: the Actions menu (Alt+A) and the keys reach these.
            ("add_action", translate("ReviewBody", "Add… (Ctrl+N)")),
            ("mark_done", translate("ReviewBody", "Mark done (Ctrl+D)")),
            ("reopen_action", translate("ReviewBody", "Reopen…")),
            ("link_action", translate("ReviewBody", "Link to plan version…")),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            self.buttons[name] = button
        put_icons(self.buttons)
        self.actions_box = section(
            translate("ReviewBody", "Improvement actions"),
            self.action_view,
            name="actionsBox",
            buttons=list(self.buttons.values()),
        )
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(self.actions_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.facts_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 720])
        right.setSizes([640, 240] if is_drill else [560, 320])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_actions(self, review: ReviewInfo) -> None:
        selected = self.selected_action()
        self.action_model.set_rows(review.actions)
        self.action_model.touch()
        open_count = sum(a.status == "open" for a in review.actions)
        self.actions_box.setTitle(
            translate("ReviewBody", "Improvement actions ({open} open of {count})").format(
                open=open_count, count=len(review.actions)
            )
        )
        row = self.action_model.find(selected.id) if selected is not None else None
        if row is not None and self.selected_action() is None:
            self.action_view.selectRow(row)

    def selected_action(self) -> ImprovementAction | None:
        return self.action_model.selected_in(self.action_view)

    def set_read_only(self, read_only: bool) -> None:
        self.sections.set_read_only(read_only)
        if self.evaluation is not None:
            self.evaluation.set_read_only(read_only)

    def dirty(self) -> bool:
        if self.sections.changes():
            return True
        return self.evaluation is not None and self.evaluation.changed()
