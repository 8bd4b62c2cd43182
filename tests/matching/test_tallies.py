"""Ordered pairs of numbers (corroborate.matching.tallies)."""

from corroborate.matching.tallies import ordered_pairs, reversed_pair
from corroborate.text import tokenize


def _reversed(claim: str, passage: str) -> tuple[str, str] | None:
    return reversed_pair(ordered_pairs(tokenize(claim), claim), tokenize(passage), passage)


def test_a_vote_a_score_and_a_change_are_ordered_pairs() -> None:
    text = "The council voted by 31 votes to 24; City won 3-1; prices rose from 40 to 45."
    assert ordered_pairs(tokenize(text), text) == {(31.0, 24.0): "31 votes to 24", (3.0, 1.0): "3-1",
                                                    (40.0, 45.0): "40 to 45"}
    text = "between 24 and 31 members, aged 18, voted"
    assert ordered_pairs(tokenize(text), text) == {}


def test_the_same_pair_the_other_way_round_is_a_rival_value() -> None:
    assert _reversed("The budget was approved by 24 votes to 31.", "The budget was approved by 31 votes to 24.") == (
        "24 votes to 31", "31 votes to 24")
    assert _reversed("Rovers won 1-3.", "Rovers won 3-1 at home.") == ("1-3", "3-1")
    assert _reversed("The budget was approved by 31 votes to 24.", "It was approved by 31 votes to 24.") is None
    # a passage with both orders says nothing against either
    assert _reversed("City won 2-1.", "City won 2-1 after trailing 1-2.") is None
