from corroborate.matching.particles import other_phrasal, reversed_phrasal
from corroborate.matching.retrieval import term_matches

from .conftest import read_against, sentence


def phrasal(read, claim: str, passage: str) -> tuple[str, str, int | None] | None:
    analysis = read(claim, passage)
    f = sentence(passage)
    return reversed_phrasal(analysis, f, term_matches(analysis, f.stems))


def test_the_claims_verb_with_the_opposite_particle_says_the_opposite(read) -> None:
    assert phrasal(read, "Food prices went up in March.", "Food prices went down in March.") == (
        "went up", "went down", None)


def test_a_one_word_opposite_of_the_phrasal_verb_in_its_place_says_the_opposite(read) -> None:
    found = phrasal(read, "Food prices went up in March.", "Food prices fell in March.")
    assert found is not None and found[:2] == ("went up", "fell")
    found = phrasal(read, "The minister turned down the offer.", "The minister accepted the offer.")
    assert found is not None and found[:2] == ("turned down", "accepted")


def test_a_sentence_that_says_both_or_negates_the_opposite_says_nothing_against_it(read) -> None:
    claim = "Food prices went up in March."
    assert phrasal(read, claim, "Food prices went up in March, then went down in April.") is None
    assert phrasal(read, claim, "Food prices did not fall in March.") is None
    assert phrasal(read, claim, "Food prices went up in March.") is None
    # elsewhere in the sentence, bearing on something else
    assert phrasal(read, claim, "Food prices went up in March, while the number of shoppers across the "
                                "region fell.") is None


def test_another_phrasal_verb_of_the_claims_verb_is_another_verb(read) -> None:
    said = "The iceberg broke away from the ice shelf on Sunday."
    reading = read_against(read("The iceberg broke up on Sunday.", said), said)
    assert other_phrasal(reading.analysis, reading.features, reading.aligned) == ("broke up", "broke away")
    reading = read_against(read("The iceberg broke away on Sunday.", said), said)
    assert other_phrasal(reading.analysis, reading.features, reading.aligned) is None
    # a preposition after the sentence's verb makes no phrasal verb of it
    said = "The raids were carried on Tuesday night."
    reading = read_against(read("The raids were carried out.", said), said)
    assert other_phrasal(reading.analysis, reading.features, reading.aligned) is None
