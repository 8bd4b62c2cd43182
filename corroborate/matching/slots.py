"""A phrase replaced in the same frame: "sandbags would be handed out at the leisure centre from 10 a.m." is not
said by "sandbags would be handed out at the market square from 10 a.m.", though it has most of its words.

This is the substitution edit of MacCartney & Manning's natural logic for any content words, not only a verb
(``substitution``) or a modifier (``modifiers``). Where the sentence lacks a claim phrase, and has, framed as the
claim frames it, a phrase of no more words, that phrase is the other side of the edit. The frame is read on both
sides: an aligned claim word with the same function words between ("handed out at the ... from"; a verb may take
its object with none, "carrying coal from"), or, on one side at most, the sentence's start or end or a clause mark
with the same function words ("The teachers I remember" / "The things I remember"). Where both sides have
function words and the right an aligned word, the left's function words alone may frame it, whatever the sentence
puts before them ("after neighbours reported a strong smell" / "after the owner reported"); and a claim phrase
that ends its clause is framed by a sentence phrase that a qualifying phrase follows ("voted for a cut of a quarter
point" / "voted for a rise."). When none of the sentence's
words is the claim's, a number, a verb, a synonym, a kind of it or what it is a kind of (which alignment would
have found), the sentence speaks of another thing in that place: independence, never entailment.

A name, of any length, in the place of a claim's common noun is another thing ("working with the police" / "with
the National Cyber Security Centre"): a name that is the claim's thing would have its word ("Thames Valley Police").
A phrase said elsewhere, left out, or said in more words ("cheap workers" / "a low-cost workforce") is left to
coverage, and so is one framed on one side only: there a paraphrase is as likely as another thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .connectives import JOINING
from .features import SentenceFeatures
from .modifiers import akin

LONGEST = 3  # content words of the claim's phrase at most (the sentence's may not be longer)
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
    """A claim word the sentence lacks that a phrase of other words may stand for: no name, number or verb (nor a
    word in -ing that opens the claim, "Taking part", which the reading of verbs does not see there)."""
    t = analysis.terms[k]
    verbal = t.position == 0 and fold(t.surface).endswith("ing") and lexicon.verb_share(t.surface) >= 0.5
    return k not in aligned and not t.name and t.number is None and not t.verb and not verbal


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the claim words at a and b are in one phrase: only determiners or nothing between them."""
    return all(fold(t.surface) in roles.DETERMINERS for t in tokens[a + 1 : b])


@dataclass(frozen=True, slots=True)
class _Side:
    """What stands on one side of a claim phrase: an aligned claim word (``term``) and the function words between
    it and the phrase, or, with ``term`` None, the sentence's start or end or a clause mark, and the function
    words before the phrase (determiners are left out: "at the" and "at a" are one frame)."""

    term: int | None
    words: tuple[str, ...]
    anywhere: bool = False  # with no term: the words may follow any word of the sentence, not only a clause's edge


def _side(analysis: ClaimAnalysis, aligned: dict[int, list[int]], at: int, step: int) -> _Side | None:
    """The side of the claim phrase that ends (step -1: begins) at token ``at``, read outward; None when a word
    stands there that the sentence lacks."""
    tokens, text = analysis.tokens, analysis.text
    words: list[str] = []
    i = at + step
    while 0 <= i < len(tokens):
        between = text[tokens[i].end : tokens[i + 1].start] if step < 0 else text[tokens[i - 1].end : tokens[i].start]
        if any(ch in _MARKS for ch in between):
            return _Side(None, tuple(reversed(words)) if step < 0 else tuple(words))
        if tokens[i].is_content:
            k = analysis.term_at.get(i)
            if k is None or k not in aligned:
                return None
            return _Side(k, tuple(reversed(words)) if step < 0 else tuple(words))
        if fold(tokens[i].surface) not in roles.DETERMINERS:
            words.append(fold(tokens[i].surface))
        i += step
    return _Side(None, tuple(reversed(words)) if step < 0 else tuple(words))


def _replacement(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                 run: list[int]) -> str | None:
    """The sentence's words in the place of the claim phrase ``run``, when they are another thing; else None."""
    terms = analysis.terms
    left = _side(analysis, aligned, terms[run[0]].position, -1)
    right = _side(analysis, aligned, terms[run[-1]].position, +1)
    if left is None or right is None or (left.term is None and right.term is None):
        return None
    if left.term is not None and not left.words and not terms[left.term].verb:
        return None  # (a phrase right after its neighbour, with no function word, is a modifier, ``modifiers``;
        # right after a verb it is the verb's object: "carrying coal from the port")
    if left.term is None or right.term is None:
        verb_object = right.term is None and left.term is not None and terms[left.term].verb  # ("are promised
        # shorter sentences." / "are promised better treatment, while": the verb's object to its clause's end)
        if not (left.words if right.term is None else right.words) and not verb_object:
            return None  # (a phrase between a clause's edge and a word, with nothing to frame it, may say it
            # otherwise: "Taking part in" / "Participation in")
    sides = [(left, right)]
    if left.term is not None and left.words and right.term is not None and right.words:
        sides.append((_Side(None, left.words, anywhere=True), right))  # the words on the left alone, where the
        # sentence puts other words before them ("the building shortly after 6 a.m. after neighbours reported a
        # strong smell" / "the building after the owner reported a strong smell")
    for one, other in sides:
        for start, stop in _places(f, aligned, one, other, len(run)):
            found = _other_thing(analysis, f, run, start, stop)
            if found is not None:
                return found
    return None


