"""The five sections the command group writes in a review: summary, what happened, strengths,
shortcomings and the direction of improvement.

The editors remember the text the review had when last shown, so the window knows what was
changed (and sends only that) and whether closing would lose anything. Showing a newer revision
of the review keeps what was typed when asked to (after a refused save nothing typed is lost).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from commandpost.services.review_records import ReviewInfo

translate = QCoreApplication.translate
SECTIONS = ("summary", "what_happened", "strengths", "shortcomings", "improvements")
Written = dict[str, str]


def section_captions() -> dict[str, tuple[str, str]]:
    """Each section's caption (with its mnemonic) and the hint shown while it is empty."""
    return {
        "summary": (
            translate("ReviewSections", "S&ummary"),
            translate("ReviewSections", "The incident and the response in a few sentences"),
        ),
        "what_happened": (
            translate("ReviewSections", "&What happened"),
            translate("ReviewSections", "The course of events, as the command group saw it"),
        ),
        "strengths": (
            translate("ReviewSections", "S&trengths"),
            translate("ReviewSections", "What worked and should be kept"),
        ),
        "shortcomings": (
            translate("ReviewSections", "S&hortcomings"),
            translate("ReviewSections", "What did not work, or came late"),
        ),
        "improvements": (
            translate("ReviewSections", "Direction of i&mprovement"),
            translate("ReviewSections", "What to change in the plan, training or tools"),
        ),
    }


class WrittenSections(QWidget):
    """The five written sections as text editors. ``edited`` fires on every change of text."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenSections")
        self.editors: dict[str, QPlainTextEdit] = {}
        self._shown: Written = dict.fromkeys(SECTIONS, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for name, (caption, hint) in section_captions().items():
            editor = QPlainTextEdit()
            editor.setObjectName(name)
            editor.setPlaceholderText(hint)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(54)
            editor.textChanged.connect(self.edited)
            label = QLabel(caption)
            label.setBuddy(editor)
            label.setStyleSheet("font-weight: bold;")
            layout.addWidget(label)
            layout.addWidget(editor, 2 if name == "what_happened" else 1)
            self.editors[name] = editor

    def show_review(self, review: ReviewInfo, keep_typed: bool = False) -> None:
        """Show the review's text; with ``keep_typed`` the changed editors keep their text."""
        changed = self.changes() if keep_typed else {}
        self._shown = {name: str(getattr(review, name)) for name in SECTIONS}
        for name, editor in self.editors.items():
            text = changed.get(name, self._shown[name])
            if editor.toPlainText() != text:
                editor.setPlainText(text)

    def texts(self) -> Written:
        return {name: editor.toPlainText() for name, editor in self.editors.items()}

    def changes(self) -> Written:
        """The sections whose text differs from the review shown."""
        return {n: t for n, t in self.texts().items() if t != self._shown[n]}

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(read_only)
