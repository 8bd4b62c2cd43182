"""The same number counting something else: "Firefighters used boats to bring 35 residents" does not say
"Firefighters used boats to evacuate 35 shops", though it has the claim's number beside the claim's words.

A number counts the noun that follows it. When the sentence that holds the claim lacks the noun the claim's
number counts (and every synonym, derived form, kind of it and what it is a kind of), and has the claim's
number before another noun that WordNet relates to it in none of those ways and files as another kind of thing
(its lexicographer files: a person, an artifact, a place, a time...), the two count different things.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token
from . import nouns
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

REACH = 3  # the counted noun stands within this many words after its number ("35 elderly residents")


def counts_another_thing(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the noun the claim counts, the noun the sentence counts with the same number), or None."""
    for term in analysis.terms:
        if term.number is None:
            continue
        mine = _counted(analysis.tokens, term.position)
        if mine is None or nouns.said_in(mine, f):
            continue
        for p, tok in enumerate(f.tokens):
            if tok.number != term.number:
                continue
            theirs = _counted(f.tokens, p)
            if (theirs is not None and theirs.stem not in analysis.stems and not nouns.related(mine, theirs)
                    and nouns.other_kind(mine, theirs)):
                return mine.surface, theirs.surface
    return None


def _counted(tokens: Sequence[Token], at: int) -> Token | None:
    """The noun a number counts: the first content word after it, within REACH, that WordNet's tagged corpus
    uses mostly as a noun (an adjective between is passed over); None when a verb or another number comes first."""
    for tok in tokens[at + 1 : at + 1 + REACH]:
        if tok.number is not None:
            return None
        if not tok.is_content:
            continue
        entry = lexicon.entry_of(tok.surface)
        pos = entry.main_pos if entry is not None else ""
        if pos == "n":
            return tok
        if pos != "a":
            return None
    return None
