"""Which words a negator bears on, and with / without (corroborate.matching.negation)."""

from corroborate.matching.negation import negated, privative_conflict, privative_phrases
from corroborate.text import tokenize

from .test_conflicts import conflicts


def _negated(text: str, of_claim: bool = False) -> dict[str, str]:
    """Each word a negator bears on in the text, with the negator."""
    tokens = tokenize(text)
    return {tokens[p].surface: n for p, n in negated(tokens, text, of_claim).items()}


def test_negation_bears_on_the_next_content_word_of_its_clause() -> None:
    text = "The school was not immediately evacuated, officials said."
    tokens = tokenize(text)
    assert {tokens[i].surface for i in negated(tokens, text)} == {"evacuated"}


def test_negation_reads_past_adverbs_in_ly_but_not_verbs_that_merely_end_so() -> None:
    assert _negated("The firm did not publicly respond.") == {"respond": "not"}
    assert _negated("The extension does not apply to Heysham 2.") == {"apply": "not"}
    assert _negated("The company did not supply the parts.") == {"supply": "not"}


def test_negation_does_not_reach_into_a_clause_of_time_after_its_verb() -> None:
    # "reported" is a stop word: past it, "before" opens a clause of its own
    assert _negated("The pothole had not been reported before the damage happened.") == {}
    assert _negated("The school did not reopen until Monday.") == {"reopen": "not"}


def test_a_verb_of_ceasing_negates_its_gerund() -> None:
    assert _negated("The group stopped trying to recruit migrants.") == {"trying": "stopped"}
    text = "The raids stopped in the middle of May."  # the predicate itself: nothing after it is negated
    assert negated(tokenize(text), text) == {}


def test_a_plain_negator_before_a_negating_word_negates_that_word_and_not_its_object() -> None:
    assert _negated("Russian authorities have not postponed the next wave of mobilisation.") == {"postponed": "not"}
    assert _negated("Russian authorities have postponed the next wave of mobilisation.") == {"wave": "postponed"}


def test_a_negated_able_to_managed_to_or_going_to_negates_what_follows_to() -> None:
    for text, word in [("Scientists have not been able to isolate the virus from urine.", "isolate"),
                       ("They did not manage to sign the contracts.", "sign"),
                       ("Our members are not going to accept twelve-hour nights.", "accept")]:  # the future
        tokens = tokenize(text)
        assert {tokens[p].surface for p in negated(tokens, text)} == {word}


def test_a_negation_bears_on_every_word_joined_by_or() -> None:
    text = "We urge residents not to walk or drive through flood water."
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"walk", "drive"}
    text = "Residents did not walk, or so they said."
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"walk"}


def _privative(claim: str, sentence: str) -> tuple[str, str] | None:
    return privative_conflict(privative_phrases(tokenize(claim), claim), tokenize(sentence), sentence)


def test_with_and_without_before_the_same_noun_are_opposites() -> None:
    assert _privative("Migrants with Russian citizenship are offered naturalization.",
                      "Migrants without Russian citizenship are offered naturalization.") == (
        "with Russian citizenship", "without Russian citizenship")
    assert _privative("The plant operated without a permit.", "The plant operated with a valid permit.") == (
        "without a permit", "with a valid permit")


def test_without_before_another_noun_or_both_said_is_no_opposite() -> None:
    # "without" qualifies the migrants, not the citizenship offered: the claim has no "with" to oppose.
    assert _privative("Migrants are offered fast-track Russian citizenship.",
                      "Migrants without Russian citizenship are offered fast-track naturalization.") is None
    assert _privative("He left with his passport.", "He left with his passport.") is None
    assert _privative("He came with his wife.", "He came without his passport, with his wife.") is None
    assert _privative("They signed contracts with the ministry.", "Migrants without papers signed contracts "
                      "with the ministry.") is None


def test_no_longer_negates_the_word_after_it() -> None:
    assert _negated("The school is no longer closed to visitors.") == {"closed": "no"}


def test_lacking_is_said_by_any_negation_of_the_same_word() -> None:
    from corroborate.matching.negation import said_plainly

    text = "Many of them have no work permit in Russia."
    here = negated(tokenize(text), text)  # "no" bears on "work" (position 5)
    assert said_plainly([("lack", [5])], here)
    assert not said_plainly([("lack", [6])], here)  # "permit" itself is not what "no" bears on here
    assert not said_plainly([("refused", [5])], here)  # refusing says more than "not"
    assert not said_plainly([], here)


