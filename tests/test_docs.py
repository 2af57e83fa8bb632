"""The README and the code check each other: a command without documentation, a documented
command that does not exist, or a dependency nobody explained fails here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from baocao.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def cli_commands() -> set[str]:
    return {c.name or c.callback.__name__ for c in app.registered_commands}


def test_every_command_is_documented_in_the_readme() -> None:
    documented = set(re.findall(r"^### `baocao (\w+)", README, flags=re.M))
    assert cli_commands() == documented


def test_every_command_has_help_text() -> None:
    for command in app.registered_commands:
        assert (command.callback.__doc__ or "").strip(), command.callback.__name__


def test_every_dependency_is_explained_in_the_readme() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = (
        pyproject["project"]["dependencies"] + pyproject["project"]["optional-dependencies"]["test"]
    )
    section = README.split("## Dependencies", 1)[1]
    for dep in deps:
        name = re.split(r"[\[<>=!~ ]", dep, maxsplit=1)[0]
        assert f"**{name}**" in section, f"{name} has no line in README ## Dependencies"


def test_the_two_commands_are_in_the_readme_and_ci_runs_the_test_one() -> None:
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_exit_code_is_in_the_readme() -> None:
    from baocao.exitcodes import ExitCode

    sentence = README.split("Exit codes (`baocao/exitcodes.py`):", 1)[1].split("\n\n", 1)[0]
    for code in ExitCode:
        assert re.search(rf"\b{int(code)} [\w`]", sentence), f"exit code {int(code)} ({code.name})"
