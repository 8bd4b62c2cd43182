"""Nobody in the place of a count of people (corroborate.matching.nobody)."""

from corroborate.matching.nobody import nobody_for_count

from .conftest import sentence


def test_nobody_as_the_verbs_subject_is_a_rival_of_a_count_of_people(read) -> None:
    said = "Nobody was hurt, and the company said there was no danger to shipping."
    assert nobody_for_count(read("Two people were hurt.", said), sentence(said)) == ("Two people", "Nobody")
    said = "No one was seriously injured in the blast."
    assert nobody_for_count(read("Six workers were injured in the blast.", said), sentence(said)) == (
        "Six workers", "no one")


def test_a_count_of_things_or_a_nobody_elsewhere_is_no_rival(read) -> None:
    said = "None were damaged in the blast."
    assert nobody_for_count(read("Two cars were damaged in the blast.", said), sentence(said)) is None
    said = "Two people were hurt, though nobody was killed."
    assert nobody_for_count(read("Two people were hurt.", said), sentence(said)) is None
