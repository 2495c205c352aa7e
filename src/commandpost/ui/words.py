"""Translated words for plan data: statuses, time limits, cycles, dates, database addresses.

Kept apart from the widgets so the library model, the viewer and the dialogs say the same thing
the same way. Plan objects are used by duck typing only: importing ``commandpost.plan`` would
pull pydantic into start-up, before the window is shown.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication

from commandpost.ui import when

if TYPE_CHECKING:
    from commandpost.plan.durations import Duration
    from commandpost.plan.model import Due, EscalationStep, Standard

STATUSES = ("draft", "in_review", "approved", "retired")


def status_label(status: str) -> str:
    """草稿/审核中/已批准/已停用 — draft/in review/approved/retired."""
    labels = {
        "draft": QCoreApplication.translate("Words", "draft"),
        "in_review": QCoreApplication.translate("Words", "in review"),
        "approved": QCoreApplication.translate("Words", "approved"),
        "retired": QCoreApplication.translate("Words", "retired"),
    }
    return labels.get(status, status)


def due_label(due: Due | None, lang: str) -> str:
    """E.g. "30 min from declaration" / "宣布后 30 分钟内", or "no time limit" / "无时限"."""
    if due is None:
        return QCoreApplication.translate("Words", "no time limit")
    duration = due.within.label(lang)
    if due.from_ == "declaration":
        text = QCoreApplication.translate("Words", "{duration} from declaration")
    else:
        text = QCoreApplication.translate("Words", "{duration} from phase start")
    return text.format(duration=duration)


def every_label(duration: Duration, lang: str) -> str:
    """A cycle: "every 6 months" / "每 6 个月"."""
    return QCoreApplication.translate("Words", "every {duration}").format(
        duration=duration.label(lang)
    )


def escalation_step_label(step: EscalationStep, lang: str) -> str:
    """E.g. "after 30 min: department head" / "30 分钟后：部门负责人"."""
    target = (
        QCoreApplication.translate("Words", "department head")
        if step.to == "department_head"
        else QCoreApplication.translate("Words", "command group")
    )
    if step.after.amount == 0:
        return QCoreApplication.translate("Words", "at once: {target}").format(target=target)
    return QCoreApplication.translate("Words", "after {duration}: {target}").format(
        duration=step.after.label(lang), target=target
    )


def colon(lang: str) -> str:
    """The colon between a name and what follows, as each language writes it."""
    return "：" if lang == "zh" else ": "


def standard_kind_label(kind: str) -> str:
    labels = {
        "time_limit": QCoreApplication.translate("Words", "time limit"),
        "cadence": QCoreApplication.translate("Words", "cadence"),
        "retention": QCoreApplication.translate("Words", "retention"),
        "target": QCoreApplication.translate("Words", "target"),
    }
    return labels.get(kind, kind)


def standard_value_label(standard: Standard, lang: str) -> str:
    """A standard's value with its comparison and unit, e.g. "≥ 90 %" or "20 s"."""
    value = standard.value
    if isinstance(value, float):
        number = f"{value:g}"
        unit = standard.unit.get(lang) if standard.unit is not None else ""
        sign = {"at_most": "≤ ", "at_least": "≥ "}.get(standard.comparison or "", "")
        return f"{sign}{number} {unit}".strip()
    return value.label(lang)


def date_label(moment: datetime | None) -> str:
    """A stored UTC time as a local calendar date; empty when there is none."""
    return when.date_text(moment)


def time_label(moment: datetime) -> str:
    """A stored UTC time as local date and time of day."""
    return when.date_time(moment)


def masked_url(url: str) -> str:
    """The database address with any password replaced by ***, for the status bar."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        user_info, _, host = netloc.rpartition("@")
        netloc = f"{user_info.split(':', 1)[0]}:***@{host}"
    query = re.sub(r"(?i)(^|&)(password=)[^&]*", r"\1\2***", parts.query)
    if (netloc, query) == (parts.netloc, parts.query):
        return url  # untouched: urlunsplit would drop the empty host of sqlite:////path
    return urlunsplit(parts._replace(netloc=netloc, query=query))
