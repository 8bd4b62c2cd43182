from corroborate.matching.markers import other_role

from .conftest import sentence


def role(read, claim: str, passage: str) -> tuple[str, str] | None:
    return other_role(read(claim, passage), sentence(passage))


def test_the_same_word_after_the_same_verb_with_another_role_marker_plays_another_part(read) -> None:
    assert role(read, "The award was given by the mayor in June.", "The award was given to the mayor in June.") == (
        "by the mayor", "to the mayor")
    assert role(read, "Smith played with Jones in the final.", "Smith played against Jones in the final.") == (
        "with Jones", "against Jones")
    assert role(read, "The letter was written by the minister.", "The letter was written to the minister.") == (
        "by the minister", "to the minister")


def test_the_claims_marker_somewhere_another_verb_or_a_place_preposition_is_left_alone(read) -> None:
    claim = "The award was given by the mayor in June."
    assert role(read, claim, "The award was given by the mayor to the mayor's deputy in June.") is None
    assert role(read, claim, "The award, presented to the mayor, was given by him in June.") is None
    assert role(read, claim, "The mayor was given the award in June.") is None  # no marker: left to roles.py
    assert role(read, "The talks were held in Geneva.", "The talks were held at Geneva.") is None
    # "for" and "against" the same thing are opposite sides, read by direction.py as a contradiction
    assert role(read, "Members voted for the strike.", "Members voted against the strike.") is None
    # "to" before a verb opens no argument
    assert role(read, "Prisoners were forced by guards to sign.", "Prisoners were forced to sign by guards.") is None


def test_the_same_part_played_by_another_is_another_argument(read) -> None:
    assert role(read, "The Center urges people to report crimes committed by Ukrainian forces.",
                "The Center urges people to report crimes committed by their representatives.") == (
        "by Ukrainian forces", "by their representatives")
    assert role(read, "The letter was sent to the colony administration.", "The letter was sent to the media.") == (
        "to the colony administration", "to the media")
    # ... not a kin word, a word of the claim's, an amount or an adverb after the phrase
    assert role(read, "The attack was carried out by Russian troops.", "The attack was carried out by Russian "
                                                                         "forces.") is None
    assert role(read, "Services will return to normal.", "Services will return to normal shortly.") is None
    assert role(read, "Most infections were traced back to fitness classes.",
                "Most infections were traced back to 15% of cases.") is None
    assert role(read, "Ties with Jordan weakened.", "Ties with Jordan weakened considerably.") is None


def test_what_the_claim_sets_aside_in_the_claims_part_is_another_argument(read) -> None:
    claim = "Ambulances were sent on to Belmere instead of Kingsford."
    assert role(read, claim, "Ambulances were sent on to Kingsford instead.") == ("to Belmere", "to Kingsford")
    assert role(read, "Ambulances were sent on to Kingsford instead of Belmere.",
                "Ambulances were sent on to Kingsford instead.") is None


def test_a_phrase_that_describes_a_name_is_that_name(read) -> None:
    claim = "Thieves stole two paintings by Maria Holm from the museum."
    assert role(read, claim, "Thieves stole two paintings by the nineteenth-century artist Maria Holm.") is None
    assert role(read, claim, "Thieves stole two paintings by the nineteenth-century artist Anna Berg.") == (
        "by Maria Holm", "by the nineteenth-century artist Anna Berg")


def test_an_active_claims_subject_against_the_passives_other_agent(read) -> None:
    said = "The first drone was reported by a pilot landing at 6.10 p.m., and the second by air traffic controllers."
    assert role(read, "Air traffic controllers reported the first drone.", said) == (
        "Air traffic controllers reported", "reported by a pilot landing")
    assert role(read, "A pilot reported the first drone.", said) is None
    said = "She could not attend, and the award was collected by the film's lead actor, Navid Rostami."
    assert role(read, "Farahani collected the award.", said) == (
        "Farahani collected", "collected by the film's lead actor, Navid Rostami")
    assert role(read, "Navid Rostami collected the award.", said) is None  # (the name set off after the agent)
    # "by" and a number says how much, not who
    said = "The department said the change had been delayed by two years because of a shortage of staff."
    assert role(read, "A shortage of staff delayed the change.", said) is None


def test_a_participle_before_by_after_a_noun_is_a_passives_and_a_shared_part_is_no_other(read) -> None:
    said = "The library was due to close for a two-year restoration funded by a 4 million pound lottery grant."
    assert role(read, "The restoration was funded by the council.", said) == ("by the council", "by a 4 million pound")
    said = "Stupefied by the glamor of war and promises of money, some people do not realize the consequences."
    assert role(read, "Stupefied by promises of money, some people do not realize the consequences.", said) is None
    said = "The report is based on interviews with 64 former detainees and 12 guards."
    assert role(read, "The report is based on interviews with 64 guards.", said) is not None


def test_an_active_with_another_name_for_subject_is_another_one_doing_it(read) -> None:
    said = "Kestrel United won the National Cup for the first time in 41 years, beating Harlow Athletic on penalties."
    assert role(read, "Harlow Athletic won the National Cup for the first time in 41 years.", said) == (
        "Harlow Athletic won", "Kestrel United won")
    assert role(read, "Kestrel United won the National Cup for the first time in 41 years.", said) is None
    # the claim's name after "through" or "by" is who did it for the sentence's subject
    said = "Rovers equalised just before half-time through Sam Adebayo, his ninth goal of the season."
    assert role(read, "Sam Adebayo equalised just before half-time.", said) is None


def test_a_place_the_sentences_phrase_stands_in_is_the_claims_part(read) -> None:
    said = "Harwood Foods said production would move to its larger site in Nottingham, where it has invested."
    assert role(read, "Harwood Foods will move production to Nottingham.", said) is None
    assert role(read, "Harwood Foods will move production to Carlisle.", said) == ("to Carlisle", "to its larger site")
