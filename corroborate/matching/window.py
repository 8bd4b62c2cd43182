"""What a window of one to three sentences has of a claim, and the score it earns.

Coverage, phrases and names are read from the whole window. The claim's verbs and counts count only where the
claim is held (the anchor sentence, or the second place that completes it): a neighbour may say who is meant
and when, never what happened or how many. A date may come from the window or from the source's date
(``dating``), a name from the source's title or the sentences before.

``score = 100 * (0.6 * coverage + 0.25 * phrases + 0.15 * names)``, less COMBINED_PENALTY for a claim told in
two places of a source, and times NUMBER_PENALTY when a claim number is missing or differs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .. import lexicon
from ..text import fold
from . import align, dating, subject, values
from .analysis import ClaimAnalysis, ClaimTerm
from .features import SentenceFeatures, SourceFeatures, name_span
from .retrieval import CONTEXT_CREDIT, VARIANT_CREDIT, best_of

COMBINED_PENALTY = 10.0  # score taken off a candidate that joins two separate places of a source
NUMBER_PENALTY = 0.7  # the score's factor when a claim number is missing or differs


@dataclass(slots=True)
class WindowWords:
    """What a window has of each claim word."""

    matched: list[float]  # how well the window has each claim word (term index)
    in_window: set[str]  # the stems of the window, with the dates its source gives it
    found_numbers: set[str]  # the claim's numbers that stand where they count
    dated: list[tuple[ClaimTerm, int]]  # claim dates the source's date gives, with the sentence that gives each


def window_words(analysis: ClaimAnalysis, feats: SourceFeatures, rows: dict[int, list[float]], window: list[int],
                 holding: list[int], specific: dict[int, str]) -> WindowWords:
    """``rows``: how well each sentence has each claim word; ``holding``: the sentences that hold the claim (the
    anchor, and the second place that completes it); ``specific``: claim words the anchor names more
    specifically."""
    terms = analysis.terms
    matched = best_of([rows[i] for i in window])
    # A neighbour never supplies what happened: the claim's verbs count where the claim is held, not in the
    # sentence beside it ("coerced migrants into joining Russian troops." beside "mercenaries from Nepal
    # deserting from the Russian army").
    for k in analysis.verbs:
        matched[k] = max(rows[i][k] for i in holding)
    # ... nor how long: a length of time counted by "a" is a count ("would be able to return within a fortnight"
    # beside "the results would not be known for at least a fortnight").
    for k in analysis.lengths:
        matched[k] = max(rows[i][k] for i in holding)
    for k in specific:
        matched[k] = max(matched[k], VARIANT_CREDIT)
    # A name the anchor replaces with another in its place ("Thrive Capital" for "Southern Capital") is not
    # given by a neighbour or the lead-in that happens to name it: they speak of something else.
    anchor = feats[holding[0]]

    def replaced(k: int) -> bool:
        return values.replaced_name(analysis.tokens, terms[k].position, anchor.tokens, anchor.positions) is not None

    for k, term in enumerate(terms):
        if term.name and matched[k] and not any(rows[i][k] for i in holding) and replaced(k):
            matched[k] = 0.0
    # A name is there only where it is written as one: "the wizard's cloak" does not name the Wizards. (Not the
    # claim's first word: capitalised there, it may be a common noun, "Workshops are free".)
    for k, term in enumerate(terms):
        if (term.name and term.position > 0 and matched[k] and not _written_as_name(feats, window, term)
                and not _common_words_of_name(analysis, feats, window, term)):
            matched[k] = 0.0
    for k, pattern in analysis.acronyms.items():  # "United States" written "U.S."
        if not matched[k] and any(pattern.search(feats.source.sentence_text(i)) for i in window):
            matched[k] = 1.0
    first = window[0]
    unmatched_names = [k for k, term in enumerate(terms) if term.name and not matched[k]]
    context = feats.context_stems(first) if unmatched_names else frozenset()
    if unmatched_names and any(fold(t.surface) in subject.FIRST_PERSON_PLURAL for i in window for t in feats[i].tokens):
        context |= feats.author_stems()  # ("We will support every affected colleague, said Stefan Hollis": "we" is
        # whoever signs the date line, "Corvell Industries plc, 18 May 2026")
    for k in unmatched_names:
        if (terms[k].stem in context or terms[k].variants & context) and not replaced(k):
            matched[k] = CONTEXT_CREDIT  # the passage speaks of a name its title or lead-in gives
    in_window: set[str] = set().union(*(feats[i].stems for i in window))
    dated = dating.dated(analysis, feats, window, first, matched, in_window)
    # A count must stand where the claim is held; a date (a year, a day beside a month) may come from the
    # window or the source's date.
    # (a year of the story beside it, not of the source's opening lines, only where the sentence that holds the
    # claim says no time of its own: "had not been seen for 38 years" beside "listed as extinct since 2004" does
    # not say it was not seen since 2004)
    place: frozenset[str] = frozenset().union(*(feats[i].stems for i in holding))
    own_time = any(values.own_time(analysis.stems, feats[i].tokens, _verb_places(analysis, feats[i]))
                   for i in holding)
    opening = feats.dates()
    found_numbers = {t.stem for t in terms if t.number is not None
                     and ((t.stem in place and _same_kind(analysis, t, [feats[i] for i in holding]))
                          or (dating.is_date(analysis, t) and t.stem in in_window
                              and (not own_time or t.stem in opening)))}
    return WindowWords(matched, in_window, found_numbers, dated)


def _verb_places(analysis: ClaimAnalysis, f: SentenceFeatures) -> list[int]:
    """Where a sentence has the claim's verbs (any of their forms)."""
    return f.places(st for k in analysis.verbs for st in analysis.terms[k].spellings)


