from corroborate.matching.polarity import Mood, claim_cues, scopes, stance_of
from corroborate.text import tokenize


def stance(sentence: str, claim: str = "the school was evacuated") -> Mood:
    tokens = tokenize(sentence)
    words = {w.lower() for w in claim.split()}
    positions = [i for i, t in enumerate(tokens) if t.surface.lower() in words and t.is_content]
    verbs = [i for i in positions if tokens[i].surface.lower() == "evacuated"]
    claim_tokens = tokenize(claim)
    return stance_of(scopes(tokens, sentence), positions, claim_cues(claim_tokens, claim), verbs).mood


def test_a_denied_proposition_is_denied() -> None:
    assert stance("The spokesman denied that the school was evacuated.") is Mood.DENIED
    assert stance("Officials rejected reports that the school was evacuated.") is Mood.DENIED
    assert stance("Reports that the school was evacuated turned out to be wrong.") is Mood.DENIED


def test_hedges_questions_and_conditions_leave_it_open() -> None:
    for sentence in ("It is unclear whether the school was evacuated.", "Some asked whether the school was evacuated.",
                     "The school may have been evacuated.", "If the school was evacuated, nobody said so.",
                     "Was the school evacuated?"):
        assert stance(sentence) is Mood.OPEN, sentence


def test_plain_statements_and_the_month_may_are_asserted() -> None:
    assert stance("The school was evacuated at noon.") is Mood.ASSERTED
    assert stance("In May the school was evacuated.") is Mood.ASSERTED
    assert stance("The court rejected the appeal, and the school was evacuated.") is Mood.ASSERTED


def test_a_falsity_word_denies_only_what_it_is_said_of() -> None:
    assert stance("Reports that the school was evacuated proved unfounded.") is Mood.DENIED
    assert stance("Inspectors found nothing wrong after the school was evacuated.") is Mood.ASSERTED


def test_a_denial_ends_with_its_clause() -> None:
    assert stance("The spokesman denied that the mayor resigned, but the school was evacuated.") is Mood.ASSERTED


def test_the_claims_own_cue_does_not_count() -> None:
    claim = "officials denied that the school was evacuated"
    assert stance("Officials denied that the school was evacuated.", claim) is Mood.ASSERTED
    # in another form of the same word: "tries to" in the claim, "try to" in the passage
    assert stance("The school boards try to have the school evacuated.",
                  "the school boards tries to have the school evacuated") is Mood.ASSERTED
    assert stance("The school boards try to have the school evacuated.") is Mood.OPEN


def test_implicative_verbs_carry_polarity() -> None:
    tokens = tokenize("The firm failed to evacuate the school.")
    assert [s.mood for s in scopes(tokens, "The firm failed to evacuate the school.")] == [Mood.DENIED]
    tokens = tokenize("The firm tried to evacuate the school.")
    assert [s.mood for s in scopes(tokens, "The firm tried to evacuate the school.")] == [Mood.OPEN]
    tokens = tokenize("The firm managed to evacuate the school.")
    assert scopes(tokens, "The firm managed to evacuate the school.") == []


def _moods(text: str) -> list[tuple[Mood, str]]:
    return [(s.mood, s.cue) for s in scopes(tokenize(text), text)]


def test_a_falsity_word_before_that_denies_the_clause_after_it() -> None:
    for text, cue in (("It is not true that the school was evacuated.", "not true"),
                      ("A spokesperson said it was untrue that the school was evacuated.", "untrue"),
                      ("It is not the case that the school was evacuated.", "not the case"),
                      ("There is no truth to reports that the school was evacuated.", "no truth")):
        [(mood, found)] = _moods(text)
        assert (mood, found) == (Mood.DENIED, cue), text
    stance = stance_of(scopes(tokenize("It is not true that the school was evacuated."),
                              "It is not true that the school was evacuated."), [6, 7, 8], frozenset())
    assert stance.mood is Mood.DENIED


def test_no_evidence_and_an_unconfirmed_report_leave_it_open() -> None:
    assert _moods("Investigators found no evidence that the school was evacuated.") == [
        (Mood.OPEN, "no evidence that")]
    assert _moods("It has not been confirmed that the school was evacuated.") == [(Mood.OPEN, "not been confirmed")]
    text = "The school was evacuated, although this could not be independently verified."
    [scope] = scopes(tokenize(text), text)
    assert scope.mood is Mood.OPEN and scope.covers(1) and scope.covers(3)  # the clause "this" takes up
    assert _moods("The results were confirmed by a second laboratory.") == []


def test_if_after_a_verb_of_asking_is_a_question_to_the_end_of_its_clause() -> None:
    text = "Nobody could say if the school was evacuated, officials said."
    [scope] = scopes(tokenize(text), text)
    assert scope.last == len(tokenize(text)) - 1
    text = "They will be sent to the front if they refuse, officials said."
    [scope] = scopes(tokenize(text), text)  # a condition ends at its comma
    assert scope.last == 9


