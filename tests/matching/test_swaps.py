"""Exchanged words: two claim words each in the other's place (corroborate.matching.swaps)."""

import pytest

from corroborate.matching.swaps import exchanged, pairs
from corroborate.text import tokenize

from .conftest import sentence


def test_pairs_are_neighbours_in_one_phrase_with_no_verb() -> None:
    text = "Harassment of Muslim women increased, officials said."
    assert pairs(tokenize(text), text) == {("harass", "muslim"), ("muslim", "women")}  # (stems)


@pytest.mark.parametrize("claim, passage, words", [
    ("Harassment of Russian women on the streets of Muslim cities increased.",
     "Harassment of Muslim women on the streets of Russian cities increased.", ("Russian", "Muslim")),
    ("Incursions of Japanese aircraft into Chinese airspace fell.",
     "Incursions of Chinese aircraft into Japanese airspace fell.", ("Japanese", "Chinese")),
    ("Ken Carey resigned as president and Max Sells was named.",
     "Ken Sells resigned as president and Max Carey was named.", ("Ken", "Max")),
    # a verb and the noun of its preposition: no passive turns them round
    ("The brake assemblies made in Brno will come from the factory in Ashby.",
     "The brake assemblies made in Ashby will come from the factory in Brno.", ("Brno", "Ashby")),
])
def test_two_words_each_in_the_others_place_are_exchanged(read, claim: str, passage: str,
                                                          words: tuple[str, str]) -> None:
    assert exchanged(read(claim, passage), sentence(passage)) == words


@pytest.mark.parametrize("claim, passage", [
    ("Gaetz attacked Patronis on Monday.", "Patronis was attacked by Gaetz on Monday."),  # a verb's sides: roles'
    ("Smith and Jones won the award.", "Jones and Smith won the award."),  # a list in another order
    ("Muslim women in Russian cities were harassed.", "Russian Muslim women in cities were harassed."),
    ("Harassment of Muslim women in Russian cities rose.", "Harassment of Muslim women in Russian cities rose."),
])
def test_another_order_that_keeps_each_words_neighbours_is_no_exchange(read, claim: str, passage: str) -> None:
    assert exchanged(read(claim, passage), sentence(passage)) is None


def test_a_verb_and_the_agent_after_by_are_no_pair() -> None:
    text = "Patronis was attacked by Gaetz in the debate."
    assert ("attack", "gaetz") not in pairs(tokenize(text), text)


def test_a_past_form_and_the_noun_after_a_preposition_of_place_are_a_pair(read) -> None:
    said = "The march, which began at Marquês de Pombal square and ended outside parliament, was largely peaceful."
    text = "The march ended outside parliament."
    assert (tokenize("ended")[0].stem, tokenize("parliament")[0].stem) in pairs(tokenize(text), text)
    claim = "The march began outside parliament and ended at Marquês de Pombal square."
    assert exchanged(read(claim, said), sentence(said)) is not None
    claim = "The march began at Marquês de Pombal square and ended outside parliament."
    assert exchanged(read(claim, said), sentence(said)) is None
