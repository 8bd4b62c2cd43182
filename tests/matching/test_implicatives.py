"""Implicative verbs carry polarity to their complement."""

from corroborate.matching.cues import Mood
from corroborate.matching.polarity import scopes
from corroborate.text import tokenize

from .conftest import moods, stance


def test_implicative_verbs_carry_polarity() -> None:
    tokens = tokenize("The firm failed to evacuate the school.")
    assert [s.mood for s in scopes(tokens, "The firm failed to evacuate the school.")] == [Mood.DENIED]
    tokens = tokenize("The firm tried to evacuate the school.")
    assert [s.mood for s in scopes(tokens, "The firm tried to evacuate the school.")] == [Mood.OPEN]
    tokens = tokenize("The firm managed to evacuate the school.")
    assert scopes(tokens, "The firm managed to evacuate the school.") == []


def test_declining_to_tell_leaves_the_matter_open_rather_than_denying_it() -> None:
    assert stance("Officials declined to say whether the school was evacuated.") is Mood.OPEN
    assert stance("The council refused to confirm that the school was evacuated.") is Mood.OPEN
    assert moods("The staff failed to evacuate the school.") == [(Mood.DENIED, "failed to")]


def test_what_has_yet_to_happen_or_was_stopped_short_of_did_not_happen() -> None:
    assert moods("The council has yet to close the school.") == [(Mood.DENIED, "has yet to")]
    assert moods("The council stopped short of closing the school.") == [(Mood.DENIED, "stopped short of")]
    assert moods("The council closed the school yet to no avail.") == []


