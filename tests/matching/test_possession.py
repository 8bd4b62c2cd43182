"""A claim that says what something has (corroborate.matching.possession)."""

from corroborate.matching import possession
from corroborate.text import tokenize

from .conftest import read_against


def test_a_form_of_have_before_its_object_is_the_claims_verb_not_an_auxiliary() -> None:
    assert possession.possessive_verb(tokenize("The planet has an atmosphere.")) == "has"
    assert possession.possessive_verb(tokenize("The earthquake had a magnitude of 6.4.")) == "had"
    assert possession.possessive_verb(tokenize("The team has applied for time.")) is None
    assert possession.possessive_verb(tokenize("They have to leave.")) is None
    assert possession.possessive_verb(tokenize("It has been closed.")) is None


def _says(read, claim: str, text: str) -> bool:
    reading = read_against(read(claim, text), text)
    return possession.says_possession(reading.analysis, reading.features, reading.aligned)


def test_possession_is_said_by_a_word_of_it_or_by_one_noun_phrase(read) -> None:
    claim = "The planet has an atmosphere."
    assert _says(read, claim, "Scientists say the planet has a thick atmosphere.")
    assert _says(read, claim, "It is a planet with an atmosphere.")
    assert _says(read, claim, "The planet's atmosphere is thick.")
    assert _says(read, "The earthquake had a magnitude of 6.4.", "A magnitude 6.4 earthquake struck on Sunday.")
    # an auxiliary, or the two words in different phrases, say no possession
    assert not _says(read, claim, "The team has applied for time to look for an atmosphere; the planet is far away.")
    assert not _says(read, claim, "The planet was found by a team that studies the atmosphere.")
