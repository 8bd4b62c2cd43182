"""Exclusives: "only", "solely", "exclusively" (corroborate.matching.exclusives)."""

from corroborate.matching.exclusives import exclusive_words, unmatched_exclusive
from corroborate.text import tokenize

from .conftest import sentence


def _words(text: str) -> list[str]:
    return [t.surface for t in exclusive_words(tokenize(text))]


def test_an_only_the_sentence_does_not_say_is_no_support(read) -> None:
    claim = read("Transmission occurs only after symptom onset.")
    assert unmatched_exclusive(claim, sentence("Transmission occurs after symptom onset in most cases.")) == (
        "the claim says 'only', the passage does not")
    assert unmatched_exclusive(claim, sentence("Transmission occurs solely after symptom onset.")) is None
    # A passage that says "only" where the claim does not says more than the claim: no objection.
    assert unmatched_exclusive(read("Transmission occurs after symptom onset."),
                               sentence("Transmission occurs only after symptom onset.")) is None


def test_an_amount_a_sequel_or_an_addition_is_no_exclusive() -> None:
    assert _words("Only 12 people came, only a few stayed.") == []
    assert _words("The team advanced to the playoffs, only to lose in the first round.") == []
    assert _words("Not only migrants but also students were recruited.") == []
    assert _words("Only the council paid the contractors.") == ["Only"]
    assert _words("Murder can be punished by death only if it involves an aggravating factor.") == ["only"]


def test_a_verb_of_restricting_before_to_says_only() -> None:
    assert [t.surface for t in exclusive_words(tokenize("The drive is limited to Central Asian countries."))] == [
        "limited"]
    assert exclusive_words(tokenize("The drive is not limited to Central Asia.")) == []
    assert exclusive_words(tokenize("The council limited spending.")) == []
