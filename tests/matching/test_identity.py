"""Another one of the same kind (corroborate.matching.identity)."""

from corroborate.matching.identity import another_one

from .conftest import read_against, sentence


def _another(read, claim: str, text: str) -> str | None:
    analysis = read(claim, text)
    return another_one(analysis, sentence(text), read_against(analysis, text).aligned)


def test_a_different_one_is_not_the_one_the_claim_names_or_means(read) -> None:
    said = "Most long-haul crew belong to a different union."
    assert _another(read, "Most long-haul crew belong to the Union of Flight Attendants.", said) == (
        "the passage speaks of a 'different union', not the claim's 'Union of Flight Attendants'")
    assert _another(read, "Most long-haul crew belong to the union.", said) == (
        "the passage speaks of a 'different union', not the claim's 'union'")
    assert _another(read, "The patients were moved to a separate ward.", "The patients were moved to their ward.",
                    ) is None


def test_an_indefinite_one_is_said_by_a_different_one(read) -> None:
    assert _another(read, "Most long-haul crew belong to a union.",
                    "Most long-haul crew belong to a different union.") is None
