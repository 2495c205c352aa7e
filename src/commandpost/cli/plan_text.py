"""A plan version as plain text for the terminal, in Chinese or English."""

from __future__ import annotations

from commandpost.plan.model import Contact, Due
from commandpost.services.plan_records import VersionDetail

_WORDS = {
    "zh": {
        "version": "版本",
        "status": "状态",
        "draft": "草稿",
        "in_review": "审核中",
        "approved": "已批准",
        "retired": "已停用",
        "scope": "适用范围",
        "command_group": "应急领导小组",
        "departments": "部门",
        "head": "负责人",
        "levels": "级别",
        "phases": "阶段",
        "tasks": "任务",
        "report_every": "进展报告周期",
        "not_filled": "未填写",
        "declaration": "宣布后",
        "phase": "阶段开始后",
        "within": "内",
        "no_limit": "无时限",
        "history": "记录",
        "review_due": "复审日期",
    },
    "en": {
        "version": "version",
        "status": "status",
        "draft": "draft",
        "in_review": "in review",
        "approved": "approved",
        "retired": "retired",
        "scope": "Scope",
        "command_group": "Command group",
        "departments": "Departments",
        "head": "head",
        "levels": "Levels",
        "phases": "Phases",
        "tasks": "tasks",
        "report_every": "progress report every",
        "not_filled": "not filled in",
        "declaration": "from declaration",
        "phase": "from phase start",
        "within": "",
        "no_limit": "no time limit",
        "history": "History",
        "review_due": "review due",
    },
}


def due_text(due: Due | None, lang: str) -> str:
    w = _WORDS[lang]
    if due is None:
        return w["no_limit"]
    if lang == "zh":
        return f"{w[due.from_]}{due.within.label(lang)}{w['within']}"
    return f"within {due.within.label(lang)} {w[due.from_]}"


def _contact(contact: Contact, lang: str) -> str:
    w = _WORDS[lang]
    return (
        f"{contact.role.get(lang)}: {contact.name or '(' + w['not_filled'] + ')'}"
        f"  {contact.phone or ''}".rstrip()
    )


def describe(detail: VersionDetail, lang: str) -> str:
    w, plan, info = _WORDS[lang], detail.plan, detail.info
    out = [
        plan.title.get(lang),
        f"{plan.id}  {w['version']} {info.version}  {w['status']}: {w[info.status]}",
    ]
    if info.review_due_at is not None:
        out.append(f"{w['review_due']}: {info.review_due_at.astimezone():%Y-%m-%d}")
    out += ["", f"{w['scope']}: {plan.scope.get(lang)}", "", w["command_group"] + ":"]
    out += [f"  {_contact(c, lang)}" for c in plan.command_group.contacts]
    out += ["", w["levels"] + ":"]
    for level in plan.levels:
        cadence = (
            f"  ({w['report_every']} {level.report_every.label(lang)})"
            if level.report_every
            else ""
        )
        out.append(f"  {level.rank}. {level.name.get(lang)} {level.colour}{cadence}")
        out.append(f"     {level.criteria.get(lang)}")
    out += ["", w["phases"] + ": " + " → ".join(p.name.get(lang) for p in plan.phases)]
    phase_names = {p.key: p.name.get(lang) for p in plan.phases}
    for dept in plan.departments:
        tasks = plan.tasks_for(dept.key)
        out += ["", f"{dept.name.get(lang)} — {len(tasks)} {w['tasks']}"]
        out.append(f"  {w['head']}: {_contact(dept.head, lang)}")
        for task in tasks:
            levels = "all" if task.levels == "all" else ",".join(task.levels)
            out.append(
                f"  [{phase_names[task.phase]}] {task.title.get(lang)} — "
                f"{due_text(task.due, lang)} ({levels})"
            )
    out += ["", w["history"] + ":"]
    for change in detail.history:
        out.append(
            f"  {change.at.astimezone():%Y-%m-%d %H:%M} {change.actor}: "
            f"{w.get(change.from_status or '', '—')} → {w[change.to_status]}"
            + (f" ({change.note})" if change.note else "")
        )
    return "\n".join(out)