def test_a_claim_open_in_one_way_is_matched_only_by_a_passage_open_the_same_way() -> None:
    from corroborate.matching.polarity import cue_kind

    assert cue_kind("try to") == cue_kind("attempting to") == "attempt"
    assert cue_kind("wondered") == cue_kind("whether") == cue_kind("a question") == "question"
    assert cue_kind("unclear") == "doubt" != cue_kind("if")


def test_a_trailing_phrase_or_an_impersonal_belief_leaves_the_clause_open() -> None:
    for text in ("The school was evacuated, according to unconfirmed reports.",
                 "The school was evacuated, if the reports are true."):
        assert any(s.mood is Mood.OPEN and s.first == 0 and s.covers(3) for s in scopes(tokenize(text), text)), text
    assert _moods("It is believed that the school was evacuated.") == [(Mood.OPEN, "believed that")]
    assert _moods("It is doubtful that the school was evacuated.") == [(Mood.OPEN, "doubtful")]
    # A named believer's belief is still a belief: the sentence reports it, it does not assert what is believed.
    assert _moods("Police believed that the school was evacuated.") == [(Mood.OPEN, "believed that")]
    # A trailing condition that says nothing of the truth of what went before leaves it standing.
    text = "They will be sent to the front, if they refuse."
    assert not any(s.first == 0 for s in scopes(tokenize(text), text))


def test_a_denial_after_a_report_judges_the_report() -> None:
    text = "Claims that the school was evacuated have been denied."
    [scope] = scopes(tokenize(text), text)
    assert scope.mood is Mood.DENIED and scope.covers(3) and scope.covers(5)
    assert _moods("The application was rejected by the council.") == []


def test_each_cue_recogniser_finds_its_own_construction_and_no_earlier_one_takes_it() -> None:
    from corroborate.matching import polarity

    examples = {
        polarity._denied_report: ("Claims that the school was evacuated have been denied.", Mood.DENIED),
        polarity._denial: ("Officials denied that the school was evacuated.", Mood.DENIED),
        polarity._contrary_to: ("Contrary to early reports, the school was evacuated.", Mood.DENIED),
        polarity._false_that: ("It is not true that the school was evacuated.", Mood.DENIED),
        polarity._no_truth_to: ("There is no truth to reports that the school was evacuated.", Mood.DENIED),
        polarity._no_evidence_that: ("There is no evidence that the school was evacuated.", Mood.OPEN),
        polarity._not_confirmed_that: ("It has not been confirmed that the school was evacuated.", Mood.OPEN),
        polarity._not_confirmed_before: ("The school was evacuated, but this has not been confirmed.", Mood.OPEN),
        polarity._judged_false: ("Reports that the school was evacuated were false.", Mood.DENIED),
        polarity._believed_that: ("It is believed that the school was evacuated.", Mood.OPEN),
        polarity._judged_by_predicate: ("It is likely that the school was evacuated.", Mood.OPEN),
        polarity._implicative: ("The staff failed to evacuate the school.", Mood.DENIED),
        polarity._open_cue: ("The school may have been evacuated.", Mood.OPEN),
        polarity._inverted_condition: ("Should the school be evacuated, lessons will stop.", Mood.OPEN),
        polarity._condition: ("Provided the school was evacuated, nobody was hurt.", Mood.OPEN),
        polarity._belief: ("Officials fear that the school was evacuated.", Mood.OPEN),
        polarity._not_said_that: ("Police did not say that the school was evacuated.", Mood.OPEN),
        polarity._reported_content: ("Parents gathered amid reports that the school was evacuated.", Mood.OPEN),
    }
    assert set(examples) == set(polarity.RECOGNISERS)
    for recogniser, (text, mood) in examples.items():
        tokens = tokenize(text)
        assert [scope.mood for scope in polarity.scopes(tokens, text)] == [mood], text
        sentence = polarity._Sentence(tokens, text, [t.surface.lower() for t in tokens])
        at = next(i for i in range(len(tokens)) if recogniser(sentence, i) is not None)
        earlier = polarity.RECOGNISERS[: polarity.RECOGNISERS.index(recogniser)]
        assert all(r(sentence, at) is None for r in earlier), text


def test_every_cue_word_of_the_tables_is_a_trigger() -> None:
    from corroborate.matching import polarity

    for table in (polarity.DENIAL_CUES, polarity.DENIAL_OF_REPORTS, polarity.FALSITY, polarity.EVIDENCE,
                  polarity.CONFIRMED, polarity.BELIEVED, polarity.NEGATIVE_IMPLICATIVES, polarity.PREVENTING,
                  polarity.OPEN_BEFORE_TO, polarity.OPEN_CUES):
        assert table <= polarity.TRIGGERS


