"""The one font of every report: the bundled WenQuanYi Micro Hei (Chinese and Latin glyphs).

ReportLab's built-in CID fonts are not embedded, so a reader without Asian font packs would see
blanks; a TrueType font registered here is embedded as a subset in each PDF that uses it. It is
registered once per process, under :data:`FONT`, as every style of its family (the font has no
bold or italic: headings are set apart by size and colour).
"""

from __future__ import annotations

import functools
import threading
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from commandpost.assets import resource

FONT = "WenQuanYiMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()


def register() -> str:
    """Register the font with ReportLab (once per process) and return its name."""
    with _lock:
        return _load()


@functools.cache
def _load() -> str:
    with resource(*FONT_FILE).open("rb") as file:  # from a checkout, a wheel or a bundle
        data = BytesIO(file.read())
    pdfmetrics.registerFont(TTFont(FONT, data, subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


def text_width(text: str, size: float) -> float:
    """How wide ``text`` is in the report font at ``size`` points."""
    return float(pdfmetrics.stringWidth(text, register(), size))
