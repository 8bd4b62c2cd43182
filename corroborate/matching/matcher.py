"""The matcher: for a claim and each source, the candidate passages, scored and judged.

For a claim and a source the matcher looks at windows of one to three adjacent sentences (``retrieval``) and
measures, over the window:

* ``coverage``: the share of the claim's content words found in the window, each weighted by how rare it
  is in the sources (inverse document frequency over sentences), so "Bastrykin" counts more than "said".
  Words match by stem (enlist/enlisted, mobilisation/mobilization, labour/labor), by close spelling, or by a
  more specific word (WordNet: "Tajik migrants" for "migrants").
* ``phrases``: the share of the claim's adjacent content-word pairs that stand close together in the
  window, which separates a passage that says the claim from one that merely uses its words.
* ``names``: the share of the claim's names (capitalised words) found, in the window or in what it refers
  back to (the source's title, the sentences just before).

``score = 100 * (0.6 * coverage + 0.25 * phrases + 0.15 * names)``, lowered when a number is missing.

What decides the stance is read from one sentence of the window, the one that holds the claim (its anchor):
its alignment with the claim (``align``), negation, denial and hedges (``polarity``), opposites and rival
values (``conflicts``), roles (``roles``). Neighbours give names and dates only (``dating``). ``decide``
turns what was found into supports, contradicts or no stance, with the reason.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..claims import Claim
from ..defaults import DEFAULT_THRESHOLD
from ..kinds import Stance
from ..sources import Corpus, Source
from ..text import MONTH_NAME, fold, is_dateline, stem
from . import (align, conjuncts, denials, negation, polarity, possession, retold, roles, siblings, speakers, stitching,
               subject, tense)
from .analysis import ClaimAnalysis, ClaimReader
from .candidate import Candidate, Retelling, Signals
from .conflicts import Conflict, Kind
from .decide import COMBINED_MIN_COVERAGE, CONTRADICTION_COVERAGE, Findings, decide, tells_otherwise
from .features import CONTEXT_SENTENCES, Kept, SentenceFeatures, SourceFeatures
from .reading import Reading
from .retrieval import NEAR_MISS_SOURCES, RETRIEVAL_FLOOR, Retriever, best_of
from .topic import Topic, topic_of
from .align import SHORT_CLAIM
from .window import NUMBER_PENALTY, WindowWords, absent as window_absent, score_window, window_words
MAX_CACHED_FEATURES = 60_000  # sentences whose features are kept between claims
CONFLICT_FLOOR = 0.35  # a window covering less can neither support nor contradict: not scored in full
NEAR_MISSES = 1  # windows per source scored in full even when they cover too little, to show as near misses


class Readings:
    """The sentences of one source read against one claim, each read once (``Reading``), when first asked for."""

    def __init__(self, analysis: ClaimAnalysis, features: SourceFeatures, rows: dict[int, list[float]]) -> None:
        self.analysis = analysis
        self.features = features
        self.rows = rows  # how well each sentence near a candidate has each claim word
        self._read: dict[int, Reading] = {}

    def __getitem__(self, i: int) -> Reading:
        found = self._read.get(i)
        if found is None:
            found = self._read[i] = Reading(self.analysis, self.features[i], self.rows[i], self.features.one_name)
        return found


class Matcher:
    """Holds the corpus features (tokens, inverted index, word rarity) and scores claims against them."""

    def __init__(self, corpus: Corpus, threshold: float = DEFAULT_THRESHOLD, exhaustive: bool = False,
                 near_miss_sources: int | None = NEAR_MISS_SOURCES) -> None:
        """``near_miss_sources``: how many sources that cannot support or contradict a claim are still scored,
        for their near misses (None: all of them, as ``explain`` shows)."""
        self.corpus = corpus
        self.threshold = threshold
        self._kept = Kept()
        self.features = [SourceFeatures(source, self._kept) for source in corpus.sources]
        self.reader = ClaimReader(corpus)
        self.retriever = Retriever(corpus, self.features, exhaustive, near_miss_sources)

    @property
    def cached_sentences(self) -> int:
        """How many sentences' features are kept between claims (bounded by MAX_CACHED_FEATURES)."""
        return self._kept.n

    def analyse(self, claim: Claim, text: str | None = None) -> ClaimAnalysis:
        """The claim (or another wording of it, ``text``) read for matching."""
        return self.reader.read(claim, text)

    def match_claim(self, claim: Claim) -> dict[int, list[Candidate]]:
        """Candidates per source index, best first."""
        if self._kept.n > MAX_CACHED_FEATURES:  # a cache: keep memory flat
            for f in self.features:
                f.forget()
        analyses = [self.analyse(claim)] + [self.analyse(claim, alt) for alt in claim.also]
        results: dict[int, list[Candidate]] = defaultdict(list)
        for analysis in analyses:
            for s_index, (per_sentence, rough) in self.retriever.windows(analysis).items():
                results[s_index].extend(self._score_source(analysis, s_index, per_sentence, rough))
        for s_index in results:
            results[s_index] = retold.overruled(results[s_index])
            results[s_index].sort(key=_rank)
        return dict(results)

    def _score_source(self, analysis: ClaimAnalysis, s_index: int, per_sentence: dict[int, list[float]],
                      rough: dict[tuple[int, int], float]) -> list[Candidate]:
        source = self.corpus.sources[s_index]
        feats = self.features[s_index]
        # A window covering too little of the claim can neither support nor contradict it: score it fully
        # only if it is among the closest few, which the reports show as near misses.
        ranked = sorted(rough, key=lambda w: (-rough[w], w))
        chosen = sorted(w for i, w in enumerate(ranked) if i < NEAR_MISSES or rough[w] >= CONFLICT_FLOOR)
        padded = _padded(chosen, per_sentence, feats, analysis.name_stems)
        readings = Readings(analysis, feats, per_sentence)
        candidates = [self._judge(analysis, source, readings, first, last)
                      for first, last in chosen if (first, last) not in padded]
        candidates = _prefer_small(candidates, padded)
        combined = self._combined(analysis, source, readings, candidates)
        return candidates + ([combined] if combined else [])

    def _combined(self, analysis: ClaimAnalysis, source: Source, readings: Readings,
                  candidates: list[Candidate]) -> Candidate | None:
        """A claim told in two places of one source: the best window plus the sentence that adds most of the rest.

        Tried only when no window supports the claim alone but the best one covers most of it; scored lower
        than a single window (``window.COMBINED_PENALTY``) since the two places may speak of different things.
        """
        if not candidates or any(c.stance for c in candidates):
            return None
        best = max(candidates, key=lambda c: c.score)
        if best.signals.coverage < COMBINED_MIN_COVERAGE:
            return None
        first, last = best.passage.first, best.passage.last
        terms = analysis.terms
        per_sentence = readings.rows
        have = best_of([per_sentence[i] for i in range(first, last + 1)])

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
        combined = self._judge(analysis, source, readings, first, last, extra)
        return combined if combined.stance == Stance.SUPPORTS else None

    def _judge(self, analysis: ClaimAnalysis, source: Source, readings: Readings, first: int, last: int,
               extra: int | None = None) -> Candidate:
        """Score the window first..last (plus, for a combined candidate, one more sentence ``extra``) and decide.

        Coverage, phrases and names are read from the whole window (``window``). What decides the stance (the
        claim's verb and counts, negation, denial or hedging, roles, opposites and rival values) is read from
        one sentence, the one that holds the claim (its anchor, ``reading``): a neighbour may say who is meant
        and when, never what happened, how many, or whether it did not.
        """
        feats, rows = readings.features, readings.rows
        window = [*range(first, last + 1), *([] if extra is None else [extra])]
        anchor = self._anchor(analysis, rows, first, last)
        reading = readings[anchor]
        words = window_words(analysis, feats, rows, window, [anchor] if extra is None else [anchor, extra],
                             reading.specific)
        measured = score_window(analysis, words, (readings[i].pairs_near for i in window), extra is not None)
        conflicts: list[Conflict] = []  # in the sentence that holds the claim: they make a contradiction
        replaced: set[str] = set()  # claim words a rival replaces in the passage
        if (measured.score >= self.threshold
                or measured.coverage >= CONTRADICTION_COVERAGE * (1 - analysis.replaceable_share)):
            conflicts, replaced = list(reading.conflicts[0]), reading.conflicts[1]
        numbers = "conflict" if any(c.kind in (Kind.NUMBER, Kind.TIME) for c in conflicts) else measured.numbers
        topic = topic_of(analysis, rows[anchor], reading.specific, words.matched, replaced, extra is not None)
        score = measured.score * (NUMBER_PENALTY if numbers in ("missing", "conflict") else 1.0)
        nearby: list[str] = []  # in the window's other sentences: they only keep it from being support
        if score >= self.threshold:  # (below it, the window cannot be support: they would change nothing)
            # (another day in a neighbour is another event: a date line, what came next; and where the anchor
            # negates the claim's negated words itself, a neighbour that says one plainly speaks of another time)
            negation_placed = _negation_placed(analysis, reading, conflicts)
            for i in window:
                if i != anchor:
                    nearby += [c.message for c in readings[i].conflicts[0]
                               if c not in conflicts and c.kind is not Kind.DATE
                               and not (negation_placed and c.kind is Kind.NEGATION_UNSAID)]
                    if not reading.scales_in_place:  # (else a neighbour's "before" speaks of something else)
                        nearby += readings[i].unplaced_rivals
                    elif side := readings[i].other_side:
                        nearby.append(side)
        modal = reading.modality
        if modal is not None and modal[0]:
            conflicts.append(Conflict(Kind.MODALITY, modal[1]))
        if (reading.mood.mood is polarity.Mood.DENIED
                and not denials.relays_what_is_taken_back(analysis, reading.mood.cue)):
            if reading.denial_agrees:  # both say it did not happen, in other words ("denied that" / "rejected
                # claims that", "refused to" / "declined to"): the claim's negation is the passage's denial
                conflicts = [c for c in conflicts if c.kind is not Kind.NEGATION_UNSAID]
            else:
                conflicts.append(Conflict(Kind.DENIED, f"the passage denies it ('{reading.mood.cue}')"))
        signals = Signals(measured.coverage, measured.phrases, measured.names, numbers, measured.missing,
                          tuple(c.message for c in conflicts),
                          align.alignment(analysis, reading.features, reading.aligned, reading.specific, words.matched))
        if score < self.threshold and not topic.topical:  # no stance: ``decide`` reads no more than this
            findings = Findings(score=score, signals=signals, topical=False)
        else:
            before = frozenset().union(*(feats.stems(i) for i in range(min(first, anchor - 1), anchor) if i >= 0))
            # (the sentence just before, and the window's own before it: what a sentence takes up, they may name)
            verbless = bool(analysis.verbs) and not any(roles.has_verb(feats[i].tokens) for i in window
                                                        if not _bare_dateline(feats[i]))
            findings = _findings(analysis, reading, score, signals, topic, words, before, feats,
                                 nearby, verbless, [feats[i] for i in window])
        stance, reason = decide(findings, self.threshold)
        if extra is not None:
            reason += f"; with line {source.sentences[extra].line}, which gives the rest of the claim"
        for term, where in words.dated:
            reason += f"; {term.surface} is the source's date (line {source.sentences[where].line})"
        return Candidate(source.passage(first, last), round(score, 1), signals, stance, reason,
                         None if extra is None else source.passage(extra, extra),
                         _retelling(analysis, findings, reading) if stance is None else None)

    def _anchor(self, analysis: ClaimAnalysis, per_sentence: dict[int, list[float]], first: int, last: int) -> int:
        """The sentence of the window that holds the claim: the one with its main verb (what it asserts, not a verb
        of a relative clause: "Prisoners who volunteer ... are promised worse treatment"), the most of its verbs,
        then of its weight."""
        main = analysis.main_verb

        def key(i: int) -> tuple[float, float, float, int]:
            row = per_sentence[i]
            verbs = sum(1 for k in analysis.verbs if row[k])
            return (float(main is not None and row[main] > 0), verbs, sum(t.weight * row[k] for k, t in
                                                                         enumerate(analysis.terms)), -i)
        return max(range(first, last + 1), key=key)


