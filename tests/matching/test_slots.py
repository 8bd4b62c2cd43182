from corroborate.matching.slots import replaced_phrase

from .conftest import read_against, sentence


def phrase(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_phrase(analysis, sentence(passage), read_against(analysis, passage).aligned)


def test_other_words_between_the_same_neighbours_are_another_thing(read) -> None:
    assert phrase(read, "Sandbags would be handed out at the leisure centre from 10 a.m.",
                  "Sandbags would be handed out at the market square from 10 a.m.") == (
        "the passage has 'market square' where the claim has 'leisure centre'")


def test_a_plural_that_opens_a_clause_is_a_noun_in_its_frame(read) -> None:
    # "nurses" after "when" is the clause's subject (roles.py), not a verb that would keep it out of the slot
    assert phrase(read, "The attack was discovered when doctors on the children's ward found the notes locked.",
                  "The attack was discovered when nurses on the children's ward found the notes locked.") == (
        "the passage has 'nurses' where the claim has 'doctors'")


def test_a_kind_of_the_claims_word_a_phrase_elsewhere_or_another_frame_is_left_to_coverage(read) -> None:
    claim = "Sandbags would be handed out at the leisure centre from 10 a.m."
    for passage in ("Sandbags would be handed out at the centre from 10 a.m.",  # fewer words, one the claim's
                    "Sandbags would be handed out from 10 a.m.",  # nothing in its place
                    "Sandbags would be handed out, the council said, from 10 a.m.",  # an aside
                    "Sandbags would be handed out near the leisure centre from 10 a.m."):
        assert phrase(read, claim, passage) is None, passage
    # a synonym or a more specific word is akin ("infant" for "baby")
    assert phrase(read, "Nurses cared for the baby at night.", "Nurses cared for the infant at night.") is None


def test_the_start_of_the_sentence_or_a_clause_mark_frames_a_phrase_with_a_word_on_its_other_side(read) -> None:
    assert phrase(read, "The teachers I remember were kind.", "The things I remember were kind.") == (
        "the passage has 'things' where the claim has 'teachers'")
    assert phrase(read, "She is the newest member of our committee, joining us in July.",
                  "She is the newest member of our team, joining us in July.") == (
        "the passage has 'team' where the claim has 'committee'")
    # ... but not with nothing to frame it on that side, nor in more words
    assert phrase(read, "Taking part in military activities abroad is a crime.",
                  "Participation in military activities abroad is a crime.") is None
    assert phrase(read, "Russia uses migrants as cheap workers for construction projects.",
                  "Russia uses migrants as a low-cost workforce for construction projects.") is None


def test_a_verbs_object_replaced_is_another_thing(read) -> None:
    assert phrase(read, "The train was carrying coal from the port.",
                  "The train was carrying grain from the port.") == "the passage has 'grain' where the claim has 'coal'"
    # right after a noun it is a modifier, left to modifiers.py
    assert phrase(read, "The coal train left the port.", "The grain train left the port.") is None
    # the verb's object to its clause's end, framed by the verb alone
    assert phrase(read, "Those who agree to go are reportedly promised shorter sentences.",
                  "Those who agree to go are reportedly promised better treatment, while others are not.") == (
        "the passage has 'better treatment' where the claim has 'shorter sentences'")
    # ... left to coverage when the passage says it in more words or by a kin word
    assert phrase(read, "Those who agree to go are promised better treatment.",
                  "Those who agree to go are promised much better and kinder treatment.") is None


def test_a_list_of_other_things_in_the_frame_is_another_thing(read) -> None:
    assert phrase(read, "The train was spilling coal across the track.",
                  "The train was spilling grain and diesel across the track.") == (
        "the passage has 'grain and diesel' where the claim has 'coal'")
    # the claim's thing in the list is said
    assert phrase(read, "The train was spilling diesel across the track.",
                  "The train was spilling grain and diesel across the track.") is None


def test_a_name_in_a_common_nouns_frame_is_another_thing_whatever_its_length(read) -> None:
    assert phrase(read, "The trust is working with the police and expects services to return to normal shortly.",
                  "We are working with the National Cyber Security Centre and expect services to return to normal "
                  "shortly.") == "the passage has 'National Cyber Security Centre' where the claim has 'police'"
    # a name that has the claim's word is the claim's thing named
    assert phrase(read, "The trust is working with the police and expects services to return to normal shortly.",
                  "We are working with Thames Valley Police and expect services to return to normal shortly.") is None


def test_a_hyphenated_word_is_one_word_of_its_frame(read) -> None:
    assert phrase(read, "Ashdown steered contracts to a firm owned by his son.",
                  "Ashdown steered contracts to a firm owned by his brother-in-law.") == (
        "the passage has 'brother-in-law' where the claim has 'son'")


def test_function_words_on_both_sides_frame_a_phrase_whatever_stands_before_them(read) -> None:
    said = ("Officers forced their way into the building shortly after 6 a.m. after neighbours reported a strong "
            "smell.")
    assert phrase(read, "Officers forced their way into the building after the owner reported a strong smell.",
                  said) == "the passage has 'neighbours' where the claim has 'owner'"
    # ... not where the right side has no function word to frame it
    assert phrase(read, "Officers forced their way into the building after the owner noticed a strong smell.",
                  said) is None


def test_a_phrase_that_ends_the_claim_is_framed_by_a_sentence_that_qualifies_its_own(read) -> None:
    said = "Three members voted for a cut of a quarter of a percentage point."
    assert phrase(read, "Three members voted for a rise.", said) == "the passage has 'cut' where the claim has 'rise'"
    assert phrase(read, "Three members voted for a cut.", said) is None
