"""The README stays in step with the command line: every command and option it has is documented."""

import re

import typer

from corroborate.cli import app

from .conftest import ROOT


def test_every_command_and_option_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"corroborate {name}" in readme, f"command {name} is not in the README"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt} is not in the README"


def test_readme_commands_for_a_fresh_machine():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install '.[formats]' && corroborate check" in readme
    assert re.search(r"pip install -e '\.\[test\]' && python -m pytest", readme)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[test]'" in ci and "python -m pytest" in ci
