"""The `check` pipeline: claims and sources in, one verdict per claim out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .claims import ClaimsFile, load_claims
from .independence import SourceGraph, build_graph
from .match import DEFAULT_THRESHOLD, Matcher
from .sources import DEFAULT_MAX_BYTES, Corpus, load_corpus
from .verdict import ClaimResult, decide

DEFAULT_MIN_SOURCES = 2


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


def read_corpus(options: CheckOptions) -> Corpus:
    """The sources, parsed or taken from the on-disk cache (unless ``use_cache`` is off)."""
    cache = None
    if options.use_cache:
        from .cache import ParseCache

        cache = ParseCache.open(None, options.sources_dir)
    try:
        return load_corpus(options.sources_dir, options.max_bytes, cache)
    finally:
        if cache is not None:
            cache.close()


def run_check(options: CheckOptions, claims_file: ClaimsFile | None = None,
              progress: Callable[[int, int], None] | None = None) -> CheckReport:
    claims_file = claims_file or load_claims(options.claims_path)
    corpus = read_corpus(options)
    graph = build_graph(corpus, claims_file.sources)
    matcher = Matcher(corpus, threshold=options.threshold, exhaustive=options.exhaustive)
    results = []
    total = len(claims_file.claims)
    for n, claim in enumerate(claims_file.claims):
        by_index = matcher.match_claim(claim)
        by_source = {corpus.sources[i]: cands for i, cands in sorted(by_index.items())}
        results.append(decide(claim, by_source, graph, options.min_sources))
        if progress:
            progress(n + 1, total)
    warnings = list(claims_file.warnings) + list(corpus.skipped)
    return CheckReport(options, claims_file, corpus, graph, results, warnings)
