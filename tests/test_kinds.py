"""The named values are defined once and are the strings the reports, the JSON and the settings use."""

from __future__ import annotations

import json

import typer.main

from corroborate.cli import app
from corroborate.kinds import FailOn, ReportFormat, Stance, Verdict


def test_the_names_are_the_strings_users_see() -> None:
    assert [str(v) for v in Verdict] == ["corroborated", "single-source", "contested", "unsupported"]
    assert json.dumps({Verdict.SINGLE_SOURCE: Stance.SUPPORTS}) == '{"single-source": "supports"}'
    assert f"{FailOn.SINGLE_SOURCE}" == "single-source"


def test_the_command_lines_choices_are_read_from_them() -> None:
    command = typer.main.get_command(app)
    check = command.commands["check"]  # type: ignore[attr-defined]
    choices = {p.name: list(getattr(p.type, "choices", [])) for p in check.params}
    assert choices["format"] == [f.value for f in ReportFormat]
    assert choices["fail_on"] == [f.value for f in FailOn]
