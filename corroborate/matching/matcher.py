"""Deciding whether a passage supports or contradicts a claim, from several signals.

For a claim and a source the matcher looks at windows of one to three adjacent sentences and measures:

* ``coverage``: the share of the claim's content words found in the window, each weighted by how rare it
  is in the sources (inverse document frequency over sentences), so "Bastrykin" counts more than "said".
  Words match by stem (enlist/enlisted, mobilisation/mobilization, labour/labor) or, failing that, by
  close spelling (rapidfuzz ratio >= 85 on words of five letters or more).
* ``phrases``: the share of the claim's adjacent content-word pairs that stand close together in the
  window, which separates a passage that says the claim from one that merely uses its words.
* ``names``: the share of the claim's names (capitalised words) found, in the window or in what it refers
  back to (the source's title, the sentences just before).
* ``numbers``: every number in the claim must appear in the window (10 thousand = 10,000).
  A window that names no date of its own speaks of its source's date (the years of its opening lines;
  the day, month and year of its date line), which then count as in the window.

``score = 100 * (0.6 * coverage + 0.25 * phrases + 0.15 * names)``, lowered when a number is missing.
A window *supports* the claim when its score reaches the threshold (default 50), it covers at least half
of the claim, all names and numbers agree and nothing contradicts. It *contradicts* the claim when it
matches the claim's topic closely but the polarity differs (a negation such as "not", "never",
"refused to", "postponed" on a word one side negates and the other does not), or it uses the opposite of a
claim word (increase/decrease, began/stopped), or puts a different name or number in the same place
("run by the Ukrainian government" against "run by the Russian government").
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Sequence

from rapidfuzz import fuzz, process

from ..claims import Claim
from ..defaults import DEFAULT_THRESHOLD
from ..sources import Corpus, Source
from ..text import LEXICAL_NEGATORS, WORD_RE, Token, Word, fold, full_dates, is_year, month_of, stem, tokenize, words
from . import lexicon, polarity, roles, values
from .candidate import Candidate, Signals
from .decide import MIN_COVERAGE, Findings, decide

CONTRADICTION_COVERAGE = 0.65
FUZZY_CUTOFF = 85
CONTEXT_SENTENCES = 3  # sentences before a passage whose names it may refer to ("he", "the Center")
CONTEXT_CREDIT = 0.8
COMBINED_PENALTY = 10.0  # score taken off a candidate that joins two separate places of a source
COMBINED_MIN_COVERAGE = 0.4  # the best single window must cover this much for a second place to be sought
MAX_CACHED_FEATURES = 60_000  # sentences whose features are kept between claims
RETRIEVAL_FLOOR = 0.2  # share of the claim's weight a sentence must hold to be a candidate (indexed mode)
CONFLICT_FLOOR = 0.35  # a window covering less can neither support nor contradict: not scored in full
NEAR_MISSES = 1  # windows per source scored in full even when they cover too little, to show as near misses
NEAR_MISS_SOURCES = 10  # ... and sources, of those too far from the claim to take a stance (a report shows 3)
PHRASE_DISTANCE = 4
WINDOW_SIZES = (1, 2, 3)
SHORT_CLAIM = 6  # content words: a claim this short must have its verb in the sentence that holds it
LEAD_SENTENCES = 5  # a source's opening sentences (title, byline, date line): the years there date it
DATELINE_WORDS = 20  # a sentence this short that writes out a full date is a date line ("Posted Nov 14, 2018")


@dataclass(slots=True)
class _SentenceFeatures:
    text: str
    tokens: list[Token]
    stems: frozenset[str]
    positions: dict[str, list[int]]  # stem -> token positions
    negated: dict[int, str]  # position of a negated word -> the negator
    names: dict[int, str]  # position -> stem of capitalised words not at the sentence start
    scopes: list[polarity.Scope]  # stretches under a denial or an open cue


@dataclass
class _ClaimTerm:
    stem: str
    surface: str
    weight: float
    name: bool
    number: float | None
    variants: frozenset[str]  # other stems that count as this word (close spellings, synonyms, derived forms)
    negated: bool  # a negator of the claim bears on it
    position: int
    verb: bool  # read as a verb: what the claim says happened


@dataclass
class ClaimAnalysis:
    claim: Claim
    text: str
    terms: list[_ClaimTerm]
    tokens: list[Token]
    total_weight: float
    pairs: list[tuple[int, int]]  # indices into terms of adjacent content words
    required: list[frozenset[str]] = field(default_factory=list)
    # Negating words with a meaning of their own (exempt, refused, denied): indices into terms.
    lexical_negators: list[int] = field(default_factory=list)
    cues: frozenset[str] = frozenset()  # hedge and denial words the claim itself uses
    scale_words: tuple[Token, ...] = ()  # quantifiers and words of time, frequency and comparison
    open_cue: str = ""  # the claim is itself hedged or asked ("may", "whether")

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(t.stem for t in self.terms)

    @cached_property
    def negated(self) -> list[int]:
        """Indices into terms of the words a negator of the claim bears on."""
        return [k for k, t in enumerate(self.terms) if t.negated]

    @cached_property
    def verbs(self) -> list[int]:
        """Indices into terms of the claim's verbs."""
        return [k for k, t in enumerate(self.terms) if t.verb]

    @cached_property
    def sides(self) -> tuple[set[str], set[str]] | None:
        """The claim's subject-side and object-side stems around its first verb."""
        if not self.verbs:
            return None
        verb = self.terms[self.verbs[0]]
        positions = {t.stem: t.position for t in self.terms if t.number is None and not t.verb}
        return roles.sides(self.tokens, verb.position, positions)

    @cached_property
    def replaceable_share(self) -> float:
        """The largest share of the claim's weight one word could hold (a rival name or an opposite replaces
        one word): a window below CONTRADICTION_COVERAGE
        times (1 - this) cannot reach it even with that name left out as replaced, so it cannot contradict."""
        words = [t for t in self.terms if t.number is None]
        total = sum(t.weight for t in words) or 1.0
        return max((t.weight / total for t in words), default=0.0)

    @cached_property
    def stance_floor(self) -> float:
        """The least coverage with which a window can support, contradict or begin a combined candidate."""
        return min(MIN_COVERAGE, COMBINED_MIN_COVERAGE, CONTRADICTION_COVERAGE * (1 - self.replaceable_share))