def _negation_placed(analysis: ClaimAnalysis, reading: Reading, conflicts: list[Conflict]) -> bool:
    """Whether the anchor negates every word the claim negates, as the claim does ("If you don't sign" for
    "prisoners who do not sign")."""
    negated = reading.features.negated
    return bool(analysis.negated) and not any(c.kind is Kind.NEGATION_UNSAID for c in conflicts) and all(
        any(p in negated for p in reading.aligned.get(k, ())) for k in analysis.negated)


def _findings(analysis: ClaimAnalysis, reading: Reading, score: float, signals: Signals, topic: Topic,
              words: WindowWords, before: frozenset[str], source: SourceFeatures, nearby: list[str],
              verbless: bool, window: list[SentenceFeatures]) -> Findings:
    """What every rule found, for ``decide``: most is read from the anchor sentence (``reading``); ``before``:
    the stems of the sentences before it in the window, or of the one just before it; ``source``: the features of
    its source (date line, title and lead); ``window``: its sentences."""
    short = len(analysis.terms) <= SHORT_CLAIM
    mood = reading.mood
    negated_words = ([(analysis.terms[k].negator, reading.aligned.get(k, [])) for k in analysis.negated]
                     if analysis.lexical_negators else [])  # (only a claim's negating word asks for them)
    modal = reading.modality
    return Findings(
        score=score, signals=signals, topical=topic.topical, absent=window_absent(analysis, words),
        missing_verb=((reading.missing_verb if short else None) or reading.missing_main_verb
                      or align.missing_adverbial_verb(analysis, window, reading.specific)),
        unpossessed=(analysis.possessive_verb if analysis.possessive_verb is not None
                     and not possession.says_possession(analysis, reading.features, reading.aligned) else None),
        verbless=verbless,
        stitched=(stitching.stitched_object(analysis, reading.features, reading.aligned, words.matched)
                  or stitching.stitched_subject(analysis, reading.features, reading.aligned, words.matched)),
        unqualified=(stitching.unqualified_object(analysis, words.matched)
                     or stitching.unqualified_subject(analysis, words.matched, window)),
        verb_of_another=stitching.verb_of_another(analysis, reading.features, reading.aligned),
        missing_predicate=reading.missing_predicate,
        replaced_verb=reading.replaced_verb,
        other_counted=reading.other_counted,
        other_clause=reading.other_clause,
        in_relative=reading.in_relative,
        missing_subject=(subject.missing(analysis, topic.about, topic.held, reading.features, before,
                                         source.author_stems(), source.lead_stems())
                         if short and topic.about else ())
        or subject.missing_agent(analysis, topic.held, source.stems(0) if len(source) else frozenset()),
        missing_conjunct=conjuncts.missing_conjunct(analysis, reading.aligned, words.matched),
        other_speaker=speakers.other_speaker(analysis, reading.features, reading.aligned),
        unplaced_negation=reading.unplaced_negation,
        unasserted=mood.cue if mood.mood is polarity.Mood.OPEN and not (
            analysis.open_cue and polarity.cue_kind(analysis.open_cue) == polarity.cue_kind(mood.cue))
        and fold(mood.cue) not in analysis.reported_cues
        and stem(fold((mood.cue.split() or [""])[0])) not in analysis.reported_cues else None,
        former_elsewhere=reading.former_elsewhere,
        undenied=reading.undenied,
        swapped=reading.swapped,
        other_role=reading.other_role,
        scale=reading.scale,
        exclusive=reading.exclusive,
        modifier=reading.replaced_modifier,
        other_kind=(siblings.other_kind(analysis, reading.features, reading.aligned, words.matched)
                    or siblings.other_agent(analysis, reading.features, reading.aligned, words.matched)),
        # "Exempt from registering" is not "did not register": a negating word that means something, said in
        # the sentence itself: a neighbour never supplies a negator ("for refusing to carry out orders" two
        # sentences on does not make "in exchange for signing" say "refusing").
        other_negation=next((analysis.terms[k].surface for k in analysis.lexical_negators if not topic.held[k]
                             and not negation.said_plainly(negated_words, reading.features.negated)), None),
        missing_required=any(not r & words.in_window for r in analysis.required),
        modality=modal[1] if modal is not None and not modal[0] else None,
        foretold=tense.foretold(analysis, reading.features, reading.aligned),
        done=tense.already_done(analysis, reading.features, reading.aligned),
        then=tense.not_now(analysis, reading.features, reading.aligned),
        nearby_conflicts=tuple(nearby),
    )


