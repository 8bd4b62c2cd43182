"""Possessors: "closed the hotel's kitchen" closed the kitchen, not the hotel.

The head of a noun phrase is what the verb is said of; a noun before it in the possessive ("the hotel's kitchen",
"the mayor's son") or as its first part ("the hotel kitchen") only says which. A claim whose verb takes a noun as
its object ("Officers closed the hotel") is not told by a sentence where the same verb takes a phrase that has the
noun only so, before another head the claim lacks: that sentence speaks of a part or a belonging of it. Not a
contradiction (the hotel may be closed too), but never support.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def possessor_for_head(analysis: ClaimAnalysis, f: SentenceFeatures,
                       aligned: dict[int, list[int]]) -> str | None:
    """Why the sentence does not say the claim's verb of the claim's object: it says it of another head the claim's
    object only qualifies there ("the passage says 'closed' of the hotel's kitchen, not of the hotel"); None
    otherwise."""
    k = analysis.main_verb
    claimed = analysis.main_object
    if k is None or not claimed:
        return None
    head = claimed[-1]
    term = analysis.term_at.get(head)
    if term is None or _qualifies(analysis.tokens, head):
        return None  # (the claim's own "the hotel's kitchen")
    for v in aligned.get(k, ()):
        said = roles.object_after(f.tokens, f.text, v)
        places = [p for p in aligned.get(term, ()) if p in said]
        if places and all(p != said[-1] and _qualifies(f.tokens, p) for p in places):
            p = places[0]
            other = said[said.index(p) + 1]
            if any(other in spots for spots in aligned.values()):
                return None  # (the word it qualifies is one of the claim's too)
            return (f"the passage says '{f.tokens[v].surface}' of {f.tokens[p].surface} {f.tokens[other].surface}, "
                    f"not of the claim's '{analysis.tokens[head].surface}'")
    return None


def _qualifies(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at i qualifies the word after it: a possessive, or the first part of a compound whose next
    word is a lower-case noun ("hotel kitchen"; not "hotel Monday")."""
    word = fold(tokens[i].surface)
    if word.endswith(POSSESSIVE_ENDINGS):
        return True
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return (after.is_content and not after.capitalised and after.number is None
            and lexicon.mostly(after.surface, "n") and not roles.is_verb(tokens, i + 1))

