"""Which sources are independent of each other: count origins, not files.

Three kinds of dependency join sources:

* ``declared``: the claims file says so (same ``owner``, or ``derived_from``). Applies to every claim.
* ``reuse``: the texts share passages (verbatim copy, light rewording or heavy paraphrase), found by
  aligning sentences across pairs of sources (every pair for ``corroborate sources``; for a check, the
  sources that back or dispute one claim together). This merges two sources *only for claims whose
  support lies in the reused passages*: a careful editor still counts an article's own reporting
  as independent even if it copied one paragraph from another.
* ``attribution``: passages that carry their own origin ("according to X", "X said", "citing X").
  Supporting passages from different sources that credit the same X are one origin for that claim.

Topic overlap alone is not reuse: a pair of sentences counts as reused only if they share most of
their rare words *and* runs of them in the same order, and a document pair is dependent only when
enough of the shorter text is reused.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any, Iterable

from .attribution import find_attributions
from .claims import SourceInfo
from .disagreement import Disagreement
from .graph import Attribution, Dependency, SourceGraph
from .reuse import Rarity, detect_reuse
from .sources import Corpus, Passage, Source

if TYPE_CHECKING:
    from .cache import ParseCache


# --- declared provenance -------------------------------------------------------------------------


def _declared_as(corpus: Corpus, source: Source) -> tuple[str, str]:
    """The names a `sources:` entry may give the source by: its path relative to the sources folder, its file name."""
    rel = source.path.relative_to(corpus.root).as_posix() if source.path.is_relative_to(corpus.root) else source.name
    return rel, source.path.name


def match_info(corpus: Corpus, declared: dict[str, SourceInfo]) -> dict[Source, SourceInfo]:
    """Pair each source with its declared entry, by path relative to the sources folder or by file name."""
    out: dict[Source, SourceInfo] = {}
    for source in corpus.sources:
        rel, name = _declared_as(corpus, source)
        out[source] = declared.get(rel) or declared.get(name) or SourceInfo(file=rel)
    return out


def unmatched_entries(corpus: Corpus, declared: dict[str, SourceInfo]) -> list[tuple[SourceInfo, str | None]]:
    """Declared entries that name no file of the sources, each with the closest file name (a likely typo)."""
    names = {name for source in corpus.sources for name in _declared_as(corpus, source)}
    out = []
    for key, info in declared.items():
        if key not in names:
            near = difflib.get_close_matches(key, sorted(names), n=1, cutoff=0.6)
            out.append((info, near[0] if near else None))
    return out


def declared_dependencies(info: dict[Source, SourceInfo]) -> list[Dependency]:
    out: list[Dependency] = []
    order = {s: n for n, s in enumerate(info)}
    # Sources are grouped by the owner (then the outlet) they declare, rather than compared two by two: a
    # large folder has millions of pairs and few declarations.
    same: dict[tuple[Source, Source], str] = {}
    for field_name in ("outlet", "owner"):  # the owner's reason wins when both are shared
        groups: dict[str, list[Source]] = defaultdict(list)
        for s, i in info.items():
            if getattr(i, field_name):
                groups[_name_key(getattr(i, field_name))].append(s)
        for members in groups.values():
            for a, b in combinations(members, 2):
                same[(a, b)] = f"same {field_name}: {getattr(info[a], field_name)}"
    for (a, b), reason in sorted(same.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])):
        out.append(Dependency(a, b, "declared", 1.0, reason))
    by_file = {i.file: s for s, i in info.items()} | {s.path.name: s for s in info}
    for s, i in info.items():
        for parent in i.derived_from:
            other = by_file.get(parent)
            if other is not None and other is not s:
                out.append(Dependency(s, other, "declared", 1.0, f"{i.file} is derived from {parent}"))
    return out


def _name_key(name: str) -> str:
    """Two declared names are the same when they differ only in case, spaces and punctuation."""
    return re.sub(r"\W+", " ", name).strip().casefold()


# --- attribution ---------------------------------------------------------------------------------

def credited_origin(graph: SourceGraph, source: Source, passage: Passage) -> str | None:
    for a in graph.attributions.get(source, ()):
        if a.first <= passage.last and passage.first <= a.last:
            return a.credited
    return None


# --- building the graph -----------------------------------------------------------------------------


def build_graph(corpus: Corpus, declared: dict[str, SourceInfo], cache: ParseCache | None = None,
                among: Iterable[Iterable[Source]] | None = None) -> SourceGraph:
    """The dependencies between sources, and the origins their passages credit (see ``GraphBuilder.build``)."""
    return GraphBuilder(corpus, declared, cache).build(among)


class GraphBuilder:
    """Builds the graph of a corpus, taking from the cache what was found before in this exact set of files.

    ``prepare`` does ahead the part of reuse detection that does not depend on which sources are compared,
    so that a check can do it while its workers match claims.
    """

    def __init__(self, corpus: Corpus, declared: dict[str, SourceInfo], cache: ParseCache | None = None) -> None:
        self.corpus, self.declared, self.cache = corpus, declared, cache
        self.key = hashlib.sha256("\n".join(f"{s.name}\t{s.sha256}" for s in corpus.sources).encode()).hexdigest()
        self.found = _Found.load(cache.get_reuse(self.key) if cache is not None else None, len(corpus.sources))
        self.index = {s: i for i, s in enumerate(corpus.sources)}  # found and cached by index, not by name
        self._rarity: Rarity | None = None

    @property
    def rarity(self) -> Rarity:
        if self._rarity is None:
            self._rarity = Rarity(self.corpus)
        return self._rarity

    def prepare(self) -> None:
        """Word rarity over the whole corpus, unless the cache knows reuse in these files (then likely all
        that is needed)."""
        if not self.found.every_pair and not self.found.pairs:
            self.rarity.too_common()

    def build(self, among: Iterable[Iterable[Source]] | None = None) -> SourceGraph:
        """``among``: groups of sources, each the sources that back or dispute one claim. Reuse is then looked
        for only between two sources of one group, and credits only in grouped sources: all that verdicts
        need, and on a large corpus a small share of the work. Without it, between every two sources
        (``corroborate sources``). What is found is cached, so a later run looks only for the rest."""
        corpus, found = self.corpus, self.found
        if among is None:
            pairs, credited = None, set(range(len(corpus.sources)))
        else:
            groups = [sorted({self.index[s] for s in group}) for group in among]
            pairs = {pair for group in groups for pair in combinations(group, 2)}
            credited = {i for group in groups for i in group}
        if self._look_for(pairs, credited) and self.cache is not None:
            self.cache.put_reuse(self.key, found.dump())
        info = match_info(corpus, self.declared)
        graph = SourceGraph(corpus, info, declared_dependencies(info))
        graph.dependencies.extend(_dependency_from(d, corpus.sources)
                                  for d in sorted(found.reuse, key=lambda d: (d["a"], d["b"])))
        graph.attributions = {corpus.sources[i]: [Attribution(*a) for a in credits]
                              for i, credits in sorted(found.credits.items())}
        sources = corpus.sources
        graph.disagreements = [Disagreement(sources[a].passage(i, i), sources[b].passage(j, j), reason)
                               for a, b, i, j, reason in found.disagreements]
        return graph

    def _look_for(self, pairs: set[tuple[int, int]] | None, credited: set[int]) -> bool:
        """Find what is asked and not found yet (``pairs`` None: every pair); whether anything was new."""
        found, new = self.found, False
        for i in sorted(credited - found.credits.keys()):  # first: reuse detection reads them too
            found.credits[i] = [[a.first, a.last, a.credited] for a in find_attributions(self.corpus.sources[i])]
            new = True
        if not found.every_pair and (pairs is None or pairs - found.pairs):
            todo = None if pairs is None else pairs - found.pairs
            disputed: list[Disagreement] = []
            known = {i: [Attribution(*a) for a in c] for i, c in found.credits.items()}
            dependencies = [_dependency_to(d, self.index)
                            for d in detect_reuse(self.corpus, todo, self.rarity, disputed, known)]
            if todo is None:
                found.disagreements = []
            found.disagreements.extend([self.index[d.a.source], self.index[d.b.source], d.a.first, d.b.first,
                                        d.reason] for d in disputed)
            if todo is None:
                found.every_pair, found.pairs, found.reuse = True, set(), dependencies
            else:
                found.pairs |= todo
                found.reuse.extend(dependencies)
            new = True
        return new


@dataclass
class _Found:
    """The reuse and credits found so far in one set of files, as plain data (as the cache keeps it)."""

    every_pair: bool = False  # reuse was looked for between every two sources
    pairs: set[tuple[int, int]] = field(default_factory=set)  # ... or between these (source indexes)
    reuse: list[dict[str, Any]] = field(default_factory=list)
    credits: dict[int, list[list[Any]]] = field(default_factory=dict)  # source index -> [first, last, credited]
    disagreements: list[list[Any]] = field(default_factory=list)  # [source a, source b, sentence a, sentence b, reason]

    @classmethod
    def load(cls, stored: dict[str, Any] | None, n_sources: int) -> "_Found":
        """What the cache holds; nothing when it holds an entry of another shape."""
        if stored is None:
            return cls()
        try:
            found = cls(bool(stored["every_pair"]), {(int(a), int(b)) for a, b in stored["pairs"]},
                        list(stored["reuse"]), {int(i): list(c) for i, c in stored["credits"].items()},
                        [list(d) for d in stored["disagreements"]])
            in_range = all(0 <= d[0] < n_sources and 0 <= d[1] < n_sources for d in found.disagreements)
            in_range = in_range and all(0 <= d["a"] < d["b"] < n_sources for d in found.reuse)
            if in_range and all(0 <= i < n_sources for i in found.credits):
                return found
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
        return cls()

    def dump(self) -> dict[str, Any]:
        return {"every_pair": self.every_pair, "pairs": sorted(self.pairs), "reuse": self.reuse,
                "credits": {str(i): c for i, c in self.credits.items()}, "disagreements": self.disagreements}


def _dependency_to(d: Dependency, index: dict[Source, int]) -> dict[str, Any]:
    return {"a": index[d.a], "b": index[d.b], "kind": d.kind, "score": d.score, "reason": d.reason, "whole": d.whole,
            "evidence": [[pa.first, pa.last, pb.first, pb.last, sim] for pa, pb, sim in d.evidence]}


def _dependency_from(data: dict[str, Any], sources: list[Source]) -> Dependency:
    a, b = sources[data["a"]], sources[data["b"]]
    evidence = tuple((a.passage(fa, la), b.passage(fb, lb), sim) for fa, la, fb, lb, sim in data["evidence"])
    return Dependency(a, b, data["kind"], data["score"], data["reason"], evidence, whole=data["whole"])
