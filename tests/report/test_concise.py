"""The concise format: one line per claim that needs attention, as linters print them."""

from __future__ import annotations

from corroborate.report import get_format


def test_each_line_names_the_file_the_line_the_claim_and_why(story_report) -> None:
    lines = get_format("concise").render(story_report).splitlines()
    assert any(line.startswith(f"{story_report.claims_file.path}:9: note: hospital is single-source:")
               for line in lines)
    assert any(":11: error: school is contested:" in line and "Evening Gazette" in line for line in lines)
    assert lines[-1] == "3 claims: 1 corroborated, 1 single-source, 1 contested, 0 unsupported; 1 claim(s) fall short."
