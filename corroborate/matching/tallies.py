"""Ordered pairs of numbers: a vote of "31 votes to 24", a score of "3-1", a change "from 24 to 31".

The two numbers of such a pair say which side had which, so the same two in the other order are another value:
"approved by 24 votes to 31" is not what "approved by 31 votes to 24" says, though every word and number agrees.
A pair joined by "and" ("between 24 and 31") has no order, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Token, fold
from .roles import is_verb

BETWEEN = 2  # content words that may stand between the first number and "to" ("31 votes to 24", "3 goals to 1")
DASHES = frozenset("-–—")


def ordered_pairs(tokens: Sequence[Token], text: str) -> dict[tuple[float, float], str]:
    """The text's ordered pairs of numbers, each with its words as written."""
    out: dict[tuple[float, float], str] = {}
    for i, tok in enumerate(tokens):
        if tok.number is None:
            continue
        j = _second(tokens, text, i)
        second = tokens[j].number if j is not None else None
        if j is not None and second is not None and second != tok.number:
            out.setdefault((tok.number, second), text[tok.start : tokens[j].end])
    return out


def _second(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the second number of a pair whose first stands at i is: right after a dash ("3-1"), or after "to"
    with at most BETWEEN nouns before it ("31 votes to 24")."""
    if i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start].strip() in DASHES:
        return i + 1
    for j in range(i + 1, min(len(tokens) - 1, i + 2 + BETWEEN)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()"):
            return None
        if fold(tokens[j].surface) == "to":
            return j + 1
        if not tokens[j].is_content or tokens[j].number is not None or is_verb(tokens, j):
            return None
    return None


def reversed_pair(claimed: dict[tuple[float, float], str], tokens: Sequence[Token],
                  text: str) -> tuple[str, str] | None:
    """(the claim's pair, the passage's) when the passage has the claim's ordered pair of numbers (``claimed``: its
    ``ordered_pairs``, read once, ``ClaimAnalysis.ordered_pairs``) the other way round only ("24 votes to 31" / "31
    votes to 24")."""
    if not claimed:
        return None
    said = ordered_pairs(tokens, text)
    for (a, b), words in claimed.items():
        if (b, a) in said and (a, b) not in said:
            return words, said[b, a]
    return None
