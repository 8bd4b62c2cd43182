"""A count with its noun left out (corroborate.matching.elided)."""

from corroborate.matching.elided import elided_count, part_count

from .conftest import sentence


def test_a_bare_number_before_the_claims_verb_is_what_it_counts(read) -> None:
    said = "About 40 flights were diverted to other airports and 25 were cancelled."
    assert elided_count(read("About 40 flights were cancelled.", said), sentence(said)) == (
        "40 flights", "25 were cancelled")
    assert elided_count(read("About 25 flights were cancelled.", said), sentence(said)) is None
    assert elided_count(read("About 40 flights were diverted.", said), sentence(said)) is None


def test_a_number_that_ends_an_aside_counts_nothing(read) -> None:
    said = "The men, aged 19, 23 and 31, were charged with producing a controlled drug."
    assert elided_count(read("The three men were charged with producing a controlled drug.", said),
                        sentence(said)) is None
    said = "Fourteen people, not six, were treated for smoke inhalation."
    assert elided_count(read("Fourteen people were treated for smoke inhalation.", said), sentence(said)) is None


def test_the_count_after_the_active_verb_is_what_a_passive_claim_counts(read) -> None:
    said = "The earthquake struck on Sunday, killing at least 38 people and injuring more than 300."
    assert elided_count(read("At least 300 people were killed by the earthquake.", said), sentence(said)) == (
        "300 people", "killing at least 38")
    assert elided_count(read("At least 38 people were killed by the earthquake.", said), sentence(said)) is None


def test_a_share_before_the_claims_verb_is_what_it_counts_and_rivals_only_a_share(read) -> None:
    said = "Of the 1,900 members balloted, 88 per cent backed strike action on a turnout of 74 per cent."
    assert elided_count(read("74 per cent of members balloted backed strike action.", said), sentence(said)) == (
        "74 per cent", "88 per cent backed")
    assert elided_count(read("88 per cent of members balloted backed strike action.", said), sentence(said)) is None
    # a share of a passive claim is no rival of a count after the passage's active verb
    said = "Emergency departments saw 91,000 patients in January."
    assert elided_count(read("62 per cent of emergency patients were seen within four hours.", said),
                        sentence(said)) is None


def test_a_partitive_before_the_claims_verb_is_counted_by_its_part(read) -> None:
    said = ("Two dogs fell ill after drinking from the water over the weekend, and one of them later died, "
            "according to the owners.")
    assert elided_count(read("Two dogs died after drinking from the water.", said), sentence(said)) == (
        "Two dogs", "one of them later died")
    assert elided_count(read("Two dogs fell ill after drinking from the water.", said), sentence(said)) is None
    assert part_count(read("A dog died after drinking from the water.", said), sentence(said)) == 1
    assert part_count(read("A dog fell ill after drinking from the water.", said), sentence(said)) is None
    # an aside between commas may stand between the partitive and its verb
    said = ("Eleven people were treated for breathing problems, and two of them, both workers at the plant, were "
            "kept in hospital overnight.")
    assert part_count(read("Two workers were kept in hospital overnight.", said), sentence(said)) == 2
    assert elided_count(read("Eleven people were kept in hospital overnight.", said), sentence(said)) == (
        "Eleven people", "two of them, both workers at the plant, were kept")
    # an adverb WordNet knows as one stands between the count and the verb as "-ly" ones do
    said = "About 40 flights were diverted and 25 were later cancelled."
    assert elided_count(read("About 40 flights were cancelled.", said), sentence(said)) == (
        "40 flights", "25 were later cancelled")
