"""`corroborate sources`: the sources, their links, shared credits and disagreements, and the origins."""

from __future__ import annotations

import json

from corroborate.report.sources import render_sources


def test_the_json_listing_has_every_section(story_report) -> None:
    listing = json.loads(render_sources(story_report.graph, "json"))
    assert [s["path"].split("/")[-1] for s in listing["sources"]] == ["courier.txt", "daily.txt", "gazette.txt"]
    assert {s["outlet"] for s in listing["sources"]} == {"Dunmore Courier", "Evening Gazette", None}
    assert set(listing) >= {"dependencies", "origins", "skipped", "shared_credits", "disagreements"}


def test_the_terminal_listing_counts_the_origins(story_report) -> None:
    text = render_sources(story_report.graph, "terminal")
    assert "independent origin(s) among 3 sources" in text
