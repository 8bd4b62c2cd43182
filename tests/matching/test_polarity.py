import shutil
from pathlib import Path

from corroborate.matching.matcher import Matcher
from corroborate.matching.polarity import Mood, scopes
from corroborate.sources import load_corpus
from corroborate.text import tokenize

from .conftest import candidates_in, stance

NEWSDESK = Path(__file__).resolve().parents[1] / "fixtures" / "newsdesk" / "sources"


def test_plain_statements_and_the_month_may_are_asserted() -> None:
    assert stance("The school was evacuated at noon.") is Mood.ASSERTED
    assert stance("In May the school was evacuated.") is Mood.ASSERTED
    assert stance("The court rejected the appeal, and the school was evacuated.") is Mood.ASSERTED


def test_the_claims_own_cue_does_not_count() -> None:
    claim = "officials denied that the school was evacuated"
    assert stance("Officials denied that the school was evacuated.", claim) is Mood.ASSERTED
    # in another form of the same word: "tries to" in the claim, "try to" in the passage
    assert stance("The school boards try to have the school evacuated.",
                  "the school boards tries to have the school evacuated") is Mood.ASSERTED
    assert stance("The school boards try to have the school evacuated.") is Mood.OPEN


def test_a_claim_open_in_one_way_is_matched_only_by_a_passage_open_the_same_way() -> None:
    from corroborate.matching.polarity import cue_kind

    assert cue_kind("try to") == cue_kind("attempting to") == "attempt"
    assert cue_kind("wondered") == cue_kind("whether") == cue_kind("a question") == "question"
    assert cue_kind("unclear") == "doubt" != cue_kind("if")
    assert cue_kind("apparently") == cue_kind("allegedly") == cue_kind("rumours") == "speculation"  # hearsay
    # what someone says or thinks is no doubt: "accepted that X" is not matched by "no evidence that X"
    assert cue_kind("accepted that") == cue_kind("admitted that") == cue_kind("believes that") == "report"
    assert cue_kind("no evidence that") == "doubt"


def test_a_claim_that_someone_accepted_x_is_not_supported_by_their_saying_there_is_no_evidence_of_x(
        tmp_path: Path) -> None:
    shutil.copy(NEWSDESK / "algae_lake.txt", tmp_path)
    m = Matcher(load_corpus(tmp_path))
    accepted = candidates_in(m, "The farmers' union accepted that local farms were to blame for the bloom.", "algae")
    assert accepted and not any(c.stance == "supports" for c in accepted)
    said = candidates_in(m, "The farmers' union said there was no evidence that local farms were to blame.", "algae")
    assert said[0].stance == "supports"


def test_each_cue_recogniser_finds_its_own_construction_and_no_earlier_one_takes_it() -> None:
    from corroborate.matching import (
        denials,
        hedges,
        implicatives,
        infinitives,
        polarity,
        predicates,
        reports,
    )
    from corroborate.matching.cues import CueSentence

    examples = {
        denials.denied_report: ("Claims that the school was evacuated have been denied.", Mood.DENIED),
        denials.denial: ("Officials denied that the school was evacuated.", Mood.DENIED),
        denials.contrary_to: ("Contrary to early reports, the school was evacuated.", Mood.DENIED),
        denials.false_that: ("It is not true that the school was evacuated.", Mood.DENIED),
        denials.no_truth_to: ("There is no truth to reports that the school was evacuated.", Mood.DENIED),
        hedges.no_evidence_that: ("There is no evidence that the school was evacuated.", Mood.OPEN),
        hedges.awaiting_confirmation: ("Pending confirmation, the school was evacuated.", Mood.OPEN),
        hedges.judged_report: ("The evidence that the school was evacuated remains inconclusive.", Mood.OPEN),
        hedges.not_confirmed_that: ("It has not been confirmed that the school was evacuated.", Mood.OPEN),
        hedges.unconfirmed_teller: ("A report that has not been verified said the school was evacuated.", Mood.OPEN),
        hedges.not_confirmed_before: ("The school was evacuated, but this has not been confirmed.", Mood.OPEN),
        denials.judged_false: ("Reports that the school was evacuated were false.", Mood.DENIED),
        denials.called_false: ("The mayor branded as false reports that the school was evacuated.", Mood.DENIED),
        hedges.believed_that: ("It is believed that the school was evacuated.", Mood.OPEN),
        predicates.judged_by_predicate: ("It is likely that the school was evacuated.", Mood.OPEN),
        implicatives.implicative: ("The staff failed to evacuate the school.", Mood.DENIED),
        implicatives.held_out: ("Parents were threatened with the evacuation of the school.", Mood.OPEN),
        implicatives.intended: ("The head proposed evacuating the school.", Mood.OPEN),
        hedges.truth_in_doubt: ("That the school was evacuated may well be true.", Mood.OPEN),
        hedges.open_cue: ("The school may have been evacuated.", Mood.OPEN),
        hedges.possibility: ("Officials said the school could be evacuated.", Mood.OPEN),
        hedges.inverted_condition: ("Should the school be evacuated, lessons will stop.", Mood.OPEN),
        hedges.condition: ("Provided the school was evacuated, nobody was hurt.", Mood.OPEN),
        reports.belief: ("Officials fear that the school was evacuated.", Mood.OPEN),
        predicates.weighed_by_adverb: ("Conceivably, the school was evacuated.", Mood.OPEN),
        predicates.judged_subject: ("An evacuation of the school was unlikely.", Mood.OPEN),
        reports.not_said_that: ("Police did not say that the school was evacuated.", Mood.OPEN),
        reports.told_nothing_about: ("Parents were told nothing about the evacuation of the school.", Mood.OPEN),
        reports.reported_content: ("Parents gathered amid reports that the school was evacuated.", Mood.OPEN),
        hedges.impersonal_that: ("It is understood that the school was evacuated.", Mood.OPEN),
        reports.unvouched_that: ("Insiders hint that the school was evacuated.", Mood.OPEN),
        hedges.indefinite_attribution: ("According to one account, the school was evacuated.", Mood.OPEN),
        infinitives.unrealised: ("The head was given an hour to evacuate the school.", Mood.OPEN),
    }
    assert set(examples) == set(polarity.RECOGNISERS)
    for recogniser, (text, mood) in examples.items():
        tokens = tokenize(text)
        found = [scope.mood for scope in polarity.scopes(tokens, text) if scope.carried_by is None]
        assert found == [mood], text  # (the main clause of a condition is a scope of its own)
        sentence = CueSentence(tokens, text, [t.surface.lower() for t in tokens])
        at = next(i for i in range(len(tokens)) if recogniser(sentence, i) is not None)
        earlier = polarity.RECOGNISERS[: polarity.RECOGNISERS.index(recogniser)]
        assert all(r(sentence, at) is None for r in earlier), text


