"""Denials: the sentence says the proposition is false."""

from corroborate.matching.cues import Mood
from corroborate.matching.polarity import scopes
from corroborate.text import tokenize

from .conftest import moods, stance


def test_a_denied_proposition_is_denied() -> None:
    assert stance("The spokesman denied that the school was evacuated.") is Mood.DENIED
    assert stance("Officials rejected reports that the school was evacuated.") is Mood.DENIED
    assert stance("Reports that the school was evacuated turned out to be wrong.") is Mood.DENIED


def test_a_statement_taken_back_is_denied_but_a_thing_withdrawn_is_not_a_statement() -> None:
    assert stance("The authors later retracted their finding that the school was evacuated.") is Mood.DENIED
    assert stance("The claim that the school was evacuated was withdrawn by the paper.") is Mood.DENIED
    assert stance("Troops withdrew after the school was evacuated.") is Mood.ASSERTED
    # a sentence that opens on "That" and a noun names a thing, not a clause taken back
    assert stance("That plan was so badly received when the school was evacuated that it had to be withdrawn.",
                  ) is Mood.ASSERTED


def test_a_falsity_word_denies_only_what_it_is_said_of() -> None:
    assert stance("Reports that the school was evacuated proved unfounded.") is Mood.DENIED
    assert stance("Inspectors found nothing wrong after the school was evacuated.") is Mood.ASSERTED


def test_a_denial_ends_with_its_clause() -> None:
    assert stance("The spokesman denied that the mayor resigned, but the school was evacuated.") is Mood.ASSERTED


def test_a_falsity_word_before_that_denies_the_clause_after_it() -> None:
    for text, cue in (("It is not true that the school was evacuated.", "not true"),
                      ("A spokesperson said it was untrue that the school was evacuated.", "untrue"),
                      ("It is not the case that the school was evacuated.", "not the case"),
                      ("There is no truth to reports that the school was evacuated.", "no truth")):
        [(mood, found)] = moods(text)
        assert (mood, found) == (Mood.DENIED, cue), text
    assert stance("It is not true that the school was evacuated.") is Mood.DENIED


def test_a_denial_after_a_report_judges_the_report() -> None:
    text = "Claims that the school was evacuated have been denied."
    [scope] = scopes(tokenize(text), text)
    assert scope.mood is Mood.DENIED and scope.covers(3) and scope.covers(5)
    assert moods("The application was rejected by the council.") == []
    # a report noun in either number, after a possessive too
    for text in ("Campaigners' assertion that the school was evacuated was rejected by the inquiry.",
                 "The statement that the school was evacuated was rejected.",
                 "Assertions that the school was evacuated were rejected."):
        assert stance(text) is Mood.DENIED, text


def test_a_noun_of_falsity_or_an_unproven_report_is_read_as_the_adjective_is() -> None:
    assert stance("The suggestion that the school was evacuated is a fabrication.") is Mood.DENIED
    assert stance("Some said the school was evacuated, though this is unproven.") is Mood.OPEN
    assert stance("The ministry dismissed as nonsense the idea that the school was evacuated.") is Mood.DENIED
    assert stance("The sheep was lying in the field when the school was evacuated.") is Mood.ASSERTED


def test_a_negated_true_case_or_so_before_that_denies_with_any_negator() -> None:
    assert stance("The mayor insisted that it was never the case that the school was evacuated.") is Mood.DENIED
    assert stance("It is not so that the school was evacuated.") is Mood.DENIED


def test_a_denial_itself_negated_leaves_it_open() -> None:
    for sentence in ("Officials did not deny that the school was evacuated.",
                     "Nobody has denied that the school was evacuated.",
                     "The council refused to deny that the school was evacuated.",
                     "Claims that the school was evacuated have not been denied.",
                     "It cannot be ruled out that the school was evacuated."):
        assert stance(sentence) is Mood.OPEN, sentence


def test_ruling_out_a_clause_denies_it() -> None:
    assert stance("Investigators have ruled out that the school was evacuated.") is Mood.DENIED
    assert moods("He was ruled out of the match.") == []  # no clause, no report: nothing said false


def test_a_falsity_word_negated_calls_nothing_false() -> None:
    assert stance("Reports that the school was evacuated were not false.") is Mood.OPEN  # what a report holds
    assert stance("Reports that the school was evacuated turned out not to be wrong.") is Mood.OPEN
    assert stance("Reports that the school was evacuated weren't false.") is Mood.OPEN


def test_a_sentence_that_opens_on_its_clause_may_deny_it() -> None:
    assert moods("That the school was evacuated is simply not the case, the council said.") == [
        (Mood.DENIED, "not the case")]
    assert stance("That the school was evacuated is true.") is Mood.ASSERTED
    assert moods("That the school was evacuated isn't the case.") == [(Mood.DENIED, "isn't the case")]