BARE_DATELINE = 8  # words: a date line this short names who wrote and when, and no more ("Rail press office, 11 June")


def _bare_dateline(f: SentenceFeatures) -> bool:
    """Whether a sentence is a short date line, whose words may read as a verb ("press") and say nothing happened."""
    return len(f.tokens) <= BARE_DATELINE and is_dateline(f.text)


def _retelling(analysis: ClaimAnalysis, findings: Findings, reading: Reading) -> Retelling | None:
    """What a rejected passage's sentence that holds the claim has for the claim's main verb: another verb in its
    place, or the verb itself where it tells the claim otherwise (another modifier, object, role or degree; not a
    hedge or a missing word, which leave the claim untold there) (``retold``); None when neither."""
    main = analysis.main_verb
    if main is None:
        return None
    verb = analysis.terms[main].surface
    replaced = findings.replaced_verb
    if replaced and replaced[0] == verb:
        return Retelling(verb, replaced[1], replaced=True)
    said = reading.aligned.get(main)
    if not said or not tells_otherwise(findings):
        return None
    return Retelling(verb, reading.features.tokens[said[0]].surface, replaced=False)


def _rank(c: Candidate) -> tuple[int, float, int]:
    order = {Stance.SUPPORTS: 0, Stance.CONTRADICTS: 1, None: 2}[c.stance]
    return (order, -c.score, c.passage.size)