def test_if_previously_then_now_asserts_the_past_to_a_claim_of_the_past_only() -> None:
    text = "If previously the school was evacuated every winter, now it stays open."
    assert stance(text) is Mood.OPEN  # "the school was evacuated": said of the past, not of now
    assert stance(text, "the school used to be evacuated") is Mood.ASSERTED
    assert stance(text, "the school was once evacuated") is Mood.ASSERTED
    # A plain condition, or a question about the past, stays open for any claim.
    assert stance("If the school was evacuated, lessons stopped.", "the school was once evacuated") is Mood.OPEN
    assert stance("Parents asked if previously the school was evacuated, and now it is not.",
                  "the school was once evacuated") is Mood.OPEN


def test_a_negated_verb_of_saying_or_thinking_leaves_its_clause_open_unless_it_takes_it_as_true() -> None:
    assert _moods("The trust has found nothing to suggest that patient records were stolen.") == [
        (Mood.OPEN, "nothing to suggest that")]
    assert _moods("Nobody has claimed that the fire was started deliberately.") == [
        (Mood.OPEN, "Nobody has claimed that")]
    assert _moods("Police did not say that the man was arrested.") == [(Mood.OPEN, "not say that")]
    assert _moods("Police said that the man was arrested.") == []  # not negated
    assert _moods("He did not know that the bridge had collapsed.") == []  # "know" takes it as true
    assert _moods("The report that was not published said the plan failed.") == []  # a noun before "that"


def test_a_predicate_said_of_the_clause_judges_it() -> None:
    assert stance("It is a myth that the school was evacuated.") is Mood.DENIED
    assert stance("The mayor said it would be wrong to suggest that the school was evacuated.") is Mood.DENIED
    assert stance("It is conceivable that the school was evacuated.") is Mood.OPEN
    assert stance("It could be that the school was evacuated.") is Mood.OPEN
    assert stance("It is not yet certain that the school was evacuated.") is Mood.OPEN
    assert stance("It is clear that the school was evacuated.") is Mood.ASSERTED
    assert stance("It is important to note that the school was evacuated.") is Mood.ASSERTED
    assert stance("It is likely that the school was evacuated.", "it is likely that the school was evacuated") \
        is Mood.ASSERTED  # the claim's own judgement


def test_a_noun_of_falsity_or_an_unproven_report_is_read_as_the_adjective_is() -> None:
    assert stance("The suggestion that the school was evacuated is a fabrication.") is Mood.DENIED
    assert stance("Some said the school was evacuated, though this is unproven.") is Mood.OPEN
    assert stance("The ministry dismissed as nonsense the idea that the school was evacuated.") is Mood.DENIED
    assert stance("The sheep was lying in the field when the school was evacuated.") is Mood.ASSERTED


def test_no_evidence_reaches_past_an_intensifier_or_to_the_report_it_is_for() -> None:
    assert stance("There is no evidence whatsoever that the school was evacuated.") is Mood.OPEN
    assert stance("Fact-checkers found no basis for the claim that the school was evacuated.") is Mood.OPEN
    assert stance("There is no evidence for the new rules, and the school was evacuated.") is Mood.ASSERTED


def test_if_after_a_copula_asks_and_an_inverted_condition_is_a_condition() -> None:
    assert stance("The key question is if the school, like others, was evacuated.") is Mood.OPEN
    assert stance("Had the school been evacuated, nobody would have been hurt.") is Mood.OPEN
    assert stance("Had the school been evacuated?") is Mood.OPEN  # a question, read as one
    assert stance("The school had been evacuated.") is Mood.ASSERTED


def test_what_a_report_or_an_idea_holds_is_not_asserted() -> None:
    for sentence in ("Parents gathered amid reports that the school was evacuated.",
                     "There are fears that the school was evacuated.",
                     "The minister rubbished claims that the school was evacuated.",
                     "He repeated his claim that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("The fact that the school was evacuated surprised nobody.",  # a noun that vouches for it
                     "Officials said in an interview that the school was evacuated.",  # where it was said
                     "The ministry claims that the school was evacuated.",  # "claims" is the verb here
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


def test_a_condition_opens_with_any_subordinator_of_a_condition() -> None:
    for sentence in ("Provided the school was evacuated, nobody was hurt.",
                     "As long as the school was evacuated, the pupils are safe.",
                     "In case the school was evacuated, buses are waiting."):
        assert stance(sentence) is Mood.OPEN, sentence
    for sentence in ("The school was evacuated for as long as 10 days.", "In case of fire the school was evacuated."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_declining_to_tell_leaves_the_matter_open_rather_than_denying_it() -> None:
    assert stance("Officials declined to say whether the school was evacuated.") is Mood.OPEN
    assert stance("The council refused to confirm that the school was evacuated.") is Mood.OPEN
    assert _moods("The staff failed to evacuate the school.") == [(Mood.DENIED, "failed to")]


def test_if_after_a_form_of_a_verb_of_knowing_asks() -> None:
    assert stance("It is not known if the school, like others, was evacuated.") is Mood.OPEN
