"""Switching the language while the application runs, without losing work.

The shape: the windows are not retranslated in place (every window writes its texts once, when
it is built, and plan texts are picked in one language by the models); they are rebuilt. The new
translators are installed and the sign-in flow (``ui/sign_in_flow.py``) builds a new main window
on the same open library and the same signed-in identity, then shows again what was shown
(:class:`Shown`): the window's place and size, its tab, the plan version and the incident
selected, and the command boards, checklists and reviews that were open, for the same incidents
and departments, where they were. Nobody signs in again and the database is not opened again.

Before the old window closes, :class:`LanguageSwitch` makes sure nothing is lost:

- a review with unsaved edits asks Save / Discard / Cancel. Save saves and goes on once saved (a
  save refused, or a review that cannot be saved as it is, stops the switch: the review says
  why); Discard drops the edits and the review opens again as saved; Cancel cancels the switch.
- while the database cannot be reached, or changes wait to be saved, the switch waits: the
  window says so, and it happens once the database answers again and the held changes are
  saved (closing the window would drop them).
- a change, read or PDF export under way finishes first: the switch waits until every worker
  of the windows is idle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.ui.incident_windows import IncidentWindows
    from commandpost.ui.main_window import MainWindow
    from commandpost.ui.review_window import ReviewWindow

translate = QCoreApplication.translate

WAIT_SAID_MS = 400
"""How long the switch may wait for work under way before the window says it is waiting."""


@dataclass
class Shown:
    """What the main window showed, to be shown again by the rebuilt one."""

    geometry: QByteArray
    tab: int = 0
    plan: tuple[str, int] | None = None
    incident: int | None = None
    boards: list[tuple[int, QByteArray]] = field(default_factory=list)
    checklists: list[tuple[int | None, str | None, QByteArray]] = field(default_factory=list)
    reviews: list[tuple[int, QByteArray]] = field(default_factory=list)


def _windows(window: MainWindow) -> IncidentWindows | None:
    incidents = window.desk.incidents
    return incidents.windows if incidents is not None else None


def what_is_shown(window: MainWindow) -> Shown:
    row = window.panel.selected_version()
    shown = Shown(
        window.saveGeometry(),
        window.tabs.currentIndex(),
        (row.plan_id, row.version) if row is not None else None,
    )
    incidents = window.desk.incidents
    if incidents is not None:
        selected = incidents.selected_incident()
        shown.incident = selected.id if selected is not None else None
    windows = _windows(window)
    if windows is not None:
        shown.boards = [(i, b.saveGeometry()) for i, b in windows.boards.items() if b.isVisible()]
        shown.checklists = [
            (c.incident_id, c.panel.department(), c.saveGeometry())
            for c in windows.checklists
            if c.isVisible()
        ]
        shown.reviews = [(i, r.saveGeometry()) for i, r in windows.reviews.items() if r.isVisible()]
    return shown


def show_again(window: MainWindow, shown: Shown) -> None:
    """Show in the new ``window`` what :func:`what_is_shown` saw: the plan once the list is
    there, the rest once the incident side is (the windows open on their own data)."""
    window.restoreGeometry(shown.geometry)

    def plans_listed() -> None:
        window.library_loaded.disconnect(plans_listed)
        if shown.plan is not None:
            window.panel.select(*shown.plan)

    def desk_ready() -> None:
        window.desk.alerts_ready.disconnect(desk_ready)
        QTimer.singleShot(0, window, lambda: _reopen(window, shown))  # after the last tab

    window.library_loaded.connect(plans_listed)
    window.desk.alerts_ready.connect(desk_ready)


def _reopen(window: MainWindow, shown: Shown) -> None:
    incidents = window.desk.incidents
    if incidents is None or not window.isVisible():
        return
    window.tabs.setCurrentIndex(shown.tab)
    for incident_id, geometry in shown.boards:
        board = incidents.open_board(incident_id)
        if board is not None:
            board.restoreGeometry(geometry)
    for chosen, department, geometry in shown.checklists:
        checklist = incidents.open_checklist(chosen, department)
        if checklist is not None:
            checklist.restoreGeometry(geometry)
    for incident_id, geometry in shown.reviews:
        review = incidents.open_review(incident_id)
        if review is not None:
            review.restoreGeometry(geometry)
    if shown.incident is not None:
        wanted = shown.incident

        def select() -> bool:
            row = incidents.incident_model.find(wanted)
            if row is not None:
                incidents.incident_view.selectRow(row)
            return row is not None

        if not select():  # not listed yet: at the first read
            incidents.incidents_shown.connect(select, Qt.ConnectionType.SingleShotConnection)
    window.raise_()
    window.activateWindow()


class LanguageSwitch(QObject):
    """Gets ``window`` ready to be closed and rebuilt: ``ready`` once nothing would be lost,
    ``cancelled`` if the user cancelled (or a review could not be saved). ``discarded`` holds
    the reviews whose edits were discarded (closed, to be opened again)."""

    ready = Signal()
    cancelled = Signal()

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._over = False
        self._then: Callable[[], None] | None = None
        self._only: list[TaskRunner] | None = None
        self._watched: list[TaskRunner] = []
        self.discarded: list[tuple[int, QByteArray]] = []
        self.box: QMessageBox | None = None
        self._said = QTimer(self)
        self._said.setObjectName("languageSwitchSaid")
        self._said.setSingleShot(True)
        self._said.timeout.connect(self._say_waiting)
        self._recheck = QTimer(self)  # a worker whose window closed meanwhile says nothing
        self._recheck.setObjectName("languageSwitchRecheck")
        self._recheck.setInterval(1000)
        self._recheck.timeout.connect(self._check)

    def start(self) -> None:
        if self._over:
            return
        watch = self._window.connection
        if watch is not None and (watch.since is not None or watch.held_count):
            self._status(
                translate(
                    "LanguageSwitch",
                    "The language changes once the database can be reached again and the "
                    "changes waiting to be saved are saved.",
                ),
                0,
            )
            watch.restored.connect(self._restored, Qt.ConnectionType.SingleShotConnection)
            return
        self._ask_next_review()

    def abandon(self) -> None:
        """Another language was chosen meanwhile, or the window closes: do nothing more."""
        self._over = True
        self._stop_timers()
        if self.box is not None:
            self.box.close()

    def _restored(self) -> None:
        if not self._over:
            self._status("", 0)
            self.start()

    # --- reviews with unsaved edits ----------------------------------------------------

    def _ask_next_review(self) -> None:
        windows = _windows(self._window)
        reviews = windows.reviews.values() if windows is not None else []
        unsaved = [r for r in reviews if r.isVisible() and r.dirty()]
        if not unsaved:
            self._wait_quiet()
            return
        review = unsaved[0]
        review.raise_()
        review.activateWindow()
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LanguageSwitch", "Unsaved changes"),
            translate(
                "LanguageSwitch",
                "The review of incident {id} has changes that are not saved. Save them before "
                "the language changes?",
            ).format(id=review.incident_id),
            buttons.Save | buttons.Discard | buttons.Cancel,
            review,
        )
        box.setObjectName("languageUnsavedBox")
        box.setDefaultButton(buttons.Save)

        def finished(_result: int) -> None:
            self._answered(review, box.standardButton(box.clickedButton()))

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()

    def _answered(self, review: ReviewWindow, button: QMessageBox.StandardButton) -> None:
        self.box = None
        if self._over:
            return
        buttons = QMessageBox.StandardButton
        if button == buttons.Save:
            if not review.save():  # nothing sent: the review shows what to fix
                self._cancel()
                return
            self._after_idle([review.runner], lambda: self._saved(review))
        elif button == buttons.Discard:
            self.discarded.append((review.incident_id, review.saveGeometry()))
            review.discard_and_close()
            self._ask_next_review()
        else:
            self._cancel()

    def _saved(self, review: ReviewWindow) -> None:
        if review.dirty():  # refused (changed meanwhile, or the database is out of reach)
            self._cancel()
        else:
            self._ask_next_review()

    # --- work under way ------------------------------------------------------------------

    def runners(self) -> list[TaskRunner]:
        """Every worker of the main window and of the windows opened from it (exports too)."""
        window = self._window
        tops: list[QMainWindow] = [window]
        windows = _windows(window)
        if windows is not None:
            tops += [*windows.boards.values(), *windows.checklists, *windows.reviews.values()]
        return [r for top in tops for r in top.findChildren(TaskRunner) if not r.closed]

    def _wait_quiet(self) -> None:
        self._said.start(WAIT_SAID_MS)
        self._after_idle(None, self._quiet)

    def _quiet(self) -> None:
        self._over = True
        self._stop_timers()
        self._status("", 0)
        self.ready.emit()

    def _after_idle(self, runners: list[TaskRunner] | None, then: Callable[[], None]) -> None:
        """Call ``then`` at a later turn of the event loop at which ``runners`` (None: every
        worker of the windows) are idle; checked again each time one of them comes to rest."""
        self._only, self._then = runners, then
        self._recheck.start()
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        then = self._then
        if self._over or then is None:
            return
        chosen = self._only if self._only is not None else self.runners()
        busy = [r for r in chosen if r.busy and not r.closed]
        if not busy:
            self._then = None
            self._recheck.stop()
            then()
            return
        for runner in busy:
            if not any(r is runner for r in self._watched):
                self._watched.append(runner)
                runner.busy_changed.connect(self._rest)

    def _rest(self, on: bool) -> None:
        if not on and self._then is not None:
            QTimer.singleShot(0, self, self._check)

    def _say_waiting(self) -> None:
        self._status(
            translate("LanguageSwitch", "The language changes once the work under way is done…"),
            0,
        )

    # --- endings -------------------------------------------------------------------------

    def _cancel(self) -> None:
        self._over = True
        self._stop_timers()
        self._status(translate("LanguageSwitch", "The language was not changed."), 10000)
        self.cancelled.emit()

    def _stop_timers(self) -> None:
        self._said.stop()
        self._recheck.stop()
        self._then = None

    def _status(self, text: str, ms: int) -> None:
        bar = self._window.statusBar()
        if text:
            bar.showMessage(text, ms)
        else:
            bar.clearMessage()
