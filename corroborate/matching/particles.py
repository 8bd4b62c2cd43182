"""A phrasal verb said the other way: "Food prices went up in March" is not said by "Food prices went down in
March", though the sentence has every content word of the claim (its particles are stop words).

WordNet lists phrasal verbs with their opposites (*go up* / *fall*, *speed up* / *decelerate*, *step up* /
*de-escalate*, *shut down* / *open*, *turn down* / *accept*). Where the claim's verb and the word after it make
such a verb, and the sentence has the same verb in the claim verb's place (``places``) with another word after it
that makes one of those opposites, or a synonym of one (*go down*, whose synonyms are *descend* and *fall*), or
the other way round, the passage says the opposite: MacCartney & Manning's alternation, as an antonym in the
verb's place is (``conflicts``). So does a one-word opposite of the claim's phrasal verb in its place, where the
sentence lacks the claim's verb (*went up* / *fell*). Only WordNet's opposites themselves count, not kinds of them:
a phrasal verb's senses are too many for that.

Another phrasal verb of the same verb, not a synonym, is another verb: *would break up* is not said by *has broken
away* (``other_phrasal``), though no contradiction either.
"""

from __future__ import annotations

from .. import lexicon
from ..text import fold, stem
from .analysis import ClaimAnalysis
from .connectives import ADVERB_PARTICLES
from .features import SentenceFeatures
from .places import in_place


def reversed_phrasal(analysis: ClaimAnalysis, f: SentenceFeatures,
                     row: list[float]) -> tuple[str, str, int | None] | None:
    """(the claim's phrasal verb, the sentence's words, the claim verb they replace) when the sentence says the
    claim's verb with the other particle ("went up", "went down", None: the verb is there), or, lacking the claim's
    verb (``row``: how well it has each claim word), a one-word opposite of it ("went up", "fell", the verb)."""
    tokens = analysis.tokens
    for k, term in enumerate(analysis.terms):
        at = term.position + 1
        if not term.verb or at >= len(tokens):
            continue
        claimed = lexicon.phrasal_entry(term.surface, tokens[at].surface)
        if claimed is None or not claimed.opposites:
            continue
        phrase = f"{term.surface} {tokens[at].surface}"
        lemma = lexicon.lemma_of(term.surface)
        if _says(f, term.stem, lemma, tokens[at].surface):
            continue  # ("went up in March, then went down in April": both)
        if not row[k]:
            word = _one_word_opposite(analysis, k, f, claimed)
            if word is not None:
                return phrase, word, k
            continue
        for p in range(len(f.tokens) - 1):
            said = f.tokens[p]
            if p in f.negated or (said.stem != term.stem and lexicon.lemma_of(said.surface) != lemma):
                continue
            other = lexicon.phrasal_entry(said.surface, f.tokens[p + 1].surface)
            if other is None or other.word == claimed.word or not _opposed(claimed, other):
                continue
            if in_place(analysis, k, f, p):
                return phrase, f"{said.surface} {f.tokens[p + 1].surface}", None
    return None


def other_phrasal(analysis: ClaimAnalysis, f: SentenceFeatures,
                  aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's phrasal verb, the sentence's) when the sentence has the claim's verb, where the claim's is aligned,
    only with another particle that makes another phrasal verb WordNet lists, neither a synonym of the other ("break
    up" / "broken away")."""
    tokens = analysis.tokens
    for k in analysis.verbs:
        term, at = analysis.terms[k], analysis.terms[k].position + 1
        if at >= len(tokens) or k not in aligned:
            continue
        claimed = lexicon.phrasal_entry(term.surface, tokens[at].surface)
        if (claimed is None or fold(tokens[at].surface) not in ADVERB_PARTICLES
                or _says(f, term.stem, lexicon.lemma_of(term.surface), tokens[at].surface)):
            continue
        for p in aligned[k]:
            if p + 1 >= len(f.tokens) or fold(f.tokens[p + 1].surface) not in ADVERB_PARTICLES:
                continue
            other = lexicon.phrasal_entry(f.tokens[p].surface, f.tokens[p + 1].surface)
            if (other is not None and other.word != claimed.word and other.word not in claimed.synonyms
                    and claimed.word not in other.synonyms):
                return f"{term.surface} {tokens[at].surface}", f"{f.tokens[p].surface} {f.tokens[p + 1].surface}"
    return None


def _one_word_opposite(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, claimed: lexicon.Entry) -> str | None:
    """The sentence's word, in the place of the claim's verb k, that is a one-word opposite of the phrasal verb it
    makes ("fell" for "went up": go up, whose opposite is fall), by its lemma."""
    opposites = frozenset(stem(w) for w in claimed.opposites if "_" not in w)
    for p, t in enumerate(f.tokens):
        if (p not in f.negated and t.is_content and lexicon.base_stems(t.surface) & opposites
                and in_place(analysis, k, f, p)):
            return t.surface
    return None


def _says(f: SentenceFeatures, verb_stem: str, lemma: str, particle: str) -> bool:
    """Whether the sentence has the verb (by stem or lemma) with the particle right after it."""
    return any((t.stem == verb_stem or lexicon.lemma_of(t.surface) == lemma)
               and f.tokens[p + 1].surface.lower() == particle.lower() for p, t in enumerate(f.tokens[:-1]))


def _opposed(a: lexicon.Entry, b: lexicon.Entry) -> bool:
    """Whether either phrasal verb, or a synonym of it, is an opposite of the other."""
    return bool(({b.word} | b.synonyms) & a.opposites or ({a.word} | a.synonyms) & b.opposites)
