"""A scripted response, run through the services with the clock moved by hand: declared from a
warning, a task done late and escalated, the level raised and lowered, progress reports, situation
figures, an ad-hoc task never done, phases to the end, closed. The same script runs a drill."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from commandpost.services.alerts import AlertService
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from incident_support import PLAN_ID, FakeClock, incident_plan

ESCALATING = incident_plan(
    2,
    (
        (
            "tasks:\n  - key: cs-answer",
            "escalation:\n"
            "  - key: chain\n"
            "    name: {zh: 逐级上报, en: Escalate step by step}\n"
            "    steps:\n"
            "      - {after: 10 min, to: department_head}\n"
            "      - {after: 20 min, to: command_group}\n"
            "tasks:\n  - key: cs-answer",
        ),
        (
            "    due: {within: 15 min, from: declaration}\n",
            "    due: {within: 15 min, from: declaration}\n    escalation: chain\n",
        ),
    ),
)

TITLE = "客服热线系统宕机"
DRILL_TITLE = "演练：客服热线系统宕机"
DESCRIPTION = "呼叫中心平台故障，热线无法接通，排队客户持续增加。"
AD_HOC = ("准备客户致歉短信", "Draft the apology text message")
REPORTS = (
    ("customer_service", "已增派坐席 12 人", "回访排队客户", "需要技术部尽快恢复系统"),
    ("technical_support", "定位到数据库连接池耗尽", "扩容并重启服务", ""),
)
FIGURES = (  # minutes after the declaration, waiting customers, average wait (min)
    (25, 620.0, 18.0),
    (45, 860.0, 25.0),
    (75, 540.0, 15.0),
    (110, 120.0, 6.0),
)


@dataclass(frozen=True, slots=True)
class Scripted:
    incident: IncidentSummary  # as it was closed


def approve_plan(library: PlanLibrary) -> None:
    library.import_plan(ESCALATING, "admin")
    library.approve(PLAN_ID, 2, "lead")


def run(database: Database, clock: FakeClock, is_drill: bool = False) -> Scripted:
    """Run the response from ``clock.now``; the clock ends where it closed."""
    service = IncidentService(database, clock)
    alerts = AlertService(database, clock)
    begin = clock.now

    def at(minutes: float) -> None:
        clock.now = begin + timedelta(minutes=minutes)

    def task(key: str) -> int:
        return service.find_task(incident.id, key).id

    warning = service.warn(PLAN_ID, {"waiting_customers": 520}, "monitor", is_drill=is_drill)
    at(12)
    incident = service.declare(
        PLAN_ID,
        "system_failure",
        "general",
        DRILL_TITLE if is_drill else TITLE,
        "张伟",
        description=DESCRIPTION,
        is_drill=is_drill,
        warning_id=warning.id,
    )
    begin = clock.now
    at(5)
    service.assign(task("cs-answer"), "李娜", "王芳")
    at(20)
    service.advance_phase(incident.id, "张伟")
    at(25)
    service.record_figure(incident.id, "waiting_customers", FIGURES[0][1], "王芳")
    service.record_figure(incident.id, "average_wait", FIGURES[0][2], "王芳")
    at(30)
    alerts.fire()  # cs-answer (due at 15 min) is escalated to the department head at 25 min
    at(35)
    service.change_level(incident.id, "major", "张伟", "排队人数超过预警线")
    at(40)
    service.tick(task("cs-answer"), "王芳", note="坐席已全部上线")
    at(45)
    report = service.send_report(incident.id, *REPORTS[0][:1], "李娜", *REPORTS[0][1:])
    service.record_figure(incident.id, "waiting_customers", FIGURES[1][1], "王芳")
    service.record_figure(incident.id, "average_wait", FIGURES[1][2], "王芳")
    at(48)
    service.tick(task("ts-diagnose"), "赵强")
    at(55)
    service.acknowledge_report(report.id, "张伟")
    at(60)
    service.add_task(incident.id, "marketing", AD_HOC, "张伟", due_at=begin + timedelta(minutes=90))
    at(70)
    service.advance_phase(incident.id, "张伟")
    at(75)
    service.record_figure(incident.id, "waiting_customers", FIGURES[2][1], "王芳")
    service.record_figure(incident.id, "average_wait", FIGURES[2][2], "王芳")
    at(80)
    service.tick(task("mk-notice"), "陈静")
    at(95)
    service.send_report(incident.id, *REPORTS[1][:1], "赵强", *REPORTS[1][1:])
    at(100)
    service.tick(task("ts-restore"), "赵强")
    at(110)
    service.record_figure(incident.id, "waiting_customers", FIGURES[3][1], "王芳")
    service.record_figure(incident.id, "average_wait", FIGURES[3][2], "王芳")
    service.change_level(incident.id, "general", "张伟", "系统恢复，排队回落")
    at(118)
    service.tick(task("cs-callback"), "王芳")
    at(120)
    service.advance_phase(incident.id, "张伟")
    at(128)
    service.tick(task("cs-summary"), "李娜")
    at(130)
    closed = service.close(incident.id, "张伟", "系统已恢复，排队清零")
    return Scripted(closed)
