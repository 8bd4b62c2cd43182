"""The pipeline is the one place the stages meet: `explain` and `check` give the same verdicts."""

from __future__ import annotations

from corroborate.claims import load_claims
from corroborate.config import resolve_options
from corroborate.pipeline import explain, run_check

from .conftest import ROOT


def test_explain_gives_every_claim_the_verdict_check_gives(in_root) -> None:
    claims_file = load_claims(ROOT / "claims.yaml")
    options = resolve_options(claims_file)
    checked = {r.claim.id: (r.verdict, r.independent_sources) for r in run_check(options, claims_file).results}
    for claim in claims_file.claims:
        result = explain(options, claims_file, claim).result
        assert (result.verdict, result.independent_sources) == checked[claim.id], claim.id


def test_explain_scores_every_source_in_full(in_root) -> None:
    claims_file = load_claims(ROOT / "claims.yaml")
    found = explain(resolve_options(claims_file), claims_file, claims_file.claims[0])
    assert len(found.candidates) == len(found.report.corpus.sources)
    assert any(found.candidates.values())
