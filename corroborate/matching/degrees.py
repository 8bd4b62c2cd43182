"""A comparative is not its positive: "The fissure is about four kilometres long, shorter than the one that opened in
December" does not say "The fissure is longer than the one that opened in December".

The stems of "longer" and "long" are one, so a claim's comparative finds its positive in a passage as the same word.
It says something else: that one thing has more of it than another. A claim comparative (a form in -er of an
adjective or adverb, as WordNet has its base: "longer", "higher", "cheaper", "earlier", "better") that a sentence has
only in its positive is not said there (``unsaid_comparative``); and a word the sentence has only in another
degree leaves it free to say the opposite in its place (``other_degree``, read by ``conflicts``: "shorter"), while
an opposite that compares where the claim's word does not is none, nor the other way round (``comparing``: "higher
in May than in April" says nothing against "low in May").

What a comparison measures against is not said either (``compared_with``): "covers damage up to £500,000, far less
than the cost of rebuilding" does not say the insurance covers the cost of rebuilding, nor "chose repairs rather than
a new building" that it chose a new building.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold, marked_between
from .analysis import ClaimAnalysis
from .connectives import (ARTICLES, COORDINATORS, DEMONSTRATIVES, POSSESSIVES, RELATIVE_ADVERBS,
                          RELATIVE_PRONOUNS)
from .roles import AUXILIARIES, COPULAS, PREPOSITIONS
from .features import SentenceFeatures


IRREGULAR = {"better": "comparative", "worse": "comparative", "more": "comparative", "less": "comparative",
             "further": "comparative", "farther": "comparative", "best": "superlative", "worst": "superlative",
             "most": "superlative", "least": "superlative", "furthest": "superlative", "farthest": "superlative"}
"""The comparatives and superlatives English does not make with -er and -est: a closed class."""


def degree(tokens: Sequence[Token], i: int) -> str:
    """The degree of the word at i: "comparative" ("longer", "better", "more slowly"), "superlative" ("longest",
    "most slowly") or "positive". A form in -er or -est counts when WordNet has its base as an adjective or adverb
    and does not use the form mostly as a noun of its own ("number", "later": WordNet's "lat" is a noun), nor as a
    verb ("offer") unless it compares ("lower than", "is lower"). A comparative in -er before its noun with no "than"
    after it compares nothing ("older adults", "younger people", "higher education"): it is read as a positive."""
    w = fold(tokens[i].surface)
    if w in IRREGULAR:
        return IRREGULAR[w]
    before = fold(tokens[i - 1].surface) if i > 0 else ""
    if before in IRREGULAR and (lexicon.mostly(w, "a") or lexicon.mostly(w, "r")):
        return IRREGULAR[before]  # ("more slowly", "most likely"; not "more patients")
    for suffix, kind in (("er", "comparative"), ("est", "superlative")):
        if w.endswith(suffix) and len(w) >= len(suffix) + 3:
            base = lexicon.inflected_from(w)
            if (base is not None and (lexicon.mostly(base.word, "a") or lexicon.mostly(base.word, "r"))
                    and not lexicon.mostly(w, "n") and (not lexicon.mostly(w, "v") or _compares(tokens, i))):
                return "positive" if kind == "comparative" and _absolute(tokens, i) else kind
    return "positive"


def comparing(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a comparative: it says more or less than something, not how much."""
    return degree(tokens, i) == "comparative"


def other_degree(analysis: ClaimAnalysis, k: int, f: SentenceFeatures) -> bool:
    """Whether the sentence has the claim word k only in another degree: "long" for "longer", "higher" for
    "high" (a superlative says its positive: "the most effective means")."""
    term = analysis.terms[k]
    places = f.positions.get(term.stem, ())
    if not places:
        return False
    mine = degree(analysis.tokens, term.position)
    theirs = {degree(f.tokens, p) for p in places}
    if mine == "positive" and "superlative" in theirs:
        return False  # (the most effective means is an effective one)
    return mine not in theirs


def unsaid_comparative(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The claim's comparative, when the sentence has the word only in its positive, not even in the claim's form:
    a length is no comparison ("four kilometres long" / "longer than the one in December")."""
    for k, term in enumerate(analysis.terms):
        if (term.number is None and not term.name
                and degree(analysis.tokens, term.position) == "comparative" and other_degree(analysis, k, f)
                and not any(fold(f.tokens[p].surface) == fold(term.surface) for p in f.positions[term.stem])):
            return term.surface
    return None


def _compares(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i stands after a form of "be" or before "than": a comparative, not a verb ("are lower
    than", "to lower prices")."""
    after = fold(tokens[i + 1].surface) if i + 1 < len(tokens) else ""
    return after == "than" or (i > 0 and fold(tokens[i - 1].surface) in COPULAS)


THAN_REACH = 3  # words from a comparative before its noun to the "than" that makes it compare ("a longer fissure than")


def _absolute(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i stands before a noun with no "than" within THAN_REACH words after it."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_content or not lexicon.mostly(tokens[i + 1].surface, "n"):
        return False
    return not any(fold(t.surface) == "than" for t in tokens[i + 1 : i + 2 + THAN_REACH])


def compared_with(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(a noun of the claim, the sentence's words from "than" to it) when the sentence has the noun only as what a
    comparison measures against, and the claim compares nothing: the claim says it plainly. A bound on a number
    ("more than 4,300 people") is left to ``values``; "no later than the end of March" says "by"."""
    if any(fold(t.surface) == "than" for t in analysis.tokens):
        return None
    for term in analysis.terms:
        if term.number is not None or term.verb or not (term.name or lexicon.mostly(term.surface, "n")):
            continue
        places = f.places(term.spellings)
        if not places:
            continue
        thans = [_than_before(f.text, f.tokens, p) for p in places]
        if all(t is not None for t in thans):
            first = min(t for t in thans if t is not None)
            return term.surface, f.text[f.tokens[first - 1].start : f.tokens[min(places)].end]
    return None


STANDARD_WORDS = ARTICLES | POSSESSIVES | DEMONSTRATIVES


def _than_before(text: str, tokens: Sequence[Token], p: int) -> int | None:
    """Where the "than" stands whose phrase the noun at p ends ("than the cost", "than in London", "rather than a
    new one"), past determiners, a preposition and up to THAN_REACH words that describe it; None when there is none,
    a number or a mark of another clause between, or "no" or "not" before its comparative."""
    q, described = p - 1, 0
    while q >= 0 and described <= THAN_REACH and not marked_between(text, tokens, q, q + 1):
        w = fold(tokens[q].surface)
        if w == "than":
            return q if q >= 1 and fold(tokens[q - 1].surface) != "other" and not (
                q >= 2 and fold(tokens[q - 2].surface) in ("no", "not")) else None
        if tokens[q].number is not None:
            return None
        if w in AUXILIARIES or w in COORDINATORS or w in RELATIVE_PRONOUNS or w in RELATIVE_ADVERBS:
            return None  # (a clause of its own: "than ever have applied for plots")
        if w not in STANDARD_WORDS and w not in PREPOSITIONS:
            described += 1
        q -= 1
    return None


EXCLUDING = frozenset({"outside", "except", "excluding", "besides"})
"""Words that take a thing out of what a comparison measures against ("than in any other city outside London")."""


def excluded_from_comparison(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(a word the claim compares with, the sentence's words that leave it out) when the claim measures against it
    ("faster in Bristol than in London") and the sentence has it only after a word of EXCLUDING within its own
    "than" phrase ("faster in Bristol than in any other British city outside London"): London is the one place it
    does not compare with."""
    for term in analysis.terms:
        if term.number is not None or _than_before(analysis.text, analysis.tokens, term.position) is None:
            continue
        places = f.places(term.spellings)
        found = [_excluded_at(f, p) for p in places]
        if places and all(q is not None for q in found):
            first = min(q for q in found if q is not None)
            return term.surface, f.text[f.tokens[first].start : f.tokens[max(places)].end]
    return None


def _excluded_at(f: SentenceFeatures, p: int) -> int | None:
    """Where the word of EXCLUDING stands right before the word at p (a determiner between), when a "than" comes
    before it in the same clause; else None."""
    q = p - 1
    while q >= 0 and fold(f.tokens[q].surface) in STANDARD_WORDS:
        q -= 1
    if q < 0 or fold(f.tokens[q].surface) not in EXCLUDING:
        return None
    for j in range(q - 1, -1, -1):
        if marked_between(f.text, f.tokens, j, j + 1):
            return None
        if fold(f.tokens[j].surface) == "than":
            return q
    return None
