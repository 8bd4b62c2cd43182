"""Another of the same kind: a claim noun the sentence lacks, where the sentence has in its place a word that
WordNet files under the same more general word ("The starling was the most commonly seen garden bird" / "The house
sparrow was the most commonly seen bird", both kinds of passerine; "damaged by hail" / "damaged by frost", both
kinds of weather).

The agent a passive names after "by" is its subject in all but the words' order, and is read the same way ("donated
by her great-niece" / "donated by Marlow's granddaughter").

This is natural logic's alternation between co-hyponyms (MacCartney & Manning): two kinds of one thing, neither a
kind of the other, exclude each other in the same place, as "Tajik workers" and "Uzbek workers" do. Not a
contradiction (the passage may tell of the claim's kind elsewhere, or the two may both hold), but never support:
the sentence says it of something else.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .connectives import COORDINATORS
from .analysis import ClaimAnalysis
from .features import SentenceFeatures
from .modifiers import akin

SPAN = 4  # words from the claim word's aligned neighbour within which the other kind stands in its place


def other_kind(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
               matched: list[float]) -> tuple[str, str] | None:
    """(the claim's noun, the sentence's word of the same kind in its place), when the passage lacks the head of the
    claim's subject (``matched``: how well the window has each claim word) and the sentence that holds the rest has,
    as the subject of the claim words after it (within SPAN words before them), a noun that is another kind of what
    the claim's noun is a kind of. Only the subject: elsewhere a sentence names the same thing by a kin word as
    often ("a thorough internal review" / "investigation")."""
    terms = analysis.terms
    if not analysis.verbs:
        return None
    first_verb = terms[analysis.verbs[0]].position
    nouns = [k for k, t in enumerate(terms) if t.position < first_verb and not t.name and t.number is None
             and not t.verb and lexicon.mostly(t.surface, "n")]
    for k in nouns[-1:]:  # the head of the claim's subject
        term = terms[k]
        if k in aligned or matched[k]:
            continue  # (a neighbour naming the claim's kind may say who the sentence's is)
        before = [p for j in aligned if terms[j].position < term.position for p in aligned[j]]
        after = [p for j in aligned if terms[j].position > term.position for p in aligned[j]]
        for p in _in_place(before, after, len(f.tokens)):
            word = f.tokens[p]
            if (word.is_content and not word.capitalised and word.number is None and word.stem not in analysis.stems
                    and not roles.is_verb(f.tokens, p) and lexicon.mostly(word.surface, "n")
                    and _subject_of(f, p, after)
                    and lexicon.same_kind(word.surface, term.surface) and not akin(word.surface, term.surface)):
                return term.surface, word.surface
    return None


def other_agent(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                matched: list[float]) -> tuple[str, str] | None:
    """(the claim's noun, the sentence's word of the same kind in its place), when the claim names who did it (the
    agent of its passive main verb, or the subject of an active one) by a common noun the window lacks, and the
    sentence's passive of the same verb has "by" and another kind of the same thing."""
    main = analysis.main_verb
    if main is None or main not in aligned:
        return None
    k = _claim_agent(analysis, main)
    if k is None or matched[k] or k in aligned:
        return None
    term = analysis.terms[k]
    for q in aligned[main]:
        p = _agent_head(f.tokens, q)
        if p is None:
            continue
        word = f.tokens[p]
        if (not word.capitalised and word.number is None and word.stem not in analysis.stems
                and lexicon.mostly(word.surface, "n") and lexicon.same_kind(word.surface, term.surface)
                and not akin(word.surface, term.surface)):
            return term.surface, word.surface
    return None


def _claim_agent(analysis: ClaimAnalysis, main: int) -> int | None:
    """The term that names who did what the claim's main verb says: the head of its "by" phrase in a passive, else
    the last noun before it; None when that is a name or a number, which the rules of values read."""
    tokens, position = analysis.tokens, analysis.terms[main].position
    if roles.is_passive(tokens, position):
        head = _agent_head(tokens, position)
        k = None if head is None else analysis.term_at.get(head)
    else:
        k = next((j for j in range(main - 1, -1, -1) if not analysis.terms[j].verb), None)
        if k is not None and analysis.terms[k].position < position - SPAN:
            return None
    if k is None:
        return None
    term = analysis.terms[k]
    return None if term.name or term.number is not None or not lexicon.mostly(term.surface, "n") else k


def _agent_head(tokens: Sequence[Token], verb: int) -> int | None:
    """The head of the agent phrase after the passive verb at ``verb`` ("donated to the archive by her great-niece":
    great-niece): the last content word before the phrase's first preposition, when "by" follows the verb with no
    other verb between. None when the verb is no passive or names no agent."""
    if not roles.is_passive(tokens, verb):
        return None
    by = next((j for j in range(verb + 1, len(tokens)) if fold(tokens[j].surface) == "by"
               or roles.is_verb(tokens, j)), None)
    if by is None or fold(tokens[by].surface) != "by":
        return None
    head = None
    for j in range(by + 1, roles.agent_end(tokens, by)):
        if fold(tokens[j].surface) in roles.PREPOSITIONS:
            break
        if tokens[j].is_content:
            head = j
    return head


def _in_place(before: list[int], after: list[int], length: int) -> list[int]:
    """The sentence's positions where a claim word whose neighbours stand at ``before`` and ``after`` would stand:
    between the closest pair, or within SPAN words of the one side there is."""
    pairs = [(a, b) for a in before for b in after if 1 < b - a <= SPAN + 1]
    if pairs:
        a, b = min(pairs, key=lambda pair: pair[1] - pair[0])
        return list(range(a + 1, b))
    if after:  # (a word aligned past the words after: "police" in "..., police said" is not before them)
        before = [a for a in before if a < min(after)]
    if before and not after:
        a = max(before)
        return list(range(a + 1, min(length, a + 1 + SPAN)))
    if after and not before:
        b = min(after)
        return list(range(max(0, b - SPAN), b))
    return []


def _subject_of(f: SentenceFeatures, p: int, after: list[int]) -> bool:
    """Whether the noun at p is the subject of the claim word the sentence has next (at one of ``after``): no
    preposition opens its phrase ("cooperating with the authorities and will carry out"), and only stop words that
    are no preposition or conjunction stand between ("The house sparrow was the most commonly seen")."""
    if not after:
        return False
    b = min((q for q in after if q > p), default=None)
    if b is None:
        return False
    if b - p >= 3 and fold(f.tokens[b - 1].surface) == "to" and roles.is_verb(f.tokens, b - 2):
        b -= 2  # (a verb that takes the claim's as its infinitive: "a neighbour managed to pull the dogs away")
    between = [fold(t.surface) for t in f.tokens[p + 1 : b]]
    if any(f.tokens[j].is_content for j in range(p + 1, b)) or any(
            w in roles.PREPOSITIONS or w in COORDINATORS for w in between):
        return False
    start = p
    while start > 0 and (f.tokens[start - 1].is_content or fold(f.tokens[start - 1].surface) in roles.DETERMINERS):
        start -= 1
    return (start == 0 or fold(f.tokens[start - 1].surface) not in roles.PREPOSITIONS
            or (p + 1 < len(f.tokens) and roles.is_verb(f.tokens, p + 1)))  # ("before a neighbour managed to")
