"""The bundled example, as a new user first sees it: `corroborate check` on claims.yaml and the seeds.

claims.yaml groups its claims by what the seeds say of them; each group must come out as its heading says.
"""

import re
from pathlib import Path
from typing import Any

import pytest

from .story import check

ROOT = Path(__file__).resolve().parents[1]


def _groups() -> dict[str, list[str]]:
    """The claim ids under each comment heading of claims.yaml's claims."""
    groups: dict[str, list[str]] = {}
    heading = ""
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8")
    for line in text.split("\nclaims:\n", 1)[1].splitlines():
        if line.strip().startswith("#"):
            heading = line.strip("# ").strip()
        elif (found := re.match(r"\s*- id: (\S+)", line)) and heading:
            groups.setdefault(heading, []).append(found.group(1))
    return groups


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    _, claims = check("--claims", str(ROOT / "claims.yaml"), "--sources", str(ROOT / "seeds"), "--no-cache")
    return claims


def _stances(claim: dict[str, Any], prefix: str) -> set[str]:
    return {e["stance"] for e in claim["evidence"] if Path(e["source"]).name.startswith(prefix)}


def test_claims_resting_on_one_seed_are_supported_by_it(report: dict[str, Any]) -> None:
    groups = _groups()
    for claim_id in groups["Resting on the Hizb ut Tahrir piece (002) alone."]:
        assert "supports" in _stances(report[claim_id], "002_"), claim_id
        assert report[claim_id]["verdict"] == "single-source", claim_id
    for claim_id in groups["Resting on one other article."]:
        supported = {Path(e["source"]).name for e in report[claim_id]["evidence"] if e["stance"] == "supports"}
        assert report[claim_id]["verdict"] in ("single-source", "unsupported"), claim_id
        assert len(supported) <= 2, claim_id  # (000 and 001 share a paragraph: one origin)


def test_claims_a_seed_says_otherwise_are_contradicted_and_never_supported(report: dict[str, Any]) -> None:
    for claim_id in _groups()["A seed says otherwise: the report quotes the passage that contradicts each."]:
        stances = {e["stance"] for e in report[claim_id]["evidence"]}
        assert "contradicts" in stances and "supports" not in stances, claim_id
        assert report[claim_id]["verdict"] == "unsupported", claim_id


def test_claims_told_by_several_articles_are_supported(report: dict[str, Any]) -> None:
    for claim_id in _groups()["Told by several articles."]:
        assert any(e["stance"] == "supports" for e in report[claim_id]["evidence"]), claim_id


def test_claims_no_seed_supports_are_unsupported(report: dict[str, Any]) -> None:
    for claim_id in _groups()["No seed supports these: they must not be published as they stand."]:
        assert not any(e["stance"] == "supports" for e in report[claim_id]["evidence"]), claim_id
        assert report[claim_id]["verdict"] == "unsupported", claim_id