def test_a_report_called_false_or_said_in_error_is_denied() -> None:
    for sentence in ("The government branded as false reports that the school was evacuated.",
                     "The ministry described as baseless allegations that the school was evacuated.",
                     # a word WordNet gives as a synonym of one of falsity's ("nonsense": "hokum")
                     "A spokesman described as nonsense reports that the school was evacuated.",
                     "It was wrongly reported that the school was evacuated."):
        assert stance(sentence) is Mood.DENIED, sentence
    assert stance("It was widely reported that the school was evacuated.") is not Mood.DENIED


def test_a_denial_reads_past_an_aside_in_dashes() -> None:
    assert stance("Police denied — in a statement on Friday — that the school was evacuated.") is Mood.DENIED


def test_a_clause_that_opens_the_sentence_is_denied_by_its_verb_or_called_fake() -> None:
    assert stance("That the school was evacuated was dismissed by the panel as speculation.") is Mood.DENIED
    assert stance("The company says it is fake news that the school was evacuated.") is Mood.DENIED


def test_a_supplement_after_a_denied_clause_is_not_denied() -> None:
    said = "The company denied that the closure was linked to a pay dispute, when workers walked out for nine days."
    assert stance(said, claim="workers walked out for nine days") is Mood.ASSERTED
    assert stance(said, claim="the closure was linked to a pay dispute") is Mood.DENIED
    # ... and a claim of both, or of what the supplement tells of with the rest of the clause, is still denied
    assert stance(said, claim="the closure was linked to a pay dispute when workers walked out") is Mood.DENIED


def test_a_report_named_without_its_content_denies_nothing_said_after_it() -> None:
    said = 'The ministry rejected the report as "one-sided" and said all detainees had access to lawyers.'
    assert stance(said, claim="all detainees had access to lawyers") is Mood.ASSERTED
    assert stance("The army dismissed reports that the school was evacuated and said troops had withdrawn.",
                  ) is Mood.DENIED
    assert stance("The army dismissed reports of a massacre in the village.", claim="a massacre in the village",
                  ) is Mood.DENIED


def test_a_thing_ruled_out_is_denied_and_not_ruled_out_is_left_open() -> None:
    assert moods("Police ruled out foul play.") == [(Mood.DENIED, "ruled out")]
    assert stance("The head teacher did not rule out the school being evacuated.") is Mood.OPEN
    assert moods("The union said it would not rule out strike action over the closures.") == [
        (Mood.OPEN, "not rule out")]
    assert moods("She was ruled out for the season with a knee injury.") == []  # a preposition: who is kept out


def test_a_denial_of_a_gerund_ends_with_its_phrase() -> None:
    text = "Okafor denied taking the drug knowingly and said he believed a supplement was contaminated."
    denied = [scope for scope in scopes(tokenize(text), text) if scope.mood is Mood.DENIED]
    assert len(denied) == 1 and denied[0].covers(4) and not denied[0].covers(11)  # the drug, not the supplement


def test_a_denial_of_a_noun_ends_with_its_phrase_and_one_of_a_clause_with_the_clause() -> None:
    text = "Belarus denied the accusations and called the expulsions a hostile act, promising a response."
    tokens = tokenize(text)
    denied = [scope for scope in scopes(tokens, text) if scope.mood is Mood.DENIED]
    assert len(denied) == 1 and denied[0].covers(3) and not denied[0].covers(7)  # the accusations, not the act
    # a clause with no "that" keeps what "and" joins to its verb
    text = "The spokesman denied the school was evacuated and closed."
    denied = [scope for scope in scopes(tokenize(text), text) if scope.mood is Mood.DENIED]
    assert len(denied) == 1 and denied[0].covers(8)


def test_a_denial_with_an_aside_after_it_denies_the_clause_the_aside_leads_to() -> None:
    text = "Police have denied, in a statement issued on Friday, that the school was evacuated."
    denied = [scope for scope in scopes(tokenize(text), text) if scope.mood is Mood.DENIED]
    assert len(denied) == 1 and denied[0].covers(13)  # "evacuated"


def test_a_participle_of_a_denial_verb_before_its_noun_denies_nothing() -> None:
    text = "Four days of clashes along their disputed border that killed at least 56 soldiers."
    assert not [s for s in scopes(tokenize(text), text) if s.mood is Mood.DENIED]


def test_a_report_taken_back_is_taken_back_in_what_it_held_not_in_its_holding_it(read) -> None:
    text = ("A journal has retracted a widely reported study that claimed drinking three cups of coffee a day could "
            "add two years to life expectancy.")
    tokens = tokenize(text)
    [denied] = [s for s in scopes(tokens, text) if s.mood is Mood.DENIED]
    assert tokens[denied.first].surface == "drinking"  # (not "a widely reported study that claimed")
    from corroborate.matching.denials import relays_what_is_taken_back

    assert relays_what_is_taken_back(read("The study had claimed that coffee adds two years to life.", text),
                                     "retracted")
    assert not relays_what_is_taken_back(read("Coffee adds two years to life.", text), "retracted")
