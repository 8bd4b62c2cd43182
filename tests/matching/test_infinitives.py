"""A verb after "to" is not said to have happened, unless an implicative passes it through
(corroborate.matching.infinitives)."""

from corroborate.matching.cues import Mood

from .conftest import moods, read_against, stance

SOLD = "Northlink sold its Holyhead service to a rival"


def test_a_verb_offered_allowed_or_given_time_for_is_not_done() -> None:
    for sentence, cue in (("Northlink had offered to sell its Holyhead service.", "offered to"),
                          ("The companies have two months to lodge an appeal.", "months to"),
                          ("The minister flew to Brussels to sign the treaty.", "Brussels to"),
                          ("Residents were allowed to return home.", "allowed to")):
        assert (Mood.OPEN, cue) in moods(sentence), sentence


def test_the_scope_is_the_infinitives_verb_not_the_phrase_after_it() -> None:
    [(mood, cue)] = moods("Firefighters worked with volunteers to clear the road, which was flooded.")
    assert (mood, cue) == (Mood.OPEN, "volunteers to")
    # what the claim says of the road being flooded is not the clearing
    assert stance("Firefighters worked with volunteers to clear the road, which was flooded.",
                  "the road was flooded") is Mood.ASSERTED


def test_a_verb_of_telling_leaves_what_it_would_tell_open() -> None:
    text = "Officials said it was too early to say what caused the outbreak."
    assert stance(text, "the pâté caused the outbreak") is Mood.OPEN
    # "why" and "how" take their clause as true
    assert stance("The inquiry will study the evidence to explain why the funding had not reached Hollin.",
                  "the funding had not reached Hollin") is Mood.ASSERTED


def test_an_implicative_a_verb_of_making_or_a_word_of_rank_passes_the_verb_through() -> None:
    for sentence in ("The firm managed to sell its service.", "The strike forced the company to close its plant.",
                     "Rovers came from behind to beat City.", "She went on to win the race.",
                     "Wanjiru was the first Kenyan woman to win the race.",
                     "Firefighters used boats to bring them out.",
                     "The plant began to close its gates.", "He used to sell cars."):
        assert moods(sentence) == [], sentence


def test_to_before_a_noun_is_a_preposition() -> None:
    for sentence in ("Northlink sold its Holyhead service to a rival.", "The party returned to power in 2010.",
                     "She mishandled the response to floods that damaged 1,300 homes.",
                     "The talks are due to begin on Monday.", "Staff were not to blame."):
        assert not any(cue.endswith(" to") for _, cue in moods(sentence)), sentence


def test_a_claim_verb_said_only_after_to_is_not_asserted_unless_the_claim_says_it_so_too(read) -> None:
    text = "Northlink had offered to sell its Holyhead service to a rival."
    reading = read_against(read(SOLD + ".", text), text)
    assert (reading.mood.mood, reading.mood.cue) == (Mood.OPEN, "offered to")
    for claim in ("Northlink agreed to sell its Holyhead service to a rival.",
                  "Northlink offered to sell its Holyhead service to a rival."):
        assert read_against(read(claim, text), text).mood.mood is Mood.ASSERTED, claim
    # the claim's own "to" does not excuse a "to" before its main verb, which it says was done
    text = "It can be called in by the housing secretary, who has 21 days to decide whether to hold an inquiry."
    reading = read_against(read("The housing secretary has decided to hold an inquiry.", text), text)
    assert (reading.mood.mood, reading.mood.cue) == (Mood.OPEN, "days to")
    # whatever cue reads the claim's own "to": "urged ... to" (a directive) is put after "to" as "calls ... to" is
    text = "The letter described calls by colony staff for other prisoners to beat the migrant inmates."
    claim = "Colony staff urged other prisoners to beat the migrant inmates."
    assert read_against(read(claim, text), text).mood.mood is Mood.ASSERTED