_Windows = tuple[dict[int, list[float]], dict[tuple[int, int], float]]
"""Of one source, for one claim: how well each sentence near a candidate matches each claim word, and the rough
coverage of each window of one to three of those sentences."""


class Matcher:
    """Holds the corpus features (tokens, inverted index, word rarity) and scores claims against them."""

    def __init__(self, corpus: Corpus, threshold: float = DEFAULT_THRESHOLD, exhaustive: bool = False,
                 near_miss_sources: int | None = NEAR_MISS_SOURCES) -> None:
        """``near_miss_sources``: how many sources that cannot support or contradict a claim are still scored,
        for their near misses (None: all of them, as ``explain`` shows)."""
        self.corpus = corpus
        self.threshold = threshold
        self.exhaustive = exhaustive
        self.near_miss_sources = near_miss_sources
        self._kept = _Kept()
        self.features = [_LazyFeatures(source, self._kept) for source in corpus.sources]
        self.postings = corpus.sentences_with
        self.vocabulary = [st for st in self.postings if len(st) >= 5 and not st.startswith("#")]
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_start: dict[str, list[str]] = defaultdict(list)
        for st in self.vocabulary:
            self._by_start[st[:2]].append(st)
            if len(st) >= 6:
                self._by_prefix[st[:6]].append(st)

    # --- claim analysis ---------------------------------------------------------------------------

    def analyse(self, claim: Claim, text: str | None = None) -> ClaimAnalysis:
        text = text or claim.text
        tokens = tokenize(text)
        negated = polarity.negated(tokens, text)
        verbs = set(roles.predicates(tokens))
        terms: list[_ClaimTerm] = []
        seen: set[str] = set()
        for pos, tok in enumerate(tokens):
            if not tok.is_content or tok.stem in seen:
                continue
            seen.add(tok.stem)
            is_name = tok.capitalised and tok.number is None and (pos > 0 or self._mostly_capitalised(tok.stem))
            weight = self.corpus.idf(tok.stem) if tok.number is None else 0.0
            if tok.number is None and tok.stem not in self.postings:
                weight = math.log(self.corpus.n_sentences + 1) + 1.0  # a word no source uses
            variants: frozenset[str] = frozenset()
            if tok.number is None:
                # (WordNet synonyms are not variants: as coverage they let in more wrong support than right,
                # measured on wice-dev; they serve the verb check and the alignment shown by `explain`.)
                variants = frozenset(self._close_spellings(tok.stem))
            terms.append(_ClaimTerm(tok.stem, tok.surface, weight, is_name, tok.number, variants, pos in negated, pos,
                                    pos in verbs))
        word_terms = [i for i, t in enumerate(terms) if t.number is None]
        pairs = list(zip(word_terms, word_terms[1:]))
        required = [frozenset({stem(fold(w)) for w in r.split()}) for r in claim.require]
        total = sum(t.weight for t in terms) or 1.0
        lexical = sorted({k for k, t in enumerate(terms) for n, negator in negated.items()
                          if fold(negator) in LEXICAL_NEGATORS and stem(fold(negator)) == t.stem})
        lexical += sorted(k for k, t in enumerate(terms) if fold(t.surface) in LEXICAL_NEGATORS and k not in lexical)
        scale_words = tuple(t for t in tokens if fold(t.surface) in lexicon.SCALE_OPPOSITES
                            or lexicon.scale_place(t.surface))
        own = polarity.stance_of(polarity.scopes(tokens, text), range(len(tokens)), frozenset())
        return ClaimAnalysis(claim, text, terms, tokens, total, pairs, required, lexical,
                             polarity.claim_cues(tokens, text), scale_words,
                             own.cue if own.mood is polarity.Mood.OPEN else "")

    def _mostly_capitalised(self, st: str) -> bool:
        """Whether the sources write this word capitalised inside sentences more often than not (a name)."""
        capital = lower = 0
        for s_index, i in self.postings.get(st, ())[:200]:
            for word in words(self.corpus.sources[s_index].sentence_text(i))[1:]:
                if word.stem == st:
                    capital += word.surface[0].isupper()
                    lower += not word.surface[0].isupper()
        return capital > lower

    def _close_spellings(self, st: str) -> list[str]:
        if len(st) < 5:
            return []
        found = process.extract(st, self._by_start.get(st[:2], ()), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                limit=8)
        out = [choice for choice, _, _ in found if choice != st]
        # A shared beginning of six letters or more (recruit / recruitment) also counts.
        if len(st) >= 6:
            out.extend(v for v in self._by_prefix.get(st[:6], ()) if v != st and (v.startswith(st) or st.startswith(v)))
        return out

    # --- retrieval --------------------------------------------------------------------------------

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

    # --- scoring ----------------------------------------------------------------------------------

    def match_claim(self, claim: Claim) -> dict[int, list[Candidate]]:
        """Candidates per source index, best first."""
        if self._kept.n > MAX_CACHED_FEATURES:  # a cache: keep memory flat
            for f in self.features:
                f.forget()
        analyses = [self.analyse(claim)] + [self.analyse(claim, alt) for alt in claim.also]
        results: dict[int, list[Candidate]] = defaultdict(list)
        for analysis in analyses:
            windows = {s_index: self._windows(analysis, s_index, sentences)
                       for s_index, sentences in self.candidate_sentences(analysis).items()}
            for s_index in self._near_misses_only(analysis, windows):
                del windows[s_index]
            for s_index, (per_sentence, rough) in windows.items():
                results[s_index].extend(self._score_source(analysis, s_index, per_sentence, rough))
        for s_index in results:
            results[s_index].sort(key=_rank)
        return dict(results)

    def _windows(self, analysis: ClaimAnalysis, s_index: int, sentences: set[int]) -> _Windows:
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
        for first, last in windows:
            for i in range(first, last + 1):
                if i not in per_sentence:
                    per_sentence[i] = self._term_matches(analysis, feats.stems(i))
        weights = [t.weight for t in analysis.terms]

        def rough_coverage(window: tuple[int, int]) -> float:
            best = _best_of([per_sentence[i] for i in range(window[0], window[1] + 1)])
            return sum(map(float.__mul__, weights, best)) / analysis.total_weight

        return per_sentence, {w: rough_coverage(w) for w in windows}

    def _near_misses_only(self, analysis: ClaimAnalysis, windows: dict[int, _Windows]) -> list[int]:
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

    def _score_source(self, analysis: ClaimAnalysis, s_index: int, per_sentence: dict[int, list[float]],
                      rough: dict[tuple[int, int], float]) -> list[Candidate]:
        source = self.corpus.sources[s_index]
        feats = self.features[s_index]
        # A window covering too little of the claim can neither support nor contradict it: score it fully
        # only if it is among the closest few, which the reports show as near misses.
        ranked = sorted(rough, key=lambda w: (-rough[w], w))
        chosen = [w for i, w in enumerate(ranked) if i < NEAR_MISSES or rough[w] >= CONFLICT_FLOOR]
        candidates = [self._judge(analysis, source, feats, per_sentence, first, last)
                      for first, last in sorted(chosen)]
        candidates = _prefer_small(candidates)
        combined = self._combined(analysis, source, feats, per_sentence, candidates)
        return candidates + ([combined] if combined else [])

    def _combined(self, analysis: ClaimAnalysis, source: Source, feats: "_LazyFeatures",
                  per_sentence: dict[int, list[float]], candidates: list[Candidate]) -> Candidate | None:
        """A claim told in two places of one source: the best window plus the sentence that adds most of the rest.

        Tried only when no window supports the claim alone but the best one covers most of it; scored lower
        than a single window (COMBINED_PENALTY) since the two places may speak of different things.
        """
        if not candidates or any(c.stance for c in candidates):
            return None
        best = max(candidates, key=lambda c: c.score)
        if best.signals.coverage < COMBINED_MIN_COVERAGE:
            return None
        first, last = best.passage.first, best.passage.last
        terms = analysis.terms
        have = _best_of([per_sentence[i] for i in range(first, last + 1)])

        def gain(i: int) -> float:
            return sum(t.weight * max(0.0, per_sentence[i][k] - have[k]) for k, t in enumerate(terms))

        # The second place must itself be a retrieval candidate, so indexed and exhaustive runs agree.
        floor = RETRIEVAL_FLOOR * analysis.total_weight
        others = [i for i in per_sentence if not first - 1 <= i <= last + 1
                  and sum(t.weight for k, t in enumerate(terms) if per_sentence[i][k]) >= floor]
        if not others:
            return None
        # Of equal gains, the nearest sentence (most likely about the same thing), then the earlier one.
        extra = max(sorted(others), key=lambda i: (gain(i), -abs(i - first)))
        if gain(extra) <= 0:
            return None
        combined = self._judge(analysis, source, feats, per_sentence, first, last, extra)
        return combined if combined.stance == "supports" else None

    def _term_matches(self, analysis: ClaimAnalysis, stems: frozenset[str]) -> list[float]:
        out = []
        for term in analysis.terms:
            if term.stem in stems:
                out.append(1.0)
            elif term.variants & stems:
                out.append(0.85)
            else:
                out.append(0.0)
        return out

    def _judge(self, analysis: ClaimAnalysis, source: Source, feats: "_LazyFeatures",
               per_sentence: dict[int, list[float]], first: int, last: int, extra: int | None = None) -> Candidate:
        """Score the window first..last (plus, for a combined candidate, one more sentence ``extra``).

        Coverage, phrases and names are read from the whole window. What decides the stance (the claim's verb
        and counts, negation, denial or hedging, roles, opposites and rival values) is read from one sentence,
        the one that holds the claim (its anchor): a neighbour may say who is meant and when, never what
        happened, how many, or whether it did not.
        """
        terms = analysis.terms
        window = [*range(first, last + 1), *([] if extra is None else [extra])]
        anchor = self._anchor(analysis, per_sentence, first, last)
        af = feats[anchor]
        matched = _best_of([per_sentence[i] for i in window])
        specific = self._more_specific(analysis, af, per_sentence[anchor])
        for k in specific:
            matched[k] = max(matched[k], 0.85)
        unmatched_names = [k for k, term in enumerate(terms) if term.name and not matched[k]]
        context = self._context_stems(feats, first) if unmatched_names else frozenset()
        for k in unmatched_names:
            if terms[k].stem in context or terms[k].variants & context:
                matched[k] = CONTEXT_CREDIT  # the passage speaks of a name its title or lead-in gives
        stems_in_window = set().union(*(feats[i].stems for i in window))
        claim_numbers = [t for t in terms if t.number is not None]
        dated = self._dated(analysis, feats, window, first, matched, stems_in_window)
        # A count must stand in the sentence that holds the claim (or the second place that completes it); a
        # date (a year, a day beside a month) may come from the window or the source's date.
        place = af.stems | (feats[extra].stems if extra is not None else frozenset())
        found_numbers = {t.stem for t in claim_numbers
                         if t.stem in place or (self._is_date(analysis, t) and t.stem in stems_in_window)}
        word_idx = [k for k, t in enumerate(terms) if t.number is None]
        weight = sum(terms[k].weight for k in word_idx) or 1.0
        coverage = sum(terms[k].weight * matched[k] for k in word_idx) / weight
        names = [k for k in word_idx if terms[k].name]
        name_share = sum(1.0 for k in names if matched[k]) / len(names) if names else 1.0
        phrases = self._phrase_share(analysis, [feats[i] for i in window])
        numbers = "none"
        if claim_numbers:
            numbers = "agree" if all(t.stem in found_numbers for t in claim_numbers) else "missing"
        missing = tuple(terms[k].surface for k in range(len(terms)) if not matched[k]
                        and (terms[k].number is None or terms[k].stem not in found_numbers))
        score = 100 * (0.6 * coverage + 0.25 * phrases + 0.15 * name_share)
        if extra is not None:
            score -= COMBINED_PENALTY
        conflicts: list[str] = []  # in the sentence that holds the claim: they make a contradiction
        nearby: list[str] = []  # in the window's other sentences: they only keep it from being support
        replaced: set[str] = set()  # claim words a rival replaces in the passage
        if score >= self.threshold or coverage >= CONTRADICTION_COVERAGE * (1 - analysis.replaceable_share):
            conflicts, replaced = self._conflicts(analysis, af, per_sentence[anchor])
        if any(c.startswith(("number", "time")) for c in conflicts):
            numbers = "conflict"
        # How well the window matches the claim's topic, leaving out the words a rival replaces.
        rest = [k for k in word_idx if terms[k].stem not in replaced]
        topic = (sum(terms[k].weight * matched[k] for k in rest) / (sum(terms[k].weight for k in rest) or 1.0))
        topic_names = all(matched[k] for k in names if terms[k].stem not in replaced)
        if numbers in ("missing", "conflict"):
            score *= 0.7
        if score >= self.threshold:  # (below it, the window cannot be support: they would change nothing)
            for i in window:
                if i != anchor:
                    nearby += [c for c in self._conflicts(analysis, feats[i], per_sentence[i])[0] if c not in conflicts]
        aligned = self._aligned_positions(analysis, af, specific)
        mood = polarity.stance_of(af.scopes, sorted(p for ps in aligned.values() for p in ps), analysis.cues,
                                  aligned.get(analysis.verbs[0], []) if analysis.verbs else [])
        if mood.mood is polarity.Mood.DENIED:
            conflicts.append(f"the passage denies it ('{mood.cue}')")
        signals = Signals(coverage, phrases, name_share, numbers, missing, tuple(conflicts),
                          self._alignment(analysis, af, aligned, specific, matched))
        absent = [terms[k].surface for k in names if not matched[k]]
        absent += [t.surface for t in claim_numbers if t.stem not in found_numbers]
        findings = Findings(
            score=score, signals=signals,
            topical=topic >= CONTRADICTION_COVERAGE and topic_names and extra is None,
            absent=tuple(absent),
            missing_verb=self._missing_verb(analysis, af, specific) if len(terms) <= SHORT_CLAIM else None,
            unplaced_negation=next((terms[k].surface for k in analysis.negated if k not in aligned), None),
            unasserted=mood.cue if mood.mood is polarity.Mood.OPEN and not analysis.open_cue else None,
            swapped=self._swapped(analysis, af, aligned),
            scale=self._scale_mismatch(analysis, af),
            # "Exempt from registering" is not "did not register": a negating word that means something.
            other_negation=next((terms[k].surface for k in analysis.lexical_negators if not matched[k]), None),
            missing_required=any(not r & stems_in_window for r in analysis.required),
            nearby_conflicts=tuple(nearby),
        )
        stance, reason = decide(findings, self.threshold)
        if extra is not None:
            reason += f"; with line {source.sentences[extra].line}, which gives the rest of the claim"
        for term, where in dated:
            reason += f"; {term.surface} is the source's date (line {source.sentences[where].line})"
        return Candidate(source.passage(first, last), round(score, 1), signals, stance, reason,
                         None if extra is None else source.passage(extra, extra))

    def _anchor(self, analysis: ClaimAnalysis, per_sentence: dict[int, list[float]], first: int, last: int) -> int:
        """The sentence of the window that holds the claim: the most of its verbs, then of its weight."""
        def key(i: int) -> tuple[float, float, int]:
            row = per_sentence[i]
            verbs = sum(1 for k in analysis.verbs if row[k])
            return (verbs, sum(t.weight * row[k] for k, t in enumerate(analysis.terms)), -i)
        return max(range(first, last + 1), key=key)

    def _is_date(self, analysis: ClaimAnalysis, term: _ClaimTerm) -> bool:
        """A year, or the day beside a month: numbers that say when, not how many."""
        assert term.number is not None
        if is_year(term.surface, term.number):
            return True
        return any(0 <= j < len(analysis.tokens) and month_of(analysis.tokens[j].surface)
                   for j in (term.position - 1, term.position + 1))

    def _dated(self, analysis: ClaimAnalysis, feats: "_LazyFeatures", window: list[int], first: int,
               matched: list[float], stems_in_window: set[str]) -> list[tuple[_ClaimTerm, int]]:
        """Claim dates the source's date gives a window that names none of its own (a year from its opening lines;
        a day and month from its date line): added to ``stems_in_window`` / ``matched``, with the line."""
        terms = analysis.terms
        dated: list[tuple[_ClaimTerm, int]] = []
        if any(is_year(t.surface, t.number) for i in window for t in feats[i].tokens if t.number is not None):
            return dated
        dates = feats.dates()
        dated = [(t, dates[t.stem]) for t in terms if t.number is not None and t.stem in dates
                 and t.stem not in stems_in_window]
        stems_in_window |= {t.stem for t, _ in dated}
        undated = [k for k, t in enumerate(terms) if not matched[k] and t.stem not in stems_in_window
                   and (t.number is not None or (t.name and month_of(t.surface)))]
        line = feats.dateline() if undated else None
        if line is None or line[0] >= first or any(month_of(t.surface) for i in window for t in feats[i].tokens
                                                    if t.capitalised):
            return dated
        where, (year, month, day) = line
        for k in undated:
            t = terms[k]
            if t.number is None and month_of(t.surface) == month:
                matched[k] = 1.0
                dated.append((t, where))
            elif t.number is not None and ((is_year(t.surface, t.number) and t.number == year)
                                           or (t.number == day and _beside_month(analysis, t.position, month))):
                stems_in_window.add(t.stem)
                dated.append((t, where))
        return dated

    def _more_specific(self, analysis: ClaimAnalysis, f: _SentenceFeatures, row: list[float]) -> dict[int, str]:
        """Claim words the sentence names by a more specific word (WordNet: a rifle is a weapon), by term index."""
        out: dict[int, str] = {}
        wanted = {t.stem: k for k, t in enumerate(analysis.terms)
                  if not row[k] and t.number is None and not t.name}
        if not wanted:
            return out
        for tok in f.tokens:
            if tok.is_content and tok.number is None and tok.stem not in analysis.stems:
                for st in lexicon.general_stems(tok.surface) & wanted.keys():
                    out.setdefault(wanted[st], tok.surface)
        return out

    def _aligned_positions(self, analysis: ClaimAnalysis, f: _SentenceFeatures,
                           specific: dict[int, str]) -> dict[int, list[int]]:
        """Where, in the sentence, each claim word stands (term index -> token positions)."""
        out: dict[int, list[int]] = {}
        for k, t in enumerate(analysis.terms):
            found = [p for st in (t.stem, *t.variants) for p in f.positions.get(st, ())]
            if not found and k in specific:
                found = [p for p, tok in enumerate(f.tokens) if tok.surface == specific[k]]
            if found:
                out[k] = sorted(found)
        return out

    def _alignment(self, analysis: ClaimAnalysis, f: _SentenceFeatures, aligned: dict[int, list[int]],
                   specific: dict[int, str], matched: list[float]) -> tuple[tuple[str, str, str], ...]:
        """Each claim word with the word of the decisive sentence it aligns with, and how they relate."""
        rows = []
        for k, t in enumerate(analysis.terms):
            if k in aligned:
                word = f.tokens[aligned[k][0]]
                if k in specific:
                    relation = lexicon.Relation.SPECIFIC.value
                elif word.stem == t.stem:
                    relation = lexicon.Relation.SAME.value
                elif t.number is None and word.stem in lexicon.synonym_stems(t.surface):
                    relation = lexicon.Relation.SYNONYM.value
                else:
                    relation = "close spelling"
                rows.append((t.surface, word.surface, relation))
            elif matched[k]:
                rows.append((t.surface, "", "given by a neighbouring sentence or the source's date"))
            else:
                rows.append((t.surface, "", lexicon.Relation.NONE.value))
        return tuple(rows)

    def _missing_verb(self, analysis: ClaimAnalysis, f: _SentenceFeatures, specific: dict[int, str]) -> str | None:
        """The claim's first verb, when none of its verbs (or their synonyms) is in the sentence that holds it.

        Asked of short claims only: in a long one, the other words pin the event down, and its verbs are
        the words paraphrase changes most ("called for" / "advocated")."""
        if not analysis.verbs or any(k in specific for k in analysis.verbs):
            return None
        stems = f.stems
        for k in analysis.verbs:
            t = analysis.terms[k]
            if t.stem in stems or (t.variants | lexicon.synonym_stems(t.surface)) & stems:
                return None
        return analysis.terms[analysis.verbs[0]].surface

    def _swapped(self, analysis: ClaimAnalysis, f: _SentenceFeatures,
                 aligned: dict[int, list[int]]) -> tuple[str, str] | None:
        """Claim words whose roles the sentence swaps ("A discovered B" / "B discovered A")."""
        sides = analysis.sides
        verb = next((aligned[k][0] for k in analysis.verbs if k in aligned), None)
        if sides is None or verb is None or len(analysis.verbs) > 1:
            return None  # with several verbs, which words belong to which is beyond word order
        positions = {analysis.terms[k].stem: ps[0] for k, ps in aligned.items()
                     if not analysis.terms[k].verb and analysis.terms[k].number is None
                     and lexicon.verb_share(analysis.terms[k].surface) < 0.5 and len(ps) == 1}
        moved = roles.swapped(sides, roles.sides(f.tokens, verb, positions))
        if moved is None:
            return None
        surface = {t.stem: t.surface for t in analysis.terms}
        return surface[moved[0]], surface[moved[1]]

    def _scale_mismatch(self, analysis: ClaimAnalysis, f: _SentenceFeatures) -> str | None:
        """A quantifier or frequency word of the claim that the sentence puts at another place of its scale
        ("all" / "several", "often" / "rarely"), or an "all" or "always" the sentence does not say."""
        said = {fold(t.surface): t.surface for t in f.tokens}
        for word in analysis.scale_words:
            w = fold(word.surface)
            place = lexicon.scale_place(w)
            if w in said or place is None or word.is_negator:
                continue
            name, level = place
            rivals = [(p[1], s) for p, s in ((lexicon.scale_place(x), s) for x, s in said.items())
                      if p is not None and p[0] == name]
            if any(other >= level for other, _ in rivals) and level <= 2:
                continue  # "many" says "some"
            if rivals:
                return f"the passage says '{rivals[0][1]}' where the claim says '{word.surface}'"
            if level == len(lexicon.SCALES[name]) - 1:
                return f"the claim says '{word.surface}', the passage does not"
        return None

    def _context_stems(self, feats: "_LazyFeatures", first: int) -> frozenset[str]:
        """Names a passage can refer to without repeating them: the source's title and the sentences just before."""
        before = (feats.names(i) for i in range(max(0, first - CONTEXT_SENTENCES), first))
        return feats.title_words().union(*before)

    def _phrase_share(self, analysis: ClaimAnalysis, window: list[_SentenceFeatures]) -> float:
        if not analysis.pairs:
            return 1.0
        found = 0
        for a, b in analysis.pairs:
            ta, tb = analysis.terms[a], analysis.terms[b]
            if any(_near(f, ta, tb) for f in window):
                found += 1
        return found / len(analysis.pairs)

    def _conflicts(self, analysis: ClaimAnalysis, f: _SentenceFeatures, row: list[float]) -> tuple[list[str], set[str]]:
        """Reasons the sentence that holds the claim may contradict it, and the claim words a rival replaces."""
        out: list[str] = []
        replaced: set[str] = set()
        negated_by: dict[str, set[str]] = defaultdict(set)
        plain: set[str] = set()  # words that occur at least once without negation
        for pos, tok in enumerate(f.tokens):
            if pos in f.negated:
                negated_by[tok.stem].add(stem(fold(f.negated[pos])))
            else:
                plain.add(tok.stem)
        sentence_negators = {t.stem for t in f.tokens if t.is_negator}
        claim_negators = {t.stem for t in analysis.tokens if t.is_negator}
        for k, term in enumerate(analysis.terms):
            if term.number is not None or term.name:
                continue
            if row[k] == 1.0:
                if (term.negated and term.stem in plain and term.stem not in negated_by
                        and not (claim_negators & sentence_negators)):
                    out.append(f"the claim negates '{term.surface}', the passage does not")
                elif (not term.negated and term.stem in negated_by and term.stem not in plain
                      and not (negated_by[term.stem] & claim_negators)):
                    out.append(f"the passage negates '{term.surface}'")
            elif row[k] and term.negated and not claim_negators & sentence_negators:
                # Found only in another form (registering / register): the claim's negation must be there too.
                forms = term.variants & (plain | set(negated_by))
                if forms and forms <= plain and not any(st in negated_by for st in forms):
                    out.append(f"the claim negates '{term.surface}', the passage does not")
            if term.stem not in plain:  # (a close spelling does not clear an opposite: stay conservative)
                opposites = lexicon.opposite_stems(term.surface)
                longer = tuple(o for o in opposites if len(o) >= 5)  # also in a longer form: improv / improvement
                rival = next((t.surface for p, t in enumerate(f.tokens) if t.is_content and p not in f.negated
                              and t.stem not in analysis.stems  # "continued without stop" says both
                              and (t.stem in opposites or (longer and t.stem.startswith(longer))
                                   or term.stem in lexicon.opposite_stems(t.surface))), None)
                if rival is not None:
                    out.append(f"the passage says '{rival}' where the claim says '{term.surface}'")
                    replaced.add(term.stem)
        said = {fold(t.surface): t.surface for t in f.tokens}
        for word in analysis.scale_words:  # before/after, more/fewer, all/none
            w = fold(word.surface)
            rival_word = next((said[o] for o in lexicon.SCALE_OPPOSITES.get(w, ()) if o in said), None)
            if w not in said and rival_word is not None and not word.is_negator:
                out.append(f"the passage says '{rival_word}' where the claim says '{word.surface}'")
        for message, claim_stem in values.substitutions(analysis.tokens, f.tokens, f.positions, f.names.values()):
            out.append(message)
            replaced.add(claim_stem)
        clash = values.time_conflict(analysis.text, f.text)
        if clash is not None:
            out.append(f"time differs: the claim says '{clash[0]}', the passage '{clash[1]}'")
        return out, replaced


