"""A claim's modifier read where the claim's verb puts its noun: "forced to give up their Russian citizenship" is
not said by "forced to give up their Tajik or Uzbek citizenship and acquire Russian citizenship", though the
sentence has every word of it.

The sentence may use the claim's noun twice, with the claim's modifier at the other place (under another verb).
What the claim says of its verb's object is read at the noun the verb takes: the first one after the verb's place
in the sentence, within its clause. When the words qualifying it there are other words, none of them the claim's
modifier or akin to it (``modifiers.akin``), the passage says the verb of something else: the substitution edit of
``modifiers``, placed by the verb rather than by "each time the noun occurs".

A noun the verb takes with no modifier is left to coverage (the passage may simply not say which).
"""

from __future__ import annotations

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .cues import mark_after
from .features import SentenceFeatures
from .modifiers import akin

REACH = 4  # content words after the verb within which its noun must stand


def replaced_under_verb(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the noun the claim's verb takes has other modifiers in the sentence than the claim
    gives it: "under 'give', the passage has 'Tajik or Uzbek citizenship', not 'Russian citizenship'"."""
    terms, term_at = analysis.terms, analysis.term_at
    for k, term in enumerate(terms):
        if term.number is not None or term.verb or lexicon.mostly(term.surface, "v"):
            continue
        head = term_at.get(term.position + 1)  # the noun it qualifies: the very next word
        if head is None or head not in aligned or terms[head].name or terms[head].verb:
            continue
        if not lexicon.mostly(terms[head].surface, "n"):
            continue
        verb = _verb_before(analysis, term.position)
        if verb is None or verb not in aligned:
            continue
        places = [_noun_taken(f, q, terms[head].stem) for q in aligned[verb]]
        found = [p for p in places if p is not None and p[0]]
        if not found or len(found) < len(places):
            continue
        if any(t.stem == term.stem or akin(t.surface, term.surface) for words, _ in found for t in words):
            continue
        words, noun = found[0]
        return (f"under '{f.tokens[aligned[verb][0]].surface}', the passage has "
                f"'{f.text[words[0].start : f.tokens[noun].end]}', not '{term.surface} {terms[head].surface}'")
    return None


def _verb_before(analysis: ClaimAnalysis, at: int) -> int | None:
    """The claim verb (term index) that takes the phrase the modifier at ``at`` opens: the content word before it,
    past function words only ("give up their"), when that word is a verb; the modifier may be a name of several
    words ("Central Asian")."""
    tokens = analysis.tokens
    i = at - 1
    while i >= 0 and tokens[i].is_content and tokens[i].capitalised and tokens[at].capitalised:
        i -= 1  # the name's first word
    while i >= 0 and not tokens[i].is_content:
        if mark_after(analysis.text, tokens, i):
            return None
        i -= 1
    if i < 0 or mark_after(analysis.text, tokens, i):
        return None
    k = analysis.term_at.get(i)
    return k if k is not None and (analysis.terms[k].verb or roles.is_verb(tokens, i)) else None


def _noun_taken(f: SentenceFeatures, q: int, head: str) -> tuple[list[Token], int] | None:
    """The content words qualifying the first ``head`` after the verb at q within its clause, and where that noun
    stands ("their Tajik or Uzbek citizenship": Tajik, Uzbek); None when the verb takes no such noun within REACH
    content words."""
    tokens = f.tokens
    words: list[Token] = []
    i = q + 1
    while i < len(tokens) and not mark_after(f.text, tokens, i - 1):
        t = tokens[i]
        if t.is_content:
            if t.stem == head:
                return words, i
            if len(words) >= REACH or t.number is not None or roles.is_verb(tokens, i):
                return None
            words.append(t)
        elif words and fold(t.surface) not in ("or", "and"):
            return None  # another phrase begins ("of", "to"): the noun is not the verb's object
        i += 1
    return None

