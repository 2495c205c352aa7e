"""The page every report is printed on, and writing the PDF.

Every page carries a header (the subject, and the classification line) and a footer ("page N of
M" and the generation time in local time). The page count is known only once the document is laid
out, so the canvas keeps each page and draws the header and footer when the document is saved.

``progress(done, total)`` is called as the layout goes (a table counts for its rows); when
``cancelled()`` returns True the build stops with :class:`ReportCancelled`. The PDF is written to
a temporary file beside the target and moved into place at the end, so a failure or a
cancellation leaves no partial file behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table

from commandpost.reports.fonts import register, text_width
from commandpost.reports.layout import (
    FRAME_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    WIDTH,
    Heading,
)
from commandpost.reports.words import local_time, word

# Streams zlib-compressed and left binary: ASCII85 on top (ReportLab's default) makes files a
# quarter larger and, in pure Python, costs a fifth of the time of a long report.
rl_config.useA85 = 0

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(Exception):
    """The report was cancelled while being built; no file was written."""


# --- the page and the build --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What every page says besides its content."""

    subject: str
    lang: str
    generated_at: datetime
    title: str  # the document's title, for the PDF's properties


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(info: PageInfo) -> type[Canvas]:
    font = register()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end, then draws the header and footer with the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if kwargs.get("initialFontName") is None:  # no Helvetica left in the PDF
                kwargs["initialFontName"], kwargs["initialFontSize"] = font, 10
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, number: int, total: int) -> None:
            width, height = PAGE
            top = height - MARGIN_TOP + 6 * mm
            bottom = MARGIN_BOTTOM - 8 * mm
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(MUTED)
            classification = word(info.lang, "internal")
            room = WIDTH - text_width(classification, 8) - 8 * mm
            self.drawString(MARGIN_X, top + 2, _fit(info.subject, room, 8))
            self.drawRightString(width - MARGIN_X, top + 2, classification)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top, width - MARGIN_X, top)
            self.line(MARGIN_X, bottom + 10, width - MARGIN_X, bottom + 10)
            stamp = local_time(info.generated_at, info.lang)
            self.drawString(MARGIN_X, bottom, word(info.lang, "generated", at=stamp))
            self.drawRightString(
                width - MARGIN_X, bottom, word(info.lang, "page_of", n=number, total=total)
            )
            self.restoreState()

    return NumberedCanvas


def _weight(flowable: Flowable) -> int:
    """How much of the progress a flowable stands for: a table's rows, else one."""
    weight = getattr(flowable, "progress_weight", None)  # a table laid out a page at a time
    if isinstance(weight, int):
        return max(1, weight)
    if isinstance(flowable, Table):
        return max(1, len(flowable._cellvalues) - int(flowable.repeatRows or 0))
    return 1


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, path: str, info: PageInfo, on_flowable: Callable[[Flowable], None]) -> None:
        super().__init__(
            path,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            subject=info.subject,
            author="CommandPost",
            creator="CommandPost",
            lang="zh-CN" if info.lang == "zh" else "en",
            invariant=False,
            pageCompression=1,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            WIDTH,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._on_flowable = on_flowable
        self._outline = 0
        self._outline_level = -1

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{self._outline}"
            self._outline += 1
            level = min(flowable.outline_level, self._outline_level + 1)  # no level skipped
            self._outline_level = level
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_text, key, level=level)
        self._on_flowable(flowable)


def write_pdf(
    story: list[Flowable],
    out: Path | str,
    info: PageInfo,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Lay the story out on report pages and write it to ``out`` atomically."""
    target = Path(out)
    if cancelled is not None and cancelled():
        raise ReportCancelled("the report was cancelled")
    total = sum(_weight(f) for f in story)
    done = 0

    def step(flowable: Flowable) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report was cancelled")
        done = min(total, done + _weight(flowable))
        if progress is not None:
            progress(done, total)

    target.parent.mkdir(parents=True, exist_ok=True)
    # beside the target (same file system, so the move is atomic); created by ReportLab with the
    # ordinary permissions a new file gets
    temp_name = str(target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part"))
    try:
        _Doc(temp_name, info, step).build(story, canvasmaker=_canvas_class(info))
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report was cancelled")
        Path(temp_name).replace(target)
    except OSError as error:  # say which file could not be written, not the temporary one
        Path(temp_name).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(target)) from error
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return target
