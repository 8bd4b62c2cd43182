"""The records that flow from origin finding to verdicts: links between two sources (``Dependency``), credits
inside a source (``Attribution``) and the graph of them (``SourceGraph``). Below both the stages that find
them (``independence``, ``reuse``, ``disagreement``) and those that read them (``verdict``, the reports)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .claims import SourceInfo
from .disagreement import Disagreement
from .sources import Corpus, Passage, Source

T = TypeVar("T", bound=Hashable)


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
        if self.whole or self.kind == "declared":
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
    disagreements: list[Disagreement] = field(default_factory=list)  # evidence that two sources are independent

    def between(self, a: Source, b: Source) -> list[Dependency]:
        return [d for d in self.dependencies if {d.a, d.b} == {a, b}]

    def origins(self) -> list[list[Source]]:
        """Groups of sources joined by reuse or a declared link. An attribution (one source relays the other's
        statement) joins two sources only for the claims whose support carries it: not here."""
        groups = union_find(self.corpus.sources)
        for d in self.dependencies:
            if d.kind in JOINING:
                groups.union(d.a, d.b)
        return groups.groups()


JOINING = ("reuse", "declared")
"""The kinds of dependency that make two sources one origin, whatever the claim."""


@dataclass(frozen=True)
class Attribution:
    """A credited origin inside a source: the sentence range and who it credits."""

    first: int
    last: int
    credited: str


class UnionFind(Generic[T]):
    """Items joined two at a time into groups; each group listed in the order its first item came."""

    def __init__(self, items: Iterable[T]) -> None:
        ordered = list(items)
        self.parent: dict[T, T] = {x: x for x in ordered}
        self.order: dict[T, int] = {x: i for i, x in enumerate(ordered)}

    def find(self, x: T) -> T:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.order[ra] > self.order[rb]:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> list[list[T]]:
        out: dict[T, list[T]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values(), key=lambda g: self.order[g[0]])


def union_find(items: Iterable[T]) -> UnionFind[T]:
    return UnionFind(items)
