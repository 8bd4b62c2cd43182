"""'from' and 'to' before the same place (corroborate.matching.direction)."""

from corroborate.matching.direction import other_side, places, reversed_direction
from corroborate.text import tokenize

from .conftest import sentence as features


def _reversed(claim: str, sentence: str) -> tuple[str, str] | None:
    return reversed_direction(places(tokenize(claim), claim), features(sentence))


def test_a_place_the_claim_goes_to_that_the_sentence_comes_from_is_a_reversed_direction() -> None:
    assert _reversed("A temporary pump was sent from Hollin to a depot in Carsby.",
                     "A temporary pump had been brought in from a depot in Carsby.") == ("to a depot", "from a depot")
    assert _reversed("Prisoners are sent to Tajikistan.", "Prisoners are sent from Tajikistan to the front.") == (
        "to Tajikistan", "from Tajikistan")


def test_a_place_named_by_where_it_stands_is_that_place_too() -> None:
    assert _reversed("Production will move from Brno to Ashby.",
                     "Production will move to its larger plant in Brno.") == (
        "from Brno", "to its larger plant in Brno")
    assert _reversed("Production will move to Brno.", "Production will move to the larger plant in Brno.") is None
    # the verb moves its bare object: the movement is the verb's, whatever the noun says ("production": produce)
    assert _reversed("Harwood Foods will move production from Brno to Ashby.",
                     "Harwood Foods said production would move to its larger plant in Brno.") == (
        "from Brno", "to its larger plant in Brno")


def test_the_same_movement_told_in_another_order_or_no_movement_at_all_is_none() -> None:
    assert _reversed("He moved from Paris to London.", "He moved to London from Paris.") is None
    assert _reversed("They refused to sign the papers.", "They refrained from signing the papers.") is None
    # After a noun, "to" and "from" say no direction.
    assert _reversed("The album is a tribute to Iron Maiden.", "Bands cover tracks from Iron Maiden's career.") is None


def test_for_and_against_the_same_thing_after_the_same_verb_are_opposite_sides() -> None:
    assert _reversed("Union members voted narrowly against strike action.",
                     "Members voted overwhelmingly for action.") == ("against strike action", "for action")
    assert _reversed("He waited for the bus.", "He argued against the bus.") is None  # another verb
    assert _reversed("The programme aims to educate women.", "They hear talks from inspiring women.") is None


def test_to_do_it_is_for_it_and_a_margin_stands_between_the_verb_and_its_side() -> None:
    assert _reversed("Members voted by 82 per cent against a strike.", "Members voted by 82 per cent to strike.") == (
        "against a strike", "to strike")
    assert _reversed("Members voted by a large majority to strike.", "Members voted against a strike.") == (
        "to strike", "against a strike")
    assert _reversed("Residents campaigned against closing the library.", "Residents campaigned to close the "
                     "library.") == ("against closing", "to close")
    assert _reversed("Residents campaigned to close the library.", "Residents campaigned for closing it.") is None
    # a noun after "to" is still a place ("to court"), and another verb is another stance
    assert _reversed("The case was sent to court in May.", "The case was sent from court in May.") == (
        "to court", "from court")
    assert _reversed("Members voted to strike.", "Members argued against a strike.") is None


def test_in_favour_of_is_for_and_a_form_of_be_takes_a_side() -> None:
    assert _reversed("Most residents voted in favour of the plan.", "Most residents voted against the plan.") == (
        "in favour of the plan", "against the plan")
    assert _reversed("The population is in favour of the war.", "The population is against this war.") == (
        "in favour of the war", "against this war")
    assert _reversed("Most residents were for the plan.", "Most residents were against the plan.") == (
        "for the plan", "against the plan")
    assert _reversed("Most residents voted in favour of the plan.", "Most residents voted for the plan.") is None
    # "in support of" is "for", "in opposition to" "against", after a verb or after a noun of its own
    assert _reversed("Residents marched against the plan.", "Residents marched in support of the plan.") == (
        "against the plan", "in support of the plan")
    assert _reversed("Residents marched for the plan.", "Residents marched in opposition to the plan.") == (
        "for the plan", "in opposition to the plan")
    assert _reversed("They collected 2,000 signatures in support of the store.",
                     "They collected 2,000 signatures against the store.") == (
        "in support of the store", "against the store")
    assert _reversed("Residents marched in support of the plan.", "Residents marched for the plan.") is None
    # "be" takes a side only: "is from" and "is to" are no movement
    assert _reversed("The letter is from the mayor.", "The letter is to the mayor.") is None