def test_every_cue_word_of_the_tables_is_a_trigger() -> None:
    from corroborate.matching import polarity

    for table in (polarity.DENIAL_CUES, polarity.DENIAL_OF_REPORTS, polarity.FALSITY, polarity.EVIDENCE,
                  polarity.CONFIRMED, polarity.BELIEVED, polarity.NEGATIVE_IMPLICATIVES, polarity.PREVENTING,
                  polarity.OPEN_BEFORE_TO, polarity.OPEN_CUES):
        assert table <= polarity.TRIGGERS


def test_a_report_stays_a_report_when_what_follows_it_is_denied() -> None:
    # the denial is of the testing or the confirming, not of the theory or the claims: X is still not asserted
    for sentence in ("The theory that the school was evacuated has yet to be tested.",
                     "Claims that the school was evacuated have yet to be confirmed."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("Claims that the school was evacuated have been denied.") is Mood.DENIED


def test_a_claims_own_previously_must_bear_on_the_claims_words() -> None:
    from corroborate.matching.polarity import claim_cues, former_elsewhere, scopes

    text = ("If previously a Russian passport was a privilege for a migrant, now a Russian passport has begun to "
            "pose a mortal threat to its owner.")
    tokens = tokenize(text)
    at = {t.surface: i for i, t in enumerate(tokens)}

    def said(claim: str, words: list[str]) -> str | None:
        return former_elsewhere(scopes(tokens, text), sorted(at[w] for w in words),
                                claim_cues(tokenize(claim), claim))

    assert said("Previously, a Russian passport was a mortal threat.",
                ["previously", "passport", "mortal", "threat"]) == "previously"
    assert said("Previously, a Russian passport was a privilege for a migrant.",
                ["previously", "passport", "privilege", "migrant"]) is None
    assert said("A Russian passport is a mortal threat.", ["passport", "mortal", "threat"]) is None  # no own cue


def test_no_cue_word_breaks_the_reading_of_a_sentence_that_ends_after_it() -> None:
    # "The company declined to comment." ended the sentence where a recogniser looked for the clause after it
    from corroborate.matching import predicates
    from corroborate.matching.polarity import TRIGGERS

    for word in sorted(TRIGGERS | predicates.trigger_words()):
        for head in ("Officials ", "", "It was "):
            for tail in ("", " to", " to comment", " that", " whether", " if", " of", " with", " from", " not", ","):
                text = f"{head}{word}{tail}."
                scopes(tokenize(text), text)  # must not raise


def test_a_conditions_main_clause_holds_its_own_clause_of_time_and_fronted_phrase() -> None:
    from corroborate.matching.polarity import Mood, scopes, stance_of
    from corroborate.text import tokenize

    def mood(text: str, claim_words: set[str]) -> Mood:
        tokens = tokenize(text)
        positions = [i for i, t in enumerate(tokens) if t.surface.lower() in claim_words]
        return stance_of(scopes(tokens, text), positions, frozenset(), []).mood

    # "when the settlement was reached" is the main clause's, not the condition's: a claim that has it does not
    # carry the condition, and the main clause stays open.
    text = ("Assuming reports are correct, when the settlement was reached, the orphans agreed to drop any further "
            "legal action.")
    assert mood(text, {"settlement", "reached", "orphans", "agreed", "drop", "legal", "action"}) is Mood.OPEN
    text = "If the witnesses are right, back in 2007, the message was the same."  # (a condition with no verb read)
    assert mood(text, {"2007", "message", "same"}) is Mood.OPEN
    # A claim that carries the condition says what the passage says.
    assert mood("If you don't sign, you'll be sent to solitary confinement.", {"sign", "sent", "solitary",
                                                                                "confinement"}) is Mood.ASSERTED


def test_a_claim_that_tells_of_advice_is_supported_by_the_advice_in_another_order(tmp_path: Path) -> None:
    (tmp_path / "agency.txt").write_text("The agency said wolves pose very little risk to people, but advised walkers "
                                         "to keep dogs on a lead.", encoding="utf-8")
    m = Matcher(load_corpus(tmp_path))
    assert candidates_in(m, "Walkers have been advised to keep dogs on a lead.", "agency")[0].stance == "supports"
    assert candidates_in(m, "Walkers keep dogs on a lead.", "agency")[0].stance is None
