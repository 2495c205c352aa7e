"""Render the post-incident review offscreen, in Chinese and in English: the review of a closed
incident with late tasks and improvement actions, the review of a drill with its HSEEP ratings,
the export progress dialog half-way, and the open improvement actions tab.

Run: ``.venv/bin/python tests/ui/review_screenshots.py [OUT_DIR]`` (default: screenshots/, which
is gitignored). Not a test: people look at the PNGs for clipping, missing glyphs, untranslated
text and anything a command group would not trust. Each language renders in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"
PLAN = "24h-service-guarantee"
T0 = datetime(2026, 5, 28, 1, 0, tzinfo=UTC)  # Thursday 28 May 2026, 09:00 in China
NOW = datetime(2026, 6, 1, 2, 30, tzinfo=UTC)
TEXTS = {
    "zh": {
        "title": "华东区客服热线排队激增，物流异常投诉集中",
        "drill": "第二季度客户分流演练",
        "raise": "排队客户数超过 1000 人",
        "close": "排队恢复正常，积压工单已清零",
        "summary": "华东仓储系统故障引发热线排队激增，历时 3 小时恢复正常。",
        "what": "09:00 宣布重大级别突发事件，09:30 升级为特别重大；物流部门 50 分钟才响应。",
        "strengths": "客服执行组 7 分钟内启动协同，技术部门按时响应。",
        "shortcomings": "物流部门响应超时 18 分钟；业务部门未响应。",
        "improvements": "为物流与业务部门指定夜间对接人，增加短信模板。",
        "action1": "为物流部门指定夜间对接人并写入排班表",
        "action2": "预置物流延误短信模板",
        "action3": "热线智能分流规则增加物流延误选项",
        "objective1": "15 分钟内启动跨部门协同",
        "objective2": "2 小时内将排队客户降至 300 人以下",
        "obs_cs": "坐席到位及时，话术统一",
        "obs_log": "对接人不明确，响应超时 18 分钟",
        "obs_tech": "定位迅速",
        "capability": "对外沟通",
        "obs_comm": "短信通知发出较晚",
    },
    "en": {
        "title": "Hotline queue surge in East China, delivery complaints piling up",
        "drill": "Second-quarter customer surge drill",
        "raise": "Over 1,000 customers waiting",
        "close": "Queue back to normal, backlog cleared",
        "summary": "A warehouse failure sent the hotline queue up; back to normal in 3 hours.",
        "what": "Declared major at 09:00, raised to critical at 09:30; logistics took 50 minutes.",
        "strengths": "Customer service started coordination in 7 minutes; technical on time.",
        "shortcomings": "Logistics answered 18 minutes late; business never answered.",
        "improvements": "Name night-time counterparts for logistics and business; SMS templates.",
        "action1": "Name a night-time logistics counterpart and put them on the rota",
        "action2": "Prepare an SMS template for delivery delays",
        "action3": "Add a delivery-delay option to the hotline voice menu",
        "objective1": "Start cross-department coordination within 15 minutes",
        "objective2": "Bring the queue under 300 within 2 hours",
        "obs_cs": "Agents in place quickly, consistent wording",
        "obs_log": "Counterpart unclear; answered 18 minutes late",
        "obs_tech": "Fault found quickly",
        "capability": "Public communication",
        "obs_comm": "Customer texts went out late",
    },
}


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def run_incident(service: object, clock: Clock, title: str, is_drill: bool, raise_: str) -> int:
    """Three hours of a response: warning, declaration, a level raise, ticks (one late), a
    report and figures, and the closing."""
    from commandpost.services.incidents import IncidentService

    assert isinstance(service, IncidentService)
    start = clock.now

    def at(minutes: float) -> None:
        clock.now = start + timedelta(minutes=minutes)

    def tick(key: str, minutes: float) -> None:
        at(minutes)
        service.tick(service.find_task(incident.id, key).id, "王敏")

    at(-12)
    warning = service.warn(PLAN, {"waiting_customers": 900}, "监控脚本", title, is_drill)
    at(0)
    incident = service.declare(
        PLAN, "sudden_problem", "major", title, "李建国", "", is_drill, warning_id=warning.id
    )
    at(1)
    service.advance_phase(incident.id, "李建国")
    at(2)
    service.advance_phase(incident.id, "李建国")
    tick("cs-start-coordination", 7)
    service.record_figure(incident.id, "waiting_customers", 1200, "王敏")
    tick("tech-respond", 20)
    at(30)
    service.shift_level(incident.id, +1, "李建国", raise_)
    tick("log-respond", 50)
    service.send_report(incident.id, "customer_service", "王敏", raise_, "", "")
    at(90)
    service.record_figure(incident.id, "waiting_customers", 640, "王敏")
    tick("tech-progress", 110)
    at(150)
    service.record_figure(incident.id, "waiting_customers", 180, "王敏")
    at(180)
    service.close(incident.id, "李建国", TEXTS["en"]["close"])
    return incident.id


def stage(url: str, lang: str, clock: Clock) -> tuple[int, int]:
    from commandpost.services.incidents import IncidentService
    from commandpost.services.review_records import DrillRating
    from commandpost.services.reviews import ReviewService
    from commandpost.services.startup import open_library

    texts = TEXTS[lang]
    library = open_library(url, clock)
    incidents = IncidentService(library.database, clock)
    reviews = ReviewService(library.database, clock)
    real = run_incident(incidents, clock, texts["title"], False, texts["raise"])
    clock.now += timedelta(hours=20)
    review = reviews.review(real, "李建国")
    review = reviews.update(
        review.id,
        "李建国",
        review.row_version,
        summary=texts["summary"],
        what_happened=texts["what"],
        strengths=texts["strengths"],
        shortcomings=texts["shortcomings"],
        improvements=texts["improvements"],
    )
    reviews.add_action(review.id, "李建国", texts["action1"], "logistics", date(2026, 5, 31))
    done = reviews.add_action(review.id, "李建国", texts["action2"], "customer_service")
    reviews.add_action(
        review.id, "李建国", texts["action3"], "channel_operations", date(2026, 6, 30)
    )
    reviews.complete_action(done.id, "王敏")
    reviews.link_action(done.id, "王敏", PLAN, 1)
    clock.now = T0 + timedelta(days=2)
    drill = run_incident(incidents, clock, texts["drill"], True, texts["raise"])
    review = reviews.review(drill, "李建国")
    reviews.add_action(review.id, "李建国", texts["action1"], "logistics", date(2026, 6, 15))
    reviews.update(
        review.id,
        "李建国",
        review.row_version,
        summary=texts["summary"],
        objectives=[texts["objective1"], texts["objective2"]],
        ratings=[
            DrillRating("customer_service", "P", texts["obs_cs"]),
            DrillRating("technical", "S", texts["obs_tech"]),
            DrillRating("logistics", "M", texts["obs_log"]),
            DrillRating(texts["capability"], "S", texts["obs_comm"]),
        ],
    )
    signed = reviews.review(drill, "李建国")
    reviews.sign_off(signed.id, "张总", signed.row_version)
    clock.now = NOW
    library.close()
    return real, drill


def settle(condition: object = None, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def render(lang: str, url: str, out: Path) -> None:
    from PySide6.QtCore import QObject, QSettings, Qt, Slot
    from PySide6.QtWidgets import QApplication

    from commandpost.services.incidents import IncidentService
    from commandpost.services.reviews import ReviewService
    from commandpost.services.startup import open_library
    from commandpost.ui.actions_panel import ActionsPanel
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.export_jobs import ExportJob
    from commandpost.ui.review_window import ReviewWindow
    from commandpost.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # the export folder is remembered:
    QSettings.setPath(  # not in the settings of whoever runs this
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp()
    )
    prepare_application(app, lang)
    clock = Clock(T0)
    real, drill = stage(url, lang, clock)
    library = open_library(url, clock)
    reviews = ReviewService(library.database, clock)

    def shoot(widget: object, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        path = out / f"review_{name}_{lang}.png"
        widget.grab().save(str(path))
        print(path)

    window = ReviewWindow(reviews, library, real, lang, "李建国", clock)
    window.resize(1500, 950)
    window.show()
    window.start()
    settle(lambda: window.review is not None and not window.runner.busy)
    assert window.body is not None
    window.body.action_view.selectRow(0)
    settle()
    shoot(window, "incident")
    for name, dialog in (
        ("export_dialog", window.commands.ask_export()),
        ("add_action_dialog", window.commands.ask_add_action()),
    ):
        assert dialog is not None
        settle()
        shoot(dialog, name)
        dialog.reject()

    class Shooter(QObject):
        """Grabs the progress dialog once the report is about half-way (the worker waits)."""

        def __init__(self) -> None:
            super().__init__()
            self.job: ExportJob | None = None
            self.shot = False

        def follow(self, job: ExportJob) -> None:
            self.job = job
            job.progress_reported.connect(self.at, Qt.ConnectionType.BlockingQueuedConnection)

        @Slot(int, int)
        def at(self, done: int, total: int) -> None:
            if not self.shot and self.job is not None and done * 2 >= total > 0:
                self.shot = True
                QApplication.processEvents()
                shoot(self.job.dialog, "export_progress")

    shooter = Shooter()
    window.commands.export_started.connect(shooter.follow)
    job = window.commands.export(Path(tempfile.mkdtemp()) / "review.pdf", lang)
    settle(lambda: not job.running, 120_000)
    window.close()

    window = ReviewWindow(reviews, library, drill, lang, "李建国", clock)
    window.resize(1500, 950)
    window.show()
    window.start()
    settle(lambda: window.review is not None and not window.runner.busy)
    assert window.body is not None and window.body.evaluation is not None
    window.body.tabs.setCurrentWidget(window.body.evaluation)
    settle()
    shoot(window, "drill")
    window.close()

    runner = TaskRunner()
    incidents = IncidentService(library.database, clock)
    panel = ActionsPanel(reviews, incidents, library, runner, lang, "李建国", clock)
    panel.resize(1400, 500)
    panel.show()
    panel.start()
    settle(lambda: panel.model.rowCount() > 0 and not runner.busy)
    shoot(panel, "actions_tab")
    panel.shutdown()
    runner.shutdown()
    library.close()

    main = open_main_window(url, lang, "李建国", clock)
    settle(lambda: main.desk.incidents is not None and not main.runner.busy)
    main.resize(1500, 760)
    main.show_incidents()
    main.incidents.show_closed.setChecked(True)
    settle(lambda: main.incidents.incident_model.rowCount() > 1 and not main.runner.busy)
    main.incidents.incident_view.selectRow(0)
    settle()
    shoot(main, "incident_list")
    batch = main.desk.exports.ask_batch()
    assert batch is not None
    settle()
    shoot(batch, "batch_dialog")
    batch.reject()
    main.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(argv[0], argv[1], Path(argv[2]))
        return
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/reviews.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url, str(out)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
