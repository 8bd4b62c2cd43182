"""The closed classes of clause openers (corroborate.matching.connectives) and the sets the rules build of them."""

from corroborate.matching import connectives, cues, negation, roles


def test_a_supplement_opens_on_a_relative_word_never_on_that() -> None:
    # "a dispute that workers walked out over" restricts which dispute: no supplement, the cue reads it
    assert "that" not in cues.SUPPLEMENT_OPENERS
    assert cues.SUPPLEMENT_OPENERS == connectives.RELATIVE_PRONOUNS | connectives.RELATIVE_ADVERBS


def test_what_a_veridical_opener_begins_happened_and_a_condition_is_none() -> None:
    assert connectives.REASONS <= cues.VERIDICAL_OPENERS
    assert not connectives.CONDITIONS & cues.VERIDICAL_OPENERS
    assert "before" not in cues.VERIDICAL_OPENERS and "until" not in cues.VERIDICAL_OPENERS


def test_a_negation_stops_at_any_opener_of_another_clause() -> None:
    assert connectives.RELATIVE_PRONOUNS | connectives.COMPLEMENTIZERS | connectives.CONDITIONS <= (
        negation._SUBORDINATORS)
    assert connectives.COORDINATORS <= roles.AGENT_ENDS
