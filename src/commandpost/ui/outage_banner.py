"""The banner at the top of the main window while the database cannot be reached, and the wiring
of a :class:`~commandpost.ui.outage.ConnectionWatch` into the window.

The banner says, in plain words, since when the database cannot be reached, that what is shown
is the state as of then and changes are paused, when the next try comes (with "Retry now"), and
how many changes wait to be saved (with "Discard…", after a confirmation). When the database
answers again it says so for a few seconds and goes. It is a strip in the window rather than a
dialog: the window stays usable for reading, and nothing has to be dismissed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commandpost.clock import Clock
from commandpost.ui.appearance import tint
from commandpost.ui.colours import Colours
from commandpost.ui.outage import ConnectionWatch, clock_label

if TYPE_CHECKING:
    from commandpost.store.engine import Database
    from commandpost.ui.live import LiveSync

translate = QCoreApplication.translate

RESTORED_SHOWN_MS = 5000
"""How long "Connection restored" stays before the banner goes."""


def _outage_style(c: Colours) -> str:
    return (
        f"QFrame#outageBanner {{ background: {c.outage_background};"
        f" border: 1px solid {c.outage_border}; border-radius: 4px; }}"
    )


def _restored_style(c: Colours) -> str:
    return (
        f"QFrame#outageBanner {{ background: {c.restored_background};"
        f" border: 1px solid {c.restored_border}; border-radius: 4px; }}"
    )


class OutageBanner(QFrame):
    """Hidden while the database answers; shown during an outage and briefly after it."""

    def __init__(self, watch: ConnectionWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outageBanner")
        self._watch = watch
        self.text = QLabel()
        self.text.setObjectName("outageText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("outageRetryNow")
        self.retry_button.clicked.connect(watch.retry_now)
        self.held = QLabel()
        self.held.setObjectName("outageHeld")
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setObjectName("outageDiscard")
        self.discard_button.clicked.connect(self.ask_discard)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.held)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.retry_button)
        self._countdown = QTimer(self)
        self._countdown.setObjectName("outageCountdown")
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update)
        self._fade = QTimer(self)
        self._fade.setObjectName("outageRestoredShown")
        self._fade.setSingleShot(True)
        self._fade.timeout.connect(self._fade_out)
        self.discard_box: QMessageBox | None = None
        watch.lost.connect(self._update)
        watch.retry_changed.connect(self._update)
        watch.held_changed.connect(lambda _count: self._update())
        watch.restored.connect(self._restored)
        watch.stopped.connect(self._countdown.stop)
        watch.stopped.connect(self._fade.stop)
        self.hide()

    def message(self) -> str:
        """What the banner says now (its text and the waiting changes)."""
        parts = [self.text.text()]
        if self.held.isVisible():
            parts.append(self.held.text())
        return " ".join(parts)

    def _update(self) -> None:
        watch = self._watch
        since = watch.since
        if since is None:
            return
        self._fade.stop()
        tint(self, _outage_style)  # the countdown calls this every second: set only if new
        text = self.tr(
            "The database cannot be reached since {time}. Showing the state as of then; "
            "changes are paused."
        ).format(time=clock_label(since, watch.now()))
        seconds = watch.seconds_to_retry()
        if watch.probing:
            text += " " + self.tr("Trying to reconnect…")
        elif seconds is not None:
            text += " " + self.tr("Retrying in {seconds} s…").format(seconds=seconds)
        self.text.setText(text)
        self.setToolTip(watch.last_problem)
        count = watch.held_count
        self.held.setText(self.tr("Changes waiting to be saved: {count}").format(count=count))
        self.held.setVisible(count > 0)
        self.discard_button.setVisible(count > 0)
        self.retry_button.setVisible(True)
        self.retry_button.setEnabled(not watch.probing)
        if not self._countdown.isActive():
            self._countdown.start()
        self.show()

    def _restored(self) -> None:
        watch = self._watch
        self._countdown.stop()
        if self.discard_box is not None:
            self.discard_box.close()
        at = watch.restored_at or watch.now()
        tint(self, _restored_style)
        self.setToolTip("")
        self.text.setText(
            self.tr("Connection restored at {time}.").format(time=clock_label(at, watch.now()))
        )
        self.held.hide()
        self.discard_button.hide()
        self.retry_button.hide()
        self.show()
        self._fade.start(RESTORED_SHOWN_MS)

    def _fade_out(self) -> None:
        if self._watch.since is None:
            self.hide()

    def ask_discard(self) -> QMessageBox | None:
        """Confirm, then drop the changes waiting to be saved."""
        count = self._watch.held_count
        if count == 0:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard waiting changes"),
            self.tr(
                "Changes waiting to be saved: {count}. Discard them? They will not be saved."
            ).format(count=count),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )
        box.setObjectName("outageDiscardBox")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished() -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                self._watch.discard_held()

        box.finished.connect(lambda _result: finished())
        self.discard_box = box
        box.open()
        return box


def ask_before_closing(window: QMainWindow, watch: ConnectionWatch) -> bool:
    """True if the window may close now; else a question is open (quit and lose the waiting
    changes, or stay) and the window closes by itself if the answer is to quit."""
    count = watch.held_count
    if count == 0:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("OutageBanner", "Changes not saved yet"),
        translate(
            "OutageBanner",
            "Changes waiting to be saved: {count}. They are saved when the database can be "
            "reached again; if you quit now they are lost.",
        ).format(count=count),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("outageCloseBox")
    quit_button = box.addButton(
        translate("OutageBanner", "Quit and lose them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished() -> None:
        if box.clickedButton() is quit_button:
            watch.discard_held()
            window.close()

    box.finished.connect(lambda _result: finished())
    box.open()
    return False


def watch_connection(
    window: QMainWindow,
    layout: QVBoxLayout,
    database: Database,
    live: LiveSync | None,
    now: Clock,
) -> tuple[ConnectionWatch, OutageBanner]:
    """Watch ``database`` for ``window``: the banner goes on top of ``layout``; when the
    database answers again the listener reconnects and every view following it re-reads."""
    watch = ConnectionWatch(database, now, parent=window)
    watch.follow(live)
    banner = OutageBanner(watch)
    layout.insertWidget(0, banner)
    if live is not None:
        watch.restored.connect(live.reconnect_now)
        watch.restored.connect(live.refresh_all)
    return watch, banner
