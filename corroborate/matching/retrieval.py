"""Retrieval: the sentences of each source worth scoring for a claim, and the windows around them.

A sentence is a candidate when it holds enough of the claim's weight (its rare words) through the inverted
index; every window of one to three sentences around a candidate is then measured roughly (the claim words
its sentences have, before names given by context). Sources that cannot reach the coverage a stance needs
are kept only as near misses, the closest few.
"""

from __future__ import annotations

from collections import defaultdict

from ..sources import Corpus
from .analysis import ClaimAnalysis
from .features import SourceFeatures

RETRIEVAL_FLOOR = 0.2  # share of the claim's weight a sentence must hold to be a candidate (indexed mode)
NEAR_MISS_SOURCES = 10  # sources scored, of those too far from the claim to take a stance (a report shows 3)
WINDOW_SIZES = (1, 2, 3)
CONTEXT_CREDIT = 0.8  # credit for a claim name a passage refers back to (its source's title, the lead-in)
VARIANT_CREDIT = 0.85  # credit for a claim word found in a close spelling or a more specific word

Windows = tuple[dict[int, list[float]], dict[tuple[int, int], float]]
"""Of one source, for one claim: how well each sentence near a candidate matches each claim word, and the rough
coverage of each window of one to three of those sentences."""


class Retriever:
    """Finds, through the corpus's inverted index, where in each source a claim may be told."""

    def __init__(self, corpus: Corpus, features: list[SourceFeatures], exhaustive: bool = False,
                 near_miss_sources: int | None = NEAR_MISS_SOURCES) -> None:
        """``exhaustive``: every sentence sharing any claim word is a candidate. ``near_miss_sources``: how many
        sources that cannot support or contradict a claim are still scored, for their near misses (None: all)."""
        self.postings = corpus.sentences_with
        self.features = features
        self.exhaustive = exhaustive
        self.near_miss_sources = near_miss_sources

    def windows(self, analysis: ClaimAnalysis) -> dict[int, Windows]:
        """The windows worth scoring, per source index."""
        covered = _Covered(analysis)
        found = {s_index: self._windows(analysis, s_index, sentences, covered)
                 for s_index, sentences in self.candidate_sentences(analysis).items()}
        for s_index in self._near_misses_only(analysis, found):
            del found[s_index]
        return found

    def candidate_sentences(self, analysis: ClaimAnalysis) -> dict[int, set[int]]:
        """Sentences, per source, that share enough rare claim words to possibly support or contradict it.

        In exhaustive mode, every sentence that shares any word with the claim: a window with no shared word
        scores 0, so this scores every passage that can score at all. Of the sources that cannot reach the
        coverage a stance needs, only the closest few are kept (their best windows are the near misses).
        """
        weight: dict[tuple[int, int], float] = defaultdict(float)
        for term in analysis.terms:
            if term.number is not None:
                continue
            hits: set[tuple[int, int]] = set(self.postings.get(term.stem, ()))
            for v in term.variants:
                hits.update(self.postings.get(v, ()))
            for key in hits:
                weight[key] += term.weight
        floor = 0.0 if self.exhaustive else RETRIEVAL_FLOOR * analysis.total_weight
        out: dict[int, set[int]] = defaultdict(set)
        for (s, i), w in weight.items():
            if w >= floor:
                out[s].add(i)
        if self.near_miss_sources is None:
            return out
        # The most any window of a source can cover: its three best adjacent sentences' weights, plus full
        # credit for every name its title or lead-in might give.
        context = CONTEXT_CREDIT * sum(t.weight for t in analysis.terms if t.name)
        reach = {s: (context + max(sum(weight.get((s, j), 0.0) for j in range(first, first + 3))
                                   for i in sentences for first in range(i - 2, i + 1))) / analysis.total_weight
                 for s, sentences in out.items()}
        out_of_reach = sorted((s for s in out if reach[s] < analysis.stance_floor), key=lambda s: (-reach[s], s))
        for s in out_of_reach[self.near_miss_sources:]:
            del out[s]
        return out

    def _windows(self, analysis: ClaimAnalysis, s_index: int, sentences: set[int], covered: _Covered) -> Windows:
        """The claim words each sentence near a candidate has, and every window of one to three sentences
        around a candidate with its rough coverage (of the claim's weight, before names given by context)."""
        feats = self.features[s_index]
        n = len(feats)
        windows: set[tuple[int, int]] = set()
        for i in sentences:
            for size in WINDOW_SIZES:
                for first in range(i - size + 1, i + 1):
                    last = first + size - 1
                    if first >= 0 and last < n:
                        windows.add((first, last))
        per_sentence: dict[int, list[float]] = {}
        masks: dict[int, tuple[int, int]] = {}
        for first, last in windows:
            for i in range(first, last + 1):
                if i not in per_sentence:
                    row = per_sentence[i] = term_matches(analysis, feats.stems(i))
                    masks[i] = _masks(row)

        def rough_coverage(window: tuple[int, int]) -> float:
            exact = variant = 0
            for i in range(window[0], window[1] + 1):
                exact |= masks[i][0]
                variant |= masks[i][1]
            return covered(exact, variant & ~exact)

        return per_sentence, {w: rough_coverage(w) for w in windows}

    def _near_misses_only(self, analysis: ClaimAnalysis, windows: dict[int, Windows]) -> list[int]:
        """Sources to leave out: of those whose windows cannot reach the coverage a stance needs even with
        every name credited from context, all but the closest few (their best windows are the near misses)."""
        if self.near_miss_sources is None:
            return []
        # Context can credit a name only where the source has it somewhere.
        context: dict[int, float] = defaultdict(float)
        for term in analysis.terms:
            if term.name:
                having = {s for st in (term.stem, *term.variants) for s, _ in self.postings.get(st, ())}
                for s in having & windows.keys():
                    context[s] += CONTEXT_CREDIT * term.weight / analysis.total_weight
        best = {s: max(rough.values(), default=0.0) for s, (_, rough) in windows.items()}
        out_of_reach = sorted((s for s in windows if best[s] + context[s] < analysis.stance_floor),
                              key=lambda s: (-best[s], s))
        return out_of_reach[self.near_miss_sources:]


