"""A drill's evaluation in its review: the objectives (a list) and a rating per department or
capability on the HSEEP scale (P/S/M/U, each with its full meaning), with observations.

While the revision is a draft each rating is a choice; once it is signed off the rating is shown
as coloured text, readable rather than greyed out. The part remembers what the review had when
last shown, so the window knows whether anything was changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.services.review_records import HSEEP_RATINGS, DrillRating, ReviewInfo
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import section
from commandpost.ui.colours import Colours
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.review_words import rating_label, rating_meaning

translate = QCoreApplication.translate
EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def _rating_box(rating: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("rating")
    box.addItem(rating_label(""), "")
    for value in HSEEP_RATINGS:
        box.addItem(rating_label(value), value)
        box.setItemData(box.count() - 1, rating_meaning(value), Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(box.findData(rating), 0))
    return box


def _rating_colour(rating: str, c: Colours) -> str:
    """P green, S amber, M orange, U red; no rating muted."""
    return {"P": c.done, "S": c.soon, "M": c.serious, "U": c.overdue}.get(rating, c.muted)


def _rating_text(rating: str) -> QLabel:
    """A signed-off rating: its letter and meaning in the rating's colour."""
    label = QLabel(rating_label(rating))
    label.setObjectName("ratingText")
    label.setContentsMargins(6, 0, 6, 0)
    weight = "bold" if rating else "normal"
    tint(label, lambda c: f"color: {_rating_colour(rating, c)}; font-weight: {weight};")
    label.setToolTip(rating_meaning(rating) if rating else "")
    label.setProperty("rating", rating)
    return label


