"""The timeline said in words, in the report's language: one sentence per recorded entry.

The event kinds are the services' vocabulary (``docs/incidents.md``, ``docs/alerts.md``,
``docs/reviews.md``). An unknown kind is still printed, by its name, so the log never hides an
entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from commandpost.reports.names import Names
from commandpost.reports.words import colon, number
from commandpost.services.incident_records import EventInfo, TaskInfo

Say = Callable[[Mapping[str, Any], Names, str], str]

_SENTENCES: dict[str, tuple[str, str]] = {
    "declared": (
        "宣布事件，级别{level}，任务 {tasks} 项",
        "Declared at level {level}; tasks: {tasks}",
    ),
    "declared_drill": (
        "宣布演练，级别{level}，任务 {tasks} 项",
        "Drill declared at level {level}; tasks: {tasks}",
    ),
    "closed": ("应急响应结束，未完成任务 {open} 项", "Response closed; tasks still open: {open}"),
    "level_raised": (
        "事件由{old}升级为{new}，新增任务 {added} 项",
        "Level raised from {old} to {new}; tasks added: {added}",
    ),
    "level_lowered": (
        "事件由{old}降级为{new}，新增任务 {added} 项",
        "Level lowered from {old} to {new}; tasks added: {added}",
    ),
    "level_lowered_only": ("事件由{old}降级为{new}", "Level lowered from {old} to {new}"),
    "retired": ("，撤销 {retired} 项", ", retired: {retired}"),
    "phase_started": ("进入{phase}阶段", "Phase {phase} started"),
    "task_done": ("已完成：{task}", "Done: {task}"),
    "task_reopened": ("重新打开：{task}", "Reopened: {task}"),
    "task_not_applicable": ("不适用：{task}", "Not applicable: {task}"),
    "task_assigned": ("{task} 指派给 {person}", "{task} assigned to {person}"),
    "task_note": ("备注（{task}）", "Note on {task}"),
    "task_added": ("为{department}添加任务：{task}", "Task added for {department}: {task}"),
    "report_sent": ("{department}提交进展报告", "Progress report from {department}"),
    "needs_help": ("需要支援：{text}", "needs help: {text}"),
    "report_acknowledged": (
        "已确认{department}的进展报告",
        "Progress report from {department} acknowledged",
    ),
    "escalated_group": (
        "升级上报至应急领导小组（第 {step} 步）：{task}",
        "Escalated to the command group (step {step}): {task}",
    ),
    "escalated_head": (
        "升级上报至部门负责人（第 {step} 步）：{task}",
        "Escalated to the department head (step {step}): {task}",
    ),
    "escalation_acknowledged": ("已确认升级上报：{task}", "Escalation acknowledged: {task}"),
    "review_changed": ("复盘第 {revision} 版已修改", "Review revision {revision} changed"),
    "review_signed_off": ("复盘第 {revision} 版已签批", "Review revision {revision} signed off"),
    "review_revised": ("复盘开始第 {revision} 版", "Review revision {revision} opened"),
    "action_added": ("新增改进措施：{text}", "Improvement action added: {text}"),
    "action_done": ("改进措施已完成：{text}", "Improvement action done: {text}"),
    "action_reopened": ("改进措施重新打开：{text}", "Improvement action reopened: {text}"),
    "action_linked": (
        "改进措施关联到预案 {plan} 第 {version} 版：{text}",
        "Improvement action linked to plan {plan} version {version}: {text}",
    ),
}


def _say(lang: str, key: str, **values: Any) -> str:
    return _SENTENCES[key][0 if lang == "zh" else 1].format(**values)


def _with(text: str, extra: Any) -> str:
    """``text — extra`` when there is an extra (a note, a reason)."""
    return f"{text} — {extra}" if extra else text


def _count(value: Any) -> int:
    if isinstance(value, int):
        return value
    return len(value) if isinstance(value, list | tuple) else 0


class Activity:
    """Says timeline entries for one incident (its plan's names, its tasks' titles)."""

    def __init__(self, names: Names, tasks: Mapping[int, TaskInfo]) -> None:
        self.names = names
        self.lang = names.lang
        self._tasks = tasks

    def _task(self, event: EventInfo) -> str:
        task = self._tasks.get(event.task_id) if event.task_id is not None else None
        if task is not None:
            return task.title(self.lang)
        data = event.data
        return str(data.get(f"title_{self.lang}") or data.get("key") or "")

    def text(self, event: EventInfo) -> str:
        """One timeline entry as a sentence."""
        d, kind, lang, names = event.data, event.kind, self.lang, self.names
        task = self._task(event)
        if kind == "declared":
            key = "declared_drill" if d.get("is_drill") else "declared"
            return _say(
                lang, key, level=names.level(str(d.get("level", ""))), tasks=d.get("tasks", 0)
            )
        if kind == "closed":
            return _with(_say(lang, "closed", open=d.get("open_tasks", 0)), d.get("reason"))
        if kind in ("level_raised", "level_lowered"):
            added = _count(d.get("added")) + _count(d.get("restored"))
            text = _say(
                lang,
                "level_lowered_only" if kind == "level_lowered" and not added else kind,
                old=names.level(str(d.get("old_level", ""))),
                new=names.level(str(d.get("new_level", ""))),
                added=added,
            )
            if _count(d.get("retired")):
                text += _say(lang, "retired", retired=_count(d.get("retired")))
            return _with(text, d.get("reason"))
        if kind == "phase_started":
            return _say(lang, kind, phase=names.phase(str(d.get("phase", ""))))
        if kind in ("task_done", "task_reopened", "task_not_applicable"):
            extra = d.get("note") if kind == "task_done" else d.get("reason")
            return _with(_say(lang, kind, task=task), extra)
        if kind == "task_assigned":
            return _say(lang, kind, task=task, person=d.get("person", ""))
        if kind == "task_note":
            return _with(_say(lang, kind, task=task), d.get("text"))
        if kind == "task_added":
            title = d.get(f"title_{lang}") or task
            department = names.department(str(d.get("department", "")))
            return _say(lang, kind, department=department, task=title)
        if kind == "report_sent":
            text = _say(lang, kind, department=names.department(str(d.get("department", ""))))
            if d.get("needs_help"):
                text += " — " + _say(lang, "needs_help", text=d["needs_help"])
            return text
        if kind == "report_acknowledged":
            return _say(lang, kind, department=names.department(str(d.get("department", ""))))
        if kind == "task_escalated":
            key = "escalated_group" if d.get("to") == "command_group" else "escalated_head"
            return _say(lang, key, step=d.get("step", ""), task=task)
        if kind == "escalation_acknowledged":
            return _say(lang, kind, task=task)
        if kind == "figure_recorded":
            key = str(d.get("key", ""))
            value = d.get("value")
            shown = number(float(value)) if isinstance(value, int | float) else str(value)
            return f"{names.figure(key)}{colon(lang)}{shown} {names.figure_unit(key)}".strip()
        return self._review_text(event) or kind.replace("_", " ")

    def _review_text(self, event: EventInfo) -> str | None:
        d, kind, lang = event.data, event.kind, self.lang
        if kind in ("review_changed", "review_signed_off", "review_revised"):
            text = _say(lang, kind, revision=d.get("revision", ""))
            return _with(text, d.get("reason"))
        if kind in ("action_added", "action_done", "action_reopened"):
            text = _say(lang, kind, text=d.get("description", "") or d.get("action_id", ""))
            return _with(text, d.get("reason"))
        if kind == "action_linked":
            return _say(
                lang,
                kind,
                plan=d.get("plan_id", ""),
                version=d.get("plan_version", ""),
                text=d.get("description", "") or d.get("action_id", ""),
            )
        return None
