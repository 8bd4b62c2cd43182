"""The `check` pipeline: claims and sources in, one verdict per claim out."""

from __future__ import annotations

import os
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .claims import ClaimsFile, load_claims
from .claims import SourceInfo
from .defaults import DEFAULT_MIN_SOURCES
from .independence import SourceGraph, build_graph
from .match import DEFAULT_THRESHOLD, Candidate, Matcher, Signals
from .sources import DEFAULT_MAX_BYTES, Corpus, load_corpus
from .verdict import ClaimResult, decide


@dataclass(frozen=True)
class CheckOptions:
    claims_path: Path
    sources_dir: Path
    min_sources: int = DEFAULT_MIN_SOURCES
    threshold: float = DEFAULT_THRESHOLD
    fail_on: str = "unsupported"
    exhaustive: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    use_cache: bool = True


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

    def counts(self) -> dict[str, int]:
        out = {"corroborated": 0, "single-source": 0, "contested": 0, "unsupported": 0}
        for r in self.results:
            out[r.verdict] += 1
        return out


def load_sources(options: CheckOptions, declared: dict[str, SourceInfo]) -> tuple[Corpus, SourceGraph]:
    """The sources and the dependencies between them, with one on-disk cache (unless ``use_cache`` is off)
    serving both the parsed files and the reuse found among them."""
    cache = None
    if options.use_cache:
        from .cache import ParseCache

        cache = ParseCache.open(options.sources_dir)
    try:
        corpus = load_corpus(options.sources_dir, options.max_bytes, cache)
        return corpus, build_graph(corpus, declared, cache=cache)
    finally:
        if cache is not None:
            cache.close()


PARALLEL_MIN_CLAIMS = 40  # below this, starting worker processes costs more than it saves
_worker_matcher: Matcher | None = None


def match_all(matcher: Matcher, claims: list) -> Iterator[dict[int, list[Candidate]]]:
    """Candidates for every claim, in order; on all cores when there are enough claims to pay for it.

    Workers are forked after the index is built, so they share it instead of building their own, and send
    back only positions and scores: the parent rebuilds the passages from its own sources.
    """
    global _worker_matcher
    import multiprocessing

    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(claims) < PARALLEL_MIN_CLAIMS or "fork" not in multiprocessing.get_all_start_methods():
        yield from (matcher.match_claim(c) for c in claims)
        return
    _worker_matcher = matcher
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
            for packed in pool.imap(_match_packed, claims, chunksize=4):
                yield _unpack(matcher, packed)
    finally:
        _worker_matcher = None


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and exits cleanly with 130."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _match_packed(claim) -> dict[int, list[tuple]]:
    assert _worker_matcher is not None
    out = {}
    for s_index, candidates in _worker_matcher.match_claim(claim).items():
        out[s_index] = [(c.passage.first, c.passage.last, c.score, astuple(c.signals), c.stance, c.reason,
                         None if c.extra is None else c.extra.first) for c in candidates]
    return out


def _unpack(matcher: Matcher, packed: dict[int, list[tuple]]) -> dict[int, list[Candidate]]:
    out = {}
    for s_index, rows in packed.items():
        source = matcher.corpus.sources[s_index]
        out[s_index] = [Candidate(source.passage(first, last), score, Signals(*signals), stance, reason,
                                  None if extra is None else source.passage(extra, extra))
                        for first, last, score, signals, stance, reason, extra in rows]
    return out


def run_check(options: CheckOptions, claims_file: ClaimsFile | None = None,
              progress: Callable[[int, int], None] | None = None) -> CheckReport:
    claims_file = claims_file or load_claims(options.claims_path)
    corpus, graph = load_sources(options, claims_file.sources)
    matcher = Matcher(corpus, threshold=options.threshold, exhaustive=options.exhaustive)
    results = []
    total = len(claims_file.claims)
    for n, (claim, by_index) in enumerate(zip(claims_file.claims, match_all(matcher, claims_file.claims))):
        by_source = {corpus.sources[i]: cands for i, cands in sorted(by_index.items())}
        results.append(decide(claim, by_source, graph, options.min_sources))
        if progress:
            progress(n + 1, total)
    warnings = list(claims_file.warnings) + list(corpus.skipped)
    return CheckReport(options, claims_file, corpus, graph, results, warnings)
