"""A phrase replaced between the same neighbours: "sandbags would be handed out at the leisure centre from 10 a.m."
is not said by "sandbags would be handed out at the market square from 10 a.m.", though it has most of its words.

This is the substitution edit of MacCartney & Manning's natural logic for any content words, not only a verb
(``substitution``) or a modifier (``modifiers``): where the claim's words either side of a phrase stand in the
sentence in the same order, with the same function word after the left one ("at the"), and about as far apart,
what stands between them in the sentence is the phrase's other side. When none of its words is the claim's, a
synonym, a kind of it or what it is a kind of (which alignment would have found), the sentence speaks of
another thing in that place: independence, never entailment.

Only the place between two aligned neighbours is read, so a paraphrase that says the phrase elsewhere, or
leaves it out, is left to coverage.
"""

from __future__ import annotations

from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .features import SentenceFeatures
from .modifiers import _akin

LONGEST = 3  # content words of the claim's phrase at most
SLACK = 1  # words the sentence's phrase may run beyond the claim's
_MARKS = frozenset(",;:()—–\"“”")  # punctuation that opens an aside or another clause


def replaced_phrase(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence has other words in the place of a claim phrase it lacks: "the passage
    has 'market square' where the claim has 'leisure centre'"."""
    terms, tokens = analysis.terms, analysis.tokens
    run: list[int] = []
    for k in range(len(terms) + 1):
        if k < len(terms) and _replaceable(analysis, k, aligned) and (
                not run or _adjacent(tokens, terms[run[-1]].position, terms[k].position)):
            run.append(k)
            continue
        if run and len(run) <= LONGEST:
            found = _replacement(analysis, f, aligned, run)
            if found is not None:
                claim_words = " ".join(terms[j].surface for j in run)
                return f"the passage has '{found}' where the claim has '{claim_words}'"
        run = [k] if k < len(terms) and _replaceable(analysis, k, aligned) else []
    return None


def _replaceable(analysis: ClaimAnalysis, k: int, aligned: dict[int, list[int]]) -> bool:
    """A claim word the sentence lacks that a phrase of other words may stand for: no name, number or verb."""
    t = analysis.terms[k]
    return k not in aligned and not t.name and t.number is None and not t.verb


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the claim words at a and b are in one phrase: only determiners or nothing between them."""
    return all(fold(t.surface) in roles.DETERMINERS for t in tokens[a + 1 : b])


def _replacement(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                 run: list[int]) -> str | None:
    """The sentence's words in the place of the claim phrase ``run``, when they are another thing; else None."""
    terms, tokens = analysis.terms, analysis.tokens
    first, last = terms[run[0]].position, terms[run[-1]].position
    left = analysis.term_at.get(_previous_content(tokens, first))
    right = analysis.term_at.get(_next_content(tokens, last))
    if left is None or right is None or left not in aligned or right not in aligned:
        return None
    lead = _function_words(tokens[terms[left].position + 1 : first])  # ("at")
    if not lead or any(ch in _MARKS for ch in analysis.text[tokens[terms[left].position].end : tokens[
            terms[right].position].start]):
        return None  # (a phrase right after its neighbour, with no function word, is a modifier: ``modifiers``)
    span = terms[right].position - terms[left].position
    for low in aligned[left]:
        for high in aligned[right]:
            if (low < high <= low + span + SLACK and _function_words(_leading(f.tokens, low + 1, high)) == lead
                    and not any(ch in _MARKS for ch in f.text[f.tokens[low].end : f.tokens[high].start])):
                found = _other_thing(analysis, f, run, low + 1, high)
                if found is not None:
                    return found
    return None


def _function_words(tokens: list[Token]) -> list[str]:
    """The function words of a stretch, determiners left out ("at the" and "at a" are one frame)."""
    return [fold(t.surface) for t in tokens if not t.is_content and fold(t.surface) not in roles.DETERMINERS]


def _leading(tokens: list[Token], start: int, stop: int) -> list[Token]:
    """The function words that open tokens[start:stop]."""
    end = start
    while end < stop and not tokens[end].is_content:
        end += 1
    return tokens[start:end]


def _other_thing(analysis: ClaimAnalysis, f: SentenceFeatures, run: list[int], start: int, stop: int) -> str | None:
    """The sentence's content words in tokens[start:stop] when they are another thing than the claim's ``run``:
    none of them a claim word, a number, a verb, or akin to a word of the run; else None."""
    said = [p for p in range(start, stop) if f.tokens[p].is_content]
    if not said or len(said) > len(run) + SLACK:
        return None
    for p in said:
        t = f.tokens[p]
        if (t.stem in analysis.stems or t.number is not None or roles.is_verb(f.tokens, p)
                or any(_akin(t.surface, analysis.terms[j].surface) for j in run)):
            return None
    return " ".join(f.tokens[p].surface for p in said)


def _previous_content(tokens: list[Token], i: int) -> int:
    j = i - 1
    while j >= 0 and not tokens[j].is_content:
        j -= 1
    return j


def _next_content(tokens: list[Token], i: int) -> int:
    j = i + 1
    while j < len(tokens) and not tokens[j].is_content:
        j += 1
    return j
