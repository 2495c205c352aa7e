"""What the core says (a history note, a refusal), in a report's language, without Qt.

Reports are built outside the window too (the command line, batch export), so they cannot ask
Qt to translate. The translations of the core's messages are the ones the window uses: the
compiled catalogue ``resources/i18n/commandpost_<locale>.qm`` that ships with every build. It is
read here directly — one file, translated once, so the window and a Chinese binder never
disagree. The ``.qm`` format: a 16-byte magic, then tagged blocks; the messages block holds one
record per message, each a run of tagged fields (translation in UTF-16, source text, context and
comment in UTF-8) ending with an end tag. ``lrelease`` keeps the source text and context of every
message (``tests/reports/test_catalogue.py`` checks the file still reads that way).

A catalogue that is missing or unreadable leaves the English sentence: a report is never refused
for want of a translation.
"""

from __future__ import annotations

import functools
import logging
import struct
from collections.abc import Mapping
from datetime import datetime

from commandpost.assets import resource
from commandpost.messages import Message, Renderer
from commandpost.reports.words import local_time

log = logging.getLogger(__name__)

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_LOCALES = {"zh": "zh_CN"}


def say(message: Message, lang: str) -> str:
    """``message`` written in ``lang`` ("zh" or "en")."""
    return renderer(lang).render(message)


def renderer(lang: str) -> Renderer:
    """How a report writes core messages in ``lang``: the catalogue's templates, times with
    their date, lists with the language's separator."""
    table = catalogue(lang)
    return Renderer(
        lang,
        lambda context, template: table.get((context, template), template),
        _moment,
        "、" if lang == "zh" else ", ",
    )


@functools.cache
def catalogue(lang: str) -> Mapping[tuple[str, str], str]:
    """Every translation of the shipped catalogue for ``lang``, by (context, source text);
    empty for English (the source language) or when the catalogue cannot be read."""
    locale = _LOCALES.get(lang)
    if locale is None:
        return {}
    try:
        data = resource("i18n", f"commandpost_{locale}.qm").read_bytes()
        return read_qm(data)
    except (OSError, ValueError, struct.error) as error:
        log.warning("the %s catalogue cannot be read (%s); reports stay in English", lang, error)
        return {}


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The translations a compiled Qt catalogue holds, by (context, source text)."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation catalogue")
    found: dict[tuple[str, str], str] = {}
    for tag, block in _blocks(data, len(_MAGIC)):
        if tag == _MESSAGES:
            for fields in _records(block):
                translation, source = fields.get(_TRANSLATION), fields.get(_SOURCE)
                if translation is not None and source is not None:
                    context = fields.get(_CONTEXT) or b""
                    found[(context.decode("utf-8"), source.decode("utf-8"))] = translation.decode(
                        "utf-16-be"
                    )
    return found


def _blocks(data: bytes, at: int) -> list[tuple[int, bytes]]:
    blocks = []
    while at < len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        blocks.append((tag, data[at + 5 : at + 5 + length]))
        at += 5 + length
    return blocks


def _records(block: bytes) -> list[dict[int, bytes | None]]:
    """The messages block as one field map per message (a plural's first form kept)."""
    records: list[dict[int, bytes | None]] = []
    fields: dict[int, bytes | None] = {}
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            records.append(fields)
            fields = {}
        elif tag in (_OBSOLETE1, _OBSOLETE2):
            at += 4
        else:
            (length,) = struct.unpack_from(">I", block, at)
            at += 4
            value = None if length == 0xFFFFFFFF else block[at : at + length]
            at += 0 if value is None else length
            fields.setdefault(tag, value)
    return records


def _moment(at: datetime, _today: datetime | None) -> str:
    """A time in a printed sentence: always with its date (a page outlives the day)."""
    return local_time(at)
