"""The sample drill: a practice database a new user opens to see CommandPost at work.

Shape: a SQLite file of its own (``sample.sqlite`` in the user data folder, or any new file the
command line names), built from nothing every time it is opened, so practice never piles up and
never mixes with real incidents. Everything in it is made by the real services, exactly as the
window and the command line would make it: the schema by the migrations, the shipped plans
imported and approved, the sample people added as users, and one drill on the customer-service
emergency plan run step by step — declared about 40 minutes before now, tasks ticked with notes
by the department liaisons, a level raised, phases advanced, ad-hoc tasks with deadlines (two
already overdue, one still ahead), situation figures, progress reports, and the alerts the
deadlines raise recorded at the end. So what the user sees is real data, read by the real board.

Time is a script: the services are given a clock that this module moves forward between steps,
from "now" minus 40 minutes to "now" (itself an injected clock), so the timeline reads like a
drill that has been running for a while. The texts are written in the language chosen, in the
product's own words (glossary: drill / 演练, command group, department liaison…).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from commandpost.access import Identity, Role
from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP, plain
from commandpost.paths import user_data_dir
from commandpost.services.plans import PlanLibraryError

if TYPE_CHECKING:
    from commandpost.store.engine import Database

SAMPLE_FILE = "sample.sqlite"
PLAN = "customer-service-emergency"
CATEGORY = "system_failure"
STARTED_BEFORE = timedelta(minutes=40)

_SIDECARS = ("-wal", "-shm", "-journal")


class SampleError(PlanLibraryError):
    """The sample database cannot be written where asked (one plain sentence)."""


@dataclass(frozen=True, slots=True)
class SampleDrill:
    """What was built: the database, the drill in it and who to act as."""

    path: Path
    url: str
    incident_id: int
    lead: Identity
    lead_password: str
    """The lead's password, random, for signing in to a sample file from the command line."""


def sample_path() -> Path:
    """Where the window keeps its sample database (rebuilt each time it is opened)."""
    return user_data_dir() / SAMPLE_FILE


def person(who: str, lang: str) -> str:
    """The user name of a sample person ("lead", "cs", "tech", "crc", "qa") in ``lang``."""
    zh, en, _roles, _departments = _PEOPLE[who]
    return zh if lang == "zh" else en


def lead_identity(lang: str) -> Identity:
    """Who the sample window acts as (the sample command lead, no password needed), known
    before the database is built: the same user the build adds, with the same roles."""
    _zh, _en, roles, departments = _PEOPLE["lead"]
    return Identity(person("lead", lang), frozenset(roles), frozenset(departments))


def sqlite_url(path: Path) -> str:
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


