from __future__ import annotations

import json
from pathlib import Path

import pytest

from corroborate.commands import EXIT_OK
from corroborate.commands.sources import run_sources_command


def test_sources_lists_every_source_and_the_origins(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_sources_command(sources=None, claims=Path("claims.yaml"), format="json", output=None) == EXIT_OK
    listing = json.loads(capsys.readouterr().out)
    assert len(listing["sources"]) == 2 and len(listing["origins"]) == 2
