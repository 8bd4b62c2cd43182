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


PEOPLE = frozenset({"person", "group"})
"""WordNet files "workers" under persons and "people" and "staff" under groups: counted, they are the same kind."""


def other_kind(a: Token, b: Token) -> bool:
    """Whether WordNet files the two nouns' first senses as different kinds of thing (a person, an artifact, a
    place, a time...): "35 shops" and "35 residents" count different things; "two years" and "two seasons" might
    not; "worshippers" and "parishioners" may be the same people, which WordNet does not relate."""
    kinds = {_kind(a), _kind(b)}
    return "" not in kinds and len(kinds) == 2 and not kinds <= PEOPLE


def _kind(word: Token) -> str:
    entry = lexicon.entry_of(word.surface)
    return entry.kind("n") if entry is not None else ""
