"""A claim that says what something has: "The researchers said the planet has an atmosphere".

"Have" is a stop word, so a claim whose only verb it is has no verb the matcher reads: any sentence with "planet"
and "atmosphere" would hold it ("The team has applied for time on a telescope to look for an atmosphere"). Where a
form of "have" is the claim's main verb (before its object, not an auxiliary: "has an atmosphere", not "has
applied"), the sentence that holds the claim must say possession: a form of "have", "with" or "without", a word
WordNet gives as a synonym of "have" or "possess" ("features", "owns"), or the claim's possessor and what it has in
one noun phrase ("A magnitude 6.4 earthquake", "the planet's atmosphere").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..text import Token, fold, stem
from . import roles
from .features import SentenceFeatures
from .roles import DETERMINERS

if TYPE_CHECKING:  # (the claim's analysis reads its "has" here once: ``ClaimAnalysis.possessive_verb``)
    from .analysis import ClaimAnalysis

HAVE = frozenset({"have", "has", "had", "having"})
WITH = frozenset({"with", "without"})


def possessive_verb(tokens: Sequence[Token]) -> str | None:
    """The form of "have" that is a claim's main verb (the claim's tokens, of a claim with no other verb): one
    before its object; None otherwise."""
    return next((tok.surface for i, tok in enumerate(tokens) if _possessive(tokens, i)), None)


def says_possession(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> bool:
    """Whether the sentence says possession: a word of it (see the module's docstring; a form of "have" before its
    object, not an auxiliary: "The team has applied for ..."), or the claim's possessor and what it has in one noun
    phrase ("A magnitude 6.4 earthquake", "the planet's atmosphere", "the atmosphere of the planet"): within
    PHRASE_SPAN words, with no verb and no clause mark between."""
    if any(_possessive(f.tokens, i) or fold(t.surface) in WITH or t.stem in _possessing()
           for i, t in enumerate(f.tokens)):
        return True
    at = next(i for i, t in enumerate(analysis.tokens) if _possessive(analysis.tokens, i))
    owners = [p for j, ps in aligned.items() if analysis.terms[j].position < at for p in ps]
    owned = [p for j, ps in aligned.items() if analysis.terms[j].position > at for p in ps]
    return any(0 < abs(p - q) <= PHRASE_SPAN and _one_phrase(f, min(p, q), max(p, q)) for p in owners for q in owned)


PHRASE_SPAN = 4  # words between a possessor and what it has in one noun phrase ("a magnitude 6.4 earthquake")


def _one_phrase(f: SentenceFeatures, first: int, last: int) -> bool:
    return not any(roles.is_verb(f.tokens, i) for i in range(first + 1, last)) and not any(
        c in f.text[f.tokens[first].end : f.tokens[last].start] for c in ",;:.!?()")


def _possessive(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a form of "have" before its object: a determiner, a number, or a content word that
    is no verb form ("has an atmosphere", "had three children", "have enough"; not "has applied", "had to",
    "has been")."""
    if fold(tokens[i].surface) not in HAVE or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    word = fold(after.surface)
    return word in DETERMINERS or after.number is not None or (
        after.is_content and not lexicon.written_past(after.surface) and word not in ("to", "been"))


@lru_cache(maxsize=1)
def _possessing() -> frozenset[str]:
    return frozenset({stem("possess")}) | lexicon.synonym_stems("have") | lexicon.synonym_stems("possess")