def test_a_denied_telling_leaves_what_it_would_tell_open() -> None:
    for sentence in ("Officials stopped short of saying that the school was evacuated.",
                     "Police refused to say the school was evacuated.",
                     "Police have yet to confirm that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence  # not saying it is not saying it is false
    assert moods("The state refused to recognise the government.") == [(Mood.DENIED, "refused to")]


def test_a_threat_a_promise_or_a_warning_holds_out_what_it_names() -> None:
    claim = "prisoners were sent to the war"
    for sentence in ("Recently, the prisoners were threatened with being sent to the war.",
                     "The colony threatened prisoners with being sent to the war.",
                     "Staff held out threats of prisoners being sent to the war.",
                     "Recruiters made promises of prisoners being sent to the war as heroes."):
        assert stance(sentence, claim) is Mood.OPEN, sentence
    assert stance("The prisoners were sent to the war with their papers.", claim) is Mood.ASSERTED
    assert moods("Officials warned of flooding in the school.") == [(Mood.OPEN, "warned of")]


def test_a_threat_in_the_seeds_is_no_support_for_the_deed(seeds_matcher) -> None:
    from .conftest import candidates_in

    claim = "The prisoners were sent to the war without regard for their citizenship."
    [best, *_] = candidates_in(seeds_matcher, claim, "000_")
    assert best.stance is None and "threatened with" in best.reason
    [kept, *_] = candidates_in(seeds_matcher, "The prisoners were threatened with being sent to the war.", "000_")
    assert kept.stance == "supports"  # the claim holds the threat out too


def test_what_is_proposed_asked_for_aimed_at_or_promised_is_not_done() -> None:
    for sentence, claim in (("He proposed developing a system for internal migration.", "developing a system"),
                            ("Bastrykin advocated for a revised migration policy.", "a revised migration policy"),
                            ("Efforts are underway to compel them into signing contracts.", "compel them"),
                            ("Russia deceives civilians by promising well-paid positions.", "well-paid positions")):
        assert stance(sentence, claim) is Mood.OPEN, sentence
    # a campaign names a group or an event as often as an aim: left alone
    assert stance("He supported the campaign to get the beach back open.", "get the beach back open") is Mood.ASSERTED



def test_what_is_asked_for_ends_where_the_subject_goes_on_to_another_verb() -> None:
    sentence = "Alan Greaves called for a full public inquiry and said residents deserved answers."
    assert stance(sentence, "a full public inquiry") is Mood.OPEN
    assert stance(sentence, "residents deserved answers") is Mood.ASSERTED  # said, not called for
    # a phrase with a verb of its own: what "and" joins may be its
    assert stance("Parents called for the school to be evacuated and closed.", "school closed") is Mood.OPEN
    # a clause in the past that "as", "while" or "because" opens holds, whatever the phrase before it asks
    sentence = "Residents were told to keep their windows shut as firefighters dealt with a diesel leak."
    assert stance(sentence, "keep windows shut") is Mood.OPEN
    assert stance(sentence, "firefighters dealt diesel leak") is Mood.ASSERTED
    # ... a verb whose base is more often a noun ("rule") too: its past form is a verb
    sentence = "A couple have been ordered to rehome their cockerel after magistrates ruled that it was a nuisance."
    assert stance(sentence, "rehome cockerel") is Mood.OPEN
    assert stance(sentence, "magistrates ruled nuisance") is Mood.ASSERTED


def test_a_claim_that_proposes_is_matched_by_a_proposal_not_by_a_hedge(seeds_matcher) -> None:
    from .conftest import candidates_in

    [kept, *_] = candidates_in(seeds_matcher, "Bastrykin advocated for a revised migration policy in Russia.", "001_")
    assert kept.stance == "supports"
    [best, *_] = candidates_in(seeds_matcher, "Russia has revised its migration policy.", "001_")
    assert best.stance != "supports"


def test_what_someone_is_told_or_urged_to_do_is_not_done() -> None:
    claim = "residents kept their windows closed"
    for sentence in ("Residents were told to keep their windows closed.",
                     "Police urged residents to keep their windows closed.",
                     "We call on residents to keep their windows closed."):
        assert stance(sentence, claim) is Mood.OPEN, sentence
    assert stance("He told reporters that residents kept their windows closed.", claim) is Mood.ASSERTED


def test_a_verb_that_takes_a_clause_leaves_the_whole_clause_open_past_its_commas() -> None:
    # "prove" is filed by WordNet first as "turn out to be"; before "that" it takes a clause all the same, and what
    # that clause says, "in the video, X", is not proven, nor yet announced, to its end.
    claim = "Ojeda gave out the number to his cellphone"
    for sentence in ("Prosecutors failed to prove that in the video, Ojeda gave out the number to his cellphone.",
                     "The firm is expected to announce that in the video, Ojeda gave out the number to his cellphone.",
                     "He refused to accept that in the video, Ojeda gave out the number to his cellphone."):
        assert stance(sentence, claim) is Mood.OPEN, sentence
    # without a clause, what fails is denied, and only to the comma
    assert stance("Ojeda failed to give out the number to his cellphone, officials said.", claim) is Mood.DENIED
    assert stance("He failed to call, but Ojeda gave out the number to his cellphone.", claim) is Mood.ASSERTED


def test_preventing_someone_from_doing_denies_the_doing() -> None:
    claim = "other prisoners beat the migrant inmates"
    assert stance("Colony staff prevented other prisoners from beating the migrant inmates.", claim) is Mood.DENIED
    assert stance("Guards stopped the other prisoners from beating the migrant inmates.", claim) is Mood.DENIED
    # "from" before a noun is no doing: "kept the money from the sale"
    assert stance("Other prisoners beat the migrant inmates and kept the money from the sale.", claim) is (
        Mood.ASSERTED)


def test_a_finite_clause_after_the_failed_act_is_not_what_failed() -> None:
    said = "A rocket failed to reach orbit on Wednesday after its second stage shut down early."
    assert stance(said, claim="second stage shut down early") is Mood.ASSERTED
    assert stance(said, claim="rocket reach orbit on Wednesday") is Mood.DENIED
    # ... but not a clause that may not have happened ("before"), nor one with no subject of its own
    assert stance("Officials failed to evacuate the school before the fire spread.", claim="the fire spread",
                  ) is Mood.DENIED


def test_what_is_voted_bid_or_decided_for_is_not_done() -> None:
    assert stance("Governors survived a vote to have the school evacuated.") is Mood.OPEN
    assert stance("The council decided to have the school evacuated.") is Mood.OPEN
    # the claim's own "vote" carries the cue only before "to": a recall vote is no vote to do anything
    from corroborate.matching.polarity import claim_cues
    from corroborate.text import tokenize

    text = "She has been removed from office in a recall vote."
    assert "vote" not in claim_cues(tokenize(text), text)
    text = "Members voted to strike."
    assert "voted" in claim_cues(tokenize(text), text)


def test_what_but_sets_against_an_attempt_is_so() -> None:
    sentence = "CalMac said it had tried to fill 14 vacancies on the route since March but had hired only six people."
    assert stance(sentence, "fill 14 vacancies") is Mood.OPEN
    assert stance(sentence, "hired only six people") is Mood.ASSERTED
    # ... not a "but" that opens what is expected ("announce that but obviously ...")
    assert stance("The firm is expected to announce that but obviously the deal was signed.", "deal signed") is (
        Mood.OPEN)
