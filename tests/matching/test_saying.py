"""A claim's verb of saying or reporting negated in the passage (corroborate.matching.saying)."""

from corroborate.matching.saying import negated_saying

from .conftest import sentence

SAID = "Haldane said he had not known about the damp because tenants had not reported it to him."


def test_the_claims_plain_verb_of_reporting_negated_of_the_same_subject_is_a_negation(read) -> None:
    claim = "Tenants had reported the damp to Haldane."
    assert negated_saying(read(claim, SAID), sentence(SAID)) == ("Tenants had reported", "had not reported")


def test_no_negation_when_the_claim_negates_it_too_the_subject_differs_or_it_is_said_plainly(read) -> None:
    assert negated_saying(read("Tenants had not reported the damp.", SAID), sentence(SAID)) is None
    assert negated_saying(read("Neighbours had reported the damp.", SAID), sentence(SAID)) is None
    said = "Tenants reported the damp in May, though Haldane said they had not reported it in writing."
    assert negated_saying(read("Tenants reported the damp.", said), sentence(said)) is None
