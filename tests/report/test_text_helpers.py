"""The helpers every format shares (report/_text.py)."""

from __future__ import annotations

from corroborate.report._text import clip, files_line, labels, reason, text_fragment


def test_clip_keeps_one_line_and_marks_the_cut() -> None:
    assert clip("a  b\nc") == "a b c"
    assert clip("word " * 50, 20).endswith("…") and len(clip("word " * 50, 20)) <= 20


def test_a_text_fragment_opens_the_page_at_the_quote() -> None:
    assert text_fragment("https://x.org/a#top", "Six workers were taken to hospital, the fire service said.") == \
        "https://x.org/a#:~:text=Six%20workers%20were%20taken,the%20fire%20service%20said."
    assert text_fragment("https://x.org/a", "A short-lived fire") == "https://x.org/a#:~:text=A%20short%2Dlived%20fire"


def test_the_files_line_mentions_files_not_read_only_when_there_are_some() -> None:
    assert files_line(5, 0) == "5 sources"
    assert files_line(4, 1) == "4 sources; 1 file not read"


def test_sources_are_named_by_their_declared_outlet_and_a_dispute_names_both_sides(story_report) -> None:
    by_id = {r.claim.id: r for r in story_report.results}
    school = by_id["school"]
    assert labels([c.passage.source for c in school.contradicts], story_report.graph).startswith("Evening Gazette (")
    why = reason(school, story_report.graph)
    assert "Dunmore Courier" in why and "Evening Gazette" in why and why.startswith("Supported by 1 origin(s)")
