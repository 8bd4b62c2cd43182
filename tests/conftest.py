from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "claims.yaml"
HIZB = "002_5bfcafe28af160c6.txt"


@pytest.fixture
def in_root(monkeypatch):
    """Run in the repository root, where `corroborate check` finds claims.yaml and seeds/ by default."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def write(tmp_path):
    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """No colour, and a parse cache of the test's own."""
    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    os.environ.pop("CI_FORCE_TTY", None)
