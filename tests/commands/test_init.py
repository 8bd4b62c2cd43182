from __future__ import annotations

from pathlib import Path

from corroborate.commands import EXIT_ERROR, EXIT_OK
from corroborate.commands.init import run_init_command


def test_init_writes_a_new_claims_file_once(story: Path) -> None:
    assert run_init_command(sources=Path("sources"), claims=Path("new.yaml")) == EXIT_OK
    text = (story / "new.yaml").read_text(encoding="utf-8")
    assert '"courier.txt"' in text and "claims:" in text
    assert run_init_command(sources=Path("sources"), claims=Path("new.yaml")) == EXIT_ERROR
    assert run_init_command(sources=Path("sources"), claims=Path("sources/inside.yaml")) == EXIT_ERROR
