from pathlib import Path

from corroborate.claims import Claim
from corroborate.matching.conjuncts import missing_conjunct
from corroborate.matching.matcher import Matcher
from corroborate.sources import load_corpus

from .conftest import read_against


def _missing(read, claim: str, text: str) -> tuple[str, str] | None:
    analysis = read(claim, text)
    reading = read_against(analysis, text)
    return missing_conjunct(analysis, reading.aligned, reading.row)


def test_a_subject_conjunct_the_passage_lacks_is_missing(read) -> None:
    assert _missing(read, "Tobacco and alcohol are not allowed in the park.",
                    "Alcohol and cannabis are not permitted in the park.") == ("Tobacco", "alcohol")
    assert _missing(read, "Tobacco and alcohol are not allowed in the park.",
                    "Alcohol and tobacco are not permitted in the park.") is None


def test_the_second_conjunct_is_its_phrases_head_and_both_are_nouns(read) -> None:
    # "family" for "household" is a modifier said otherwise: the conjunct is "members"
    assert _missing(read, "Friends and household members of the singer gathered at his home.",
                    "Friends and family members of the singer gathered at his home.") is None
    # adjectives joined by "and" qualify one noun: left to the rules of modifiers
    assert _missing(read, "It is the largest and quickest growing print company in Australia.",
                    "It is the largest and fastest growing print company in Australia.") is None


def test_after_the_main_verb_and_joins_verbs_and_clauses_as_often(read) -> None:
    assert _missing(read, "Russian police raid migrant workers and hand out military summonses.",
                    "Police raid migrant workers, who are then issued summonses.") is None


def test_a_missing_conjunct_keeps_the_passage_from_being_support(tmp_path: Path) -> None:
    # (a claim of more than six words: a short one must have its whole subject in the sentence anyway)
    (tmp_path / "source.txt").write_text("Alcohol and cannabis are not allowed at registered campsites in the national "
                                         "park.", encoding="utf-8")
    (tmp_path / "other.txt").write_text("The weather was mild. Markets were calm.", encoding="utf-8")
    claim = "Tobacco and alcohol are not allowed at registered campsites in the national park."
    found = Matcher(load_corpus(tmp_path)).match_claim(Claim("c", claim))
    assert not any(c.stance == "supports" for cs in found.values() for c in cs)