class _Script:
    """The clock the services read while the drill is played: moved forward by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


# --- the words, in both languages -----------------------------------------------------------

_PEOPLE: dict[str, tuple[str, str, tuple[Role, ...], tuple[str, ...]]] = {
    # who: user name in Chinese, in English, roles, departments
    "lead": ("王敏", "Wang Min", (Role.ADMIN, Role.COMMAND_LEAD), ()),
    "cs": ("李娜", "Li Na", (Role.LIAISON,), ("customer_service",)),
    "tech": ("张伟", "Zhang Wei", (Role.LIAISON,), ("technical_support",)),
    "crc": ("陈静", "Chen Jing", (Role.LIAISON,), ("customer_response",)),
    "qa": ("刘洋", "Liu Yang", (Role.LIAISON,), ("quality",)),
}
"""The sample people: the lead (command lead, and admin so every menu can be tried) and one
department liaison for each department of the drill. Named like people, as the timeline shows."""

_WORDS: dict[str, tuple[str, str]] = {
    "title": (
        "工单系统故障，热线排队激增（示例）",
        "Ticket system down, hotline queue building (sample)",
    ),
    "description": (
        "练习数据：用于熟悉指挥看板和部门任务清单，不是真实事件。"
        "工单系统无法创建新工单，热线排队持续上升。",
        "Practice data for getting to know the command board and the department checklists; "
        "not a real incident. The ticket system cannot open new tickets and the hotline queue "
        "keeps growing.",
    ),
    "cs-report": (
        "工单系统对所有坐席报错，热线排队 120 个且仍在上升。",
        "The ticket system gives every agent an error; 120 calls waiting and rising.",
    ),
    "ts-report": (
        "工单数据库拒绝新连接，已呼叫值班工程师。",
        "The ticket database refuses new connections; the on-call engineer has been paged.",
    ),
    "cs-team": (
        "8 名骨干坐席已到岗，另有 2 名在路上。",
        "Eight core agents at their posts; two more on the way.",
    ),
    "level": (
        "排队来电超过 200 个，工单系统仍未恢复。",
        "More than 200 calls waiting and the ticket system is still down.",
    ),
    "adhoc-notice": (
        "在热线语音提示和官网发布故障公告",
        "Put an outage notice on the hotline greeting and the website",
    ),
    "adhoc-estimate": (
        "向应急指挥部报告首次修复时间预估",
        "Give the command group a first estimate of the repair time",
    ),
    "adhoc-callback": (
        "致电受影响最大的五家集团客户",
        "Call the five most affected group customers",
    ),
    "ts-locate": (
        "昨晚发布后数据库连接池耗尽，正在回滚。",
        "The database connection pool ran out after last night's release; rolling back.",
    ),
    "cs-tickets": (
        "暂用纸质登记表记录客户问题，系统恢复后补录。",
        "Customer problems taken on paper forms, to be entered once the system is back.",
    ),
    "cs-handle-note": (
        "已向来电客户承诺 2 小时内回复；投诉数量在上升。",
        "Callers promised a reply within 2 hours; complaints are rising.",
    ),
    "cs-done": ("骨干坐席到岗；启用纸质登记。", "Core agents at their posts; paper forms in use."),
    "cs-doing": ("接听排队来电，登记回访名单。", "Answering the queue; listing callbacks."),
    "cs-help": (
        "请售后增派 2 名坐席。",
        "Two agents from After-sales.",
    ),
    "ts-done": ("已定位故障：数据库连接池耗尽。", "Fault found: the connection pool ran out."),
    "ts-doing": (
        "回滚昨晚的发布，预计 20 分钟。",
        "Rolling back last night's release, about 20 min.",
    ),
    "qa-info-security": (
        "已与信息安全主管核实，无客户数据泄漏。",
        "Checked with the information-security supervisor: no customer data exposed.",
    ),
}


def _word(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return zh if lang == "zh" else en


# --- building -------------------------------------------------------------------------------


def build_sample(
    path: Path, lang: str = "zh", now: Clock = utc_now, replace: bool = False
) -> SampleDrill:
    """Build the sample database at ``path``: a new file, or (``replace``) the old sample thrown
    away first. The drill was declared :data:`STARTED_BEFORE` before ``now()``.

    Without ``replace`` an existing file is refused, so no real database can be overwritten."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise SampleError(
            QT_TRANSLATE_NOOP(
                "CoreSample", "{path} is a folder; name the database file to write"
            ).format(path=str(path))
        )
    if path.exists() and not replace:
        raise SampleError(
            QT_TRANSLATE_NOOP(
                "CoreSample", "{path} already exists; choose a new file name for the sample drill"
            ).format(path=str(path))
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in (path, *(path.with_name(path.name + s) for s in _SIDECARS)):
            old.unlink(missing_ok=True)
    except OSError as error:
        raise SampleError(
            QT_TRANSLATE_NOOP(
                "CoreSample", "the sample drill cannot be written to {path} ({reason})"
            ).format(path=str(path), reason=plain(error.strerror or str(error)))
        ) from None
    url = sqlite_url(path)
    end = now()
    script = _Script(end - timedelta(days=7))
    from commandpost.services.startup import open_library

    library = open_library(url, script)  # the schema, the shipped plans imported and approved
    try:
        lead, password = _add_people(library.database, script, lang)
        script.at = end - STARTED_BEFORE
        incident_id = _play_drill(library.database, script, end, lang)
    finally:
        library.close()
    return SampleDrill(path, url, incident_id, lead, password)


def _add_people(database: Database, script: _Script, lang: str) -> tuple[Identity, str]:
    from argon2 import PasswordHasher

    from commandpost.services.users import UserService

    # The passwords are random: the sample window acts as the lead without one, and only the
    # command line shows the lead's. A light hash keeps building quick (signing in once
    # replaces it with a full-strength one).
    users = UserService(database, script, PasswordHasher(time_cost=1, memory_cost=1024))
    lead = person("lead", lang)
    passwords = {}
    for who, (_zh, _en, roles, departments) in _PEOPLE.items():
        passwords[who] = secrets.token_urlsafe(12)
        users.add(lead, person(who, lang), passwords[who], roles, departments)
    return users.identity(lead), passwords["lead"]


def _play_drill(database: Database, script: _Script, end: datetime, lang: str) -> int:
    """The drill, step by step, each at its minute after the declaration."""
    from commandpost.services.alerts import AlertService

    drill = _Drill(database, script, lang)
    drill.first_steps()
    drill.later_steps(end)
    script.at = end
    AlertService(database, script).fire()  # the deadlines that have passed raise their alerts
    return drill.incident


class _Drill:
    """The drill played through the incident service, one step at a given minute."""

    def __init__(self, database: Database, script: _Script, lang: str) -> None:
        from commandpost.services.incidents import IncidentService

        self.script = script
        self.start = script.at
        self.lang = lang
        self.lead = person("lead", lang)
        self.service = service = IncidentService(database, script)
        self.incident = service.declare(
            PLAN,
            CATEGORY,
            "general",
            self.word("title"),
            self.lead,
            self.word("description"),
            is_drill=True,
        ).id

    def name(self, who: str) -> str:
        return person(who, self.lang)

    def word(self, key: str) -> str:
        return _word(key, self.lang)

    def minute(self, minutes: int) -> datetime:
        return self.start + timedelta(minutes=minutes)

    def at(self, minutes: int) -> None:
        self.script.at = self.minute(minutes)

    def tick(self, minutes: int, key: str, who: str, note: str | None = None) -> None:
        self.at(minutes)
        task = self.service.find_task(self.incident, key)
        self.service.tick(task.id, who, self.word(note) if note else None)

    def figure(self, minutes: int, **values: float) -> None:
        self.at(minutes)
        for key, value in values.items():
            self.service.record_figure(self.incident, key, value, self.name("cs"))

    def add_task(self, minutes: int, department: str, key: str, due: datetime) -> None:
        self.at(minutes)
        self.service.add_task(self.incident, department, _WORDS[key], self.lead, due_at=due)

    def report(self, minutes: int, department: str, who: str, parts: tuple[str, ...]) -> int:
        self.at(minutes)
        texts = [self.word(p) if p else "" for p in parts]
        return self.service.send_report(self.incident, department, who, *texts).id

    def first_steps(self) -> None:
        """Reported, activated, the level raised, into execution."""
        service, incident = self.service, self.incident
        self.figure(1, waiting_calls=120, avg_answer_time=35)
        self.tick(2, "cs-report", self.name("cs"), "cs-report")
        self.tick(3, "ts-report", self.name("tech"), "ts-report")
        self.at(4)
        service.advance_phase(incident, self.lead)  # report → activation
        self.tick(6, "cs-team", self.name("cs"), "cs-team")
        self.tick(7, "ts-team", self.name("tech"))
        self.figure(9, waiting_calls=240, avg_answer_time=58, agents_on_duty=8)
        self.at(10)
        service.change_level(incident, "major", self.lead, self.word("level"))
        self.at(12)
        service.advance_phase(incident, self.lead)  # activation → execution

    def later_steps(self, end: datetime) -> None:
        """Ad-hoc tasks with deadlines (two will be overdue), work, notes and reports."""
        service = self.service
        self.add_task(13, "customer_service", "adhoc-notice", self.minute(25))
        self.add_task(14, "technical_support", "adhoc-estimate", self.minute(30))
        self.tick(16, "ts-locate", self.name("tech"), "ts-locate")
        self.tick(18, "cs-tickets", self.name("cs"), "cs-tickets")
        self.at(20)
        handle = service.find_task(self.incident, "cs-handle")
        service.add_note(handle.id, self.name("cs"), self.word("cs-handle-note"))
        first = self.report(
            22, "customer_service", self.name("cs"), ("cs-done", "cs-doing", "cs-help")
        )
        self.at(25)
        service.acknowledge_report(first, self.lead)
        self.figure(28, affected_customers=1200, complaints_received=35)
        # Still to come when the sample opens: its reminder is the next alert.
        self.add_task(30, "customer_response", "adhoc-callback", end + timedelta(minutes=20))
        self.report(32, "technical_support", self.name("tech"), ("ts-done", "ts-doing", ""))
        self.tick(34, "qa-info-security", self.name("qa"), "qa-info-security")
        self.figure(36, waiting_calls=180, avg_answer_time=41)
