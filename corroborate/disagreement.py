"""Disagreement between two sources, as evidence that they are independent.

When two sentences that tell the same thing (aligned by reuse detection) disagree on a fact (a different
count, time or name in the same place, or one says what the other denies), neither took that fact from the
other. ``sources`` shows these pairs, and a dependency resting only on sentences that disagree is dropped.

The checks are the matcher's own value and negation rules (``matching.values``, ``matching.polarity``),
applied to a sentence of each source instead of a claim and a passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sources import Passage
from .text import LEXICAL_NEGATORS, Token, fold, tokenize


@dataclass(frozen=True)
class Disagreement:
    """Two sentences, one of each source, that tell the same thing and disagree on a fact."""

    a: Passage
    b: Passage
    reason: str


def disagree(text_a: str, text_b: str) -> str | None:
    """Why two sentences about the same thing disagree, or None."""
    # The matcher's rules are imported here: a run that finds its reuse in the cache never asks.
    from .matching import values
    from .matching.features import names_in, positions_of

    tokens_a, tokens_b = tokenize(text_a), tokenize(text_b)
    for first, second, ta, tb in ((text_a, text_b, tokens_a, tokens_b), (text_b, text_a, tokens_b, tokens_a)):
        clash = values.time_conflict(first, second)
        if clash is not None:
            return f"one says {clash[0]}, the other {clash[1]}"
        for found in values.substitutions(ta, tb, positions_of(tb), names_in(tb).values()):
            if found.kind == "number":
                return found.message.replace("the claim says", "one says").replace("the passage", "the other")
    return _negation(text_a, tokens_a, text_b, tokens_b)


def denied(text_a: str, text_b: str) -> str | None:
    """Why two short sentences disagree, when one negates the verb the other asserts ("Ambulances were not
    diverted" / "ambulances were diverted to Kingsford"), or None. For sentences that share too few words to be
    read as telling the same thing (``disagree``) but share the verb and what it is said of: a correction is
    often that short."""
    if not (NEGATOR.search(text_a) or NEGATOR.search(text_b)):
        return None
    return _negation(text_a, tokenize(text_a), text_b, tokenize(text_b))


def corrected_count(text_a: str, text_b: str) -> str | None:
    """Why two sentences disagree, when one corrects the other's count in so many words ("Twelve people, not
    nine as first reported, were injured" / "Nine people were hurt when ..."), or None. The correction says
    what it corrects: the two need share nothing else."""
    for first, second in ((text_a, text_b), (text_b, text_a)):
        found = _corrected_count(first, second)
        if found is not None:
            return found
    return None


def _corrected_count(correcting: str, other: str) -> str | None:
    """"N things, not M as first reported": the correction of a report that gave M of the same things."""
    if _CORRECTION.search(correcting) is None:
        return None
    tokens = tokenize(correcting)
    theirs: list[Token] | None = None  # the other sentence, read once a correction is found
    for i in range(len(tokens) - 3):
        new, thing, negator, old = tokens[i : i + 4]
        if (new.number is not None and thing.is_content and thing.number is None and fold(negator.surface) == "not"
                and old.number is not None and old.number != new.number):
            theirs = theirs if theirs is not None else tokenize(other)
            if any(t.number == old.number and n.stem == thing.stem for t, n in zip(theirs, theirs[1:])):
                return f"one says '{new.surface} {thing.surface}', the other '{old.surface} {thing.surface}'"
    return None


_CORRECTION = re.compile(r"\bnot\s+\S+\s+as\s+(?:was\s+|had\s+been\s+)?(?:first\s+|earlier\s+|initially\s+|"
                         r"previously\s+|originally\s+)?(?:reported|stated|announced|said|thought)\b", re.IGNORECASE)


NEGATOR = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
"""A word without which a sentence corrects nothing (``denied``, ``corrected_count``)."""


def _negation(text_a: str, tokens_a: list[Token], text_b: str, tokens_b: list[Token]) -> str | None:
    """A verb one sentence negates and the other asserts ("was evacuated" / "was never evacuated"). Verbs only:
    "no containers were loaded" and "halting the loading of containers" say the same thing."""
    from .matching import negation, roles

    negated_a = {tokens_a[p].stem: n for p, n in negation.negated(tokens_a, text_a).items()
                 if fold(n) not in LEXICAL_NEGATORS}  # "cancelled", "refused": words with a meaning of their own
    negated_b = {tokens_b[p].stem: n for p, n in negation.negated(tokens_b, text_b).items()
                 if fold(n) not in LEXICAL_NEGATORS}
    plain_a = {t.stem for p, t in enumerate(tokens_a) if t.is_content and t.stem not in negated_a}
    plain_b = {t.stem for p, t in enumerate(tokens_b) if t.is_content and t.stem not in negated_b}
    verbs = {tokens_a[p].stem for p in roles.predicates(tokens_a)} & {tokens_b[p].stem for p in roles.predicates(tokens_b)}
    for negated, plain in ((negated_a, plain_b), (negated_b, plain_a)):
        for stem, negator in negated.items():
            if stem in plain and stem in verbs:
                word = next(t.surface for t in (*tokens_a, *tokens_b) if t.stem == stem)
                return f"one says '{negator} {word}', the other '{word}'"
    return None
