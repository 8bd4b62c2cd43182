"""A comparative is not its positive (corroborate.matching.degrees)."""

from corroborate.matching import degrees
from corroborate.matching.conflicts import find_conflicts
from corroborate.text import tokenize

from .conftest import read_against, sentence


def _degrees(text: str) -> dict[str, str]:
    tokens = tokenize(text)
    return {t.surface: degrees.degree(tokens, i) for i, t in enumerate(tokens)}


def test_the_degree_of_a_word_is_read_from_its_form_and_the_word_before_it() -> None:
    assert _degrees("The fissure is longer than the last.")["longer"] == "comparative"
    assert _degrees("It was the highest rate since 2021.")["highest"] == "superlative"
    assert _degrees("Results were worse than feared.")["worse"] == "comparative"
    assert _degrees("The river rose more slowly than expected.")["slowly"] == "comparative"
    assert _degrees("Salaries are lower than at rival airlines.")["lower"] == "comparative"
    # a word in -er of its own, a verb, or more before a noun is no comparative
    assert _degrees("The number of cases rose.")["number"] == "positive"
    assert _degrees("The bank will lower rates.")["lower"] == "positive"
    assert _degrees("Doctors saw more patients.")["patients"] == "positive"
    # a comparative before its noun with no "than" compares nothing
    assert _degrees("Older adults were more at risk.")["Older"] == "positive"
    assert _degrees("It is a longer fissure than the last.")["longer"] == "comparative"


def test_a_comparative_the_sentence_has_only_in_its_positive_is_not_said(read) -> None:
    said = "The fissure is about four kilometres long, shorter than the one that opened in December."
    claim = "The fissure is longer than the one that opened in December."
    reading = read_against(read(claim, said), said)
    assert degrees.unsaid_comparative(reading.analysis, reading.features) == "longer"
    # ... and the opposite in its place contradicts it
    conflicts, _ = find_conflicts(reading.analysis, reading.features, reading.row)
    assert any("shorter" in c.message for c in conflicts)
    assert degrees.unsaid_comparative(reading.analysis, sentence("The fissure is longer than the last one.")) is None


def test_an_opposite_in_another_degree_is_no_contradiction(read) -> None:
    said = "Prices were higher in May than in April."
    for claim, opposed in (("Prices were lower in May.", True), ("Prices were low in May.", False)):
        reading = read_against(read(claim, said), said)
        conflicts, _ = find_conflicts(reading.analysis, reading.features, reading.row)
        assert any("higher" in c.message for c in conflicts) is opposed


def test_what_a_comparison_measures_against_is_not_said(read) -> None:
    claim = read("The trust's insurance covers the cost of rebuilding the section.")
    far_less = "The trust's insurance covers storm damage up to £500,000, far less than the cost of rebuilding it."
    assert degrees.compared_with(claim, sentence(far_less)) == ("cost", "less than the cost")
    chose = read("The council chose a new building.")
    assert degrees.compared_with(chose, sentence("The council chose repairs rather than a new building.")) == (
        "building", "rather than a new building")
    # A bound on a number, "no later than", another clause after the comparison, or a claim that compares itself:
    # nothing to say.
    assert degrees.compared_with(read("Sheffield has 4,300 applicants."),
                                 sentence("Sheffield has more than 4,300 applicants.")) is None
    assert degrees.compared_with(read("The work will finish by the end of March."),
                                 sentence("The work will finish no later than the end of March.")) is None
    cooler = "As its star is cooler than the Sun, the planet receives little light."
    assert degrees.compared_with(read("The planet receives little light."), sentence(cooler)) is None
    assert degrees.compared_with(read("The fine is larger than the cost."), sentence(far_less)) is None


def test_what_a_comparison_leaves_out_is_not_what_it_compares_with(read) -> None:
    said = sentence("Unipad said rents had risen faster in Bristol than in any other British city outside London.")
    assert degrees.excluded_from_comparison(read("Rents rose faster in Bristol than in London."), said) == (
        "London", "outside London")
    # outside a comparison, "outside" says where
    near = sentence("Rents had risen fastest in towns outside London, Unipad said.")
    assert degrees.excluded_from_comparison(read("Rents rose faster in Bristol than in London."), near) is None
    assert degrees.excluded_from_comparison(read("Rents rose in Bristol."), said) is None