def test_a_claim_that_lacks_is_supported_by_have_no_and_not_by_have(tmp_path) -> None:
    from corroborate.matching.matcher import Matcher
    from corroborate.sources import load_corpus

    from .conftest import FILLER, candidates_in

    claim = "Many immigrants in the city lack a work permit."
    for n, (source, supported) in enumerate((("Many immigrants in the city have no work permit.", True),
                                             ("Many immigrants in the city do not have a work permit.", True),
                                             ("Many immigrants in the city have a work permit.", False),
                                             ("Many immigrants in the city refused a work permit.", False))):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "source.txt").write_text(source, encoding="utf-8")
        (folder / "other.txt").write_text(FILLER, encoding="utf-8")
        found = candidates_in(Matcher(load_corpus(folder)), claim, "source")
        assert (bool(found) and found[0].stance == "supports") is supported, source


def test_since_right_after_the_negator_and_before_a_verb_is_an_adverb() -> None:
    text = "Hullabaloo has not since replaced the event."
    tokens = tokenize(text)
    assert [tokens[p].surface for p in negated(tokens, text)] == ["replaced"]
    text = "The site has not been used since the war ended."  # a clause: the negation stays in its own
    tokens = tokenize(text)
    assert [tokens[p].surface for p in negated(tokens, text)] == ["used"]


def test_declined_or_neglected_negates_the_verb_of_its_to_and_nothing_alone() -> None:
    assert _negated("The branch has declined to send inspectors to the site.") == {"send": "declined"}
    text = "Sales declined sharply in March."
    assert negated(tokenize(text), text) == {}


def test_not_because_negates_the_reason_it_sets_aside() -> None:
    assert _negated("They asked for the recount because the margin was narrow, not because they suspected "
                    "wrongdoing.") == {"suspected": "not"}
    text = "The school was not closed because of the storm."  # (a negated verb before its reason: the verb)
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"closed"}


def test_far_from_before_a_state_negates_it_and_before_a_place_is_a_distance() -> None:
    for text, word in (('The chief said the fire was "far from under control".', "control"),
                       ("The outcome is far from certain.", "certain")):
        tokens = tokenize(text)
        assert {tokens[i].surface for i in negated(tokens, text)} == {word}, text
    for text in ("The village is far from the coast.", "He lives far from home.", "It is far from Kyiv."):
        assert negated(tokenize(text), text) == {}, text


def test_none_of_a_whole_negates_what_the_clause_says_of_it_as_none_alone_does() -> None:
    for text in ("None of the frogs was infected with chytrid.", "Swabs showed that none was infected.",
                 "None of the 23 adult frogs had been seriously infected.", "Neither of the men was infected."):
        tokens = tokenize(text)
        assert {tokens[p].surface for p in negated(tokens, text)} == {"infected"}, text
    text = "They found none of the money."  # no verb after the whole: the whole is what is negated
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"money"}


def test_a_passage_that_found_no_sign_of_something_did_not_find_it() -> None:
    text = "Earlier observations had found no sign of an atmosphere on the planet."
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"found", "sign"}
    # a claim is read as written ("there was no sign of X" still says it), and "be" takes no sign
    assert {tokens[p].surface for p in negated(tokens, text, of_claim=True)} == {"sign"}
    text = "There was no sign of an atmosphere."
    tokens = tokenize(text)
    assert {tokens[p].surface for p in negated(tokens, text)} == {"sign"}


def test_rather_than_and_instead_of_negate_what_they_set_aside_in_a_passage() -> None:
    assert _negated("The cost would be met from its own budget rather than from government funding.") == {
        "government": "rather than"}
    assert _negated("Police used tear gas instead of water cannon.") == {"water": "instead of"}
    # a claim's is no negation a passage must share: "Instead of attending his local school, he enrolled at ..."
    assert _negated("Police used tear gas instead of water cannon.", of_claim=True) == {}


def test_a_passage_that_sets_aside_the_claims_word_contradicts_it_unless_the_claim_sets_it_aside_too(read) -> None:
    said = "Police used tear gas instead of water cannon to disperse the crowd."
    assert conflicts(read("Police used water cannon to disperse the crowd.", said), said) == [
        "the passage negates 'water'"]
    assert conflicts(read("Police used tear gas rather than water cannon to disperse the crowd.", said), said) == []


def test_a_negated_verb_of_belief_passes_the_negation_to_what_it_says() -> None:
    assert _negated("The tower is not thought to be at risk of collapse.") == {"risk": "not"}
    assert _negated("His injuries are not believed to be serious.") == {"serious": "not"}
    assert _negated("His injuries are not thought to be life-threatening.") == {"life": "not", "threatening": "not"}
    assert _negated("The pump does not seem to work.") == {"work": "not"}
    # WordNet's synonyms of "seem" are of the class: "look" as "appear"
    assert _negated("This does not appear to be part of his act.") == _negated("This does not look to be part of "
                                                                                "his act.") == {"part": "not"}
    # not a verb that only says nobody knows or says it
    assert _negated("The tower is not known to be at risk.") == {"known": "not"}
