"""A person's title replaced (corroborate.matching.titles)."""

from corroborate.matching.titles import replaced_title

from .conftest import read_against, sentence


def title(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_title(analysis, sentence(passage), read_against(analysis, passage).aligned)


def test_another_title_beside_the_claims_person_is_no_support(read) -> None:
    # after the name, set off by a comma
    assert title(read, "Priya Nair is Eastline Rail's chief executive.",
                 "\"Safety is our first priority,\" said Priya Nair, Eastline Rail's operations director.") == (
        "the passage calls Priya Nair 'operations director', the claim 'chief executive'")
    # before the name
    assert title(read, "Priya Shah is the Environment Agency's chief executive.",
                 "\"The river went above that,\" said Environment Agency area manager Priya Shah.") == (
        "the passage calls Priya Shah 'area manager', the claim 'chief executive'")


def test_the_same_title_a_related_one_or_none_is_left_alone(read) -> None:
    passage = "\"Safety is our first priority,\" said Priya Nair, Eastline Rail's operations director."
    assert title(read, "Priya Nair is Eastline Rail's operations director.", passage) is None
    assert title(read, "Joan Pryce is the council leader.",
                 "Carrow's council leader, Joan Pryce, called for a public inquiry.") is None
    # no title beside the name: left to coverage
    assert title(read, "Priya Nair is Eastline Rail's chief executive.",
                 "Priya Nair said safety was the company's first priority.") is None
    # a claim that says no title of a named person is not read
    assert title(read, "The bridge is the council's responsibility.",
                 "Councillor Priya Nair, chair of the committee, said the bridge was safe.") is None
