"""Obligation: whether a sentence says what must be, or what is.

"New citizens must register" says what the law requires, not that they registered; "they do not have to
register" says they are not required to, not that they did not register. A claim and a passage agree only
if both speak of the obligation or neither does (the modal is part of the predicate, as in natural logic's
treatment of modals: MacCartney 2009, ch. 5). A claim that denies the obligation ("do not have to
register") is contradicted by a passage that states it ("must register"), and the other way round.

The deontic modals are a closed class of English constructions: *must*, *have / has to*, *need to*,
*required / obliged / obligated to*, *ought to*, *should*. Past *had to* is left out: "they had to flee"
says they fled (an actuality entailment of past modals). A negator just before the modal denies the
obligation ("do not have to", "does not need to", "is not required to"); one after it ("must not") keeps
the obligation and negates what it governs (a prohibition), which ``polarity`` reads as the verb negated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..text import Token, fold, marked_between

MODALS: tuple[tuple[str, ...], ...] = (
    ("must",), ("should",), ("ought", "to"),
    ("have", "to"), ("has", "to"),
    ("need", "to"), ("needs", "to"), ("needed", "to"),
    ("required", "to"), ("obliged", "to"), ("obligated", "to"),
)
MODAL_STARTS = frozenset(modal[0] for modal in MODALS)
BETWEEN = frozenset("not n't never also still now first then always have".split())
"""Words that may stand between a modal and the verb it governs ("must first register", "must not register",
"should not have heard": what ought not to have been)."""
DENIERS = frozenset("not n't never no".split())
"""Words that, just before a modal, deny the obligation ("do not have to", "is not required to")."""
SKIP_BEFORE = frozenset("do does did is are was were be been will would".split())
"""Auxiliaries that may stand between a denier and the modal ("not be required to", "doesn't have to")."""


@dataclass(frozen=True, slots=True)
class Obligation:
    """A deontic modal governing a verb: its words as written, and whether the obligation is denied."""

    cue: str
    denied: bool


def obligation(tokens: Sequence[Token], verb: int) -> Obligation | None:
    """The modal that governs the verb at position ``verb``, if any."""
    words = [fold(t.surface) for t in tokens]
    end = verb - 1
    while end >= 0 and words[end] in BETWEEN:
        end -= 1  # "must (not) register", "must first register"
    for modal in MODALS:
        start = end - len(modal) + 1
        if start < 0 or tuple(words[start:end + 1]) != modal:
            continue
        before = start - 1
        while before >= 0 and words[before] in SKIP_BEFORE:
            before -= 1
        denied = before >= 0 and (words[before] in DENIERS or words[before].endswith("n't"))
        return Obligation(" ".join(t.surface for t in tokens[start:end + 1]), denied)
    return None


def first_obligation(tokens: Sequence[Token], verbs: Sequence[int]) -> Obligation | None:
    """The obligation over the first of these verbs that has one."""
    for v in verbs:
        found = obligation(tokens, v)
        if found is not None:
            return found
    return None


LIGHT_REACH = 3  # words from a governed verb to the word it makes a verb phrase with ("put an end", "take part")


def obligation_over(tokens: Sequence[Token], verbs: Sequence[int], text: str = "") -> Obligation | None:
    """The obligation over the first of these verbs that has one (``first_obligation``), else over the verb
    phrase one of them stands in (``obligation_near``): what claim and passage are both read with."""
    return first_obligation(tokens, verbs) or obligation_near(tokens, verbs, text)


def obligation_near(tokens: Sequence[Token], words: Sequence[int], text: str = "") -> Obligation | None:
    """The obligation over a verb that makes a phrase with one of these words, which the sentence says as a noun
    ("are needed to put an end to" for "are needed to end"): what the modal governs is the whole verb phrase, which
    no clause mark of the ``tokens``' ``text`` interrupts ("Legal costs, which the newspaper must also pay, are
    expected to exceed": the costs are expected, not required)."""
    if not any(fold(t.surface) in MODAL_STARTS for t in tokens):
        return None  # (most sentences have no modal: skip the search)
    for q in words:
        for p in range(q - 1, max(-1, q - 1 - LIGHT_REACH), -1):
            if text and marked_between(text, tokens, p, p + 1):
                break
            found = obligation(tokens, p)
            if found is not None:
                return found
    return None
