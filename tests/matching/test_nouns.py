"""How WordNet relates a claim's noun to a sentence's (corroborate.matching.nouns)."""

from corroborate.matching.nouns import related, said_in
from corroborate.text import Token, tokenize

from .conftest import sentence


def _word(text: str) -> Token:
    return tokenize(text)[0]


def test_another_form_a_synonym_or_a_kind_either_way_is_related() -> None:
    assert related(_word("homes"), _word("home"))  # another form
    assert related(_word("homes"), _word("houses"))  # a synonym
    assert related(_word("weeks"), _word("period"))  # what a week is a kind of
    assert related(_word("period"), _word("weeks"))  # either way


def test_nouns_of_other_things_are_not_related() -> None:
    assert not related(_word("shops"), _word("residents"))
    assert not related(_word("hours"), _word("minutes"))


def test_a_sentence_says_a_noun_in_any_related_form() -> None:
    assert said_in(_word("homes"), sentence("The flood damaged 140 houses."))
    assert said_in(_word("people"), sentence("Twelve passengers were injured."))  # a kind of person
    assert not said_in(_word("shops"), sentence("Firefighters used boats to bring 35 residents to safety."))
