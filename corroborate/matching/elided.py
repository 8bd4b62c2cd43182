"""The count the claim's verb has in the passage: "About 40 flights were diverted and 25 were cancelled" says 25
were cancelled, "killing at least 38 people and injuring more than 300" that 38 were killed.

Where the sentence has the claim's verb with a bare number right before it (auxiliaries and adverbs between, no
noun after the number), that number is what the verb counts, its noun the one before it: a claim that gives the
verb's subject another count ("About 40 flights were cancelled") meets a rival count in its place, as "six
workers" is one for "fourteen workers" (``values``). So does, for a claim in the passive ("300 people were
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
        p = q - 1
        while p >= 0 and q - p <= REACH and (fold(f.tokens[p].surface) in AUXILIARIES
                                             or fold(f.tokens[p].surface).endswith("ly")):
            p -= 1
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
