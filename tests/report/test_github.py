"""GitHub annotations: one per claim that needs attention, on its line of the claims file."""

from __future__ import annotations

from corroborate.report import get_format


def test_a_claim_that_falls_short_is_an_error_on_its_line(story_report) -> None:
    lines = get_format("github").render(story_report).splitlines()
    school = next(line for line in lines if "title=school" in line)
    assert school.startswith("::error file=") and ",line=11," in school
    assert not any("title=fire" in line for line in lines)  # corroborated: nothing to say
    assert lines[-1].startswith("corroborate: 1 corroborated")
