"""Exclusives: "only", "solely", "exclusively", "limited to" say that nothing else is so.

"Transmission occurs only after symptom onset" says more than "transmission occurs after symptom onset": the
exclusive narrows the claim to the one case it names (in natural logic, the claim is the more specific of the
two), so a sentence that says the rest without an exclusive of its own does not support it. Not a contradiction
either: the sentence may simply not say whether there are other cases.

Not an exclusive: "only" before a number or an amount, which says the amount is small ("only 12 people came",
"only a few"); "only to", which tells what came next ("advanced to the playoffs, only to lose"); "only just"
(barely); and "not only", which adds ("not only migrants but also students").
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

EXCLUSIVES = frozenset({"only", "solely", "exclusively", "sole"})
"""Quirk et al.'s restrictive focusing words that exclude every other case (not "just", "merely", "simply", which
also only stress)."""

NOT_EXCLUDING = frozenset({"a", "an", "one", "two", "few", "some", "several", "about", "around", "half", "once",
                           "twice", "to", "just"})
"""Words after "only" that make it say an amount is small, or tell what came next, not that nothing else is so."""


RESTRICTING = frozenset({"limit", "restrict", "confine"})
"""Verbs that, with "to", say the same as "only" ("the drive is limited to Central Asia": only there): WordNet's
synonyms of one sense, "place limits on"."""


def exclusive_words(tokens: Sequence[Token]) -> list[Token]:
    """The exclusives of a text, less those of an amount ("only 12", "only a few") or of "not only", and the
    restricting verbs before "to" ("limited to", "confined to")."""
    out = []
    for i, tok in enumerate(tokens):
        word = fold(tok.surface)
        if word not in EXCLUSIVES:
            entry = lexicon.base_entry(word) or lexicon.lookup(word)
            if (entry is not None and entry.word in RESTRICTING and i + 1 < len(tokens)
                    and fold(tokens[i + 1].surface) == "to" and not (i and tokens[i - 1].is_negator)):
                out.append(tok)  # ("is not limited to" excludes nothing)
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if i and fold(tokens[i - 1].surface) == "not":
            continue
        if word == "only" and after is not None and (after.number is not None or fold(after.surface) in NOT_EXCLUDING):
            continue
        out.append(tok)
    return out


def unmatched_exclusive(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """Why not support, when the claim says "only" (or "solely", "exclusively") and the sentence has no exclusive."""
    mine = exclusive_words(analysis.tokens)
    if not mine or exclusive_words(f.tokens):
        return None
    return f"the claim says '{mine[0].surface}', the passage does not"
