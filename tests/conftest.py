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


def write_file(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes, making the folders on the way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def write(tmp_path):
    return lambda name, content: write_file(tmp_path / name, content)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """No colour, and a parse cache of the test's own."""
    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    os.environ.pop("CI_FORCE_TTY", None)
