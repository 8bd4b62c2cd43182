"""Bounds on a number (corroborate.matching.bounds)."""

from corroborate.matching.bounds import bound_conflict
from corroborate.text import tokenize


def _conflict(claim: str, passage: str) -> tuple[str, str] | None:
    return bound_conflict(tokenize(claim), tokenize(passage))


def test_a_number_bounded_from_the_other_side_conflicts() -> None:
    assert _conflict("Fewer than 30,000 immigrants were identified.", "Over 30,000 immigrants were identified.") == (
        "Fewer than 30,000", "Over 30,000")
    assert _conflict("Police detained almost 200 migrants.", "Police detained at least 200 migrants.") == (
        "almost 200", "at least 200")


def test_the_same_side_another_number_or_no_bound_is_no_conflict() -> None:
    assert _conflict("More than 30,000 immigrants were identified.", "Over 30,000 immigrants were identified.") is None
    assert _conflict("Fewer than 30,000 immigrants were identified.", "Over 20,000 immigrants were identified.") is None
    assert _conflict("About 30,000 immigrants were identified.", "Over 30,000 immigrants were identified.") is None
    # both sides said of the number: a range, not the other side of it
    assert _conflict("Fewer than 30,000 immigrants were identified.",
                     "Estimates ranged from under 30,000 to over 30,000 immigrants.") is None
