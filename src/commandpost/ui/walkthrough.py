"""The first-run walkthrough: a short tour for people who are not technicians.

Five pages — what CommandPost is for, the command board, the department checklist, where alerts
appear, and the sample drill — each a picture (``ui/walkthrough_pictures.py``: the real windows
drawn small, with numbered callouts) beside a few plain sentences in the product's own words.
Back / Next / Close, and the keyboard: Enter goes on, ← and → (or Page Up / Page Down) move,
Esc closes. The last page offers to open the sample drill (``ui/sample_drill.py``), where
everything shown here can be tried without touching real incidents.

It is shown once per desktop, after the first sign-in (remembered in QSettings, and remembered
as soon as it is shown, so an interrupted start does not bring it back every time), and again
whenever asked for from Help → Getting started…. One tour at a time: asking again brings the
open one forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.layout_memory import settings
from commandpost.ui.walkthrough_pictures import TourPicture

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate

SHOWN_SETTING = "walkthrough/shown"


@dataclass(frozen=True)
class TourPage:
    key: str
    title: str
    body: str


def tour_pages() -> list[TourPage]:
    """The pages, in the language installed."""
    return [
        TourPage(
            "overview",
            translate("Walkthrough", "Welcome to CommandPost"),
            translate(
                "Walkthrough",
                "<p>CommandPost runs customer-service emergencies by your company's emergency "
                "plans.</p>"
                "<ul><li>The <b>plan library</b> keeps the plans: the command group, what each "
                "department does in each phase, and by when.</li>"
                "<li>When something happens, the command group <b>declares an incident</b> at a "
                "level. Every department gets its checklist, with deadlines.</li>"
                "<li>The command group follows it all on the <b>command board</b>; department "
                "liaisons tick their tasks off in the <b>department checklist</b>.</li>"
                "<li>Afterwards the <b>post-incident review</b> is written and printed.</li></ul>"
                "<p>This tour shows the two windows you will use most. Press Enter or → to go "
                "on, Esc to close.</p>",
            ),
        ),
        TourPage(
            "board",
            translate("Walkthrough", "The command board"),
            translate(
                "Walkthrough",
                "<p>For the command group. Open it from the Incidents tab: select the incident "
                "and press Enter.</p>"
                "<ol><li><b>Level</b>: general, major or critical, in the plan's colour.</li>"
                "<li><b>Phase</b>: warning → activation → execution → monitoring → closure; "
                "the dark one is the current phase.</li>"
                "<li><b>Overdue tasks</b>, in red, at the top: look here first.</li>"
                "<li><b>Departments</b>: one bar each, green done, grey open, red overdue.</li>"
                "<li><b>Timeline</b>: everything that happened, newest first.</li></ol>"
                "<p>From its toolbar the command group raises or lowers the level, advances the "
                "phase, adds tasks, records situation figures, acknowledges progress reports "
                "and closes the incident.</p>",
            ),
        ),
        TourPage(
            "checklist",
            translate("Walkthrough", "The department checklist"),
            translate(
                "Walkthrough",
                "<p>For department liaisons: your department's tasks for the incident, the "
                "soonest due first, each with a countdown to its deadline.</p>"
                "<ol><li>A task turns <b>red</b> when its deadline passes; amber means it is "
                "due soon.</li>"
                "<li><b>Space</b> marks the selected task done; <b>N</b> jumps to the next open "
                "task; <b>Ctrl+R</b> sends a progress report to the command group.</li>"
                "<li>Add a <b>note</b> to say what was done or what is in the way.</li></ol>"
                "<p>You are reminded before a deadline. An overdue task is escalated to the "
                "department head, then to the command group, as the plan says.</p>",
            ),
        ),
        TourPage(
            "alerts",
            translate("Walkthrough", "Where alerts appear"),
            translate(
                "Walkthrough",
                "<p>Deadlines act by themselves while CommandPost is open:</p>"
                "<ol><li>the window's <b>title</b> counts the overdue tasks;</li>"
                "<li>the <b>Alerts</b> tab lists every reminder, overdue task and escalation, "
                "most urgent first — acknowledge them there;</li>"
                "<li>the <b>tray icon</b> shows a message, even when the window is behind "
                "others;</li>"
                "<li>in time: a reminder before the deadline, then overdue, then escalation to "
                "the department head and the command group.</li></ol>",
            ),
        ),
        TourPage(
            "sample",
            translate("Walkthrough", "Try it on the sample drill"),
            translate(
                "Walkthrough",
                "<p>The <b>sample drill</b> is practice data: a drill on the customer-service "
                "emergency plan, declared about 40 minutes ago, with tasks done and overdue, a "
                "raised level and alerts.</p>"
                "<p>It opens in a window of its own, marked with a yellow banner. Your real "
                "incidents are never touched, and the sample is built afresh each time you "
                "open it.</p>"
                "<p>This tour is always at hand under Help → Getting started….</p>",
            ),
        ),
    ]


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter is for the default button: Next
    return button


class Walkthrough(QDialog):
    """The tour. ``sample_requested`` when "Open the sample drill" is pressed."""

    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough")
        self.setWindowTitle(translate("Walkthrough", "Getting started with CommandPost"))
        self.pages = tour_pages()
        self.index = 0
        self.picture = TourPicture()
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("tourBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setMinimumWidth(340)
        self.position = QLabel()
        self.position.setObjectName("tourPosition")
        self.back = _button(translate("Walkthrough", "← &Back"), "tourBack")
        self.next = _button(translate("Walkthrough", "&Next →"), "tourNext")
        self.sample = _button(translate("Walkthrough", "Open the &sample drill"), "tourSample")
        self.close_button = _button(translate("Walkthrough", "&Close"), "tourClose")
        self.next.setDefault(True)

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.body, 1)
        content = QHBoxLayout()
        content.addWidget(self.picture, 3)
        content.addLayout(text, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        for button in (self.sample, self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(content, 1)
        layout.addLayout(buttons)

        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.reject)
        self.sample.clicked.connect(self._open_sample)
        self.key_actions = self._keys()
        self.resize(1040, 480)
        self.show_page(0)

    def _keys(self) -> dict[str, QAction]:
        actions = {}
        for name, keys, slot in (
            ("back", (Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_back),
            ("next", (Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_next),
        ):
            action = QAction(self)
            action.setObjectName(f"tour:{name}")
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            actions[name] = action
        return actions

    # --- moving --------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        page = self.pages[self.index]
        last = self.index == len(self.pages) - 1
        self.picture.set_page(page.key)
        self.title.setText(page.title)
        self.body.setText(page.body)
        self.position.setText(
            translate("Walkthrough", "Page {page} of {pages}").format(
                page=self.index + 1, pages=len(self.pages)
            )
        )
        self.back.setEnabled(self.index > 0)
        self.next.setVisible(not last)
        self.sample.setVisible(last)
        self.next.setDefault(not last)  # Enter: on to the next page, or done at the end
        self.close_button.setDefault(last)
        (self.close_button if last else self.next).setFocus()

    def go_next(self) -> None:
        """Enter and →: the next page (on the last page Enter presses Close)."""
        if self.index < len(self.pages) - 1:
            self.show_page(self.index + 1)

    def go_back(self) -> None:
        if self.index > 0:
            self.show_page(self.index - 1)

    def _open_sample(self) -> None:
        self.sample_requested.emit()
        self.accept()


# --- showing it ------------------------------------------------------------------------------


def open_walkthrough(window: MainWindow) -> Walkthrough:
    """Help → Getting started…: the tour over ``window`` (the open one brought forward)."""
    found = window.findChild(Walkthrough, "walkthrough")
    if isinstance(found, Walkthrough) and found.isVisible():
        found.raise_()
        found.activateWindow()
        return found
    tour = Walkthrough(window)
    tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tour.sample_requested.connect(window.open_sample_drill)
    tour.show()
    return tour


def was_shown() -> bool:
    return settings().value(SHOWN_SETTING, "") in (True, "true")


def show_first_time(window: MainWindow) -> bool:
    """After the first sign-in on this desktop: the tour, once the window's tabs are there
    (the library open). False if it was shown before."""
    if was_shown():
        return False
    saved = settings()
    saved.setValue(SHOWN_SETTING, True)
    saved.sync()

    def show() -> None:
        window.desk_ready.disconnect(show)
        QTimer.singleShot(0, window, lambda: open_walkthrough(window))

    window.desk_ready.connect(show)
    return True
