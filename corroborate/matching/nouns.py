"""How WordNet relates a claim's noun to a sentence's: shared by the rules that compare what two nouns name (a
counted thing, a measure).

Two nouns are related when one is another form of the other, a synonym or derived form, or a kind of the other
(a *tenement* is a kind of *home*, a *week* a kind of *period*). A sentence says a noun when it has the noun in
any of those forms, or a more specific one.
"""

from __future__ import annotations

from .. import lexicon
from ..text import Token
from .features import SentenceFeatures


def related(a: Token, b: Token) -> bool:
    """Whether WordNet relates two nouns: another form, a synonym or derived form, one a kind of the other."""
    if a.stem == b.stem or _kin(a) & _kin(b):
        return True
    return bool(lexicon.general_stems(a.surface) & lexicon.base_stems(b.surface)
                or lexicon.general_stems(b.surface) & lexicon.base_stems(a.surface))


def said_in(noun: Token, f: SentenceFeatures) -> bool:
    """Whether the sentence has the noun, another form, a synonym or derived form of it, what it is a kind of,
    or a kind of it."""
    return bool(({noun.stem} | _kin(noun) | lexicon.general_stems(noun.surface)) & f.stems) or any(
        lexicon.base_stems(noun.surface) & lexicon.general_stems(tok.surface) for tok in f.tokens if tok.is_content)


def _kin(word: Token) -> frozenset[str]:
    return lexicon.base_stems(word.surface) | lexicon.synonym_stems(word.surface)
