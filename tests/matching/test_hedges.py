"""Hedges, questions and conditions: the sentence leaves the proposition open."""

from corroborate.matching.cues import Mood
from corroborate.matching.polarity import scopes
from corroborate.text import tokenize

from .conftest import moods, stance


def test_hedges_questions_and_conditions_leave_it_open() -> None:
    for sentence in ("It is unclear whether the school was evacuated.", "Some asked whether the school was evacuated.",
                     "The school may have been evacuated.", "If the school was evacuated, nobody said so.",
                     "Was the school evacuated?"):
        assert stance(sentence) is Mood.OPEN, sentence


def test_no_evidence_and_an_unconfirmed_report_leave_it_open() -> None:
    assert moods("Investigators found no evidence that the school was evacuated.") == [
        (Mood.OPEN, "no evidence that")]
    assert moods("Parents say, without offering any proof, that the school was evacuated.") == [
        (Mood.OPEN, "without offering any proof that")]
    assert stance("The school was evacuated without any proof of danger.") is Mood.ASSERTED
    assert moods("It has not been confirmed that the school was evacuated.") == [(Mood.OPEN, "not been confirmed")]
    text = "The school was evacuated, although this could not be independently verified."
    [scope] = scopes(tokenize(text), text)
    assert scope.mood is Mood.OPEN and scope.covers(1) and scope.covers(3)  # the clause "this" takes up
    assert moods("The results were confirmed by a second laboratory.") == []
    # a pronoun that confirms nothing takes up nothing: only what it has not confirmed is open
    text = "A group has claimed the attack, but the council said it had not yet confirmed whether data was taken."
    [scope] = scopes(tokenize(text), text)
    assert scope.mood is Mood.OPEN and not scope.covers(1) and not scope.covers(3)


