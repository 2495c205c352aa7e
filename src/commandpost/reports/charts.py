"""The reports' charts, drawn with ``reportlab.graphics`` in the bundled font: the level and phase
timeline, on-time rates per department, and one line chart per situation figure.

The charts take plain values (times, labels, colours), not records, so each report decides what
they show. Times on the axes are local time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color

from commandpost.reports.fonts import register, text_width
from commandpost.reports.layout import ACCENT, INK, MUTED, RULE, WIDTH

LABEL_SIZE = 7.5
GOOD = colors.HexColor("#2E7D32")
FAIR = colors.HexColor("#EF6C00")
POOR = colors.HexColor("#C62828")
DAY_WIDTH = 48.0  # room left of a time axis for the date of its start, "2025-09-30"
PHASE_FILLS = ("#DCE6F0", "#C3D3E4", "#AFC4DB", "#9BB5D1", "#87A6C7")
_STEPS = [
    timedelta(minutes=m)
    for m in (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200)
]


@dataclass(frozen=True, slots=True)
class Band:
    """A stretch of time drawn as a coloured bar with its name in it."""

    start: datetime
    end: datetime
    label: str
    colour: str  # "#RRGGBB"


def _text(x: float, y: float, text: str, size: float = LABEL_SIZE, **style: object) -> String:
    style.setdefault("fillColor", INK)
    return String(x, y, text, fontName=register(), fontSize=size, **style)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose starting font is the report font (no Helvetica reference in the PDF)."""
    return Drawing(width, height, initialFontName=register(), initialFontSize=LABEL_SIZE)


def _fit(text: str, width: float, size: float = LABEL_SIZE) -> str:
    if width <= 0:
        return ""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…" if text else ""


def _readable_on(colour: str) -> Color:
    """Black or white, whichever reads better on ``colour``."""
    c = colors.HexColor(colour)
    light = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue
    return colors.white if light < 0.6 else INK


def time_ticks(start: datetime, end: datetime, most: int = 7) -> list[datetime]:
    """Round local times between ``start`` and ``end``, at most ``most`` of them."""
    length = max((end - start).total_seconds(), 60.0)
    step = next((s for s in _STEPS if length / s.total_seconds() <= most), _STEPS[-1])
    local = start.astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    count = math.ceil((local - midnight) / step)
    tick = midnight + count * step
    ticks = []
    while tick <= end:
        ticks.append(tick)
        tick += step
    return ticks


def _tick_label(moment: datetime, ticks: Sequence[datetime]) -> str:
    local = moment.astimezone()
    one_day = len({t.astimezone().date() for t in ticks}) <= 1
    if one_day or (local.hour, local.minute) != (0, 0):
        return local.strftime("%H:%M") if one_day else local.strftime("%m-%d %H:%M")
    return local.strftime("%m-%d")


def _time_axis(
    drawing: Drawing, x0: float, x1: float, y: float, start: datetime, end: datetime
) -> None:
    """Ticks and local-time labels under a band area spanning ``x0``..``x1``."""
    seconds = max((end - start).total_seconds(), 1.0)
    drawing.add(Line(x0, y, x1, y, strokeColor=RULE, strokeWidth=0.5))
    ticks = time_ticks(start, end)
    day_label = start.astimezone().strftime("%Y-%m-%d")
    drawing.add(_text(x0 - 6, y - 11, day_label, textAnchor="end", fillColor=MUTED))
    last_right = x0 - 6
    for tick in ticks:
        x = x0 + (x1 - x0) * (tick - start).total_seconds() / seconds
        drawing.add(Line(x, y, x, y - 3, strokeColor=RULE, strokeWidth=0.5))
        label = _tick_label(tick, ticks)
        half = text_width(label, LABEL_SIZE) / 2
        if x - half > last_right + 4 and x + half <= x1 + 12:
            drawing.add(_text(x, y - 11, label, textAnchor="middle", fillColor=MUTED))
            last_right = x + half


def timeline_chart(
    start: datetime,
    end: datetime,
    rows: Sequence[tuple[str, Sequence[Band]]],
    legend: Sequence[tuple[str, str]] = (),
    width: float = WIDTH,
) -> Drawing:
    """Rows of bands over time (levels, phases…), each row named on the left, with a legend
    of colours under the time axis."""
    band_height, row_gap = 16.0, 6.0
    name_width = max(DAY_WIDTH, min(70.0, max(text_width(name, 8) for name, _ in rows) + 8))
    legend_height = 14.0 if legend else 0.0
    height = 28 + len(rows) * (band_height + row_gap) + legend_height
    drawing = _drawing(width, height)
    x0, x1 = name_width, width - 4
    seconds = max((end - start).total_seconds(), 1.0)

    def at(moment: datetime) -> float:
        fraction = (moment - start).total_seconds() / seconds
        return x0 + (x1 - x0) * min(max(fraction, 0.0), 1.0)

    top = height - 2
    for name, bands in rows:
        y = top - band_height
        drawing.add(_text(0, y + 5, _fit(name, name_width - 6, 8), size=8, fillColor=ACCENT))
        drawing.add(Rect(x0, y, x1 - x0, band_height, fillColor=colors.white, strokeColor=RULE))
        for band in bands:
            left, right = at(band.start), at(band.end)
            if right - left <= 0:
                continue
            fill = colors.HexColor(band.colour)
            drawing.add(
                Rect(left, y, right - left, band_height, fillColor=fill, strokeColor=colors.white)
            )
            label = _fit(band.label, right - left - 4)
            if label:
                drawing.add(
                    _text(
                        (left + right) / 2,
                        y + 5,
                        label,
                        textAnchor="middle",
                        fillColor=_readable_on(band.colour),
                    )
                )
        top = y - row_gap
    _time_axis(drawing, x0, x1, top + row_gap - 2, start, end)
    x = x0
    for label, colour in legend:
        drawing.add(Rect(x, 1, 8, 8, fillColor=colors.HexColor(colour), strokeColor=RULE))
        drawing.add(_text(x + 11, 2, label))
        x += 11 + text_width(label, LABEL_SIZE) + 12
    return drawing


