"""`run_check_command`: a plain function returning the exit code a linter would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.commands import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from corroborate.commands.check import run_check_command

ARGS = {"sources": None, "min_sources": None, "threshold": None, "fail_on": None, "exhaustive": False}


def test_findings_exit_1_and_exit_zero_exits_0(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_check_command(claims=Path("claims.yaml"), format="json", output=None, exit_zero=False, **ARGS)
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_FINDINGS and {c["id"]: c["verdict"] for c in report["claims"]}["moon"] == "unsupported"
    assert run_check_command(claims=Path("claims.yaml"), format="json", output=None, exit_zero=True, **ARGS) == EXIT_OK


def test_a_report_written_to_a_file_is_announced_and_the_claims_file_is_never_the_output(
        story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_check_command(claims=Path("claims.yaml"), format="markdown", output=Path("report.md"),
                             exit_zero=True, **ARGS)
    assert code == EXIT_OK and (story / "report.md").read_text(encoding="utf-8").startswith("# Corroboration report")
    assert "report written to report.md" in capsys.readouterr().err
    before = (story / "claims.yaml").read_bytes()
    assert run_check_command(claims=Path("claims.yaml"), format="json", output=Path("claims.yaml"),
                             exit_zero=True, **ARGS) == EXIT_ERROR
    assert (story / "claims.yaml").read_bytes() == before
