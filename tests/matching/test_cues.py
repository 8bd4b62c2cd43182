"""What the cue recognisers read: a clause's bounds and the stretch a cue governs."""

from corroborate.matching.cues import CueSentence, Mood, Scope, clause_end, clause_start, cue_words
from corroborate.text import tokenize


def _sentence(text: str) -> CueSentence:
    tokens = tokenize(text)
    return CueSentence(tokens, text, [t.surface.lower() for t in tokens])


def test_a_clause_ends_at_a_clause_break_or_a_contrast_after_a_comma() -> None:
    text = "The school was evacuated; parents waited outside, but nobody was hurt."
    s = _sentence(text)
    assert clause_end(text, s.tokens, 0, stop_at_comma=False) == s.words.index("evacuated")
    after = s.words.index("parents")
    assert clause_end(text, s.tokens, after, stop_at_comma=False) == s.words.index("outside")
    assert clause_start(text, s.tokens, s.words.index("hurt")) == s.words.index("but")


def test_a_clause_ends_before_a_predicate_that_and_joins_to_the_sentences_subject() -> None:
    text = ("Firefighters have chosen not to flood the hold because of the risk that the ship could become unstable, "
            "and are instead pumping in foam.")
    s = _sentence(text)
    start = s.words.index("ship")
    assert clause_end(text, s.tokens, start, stop_at_comma=False) == s.words.index("unstable")
    # "and" before a clause of its own, or a phrase, does not end it
    text = "It is unclear whether the school was evacuated, and whether the pupils were sent home."
    s = _sentence(text)
    assert clause_end(text, s.tokens, s.words.index("the"), stop_at_comma=False) == len(s.tokens) - 1


def test_a_comma_ends_a_clause_only_when_asked() -> None:
    text = "If the school was evacuated, lessons stopped at noon."
    s = _sentence(text)
    assert clause_end(text, s.tokens, 1, stop_at_comma=True) == s.words.index("evacuated")
    assert clause_end(text, s.tokens, 1, stop_at_comma=False) == len(s.tokens) - 1


def test_a_scope_covers_its_stretch_and_names_its_cue() -> None:
    s = _sentence("It is unclear whether the school was evacuated.")
    scope = s.to_clause_end(Mood.OPEN, "whether", s.words.index("whether") + 1)
    assert scope == Scope(Mood.OPEN, "whether", 4, len(s.tokens) - 1)
    assert scope.covers(5) and not scope.covers(2)
    assert s.after(0) == "is" and s.before(3) == {"it", "is", "unclear"}


def test_a_cue_is_named_with_the_negator_before_it() -> None:
    s = _sentence("It is not true that the school was evacuated.")
    assert cue_words(s.tokens, s.words.index("true")) == "not true"


def test_a_condition_that_opens_the_sentence_ends_at_the_last_comma_of_its_first_clause() -> None:
    text = "If the school, like others, was evacuated, lessons stopped; parents, too, were told."
    s = _sentence(text)
    scope = s.to_main_clause(Mood.OPEN, "If", 1)
    assert scope.last == s.words.index("evacuated")


def test_a_pair_of_dashes_sets_off_an_aside_that_does_not_end_the_clause() -> None:
    text = "Nobody knows whether Daktronics — an amalgam of two words — was listed in 1994; the archive is lost."
    s = _sentence(text)
    assert clause_end(text, s.tokens, s.words.index("daktronics"), stop_at_comma=False) == s.words.index("1994")
    text = "The school may have been evacuated — officials denied it."  # one dash: a break
    s = _sentence(text)
    assert clause_end(text, s.tokens, 0, stop_at_comma=False) == s.words.index("evacuated")


def test_a_clause_that_starts_inside_a_dashed_aside_goes_on_past_the_dash_that_closes_it() -> None:
    text = "Police denied — in a statement on Friday — that the school was evacuated."
    s = _sentence(text)
    assert clause_end(text, s.tokens, s.words.index("in"), stop_at_comma=False) == s.words.index("evacuated")


def test_a_supplement_that_ends_the_clause_is_set_aside_with_the_phrase_it_tells_of() -> None:
    # what a relative clause set off by a comma tells is the writer's: "denied that X, when Y" denies X only
    text = "The company denied that the decision was linked to a pay dispute, when workers walked out for nine days."
    s = _sentence(text)
    scope = s.to_clause_end(Mood.DENIED, "denied", s.words.index("that") + 1)
    assert scope.aside is not None
    told_of, supplement = scope.aside
    assert [t.surface for t in s.tokens[told_of:supplement]] == ["a", "pay", "dispute"]
    assert s.tokens[supplement].surface == "when" and s.tokens[scope.last].surface == "days"
    # ... not one set off in the middle, after which the clause goes on
    text = "Few know whether a letter from the colony, where 400 men are held, was sent to the media."
    s = _sentence(text)
    assert s.to_clause_end(Mood.OPEN, "whether", s.words.index("whether") + 1).aside is None
