"""What someone says, thinks or holds, reported without being asserted."""

from corroborate.matching.cues import Mood

from .conftest import moods, stance


def test_a_negated_verb_of_saying_or_thinking_leaves_its_clause_open_unless_it_takes_it_as_true() -> None:
    assert moods("The trust has found nothing to suggest that patient records were stolen.") == [
        (Mood.OPEN, "nothing to suggest that")]
    assert moods("Nobody has claimed that the fire was started deliberately.") == [
        (Mood.OPEN, "Nobody has claimed that")]
    assert moods("Police did not say that the man was arrested.") == [(Mood.OPEN, "not say that")]
    assert moods("Police said that the man was arrested.") == []  # not negated
    assert moods("He did not know that the bridge had collapsed.") == []  # "know" takes it as true
    assert moods("The report that was not published said the plan failed.") == []  # a noun before "that"


def test_what_a_report_or_an_idea_holds_is_not_asserted() -> None:
    for sentence in ("Parents gathered amid reports that the school was evacuated.",
                     "There are fears that the school was evacuated.",
                     "The minister rubbished claims that the school was evacuated.",
                     "He repeated his claim that the school was evacuated.",
                     # after a verb in -ing that WordNet also lists as a noun of its own
                     "Officials are investigating claims that the school was evacuated.",
                     # past a phrase of place
                     "There were suggestions in the local press that the school was evacuated.",
                     "There are claims on social media that the school was evacuated.",  # a noun, not "claims"
                     "The theory goes that the school was evacuated.",  # "the N goes that X" is "the N is"
                     "Legend has it that the school was evacuated.",  # and so is "the N has it that X"
                     "Word has it that the school was evacuated.",
                     # signs and indications point to it, they do not establish it
                     "Early indications are that the school was evacuated.",
                     "There are signs that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("The company has it that the school was evacuated.") is Mood.ASSERTED  # no noun of content
    for sentence in ("The fact that the school was evacuated surprised nobody.",  # a noun that vouches for it
                     "Officials said in an interview that the school was evacuated.",  # where it was said
                     "The ministry states that the school was evacuated.",  # a verb, not a noun of report
                     "We find that the school was evacuated.",
                     "The report that was published said the school was evacuated.",  # a relative "that"
                     "It is with regret that I say the school was evacuated."):  # a cleft
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_claim_that_tells_of_a_report_asserts_the_report() -> None:
    claim = "reports that the school was evacuated spread quickly"
    assert stance("Reports that the school was evacuated spread quickly.", claim) is Mood.ASSERTED


def test_a_belief_or_an_allegation_is_not_an_assertion() -> None:
    for sentence in ("Officials fear that the school was evacuated.", "Many believe the school was evacuated.",
                     "Critics allege that the school was evacuated.", "He thought the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("As expected, the school was evacuated.",  # no belief, a comparison
                     "She assumed the post when the school was evacuated.",  # "assumed" takes an object
                     "The school was evacuated after it was falsely assumed to be unsafe."):  # a passive
        assert stance(sentence) is Mood.ASSERTED, sentence
    # The claim's own belief, in another form, is no cue against it.
    assert stance("Many believed the school was evacuated.", "many believe the school was evacuated") \
        is Mood.ASSERTED


def test_what_may_come_to_be_is_not_so() -> None:
    assert stance("There is a risk that the school was evacuated.") is Mood.OPEN
    assert stance("There is a real chance that the school was evacuated.") is Mood.OPEN


def test_a_belief_verbs_clause_is_told_by_a_finite_verb_a_little_further_on() -> None:
    assert stance("Some residents believe the old school near the river was evacuated.") is Mood.OPEN
    # a verb of a coordinated phrase is no clause of the belief's ("fear the police and would never protest")
    assert stance("They fear the police and the school was evacuated.") is Mood.ASSERTED


def test_what_a_noun_of_belief_or_chance_is_said_to_be_is_not_asserted() -> None:
    for sentence in ("One theory is that the school was evacuated.", "The hope is that the school was evacuated.",
                     "One possibility is that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("The reality is that the school was evacuated.",  # nouns that take it as so
                     "The problem is that the school was evacuated.", "The irony is that the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_prediction_is_not_an_assertion() -> None:
    assert stance("Analysts predict that the school was evacuated.") is Mood.OPEN
    assert stance("Forecasters had predicted the school was evacuated.") is Mood.OPEN


def test_a_worry_a_suggestion_or_a_chance_is_not_an_assertion() -> None:
    for sentence in ("Residents worry that the school was evacuated.", "Parents worried the school was evacuated.",
                     "Reports suggest the school was evacuated.", "Chances are that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("He regretted that the school was evacuated.") is Mood.ASSERTED  # a factive feeling
    # An infinitive is no one's suggestion: what governs it judges the clause.
    assert stance("It would be wrong to suggest that the school was evacuated.") is Mood.DENIED


def test_an_aside_between_a_belief_verb_and_its_clause_does_not_hide_the_belief() -> None:
    assert moods("Officials believe, after reviewing the footage, that the school was evacuated.") == [
        (Mood.OPEN, "believe that")]
    assert stance("Officials believe, after reviewing the footage, the school was evacuated.") is Mood.OPEN
    assert moods("They fear, and so do we.") == []


def test_a_verb_of_saying_or_thinking_that_does_not_vouch_leaves_its_clause_open() -> None:
    for sentence in ("Insiders hint that the school was evacuated.",
                     "Early reports indicated that the school was evacuated.",
                     "Some have gone so far as to claim that the school was evacuated.",
                     "The ministry claims that the school was evacuated."):  # a claim is what is to be checked
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("Police said that the school was evacuated.", "Officials confirmed that the school was evacuated.",
                     "He argued that the school was evacuated.",  # an assertion, reported: attributed
                     "The claims that were made said the school was evacuated."):  # a relative clause
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_too_soon_to_conclude_is_a_negated_verb_of_thinking() -> None:
    assert moods("Officials say it is too soon to conclude that the school was evacuated.") == [
        (Mood.OPEN, "too soon to conclude that")]
    assert moods("It would be premature to say that the school was evacuated.") == [
        (Mood.OPEN, "premature to say that")]
    assert moods("The head went on to say that the school was evacuated.") == []  # a plain "to say"


def test_a_belief_said_of_someone_is_theirs() -> None:
    assert moods("Officials are said to believe that the school was evacuated.") == [(Mood.OPEN, "believe that")]
    assert stance("They seem to think that the school was evacuated.") is Mood.OPEN


def test_an_adverb_after_the_noun_or_a_seeming_verb_does_not_hide_the_hedge() -> None:
    assert stance("There are fears locally that the school was evacuated.") is Mood.OPEN
    assert moods("Documents appear to show that the school was evacuated.") == [(Mood.OPEN, "appear to show that")]
    assert stance("Witnesses saw that the school was evacuated.") is Mood.ASSERTED  # a verb of perception vouches


def test_a_claim_made_with_a_bare_clause_is_held_out_as_a_belief() -> None:
    assert stance("Unnamed sources claim the school was evacuated.") is Mood.OPEN
    assert stance("The ministry claims that the school was evacuated.") is Mood.OPEN  # (unvouched_that)
    assert stance("He claimed the prize and the school was evacuated.") is Mood.ASSERTED  # an object


def test_a_bare_clause_may_open_on_a_phrase_set_off_by_a_comma() -> None:
    assert stance("Residents fear in the end, the school was evacuated.") is Mood.OPEN
    assert stance("Residents fear the worst, and the school was evacuated.") is Mood.ASSERTED  # an object, then
    # another clause


def test_a_belief_verb_after_an_auxiliary_and_an_adverb_is_the_verb() -> None:
    assert stance("Locals have long suspected that the school was evacuated.") is Mood.OPEN


def test_a_relative_clause_set_off_by_commas_does_not_hide_the_beliefs_clause() -> None:
    assert stance("Analysts believe the mayor, who resigned in May, was forced out.", "the mayor was forced out") \
        is Mood.OPEN
    assert stance("They fear the police, who are armed, and the school was evacuated.") is Mood.ASSERTED


def test_a_bare_clause_may_open_on_a_joined_subject_or_a_name_set_off_by_commas() -> None:
    assert stance("They believed teachers and pupils were evacuated from the school.",
                  "teachers and pupils were evacuated") is Mood.OPEN
    assert stance("Witnesses believed the head teacher, Ann Reid, was evacuated.", "the head teacher was evacuated") \
        is Mood.OPEN
    # "and" before a verb opens another clause: the belief's is an object
    assert stance("Residents fear the police and the school was evacuated.") is Mood.ASSERTED


def test_a_source_named_only_by_what_it_knows_is_anonymous() -> None:
    for sentence in ("People familiar with the matter said the school was evacuated.",
                     "A person briefed on the talks said the school was evacuated.",
                     "Sources close to the board say the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    # a named category of speaker stays named
    assert stance("Officials familiar with the matter said the school was evacuated.") is Mood.ASSERTED


def test_what_an_unnamed_some_say_is_hearsay() -> None:
    for sentence in ("Some maintain that the school was evacuated.", "Others have said that the school was evacuated.",
                     "Many argue that the school was evacuated.", "Some say the school was evacuated.",
                     # a verb of thinking that WordNet's corpus never saw as one, after its bare quantifier
                     "Some theorise that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("Some officials said that the school was evacuated.",  # someone named
                     "Officials maintain that the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_telling_of_nothing_leaves_what_it_is_about_open() -> None:
    assert moods("Hauliers said they had been told nothing about when loading would restart.") == [
        (Mood.OPEN, "told nothing about")]
    assert moods("Officials knew virtually nothing about the evacuation of the school.") == [
        (Mood.OPEN, "knew virtually nothing about")]
    # not after a word that tells nothing, nor before a word that says what it is about
    assert moods("Nothing about the school was evacuated.") == []
    assert moods("Police found nothing to suggest the school was evacuated.") == []


def test_a_noun_of_what_is_held_keeps_its_clause_open_past_a_modifier_or_a_verb_of_saying() -> None:
    assert stance("There is a lingering suspicion among residents that the school was evacuated.") is Mood.OPEN
    assert stance("Local reports hint at the possibility that the school was evacuated.") is Mood.OPEN
    assert stance("The head said in an interview that the school was evacuated.") is Mood.ASSERTED


def test_what_a_theory_holds_or_word_on_the_street_is_is_no_assertion() -> None:
    assert stance("A popular theory holds that the school was evacuated.") is Mood.OPEN
    assert stance("Word on the street is that the school was evacuated.") is Mood.OPEN
    assert stance("The court held that the school was evacuated.") is Mood.ASSERTED
    assert stance("The fact on the ground is that the school was evacuated.") is Mood.ASSERTED


def test_reports_nobody_is_named_for_and_the_head_of_a_long_subject_hold_their_clause() -> None:
    assert stance("Reports say the school was evacuated.") is Mood.OPEN
    assert stance("Unconfirmed reports say that the school was evacuated.") is Mood.OPEN
    assert stance("Police reports say the school was evacuated.") is Mood.ASSERTED
    assert stance("The school was evacuated, sources say.") is Mood.OPEN
    assert stance("Police sources say the school was evacuated.") is Mood.ASSERTED
    assert stance("A theory doing the rounds is that the school was evacuated.") is Mood.OPEN
    assert stance("The problem facing the council is that the school was evacuated.") is Mood.ASSERTED


def test_a_verbs_forms_are_spelled_as_english_spells_them() -> None:
    from corroborate.matching.reports import forms

    assert forms("push") == {"push", "pushes", "pushed", "pushing"}
    assert forms("worry") == {"worry", "worries", "worried", "worrying"}
    assert forms("beg") == {"beg", "begs", "begged", "begging"}  # (not "being")
    assert forms("believe") == {"believe", "believes", "believed", "believing"}
    assert "thought" in forms("think")


def test_what_purports_to_show_it_only_seems_to() -> None:
    assert stance("Footage purporting to show that the school was evacuated was shared online.") is Mood.OPEN


def test_that_after_a_preposition_opens_no_reported_clause() -> None:
    assert moods("Negotiations throughout that night between the leaders proved fruitless.") == []  # a determiner
    assert moods("There were reports in the local press that the bridge had collapsed.") == [
        (Mood.OPEN, "reports in the local press that")]
