"""What follows the sentence's last comma (corroborate.matching.trailing)."""

from corroborate.matching.cues import Mood

from .conftest import stance


def test_a_trailing_hedge_leaves_what_went_before_open() -> None:
    for sentence in ("The school was evacuated, according to unconfirmed reports.",
                     "The school was evacuated, if the reports are true.",
                     "The school was evacuated, in all likelihood.",
                     "The school was evacuated, though the evidence is thin."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("The school was evacuated, though nobody was hurt.") is Mood.ASSERTED


def test_a_report_set_after_its_clause_leaves_it_open_unless_it_vouches_with_a_named_subject() -> None:
    for sentence in ("The school was evacuated, it is rumoured.", "The school was evacuated, sources suggest.",
                     "The school was evacuated, or so the story goes.", "The school was evacuated, some say.",
                     "The school was evacuated, local sources close to the family suggest."):
        assert stance(sentence) is Mood.OPEN, sentence
    assert stance("The school was evacuated, a claim the ministry has since withdrawn.") is Mood.DENIED
    for sentence in ("The school was evacuated, officials said.", "The school was evacuated, police confirmed.",
                     "The school was evacuated, but nobody was hurt.",
                     "The school was evacuated in 1990, several years earlier than previously thought."):
        assert stance(sentence) is Mood.ASSERTED, sentence


def test_a_concession_that_takes_up_the_evidence_before_the_claim_leaves_it_open() -> None:
    assert stance("There is some evidence that the school was evacuated, but it is weak.") is Mood.OPEN
    assert stance("There is some evidence that the school was evacuated, but this is disputed.") is Mood.OPEN
    # without a noun of evidence before it, "but it ..." is another clause
    assert stance("The school was evacuated, but it reopened on Monday.") is Mood.ASSERTED
    # "but that" goes on with what was said
    assert stance("The trust said there was no evidence of a leak, but that the school was evacuated.") is Mood.ASSERTED
