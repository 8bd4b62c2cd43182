"""Modifiers: a claim word that qualifies the next one ("economic considerations") and that the sentence
replaces with another ("national security considerations") says something the sentence does not.

A claim word the sentence simply lacks is weighed by coverage: the passage may say it in other words. But
where the sentence has the very word the claim's modifier qualifies, with a different word in the
modifier's place each time, the two speak of different kinds of thing. A synonym or a more specific word
would have been aligned (``align``), so what stands there is neither. Not a contradiction (the two may both
be true: economic and security considerations), but never support.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .. import lexicon
from ..text import Token
from .analysis import ClaimAnalysis
from .features import SentenceFeatures


def replaced_modifier(analysis: ClaimAnalysis, f: SentenceFeatures,
                      aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence replaces a claim modifier: "the passage has 'security
    considerations', not 'economic considerations'"."""
    term_at = analysis.term_at
    for k, term in enumerate(analysis.terms):
        if k in aligned or term.name or term.number is not None or term.verb:
            continue
        head = term_at.get(term.position + 1)  # the claim word it qualifies: the very next word
        if head is None or head not in aligned or analysis.terms[head].name or analysis.terms[head].verb:
            continue
        if not lexicon.mostly(analysis.terms[head].surface, "n") or lexicon.mostly(term.surface, "v"):
            continue  # a modifier qualifies a noun ("Individuals immune to" is no modifier and its head)
        rivals = [_before(f.tokens, q) for q in aligned[head]]
        if rivals and all(r is not None and r.stem not in analysis.stems and not _akin(r.surface, term.surface)
                          for r in rivals):
            said = f.tokens[aligned[head][0]]
            rival = rivals[0]
            assert rival is not None
            return (f"the passage has '{rival.surface} {said.surface}', "
                    f"not '{term.surface} {analysis.terms[head].surface}'")
    return None


def _before(tokens: list[Token], q: int) -> Token | None:
    """The word just before position q when it may qualify it: a plain content word (no name, number or
    negator) that is not mostly a verb ("showed mercenaries from Nepal": 'showed' is no modifier)."""
    if q == 0:
        return None
    tok = tokens[q - 1]
    if not tok.is_content or tok.capitalised or tok.number is not None or tok.is_negator:
        return None
    return None if lexicon.mostly(tok.surface, "v") else tok


def _akin(passage_word: str, claim_word: str) -> bool:
    """Whether the passage's word may say the claim's: a synonym, a kind of it or what it is a kind of (as
    WordNet relates them, in their most frequent senses), or a close spelling (eery / eerie)."""
    if lexicon.relation(passage_word, claim_word) in (lexicon.Relation.SYNONYM, lexicon.Relation.SPECIFIC):
        return True
    if lexicon.relation(claim_word, passage_word) is lexicon.Relation.SPECIFIC:
        return True
    return fuzz.ratio(passage_word.lower(), claim_word.lower()) >= 80
