"""Exchanged words: "harassment of Russian women in Muslim cities" is not "harassment of Muslim women in Russian
cities", though every word is there.

Where two words of the claim each stand, in the sentence, where the other stands in the claim (beside the
other's neighbour), the sentence tells another event with the claim's words: the substitution of one argument
for another in MacCartney & Manning's natural logic, done twice. ``roles`` reads the two sides of a verb; this
module reads what no verb separates: a modifier and its noun ("Japanese aircraft", "Chinese airspace"), the
parts of a name ("Ken Carey", "Max Sells"), a noun and the noun of its preposition ("occupation of Iraq", "ties
with Jordan").

Pairs with a verb in them are left to ``roles``: a passive sentence puts a verb's arguments the other way round
and says the same ("Gaetz attacked Patronis" / "Patronis was attacked by Gaetz").
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

_BREAKS = frozenset(",;:.!?()—–\"“”")  # punctuation that ends a phrase


def pairs(tokens: Sequence[Token], text: str) -> set[tuple[str, str]]:
    """Stems of the content words that stand next to each other, or with one function word between them ("ties
    with Iraq"), in one phrase and with no verb among them: (left, right). A verb and the noun of the preposition
    after it ("made in Brno") are a pair too: no passive turns them round (though "by" may: "attacked by")."""
    verbs = {i for i, t in enumerate(tokens) if t.is_content and roles.is_verb(tokens, i)}
    words = [i for i, t in enumerate(tokens) if t.is_content and t.number is None]
    out = set()
    for a, b in zip(words, words[1:]):
        if b - a > 2 or any(c in _BREAKS for c in text[tokens[a].end : tokens[b].start]) or b in verbs:
            continue
        if b - a == 2 and tokens[a + 1].is_content:
            continue  # (a content word between them, a verb or not, is a third word of the phrase)
        if a in verbs and not (b - a == 2 and fold(tokens[a + 1].surface) in VERB_PREPOSITIONS):
            continue
        out.add((tokens[a].stem, tokens[b].stem))
    for a, tok in enumerate(tokens):  # a preposition of place the tokenizer keeps as a content word ("ended outside
        b = a + 2  # parliament"), after a verb or a past form (which one before a preposition is)
        if not (a in verbs or (tok.is_content and lexicon.written_past(tok.surface))):
            continue
        if (b < len(tokens) and fold(tokens[a + 1].surface) in PLACE_WORDS and tokens[b].is_content
                and tokens[b].number is None and not any(c in _BREAKS for c in text[tokens[a].end : tokens[b].start])):
            out.add((tokens[a].stem, tokens[b].stem))
    return out


PLACE_WORDS = frozenset({"outside", "inside", "near", "beside", "behind", "across", "along", "around", "beyond",
                         "towards", "toward", "opposite"})
"""Prepositions of place that are content words too ("went outside"): after a verb, before a noun, they pair them."""


VERB_PREPOSITIONS = roles.PREPOSITIONS - {"by", "of"}
"""The prepositions whose noun a verb keeps in a passive ("made in Brno", "sent to Kyiv"): not "by", which names
the agent there, nor "of"."""


def exchanged(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """Two claim words the sentence puts each in the other's place, (first, second) as the claim writes them; None
    when there are none. Each must stand beside a neighbour of the other's in the sentence, and neither beside
    its own claim neighbour there."""
    claimed = pairs(analysis.tokens, analysis.text)
    said = pairs(f.tokens, f.text)
    if not claimed or not said:
        return None
    surface = {t.stem: t.surface for t in analysis.tokens}
    words = sorted({w for pair in claimed for w in pair}, key=lambda w: next(
        i for i, t in enumerate(analysis.tokens) if t.stem == w))
    found = [(surface[u], surface[v]) for n, u in enumerate(words) for v in words[n + 1 :]
             if _moved(u, v, claimed, said) and _moved(v, u, claimed, said)]
    # Name the exchanged names where there are some ("Russian" and "Muslim", not the nouns they qualify).
    names = (pair for pair in found if pair[0][:1].isupper() and pair[1][:1].isupper())
    return next(names, found[0] if found else None)


def _moved(u: str, v: str, claimed: set[tuple[str, str]], said: set[tuple[str, str]]) -> bool:
    """Whether a claim pair of u (without v) is, in the sentence, that pair with v in u's place, and not itself."""
    for left, right in claimed:
        if v in (left, right) or u not in (left, right):
            continue
        moved = (v, right) if left == u else (left, v)
        if moved in said and (left, right) not in said:
            return True
    return False
