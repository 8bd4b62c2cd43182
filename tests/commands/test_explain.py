from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.commands import EXIT_ERROR, EXIT_OK
from corroborate.commands.explain import run_explain_command


def test_explain_prints_the_claim_and_suggests_a_near_id(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_explain_command(claim_id="fire", claims=Path("claims.yaml"), sources=None, threshold=None,
                               per_source=2) == EXIT_OK
    assert "Verdict: corroborated" in capsys.readouterr().out
    assert run_explain_command(claim_id="fir", claims=Path("claims.yaml"), sources=None, threshold=None,
                               per_source=2) == EXIT_ERROR
    assert "did you mean 'fire'?" in capsys.readouterr().err