class DrillEvaluation(QWidget):
    """A drill's objectives (a list) and its ratings (one row per department or capability)."""

    edited = Signal()
    capability_requested = Signal()

    def __init__(self, names: PlanNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillEvaluation")
        self._names = names
        self._shown: tuple[tuple[str, ...], tuple[DrillRating, ...]] = ((), ())
        self._departments: tuple[str, ...] | None = None
        self._read_only = False
        self._filling = False
        self.objectives = QListWidget()
        self.objectives.setObjectName("objectives")
        self.objectives.setEditTriggers(EDITING)
        self.objectives.itemChanged.connect(lambda _item: self._edited())
        self.add_objective_button = QPushButton(translate("ReviewSections", "Add &objective"))
        self.add_objective_button.setObjectName("addObjective")
        self.add_objective_button.clicked.connect(lambda _c=False: self.add_objective())
        self.remove_objective_button = QPushButton(translate("ReviewSections", "Remo&ve objective"))
        self.remove_objective_button.setObjectName("removeObjective")
        self.remove_objective_button.clicked.connect(lambda _c=False: self.remove_objective())
        self.ratings = QTableWidget(0, 3)
        self.ratings.setObjectName("ratings")
        self.ratings.setHorizontalHeaderLabels(
            [
                translate("ReviewSections", "Department or capability"),
                translate("ReviewSections", "Rating (HSEEP)"),
                translate("ReviewSections", "Observations"),
            ]
        )
        self.ratings.verticalHeader().setVisible(False)
        self.ratings.setTabKeyNavigation(False)
        self.ratings.setWordWrap(True)
        header = self.ratings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ratings.itemChanged.connect(lambda _item: self._edited())
        self.add_capability_button = QPushButton(translate("ReviewSections", "Add &capability…"))
        self.add_capability_button.setObjectName("addCapability")
        self.add_capability_button.clicked.connect(
            lambda _c=False: self.capability_requested.emit()
        )
        scale = QLabel(
            translate(
                "ReviewSections",
                "HSEEP scale: P performed without challenges · S with some challenges · "
                "M with major challenges · U unable to be performed.",
            )
        )
        scale.setWordWrap(True)
        tint(scale, lambda c: f"color: {c.muted};")
        self.problem = QLabel()
        self.problem.setObjectName("ratingsProblem")
        self.problem.setWordWrap(True)
        tint(self.problem, lambda c: f"color: {c.overdue};")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            section(
                translate("ReviewSections", "Objectives"),
                self.objectives,
                name="objectivesBox",
                buttons=[self.add_objective_button, self.remove_objective_button],
            ),
            1,
        )
        layout.addWidget(
            section(
                translate("ReviewSections", "Ratings"),
                scale,
                self.ratings,
                self.problem,
                name="ratingsBox",
                buttons=[self.add_capability_button],
            ),
            2,
        )

    # --- content -------------------------------------------------------------------------

    def show_review(
        self, review: ReviewInfo, departments: Sequence[str], keep_typed: bool = False
    ) -> None:
        """Objectives and ratings of the review; a row for every department that took part.
        The same review read again changes nothing (a rating being typed stays open)."""
        shown = (tuple(review.objectives), tuple(review.ratings))
        if (shown, tuple(departments)) == (self._shown, self._departments) and not self.changed():
            return
        self._departments = tuple(departments)
        if keep_typed and self.changed():
            objectives, ratings = self.values()
        else:
            objectives, ratings = review.objectives, review.ratings
        self._shown = shown
        self._filling = True
        self.objectives.clear()
        for text in objectives:
            self._objective_item(text)
        rated = {r.subject: r for r in ratings}
        subjects = [*departments, *(r.subject for r in ratings if r.subject not in departments)]
        self.ratings.setRowCount(0)
        for subject in subjects:
            given = rated.get(subject)
            self._rating_row(
                subject, given.rating if given else "", given.observations if given else ""
            )
        self.ratings.resizeRowsToContents()
        self._filling = False
        self.set_read_only(self._read_only)
        self.problem.hide()

    def _objective_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.objectives)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _rating_row(self, subject: str, rating: str, observations: str) -> None:
        row = self.ratings.rowCount()
        self.ratings.insertRow(row)
        name = QTableWidgetItem(self._names.department(subject))
        name.setData(Qt.ItemDataRole.UserRole, subject)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.ratings.setItem(row, 0, name)
        self.ratings.setItem(row, 2, QTableWidgetItem(observations))
        self._rating_cell(row, rating)

    def _rating_cell(self, row: int, rating: str) -> None:
        """A choice while the revision is a draft; coloured text once it is read-only."""
        if self._read_only:
            self.ratings.setCellWidget(row, 1, _rating_text(rating))
            return
        box = _rating_box(rating)
        box.currentIndexChanged.connect(lambda _i: self._edited())
        self.ratings.setCellWidget(row, 1, box)

    def add_objective(self, text: str = "") -> QListWidgetItem | None:
        if self._read_only:
            return None
        item = self._objective_item(text)
        self.objectives.setCurrentItem(item)
        if not text:
            self.objectives.editItem(item)
        self._edited()
        return item

    def remove_objective(self) -> None:
        row = self.objectives.currentRow()
        if self._read_only or row < 0:
            return
        self.objectives.takeItem(row)
        self._edited()

    def add_capability(self, name: str) -> None:
        """A row for a capability named in words (not a department of the plan)."""
        if self._read_only or not name.strip():
            return
        self._rating_row(name.strip(), "", "")
        self.ratings.setCurrentCell(self.ratings.rowCount() - 1, 1)
        self._edited()

    def rating_box(self, row: int) -> QComboBox:
        box = self.ratings.cellWidget(row, 1)
        assert isinstance(box, QComboBox), "the revision is read-only"
        return box

    def rating_at(self, row: int) -> str:
        cell = self.ratings.cellWidget(row, 1)
        if isinstance(cell, QComboBox):
            return str(cell.currentData() or "")
        return str(cell.property("rating") or "") if cell is not None else ""

    def _row_subject(self, row: int) -> str:
        item = self.ratings.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def row_of(self, subject: str) -> int:
        for row in range(self.ratings.rowCount()):
            item = self.ratings.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == subject:
                return row
        raise KeyError(subject)

    # --- result --------------------------------------------------------------------------

    def values(self) -> tuple[tuple[str, ...], tuple[DrillRating, ...]]:
        """The objectives (empty lines left out) and the rated rows."""
        objectives = []
        for number in range(self.objectives.count()):
            item = self.objectives.item(number)
            if item is not None and item.text().strip():
                objectives.append(item.text().strip())
        ratings = []
        for row in range(self.ratings.rowCount()):
            subject, rating, observations = self._row(row)
            if rating:
                ratings.append(DrillRating(subject, rating, observations))
        return tuple(objectives), tuple(ratings)

    def _row(self, row: int) -> tuple[str, str, str]:
        observations = self.ratings.item(row, 2)
        return (
            self._row_subject(row),
            self.rating_at(row),
            observations.text().strip() if observations is not None else "",
        )

    def changed(self) -> bool:
        return self.values() != self._shown

    def check(self) -> str:
        """What keeps the ratings from being saved, said under the table (empty: nothing)."""
        unrated = [
            self._names.department(subject)
            for subject, rating, observations in map(self._row, range(self.ratings.rowCount()))
            if observations and not rating
        ]
        text = ""
        if unrated:
            text = translate(
                "ReviewSections", "Give a rating to go with the observations on: {subjects}."
            ).format(subjects=", ".join(unrated))
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        return text

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            ratings = [self.rating_at(row) for row in range(self.ratings.rowCount())]
            self._read_only = read_only
            self._filling = True
            for row, rating in enumerate(ratings):
                self._rating_cell(row, rating)
            self._filling = False
        triggers = QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDITING
        self.objectives.setEditTriggers(triggers)
        self.ratings.setEditTriggers(triggers)
        for button in (
            self.add_objective_button,
            self.remove_objective_button,
            self.add_capability_button,
        ):
            button.setEnabled(not read_only)

    def _edited(self) -> None:
        if not self._filling:
            if self.problem.isVisible():
                self.check()
            self.edited.emit()
