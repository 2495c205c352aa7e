"""The Chinese translation is complete and the shipped .qm matches the .ts.

lupdate is run on every source against a copy of the .ts — the window's strings and the core's
translatable messages (``QT_TRANSLATE_NOOP`` in ``commandpost.messages``) alike: a string added
to the code without a translation shows up as unfinished, and a .qm not rebuilt after editing
the .ts differs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "commandpost_zh_CN.ts"
QM = REPO / "resources" / "i18n" / "commandpost_zh_CN.qm"
TOOLS = Path(sys.executable).parent


def test_every_window_string_has_a_chinese_translation(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = lupdate_sources()
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    untranslated = [
        message.findtext("source")
        for message in ET.parse(copy).getroot().iter("message")
        if _unfinished(message)
    ]
    assert not untranslated


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / QM.name
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == QM.read_bytes()


def lupdate_sources() -> list[str]:
    """What lupdate reads: every module of the application (the window and the core), as
    ``pyside6-lupdate src/commandpost/*.py src/commandpost/*/*.py`` does."""
    package = REPO / "src" / "commandpost"
    return sorted(str(p) for p in [*package.glob("*.py"), *package.glob("*/*.py")])


def test_the_core_messages_are_in_the_ts() -> None:
    """lupdate reads the core too: its refusals sit in the .ts under the Core… contexts."""
    contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")}
    assert {"CoreAccess", "CoreConflicts", "CoreIncidents", "CoreStorage", "CoreUsers"} <= contexts


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or not (translation.text or "").strip():
        return True
    return translation.get("type") in ("unfinished", "vanished", "obsolete")
