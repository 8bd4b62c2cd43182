"""Whether the sentence that holds a conflict is about what the claim is about: only then is the conflict a
contradiction.

The sentence must hold most of the claim (CONTRADICTION_COVERAGE of its weight), every name and half of its
subject, leaving out the words a rival replaces ("six workers" for "fourteen workers": the count is what
differs). Its own words count, and its more specific ones; a name may come from the source's title or the
sentences before. A neighbour may say who is meant; it cannot make a sentence about something else
contradict the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import ClaimAnalysis
from .decide import CONTRADICTION_COVERAGE
from .retrieval import VARIANT_CREDIT
from .subject import SUBJECT_SHARE


@dataclass(frozen=True, slots=True)
class Topic:
    held: list[float]  # how well the sentence holds each claim word (term index)
    about: list[int]  # the claim's subject, less the words a rival replaces (term indices)
    topical: bool  # on the claim's topic closely enough for a conflict to be a contradiction


def held_by(analysis: ClaimAnalysis, row: list[float], specific: dict[int, str], matched: list[float]) -> list[float]:
    """How well one sentence holds each claim word: its own words, its more specific ones, and the claim's
    names as the window has them (a name may come from the title or the sentences before)."""
    held = list(row)
    for k in specific:
        held[k] = max(held[k], VARIANT_CREDIT)
    for k, term in enumerate(analysis.terms):
        if term.name:
            held[k] = max(held[k], matched[k])
    return held


def topic_of(analysis: ClaimAnalysis, row: list[float], specific: dict[int, str], matched: list[float],
             replaced: set[str], combined: bool) -> Topic:
    """``row``: how well the sentence has each claim word; ``matched``: how well the window has it;
    ``replaced``: the claim words a rival replaces; ``combined``: the claim is told in two places (never a
    contradiction: the two may speak of different things)."""
    terms = analysis.terms
    held = held_by(analysis, row, specific, matched)
    rest = [k for k, t in enumerate(terms) if t.number is None and t.stem not in replaced]
    share = sum(terms[k].weight * held[k] for k in rest) / (sum(terms[k].weight for k in rest) or 1.0)
    names = all(held[k] for k in rest if terms[k].name)
    about = [k for k in analysis.subject if terms[k].stem not in replaced]
    on_subject = sum(terms[k].weight * held[k] for k in about) >= SUBJECT_SHARE * sum(terms[k].weight for k in about)
    # (A claim that names nothing it is about, "It took five years to make", is contradicted only by a
    # sentence that says all the rest: any film's making time would seem to.)
    topical = (share >= CONTRADICTION_COVERAGE and names and on_subject and not combined
               and (share >= 1.0 or not analysis.unnamed_subject))
    return Topic(held, about, topical)
