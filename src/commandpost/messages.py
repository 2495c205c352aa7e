"""Sentences the core says to people, kept translatable without Qt.

Shape: a refusal or note is a :class:`Message`: an English template with ``{named}`` fields, the
translation context it belongs to, and its params. ``str(message)`` is the English sentence, so
the command line, the log and every test that reads ``str(error)`` see exactly what they did
before; a window translates the same message into the chosen language
(``commandpost.ui.core_words``), and so does a Chinese PDF (``commandpost.reports.catalogue``,
which reads the compiled catalogue without Qt).

Templates are written at the place that raises, through :func:`QT_TRANSLATE_NOOP` — the name Qt's
``lupdate`` recognises in Python sources — so ``lupdate`` collects them into the one ``.ts`` file
the window's own strings live in, and the translation test sees any template left untranslated.
``lupdate`` reads only a call of exactly two string literals, which is why params are given
afterwards: ``QT_TRANSLATE_NOOP("CoreIncidents", "there is no incident {incident}")
.format(incident=7)``.

Params are rendered before they are put into the template:

- a nested :class:`Message` (a status, an action, a role…) is translated the same way;
- a text kept in both languages (a plan's ``Text``, :class:`Both`) shows in the chosen one;
- a ``datetime`` is shown in local time by the renderer (the window in the user's locale); a
  :class:`Moment` is a time that a sentence shows as the time of day alone when it falls on the
  same local day as ``today``;
- a list or tuple is joined (", " in English, "、" in Chinese);
- anything else (numbers, names, keys, quoted titles) shows as it is.

Errors carry their message as ``error.message`` (``PlanLibraryError``, ``StorageError``);
``str(error)`` stays the English sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol, TypeAlias, runtime_checkable


@runtime_checkable
class Bilingual(Protocol):
    """A text kept in both languages (a plan's ``Text`` is one)."""

    @property
    def zh(self) -> str: ...

    @property
    def en(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Both:
    """A stored text in Chinese and English (a task's two titles)."""

    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Moment:
    """A time in a sentence: the time of day alone when on the same local day as ``today``."""

    at: datetime
    today: datetime | None = None


Param: TypeAlias = (
    "Message | Bilingual | Moment | datetime | date | str | int | float | Sequence[Param]"
)
"""What a message may be filled with (see the module's docstring for how each is shown)."""


@dataclass(frozen=True)
class Message:
    """A sentence (or a word) the core says: English ``template`` in translation ``context``."""

    context: str
    template: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def format(self, **params: Param) -> Message:
        """This message with ``params`` filled in (the template's ``{named}`` fields)."""
        return Message(self.context, self.template, {**self.params, **params})

    def __str__(self) -> str:
        return ENGLISH.render(self)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark ``text`` as a translatable template in ``context``; ``lupdate`` finds the call."""
    return Message(context, text)


def plain(text: str) -> Message:
    """A sentence that is not translated (a driver's own words, a name): shown as it is."""
    return Message("", "{text}", {"text": text})


def recognise(text: str, templates: Sequence[Message]) -> Message | None:
    """The message among ``templates`` whose English sentence ``text`` is, with its params read
    back as text (for sentences stored as English words, such as a history note); else None."""
    for template in templates:
        pattern = "".join(
            f"(?P<{name}>.+?)" if name else re.escape(literal)
            for literal, name in _fields(template.template)
        )
        found = re.fullmatch(pattern, text, re.DOTALL)
        if found:
            return template.format(**found.groupdict())
    return None


def _fields(template: str) -> list[tuple[str, str]]:
    """A template as its literal runs and field names, in order ("" for the other)."""
    from string import Formatter

    parts: list[tuple[str, str]] = []
    for literal, name, _spec, _conversion in Formatter().parse(template):
        if literal:
            parts.append((literal, ""))
        if name:
            parts.append(("", name))
    return parts


@dataclass(frozen=True)
class Renderer:
    """How one language says a message: its template lookup, times, and list separator.

    ``translate(context, template)`` returns the template in this language (the English one
    when it has none); ``moment(at, today)`` writes a time; ``lang`` picks a bilingual text."""

    lang: str
    translate: Callable[[str, str], str]
    moment: Callable[[datetime, datetime | None], str]
    separator: str = ", "

    def render(self, message: Message) -> str:
        values = {name: self.param(value) for name, value in message.params.items()}
        if not message.context:
            return message.template.format_map(values)
        wanted = self.translate(message.context, message.template) or message.template
        try:
            return wanted.format_map(values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            return message.template.format_map(values)

    def param(self, value: Param) -> str:
        if isinstance(value, Message):
            return self.render(value)
        if isinstance(value, Moment):
            return self.moment(value.at, value.today)
        if isinstance(value, datetime):
            return self.moment(value, None)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            return value
        if isinstance(value, Bilingual):
            return value.zh if self.lang == "zh" else value.en
        if isinstance(value, Sequence):
            return self.separator.join(self.param(v) for v in value)
        return str(value)


def local_moment(at: datetime, today: datetime | None = None) -> str:
    """A time as the English sentences write it: local, to the minute; "14:03" alone when it
    falls on the same local day as ``today``."""
    local = at.astimezone()
    if today is not None and local.date() == today.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


ENGLISH = Renderer("en", lambda _context, template: template, local_moment)
"""The English sentence: the template itself, local times (what ``str()`` gives)."""