class _Kept:
    """How many sentence features all sources keep: one count, so checking the cache's size costs nothing."""

    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0


class _LazyFeatures(Sequence[_SentenceFeatures]):
    """The features of a source's sentences, computed the first time a claim's window needs them."""

    def __init__(self, source: Source, kept: _Kept) -> None:
        self.source = source
        self.kept = kept
        self._items: dict[int, _SentenceFeatures] = {}
        self._stems: dict[int, frozenset[str]] = {}
        self._names: dict[int, frozenset[str]] = {}
        self._title: frozenset[str] | None = None
        self._dates: dict[str, int] | None = None
        self._dateline: tuple[int, tuple[int, int, int]] | None = None

    def __len__(self) -> int:
        return len(self.source.sentences)

    def forget(self) -> None:
        self.kept.n -= len(self._items) + len(self._stems) + len(self._names)
        self._items.clear()
        self._stems.clear()
        self._names.clear()

    def names(self, i: int) -> frozenset[str]:
        """The names in sentence i (see _names), read without making its full features."""
        found = self._names.get(i)
        if found is None:
            feats = self._items.get(i)
            self.kept.n += 1
            found = self._names[i] = (frozenset(feats.names.values()) if feats is not None
                                      else frozenset(_names(words(self.source.sentence_text(i))).values()))
        return found

    def dates(self) -> dict[str, int]:
        """The years the source's opening lines give (title, byline, date line), each with the sentence that
        gives it: the time a passage that names no year speaks of."""
        if self._dates is None:
            self._dates = {}
            for i in range(min(len(self), LEAD_SENTENCES)):
                for w in words(self.source.sentence_text(i)):
                    if w.number is not None and is_year(w.surface, w.number):
                        self._dates.setdefault(w.stem, i)
        return self._dates

    def dateline(self) -> tuple[int, tuple[int, int, int]] | None:
        """The source's date line (the first short sentence that writes out a full date) and its date."""
        if self._dateline is None:
            self._dateline = (-1, (0, 0, 0))
            for i in range(len(self)):
                text = self.source.sentence_text(i)
                found = full_dates(text) if len(text) < 40 * DATELINE_WORDS else []
                if found and len(WORD_RE.findall(text)) <= DATELINE_WORDS:
                    self._dateline = (i, found[0])
                    break
        return None if self._dateline[0] < 0 else self._dateline

    def title_words(self) -> frozenset[str]:
        """The capitalised words of the source's first sentence (its title, in most sources)."""
        if self._title is None:
            first = words(self.source.sentence_text(0)) if len(self) else []
            self._title = frozenset(w.stem for w in first if w.surface[:1].isupper() and w.is_content)
        return self._title

    def stems(self, i: int) -> frozenset[str]:
        """The content-word stems of sentence i: all that deciding whether to score a window needs (a claim's
        terms are content words), taken from the corpus's stems instead of reading the sentence again."""
        found = self._stems.get(i)
        if found is None:
            self.kept.n += 1
            found = self._stems[i] = frozenset(self.source.content_stems()[i])
        return found

    def __getitem__(self, i: int) -> _SentenceFeatures:  # type: ignore[override]  # by int only, no slices
        feats = self._items.get(i)
        if feats is None:
            text = self.source.sentence_text(i)
            self.kept.n += 1
            feats = self._items[i] = _features(text, tokenize(text))
        return feats


