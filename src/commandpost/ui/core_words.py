"""What the core says (a refusal, a storage failure, a history note), in the window's language.

The core raises its refusals with a translatable :class:`~commandpost.messages.Message`
(``error.message``) whose English sentence is ``str(error)``. Here each message is put through
Qt's translation (the templates live in the same ``.ts`` as the window's own strings, under the
``Core…`` contexts), its nested words translated the same way, plan texts shown in the chosen
language and times in the user's locale (``ui/when.py``). An error without a message — a bug, or
a sentence nobody translates — is shown as its own ``str()``.

Every place a window shows a core error goes through :func:`describe`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from commandpost.messages import Message, Renderer
from commandpost.ui import when
from commandpost.ui.i18n import current_language


def describe(error: BaseException) -> str:
    """The error as one sentence in the window's language (its English text when it carries
    no translatable message)."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return say(message)
    return str(error)


def say(message: Message, lang: str | None = None) -> str:
    """A core message in ``lang`` (default: the window's language)."""
    return renderer(lang or current_language()).render(message)


def renderer(lang: str) -> Renderer:
    """How the window writes core messages in ``lang``: Qt's translation of the templates (the
    English template where the installed catalogue has none), times in the user's locale."""
    return Renderer(
        lang,
        QCoreApplication.translate if lang != "en" else _as_written,
        _moment,
        "、" if lang == "zh" else ", ",
    )


def _as_written(_context: str, template: str) -> str:
    return template


def _moment(at: datetime, today: datetime | None) -> str:
    """A time in a sentence: the time of day alone on ``today``'s date, else date and time."""
    return when.moment_text(at, today) if today is not None else when.date_time(at)
