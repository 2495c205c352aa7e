"""The command boards, department checklists and reviews opened from the main window: one board
and one review per incident (asking again brings it forward), any number of checklists, all
closed together.

Why a keeper: each of these windows runs its own timers and worker on the shared database, so
they must all be closed (which stops both) before the main window releases the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from commandpost.access import Identity
from commandpost.clock import Clock
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.layout_memory import remember_layout
from commandpost.ui.live import LiveSync, touches_incident
from commandpost.ui.roles import everyone

if TYPE_CHECKING:
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService
    from commandpost.ui.review_window import ReviewWindow

BOARD_SIZE = (1500, 950)
CHECKLIST_SIZE = (1300, 800)
REVIEW_SIZE = (1500, 950)


class IncidentWindows(QObject):
    """Opens, remembers and closes the incident windows (top-level, deleted on close).
    ``changed`` fires after each action finished in any of them."""

    changed = Signal()

    def __init__(
        self,
        lang: str,
        actor: str,
        now: Clock,
        parent: QObject | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.identity = identity or everyone(actor)
        self._actor = self.identity.username
        self._now = now
        self.boards: dict[int, CommandBoard] = {}
        self.reviews: dict[int, ReviewWindow] = {}
        self._checklists: dict[int, ChecklistWindow] = {}
        self._open_review: tuple[ReviewService, PlanLibrary] | None = None
        self.live: LiveSync | None = None
        """Other desktops' changes, followed by every window opened from now on."""

    @property
    def checklists(self) -> list[ChecklistWindow]:
        return list(self._checklists.values())

    def open_board(self, service: IncidentService, incident_id: int) -> CommandBoard:
        """The incident's board, opened once and brought forward when asked again."""
        board = self.boards.get(incident_id)
        if board is None:
            board = CommandBoard(
                service, incident_id, self._lang, self._actor, self._now, identity=self.identity
            )
            board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            board.destroyed.connect(lambda _o=None, i=incident_id: self.boards.pop(i, None))
            self.boards[incident_id] = board
            board.action_finished.connect(lambda _message: self.changed.emit())
            board.refresher.follow(self.live, touches_incident(lambda: incident_id, False))
            board.review_requested.connect(self._review_from_board)
            remember_layout(board, "board", BOARD_SIZE, board.board_shown)
            board.show()
            board.start()
        board.raise_()
        board.activateWindow()
        return board

    def open_checklist(
        self, service: IncidentService, incident_id: int | None, department: str | None
    ) -> ChecklistWindow:
        """A new checklist (a liaison may want two departments side by side)."""
        window = ChecklistWindow(
            service,
            self._lang,
            self._actor,
            self._now,
            incident_id,
            department,
            identity=self.identity,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = id(window)
        window.destroyed.connect(lambda _o=None, k=key: self._checklists.pop(k, None))
        self._checklists[key] = window
        window.action_finished.connect(lambda _message: self.changed.emit())
        window.refresher.follow(self.live, touches_incident(lambda: window.incident_id))
        remember_layout(window, "checklist", CHECKLIST_SIZE, window.checklist_shown)
        window.show()
        window.start()
        return window

    def set_review_services(self, reviews: ReviewService, library: PlanLibrary) -> None:
        """What a review opened from a board works with."""
        self._open_review = (reviews, library)

    def _review_from_board(self, incident_id: int) -> None:
        if self._open_review is not None:
            self.open_review(*self._open_review, incident_id)

    def open_review(
        self, reviews: ReviewService, library: PlanLibrary, incident_id: int
    ) -> ReviewWindow:
        """The incident's review, opened once and brought forward when asked again."""
        from commandpost.ui.review_window import ReviewWindow

        window = self.reviews.get(incident_id)
        if window is None:
            window = ReviewWindow(
                reviews,
                library,
                incident_id,
                self._lang,
                self._actor,
                self._now,
                identity=self.identity,
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _o=None, i=incident_id: self.reviews.pop(i, None))
            self.reviews[incident_id] = window
            window.action_finished.connect(lambda _message: self.changed.emit())
            window.refresher.follow(self.live, touches_incident(lambda: incident_id, False))
            remember_layout(window, "review", REVIEW_SIZE, window.review_shown)
            window.show()
            window.start()
        window.raise_()
        window.activateWindow()
        return window

    def unsaved_review(self) -> ReviewWindow | None:
        """A review with unsaved changes, brought forward and asking what to do with them."""
        window = next((w for w in self.reviews.values() if w.dirty()), None)
        if window is not None:
            window.raise_()
            window.activateWindow()
            window.ask_to_close()
        return window

    def close_all(self) -> None:
        """Close every window: each stops its timers and waits for its worker."""
        for window in [*self.boards.values(), *self._checklists.values()]:
            window.close()
        for review in list(self.reviews.values()):
            review.discard_and_close()  # unsaved changes were asked about before
        self.boards.clear()
        self.reviews.clear()
        self._checklists.clear()