def _places(f: SentenceFeatures, aligned: dict[int, list[int]], left: _Side, right: _Side,
            size: int) -> list[tuple[int, int]]:
    """Stretches of the sentence framed as the claim phrase is: (start, stop) of what stands between the frames."""
    tokens = f.tokens
    out = []
    lows = aligned[left.term] if left.term is not None else [p for p in range(-1, len(tokens))
                                                             if left.anywhere or _edge(f, p)]
    for low in lows:
        start, words = _function_words(f, low + 1)
        if words != left.words:
            continue
        stop, count = start, 0
        while (stop < len(tokens) and tokens[stop].is_content and (count <= size or _named(f, start, stop))
               and not (right.term is not None and stop in aligned[right.term])):
            stop, count = _word_end(f, stop) + 1, count + 1
            if _edge(f, stop - 1):
                break
        if stop == start or (count > size and not _named(f, start, stop)):
            continue  # (a longer phrase may say the claim's in more words: "cheap workers" / "a low-cost workforce")
        stop = _past_conjuncts(f, stop, size, aligned[right.term] if right.term is not None else [])
        end, words = _function_words(f, stop, stop_at_edge=True)
        if right.term is None and not right.words and words and words[0] in POSTMODIFYING:
            out.append((start, stop))  # the claim's phrase ends its clause, the sentence's goes on with a phrase
            # that qualifies it ("voted for a cut of a quarter of a point" / "voted for a rise.")
            continue
        if words != right.words:
            continue
        if (end in aligned[right.term]) if right.term is not None else _edge(f, end - 1):
            out.append((start, stop))
    return out


POSTMODIFYING = frozenset({"of", "on", "in", "at", "near", "from", "for", "with"})
"""Prepositions that open a phrase qualifying the noun before them ("a cut of a quarter point", "strikes on
towns near the front line")."""
HYPHENS = frozenset({"-", "‑", "‐"})


def _word_end(f: SentenceFeatures, p: int) -> int:
    """The last token of the word that starts at p: tokens joined by hyphens are one word ("brother-in-law",
    "editor-in-chief"), whatever function words it holds."""
    while p + 1 < len(f.tokens) and f.text[f.tokens[p].end : f.tokens[p + 1].start] in HYPHENS:
        p += 1
    return p



def _past_conjuncts(f: SentenceFeatures, stop: int, size: int, right: list[int]) -> int:
    """Past the phrases "and" or "or" joins to the one that ends at ``stop``, each of no more words than the
    claim's ("spilling grain and diesel across" for "spilling coal across": a list of other things)."""
    tokens = f.tokens
    while stop + 1 < len(tokens) and fold(tokens[stop].surface) in JOINING and not _edge(f, stop - 1):
        q = stop + 1
        while q < len(tokens) and tokens[q].is_content and q not in right and q - (stop + 1) < size:
            q += 1
        if q == stop + 1 or (q < len(tokens) and tokens[q].is_content and q not in right):
            break  # (no phrase after it, or a longer one)
        stop = q
    return stop


def _function_words(f: SentenceFeatures, i: int, stop_at_edge: bool = False) -> tuple[int, tuple[str, ...]]:
    """From position i, the first content word's position and the function words before it, determiners left
    out ("at the" and "at a" are one frame); with ``stop_at_edge``, no further than a clause mark."""
    tokens = f.tokens
    words = []
    while i < len(tokens) and not tokens[i].is_content and not (stop_at_edge and _edge(f, i - 1)):
        if fold(tokens[i].surface) not in roles.DETERMINERS:
            words.append(fold(tokens[i].surface))
        i += 1
    return i, tuple(words)


def _edge(f: SentenceFeatures, p: int) -> bool:
    """Whether a clause mark, or the sentence's start or end, follows the token at p (-1: the start)."""
    tokens = f.tokens
    if p < 0 or p + 1 >= len(tokens):
        return True
    return any(ch in _MARKS for ch in f.text[tokens[p].end : tokens[p + 1].start])


def _other_thing(analysis: ClaimAnalysis, f: SentenceFeatures, run: list[int], start: int, stop: int) -> str | None:
    """The sentence's content words in tokens[start:stop] when they are another thing than the claim's ``run``:
    none of them a claim word, a number, a verb, or akin to a word of the run; else None."""
    said = [p for p in range(start, stop) if f.tokens[p].is_content]
    conjuncts = [len(list(group)) for _, group in groupby(enumerate(said), key=lambda pair: pair[1] - pair[0])]
    if not said or (max(conjuncts) > len(run) and not _named(f, start, stop)):
        return None  # (each phrase of a list no longer than the claim's)
    for p in said:
        t = f.tokens[p]
        if (t.stem in analysis.stems or t.number is not None or roles.is_verb(f.tokens, p)
                or any(akin(t.surface, analysis.terms[j].surface) for j in run)):
            return None
    return f.text[f.tokens[said[0]].start : f.tokens[said[-1]].end]


def _named(f: SentenceFeatures, start: int, stop: int) -> bool:
    """Whether tokens[start:stop] are a name: every word capitalised ("the National Cyber Security Centre"), not
    the sentence's first."""
    return start > 0 and stop > start and all(f.tokens[p].capitalised for p in range(start, stop))
