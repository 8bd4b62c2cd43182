from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD


def test_the_help_states_the_defaults_the_run_uses() -> None:
    text = " ".join(CliRunner().invoke(app, ["check", "--help"]).stdout.split())
    assert f"else {DEFAULT_MIN_SOURCES}]" in text and f"else {DEFAULT_THRESHOLD:g}]" in text
