"""A two-report story and a JSON check over it, shared by the tests of a story's life (init, lock, workflow)."""

import json
from typing import Any

from typer.testing import CliRunner, Result

from corroborate.cli import app

runner = CliRunner()
A = "Police raided the central market in Osh on Monday and detained forty migrants.\n"
B = "Residents of Osh told us that armed police raided the central market twice this week, seizing goods.\n"
CLAIM = "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"


def check(*args: str) -> tuple[Result, dict[str, Any]]:
    """Run `check --format json` and return the result and the claims by id."""
    result = runner.invoke(app, ["check", "-f", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result, {c["id"]: c for c in json.loads(result.stdout)["claims"]}
