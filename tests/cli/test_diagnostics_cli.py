"""``commandpost diagnostics --out FILE.zip``: written without signing in, even when the database
cannot be reached; a file that cannot be written is one sentence."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from commandpost import settings
from commandpost.cli import main
from commandpost.store.schema import HEAD_REVISION
from pgcluster import free_port

pytestmark = pytest.mark.usefixtures("config_home")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def summary(archive: Path) -> dict[str, object]:
    with zipfile.ZipFile(archive) as opened:
        data: dict[str, object] = json.loads(opened.read("summary.json"))
        return data


def test_the_archive_is_written_for_the_database_given(
    capsys: pytest.CaptureFixture[str], server_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "support.zip"
    code, said, err = run(capsys, "--db", server_url, "diagnostics", "--out", str(out))
    assert (code, err) == (0, "")
    assert said == f"Diagnostics written to {out}.\n"
    database = summary(out)["database"]
    assert isinstance(database, dict)
    assert (database["url"], database["source"], database["schema"]) == (
        server_url,
        "option",
        HEAD_REVISION,
    )


def test_an_unreachable_database_still_gives_the_archive_and_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"postgresql+psycopg://postgres:secret-pw@127.0.0.1:{free_port()}/gone"
    monkeypatch.setenv(settings.URL_ENV, url)
    out = tmp_path / "support.zip"
    code, said, err = run(capsys, "diagnostics", "--out", str(out))
    assert (code, err) == (0, "")
    assert said.splitlines()[0] == f"Diagnostics written to {out}."
    assert said.splitlines()[1].startswith("Note: Cannot open the database ")
    assert "secret-pw" not in said
    assert b"secret-pw" not in out.read_bytes()


def test_a_file_that_cannot_be_written_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "support.zip"
    code, said, err = run(capsys, "diagnostics", "--out", str(out))
    assert (code, said) == (2, "")
    assert err == (
        f"commandpost: The diagnostics cannot be written to {out} (No such file or directory).\n"
    )
    code, said, err = run(capsys, "diagnostics", "--out", str(tmp_path))
    assert code == 2
    assert err == f"commandpost: {tmp_path} is a folder; name the .zip file to write.\n"
