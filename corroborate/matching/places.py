"""A claim word's place in a sentence: where a rival to it must stand to stand for it.

A word that opposes a claim word, or replaces it, says something against the claim only in that word's place:
"The recently renovated stadium" says nothing against "the future home base", nor "gives an inside look" against
"took five years".
"""

from __future__ import annotations

from .analysis import ClaimAnalysis
from .features import SentenceFeatures

PLACE_SPAN = 4  # words: how near a claim word's neighbour a rival must stand to be in the claim word's place


def in_place(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, pos: int) -> bool:
    """Whether the sentence's word at ``pos`` stands where the claim has its term ``k``: within PLACE_SPAN words
    of a word the claim puts next to that term (for a verb, also of its subject's and its object's words). "The
    recently renovated stadium" says nothing against "the future home base", nor "gives an inside look" against
    "took five years"."""
    neighbours = [b if a == k else a for a, b in analysis.pairs if k in (a, b)]
    if analysis.terms[k].verb:  # a verb's place is among its arguments, in any order ("harassment ... has
        neighbours += analysis.subject  # decreased" / "an increase in ... harassment"), its object's words too
        neighbours += analysis.objects.get(k, [])  # ("criticised the car park's spiral ramps" / "praising its
        # spiral ramps")
    if not neighbours:
        return True
    for n in neighbours:
        term = analysis.terms[n]
        for st in (term.stem, *term.variants):
            if any(0 < abs(q - pos) <= PLACE_SPAN for q in f.positions.get(st, ())):
                return True
    return False
