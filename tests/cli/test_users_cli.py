"""``commandpost users …`` and signing in on the command line, on SQLite and PostgreSQL: the first
admin on a new database, every command signing in once with ``--user`` and
``COMMANDPOST_PASSWORD``, refusals as one sentence with exit 2, and the users commands round
trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from commandpost.cli import main
from commandpost.services.startup import open_library

SURGE = "customer-surge-diversion"
ROOT_PASSWORD = "root-password"
PASSWORD = "password-1"


class Cli:
    """Runs ``commandpost --db URL [--user NAME] …`` in-process with the password variables
    set as a script would set them."""

    def __init__(
        self, url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.url = url
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(
        self,
        *args: str,
        user: str | None = None,
        password: str | None = None,
        new_password: str | None = None,
    ) -> tuple[int, str, str]:
        for name, value in (
            ("COMMANDPOST_PASSWORD", password),
            ("COMMANDPOST_NEW_PASSWORD", new_password),
        ):
            if value is None:
                self.monkeypatch.delenv(name, raising=False)
            else:
                self.monkeypatch.setenv(name, value)
        who = ["--user", user] if user is not None else []
        code = main(["--db", self.url, *who, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, **options: str) -> str:
        code, out, err = self(*args, **options)
        assert code == 0, err
        return out

    def json(self, *args: str, **options: str) -> Any:
        return json.loads(self.ok(*args, "--json", **options))

    def refused(self, *args: str, **options: str) -> str:
        code, out, err = self(*args, **options)
        assert (code, out) == (2, ""), err
        assert err.startswith("commandpost: ") and err.count("\n") == 1, err
        return err.removeprefix("commandpost: ").strip()


@pytest.fixture
def cli(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.delenv("COMMANDPOST_DB", raising=False)
    return Cli(database_url, capsys, monkeypatch)


@pytest.fixture
def staffed(cli: Cli) -> Cli:
    """The shipped plans, then root (admin), lead (command lead) and li (liaison for customer
    service), added from the command line."""
    open_library(cli.url).close()
    cli.ok("users", "add", "root", "--role", "admin", new_password=ROOT_PASSWORD)
    root = {"user": "root", "password": ROOT_PASSWORD, "new_password": PASSWORD}
    cli.ok("users", "add", "lead", "--role", "command-lead", **root)
    cli.ok(
        "users",
        "add",
        "li",
        "--role",
        "liaison",
        "--department",
        "customer_service",
        "--display-name",
        "李娜",
        **root,
    )
    return cli


def test_the_first_user_needs_no_sign_in_and_must_be_an_admin(cli: Cli) -> None:
    assert "No users" in cli.ok("users", "list")
    assert cli.refused(
        "users", "add", "li", "--role", "liaison", "--department", "cs", new_password=PASSWORD
    ) == ("the first user must hold the admin role, so that someone can manage users")
    assert cli.ok("users", "add", "root", "--role", "admin", new_password=ROOT_PASSWORD) == (
        "Added root (admin).\n"
    )
    assert cli.refused("users", "list", user="root") == (
        "this database has users: to sign in as root, set COMMANDPOST_PASSWORD to the password "
        "(or run the command in a terminal to be asked for it)"
    )
    assert cli.ok("users", "list", user="root", password=ROOT_PASSWORD).split() == [
        "root",
        "enabled",
        "admin",
    ]


def test_a_wrong_password_an_unknown_user_and_a_locked_account_are_refused(cli: Cli) -> None:
    cli.ok("users", "add", "root", "--role", "admin", new_password=ROOT_PASSWORD)
    wrong = cli.refused("users", "list", user="root", password="guess")
    assert wrong == cli.refused("users", "list", user="nobody", password=ROOT_PASSWORD)
    assert wrong == "wrong user name or password"
    for _ in range(3):
        assert cli.refused("users", "list", user="root", password="guess") == wrong
    locked = cli.refused("users", "list", user="root", password="guess")  # the fifth
    assert locked.startswith("the account root is locked after 5 wrong passwords until ")
    assert locked == cli.refused("users", "list", user="root", password=ROOT_PASSWORD)


def test_a_liaison_ticks_their_department_s_task_and_not_another_s(staffed: Cli) -> None:
    lead = {"user": "lead", "password": PASSWORD}
    li = {"user": "li", "password": PASSWORD}
    incident = staffed.json(
        "incident",
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Surge",
        **lead,
    )
    number = str(incident["id"])
    done = staffed.json("incident", "tick", number, "cs-watch-volume", **li)
    assert (done["status"], done["done_by"]) == ("done", "li")
    assert staffed.refused("incident", "tick", number, "ts-prepare", **li) == (
        "li (department liaison: customer_service) may not tick a task of technical_support"
    )
    assert staffed.refused("incident", "close", number, "--reason", "r", **li) == (
        "li (department liaison: customer_service) may not close an incident"
    )
    assert (
        staffed.refused(
            "incident",
            "declare",
            "--plan",
            SURGE,
            "--category",
            "sudden_surge",
            "--level",
            "general",
            "--title",
            "t",
            user="root",
            password=ROOT_PASSWORD,
        )
        == "root (admin) may not declare an incident"
    )


def test_the_users_commands_round_trip(staffed: Cli) -> None:
    root = {"user": "root", "password": ROOT_PASSWORD}
    listed = staffed.json("users", "list", **root)
    assert [(u["username"], u["roles"], u["departments"], u["display_name"]) for u in listed] == [
        ("lead", ["command-lead"], [], ""),
        ("li", ["liaison"], ["customer_service"], "李娜"),
        ("root", ["admin"], [], ""),
    ]
    assert (
        staffed.ok(
            "users",
            "add",
            "zhao",
            "--role",
            "admin",
            "--role",
            "command_lead",
            new_password=PASSWORD,
            **root,
        )
        == "Added zhao (admin, command-lead).\n"
    )
    assert staffed.ok("users", "disable", "zhao", **root) == (
        "Disabled zhao: they can no longer sign in or act.\n"
    )
    assert staffed.refused("users", "list", user="zhao", password=PASSWORD) == (
        "the user zhao is disabled; an admin can enable it again"
    )
    assert staffed.refused("users", "disable", "root", **root) == (
        "you cannot disable your own account; another admin can"
    )
    staffed.ok("users", "enable", "zhao", **root)
    staffed.ok("users", "list", user="zhao", password=PASSWORD)

    assert (
        staffed.refused(
            "users", "reset-password", "li", new_password="x" * 8, user="lead", password=PASSWORD
        )
        == "lead (command lead) may not reset passwords"
    )
    staffed.ok("users", "reset-password", "li", new_password="li-new-password", **root)
    staffed.ok("users", "list", user="li", password="li-new-password")
    assert staffed.ok(
        "users", "passwd", user="li", password="li-new-password", new_password="li-own-password"
    ) == ("Changed the password of li.\n")
    staffed.ok("users", "list", user="li", password="li-own-password")
    assert staffed.refused("users", "add", "x", "--role", "chief", **root) == (
        "there is no role 'chief'; the roles are admin, command-lead, liaison, observer"
    )


def test_upgrading_and_validating_need_no_sign_in(staffed: Cli) -> None:
    assert "already at schema" in staffed.ok("db", "upgrade")
    plan = Path(__file__).parents[2] / "plans" / f"{SURGE}.yaml"
    assert "ok" in staffed.ok("plans", "validate", str(plan))


def test_the_audit_trail_names_the_signed_in_user_and_verifying_is_open_to_all(
    staffed: Cli,
) -> None:
    root = {"user": "root", "password": ROOT_PASSWORD}
    entries = staffed.json("audit", "list", "--table", "users", **root)
    assert [e["actor"] for e in entries] == ["root", "root", "root"]
    assert {e["changes"]["password_hash"] for e in entries} == {"(redacted)"}
    assert staffed.refused("audit", "list", user="li", password=PASSWORD) == (
        "li (department liaison: customer_service) may not read the audit trail"
    )
    assert staffed.ok("audit", "verify", user="li", password=PASSWORD).startswith("OK")
