"""The core's translatable messages, without Qt: the English sentence is exactly what the core
said before (``str()``), a renderer puts every nested word through the same translation, and a
broken translation falls back to English rather than failing."""

from __future__ import annotations

from datetime import UTC, datetime

from commandpost.messages import (
    QT_TRANSLATE_NOOP,
    Both,
    Message,
    Moment,
    Renderer,
    local_moment,
    plain,
    recognise,
)
from commandpost.services.errors import PlanLibraryError
from commandpost.services.plan_records import IMPORTED, SHIPPED, StatusChange

ZH = {
    ("T", "{who} may not {what} of {departments}"): "{who} 无权{what}（部门：{departments}）",
    ("T", "{user} ({roles})"): "{user}（{roles}）",
    ("T", "department liaison"): "联络员",
    ("T", "tick a task"): "勾选完成任务",
    ("T", "task {task} '{title}' was {what} at {at}"): "任务 {task}“{title}”已于 {at} {what}",
    ("T", "ticked"): "勾选完成",
    ("T", "broken {missing}"): "坏的 {nowhere}",
}


def chinese() -> Renderer:
    return Renderer(
        "zh",
        lambda context, text: ZH.get((context, text), ""),
        lambda at, today: f"<{at:%H:%M}>",
        "、",
    )


def refusal() -> Message:
    who = QT_TRANSLATE_NOOP("T", "{user} ({roles})").format(
        user="wang", roles=[QT_TRANSLATE_NOOP("T", "department liaison")]
    )
    return QT_TRANSLATE_NOOP("T", "{who} may not {what} of {departments}").format(
        who=who,
        what=QT_TRANSLATE_NOOP("T", "tick a task"),
        departments=[Both("渠道运营", "channel_operations"), "logistics"],
    )


def test_nested_messages_translate_all_the_way_down() -> None:
    message = refusal()
    assert str(message) == (
        "wang (department liaison) may not tick a task of channel_operations, logistics"
    )
    assert (
        chinese().render(message) == "wang（联络员） 无权勾选完成任务（部门：渠道运营、logistics）"
    )


def test_a_task_title_shows_in_the_language_and_a_time_as_the_renderer_writes_it() -> None:
    at = datetime(2026, 6, 1, 6, 3, tzinfo=UTC)
    message = QT_TRANSLATE_NOOP("T", "task {task} '{title}' was {what} at {at}").format(
        task=12,
        title=Both("开通热线", "Open the hotline"),
        what=QT_TRANSLATE_NOOP("T", "ticked"),
        at=Moment(at, at),
    )
    local = at.astimezone().strftime("%H:%M")
    assert str(message) == f"task 12 'Open the hotline' was ticked at {local}"
    assert chinese().render(message) == "任务 12“开通热线”已于 <06:03> 勾选完成"


def test_a_time_on_another_day_carries_its_date_in_english() -> None:
    at = datetime(2026, 6, 1, 6, 3, tzinfo=UTC)
    later = datetime(2026, 6, 3, 6, 3, tzinfo=UTC)
    assert local_moment(at, later) == at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert str(Message("T", "at {at}", {"at": at})) == f"at {local_moment(at)}"


def test_a_broken_or_missing_translation_says_it_in_english() -> None:
    broken = QT_TRANSLATE_NOOP("T", "broken {missing}").format(missing="x")
    assert chinese().render(broken) == "broken x"
    untranslated = QT_TRANSLATE_NOOP("T", "nobody translated {this}").format(this="me")
    assert chinese().render(untranslated) == "nobody translated me"
    assert chinese().render(plain("a driver's {own} words")) == "a driver's {own} words"


def test_a_refusal_keeps_its_english_sentence_and_carries_the_message() -> None:
    error = PlanLibraryError(refusal())
    assert str(error) == str(refusal())
    assert error.message == refusal()
    assert PlanLibraryError("said in plain text").message is None


def test_the_notes_the_core_writes_are_read_back_as_messages() -> None:
    at = datetime(2026, 6, 1, tzinfo=UTC)
    shipped = StatusChange("in_review", "approved", "commandpost", at, str(SHIPPED))
    imported = StatusChange(None, "draft", "li", at, str(IMPORTED.format(name="my plan.yaml")))
    own = StatusChange("draft", "in_review", "li", at, "please check the contacts")
    assert shipped.said == SHIPPED
    assert imported.said == IMPORTED.format(name="my plan.yaml")
    assert own.said == plain("please check the contacts")
    assert StatusChange("draft", "in_review", "li", at, None).said is None
    assert recognise("imported from", [IMPORTED]) is None  # no file name: not the note
