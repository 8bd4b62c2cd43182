"""The pipeline: the one place the stages are put together. Claims and sources in, one verdict per claim out.

    read the sources (``sources``) ─┬─ match each claim (``matching``, on all cores) ─┐
                                    └─ word rarity for reuse (meanwhile) ─────────────┴─ origins among the
    sources that back each claim (``independence``, ``reuse``) ── locked evidence (``lock``) ── verdicts
    (``verdict``) ── a ``CheckReport`` the formats render

``check``, ``explain``, ``sources`` and ``lock`` all run it, so ``explain`` gives the verdict ``check`` gives.
"""

from __future__ import annotations

import gc
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple

from . import parallel
from .claims import Claim, ClaimsFile, SourceInfo, load_claims
from .graph import SourceGraph
from .independence import GraphBuilder, build_graph
from .kinds import Stance, Verdict
from .matching import Candidate, Signals
from .options import CheckOptions
from .sources import Corpus, Source, load_corpus
from .verdict import ClaimResult, decide

if TYPE_CHECKING:
    from .cache import ParseCache
    from .matching import Matcher
    from .matching.analysis import ClaimAnalysis


@dataclass
class CheckReport:
    options: CheckOptions
    claims_file: ClaimsFile
    corpus: Corpus
    graph: SourceGraph
    results: list[ClaimResult]
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[ClaimResult]:
        return [r for r in self.results if r.fails(self.options.fail_on)]

    def counts(self) -> dict[Verdict, int]:
        out = {verdict: 0 for verdict in Verdict}
        for r in self.results:
            out[r.verdict] += 1
        return out


