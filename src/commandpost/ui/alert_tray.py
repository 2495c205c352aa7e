"""The system tray: CommandPost's icon with the overdue task count as a badge, a tooltip with the
counts, and a notification for each new alert the department filter lets through (escalations
with the warning icon, shown longer).

Only where the desktop has a tray (``QSystemTrayIcon.isSystemTrayAvailable()``); elsewhere the
window does without (the tab title and the window title carry the counts).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from commandpost.services.alert_records import AlertInfo
from commandpost.ui.alert_words import AlertNames, notification
from commandpost.ui.colours import BADGE, ON_DARK
from commandpost.ui.icons import app_icon

SHOWN_AT_ONCE = 3
"""More new alerts than this at once: the first ones, then one message saying how many more."""
MESSAGE_MS = 8000
ESCALATION_MS = 20000


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The application's icon with a red badge holding ``count``, drawn at ``size`` and at half
    and twice that, so the tray of a 2× screen gets a sharp one."""
    icon = QIcon()
    for side in (size // 2, size, size * 2):
        icon.addPixmap(_badged(count, side))
    return icon


def _badged(count: int, size: int) -> QPixmap:
    pixmap = app_icon().pixmap(QSize(size, size), 1.0).copy()
    if count <= 0:
        return pixmap
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    diameter = size * (0.62 if len(text) < 3 else 0.8)
    badge = QRectF(size - diameter, 0, diameter, size * 0.62)
    painter.setPen(QColor(ON_DARK))
    painter.setBrush(QColor(BADGE))
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(int(size * (0.4 if len(text) == 1 else 0.32)), 1))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class AlertTray(QObject):
    """The tray icon; ``show_window`` asks the main window to come forward."""

    show_window = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.icon.setObjectName("alertTray")
        self.menu = QMenu(parent)
        show = QAction(self.tr("Show CommandPost"), self.menu)
        show.triggered.connect(lambda _checked=False: self.show_window.emit())
        self.menu.addAction(show)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_window.emit)
        self.counts = (-1, -1)
        self.show_counts(0, 0)
        self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_counts(self, overdue: int, unacknowledged: int) -> None:
        if (overdue, unacknowledged) == self.counts:
            return
        self.counts = (overdue, unacknowledged)
        self.icon.setIcon(badge_icon(overdue))
        self.icon.setToolTip(
            self.tr(
                "CommandPost — overdue tasks: {overdue} · alerts not acknowledged: {alerts}"
            ).format(overdue=overdue, alerts=unacknowledged)
        )

    def notify(self, alerts: Sequence[AlertInfo], names: AlertNames) -> None:
        """A message per new alert (the first few), escalations first and with the warning icon."""
        ordered = sorted(alerts, key=lambda a: a.kind != "escalation")
        for alert in ordered[:SHOWN_AT_ONCE]:
            title, text = notification(alert, names)
            urgent = alert.kind == "escalation"
            self.icon.showMessage(
                title,
                text,
                QSystemTrayIcon.MessageIcon.Warning
                if urgent
                else QSystemTrayIcon.MessageIcon.Information,
                ESCALATION_MS if urgent else MESSAGE_MS,
            )
        more = len(ordered) - SHOWN_AT_ONCE
        if more > 0:
            self.icon.showMessage(
                self.tr("CommandPost"),
                self.tr("More new alerts: {count}; see the Alerts tab.").format(count=more),
                QSystemTrayIcon.MessageIcon.Information,
                MESSAGE_MS,
            )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def hide(self) -> None:
        self.icon.hide()