def test_a_teller_that_could_not_be_confirmed_tells_it_unconfirmed() -> None:
    for sentence in ("An account that could not be independently confirmed said the school was evacuated.",
                     "A report that has not been verified said the school was evacuated.",
                     "A witness, who could not be independently verified, told reporters the school was evacuated.",
                     "Footage which has not been verified shows that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    # the participle must end the teller's phrase: here the police did not verify something else
    assert stance("Police who had not verified the figures said the school was evacuated.") is Mood.ASSERTED


def test_if_after_a_verb_of_asking_is_a_question_to_the_end_of_its_clause() -> None:
    text = "Nobody could say if the school was evacuated, officials said."
    [scope] = scopes(tokenize(text), text)
    assert scope.last == len(tokenize(text)) - 1
    text = "They will be sent to the front if they refuse, officials said."
    [scope] = scopes(tokenize(text), text)  # a condition ends at its comma
    assert scope.last == 9


def test_a_trailing_phrase_or_an_impersonal_belief_leaves_the_clause_open() -> None:
    for text in ("The school was evacuated, according to unconfirmed reports.",
                 "The school was evacuated, if the reports are true."):
        assert any(s.mood is Mood.OPEN and s.first == 0 and s.covers(3) for s in scopes(tokenize(text), text)), text
    assert moods("It is believed that the school was evacuated.") == [(Mood.OPEN, "believed that")]
    assert moods("It is feared the school was evacuated.") == [(Mood.OPEN, "feared")]  # no "that"
    assert moods("It is doubtful that the school was evacuated.") == [(Mood.OPEN, "doubtful")]
    # A named believer's belief is still a belief: the sentence reports it, it does not assert what is believed.
    assert moods("Police believed that the school was evacuated.") == [(Mood.OPEN, "believed that")]
    # A trailing condition that says nothing of the truth of what went before leaves it standing.
    text = "They will be sent to the front, if they refuse."
    assert not any(s.first == 0 for s in scopes(tokenize(text), text))


def test_if_previously_then_now_asserts_the_past_to_a_claim_of_the_past_only() -> None:
    text = "If previously the school was evacuated every winter, now it stays open."
    assert stance(text) is Mood.OPEN  # "the school was evacuated": said of the past, not of now
    assert stance(text, "the school used to be evacuated") is Mood.ASSERTED
    assert stance(text, "the school was once evacuated") is Mood.ASSERTED
    # A plain condition, or a question about the past, stays open for any claim.
    assert stance("If the school was evacuated, lessons stopped.", "the school was once evacuated") is Mood.OPEN
    assert stance("Parents asked if previously the school was evacuated, and now it is not.",
                  "the school was once evacuated") is Mood.OPEN


def test_no_evidence_reaches_past_an_intensifier_or_to_the_report_it_is_for() -> None:
    assert stance("There is no evidence whatsoever that the school was evacuated.") is Mood.OPEN
    assert stance("Fact-checkers found no basis for the claim that the school was evacuated.") is Mood.OPEN
    assert stance("There is no evidence for the new rules, and the school was evacuated.") is Mood.ASSERTED
    # a clause with no "that"
    assert stance("Officials said there was no evidence the school was evacuated.") is Mood.OPEN


def test_if_after_a_copula_asks_and_an_inverted_condition_is_a_condition() -> None:
    assert stance("The key question is if the school, like others, was evacuated.") is Mood.OPEN
    assert stance("Had the school been evacuated, nobody would have been hurt.") is Mood.OPEN
    assert stance("Had the school been evacuated?") is Mood.OPEN  # a question, read as one
    assert stance("The school had been evacuated.") is Mood.ASSERTED


def test_a_condition_opens_with_any_subordinator_of_a_condition() -> None:
    for sentence in ("Provided the school was evacuated, nobody was hurt.",
                     "As long as the school was evacuated, the pupils are safe.",
                     "In case the school was evacuated, buses are waiting.",
                     "In the event that the school was evacuated, buses are waiting."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("The school was evacuated for as long as 10 days.", "In case of fire the school was evacuated.",
                     "In the event of fire the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_if_after_a_form_of_a_verb_of_knowing_asks() -> None:
    assert stance("It is not known if the school, like others, was evacuated.") is Mood.OPEN
    # a verb of thinking or seeing (WordNet's files), or a verb with "out", asks too: past the comma
    assert stance("Inspectors checked if, after the alarm, the school was evacuated.") is Mood.OPEN
    assert stance("Parents want to find out if, after the alarm, the school was evacuated.") is Mood.OPEN
    text = "They will come if it rains, and the school was evacuated."
    assert [s.last for s in scopes(tokenize(text), text)] == [5]  # a condition still ends at its comma


def test_a_condition_that_opens_the_sentence_runs_to_its_main_clause_whatever_commas_it_holds() -> None:
    for sentence in ("If the school, like others nearby, was evacuated, lessons will stop.",
                     "Provided the school, as reported, was evacuated, nobody was hurt.",
                     "Had the school, which is old, been evacuated, nobody would have been hurt."):
        assert stance(sentence) is Mood.OPEN, sentence
    # Its main clause is said on the condition: only a claim that carries the condition itself may take it.
    assert stance("If pupils stayed, the school was evacuated.", "the school was evacuated") is Mood.OPEN
    assert stance("If pupils stayed, the school was evacuated.", "the school was evacuated if pupils stayed") \
        is Mood.ASSERTED
    assert stance("Assuming reports are correct, the school was evacuated.") is Mood.OPEN


def test_an_impersonal_report_or_belief_is_hearsay() -> None:
    for sentence in ("It is said that the school was evacuated.",
                     "It has been claimed, without evidence, that the school was evacuated.",
                     "It was reported that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("Police said that the school was evacuated.") is Mood.ASSERTED  # whose word it is: named


def test_nothing_confirmed_after_the_clause_leaves_it_open() -> None:
    assert stance("There are signs the school was evacuated, though nothing is confirmed.") is Mood.OPEN


def test_an_inverted_condition_may_open_with_a_bare_noun() -> None:
    assert stance("Should reports prove accurate, the school was evacuated.") is Mood.OPEN
    assert stance("Presumably, the school was evacuated.") is Mood.OPEN


def test_an_impersonal_passive_of_any_verb_of_saying_or_thinking_is_hearsay_unless_it_vouches() -> None:
    for sentence in ("It is understood that the school was evacuated.",
                     "It has been announced that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("It is known that the school was evacuated.", "It should be noted that the school was evacuated.",
                     "It was confirmed that the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_claim_carries_a_condition_only_by_its_verbs() -> None:
    sentence = "Unless officials are mistaken, after the war, the old school near the river was evacuated."
    claim = "after the war the old school near the river was evacuated"
    assert stance(sentence, claim) is Mood.OPEN  # the claim's "after the war" is no condition
    assert stance("If pupils stayed, the school was evacuated.", "the school was evacuated if pupils stayed") \
        is Mood.ASSERTED


def test_evidence_negated_by_not_leaves_it_open() -> None:
    assert moods("There is not a shred of evidence that the school was evacuated.") == [
        (Mood.OPEN, "not a shred of evidence that")]
    assert stance("Police did not find evidence that the school was evacuated.") is Mood.OPEN
    assert stance("Police didn't find evidence that the school was evacuated.") is Mood.OPEN


def test_an_impersonal_passive_has_only_adverbs_between_its_be_and_its_participle() -> None:
    for sentence in ("It is now understood that the school was evacuated.",
                     "It is also believed that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("It is clear officials decided that the school was evacuated.",
                     "It is clear, officials said, that the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_hearsay_adverb_and_its_wordnet_synonyms_leave_the_clause_open() -> None:
    from corroborate import lexicon
    from corroborate.matching.hedges import HEARSAY_ADVERBS, OPEN_CUES

    for adverb in HEARSAY_ADVERBS:
        entry = lexicon.lookup(adverb)
        assert entry is not None and {w for w in entry.synonyms if w.endswith("ly")} <= OPEN_CUES, adverb
    for sentence in ("Apparently, the school was evacuated.", "Purportedly, the school was evacuated.",
                     "Reportedly, the school was evacuated.",
                     "The school was seemingly evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence


def test_an_impersonal_passive_is_read_past_a_phrase_of_place_before_its_that() -> None:
    assert stance("It was whispered in the corridors that the school was evacuated.") is Mood.OPEN
    assert stance("It was confirmed at the meeting that the school was evacuated.") is Mood.ASSERTED  # it vouches


def test_an_attribution_to_one_of_several_versions_is_not_an_assertion() -> None:
    for sentence in ("According to one account, the school was evacuated.",
                     "The school was evacuated, according to some reports."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("According to police, the school was evacuated.",  # an attribution the source relays
                     "According to some officials, the school was evacuated.",  # people, not versions
                     "According to the report, the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_an_attribution_to_a_source_that_names_no_one_is_not_an_assertion() -> None:
    for sentence in ("According to an unnamed source, the school was evacuated.",
                     "The school was evacuated, according to anonymous officials."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("According to a council spokesman, the school was evacuated.") is Mood.ASSERTED


def test_an_impersonal_report_is_read_past_a_phrase_of_manner_before_its_that() -> None:
    assert stance("It cannot yet be said with certainty that in 2008 the old school on the hill that the council "
                  "ran was evacuated.", "school was evacuated") is Mood.OPEN
    assert stance("The ministry claimed without evidence that the school was evacuated.") is Mood.OPEN


def test_a_contracted_impersonal_report_leaves_it_open() -> None:
    assert stance("It's being said that the school was evacuated.") is Mood.OPEN


def test_an_opening_phrase_that_awaits_confirmation_leaves_the_rest_open() -> None:
    assert stance("Pending confirmation, the school was evacuated.") is Mood.OPEN
    assert stance("Subject to confirmation, the school was evacuated.") is Mood.OPEN
    assert stance("Given the evidence, the school was evacuated.") is Mood.ASSERTED
    assert stance("It is believed by some that the school was evacuated.") is Mood.OPEN
    assert stance("There is no independent confirmation that the school was evacuated.") is Mood.OPEN


def test_a_report_judged_after_its_clause_by_an_open_predicate_or_an_unconfirming_one_is_open() -> None:
    assert stance("The evidence that the school was evacuated remains inconclusive.") is Mood.OPEN
    assert stance("Earlier suggestions that the school was evacuated could not be replicated.") is Mood.OPEN
    assert stance("The evidence that the school was evacuated is conclusive.") is Mood.ASSERTED


def test_an_unconfirmed_this_that_opens_the_sentence_points_forward_past_the_contrast() -> None:
    assert stance("This could not be independently verified, but the school was evacuated.") is Mood.OPEN
    assert stance("The school was evacuated, but this has not been confirmed.") is Mood.OPEN


def test_if_after_a_negated_veridical_predicate_asks_to_the_clauses_end() -> None:
    assert stance("It is not clear if, after the storm, the school was evacuated.") is Mood.OPEN
    assert stance("The rules are clear if you read them, and the school was evacuated.") is Mood.ASSERTED


def test_a_modal_over_a_predicate_of_truth_leaves_the_clause_before_it_open() -> None:
    for sentence in ("Experts warned that the school was evacuated could be the case.",
                     "That the school was evacuated may well be true.",
                     "The school was evacuated might be so, the council said."):
        assert stance(sentence) is Mood.OPEN, sentence
    # a noun phrase that goes on is no predicate of truth
    assert stance("The school was evacuated; he could be the case officer.") is Mood.ASSERTED


def test_no_sign_of_a_thing_leaves_the_thing_open() -> None:
    assert stance("Divers found no sign of the school being evacuated.") is Mood.OPEN
    assert moods("The coastguard said there was no sign of fuel leaking from the ship.") == [
        (Mood.OPEN, "no sign of")]
    assert stance("There was no sign of panic after the school was evacuated, but parents gathered outside.",
                  ) is Mood.ASSERTED  # ("of panic" is all it leaves open)


def test_could_before_a_verb_says_it_is_possible_to_its_clauses_end() -> None:
    assert stance("Officials warned that the school could be evacuated on Wednesday.") is Mood.OPEN
    assert moods("The deal needs the approval of the regulator, which could open an investigation.") == [
        (Mood.OPEN, "could")]
    # not "could not" (a negation), "could see that" (what was seen), nor past the comma of its clause
    assert moods("Firefighters could not reach the school.") == []
    assert stance("Parents could see that the school was evacuated.") is Mood.ASSERTED
    assert stance("Although the head could have kept it open, the school was evacuated.") is Mood.ASSERTED


def test_what_a_clause_in_the_past_after_asked_tells_is_so() -> None:
    sentence = "The service has asked donors to book appointments urgently after stocks fell to three days' supply."
    assert stance(sentence, "book appointments") is Mood.OPEN
    assert stance(sentence, "stocks fell three days supply") is Mood.ASSERTED
    assert stance("Police asked residents if they had seen the van.", "seen the van") is Mood.OPEN