def _beside_month(analysis: ClaimAnalysis, position: int, month: int) -> bool:
    """Whether the claim's token at ``position`` is the day of that month ("November 14", "14 November")."""
    tokens = analysis.tokens
    return any(0 <= j < len(tokens) and month_of(tokens[j].surface) == month for j in (position - 1, position + 1))


def _best_of(rows: list[list[float]]) -> list[float]:
    """For each claim word, how well the best of these sentences matches it (rows from _term_matches)."""
    return list(map(max, zip(*rows))) if len(rows) > 1 else list(rows[0])


def _rank(c: Candidate) -> tuple[int, float, int]:
    order = {"supports": 0, "contradicts": 1, None: 2}[c.stance]
    return (order, -c.score, c.passage.size)


def _prefer_small(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a window whose extra sentences add nothing to a smaller window's score (the quote stays tight)."""
    best: dict[tuple[int, int], float] = {(c.passage.first, c.passage.last): c.score for c in candidates}
    out = []
    for c in candidates:
        f, l = c.passage.first, c.passage.last
        inner = [best.get((f, l - 1), -1.0), best.get((f + 1, l), -1.0)] if l > f else []
        if inner and max(inner) >= c.score - 3.0:
            continue
        out.append(c)
    return out


def _near(f: _SentenceFeatures, ta: _ClaimTerm, tb: _ClaimTerm) -> bool:
    pa = [p for st in (ta.stem, *ta.variants) for p in f.positions.get(st, ())]
    if not pa:
        return False
    pb = [p for st in (tb.stem, *tb.variants) for p in f.positions.get(st, ())]
    return any(abs(x - y) <= PHRASE_DISTANCE for x in pa for y in pb)


def _features(text: str, tokens: list[Token]) -> _SentenceFeatures:
    positions: dict[str, list[int]] = defaultdict(list)
    for pos, tok in enumerate(tokens):
        positions[tok.stem].append(pos)
    return _SentenceFeatures(text, tokens, frozenset(positions), dict(positions), polarity.negated(tokens, text),
                             _names(tokens), polarity.scopes(tokens, text))


def _names(sentence: Sequence[Token | Word]) -> dict[int, str]:
    """Position -> stem of the capitalised content words after the first, unless the sentence is in Title Case."""
    letters = [w for w in sentence if w.number is None and w.surface[0].isalpha()]
    if len(letters) >= 3 and sum(w.surface[0].isupper() for w in letters) / len(letters) > 0.6:
        return {}
    return {pos: w.stem for pos, w in enumerate(sentence)
            if pos and w.surface[:1].isupper() and w.number is None and w.is_content}
