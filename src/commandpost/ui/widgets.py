"""Small building blocks the viewer pages share, so every page looks and wraps the same way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.appearance import tint
from commandpost.ui.icons import swatch


def heading(text: str, level: int = 1) -> QLabel:
    """A section title: bigger and bold for level 1, bold for level 2."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if level == 1:
        font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def text_label(text: str, *, bold: bool = False) -> QLabel:
    """Wrapped, selectable text: plan content can be long, and people copy phone numbers."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def muted_label(text: str) -> QLabel:
    label = text_label(text)
    tint(label, lambda c: f"color: {c.muted}; font-style: italic;")
    return label


def value_or_missing(value: str) -> QLabel:
    """The value, or "not filled in" in grey italics when the plan leaves it empty."""
    if value.strip():
        return text_label(value)
    label = muted_label(QCoreApplication.translate("Widgets", "not filled in"))
    label.setObjectName("notFilled")
    return label


def colour_swatch(colour: str, size: int = 16) -> QLabel:
    label = QLabel()
    label.setPixmap(swatch(colour, size).pixmap(QSize(size, size), label.devicePixelRatioF()))
    label.setFixedSize(size, size)
    label.setToolTip(colour)
    return label


def bullet_list(items: Sequence[str]) -> QLabel:
    return text_label("\n".join(f"• {item}" for item in items))


def page(*children: QWidget) -> QWidget:
    """A vertical stack of sections that keeps its natural height (the scroll area scrolls)."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setSpacing(10)
    for child in children:
        layout.addWidget(child)
    layout.addStretch(1)
    return inner


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], stretch: int = -1) -> QTableWidget:
    """A read-only table as tall as its rows, wrapping long text in the ``stretch`` column."""
    widget = QTableWidget(len(rows), len(headers))
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    widget.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            widget.setItem(r, c, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
    widget.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return widget
