"""Bounds on a number: "fewer than 30,000" is not "over 30,000", though both name the same number.

A number a claim bounds from above ("fewer than", "under", "up to", "nearly") and the same number the passage
bounds from below ("more than", "over", "at least"), or the other way round, are two ranges that do not meet: the
passage says the count is on the other side of it. The words of each side are a closed class of English; each
bound is read right before its number ("more than 4,000 fighters", "almost 10 thousand").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Token, fold

BELOW = ("fewer than", "less than", "under", "below", "up to", "at most", "no more than", "nearly", "almost",
         "just under", "not quite")
"""Words that put a count below (or at) the number after them."""
ABOVE = ("more than", "over", "above", "at least", "upwards of", "in excess of", "no fewer than", "no less than",
         "just over", "exceeding")
"""Words that put a count above (or at) the number after them."""
LONGEST = max(len(words.split()) for words in BELOW + ABOVE)


def _bounded(tokens: Sequence[Token]) -> list[tuple[float, int, str]]:
    """Each number with a bound right before it: (value, +1 above / -1 below, the words as written)."""
    out = []
    for i, tok in enumerate(tokens):
        if tok.number is None:
            continue
        for size in range(LONGEST, 0, -1):
            if i - size < 0:
                continue
            before = " ".join(fold(t.surface) for t in tokens[i - size : i])
            side = -1 if before in BELOW else 1 if before in ABOVE else 0
            if side:
                written = " ".join(t.surface for t in tokens[i - size : i + 1])
                out.append((tok.number, side, written))
                break
    return out


def bound_conflict(claim: Sequence[Token], passage: Sequence[Token]) -> tuple[str, str] | None:
    """(the claim's words, the passage's) when the passage bounds one of the claim's bounded numbers from the other
    side ("fewer than 30,000" / "over 30,000"); None otherwise."""
    said = _bounded(passage)
    for value, side, written in _bounded(claim):
        other = next((w for v, s, w in said if v == value and s == -side), None)
        if other is not None and not any(v == value and s == side for v, s, _ in said):
            return written, other
    return None
