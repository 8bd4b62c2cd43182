import pytest

from corroborate.matching.modifiers import replaced_adverb, replaced_complement, replaced_modifier, replaced_name
from .conftest import read_against, sentence


def replaced(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_modifier(analysis, sentence(passage), read_against(analysis, passage).aligned)


def complement(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_complement(analysis, sentence(passage), read_against(analysis, passage).aligned)


def name(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_name(analysis, sentence(passage), read_against(analysis, passage).aligned)


def adverb(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_adverb(analysis, sentence(passage), read_against(analysis, passage).aligned)


def test_another_adverb_of_degree_beside_the_claims_verb_is_a_replaced_adverb(read) -> None:
    said = "Reports of bullying fell slightly in both groups."
    assert adverb(read, "Bullying fell sharply in both groups.", said) == (
        "the passage has 'fell slightly', not 'fell sharply'")
    assert adverb(read, "Bullying fell slightly in both groups.", said) is None
    assert adverb(read, "Bullying fell in both groups.", said) is None  # the claim has none: nothing replaced
    # before the verb too; a synonym is no rival, and a hedge is read elsewhere
    assert adverb(read, "The minister sharply criticised the plan.", "The minister mildly criticised the plan.") == (
        "the passage has 'mildly criticised', not 'sharply criticised'")
    assert adverb(read, "Prices rose quickly.", "Prices rose rapidly.") is None
    assert adverb(read, "Prices rose sharply.", "Prices probably rose sharply.") is None
    # one that qualifies a number is a bound, read elsewhere
    assert adverb(read, "The firm employs roughly 200 people.", "The firm employs nearly 200 people.") is None


def test_another_name_where_the_claim_has_one_is_a_replaced_name(read) -> None:
    assert name(read, "The council fined Tajik workers.", "The council fined Uzbek workers.") == (
        "the passage names 'Uzbek' workers where the claim has 'Tajik' workers")
    # ... also where the claim's noun differs, after the same word and preposition, and where the claim has the
    # sentence's name elsewhere ("Russian authorities")
    assert name(read, "Russian authorities postponed the mobilisation of Central Asian migrants.",
                "Russian authorities postponed the mobilisation of Russian citizens.") == (
        "the passage names 'Russian' where the claim has 'Central Asian'")
    # The claim's name in the sentence, a spelling of it, or no name in its place: left to the other rules.
    for claim, passage in (("The council fined Tajik workers.", "The council fined Tajik and Uzbek workers."),
                           ("The council fined Russian workers.", "The council fined Russia's workers."),
                           ("The council fined Tajik workers.", "The council fined the workers."),
                           ("Jovid said the prisoners were beaten.", "He said the prisoners were beaten.")):
        assert name(read, claim, passage) is None, passage


def test_another_noun_after_the_claims_word_and_preposition_is_a_replaced_complement(read) -> None:
    assert complement(read, "Customers can call the priority line for compensation, the company said.",
                      "Customers can call our priority line for support, the company said.") == (
        "the passage has 'line for support', not 'line for compensation'")
    # the phrase's head, past the words before it: "a timber yard" is a yard, of another kind than a school
    assert complement(read, "One wagon ended up against the wall of a school on Quarry Lane.",
                      "One wagon ended up against the wall of a timber yard on Quarry Lane.") == (
        "the passage has 'wall of yard', not 'wall of school'")
    assert complement(read, "Customers can call the line for advice.",
                      "Customers can call the line for support staff.") == (
        "the passage has 'line for staff', not 'line for advice'")
    # A synonym, a more specific word, a name, a phrase whose head is the claim's, or a preposition of place is
    # left to coverage.
    for claim, passage in (("He died of a disease.", "He died of cancer."),
                           ("Customers can call the line for help.", "Customers can call the line for aid."),
                           ("He worked for the company.", "He worked for Corvell."),
                           ("He hit the wall of the yard.", "He hit the wall of the old timber yard."),
                           ("The pump was sent to the depot.", "The pump was sent to the station."),
                           ("Police checked the documents of worshippers.",  # people both: maybe the same
                            "Police checked the documents of parishioners.")):
        assert complement(read, claim, passage) is None, claim


def test_another_word_before_the_claims_noun_is_a_replaced_modifier(read) -> None:
    assert replaced(read, "He argued that economic considerations should come first when hiring workers.",
                    "He argued that national security considerations should come first when hiring workers.") == (
        "the passage has 'security considerations', not 'economic considerations'")


def test_a_noun_the_lexicon_reads_mostly_as_a_verb_is_qualified_after_a_possessive_or_determiner(read) -> None:
    assert replaced(read, "One of Eastline Rail's passenger trains derailed at Fenwick junction.",
                    "One of Eastline Rail's freight trains derailed at Fenwick junction.") == (
        "the passage has 'freight trains', not 'passenger trains'")
    # a word that says how many, not which kind, is no rival modifier
    assert replaced(read, "The ministry confirmed the recruitment attempts in an update.",
                    "The ministry confirmed numerous attempts in an update.") is None


@pytest.mark.parametrize("claim, passage", [
    # The claim's own modifier, a synonym, a close spelling, a more general word: the same kind of thing.
    ("Economic considerations come first.", "Economic considerations come first."),
    ("Her elderly sister pushed her every step of the way.", "Her aged sister pushed her every step of the way."),
    ("Eery piano chords plod along.", "Eerie piano chords plod along."),
    ("The wooden boat sank.", "The wooden vessel sank."),
    # Nothing before the noun, or the claim's word is no modifier of a noun.
    ("Economic considerations come first.", "Considerations come first."),
    ("The squad took the eggs.", "The team took the eggs."),
    ("Individuals immune to the virus shorten the outbreak.", "Shield immunity shortens the outbreak."),
])
def test_no_replaced_modifier(read, claim: str, passage: str) -> None:
    assert replaced(read, claim, passage) is None


def test_a_replaced_modifier_keeps_a_passage_from_supporting(seeds_matcher) -> None:
    from .conftest import candidates_in

    found = candidates_in(seeds_matcher, "Bastrykin argued that economic considerations should be paramount when "
                                         "hiring migrant workers.", "001")
    assert found and not any(c.stance for c in found)
    assert "'security considerations', not 'economic considerations'" in found[0].reason


def test_a_verb_before_the_noun_is_no_modifier(read) -> None:
    assert replaced(read, "Nepalese mercenaries deserted from the Russian army.",
                    "Reports showed mercenaries from Nepal deserting from the Russian army.") is None


def test_a_kind_of_the_qualified_word_with_nothing_in_the_modifiers_place_replaces_the_phrase(read) -> None:
    claim = "The storm flooded the upper floors of a row of shops."
    passage = "The storm flooded the basements of a row of shops."
    analysis = read(claim, passage)
    reading = read_against(analysis, passage)
    assert replaced_modifier(analysis, sentence(passage), reading.aligned, reading.specific) == (
        "the passage has 'basements', not 'upper floors'")
    # the claim's own modifier beside the kind is no replacement
    said = "The storm flooded the upper basements of a row of shops."
    reading = read_against(analysis, said)
    assert replaced_modifier(analysis, sentence(said), reading.aligned, reading.specific) is None


def test_a_participle_an_adverb_qualifies_stands_in_the_modifiers_place(read) -> None:
    assert replaced(read, "The drive targets wealthy nations like Nepal.",
                    "The drive targets economically challenged nations like Nepal.") == (
        "the passage has 'challenged nations', not 'wealthy nations'")
    # a participle alone before the noun is still read as a verb's form, not a rival modifier
    assert replaced(read, "The drive targets wealthy nations like Nepal.",
                    "The drive targeted nations like Nepal.") is None


def test_a_name_before_a_comma_qualifies_nothing_after_it(read) -> None:
    assert name(read, "Priya Nair is Eastline Rail's operations director.",
                "We are working with the investigators, said Priya Nair, operations director.") is None


def test_a_name_after_the_nouns_of_a_role_is_the_name_in_the_claims_place(read) -> None:
    said = "It beats the previous club record of £25 million, paid for the midfielder Lars Eriksen in 2024."
    assert name(read, "The previous club record was £25 million, paid for Kofi Mensah.", said) == (
        "the passage names 'Lars' where the claim has 'Kofi Mensah'")
    assert name(read, "The previous club record was £25 million, paid for Lars Eriksen.", said) is None