@dataclass(frozen=True, slots=True)
class RateBar:
    label: str
    rate: float | None  # 0..1; None: nothing to rate
    text: str  # shown after the bar, e.g. "80% (4/5)"


def rate_colour(rate: float) -> Color:
    return GOOD if rate >= 0.9 else FAIR if rate >= 0.6 else POOR


def rate_chart(bars: Sequence[RateBar], width: float = WIDTH) -> Drawing:
    """Horizontal bars of rates (0–100 %), one per row, with a grid every 25 %."""
    bar_height, row_height = 11.0, 17.0
    name_width = min(width * 0.38, max(text_width(b.label, 8) for b in bars) + 10)
    value_width = max(text_width(b.text, LABEL_SIZE) for b in bars) + 8
    x0, x1 = name_width, width - value_width
    height = 16 + row_height * len(bars)
    drawing = _drawing(width, height)
    base = 12.0
    for step in range(5):
        x = x0 + (x1 - x0) * step / 4
        drawing.add(Line(x, base, x, height, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(x, 2, f"{step * 25}%", textAnchor="middle", fillColor=MUTED))
    for n, bar in enumerate(bars):
        y = height - (n + 1) * row_height + (row_height - bar_height) / 2
        drawing.add(_text(0, y + 2.5, _fit(bar.label, name_width - 8, 8), size=8))
        end = x0
        if bar.rate is not None:
            end = x0 + (x1 - x0) * min(max(bar.rate, 0.0), 1.0)
            drawing.add(
                Rect(
                    x0,
                    y,
                    max(end - x0, 0.8),
                    bar_height,
                    fillColor=rate_colour(bar.rate),
                    strokeColor=None,
                )
            )
        colour = INK if bar.rate is not None else MUTED
        drawing.add(_text(end + 4, y + 2.5, bar.text, fillColor=colour))
    return drawing


def nice_ticks(low: float, high: float, most: int = 5) -> list[float]:
    """Round values covering ``low``..``high`` (1, 2 or 5 times a power of ten apart)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"


def line_chart(
    points: Sequence[tuple[datetime, float]],
    start: datetime,
    end: datetime,
    unit: str,
    warning: tuple[float, str] | None = None,
    width: float = WIDTH,
    height: float = 120.0,
) -> Drawing:
    """A figure's values over time, with an optional dashed warning line."""
    values = [v for _, v in points]
    if warning is not None:
        values.append(warning[0])
    low = min(0.0, *values)
    ticks = nice_ticks(low, max(values) * 1.05 if max(values) > 0 else 1.0)
    axis_width = max(DAY_WIDTH, max(text_width(_number(t), LABEL_SIZE) for t in ticks) + 6)
    x0, x1, y0, y1 = axis_width, width - 6, 28.0, height - 14
    drawing = _drawing(width, height)
    seconds = max((end - start).total_seconds(), 1.0)

    def xy(moment: datetime, value: float) -> tuple[float, float]:
        fraction = min(max((moment - start).total_seconds() / seconds, 0.0), 1.0)
        span = ticks[-1] - ticks[0] or 1.0
        return x0 + (x1 - x0) * fraction, y0 + (y1 - y0) * (value - ticks[0]) / span

    for tick in ticks:
        _, y = xy(start, tick)
        drawing.add(Line(x0, y, x1, y, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(_text(x0 - 3, y - 2.5, _number(tick), textAnchor="end", fillColor=MUTED))
    drawing.add(_text(x0, height - 8, unit, fillColor=MUTED))
    if warning is not None:
        _, y = xy(start, warning[0])
        drawing.add(Line(x0, y, x1, y, strokeColor=POOR, strokeWidth=0.8, strokeDashArray=[3, 2]))
        drawing.add(_text(x1, y + 2, warning[1], textAnchor="end", fillColor=POOR))
    _time_axis(drawing, x0, x1, y0, start, end)
    coords = [xy(t, v) for t, v in points]
    if len(coords) > 1:
        flat = [c for pair in coords for c in pair]
        drawing.add(PolyLine(flat, strokeColor=ACCENT, strokeWidth=1.2))
    if len(coords) <= 60:
        for x, y in coords:
            drawing.add(Circle(x, y, 1.8, fillColor=ACCENT, strokeColor=colors.white))
    return drawing
