"""The reports' fixed words in Chinese and English, and how times, durations and rates are written.

A small table rather than Qt translation: reports are built outside the window too (the command
line, batch export). The words follow the product glossary: 突发事件 incident, 演练 drill,
预警 warning, 级别 level, 阶段 phase, 应急领导小组 command group, 部门负责人 department head,
进展报告 progress report, 升级上报 escalation, 复盘 review, 改进措施 improvement action, 预案 plan.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

LANGS = ("zh", "en")

_WORDS: dict[str, tuple[str, str]] = {
    # every page
    "internal": ("内部资料", "Internal"),
    "page_of": ("第 {n} 页 共 {total} 页", "Page {n} of {total}"),
    "generated": ("生成时间：{at}", "Generated {at}"),
    "incident_subject": ("突发事件 #{id} {title}", "Incident #{id} {title}"),
    "drill_subject": ("演练 #{id} {title}", "Drill #{id} {title}"),
    "plan_subject": ("预案 {title}（第 {version} 版）", "Plan: {title} (version {version})"),
    "continued": ("（续）", " (continued)"),
    # report titles
    "review_title": ("突发事件复盘报告", "Incident review report"),
    "drill_review_title": ("演练复盘报告", "Drill review report"),
    "aar_title": ("演练总结评估报告及改进计划", "After-action report and improvement plan"),
    "binder_title": ("应急预案", "Emergency plan"),
    # kinds and states
    "drill": ("演练", "Drill"),
    "real": ("真实事件", "Real incident"),
    "kind": ("类型", "Type"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "none": ("无", "None"),
    "blank": ("—", "—"),
    "status_open": ("未完成", "Open"),
    "status_done": ("已完成", "Done"),
    "status_not_applicable": ("不适用", "Not applicable"),
    "status_retired": ("已撤销", "Retired"),
    "action_open": ("进行中", "Open"),
    "action_done": ("已完成", "Done"),
    "review_draft": ("草稿", "Draft"),
    "review_signed_off": ("已签批", "Signed off"),
    "review_superseded": ("已被新修订取代", "Superseded"),
    "plan_draft": ("草稿", "Draft"),
    "plan_in_review": ("审核中", "In review"),
    "plan_approved": ("已批准", "Approved"),
    "plan_retired": ("已停用", "Retired"),
    # cover and overview
    "incident_no": ("事件编号", "Incident number"),
    "title": ("标题", "Title"),
    "description": ("描述", "Description"),
    "category": ("事件分类", "Category"),
    "plan": ("预案", "Plan"),
    "plan_version": ("{title}（{id}，第 {version} 版）", "{title} ({id}, version {version})"),
    "level": ("级别", "Level"),
    "level_now": ("最终级别", "Final level"),
    "declared": ("宣布时间", "Declared"),
    "declared_by": ("宣布人", "Declared by"),
    "closed": ("结束时间", "Closed"),
    "closed_by": ("结束人", "Closed by"),
    "close_reason": ("结束原因", "Reason for closing"),
    "duration": ("持续时间", "Duration"),
    "warning_raised": ("预警时间", "Warning raised"),
    "review_revision": ("复盘修订", "Review revision"),
    "revision_status": ("第 {revision} 版，{status}", "Revision {revision} ({status})"),
    "level_history": ("级别变化", "Level history"),
    "phase_history": ("阶段变化", "Phase history"),
    "from": ("起", "From"),
    "until": ("止", "Until"),
    "changed_by": ("决定人", "Decided by"),
    "reason": ("原因", "Reason"),
    "phase": ("阶段", "Phase"),
    "started_by": ("启动人", "Started by"),
    "still_running": ("至结束", "to the end"),
    # key figures
    "key_figures": ("关键数据", "Key figures"),
    "tasks_total": ("任务总数", "Tasks"),
    "tasks_done": ("已完成任务", "Tasks done"),
    "tasks_timed": ("有时限的任务", "Tasks with a time limit"),
    "tasks_on_time": ("按时完成", "Done on time"),
    "tasks_late": ("超时完成", "Done late"),
    "tasks_missed": ("超时未完成", "Never done, past due"),
    "on_time_rate": ("按时完成率", "On-time rate"),
    "col_tasks": ("任务", "Tasks"),
    "col_done": ("已完成", "Done"),
    "col_on_time": ("按时", "On time"),
    "col_late": ("超时完成", "Late"),
    "col_missed": ("超时未完成", "Missed"),
    "time_to_activation": ("预警到启动用时", "Warning to declaration"),
    "escalation_count": ("升级上报次数", "Escalations"),
    "report_count": ("进展报告份数", "Progress reports"),
    "figure_count": ("态势数据记录", "Situation figures recorded"),
    "action_count": ("改进措施（未完成）", "Improvement actions (open)"),
    "count_of": ("{a} / {b}", "{a} of {b}"),
    # charts
    "chart_timeline": ("级别与阶段时间线", "Level and phase timeline"),
    "chart_on_time": ("各部门按时完成率", "On-time rate by department"),
    "chart_figures": ("态势数据变化", "Situation figures over time"),
    "no_timed_tasks": ("无时限任务", "no timed tasks"),
    "warning_line": ("预警线 {value}", "warning line {value}"),
    # departments and tasks
    "departments": ("各部门执行情况", "Departments"),
    "department": ("部门", "Department"),
    "first_response": ("首次响应用时", "First response"),
    "task_tables": ("各部门任务清单", "Tasks by department"),
    "task": ("任务", "Task"),
    "due": ("时限", "Due"),
    "done_at": ("完成时间", "Done"),
    "late_by": ("超时", "Late by"),
    "who": ("执行人", "Who"),
    "status": ("状态", "Status"),
    "ad_hoc": ("（临时）", " (ad hoc)"),
    "not_done": ("未完成", "not done"),
    "no_tasks": ("本部门没有任务。", "This department had no tasks."),
    # escalations, reports, figures
    "escalations": ("升级上报", "Escalations"),
    "no_escalations": ("没有升级上报。", "There were no escalations."),
    "at": ("时间", "Time"),
    "to": ("上报对象", "To"),
    "step": ("步骤", "Step"),
    "acknowledged": ("确认", "Acknowledged"),
    "to_department_head": ("部门负责人", "department head"),
    "to_command_group": ("应急领导小组", "command group"),
    "to_admin": ("管理员", "administrator"),
    "to_department": ("部门联络人", "department liaisons"),
    "reports": ("进展报告", "Progress reports"),
    "no_reports": ("没有进展报告。", "No progress reports were sent."),
    "sent_by": ("报告人", "Sent by"),
    "report_done": ("已完成", "Done"),
    "report_doing": ("进行中", "Doing"),
    "needs_help": ("需要支援", "Needs help"),
    "figures": ("态势数据", "Situation figures"),
    "no_figures": ("没有记录态势数据。", "No situation figures were recorded."),
    "value": ("数值", "Value"),
    "recorded_by": ("记录人", "Recorded by"),
    # the written review
    "written": ("复盘意见", "The review"),
    "summary": ("总结", "Summary"),
    "what_happened": ("事件经过", "What happened"),
    "strengths": ("做得好的方面", "Strengths"),
    "shortcomings": ("存在的不足", "Shortcomings"),
    "improvements": ("改进方向", "Direction of improvement"),
    "not_written": ("（未填写）", "(not written)"),
    "actions": ("改进措施", "Improvement actions"),
    "no_actions": ("没有改进措施。", "No improvement actions were decided."),
    "action": ("措施", "Action"),
    "due_date": ("完成期限", "Due date"),
    "linked_plan": ("对应预案版本", "Plan revision"),
    "added_in": ("提出于第 {revision} 版", "added in revision {revision}"),
    "activity": ("完整活动记录", "Full activity log"),
    "time": ("时间", "Time"),
    "actor": ("操作人", "Who"),
    "what": ("事项", "What"),
    "sign_off": ("签批", "Sign-off"),
    "signed_off": (
        "复盘第 {revision} 版已由 {who} 于 {at} 签批。",
        "Revision {revision} of the review was signed off by {who} on {at}.",
    ),
    "not_signed_off": ("未签批 — 草稿", "Not signed off — draft"),
    "draft_note": (
        "本复盘尚未签批，内容可能修改。",
        "This review has not been signed off; it may still change.",
    ),
    "prepared_by": ("编写：{who}，最后修改 {at}", "Prepared by {who}; last changed {at}"),
    # drill report (AAR/IP)
    "exercise_overview": ("演练概况", "Exercise overview"),
    "exercise_name": ("演练名称", "Exercise name"),
    "scenario": ("演练情景", "Scenario"),
    "exercise_date": ("演练日期", "Date"),
    "participants": ("参演部门", "Participating departments"),
    "executive_summary": ("总体评价", "Executive summary"),
    "objectives": ("演练目标", "Objectives"),
    "no_objectives": ("未填写演练目标。", "No objectives were written."),
    "capabilities": ("能力分析", "Analysis of capabilities"),
    "hseep_scale": ("评分标准（HSEEP）", "Rating scale (HSEEP)"),
    "subject": ("部门或能力", "Department or capability"),
    "rating": ("评分", "Rating"),
    "ratings": ("评分结果", "Ratings"),
    "observations": ("观察记录", "Observations"),
    "no_ratings": ("未作评分。", "No ratings were given."),
    "rating_P": ("P：顺利完成，未遇到困难", "P: performed without challenges"),
    "rating_S": ("S：完成，遇到一些困难", "S: performed with some challenges"),
    "rating_M": ("M：完成，遇到重大困难", "M: performed with major challenges"),
    "rating_U": ("U：未能完成", "U: unable to be performed"),
    "areas_for_improvement": ("需改进的方面", "Areas for improvement"),
    "improvement_plan": ("改进计划", "Improvement plan"),
    "appendix_timeline": ("附录 A：演练时间线", "Appendix A: exercise timeline"),
    "appendix_tasks": ("附录 B：各部门任务", "Appendix B: tasks by department"),
    # plan binder
    "plan_id": ("预案编号", "Plan ID"),
    "version": ("版本", "Version"),
    "version_status": ("版本状态", "Status"),
    "approved_by": ("批准人", "Approved by"),
    "approved_at": ("批准时间", "Approved on"),
    "review_due": ("下次评审", "Review due"),
    "not_approved": ("未批准", "not approved"),
    "scope_source": ("适用范围与依据", "Scope and source"),
    "scope": ("适用范围", "Scope"),
    "source": ("依据文件", "Source document"),
    "organisation": ("组织机构与 24 小时联系人", "Organisation and 24-hour contacts"),
    "responsibilities": ("职责", "Responsibilities"),
    "head": ("部门负责人", "Department head"),
    "role": ("职务", "Role"),
    "name": ("姓名", "Name"),
    "phone": ("电话", "Phone"),
    "hours": ("值守时间", "Hours"),
    "categories": ("事件分类", "Categories"),
    "levels": ("事件级别", "Levels"),
    "colour": ("颜色", "Colour"),
    "criteria": ("判定标准", "Criteria"),
    "report_every": ("进展报告频次", "Progress reports"),
    "phases": ("响应阶段", "Phases"),
    "checklists": ("各部门任务清单", "Department checklists"),
    "levels_applying": ("适用级别", "Levels"),
    "time_limit": ("时限", "Time limit"),
    "escalation": ("升级上报", "Escalation"),
    "tick": ("完成", "Done"),
    "all_levels": ("全部", "all"),
    "all_categories": ("全部分类", "all categories"),
    "only_categories": ("仅限：{names}", "only: {names}"),
    "escalation_rules": ("升级上报规则", "Escalation rules"),
    "rule": ("规则", "Rule"),
    "shift": ("班次", "Shift"),
    "default_rule": ("（默认）", " (default)"),
    "steps": ("步骤", "Steps"),
    "figures_standards": ("态势数据与服务标准", "Situation figures and standards"),
    "figure": ("数据项", "Figure"),
    "warning_line_header": ("预警线", "Warning line"),
    "involved": ("涉及部门", "Departments involved"),
    "unit": ("单位", "Unit"),
    "standards": ("服务标准", "Standards"),
    "standard": ("标准", "Standard"),
    "condition": ("条件", "Condition"),
    "shifts": ("班次", "Shifts"),
    "staffing": ("人员安排", "Staffing"),
    "cycles": ("演练与评审周期", "Drills and reviews"),
    "drills_every": ("演练周期", "Drill every"),
    "review_every": ("评审周期", "Review every"),
    "provisions": ("其他规定", "Provisions"),
    "std_time_limit": ("时限", "time limit"),
    "std_cadence": ("周期", "cadence"),
    "std_retention": ("保存期限", "retention"),
    "std_target": ("目标", "target"),
    "no_time_limit": ("无时限", "no time limit"),
    "from_declaration": ("宣布后 {duration}内", "{duration} from declaration"),
    "from_phase": ("阶段开始后 {duration}内", "{duration} from phase start"),
    "every": ("每 {duration}", "every {duration}"),
    "remind_before": ("提前 {duration}提醒", "reminder {duration} before"),
    "at_once": ("立即：{target}", "at once: {target}"),
    "after": ("{duration}后：{target}", "after {duration}: {target}"),
    "command_group": ("应急领导小组", "Command group"),
    "the_department_head": ("部门负责人", "department head"),
    "the_command_group": ("应急领导小组", "command group"),
    "no_entries": ("无。", "None."),
    "file": ("文件", "File"),
}

_INDEX = {"zh": 0, "en": 1}


def word(lang: str, key: str, **values: object) -> str:
    """A fixed word of the reports in ``lang`` ("zh" or "en"), with ``{names}`` filled in."""
    text = _WORDS[key][_INDEX[lang]]
    return text.format(**values) if values else text


def check_lang(lang: str) -> str:
    if lang not in _INDEX:
        raise ValueError(f"a report is written in zh or en, not {lang!r}")
    return lang


def colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def local_time(moment: datetime | None, lang: str = "zh") -> str:
    """A stored time as local time to the minute; a dash when there is none."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else word(lang, "blank")


def short_time(moment: datetime) -> str:
    """Local time without the year, for table cells (the year is on the cover)."""
    return moment.astimezone().strftime("%m-%d %H:%M")


def day(value: date | datetime | None, lang: str = "zh") -> str:
    if value is None:
        return word(lang, "blank")
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.isoformat()


def span(delta: timedelta | None, lang: str) -> str:
    """A length of time as people say it: "2 h 05 min", "3 d 4 h", "45 s"."""
    if delta is None:
        return word(lang, "blank")
    seconds = max(0, round(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    units = ("天", "小时", "分钟", "秒") if lang == "zh" else ("d", "h", "min", "s")
    parts = [(days, units[0]), (hours, units[1]), (minutes, units[2])]
    if not days and not hours and not minutes:
        parts = [(secs, units[3])]
    shown = [(n, u) for n, u in parts if n][:2] or [(0, units[2])]
    return " ".join(f"{n} {u}" for n, u in shown)


def rate(value: float | None, lang: str) -> str:
    return word(lang, "blank") if value is None else f"{value * 100:.0f}%"


def number(value: float) -> str:
    """A figure without a needless ".0"."""
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"
