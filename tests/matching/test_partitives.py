"""Part and whole (corroborate.matching.partitives)."""

from corroborate.matching.partitives import counts, part_for_whole, partitive_ones, shares
from corroborate.text import tokenize


def _part(claim: str, passage: str) -> tuple[str, str] | None:
    return part_for_whole(counts(tokenize(claim), claim), tokenize(passage), passage)


def test_the_whole_of_a_partitive_is_not_the_count_the_verb_is_said_of() -> None:
    assert _part("Nineteen branch libraries will close.", "The budget closes four of the city's 19 branch libraries.",
                 ) == ("Nineteen", "four of the city's 19")
    assert _part("Nine members voted to hold.", "Six out of the nine members voted to hold.") == (
        "Nine", "Six out of the nine")


def test_the_part_itself_or_the_whole_said_plainly_too_is_no_rival() -> None:
    assert _part("Four branch libraries will close.", "The budget closes four of the city's 19 branch libraries.",
                 ) is None
    assert _part("The city has 19 libraries.", "The city has 19 libraries and will close four of the 19.") is None
    assert _part("Four of the 19 libraries will close.", "It closes four of the city's 19 libraries.") is None


def test_a_share_is_the_part_of_a_counted_whole() -> None:
    text = "The survey found that only three of the fourteen trees were diseased."
    [(share, written, noun)] = shares(tokenize(text), text)
    assert (round(share, 3), written, tokenize(text)[noun].surface) == (0.214, "three of the fourteen", "trees")
    text = "She has written eleven novels, only one of which had been translated."
    [(share, written, noun)] = shares(tokenize(text), text)
    assert (round(share, 3), written, tokenize(text)[noun].surface) == (0.091, "eleven novels, only one of which",
                                                                        "novels")
    text = "Three of the trees were diseased."  # (a whole with no number is no share)
    assert shares(tokenize(text), text) == []


def test_one_of_a_group_takes_one_of_the_noun_after_it() -> None:
    assert partitive_ones(tokenize("Only one of the dogs has been seized.")) == {"dog": "one of the dogs"}
    assert partitive_ones(tokenize("One of all its branches will close.")) == {"branch": "One of all its branches"}
    assert partitive_ones(tokenize("One of Russia's allies objected.")) == {}  # (a name is read by the values' rules)
