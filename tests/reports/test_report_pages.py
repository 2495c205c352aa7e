"""What every report page carries and how a report is written: the bundled CJK font embedded and
no other font, "page N of M" on every page of a long report, header rows repeated on table
continuation pages, cell text wrapped inside its column, progress reported, and a cancelled or
failed build leaving no file behind."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest

from commandpost.reports import drill_report, incident_review
from commandpost.reports.document import ReportCancelled
from commandpost.reports.fonts import text_width
from commandpost.reports.tables import wrap
from commandpost.services.incident_records import EventInfo
from commandpost.services.review_records import ReviewFacts
from reports.conftest import Written
from reports.reading import fonts, has_row, pages

NOTE = (
    "客服坐席反馈：排队客户情绪激动，要求尽快回电（已安排二线支援）。"
    "Callers ask for a refund of the monthly fee; supervisors approve case by case."
)


def with_events(facts: ReviewFacts, count: int) -> ReviewFacts:
    """The facts with ``count`` more timeline entries (notes on the first task)."""
    task = facts.tasks[0]
    start = facts.incident.declared_at
    notes = tuple(
        EventInfo(
            100_000 + n,
            start + timedelta(seconds=7 * n),
            "王芳",
            "task_note",
            task.id,
            {"key": task.key, "text": f"{n}: {NOTE}"},
        )
        for n in range(count)
    )
    return dataclasses.replace(facts, events=facts.events + notes)


def with_tasks(facts: ReviewFacts, count: int) -> ReviewFacts:
    """The facts with ``count`` more tasks for the first department."""
    first = facts.tasks[0]
    extra = tuple(
        dataclasses.replace(
            first,
            id=200_000 + n,
            key=f"adhoc-{n}",
            title_zh=f"补充任务 {n}",
            title_en=f"Extra task {n}",
        )
        for n in range(count)
    )
    return dataclasses.replace(facts, tasks=facts.tasks + extra)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_only_the_bundled_cjk_font_is_used_and_it_is_embedded(
    real: Written, drill: Written, tmp_path: Path, lang: str
) -> None:
    for name, (build, written) in {
        "review": (incident_review.build, real),
        "drill": (drill_report.build, drill),
    }.items():
        out = build(written.facts, written.review, lang, tmp_path / f"{name}.pdf")
        used = fonts(out)
        assert used, name
        for font in used:
            assert "WenQuanYi" in font.name, (name, font)  # no Helvetica, no CID STSong
            assert font.embedded and font.truetype_file, (name, font)  # a /FontFile2 subset


def page_numbers(texts: list[str], template: str) -> None:
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert template.format(n=number, total=total) in text, (number, text[-80:])


def test_a_long_report_numbers_every_page_n_of_m(real: Written, out: Path) -> None:
    facts = with_events(real.facts, 160)
    incident_review.build(facts, real.review, "en", out)
    texts = pages(out)
    assert len(texts) >= 10
    page_numbers(texts, "Page {n} of {total}")
    incident_review.build(facts, real.review, "zh", out)
    texts = pages(out)
    assert len(texts) >= 10
    page_numbers(texts, "第 {n} 页 共 {total} 页")
    assert all("内部资料" in text and "客服热线系统宕机" in text for text in texts)  # the header


def _continuation_pages(texts: list[str], first: str, header: list[str]) -> list[list[str]]:
    """The pages after the one where ``first`` appears, while they start with ``header``."""
    start = next(n for n, text in enumerate(texts) if first in text)
    out = []
    for text in texts[start + 1 :]:
        found = [line.strip() for line in text.splitlines() if line.strip()]
        if not has_row(found[:2], header):  # the header row first on the page
            break
        out.append(found)
    return out


def test_long_tables_repeat_their_header_row_on_every_page(real: Written, out: Path) -> None:
    facts = with_tasks(with_events(real.facts, 250), 120)
    incident_review.build(facts, real.review, "en", out)
    texts = pages(out)
    log = _continuation_pages(texts, "Full activity log", ["Time", "Who", "What"])
    assert len(log) >= 5
    header = ["Task", "Phase", "Due", "Done", "Late by", "Who", "Status"]
    tasks = _continuation_pages(texts, "Tasks by department", header)
    assert len(tasks) >= 1
    shown = "\n".join("\n".join(page) for page in tasks)
    assert "Extra task 119" in shown


def test_text_in_cells_is_wrapped_inside_its_column() -> None:
    width = 120.0
    for text in (
        NOTE,
        "Supercalifragilisticexpialidocious" * 3,
        "技术部门(技术支持小组)、客服部门(客服应急处理小组)",
    ):
        for line in wrap(text, width).splitlines():
            assert text_width(line, 8.5) <= width, line
    english = wrap("Callers ask for a refund of the monthly fee", 80)
    assert all(word in english.split() for word in ("Callers", "ask", "for", "a", "refund"))
    chinese = wrap("排队客户情绪激动，要求尽快回电，已安排二线支援。", 40).splitlines()
    assert len(chinese) > 1
    assert not any(line[0] in "，。、；：）" for line in chinese)  # no line opens with a comma
    bracketed = wrap("技术部门(技术支持小组)、客服部门(客服应急处理小组)", 80).splitlines()
    assert not any(line.endswith("(") for line in bracketed)


def test_progress_is_reported_up_to_the_total(real: Written, out: Path) -> None:
    calls: list[tuple[int, int]] = []
    incident_review.build(
        with_events(real.facts, 300), real.review, "en", out, lambda d, t: calls.append((d, t))
    )
    assert len(calls) > 10
    totals = {total for _, total in calls}
    assert len(totals) == 1 and next(iter(totals)) > 300
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]


def test_a_cancelled_report_leaves_no_file_and_keeps_the_old_one(
    real: Written, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the report filed last week")
    seen: list[int] = []

    def cancel_midway() -> bool:
        seen.append(1)
        return len(seen) > 20

    with pytest.raises(ReportCancelled):
        incident_review.build(
            with_events(real.facts, 300), real.review, "en", out, cancelled=cancel_midway
        )
    assert len(seen) > 20  # it was well under way
    assert out.read_bytes() == b"the report filed last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]  # no partial file
    asked: list[int] = []

    def count() -> bool:
        asked.append(1)
        return False

    incident_review.build(real.facts, real.review, "en", tmp_path / "x.pdf", cancelled=count)
    (tmp_path / "x.pdf").unlink()
    last = len(asked)  # the last question comes once the file is written, before it is moved

    def cancel_at_the_end() -> bool:
        asked.append(1)
        return len(asked) >= 2 * last

    with pytest.raises(ReportCancelled):
        incident_review.build(real.facts, real.review, "en", out, cancelled=cancel_at_the_end)
    assert out.read_bytes() == b"the report filed last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    fresh = tmp_path / "new.pdf"
    with pytest.raises(ReportCancelled):
        drill_report.build(real.facts, real.review, "zh", fresh, cancelled=lambda: True)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_failed_build_leaves_no_partial_file(
    real: Written, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def failing(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) > 5:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        incident_review.build(real.facts, real.review, "en", tmp_path / "report.pdf", failing)
    assert list(tmp_path.iterdir()) == []

    def locked(self: Path, target: Path) -> Path:  # as on Windows, with the old one open
        raise PermissionError(13, "The file is open in another program")

    monkeypatch.setattr(Path, "replace", locked)
    with pytest.raises(PermissionError) as raised:
        incident_review.build(real.facts, real.review, "en", tmp_path / "report.pdf")
    assert raised.value.filename == str(tmp_path / "report.pdf")  # not the temporary file
    assert list(tmp_path.iterdir()) == []  # the written temporary file was removed