def test_towards_is_to() -> None:
    from corroborate.matching.direction import places, reversed_direction
    from corroborate.text import tokenize

    claim = "Videos show several migrants running towards police officers."
    said = "Videos show several migrants running away from police officers."
    assert reversed_direction(places(tokenize(claim), claim), features(said)) == (
        "towards police officers", "from police officers")
    same = "Videos show several migrants running to police officers."
    assert reversed_direction(places(tokenize(claim), claim), features(same)) is None


def test_into_is_to_and_out_of_is_from() -> None:
    assert _reversed("The family moved out of the house in May.", "The family moved into the house in May.") == (
        "out of the house", "into the house")
    assert _reversed("The family moved into the house in May.", "The family moved into the house in May.") is None
    # "into" before a verb says what someone was made to do, not where they went
    assert _reversed("Russia coerced migrants into joining the army.", "Migrants fled from joining the army.") is None


def test_the_direction_of_a_verb_with_its_object_between() -> None:
    assert _reversed("Russian forces are coercing draft-age men out of contracts.",
                     "Russian forces are coercing draft-age men into contracts.") == (
        "out of contracts", "into contracts")
    # past an object with a phrase of its own, the verb is out of reach: no direction is read
    assert _reversed("The council sent a report on the plant to the minister.",
                     "The council sent a report on the plant from the minister.") is None


def test_a_noun_of_an_action_takes_a_direction_as_its_verb_does() -> None:
    assert _reversed("The occupiers threaten men with deportation to their hometowns.",
                     "They threaten men with deportation from their hometown to depressed regions.") == (
        "to their hometowns", "from their hometown")


def test_a_noun_of_an_action_takes_a_direction_past_its_of_phrase() -> None:
    assert _reversed("The migration of workers from Tajikistan to Russia grew.",
                     "The migration of workers from Russia to Tajikistan grew.") == (
        "from Tajikistan", "to Tajikistan")
    assert _reversed("Incursions of Chinese aircraft out of Japanese airspace fell.",
                     "Incursions of Chinese aircraft into Japanese airspace fell.") == (
        "out of Japanese airspace", "into Japanese airspace")
    # a noun that names no action gives no direction to its "of" phrase
    assert _reversed("The history of the town from 1900 was written.", "The history of the town to 1900 was "
                                                                       "written.") is None


def test_the_end_of_another_verbs_movement_is_no_reversal_where_the_claims_verb_is_told_apart() -> None:
    claim = "Thieves stole two paintings from the Lindqvist Museum."
    assert _reversed(claim, "Thieves broke into the Lindqvist Museum overnight and stole two paintings.") is None
    # A sentence that tells only another verb's movement still is one.
    assert _reversed("A pump was sent from Hollin.", "A pump was brought in to Hollin.") == ("from Hollin", "to Hollin")


def test_a_side_taken_is_taken_on_each_noun_of_its_phrase() -> None:
    # "against strike action" is against a strike, which "voted to strike" is for
    assert _reversed("Dock workers voted against strike action.", "Dock workers voted to strike over pay.") == (
        "against strike action", "to strike")


def test_the_other_side_of_what_the_sentence_names_otherwise_is_not_the_claims() -> None:
    said = "Lorries will be banned after councillors voted in favour of the plan by 31 votes to 12."

    def side(claim: str) -> tuple[str, str] | None:
        return other_side(places(tokenize(claim), claim), features(said))

    found = side("Councillors voted against the proposal by 31 votes to 12.")
    assert found is not None and found[1] == "in favour of the plan"
    assert side("Councillors voted for the proposal by 31 votes to 12.") is None
    # the sentence taking the claim's side too says nothing against it
    both = "Councillors voted for the plan, but voted against the amendment."
    assert other_side(places(tokenize("Councillors voted against the bill."), "Councillors voted against the bill."),
                      features(both)) is None
