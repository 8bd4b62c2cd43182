"""A small finished check the format tests render: one corroborated, one single-source, one contested claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.claims import load_claims
from corroborate.config import resolve_options
from corroborate.pipeline import CheckReport, run_check

SOURCES = {
    "courier.txt": "Fire at the plant\n\nA fire broke out at the Courier Chemicals plant in Dunmore on Friday. "
                   "The school next to the plant was evacuated at noon.\n",
    "gazette.txt": "Evening Gazette\n\nCrews from three stations spent the night at the Courier Chemicals plant in "
                   "Dunmore, where a fire broke out on Friday in a hall full of solvents. Officials said the school "
                   "next to the plant was not evacuated.\n",
    "daily.txt": "National Daily\n\nSix workers were taken to hospital with breathing problems, the fire service "
                 "said on Saturday.\n",
}
CLAIMS = """sources:
  courier.txt:
    outlet: Dunmore Courier
  gazette.txt:
    outlet: Evening Gazette
claims:
  - id: fire
    text: A fire broke out at the Courier Chemicals plant in Dunmore on Friday.
  - id: hospital
    text: Six workers were taken to hospital with breathing problems.
  - id: school
    text: The school next to the plant was evacuated.
"""


@pytest.fixture
def story_report(tmp_path: Path) -> CheckReport:
    (tmp_path / "sources").mkdir()
    for name, text in SOURCES.items():
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    claims = load_claims(tmp_path / "claims.yaml")
    options = resolve_options(claims, sources=tmp_path / "sources", use_cache=False)
    return run_check(options, claims)