def _same_kind(analysis: ClaimAnalysis, term: ClaimTerm, holding: list[SentenceFeatures]) -> bool:
    """Whether the sentences that hold the claim give its number as the claim does, an amount or a difference
    (``values.difference_at``: "£11 million more than planned" is no cost of £11 million)."""
    mine = values.difference_at(analysis.text, analysis.tokens[term.position])
    return any(values.difference_at(f.text, f.tokens[p]) == mine
               for f in holding for p in f.positions.get(term.stem, ()))


def _written_as_name(feats: SourceFeatures, window: list[int], term: ClaimTerm) -> bool:
    """Whether the window writes the claim's name (a term read as one) capitalised, or as a word with digits,
    somewhere it has it; a claim name in lower case ("iPhone") is not asked."""
    if not term.surface[:1].isupper():
        return True
    for i in window:
        f = feats[i]
        for st in term.spellings:
            for p in f.positions.get(st, ()):
                first = f.tokens[p].surface[:1]
                if first.isupper() or not first.isalpha():
                    return True
    return False


def _common_words_of_name(analysis: ClaimAnalysis, feats: SourceFeatures, window: list[int], term: ClaimTerm) -> bool:
    """Whether the claim word is one of the common nouns that end a name ("City Council" of "Sheffield City
    Council", "Dairy" of "Brantwood Dairy") and the window has all of them in lower case after "the" ("the city
    council"): how a report names an organisation once it has said where. The name's first word must still be
    found on its own."""
    start, end = name_span(analysis.tokens, term.position)
    common = [fold(t.surface) for t in analysis.tokens[start + 1 : end + 1]]
    if start == term.position or not all(lexicon.mostly(w, "n") for w in common):
        return False
    for i in window:
        words = feats[i].tokens
        for p in range(1, len(words) - len(common) + 1):
            run = words[p : p + len(common)]
            if (fold(words[p - 1].surface) == "the" and [fold(t.surface) for t in run] == common
                    and not any(t.capitalised for t in run)):
                return True
    return False


@dataclass(frozen=True, slots=True)
class WindowScore:
    score: float  # before NUMBER_PENALTY, which waits for the conflicts (a differing number is one)
    coverage: float
    phrases: float
    names: float  # the share of the claim's names the window has
    numbers: str  # "agree", "missing" or "none" (the claim has no number)
    missing: tuple[str, ...]  # claim words the window lacks


def score_window(analysis: ClaimAnalysis, words: WindowWords, near_in: Iterable[frozenset[int]],
                 combined: bool) -> WindowScore:
    """``near_in``: each window sentence's ``pairs_near``; ``combined``: the window joins two places."""
    terms, matched = analysis.terms, words.matched
    word_idx = [k for k, t in enumerate(terms) if t.number is None]
    weight = sum(terms[k].weight for k in word_idx) or 1.0
    coverage = sum(terms[k].weight * matched[k] for k in word_idx) / weight
    names = [k for k in word_idx if terms[k].name]
    name_share = sum(1.0 for k in names if matched[k]) / len(names) if names else 1.0
    phrases = align.phrase_share(analysis, near_in)
    claim_numbers = [t for t in terms if t.number is not None]
    numbers = "none"
    if claim_numbers or analysis.lengths:
        numbers = "agree" if all(t.stem in words.found_numbers for t in claim_numbers) and all(
            matched[k] for k in analysis.lengths) else "missing"
    missing = tuple(terms[k].surface for k in range(len(terms)) if not matched[k]
                    and (terms[k].number is None or terms[k].stem not in words.found_numbers))
    score = 100 * (0.6 * coverage + 0.25 * phrases + 0.15 * name_share)
    if combined:
        score -= COMBINED_PENALTY
    return WindowScore(score, coverage, phrases, name_share, numbers, missing)


def absent(analysis: ClaimAnalysis, words: WindowWords) -> tuple[str, ...]:
    """The claim's names, numbers and lengths counted by "a" the window lacks."""
    terms = analysis.terms
    return (*(t.surface for k, t in enumerate(terms) if t.name and t.number is None and not words.matched[k]),
            *(t.surface for t in terms if t.number is not None and t.stem not in words.found_numbers),
            *(terms[k].surface for k in analysis.lengths if not words.matched[k]))