def term_matches(analysis: ClaimAnalysis, stems: frozenset[str]) -> list[float]:
    """For each claim word, how well a sentence with these stems has it: 1 itself, VARIANT_CREDIT a close
    spelling, 0 not at all."""
    return [1.0 if term.stem in stems else VARIANT_CREDIT if term.variants & stems else 0.0
            for term in analysis.terms]


def _masks(row: list[float]) -> tuple[int, int]:
    """A row of term_matches as two bit sets: the claim words the sentence has itself, and in a variant."""
    exact = variant = 0
    for k, value in enumerate(row):
        if value == 1.0:
            exact |= 1 << k
        elif value:
            variant |= 1 << k
    return exact, variant


class _Covered(dict[tuple[int, int], float]):
    """The rough coverage of a window from the claim words its sentences have (bit sets, as ``_masks``), kept
    for the claim: of the tens of thousands of windows a claim has in a corpus, few differ in those words.
    Summed in the claim's word order, so it is exactly what summing a window's ``best_of`` row gives."""

    def __init__(self, analysis: ClaimAnalysis) -> None:
        super().__init__()
        self.weights = [t.weight for t in analysis.terms]
        self.total = analysis.total_weight

    def __call__(self, exact: int, variant: int) -> float:
        found = self.get((exact, variant))
        if found is None:
            found = self[exact, variant] = sum(
                weight if exact >> k & 1 else weight * VARIANT_CREDIT
                for k, weight in enumerate(self.weights) if (exact | variant) >> k & 1) / self.total
        return found


def best_of(rows: list[list[float]]) -> list[float]:
    """For each claim word, how well the best of these sentences matches it (rows from term_matches)."""
    return list(map(max, zip(*rows))) if len(rows) > 1 else list(rows[0])
