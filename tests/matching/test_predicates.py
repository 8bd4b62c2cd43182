from corroborate.matching.cues import Mood
from corroborate.matching.predicates import Judgement, judged, kind_of

from .conftest import stance


def _judgement(text: str) -> Judgement | None:
    words = text.lower().rstrip(".").split()
    found = judged(words, words.index("that"))
    return found.judgement if found is not None else None


def test_each_kind_of_predicate_judges_the_clause_its_own_way() -> None:
    assert _judgement("It is likely that prices rose.") is Judgement.OPEN  # epistemic
    assert _judgement("It is essential that prices rise.") is Judgement.OPEN  # deontic
    assert _judgement("It is false that prices rose.") is Judgement.FALSE
    assert _judgement("It is a myth that prices rose.") is Judgement.FALSE
    assert _judgement("It is a misconception that prices rose.") is Judgement.FALSE
    assert _judgement("It is not clear that prices rose.") is Judgement.OPEN  # veridical, negated
    assert _judgement("It is clear that prices rose.") is None  # veridical: asserted
    assert _judgement("It is significant that prices rose.") is None  # factive, though WordNet's "important"


def test_a_predicate_said_of_telling_judges_the_telling() -> None:
    assert _judgement("It would be wrong to say that prices rose.") is Judgement.FALSE
    assert _judgement("It is important to note that prices rose.") is None


def test_wordnet_widens_each_class() -> None:
    assert "epistemic" in kind_of("probable")  # a synonym of "likely"
    assert "falsity" in kind_of("fabrication")  # a synonym of "fiction"
    assert kind_of("like") == frozenset()  # words, not stems: "likely" does not take in "like"


def test_only_an_it_or_this_before_the_copula_makes_the_shape() -> None:
    assert _judgement("The report is likely that prices rose.") is None
    assert _judgement("The data show that prices rose.") is None
    assert _judgement("It could be that prices rose.") is Judgement.OPEN
    # a modal before "be that" leaves the clause open whatever the subject
    assert _judgement("One explanation could be that prices rose.") is Judgement.OPEN
    # and "it" with its predicate after a verb is the shape too: a small clause
    assert _judgement("Officials consider it possible that prices rose.") is Judgement.OPEN
    assert _judgement("They made it clear that prices rose.") is None


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


def test_the_adverb_of_an_epistemic_predicate_leaves_its_clause_open() -> None:
    from corroborate.matching.predicates import epistemic_adverb

    assert stance("Conceivably, the school was evacuated.") is Mood.OPEN
    assert stance("The school was probably evacuated.") is Mood.OPEN
    assert stance("In all likelihood, the school was evacuated.") is Mood.OPEN  # the phrase of its noun
    assert stance("The school was evacuated, in all probability.") is Mood.OPEN  # and after the clause
    assert epistemic_adverb("arguably") and not epistemic_adverb("likely") and not epistemic_adverb("clearly")
    # an adjective WordNet gives as a synonym of an epistemic one, in one of its senses ("tentative": doubtful)
    assert stance("Researchers tentatively conclude that the school was evacuated.") is Mood.OPEN
    assert epistemic_adverb("tentatively") and epistemic_adverb("dubiously")
    assert not epistemic_adverb("marvelously")  # WordNet's "improbable" for "marvelous": a negation, weighs nothing


def test_it_seems_and_far_from_certain_leave_the_clause_open() -> None:
    for sentence in ("It seems that the school was evacuated.", "It would appear that the school was evacuated.",
                     "It is far from certain that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("It is certain that the school was evacuated.") is Mood.ASSERTED


def test_a_predicate_judges_its_clause_past_an_aside() -> None:
    assert stance("It is untrue, the company said, that the school was evacuated.") is Mood.DENIED
    assert stance("It is clear, officials said, that the school was evacuated.") is Mood.ASSERTED


def test_anyone_may_be_unsure_and_a_contracted_negation_counts() -> None:
    for sentence in ("We cannot be certain that the school was evacuated.",
                     "Officials are not sure that the school was evacuated.",
                     "It isn't clear that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("Officials are sure that the school was evacuated.") is Mood.ASSERTED
    assert stance("It wasn't true that the school was evacuated.") is Mood.DENIED


def test_a_veridical_predicate_negated_by_its_prefix_leaves_the_clause_open() -> None:
    assert stance("It remains unproven that the school was evacuated.") is Mood.OPEN
    assert stance("It is indisputable that the school was evacuated.") is Mood.ASSERTED


def test_a_small_clause_may_hold_a_noun_with_its_article() -> None:
    from .conftest import moods  # (this module's others read words alone)

    assert moods("The minister's office called it a fabrication that the school was evacuated.") == [
        (Mood.DENIED, "fabrication that")]


def test_a_predicate_is_read_past_a_negation_by_no_and_past_an_aside_in_dashes() -> None:
    assert stance("It is by no means certain that the school was evacuated.") is Mood.OPEN
    assert stance("It is untrue — as the ministry has pointed out — that the school was evacuated.") is Mood.DENIED


def test_disinformation_is_a_word_of_falsity() -> None:
    assert stance("The Kremlin called it disinformation that the school was evacuated.") is Mood.DENIED


def test_an_epistemic_predicate_said_of_a_noun_phrase_leaves_what_it_names_open() -> None:
    from corroborate.matching.polarity import scopes
    from corroborate.text import tokenize

    def opened(text: str) -> list[str]:
        tokens = tokenize(text)
        return [" ".join(t.surface for t in tokens[s.first : s.last + 1]) for s in scopes(tokens, text)
                if s.mood is Mood.OPEN]

    assert opened("The agency said a recommendation was unlikely before next year.") == ["a recommendation"]
    assert opened("A cut in interest rates is likely in July.") == ["A cut in interest rates"]
    # the phrase ends at a comma or a word that opens a clause, and "it is likely" points ahead to its "that"
    assert opened("Prisoners are sent to the front lines, where survival is unlikely.") == ["survival"]
    assert opened("The cut is not certain.") == []