@contextmanager
def opened_cache(options: CheckOptions) -> Iterator[ParseCache | None]:
    """The on-disk cache for these sources, unless ``use_cache`` is off."""
    cache = None
    if options.use_cache:
        from .cache import ParseCache

        cache = ParseCache.open(options.sources_dir)
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """A corpus is millions of small objects that live for the whole run and hold no cycles: the garbage
    collector's default rhythm (every 700 new objects) would keep scanning them, for a tenth of the run."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        # What the run made stays out of later collections too: with the default rhythm back, the next one
        # would otherwise scan it all once more (a tenth of a second on wice-dev). Reference counting still
        # frees it.
        gc.freeze()
        gc.set_threshold(*thresholds)


def load_sources(options: CheckOptions, declared: dict[str, SourceInfo]) -> tuple[Corpus, SourceGraph]:
    """The sources and the dependencies between every two of them, with one on-disk cache serving both the
    parsed files and the reuse found among them."""
    with opened_cache(options) as cache, _fewer_collections():
        corpus = load_corpus(options.sources_dir, options.max_bytes, cache)
        return corpus, build_graph(corpus, declared, cache)


def backing(corpus: Corpus, matched: Iterable[dict[int, list[Candidate]]]) -> list[list[Source]]:
    """For each claim, the sources with a passage that supports or contradicts it: the only sources whose
    independence its verdict depends on."""
    return [[corpus.sources[i] for i, candidates in by_index.items() if any(c.stance for c in candidates)]
            for by_index in matched]


_worker_matcher: Matcher | None = None
_worker_claims: list[Claim] = []
"""The matcher the forked workers use and the claims they match, set before they fork so that they inherit them:
handing the matcher to each worker instead would pickle the corpus (6 MB for wice-dev, 0.23 s per worker,
measured) and its index; and told only which claim to match, the queue of their tasks never fills (a full one
could leave an interrupted run waiting on it for ever)."""


def match_all(matcher: Matcher, claims: list[Claim],
              meanwhile: Callable[[], object] | None = None) -> Iterator[dict[int, list[Candidate]]]:
    """Candidates for every claim, in order; on all cores when there are enough claims to pay for it.

    Workers are forked after the index is built, so they share it instead of building their own, and send
    back only positions and scores: the parent rebuilds the passages from its own sources. ``meanwhile`` is
    work for the parent while the workers match (it would otherwise only wait); it is not done when the
    claims are matched here.
    """
    global _worker_matcher, _worker_claims
    _worker_matcher, _worker_claims = matcher, claims  # before the fork: the workers find them there
    try:
        workers = parallel.pool() if parallel.worth_it(len(claims), parallel.PARALLEL_MIN_CLAIMS) else None
        if workers is None:
            yield from (matcher.match_claim(c) for c in claims)
            return
        with workers:
            matched = workers.imap(_match_packed, range(len(claims)), chunksize=4)
            if meanwhile is not None:
                meanwhile()
            for packed in matched:
                yield unpack(matcher.corpus, packed)
    finally:
        _worker_matcher, _worker_claims = None, []


class PackedCandidate(NamedTuple):
    """A candidate as a worker sends it back: positions in its source, not the passages (the parent has the
    sources and rebuilds them), so little crosses between processes.

    Measured on wice-dev (40 claims): a claim's candidates pickle to 3.7 kB packed like this, and to 205 kB as
    Candidate objects, which carry their whole Source along (each source's full text, once per claim)."""

    first: int
    last: int
    score: float
    signals: tuple[Any, ...]  # the fields of Signals, in order
    stance: Stance | None
    reason: str
    extra: int | None  # the first sentence of the second place that completes the claim


Packed = dict[int, list[PackedCandidate]]  # per source index


def pack(candidates: dict[int, list[Candidate]]) -> Packed:
    return {s_index: [PackedCandidate(c.passage.first, c.passage.last, c.score, c.signals.fields(), c.stance,
                                      c.reason, None if c.extra is None else c.extra.first) for c in found]
            for s_index, found in candidates.items()}


def unpack(corpus: Corpus, packed: Packed) -> dict[int, list[Candidate]]:
    out = {}
    for s_index, rows in packed.items():
        source = corpus.sources[s_index]
        out[s_index] = [Candidate(source.passage(p.first, p.last), p.score, Signals(*p.signals), p.stance, p.reason,
                                  None if p.extra is None else source.passage(p.extra, p.extra)) for p in rows]
    return out


def _match_packed(index: int) -> Packed:
    """In a worker: match the claim at ``index`` with the matcher the parent built before forking."""
    assert _worker_matcher is not None
    return pack(_worker_matcher.match_claim(_worker_claims[index]))


class KnownMatches:
    """Each claim's candidates from an earlier run on the exact same files, settings and matching code (the
    cache's ``matches``), and the new ones to keep: an unchanged claim is not matched again."""

    def __init__(self, cache: ParseCache | None, corpus_key: str, options: CheckOptions, claims: list[Claim]) -> None:
        self.cache = cache
        self.new: list[tuple[str, object]] = []
        self.keys: dict[int, str] = {}  # by claim, when there is a cache to keep its matches in
        self.found: dict[int, Packed] = {}
        if cache is None:
            return
        from .cache import match_schema

        settings = f"{match_schema()}\t{corpus_key}\t{options.threshold}\t{options.exhaustive}"
        for claim in claims:
            fields = json.dumps([claim.text, list(claim.also), list(claim.require)], ensure_ascii=False)
            key = self.keys[id(claim)] = hashlib.sha256(f"{settings}\t{fields}".encode()).hexdigest()
            stored = cache.get_matches(key)
            if stored is not None:
                self.found[id(claim)] = _packed_from_json(stored)

    def get(self, claim: Claim) -> Packed | None:
        return self.found.get(id(claim))

    def put(self, claim: Claim, candidates: dict[int, list[Candidate]]) -> None:
        key = self.keys.get(id(claim))
        if key is not None:
            self.new.append((key, {str(i): [list(p) for p in rows] for i, rows in pack(candidates).items()}))

    def save(self) -> None:
        if self.cache is not None and self.new:
            self.cache.put_matches(self.new)


def _packed_from_json(stored: dict[str, list[list[Any]]]) -> Packed:
    """Packed candidates as ``KnownMatches.put`` stored them (JSON has lists where they had tuples)."""
    out: Packed = {}
    for s_index, rows in stored.items():
        out[int(s_index)] = [
            PackedCandidate(first, last, score, (*signals[:4], tuple(signals[4]), tuple(signals[5]),
                                                 tuple(tuple(row) for row in signals[6])),
                            None if stance is None else Stance(stance), reason, extra)
            for first, last, score, signals, stance, reason, extra in rows]
    return out


def run_check(options: CheckOptions, claims_file: ClaimsFile | None = None,
              progress: Callable[[int, int], None] | None = None, lock: Path | None = None,
              use_lock: bool = True) -> CheckReport:
    """Check every claim of the claims file. ``lock``: the lock file to compare the evidence with (default: the
    one beside the claims file, if there is one; ``use_lock`` False: none, as when writing a new lock)."""
    from .lock import locked_problems

    claims_file = claims_file or load_claims(options.claims_path)
    claims = claims_file.claims
    with opened_cache(options) as cache, _fewer_collections():
        corpus = load_corpus(options.sources_dir, options.max_bytes, cache)
        graph_builder = GraphBuilder(corpus, claims_file.sources, cache)
        known = KnownMatches(cache, graph_builder.key, options, claims)
        todo = [claim for claim in claims if known.get(claim) is None]
        fresh: Iterator[dict[int, list[Candidate]]] = iter(())
        if todo:  # (the matcher builds the corpus's index: not needed when every claim's matches are known)
            from .matching import Matcher  # (not needed when every claim's matches are known)

            matcher = Matcher(corpus, threshold=options.threshold, exhaustive=options.exhaustive)
            fresh = match_all(matcher, todo, meanwhile=graph_builder.prepare)
        matched: list[dict[int, list[Candidate]]] = []
        for claim in claims:
            stored = known.get(claim)
            if stored is None:
                claim_matches = next(fresh)
                known.put(claim, claim_matches)
            else:
                claim_matches = unpack(corpus, stored)
            matched.append(claim_matches)
            if progress:
                progress(len(matched), len(claims))
        if not todo:
            graph_builder.prepare()
        known.save()
        graph = graph_builder.build(among=backing(corpus, matched))
    problems = locked_problems(lock, claims_file.path, corpus) if use_lock else {}
    results = []
    for claim, by_index in zip(claims, matched):
        by_source = {corpus.sources[i]: cands for i, cands in sorted(by_index.items())}
        results.append(decide(claim, by_source, graph, options.min_sources, options.count_interested_parties,
                              problems.get(claim.id, [])))
    warnings = list(claims_file.warnings) + [str(s) for s in corpus.skipped]
    return CheckReport(options, claims_file, corpus, graph, results, warnings)


@dataclass
class Explanation:
    """One claim checked as ``check`` checks it, with every source's best passages scored in full."""

    report: CheckReport  # the check of this claim alone: its verdict is the one ``check`` gives
    candidates: dict[Source, list[Candidate]]  # per source, its best passages (exhaustive, near misses too)
    analysis: ClaimAnalysis

    @property
    def result(self) -> ClaimResult:
        return self.report.results[0]


def explain(options: CheckOptions, claims_file: ClaimsFile, claim: Claim, lock: Path | None = None) -> Explanation:
    """The check of one claim, and what every source offers for it (``corroborate explain``)."""
    report = run_check(options, replace(claims_file, claims=[claim]), lock=lock)
    from .matching import Matcher

    matcher = Matcher(report.corpus, threshold=options.threshold, exhaustive=True, near_miss_sources=None)
    by_index = matcher.match_claim(claim)
    candidates = {source: by_index.get(i, []) for i, source in enumerate(report.corpus.sources)}
    return Explanation(report, candidates, matcher.analyse(claim))
