"""The same number counting something else (corroborate.matching.counted)."""

from corroborate.matching.counted import counts_another_thing

from .conftest import sentence


def _other(read, claim: str, text: str) -> tuple[str, str] | None:
    return counts_another_thing(read(claim, text), sentence(text))


def test_the_claims_number_before_another_kind_of_thing_counts_something_else(read) -> None:
    assert _other(read, "Firefighters used boats to evacuate 35 shops.",
                  "Firefighters used boats to bring 35 residents to a rest centre.") == ("shops", "residents")
    assert _other(read, "The flood damaged 140 homes.", "The flood damaged 140 cars.") == ("homes", "cars")


def test_the_same_thing_another_word_for_it_or_a_kind_of_it_is_counted_alike(read) -> None:
    assert _other(read, "The flood damaged 140 homes.", "The flood damaged 140 homes.") is None
    assert _other(read, "The flood damaged 140 homes.", "The flood damaged 140 houses.") is None
    assert _other(read, "Twelve people were injured.", "Twelve passengers were injured.") is None
    assert _other(read, "Fifteen workers were taken to hospital.", "Fifteen employees were taken to hospital.") is None


def test_people_and_groups_of_people_are_one_kind_and_so_are_two_times(read) -> None:
    assert _other(read, "The company employs 420 people.", "The plant employs 420 workers.") is None
    assert _other(read, "The company employs 420 people.", "The company employs 420 staff.") is None
    assert _other(read, "He signed a two-year contract.", "He signed for two seasons.") is None


def test_the_claims_noun_anywhere_in_the_sentence_leaves_it_alone(read) -> None:
    # The sentence counts the residents, and names the shops too: what it counts is told elsewhere.
    assert _other(read, "The storm flooded 35 shops.", "The storm flooded the shops of 35 residents.") is None
