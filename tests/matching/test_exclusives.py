"""Exclusives: "only", "solely", "exclusively" (corroborate.matching.exclusives)."""

from corroborate.matching.exclusives import exclusive_words, sole_against_several, unmatched_exclusive
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
    assert _words("O negative blood can be given only to patients with the same blood group.") == ["only"]  # (a
    # noun phrase after "only to": whom it is given to, and no one else)
    assert _words("Murder can be punished by death only if it involves an aggravating factor.") == ["only"]


def test_a_verb_of_restricting_before_to_says_only() -> None:
    assert [t.surface for t in exclusive_words(tokenize("The drive is limited to Central Asian countries."))] == [
        "limited"]
    assert exclusive_words(tokenize("The drive is not limited to Central Asia.")) == []
    assert exclusive_words(tokenize("The council limited spending.")) == []


def test_the_only_one_of_a_thing_contradicts_several_of_it(read) -> None:
    said = "Pharmacies ran out after its only licensed supplier, Corvanta, halted production in Italy."
    assert sole_against_several(read("Corvanta is one of several licensed suppliers.", said), sentence(said)) == (
        "one of several licensed suppliers", "its only licensed supplier")
    assert sole_against_several(read("Two licensed suppliers halted production.", said), sentence(said)) == (
        "Two licensed suppliers", "its only licensed supplier")
    # one of it, the claim's own "only", or an "only" that is no modifier of the noun: nothing against it
    assert sole_against_several(read("A licensed supplier halted production.", said), sentence(said)) is None
    assert sole_against_several(read("Corvanta is the only licensed supplier.", said), sentence(said)) is None
    said = "Pharmacies ran out after only two licensed suppliers halted production."
    assert sole_against_several(read("Several licensed suppliers halted production.", said), sentence(said)) is None
