"""A claim's verb of saying or reporting, negated in the passage: "tenants had reported the problems to him" is
contradicted by "tenants had not reported them".

*Said*, *told*, *reported* and their forms are stop words (``text.STOPWORDS``): they name no content of their
own, so a claim term never holds them, and a negation in the passage falls on the first content word after them
(``negation``), which a pronoun ("them") leaves none. Where the claim says such a verb plainly, with its subject right before it,
and the sentence has the same verb only negated, with that subject just before the negation, the two say opposite
things of the same report (natural logic's negation edit).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import PLAIN_NEGATORS, Token, fold, stem
from .analysis import ClaimAnalysis
from .features import SentenceFeatures
from .roles import AUXILIARIES

SAYING = frozenset("say says said tell tells told state states stated report reports reported".split())
"""The verbs of saying and reporting among the stop words."""
REACH = 3  # words between a negator (or the subject) and the verb: auxiliaries and adverbs ("had not yet reported")
SUBJECT_REACH = 4  # words before the negator in which the claim's subject must stand ("tenants had not")


def negated_saying(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's words, the sentence's) when the sentence negates the claim's plain verb of saying of the same
    subject; None otherwise."""
    tokens = analysis.tokens
    for i, tok in enumerate(tokens):
        if fold(tok.surface) not in SAYING or _negator_before(tokens, i) is not None:
            continue
        subject = _subject_before(tokens, i)
        if subject is None:
            continue
        mine, said = _lemma(tok.surface), []
        for p, other in enumerate(f.tokens):
            if fold(other.surface) in SAYING and _lemma(other.surface) == mine:
                said.append(p)
        negated = [(p, n) for p in said if (n := _negator_before(f.tokens, p)) is not None]
        if not said or len(negated) < len(said):
            continue  # (said plainly somewhere too)
        for p, n in negated:
            if any(f.tokens[q].stem == tokens[subject].stem for q in range(max(0, n - SUBJECT_REACH), n)):
                return (analysis.text[tokens[subject].start : tok.end],
                        f.text[f.tokens[n - 1 if n and fold(f.tokens[n - 1].surface) in AUXILIARIES else n].start
                               : f.tokens[p].end])
    return None


def _lemma(word: str) -> str:
    """The stem of the verb a form comes from ("told": tell, "reported": report)."""
    return stem(lexicon.lemma_of(fold(word)))


def _negator_before(tokens: Sequence[Token], i: int) -> int | None:
    """Where a plain negator stands before the verb at i, past auxiliaries and adverbs in -ly ("had not reported",
    "did not immediately report"), or None."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        word = fold(tokens[j].surface)
        if word in PLAIN_NEGATORS or word.endswith("n't"):
            return j
        if word not in AUXILIARIES and not lexicon.ly_adverb(word):
            return None
    return None


def _subject_before(tokens: Sequence[Token], i: int) -> int | None:
    """Where the content word stands right before the verb at i, past auxiliaries and adverbs (its subject's last
    word: "tenants had reported"), or None."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        if tokens[j].is_content and not tokens[j].is_negator and not lexicon.ly_adverb(tokens[j].surface):
            return j
        if fold(tokens[j].surface) not in AUXILIARIES and not lexicon.ly_adverb(tokens[j].surface):
            return None
    return None