def _padded(windows: list[tuple[int, int]], per_sentence: dict[int, list[float]], feats: SourceFeatures,
            names: frozenset[str]) -> dict[tuple[int, int], tuple[int, int]]:
    """Windows that are a smaller window of the list plus a sentence before or after it that could not change
    the score (no claim word, no number, no month; before it, nothing that changes which names the lead-in
    gives), each with the judged window inside it. Such a window scores what that one does, so
    ``_prefer_small`` would drop it: it is not judged at all (on wice-dev, a sixth of the windows).
    ``names``: the stems (and close spellings) of the claim's names."""
    chosen = set(windows)
    out: dict[tuple[int, int], tuple[int, int]] = {}

    def idle(i: int) -> bool:
        return not any(per_sentence[i]) and not _DATED.search(feats.source.sentence_text(i))

    for first, last in sorted(windows, key=lambda w: w[1] - w[0]):  # a window's smaller ones first
        if (first, last - 1) in chosen and idle(last):
            out[(first, last)] = out.get((first, last - 1), (first, last - 1))
        elif ((first + 1, last) in chosen and idle(first)
              and (first < CONTEXT_SENTENCES or not feats.names(first - CONTEXT_SENTENCES) & names)):
            out[(first, last)] = out.get((first + 1, last), (first + 1, last))
    return out


_DATED = re.compile(rf"\d|\b(?:{MONTH_NAME})\b")


def _prefer_small(candidates: list[Candidate], padded: dict[tuple[int, int], tuple[int, int]]) -> list[Candidate]:
    """Drop a window whose extra sentences add nothing to a smaller window's score (the quote stays tight).
    ``padded``: windows left unjudged, each scoring what the smaller window it pads does."""
    best: dict[tuple[int, int], float] = {(c.passage.first, c.passage.last): c.score for c in candidates}
    best.update({w: best[inner] for w, inner in padded.items() if inner in best})
    out = []
    for c in candidates:
        f, l = c.passage.first, c.passage.last
        inner = [best.get((f, l - 1), -1.0), best.get((f + 1, l), -1.0)] if l > f else []
        if inner and max(inner) >= c.score - 3.0:
            continue
        out.append(c)
    return out
