"""A noun that only qualifies another head is not what the verb is said of (corroborate.matching.possessors)."""

from corroborate.matching.possessors import possessor_for_head

from .conftest import read_against

KITCHEN = "Environmental health officers closed the hotel's kitchen on Monday pending an inspection."


def _reason(read, claim: str, text: str) -> str | None:
    reading = read_against(read(claim, text), text)
    return possessor_for_head(reading.analysis, reading.features, reading.aligned)


def test_a_possessor_or_the_first_part_of_a_compound_is_not_the_verbs_object(read) -> None:
    reason = _reason(read, "Environmental health officers closed the hotel.", KITCHEN)
    assert reason is not None and "hotel's kitchen" in reason
    assert _reason(read, "Police arrested the mayor.", "Police arrested the mayor's son on Friday.") is not None
    assert _reason(read, "The council closed the library.", "The council closed the library car park.") is not None


def test_the_head_itself_or_a_claim_that_names_the_same_part_is_told(read) -> None:
    assert _reason(read, "Environmental health officers closed the kitchen.", KITCHEN) is None
    assert _reason(read, "Environmental health officers closed the hotel's kitchen.", KITCHEN) is None
    assert _reason(read, "Officers closed the hotel.", "Officers closed the hotel on Monday.") is None
    assert _reason(read, "Officers closed the hotel.", "Officers closed the hotel Monday.") is None  # (a name)
