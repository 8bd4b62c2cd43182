"""A small story folder the command tests run in: two sources and two claims, one of them unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest

SOURCES = {
    "courier.txt": "Fire at the plant\n\nA fire broke out at the Courier Chemicals plant in Dunmore on Friday.\n",
    "gazette.txt": "Evening Gazette\n\nCrews from three stations spent the night at the Courier Chemicals plant in "
                   "Dunmore, where a fire broke out on Friday in a hall full of solvents.\n",
}
CLAIMS = """settings:
  sources: sources
claims:
  - id: fire
    text: A fire broke out at the Courier Chemicals plant in Dunmore on Friday.
  - id: moon
    text: Astronauts landed on the moon on Friday.
"""


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "sources").mkdir()
    for name, text in SOURCES.items():
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(tmp_path / ".cache"))
    return tmp_path
