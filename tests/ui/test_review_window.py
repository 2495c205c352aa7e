"""The review window on the real review service: the facts of a closed incident, the written
sections saved with optimistic locking, signing off, a drill's objectives and ratings, and
closing with unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.services.review_records import DrillRating
from commandpost.services.reviews import ReviewService
from commandpost.ui.incident_dialogs import FormDialog
from commandpost.ui.review_actions import AddActionDialog
from commandpost.ui.review_window import ReviewWindow
from commandpost.ui.review_words import rate_label, stamp
from ui.conftest import FakeClock
from ui.incident_helpers import press_ok
from ui.review_helpers import ACTOR, ReviewFactory, closed_incident, ctrl, press_save, reread
from ui.ui_helpers import WindowFactory, find_open, wait_idle


def cell(model: QAbstractItemModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def body(window: ReviewWindow):  # type: ignore[no-untyped-def]
    assert window.body is not None
    return window.body


def type_into(window: ReviewWindow, section: str, text: str) -> None:
    editor = body(window).sections.editors[section]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, text)


def test_a_closed_incident_opens_its_review_from_the_incident_list_with_the_facts(
    qtbot: QtBot,
    make_window: WindowFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_window("en", now=clock)
    panel = window.incidents
    assert panel.incident_model.find(incident.id) is None  # only active ones at first
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # the incidents
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Show c&losed
    qtbot.waitUntil(panel.show_closed.isChecked, timeout=10_000)  # a mnemonic animates a click
    qtbot.waitUntil(lambda: panel.incident_model.find(incident.id) is not None, timeout=30_000)
    wait_idle(qtbot, window)
    assert panel.incidents_box.title() == "Incidents (0 active, 1 closed)"
    row = panel.incident_model.find(incident.id)
    assert row is not None
    running_for = cell(panel.incident_model, row, 5)
    assert running_for == "03:00:00"  # the clock stopped at closing
    panel.incident_view.selectRow(row)
    assert panel.buttons["review"].isEnabled()
    QTest.mouseClick(panel.buttons["review"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: incident.id in panel.windows.reviews, timeout=30_000)
    review = panel.windows.reviews[incident.id]
    qtbot.waitUntil(lambda: review.review is not None and not review.runner.busy, timeout=30_000)

    facts = reviews.facts(incident.id)
    view = body(review).facts_view
    values = {name: label.text() for name, label in view.values.items()}
    assert values["activation"] == "12 min"  # warning raised → declared
    rate = rate_label(facts.overall.on_time_rate)
    assert values["on_time"] == f"{rate} (2 of 7 timed tasks)"
    assert values["on_time"].startswith("29 %")
    assert values["late"] == "1 late · 4 never done"
    assert (values["reports"], values["figures"], values["escalations"]) == ("1", "2", "0")
    assert values["duration"] == "3 h 00 min"
    model = view.department_model
    by_name = {cell(model, r, 0): r for r in range(model.rowCount())}
    logistics = by_name["Logistics department"]
    timing = next(d for d in facts.departments if d.department == "logistics")
    assert [cell(model, logistics, c) for c in range(1, 8)] == [
        str(timing.tasks),
        str(timing.timed),
        "0",
        "1",
        "1",
        "0 %",
        "50 min",
    ]
    assert cell(model, by_name["All departments"], 6) == rate_label(facts.overall.on_time_rate)
    late = view.late_model
    assert late.rowCount() == len(facts.late_tasks) == 5
    late_by = {cell(late, r, 0): cell(late, r, 4) for r in range(late.rowCount())}
    assert late_by[facts.late_tasks[-1].task.title_en] == "18 min"  # logistics' response
    assert cell(late, 0, 3) == "never done" and cell(late, 0, 4) == "2 h 28 min"
    assert view.late_box.title() == "Late and missed tasks (5)"
    assert review.header.title.text() == f"Review of incident {incident.id}: Hotline queue surge"
    assert "Revision 1, draft" in review.header.info.text()
    assert not review.header.banner.isVisible()


def test_the_board_of_a_closed_incident_opens_its_review(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_window("en", now=clock)
    board = window.incidents.open_board(incident.id)
    assert board is not None
    qtbot.waitUntil(lambda: board.board is not None and not board.runner.busy, timeout=30_000)
    assert board.board_actions["review"].isEnabled()
    board.board_actions["review"].trigger()
    qtbot.waitUntil(lambda: incident.id in window.incidents.windows.reviews, timeout=30_000)
    review = window.incidents.windows.reviews[incident.id]
    qtbot.waitUntil(lambda: review.review is not None and not review.runner.busy, timeout=30_000)
    assert review.isVisible()


def test_a_section_is_edited_and_saved_with_ctrl_s(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    assert not window.review_actions["save"].isEnabled()  # nothing typed yet
    type_into(window, "summary", "Queue cleared in three hours")
    assert window.isWindowModified() and window.review_actions["save"].isEnabled()
    press_save(qtbot, window)
    saved = reviews.review(incident.id, ACTOR)
    assert saved.summary == "Queue cleared in three hours"
    assert saved.strengths == ""  # only the changed section was sent
    assert not window.isWindowModified() and not window.review_actions["save"].isEnabled()
    assert window.statusBar().currentMessage() == "Revision 1 saved."
    assert window.base is not None and window.base.row_version == saved.row_version


def test_a_stale_save_is_refused_with_the_services_sentence_and_the_typed_text_stays(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    elsewhere = reviews.review(incident.id, "王敏")
    reviews.update(elsewhere.id, "王敏", elsewhere.row_version, summary="Written elsewhere")
    type_into(window, "strengths", "Fast coordination")
    ctrl(qtbot, window, Qt.Key.Key_S)
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert "was edited (summary) by 王敏" in box.text()
    assert "your change was not saved" in box.text()
    assert "Traceback" not in box.text()
    box.accept()
    current = reviews.review(incident.id, ACTOR)
    qtbot.waitUntil(
        lambda: window.base is not None and window.base.row_version == current.row_version,
        timeout=30_000,
    )
    editors = body(window).sections.editors
    assert editors["strengths"].toPlainText() == "Fast coordination"  # kept
    assert editors["summary"].toPlainText() == "Written elsewhere"  # what is there now
    assert window.isWindowModified()
    press_save(qtbot, window)
    saved = reviews.review(incident.id, ACTOR)
    assert (saved.summary, saved.strengths) == ("Written elsewhere", "Fast coordination")


def test_signing_off_makes_the_review_read_only_and_marking_done_still_works(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    type_into(window, "summary", "Queue cleared")
    press_save(qtbot, window)
    window.review_actions["add_action"].trigger()
    dialog = find_open(qtbot, AddActionDialog)
    dialog.description.setPlainText("Evening shift on the hotline rota")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    reread(qtbot, window)
    window.review_actions["sign_off"].trigger()
    confirm = find_open(qtbot, FormDialog, "signOffDialog")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(confirm)
    reread(qtbot, window)

    signed = reviews.review(incident.id, ACTOR)
    assert signed.status == "signed_off"
    assert all(e.isReadOnly() for e in body(window).sections.editors.values())
    banner = window.header.banner
    assert banner.isVisible()
    assert banner.text() == (
        f"Signed off by {ACTOR} at {stamp(signed.signed_off_at)} — read-only; start a new "
        "revision to change it"
    )
    assert not window.review_actions["add_action"].isEnabled()
    assert not body(window).buttons["add_action"].isEnabled()
    assert not window.review_actions["sign_off"].isEnabled()
    assert window.review_actions["new_revision"].isEnabled()
    body(window).action_view.selectRow(0)
    assert window.review_actions["mark_done"].isEnabled()
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        ctrl(qtbot, window, Qt.Key.Key_D)
    reread(qtbot, window)
    (action,) = reviews.review(incident.id, ACTOR).actions
    assert action.status == "done" and action.done_by == ACTOR
    assert cell(body(window).action_model, 0, 3) == "done"


def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    type_into(window, "shortcomings", "Logistics answered late")
    window.close()
    box = find_open(qtbot, QMessageBox, "unsavedBox")
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.close_box is None, timeout=10_000)
    assert window.isVisible()
    assert body(window).sections.editors["shortcomings"].toPlainText() == "Logistics answered late"
    window.close()
    box = find_open(qtbot, QMessageBox, "unsavedBox")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert reviews.review(incident.id, ACTOR).shortcomings == "Logistics answered late"


def test_discarding_closes_without_saving(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    type_into(window, "summary", "Not to be kept")
    window.close()
    box = find_open(qtbot, QMessageBox, "unsavedBox")
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert reviews.review(incident.id, ACTOR).summary == ""


def test_a_drill_is_rated_on_the_hseep_scale_with_objectives(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
) -> None:
    incident = closed_incident(incidents, clock, "Spring drill", is_drill=True)
    window = make_review(incident.id)
    evaluation = body(window).evaluation
    assert evaluation is not None
    assert body(window).tabs.tabText(1) == "Drill evaluation"
    assert window.header.drill.isVisible() and window.header.drill_banner.isVisible()
    subjects = [
        evaluation.ratings.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(evaluation.ratings.rowCount())
    ]
    assert "logistics" in subjects and "emergency_group" not in subjects  # it had no tasks
    box = evaluation.rating_box(evaluation.row_of("logistics"))
    assert [box.itemText(i) for i in range(box.count())] == [
        "not rated",
        "P — Performed without challenges",
        "S — Performed with some challenges",
        "M — Performed with major challenges",
        "U — Unable to be performed",
    ]
    technical = evaluation.row_of("technical")
    evaluation.ratings.item(technical, 2).setText("Answered in 20 minutes")
    evaluation.add_objective("Divert the queue within 30 minutes")
    ctrl(qtbot, window, Qt.Key.Key_S)
    assert evaluation.problem.isVisible()
    assert "observations on: Technical department" in evaluation.problem.text()
    assert reviews.review(incident.id, ACTOR).ratings == ()  # nothing was sent

    evaluation.rating_box(technical).setCurrentIndex(2)  # S
    box.setCurrentIndex(box.findData("M"))
    logistics = evaluation.row_of("logistics")
    evaluation.ratings.item(logistics, 2).setText("Responded 18 min late")
    assert not evaluation.problem.isVisible()
    press_save(qtbot, window)
    saved = reviews.review(incident.id, ACTOR)
    assert saved.objectives == ("Divert the queue within 30 minutes",)
    assert saved.ratings == (
        DrillRating("technical", "S", "Answered in 20 minutes"),
        DrillRating("logistics", "M", "Responded 18 min late"),
    )
    assert not window.isWindowModified()


def test_the_main_window_does_not_close_over_a_review_with_unsaved_changes(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_window("en", now=clock)
    review = window.incidents.open_review(incident.id)
    assert review is not None
    qtbot.waitUntil(lambda: review.review is not None and not review.runner.busy, timeout=30_000)
    type_into(review, "summary", "Half written")
    window.close()
    assert window.isVisible() and review.isVisible()
    box = find_open(qtbot, QMessageBox, "unsavedBox")
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: incident.id not in window.incidents.windows.reviews, timeout=10_000)
    window.close()
    assert not window.isVisible()
