from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.commands import EXIT_ERROR, EXIT_OK
from corroborate.commands.lock import run_lock_command


def test_lock_writes_the_evidence_beside_the_claims_and_never_over_them(story: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run_lock_command(claims=Path("claims.yaml"), sources=None, output=None) == EXIT_OK
    lock = json.loads((story / "corroborate.lock").read_text(encoding="utf-8"))
    assert len(lock["claims"]["fire"]["evidence"]) == 2 and lock["claims"]["moon"]["evidence"] == []
    assert "locked 2 supporting passage(s) of 2 claim(s)" in capsys.readouterr().err
    assert run_lock_command(claims=Path("claims.yaml"), sources=None, output=Path("claims.yaml")) == EXIT_ERROR
