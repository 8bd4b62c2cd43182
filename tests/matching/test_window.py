from pathlib import Path

import pytest

from corroborate.claims import Claim
from corroborate.matching.analysis import ClaimAnalysis, ClaimReader
from corroborate.matching.features import Kept, SourceFeatures
from corroborate.matching.retrieval import term_matches
from corroborate.matching.window import (
    COMBINED_PENALTY,
    WindowWords,
    absent,
    score_window,
    window_words,
)
from corroborate.sources import load_corpus

from .conftest import FILLER


def _window(tmp_path: Path, claim: str, text: str, window: list[int],
            holding: list[int]) -> tuple[ClaimAnalysis, WindowWords]:
    (tmp_path / "source.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_text(FILLER, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    analysis = ClaimReader(corpus).read(Claim("c", claim))
    source = next(s for s in corpus.sources if s.path.name == "source.txt")
    feats = SourceFeatures(source, Kept())
    rows = {i: term_matches(analysis, feats[i].stems) for i in range(len(feats))}
    return analysis, window_words(analysis, feats, rows, window, holding, {})


def _surfaces(analysis: ClaimAnalysis, words: WindowWords) -> set[str]:
    return {t.surface for k, t in enumerate(analysis.terms) if words.matched[k]}


def test_a_neighbour_gives_words_but_never_the_verb(tmp_path: Path) -> None:
    text = "The school stands on Mill Road. It was evacuated at noon."
    analysis, words = _window(tmp_path, "The school was evacuated.", text, [0, 1], holding=[0])
    assert "school" in _surfaces(analysis, words)
    assert "evacuated" not in _surfaces(analysis, words)  # said beside the sentence that holds the claim
    analysis, words = _window(tmp_path, "The school was evacuated.", text, [0, 1], holding=[1])
    assert "evacuated" in _surfaces(analysis, words)


def test_a_count_counts_only_where_the_claim_is_held_a_year_anywhere_in_the_window(tmp_path: Path) -> None:
    text = "Fourteen workers were hurt in 2019. The plant was closed."
    analysis, words = _window(tmp_path, "The plant was closed in 2019 after fourteen workers were hurt.", text,
                              [0, 1], holding=[1])
    assert words.found_numbers == {t.stem for t in analysis.terms if t.surface == "2019"}
    assert absent(analysis, words) == ("fourteen",)


def test_a_year_beside_a_sentence_that_puts_its_own_time_on_the_claims_verb_is_not_the_claims(
        tmp_path: Path) -> None:
    text = ("Frog found alive\n\nScience Desk, 25 November 2026\n\nThe frog had not been seen for 38 years. "
            "It was listed as extinct in 2004.")
    analysis, words = _window(tmp_path, "The frog had not been seen since 2004.", text, [2, 3], holding=[2])
    assert words.found_numbers == set()
    # with no time of its own on the verb, the year beside it says when
    text = "Frog found alive\n\nScience Desk, 25 November 2026\n\nThe frog was seen again. That was in 2004."
    analysis, words = _window(tmp_path, "The frog was seen again in 2004.", text, [2, 3], holding=[2])
    assert words.found_numbers == {t.stem for t in analysis.terms if t.surface == "2004"}


def test_the_score_weighs_coverage_phrases_and_names_and_a_second_place_costs(tmp_path: Path) -> None:
    analysis, words = _window(tmp_path, "The school was evacuated.", "The school was evacuated.", [0], [0])
    whole = score_window(analysis, words, [frozenset(range(len(analysis.pairs)))], combined=False)
    assert (whole.coverage, whole.phrases, whole.names, whole.numbers) == (1.0, 1.0, 1.0, "none")
    assert whole.score == pytest.approx(100.0)
    joined = score_window(analysis, words, [frozenset(range(len(analysis.pairs)))], combined=True)
    assert joined.score == pytest.approx(100.0 - COMBINED_PENALTY)


def test_a_name_is_there_only_where_it_is_written_as_one(tmp_path: Path) -> None:
    claim = "He was recalled by the Wizards a week later."
    analysis, words = _window(tmp_path, claim, "Recall that the actor ditches the wizard's cloak this spring.", [0], [0])
    k = next(k for k, t in enumerate(analysis.terms) if t.surface == "Wizards")
    assert words.matched[k] == 0.0
    analysis, words = _window(tmp_path, claim, "The Wizards recalled him from the Rio Grande Valley.", [0], [0])
    assert words.matched[k] == 1.0


def test_the_common_nouns_that_end_an_organisations_name_may_be_written_in_lower_case(tmp_path: Path) -> None:
    claim = "Sheffield City Council manages 3,100 allotment plots."
    text = "Allotments are scarce in Sheffield. The city council manages 3,100 allotment plots."
    analysis, words = _window(tmp_path, claim, text, [0, 1], [1])
    assert {"City", "Council"} <= _surfaces(analysis, words)
    # Not one of them alone, nor without "the": "a city" is no City Council.
    for text in ("Allotments are scarce in Sheffield. The council manages 3,100 allotment plots in the city.",
                 "Allotments are scarce in Sheffield. A city council manages 3,100 allotment plots."):
        analysis, words = _window(tmp_path, claim, text, [0, 1], [1])
        assert "City" not in _surfaces(analysis, words)


def test_a_length_of_time_counted_by_a_stands_where_the_claim_is_held_and_must_be_found(tmp_path: Path) -> None:
    claim = "The families will be able to return within a fortnight."
    text = "Results will not be known for at least a fortnight. The families will be able to return."
    analysis, words = _window(tmp_path, claim, text, [0, 1], [1])
    assert "fortnight" not in _surfaces(analysis, words)
    assert absent(analysis, words) == ("fortnight",)
    assert score_window(analysis, words, [frozenset(), frozenset()], False).numbers == "missing"
    # where the claim is held, it is found; "a week later" is when, which a neighbour may say
    analysis, words = _window(tmp_path, claim, "The families will be able to return within a fortnight.", [0], [0])
    assert score_window(analysis, words, [frozenset()], False).numbers == "agree"
    analysis, words = _window(tmp_path, "He was recalled a week later.", "It was a week later. He was recalled.",
                              [0, 1], [1])
    assert "week" in _surfaces(analysis, words)
