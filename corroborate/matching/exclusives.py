"""Exclusives: "only", "solely", "exclusively", "limited to" say that nothing else is so.

"Transmission occurs only after symptom onset" says more than "transmission occurs after symptom onset": the
exclusive narrows the claim to the one case it names (in natural logic, the claim is the more specific of the
two), so a sentence that says the rest without an exclusive of its own does not support it. Not a contradiction
either: the sentence may simply not say whether there are other cases.

Not an exclusive: "only" before a number or an amount, which says the amount is small ("only 12 people came",
"only a few"); "only to", which tells what came next ("advanced to the playoffs, only to lose"); "only just"
(barely); and "not only", which adds ("not only migrants but also students"). "Only to" before a noun phrase is
one ("given only to patients of the same group").

The other way round, "its only licensed supplier" contradicts "one of several licensed suppliers": the passage says
there is one where the claim says there are more (``sole_against_several``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold, marked_between
from . import roles
from .analysis import ClaimAnalysis
from .connectives import ARTICLES, POSSESSIVES
from .features import SentenceFeatures

MODIFIER_REACH = 2  # words between "only" and its noun ("its only licensed supplier")
QUANTIFIER_REACH = 3  # words between a claim's quantifier and its noun ("several licensed suppliers")

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
            if not _to_a_place(tokens, i + 1):
                continue
        out.append(tok)
    return out


def _to_a_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "to" at i takes a noun phrase (a determiner or a noun: "given only to patients", "only to the
    members"), not a verb ("advanced to the playoffs, only to lose")."""
    if fold(tokens[i].surface) != "to" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return fold(nxt.surface) in roles.DETERMINERS or (nxt.is_content and not roles.is_verb(tokens, i + 1)
                                                      and lexicon.verb_share(nxt.surface) < 0.5)


def unmatched_exclusive(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """Why not support, when the claim says "only" (or "solely", "exclusively") and the sentence has no exclusive."""
    mine = exclusive_words(analysis.tokens)
    if not mine or exclusive_words(f.tokens):
        return None
    return f"the claim says '{mine[0].surface}', the passage does not"


def sole_against_several(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's words, the sentence's) when the claim counts more than one of a noun ("one of several
    suppliers", "two suppliers", "many suppliers") and the sentence calls one of it the only one ("its only
    supplier", "the sole supplier"); None otherwise, or when the claim has an exclusive of its own."""
    if exclusive_words(analysis.tokens):
        return None
    for term in analysis.terms:
        if term.number is not None or term.verb:
            continue
        several = _more_than_one(analysis.tokens, analysis.text, term.position)
        if several is None:
            continue
        for q in f.places(term.spellings):
            only = _sole_before(f, q) if _heads_its_phrase(f, q) else None
            if only is not None:
                return (analysis.text[analysis.tokens[several].start : analysis.tokens[term.position].end],
                        f.text[f.tokens[only].start : f.tokens[q].end])
    return None


def _more_than_one(tokens: Sequence[Token], text: str, at: int) -> int | None:
    """Where the words that count more than one of the noun at ``at`` start: "one of", a number above one, or a
    quantifier from "several" up ("several", "many", "all"), within QUANTIFIER_REACH words before it."""
    for i in range(at - 1, max(-1, at - 1 - QUANTIFIER_REACH), -1):
        if marked_between(text, tokens, i, at):
            return None
        word = fold(tokens[i].surface)
        number = tokens[i].number
        if number is not None and number > 1:
            return i
        place = lexicon.scale_place(word)
        if place is not None and place[0] == "quantity" and place[1] >= 2:
            one_of = i >= 2 and fold(tokens[i - 1].surface) == "of" and fold(tokens[i - 2].surface) == "one"
            return i - 2 if one_of else i
        if word == "of" and i and fold(tokens[i - 1].surface) == "one":
            return i - 1
    return None


def _heads_its_phrase(f: SentenceFeatures, q: int) -> bool:
    """Whether the word at q ends its noun phrase: no content word follows it but a verb ("supplier, Corvanta",
    "supplier halted"; not "licensed supplier")."""
    after = q + 1
    return (after >= len(f.tokens) or marked_between(f.text, f.tokens, q, after) or not f.tokens[after].is_content
            or roles.is_verb(f.tokens, after))


def _sole_before(f: SentenceFeatures, q: int) -> int | None:
    """Where "only" or "sole" stands before the noun at q as its modifier ("its only licensed supplier", "the sole
    survivor"): after an article or a possessive, within MODIFIER_REACH words of the noun, no mark between."""
    for i in range(q - 1, max(0, q - 2 - MODIFIER_REACH), -1):
        if fold(f.tokens[i].surface) in ("only", "sole") and i and (
                fold(f.tokens[i - 1].surface) in ARTICLES | POSSESSIVES) and not marked_between(f.text, f.tokens, i, q):
            return i - 1
    return None
