"""The JSON report follows the contract the evaluation scorer reads (../shared/eval/README.md)."""

from __future__ import annotations

import json

from corroborate.report import get_format


def test_each_claim_has_the_contracts_fields_and_evidence_a_person_can_check(story_report) -> None:
    report = json.loads(get_format("json").render(story_report))
    claims = {c["id"]: c for c in report["claims"]}
    assert {c["verdict"] for c in claims.values()} <= {"corroborated", "single-source", "contested", "unsupported"}
    assert claims["fire"]["verdict"] == "corroborated" and claims["fire"]["independent_sources"] == 2
    for claim in claims.values():
        for e in claim["evidence"]:
            source_text = (story_report.corpus.root / e["source"].split("/")[-1]).read_text(encoding="utf-8")
            assert e["stance"] in ("supports", "contradicts")
            assert e["text"] in source_text and e["line"] >= 1  # the exact quoted passage
    assert report["summary"]["claims"] == 3 and "skipped" not in report


def test_json_lines_is_one_claim_per_line(story_report) -> None:
    lines = get_format("json-lines").render(story_report).splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["fire", "hospital", "school"]
