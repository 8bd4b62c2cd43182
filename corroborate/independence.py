"""Which sources are independent of each other: count origins, not files.

Three kinds of dependency join sources:

* ``declared``: the claims file says so (same ``owner``, or ``derived_from``). Applies to every claim.
* ``reuse``: the texts share passages (verbatim copy, light rewording or heavy paraphrase), found by
  aligning sentences across every pair of sources. This merges two sources *only for claims whose
  support lies in the reused passages*: a careful editor still counts an article's own reporting
  as independent even if it copied one paragraph from another.
* ``attribution``: passages that carry their own origin ("according to X", "X said", "citing X").
  Supporting passages from different sources that credit the same X are one origin for that claim.

Topic overlap alone is not reuse: a pair of sentences counts as reused only if they share most of
their rare words *and* runs of them in the same order, and a document pair is dependent only when
enough of the shorter text is reused.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from .claims import SourceInfo
from .sources import Corpus, Passage, Source

if TYPE_CHECKING:
    from .cache import ParseCache


@dataclass(frozen=True)
class Dependency:
    """Two sources that are not independent, with the evidence for it."""

    a: Source
    b: Source
    kind: str  # "reuse", "declared" or "attribution"
    score: float  # 0..1: share of the shorter text that is reused (1.0 for a declared link)
    reason: str
    evidence: tuple[tuple[Passage, Passage, float], ...] = ()
    whole: bool = False  # the whole text is reused, not only the passages in evidence

    def covers(self, source: Source, passage: Passage) -> bool:
        """Whether a passage of one side lies in the passages this dependency was found in."""
        if self.whole or self.kind != "reuse":
            return True
        for pa, pb, _ in self.evidence:
            p = pa if source is self.a else pb if source is self.b else None
            if p is not None and p.first <= passage.last and passage.first <= p.last:
                return True
        return False


@dataclass
class SourceGraph:
    corpus: Corpus
    info: dict[Source, SourceInfo]
    dependencies: list[Dependency] = field(default_factory=list)
    attributions: dict[Source, list["Attribution"]] = field(default_factory=dict)

    def between(self, a: Source, b: Source) -> list[Dependency]:
        return [d for d in self.dependencies if {d.a, d.b} == {a, b}]

    def origins(self) -> list[list[Source]]:
        """Groups of sources joined by any document-level dependency (declared or reuse)."""
        groups = _UnionFind(self.corpus.sources)
        for d in self.dependencies:
            groups.union(d.a, d.b)
        return groups.groups()


@dataclass(frozen=True)
class Attribution:
    """A credited origin inside a source: the sentence range and who it credits."""

    first: int
    last: int
    credited: str


# --- declared provenance -------------------------------------------------------------------------


def match_info(corpus: Corpus, declared: dict[str, SourceInfo]) -> dict[Source, SourceInfo]:
    """Pair each source with its declared entry, by path relative to the sources folder or by file name."""
    out: dict[Source, SourceInfo] = {}
    for source in corpus.sources:
        rel = source.path.relative_to(corpus.root).as_posix() if source.path.is_relative_to(corpus.root) else source.name
        info = declared.get(rel) or declared.get(source.path.name)
        out[source] = info or SourceInfo(file=rel)
    return out


def declared_dependencies(info: dict[Source, SourceInfo]) -> list[Dependency]:
    out: list[Dependency] = []
    by_file = {i.file: s for s, i in info.items()} | {s.path.name: s for s in info}
    for a, b in combinations(info, 2):
        ia, ib = info[a], info[b]
        if ia.owner and ib.owner and _same_name(ia.owner, ib.owner):
            out.append(Dependency(a, b, "declared", 1.0, f"same owner: {ia.owner}"))
        elif ia.outlet and ib.outlet and _same_name(ia.outlet, ib.outlet):
            out.append(Dependency(a, b, "declared", 1.0, f"same outlet: {ia.outlet}"))
    for s, i in info.items():
        for parent in i.derived_from:
            other = by_file.get(parent)
            if other is not None and other is not s:
                out.append(Dependency(s, other, "declared", 1.0, f"{i.file} is derived from {parent}"))
    return out


def _same_name(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().casefold() == re.sub(r"\W+", " ", b).strip().casefold()


# --- attribution ---------------------------------------------------------------------------------

_SP = r"[^\S\n]+"  # spaces within a line
_NAME = (r"((?:the" + _SP + r")?(?:[A-Z][\w'’.-]*" + _SP + r"(?:(?:of|for|on|and|de|the)" + _SP + r")*)*"
         r"[A-Z][\w'’-]*)")
_ATTRIBUTION = [
    re.compile(r"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|[Aa]s reported by|[Rr]eports? by)\s+" + _NAME),
    re.compile(r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))" + _NAME + r",?(?:\s+(?:also|has|have|had|later|then|further|publicly))?\s+(?:said|says|stated|states|reported|reports|noted|notes|told|"
               r"announced|claimed|claims|confirmed|added|emphasized|emphasised|urged|urges)\b"),
    re.compile(_NAME + r"(?:’s|'s)\s+(?:statement|report|data|figures|announcement|update)"),
]
_GENERIC = frozenset({"he", "she", "they", "it", "we", "i", "the", "this", "that", "officials", "sources",
                      "reports", "media", "according"})


_TRIGGER = re.compile(r"ccording|iting|uoting|eport|said|says|stated|states|noted|notes|told|announce|claim"
                      r"|confirmed|added|emphasi[sz]ed|urge|statement|data|figures|update")
"""Words without which no attribution pattern can match: a sentence lacking all of them is not searched."""


def find_attributions(source: Source) -> list[Attribution]:
    """Credited origins in a source, each resolved to the fullest name the source uses for it."""
    out: list[Attribution] = []
    for i, sentence in enumerate(source.sentences):
        text = source.text[sentence.start : sentence.end]
        if not _TRIGGER.search(text):
            continue
        for pattern in _ATTRIBUTION:
            for m in pattern.finditer(text):
                name = re.sub(r"^(?:[Tt]he)\s+", "", m.group(1)).strip(" .,")
                if (not name or name.casefold() in _GENERIC or not name[0].isupper()
                        or (" " not in name and name.endswith("ly"))):
                    continue
                out.append(Attribution(i, i, name))
    if out:
        names_in_text = {re.sub(r"^(?:[Tt]he)\s+", "", m.group(1)).strip()
                         for i in range(len(source.sentences)) for m in re.finditer(_NAME, source.sentence_text(i))}
        out = [Attribution(a.first, a.last, _resolve(a.credited, names_in_text)) for a in out]
    return out


def _resolve(name: str, names: set[str]) -> str:
    """'the Center' -> 'National Resistance Center'; 'Bastrykin' -> 'Alexander Bastrykin'."""
    last = name.split()[-1]
    longer = [n for n in names if n.split() and n.split()[-1] == last and len(n) > len(name) and n.endswith(name)]
    return max(longer, key=len) if longer else name


def credited_origin(graph: SourceGraph, source: Source, passage: Passage) -> str | None:
    for a in graph.attributions.get(source, ()):
        if a.first <= passage.last and passage.first <= a.last:
            return a.credited
    return None


# --- building the graph -----------------------------------------------------------------------------


def build_graph(corpus: Corpus, declared: dict[str, SourceInfo], cache: ParseCache | None = None) -> SourceGraph:
    with PendingGraph(corpus, declared, cache) as pending:
        return pending.result()


class PendingGraph:
    """The graph of dependencies, being built while the caller does other work; ``result()`` finishes it.

    The slow parts, reuse detection and the search for attributions, are taken from the cache when this exact
    set of files was seen before; otherwise they run in a forked process on a large corpus, so claims can be
    matched meanwhile. Used as a context manager, so that an interrupted run stops that process.
    """

    def __init__(self, corpus: Corpus, declared: dict[str, SourceInfo], cache: ParseCache | None = None) -> None:
        import hashlib

        from .parallel import Background, worth_it

        self.corpus, self.cache = corpus, cache
        self.info = match_info(corpus, declared)
        self.key = hashlib.sha256("\n".join(f"{s.name}\t{s.sha256}" for s in corpus.sources).encode()).hexdigest()
        self.stored = cache.get_reuse(self.key) if cache is not None else None
        background = self.stored is None and worth_it(len(corpus.sources))
        self.job = Background(self._slow_parts) if background else None

    def __enter__(self) -> "PendingGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.job is not None:
            self.job.stop()

    def _slow_parts(self) -> dict:
        """Reuse and attributions as plain data: cheap to send back from a worker and to cache."""
        from .reuse import detect_reuse

        return {"reuse": [_dependency_to(d) for d in detect_reuse(self.corpus)],
                "credits": [[[a.first, a.last, a.credited] for a in find_attributions(s)] for s in self.corpus.sources]}

    def result(self) -> SourceGraph:
        if self.stored is not None:
            try:
                return self._graph(self.stored)
            except (KeyError, TypeError, ValueError, IndexError):
                pass  # an entry from an older layout: find them again
        found = self.job.result() if self.job is not None else self._slow_parts()
        if self.cache is not None:
            self.cache.put_reuse(self.key, found)
        return self._graph(found)

    def _graph(self, found: dict) -> SourceGraph:
        by_name = {s.name: s for s in self.corpus.sources}
        credits = found["credits"]
        if len(credits) != len(self.corpus.sources):
            raise ValueError("stored attributions do not match the sources")
        graph = SourceGraph(self.corpus, self.info)
        graph.dependencies.extend(declared_dependencies(self.info))
        graph.dependencies.extend(_dependency_from(d, by_name) for d in found["reuse"])
        graph.attributions = {s: [Attribution(*a) for a in in_source] for s, in_source in zip(self.corpus.sources, credits)}
        return graph


def _dependency_to(d: Dependency) -> dict:
    return {"a": d.a.name, "b": d.b.name, "kind": d.kind, "score": d.score, "reason": d.reason, "whole": d.whole,
            "evidence": [[pa.first, pa.last, pb.first, pb.last, sim] for pa, pb, sim in d.evidence]}


def _dependency_from(data: dict, by_name: dict[str, Source]) -> Dependency:
    a, b = by_name[data["a"]], by_name[data["b"]]
    evidence = tuple((a.passage(fa, la), b.passage(fb, lb), sim) for fa, la, fb, lb, sim in data["evidence"])
    return Dependency(a, b, data["kind"], data["score"], data["reason"], evidence, whole=data["whole"])


class _UnionFind:
    def __init__(self, items) -> None:
        self.parent = {x: x for x in items}
        self.order = {x: i for i, x in enumerate(items)}

    def find(self, x):
        while self.parent[x] is not x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            if self.order[ra] > self.order[rb]:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> list[list]:
        out: dict[object, list] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return sorted(out.values(), key=lambda g: self.order[g[0]])


def union_find(items) -> _UnionFind:
    return _UnionFind(items)
