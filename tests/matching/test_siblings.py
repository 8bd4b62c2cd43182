"""Another of the same kind in the place of the claim's subject (corroborate.matching.siblings)."""

from corroborate import lexicon
from corroborate.matching.retrieval import term_matches
from corroborate.matching.siblings import other_kind

from .conftest import read_against


def _other_kind(read, claim: str, text: str):
    reading = read_against(read(claim, text), text)
    matched = term_matches(reading.analysis, reading.features.stems)
    return other_kind(reading.analysis, reading.features, reading.aligned, [1.0 if m else 0.0 for m in matched])


def test_kinds_of_one_thing_neither_a_kind_of_the_other_are_of_the_same_kind() -> None:
    assert lexicon.same_kind("sparrow", "starling") and lexicon.same_kind("hail", "frost")
    assert lexicon.same_kind("woman", "man")
    assert not lexicon.same_kind("sparrow", "bird")  # a kind of the other
    assert not lexicon.same_kind("disease", "winter")


def test_another_kind_as_the_sentences_subject_is_no_support(read) -> None:
    said = "The house sparrow was the most commonly seen bird in British gardens for the 21st year running."
    claim = "The starling was the most commonly seen garden bird for the 21st year running."
    assert _other_kind(read, claim, said) == ("starling", "sparrow")
    assert _other_kind(read, "The sparrow was the most commonly seen garden bird for the 21st year running.",
                       said) is None


def test_another_kind_outside_the_subjects_place_is_left_to_the_other_rules(read) -> None:
    # the object of a preposition in a clause of its own is no subject of the claim's verb
    said = "We are cooperating fully with the authorities and will carry out a thorough internal review."
    assert _other_kind(read, "The company will carry out a thorough internal review.", said) is None
    # nor is a word the claim's subject is not: a modifier's kin, or a name
    assert _other_kind(read, "Frank Lowe was taken to hospital after the crash.",
                       "Mark Lowe was taken to hospital after the crash.") is None


def _other_agent(read, claim: str, text: str):
    from corroborate.matching.siblings import other_agent

    reading = read_against(read(claim, text), text)
    matched = term_matches(reading.analysis, reading.features.stems)
    return other_agent(reading.analysis, reading.features, reading.aligned, [1.0 if m else 0.0 for m in matched])


def test_another_kind_as_the_agent_of_a_passive_is_no_support(read) -> None:
    said = "More than 400 letters have been donated to the county archive by her great-niece."
    assert _other_agent(read, "The letters were donated by her granddaughter.", said) == ("granddaughter", "niece")
    # the claim's active subject is the same doer
    assert _other_agent(read, "Her granddaughter donated the letters.", said) == ("granddaughter", "niece")
    # the same doer, or a kind of it, or one the claim does not name, is no other
    assert _other_agent(read, "The letters were donated by her niece.", said) is None
    assert _other_agent(read, "The letters were donated by a relative.", said) is None
    assert _other_agent(read, "The letters were donated to the archive.", said) is None


def test_an_agent_phrase_ends_at_its_first_preposition(read) -> None:
    # the head is "member", not the "crew" it is one of, which the claim's "staff" would otherwise meet as a rival
    said = "The alarm was raised by a member of the crew shortly after midnight."
    assert _other_agent(read, "The alarm was raised by a member of staff.", said) is None
    assert _other_agent(read, "The alarm was raised by a passenger.", said) == ("passenger", "member")


def test_another_kind_as_the_subject_of_a_verb_that_takes_the_claims_as_its_infinitive(read) -> None:
    said = "The woman was bitten several times before a neighbour managed to pull the dogs away, police said."
    # "police" in "police said" stands after the claim's words, not before them
    assert _other_kind(read, "A police officer pulled the dogs away.", said) == ("officer", "neighbour")
    assert _other_kind(read, "A neighbour pulled the dogs away.", said) is None
