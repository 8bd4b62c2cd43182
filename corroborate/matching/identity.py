"""Another one of the same kind: "most long-haul crew belong to a different union" does not say that they belong
to the Union of Flight Attendants, though it has the word "union".

A claim that names a thing, or takes it up with "the" or a possessive, speaks of one thing. A sentence that puts
a word of non-identity ("different", "separate", "distinct") before the same noun says it is not that one: a
different union is no union named before it. Where the claim's noun is indefinite ("belong to a union"), a
different union is still a union, and coverage decides.
"""

from __future__ import annotations

from ..text import fold
from . import roles
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

NON_IDENTITY = frozenset({"different", "separate", "distinct"})
"""Words that, before a noun, say the thing is not the one already meant."""

DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"})


def another_one(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence puts a word of non-identity before a noun the claim names or makes
    definite: "the passage speaks of a 'different union', not the claim's 'Union of Flight Attendants'"."""
    tokens = analysis.tokens
    for k, places in aligned.items():
        term = analysis.terms[k]
        if term.number is not None or term.verb:
            continue
        at = term.position
        definite = term.name or (at > 0 and fold(tokens[at - 1].surface) in DEFINITE) or (
            at > 0 and roles.possessive(tokens[at - 1].surface))
        if definite and places and all(q > 0 and fold(f.tokens[q - 1].surface) in NON_IDENTITY for q in places):
            q = places[0]
            said = f"{f.tokens[q - 1].surface} {f.tokens[q].surface}"
            return f"the passage speaks of a '{said}', not the claim's '{_phrase(analysis, at)}'"
    return None


def _phrase(analysis: ClaimAnalysis, at: int) -> str:
    """The claim's name or noun at ``at``: the run of capitalised words (and "of" between them) it is part of."""
    tokens = analysis.tokens
    if not tokens[at].capitalised:
        return tokens[at].surface
    first = last = at
    while first > 0 and tokens[first - 1].capitalised and tokens[first - 1].is_content:
        first -= 1
    while last + 1 < len(tokens) and (tokens[last + 1].capitalised or (
            fold(tokens[last + 1].surface) == "of" and last + 2 < len(tokens) and tokens[last + 2].capitalised)):
        last += 1
    return analysis.text[tokens[first].start : tokens[last].end]
