"""The core's messages in a report, without Qt: the shipped compiled catalogue read directly
gives every core message the translation the .ts holds, and a Chinese binder prints the history
notes CommandPost wrote (shipped with…, imported from…) in Chinese."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from commandpost.assets import resource, shipped_plan_files
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.plan.loader import load_plan_text
from commandpost.reports import plan_binder
from commandpost.reports.catalogue import catalogue, read_qm, say
from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import install_shipped_plans
from reports.reading import pages, squashed

TS = Path(str(resource("i18n", "commandpost_zh_CN.ts")))
QM = Path(str(resource("i18n", "commandpost_zh_CN.qm")))


def core_translations() -> dict[tuple[str, str], str]:
    """Every core message of the .ts with its Chinese (the Core… contexts)."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name.startswith("Core"):
            for message in context.findall("message"):
                found[(name, message.findtext("source") or "")] = (
                    message.findtext("translation") or ""
                )
    return found


def test_the_compiled_catalogue_holds_every_core_message_as_the_ts_does() -> None:
    expected = core_translations()
    assert len(expected) > 250  # the core's refusals are all in the .ts
    read = read_qm(QM.read_bytes())
    assert {key: read.get(key) for key in expected} == expected
    assert catalogue("en") == {}


def test_a_nested_refusal_reads_in_chinese_without_qt() -> None:
    message = QT_TRANSLATE_NOOP("CoreAccess", "{who} may not {what}").format(
        who=QT_TRANSLATE_NOOP("CoreAccess", "{user} ({roles})").format(
            user="zhao", roles=[QT_TRANSLATE_NOOP("CoreAccess", "observer")]
        ),
        what=QT_TRANSLATE_NOOP("CoreAccess", "export reports"),
    )
    assert say(message, "en") == "zhao (observer) may not export reports"
    assert say(message, "zh") == "zhao（观察员）无权导出报告"


def test_a_catalogue_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Qt translation catalogue"):
        read_qm(b"<TS version='2.1'/>")


def test_the_chinese_binder_prints_commandposts_own_history_notes_in_chinese(
    library: PlanLibrary, out: Path
) -> None:
    install_shipped_plans(library)
    shipped = library.get("customer-surge-diversion")
    plan_binder.build(shipped.plan, shipped, "zh", out)
    text = squashed("\n".join(pages(out)))
    assert squashed("随应急指挥台提供") in text
    assert squashed("从 customer-surge-diversion.yaml 导入") in text
    assert "shipped with CommandPost" not in text

    plan_binder.build(shipped.plan, shipped, "en", out)
    english = squashed("\n".join(pages(out)))
    assert squashed("shipped with CommandPost") in english
    assert squashed("imported from customer-surge-diversion.yaml") in english


def test_a_persons_own_note_is_printed_as_written(library: PlanLibrary, out: Path) -> None:
    file = next(f for f in shipped_plan_files() if f.name == "customer-service-emergency.yaml")
    library.import_plan(load_plan_text(file.read_text(encoding="utf-8"), file.name), "admin")
    library.approve("customer-service-emergency", 1, "lead.wang", "text replaced per memo")
    version = library.get("customer-service-emergency")
    plan_binder.build(version.plan, version, "zh", out)
    assert squashed("text replaced per memo") in squashed("\n".join(pages(out)))
