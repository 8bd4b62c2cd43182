"""The count the claim's verb has in the passage: "About 40 flights were diverted and 25 were cancelled" says 25
were cancelled, "killing at least 38 people and injuring more than 300" that 38 were killed.

Where the sentence has the claim's verb with a bare number right before it (auxiliaries and adverbs between, no
noun after the number), that number is what the verb counts, its noun the one before it: a claim that gives the
verb's subject another count ("About 40 flights were cancelled") meets a rival count in its place, as "six
workers" is one for "fourteen workers" (``values``). A partitive right before the verb is counted by its part: "Two
dogs fell ill, and one of them later died" says one died. So does, for a claim in the passive ("300 people were
killed"), the number right after the sentence's active form of the verb, past words of a bound ("killing at least
38 people").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Token, fold, marked_between
from .analysis import ClaimAnalysis
from .features import SentenceFeatures
from . import roles
from .roles import AUXILIARIES
from .values import per_cent_at

REACH = 3  # words between the bare number and the verb ("25 were later cancelled")
PART_REACH = 3  # words of the whole after "of" in a partitive subject ("one of the injured dogs")


def claim_count(analysis: ClaimAnalysis) -> int | None:
    """Index into terms of the number that counts the claim's subject ("About 40 flights"), else None."""
    for k in analysis.subject:
        term = analysis.terms[k]
        if term.number is not None and analysis.term_at.get(term.position + 1) in analysis.subject:
            return k
    for k, term in enumerate(analysis.terms):  # (a number is no word of the subject's: ``analysis.subject``)
        noun = analysis.term_at.get(_counted_at(analysis.tokens, term.position))
        if term.number is not None and noun is not None and noun in analysis.subject:
            return k
    return None


def _counted_at(tokens: Sequence[Token], i: int) -> int:
    """Where the word the number at i counts stands: the next one, or "cent" of "per cent" ("74 per cent of members
    backed": a share of the subject)."""
    return i + 2 if per_cent_at(tokens, i + 1) else i + 1


def part_count(analysis: ClaimAnalysis, f: SentenceFeatures) -> float | None:
    """The number of a partitive the sentence gives the claim's main verb as its subject ("and one of them later
    died": 1), else None."""
    if analysis.main_verb is None:
        return None
    for q in f.places(analysis.terms[analysis.main_verb].spellings):
        part = _part_of(f, _subject_end(f, q))
        if part is not None:
            return _count(f.tokens[part])
    return None


def _subject_end(f: SentenceFeatures, q: int) -> int:
    """Where the subject of the verb at q ends: past its auxiliaries and adverbs, within REACH, and past an aside
    between commas ("two of them, both workers at the plant, were kept") (-1: none)."""
    p = q - 1
    while p >= 0 and q - p <= REACH and (fold(f.tokens[p].surface) in AUXILIARIES
                                         or (roles.is_adverb(f.tokens[p]) and not f.tokens[p].is_negator)):
        p -= 1
    return _before_aside(f, p)


ASIDE_REACH = 6  # words of an aside between a subject and its verb ("both workers at the plant")


def _before_aside(f: SentenceFeatures, p: int) -> int:
    """Where the subject ends when the words ending at p are an aside between commas that follows it: the word before
    the aside's opening comma; else p."""
    tokens, text = f.tokens, f.text
    if p < 0 or p + 1 >= len(tokens) or text[tokens[p].end : tokens[p + 1].start].strip() != ",":
        return p
    for m in range(p, max(0, p - ASIDE_REACH), -1):
        gap = text[tokens[m - 1].end : tokens[m].start]
        if gap.strip() == ",":
            return m - 1
        if gap.strip():
            return p
    return p


def elided_count(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's count and noun, the sentence's bare count and verb) when the sentence says the claim's verb of a
    bare number that is not the claim's ("40 flights were cancelled" / "... and 25 were cancelled")."""
    verb, count = analysis.main_verb, claim_count(analysis)
    if verb is None or count is None:
        return None
    mine = analysis.terms[count].number
    share = per_cent_at(analysis.tokens, analysis.terms[count].position + 1)  # (a share rivals a share only)
    term = analysis.terms[verb]
    places = f.places(term.spellings)
    passive = roles.is_passive(analysis.tokens, term.position)
    found = None
    for q in places:
        if passive and not roles.is_passive(f.tokens, q):  # "300 people were killed" / "killing at least 38 people"
            after = _object_count(f, q)
            if after is not None and per_cent_at(f.tokens, after + 1) == share:
                if f.tokens[after].number == mine:
                    return None
                found = found or (after, q)
            continue
        p = _subject_end(f, q)
        part = _part_of(f, p)
        if part is not None:  # "and one of them later died"
            if _count(f.tokens[part]) == mine:
                return None
            found = found or (part, q)
            continue
        shared = p >= 2 and per_cent_at(f.tokens, p - 1) and f.tokens[p - 2].number is not None
        if shared:
            p -= 2  # a share right before the verb is what it counts: "88 per cent backed strike action"
        if (p < 0 or p == q - 1 or f.tokens[p].number is None or shared != share
                or marked_between(f.text, f.tokens, p, q)):
            continue  # (a number right before the verb, with no auxiliary, may be a noun's: "40 flights cancelled";
            # one before a comma ends an aside: "The men, aged 19, 23 and 31, were charged")
        if f.tokens[p].number == mine:
            return None  # (the claim's own count, said so)
        found = found or (p, q)
    if found is None:
        return None
    p, q = found
    noun = analysis.term_at.get(_counted_at(analysis.tokens, analysis.terms[count].position))
    end = analysis.terms[noun].position if noun is not None else analysis.terms[count].position
    claimed = analysis.text[analysis.tokens[analysis.terms[count].position].start : analysis.tokens[end].end]
    first, last = min(p, q), max(p, q)
    return claimed, f.text[f.tokens[first].start : f.tokens[last].end]


def _part_of(f: SentenceFeatures, p: int) -> int | None:
    """Where the part's number stands when the words ending at p close a partitive ("one of them", "three of the
    injured dogs"): the number the verb after them counts. None when there is none, or a clause mark between (or
    when p is no word, or a number: a bare count, read by ``elided_count``)."""
    if p < 0 or f.tokens[p].number is not None:
        return None
    for k in range(p, max(0, p - PART_REACH), -1):
        if fold(f.tokens[k].surface) == "of":
            n = k - 1
            return n if _count(f.tokens[n]) is not None and not marked_between(f.text, f.tokens, n, p) else None
    return None


def _count(tok: Token) -> float | None:
    """The number a word counts: its value, and 1 for "one" (which the tokens leave unnumbered: "one of them",
    "at one point")."""
    return 1.0 if fold(tok.surface) == "one" else tok.number


BOUNDS = frozenset({"at", "least", "most", "more", "less", "fewer", "than", "about", "around", "nearly", "almost",
                    "some", "up", "to", "over", "under", "roughly", "approximately"})
"""Words of a bound or an estimate between a verb and the count of its object ("killing at least 38 people")."""


def _object_count(f: SentenceFeatures, q: int) -> int | None:
    """Where the number that counts the object of the active verb at q stands ("killing at least 38 people",
    "injuring more than 300"), past words of a bound; None when none follows."""
    p = q + 1
    while p < len(f.tokens) and p - q <= REACH and fold(f.tokens[p].surface) in BOUNDS:
        p += 1
    if p < len(f.tokens) and f.tokens[p].number is not None and not marked_between(f.text, f.tokens, q, p):
        return p
    return None
