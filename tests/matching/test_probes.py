"""The behavioural probes (tests/matching/probes.py) on sentences of the bundled seeds: meaning-changing edits
are not support, meaning-keeping edits and the sentence itself are."""

from __future__ import annotations

import pytest

from tests.matching.probes import ROOT, probes_for, run, sentences_from

BARS = {  # kind -> the least share of probes that must come out as expected (measured: see the README)
    "own sentence": 0.98, "synonym": 0.80, "adverb dropped": 0.80,
    "source denies": 0.94, "source hedges": 0.90, "source asks": 0.90,
    "claim negated": 0.55, "opposite word": 0.90, "name changed": 0.90,
}


@pytest.fixture(scope="module")
def results() -> dict[str, list[bool]]:
    sentences = sentences_from([ROOT / "seeds"], 60)
    assert len(sentences) >= 30
    return run([p for s in sentences for p in probes_for(s)])


@pytest.mark.parametrize("kind", sorted(BARS))
def test_probe_kind_meets_its_bar(results: dict[str, list[bool]], kind: str) -> None:
    got = results.get(kind, [])
    assert got, f"no probe of kind {kind!r} was made"
    assert sum(got) / len(got) >= BARS[kind], f"{kind}: {sum(got)}/{len(got)} as expected"
