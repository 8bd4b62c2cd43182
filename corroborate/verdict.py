"""From accepted passages to a verdict per claim, counting independent origins.

* ``corroborated``: supported by at least N independent origins (N is the claim's ``min_sources`` or the
  run's ``--min-sources``, default 2). An interested party (declared ``interested_party``, or of a kind that
  speaks for one: press release, advocacy, government statement) confirms what it says, not what happened:
  its support is listed and flagged but does not count, unless ``count_interested_parties`` is set;
* ``single-source``: supported, but by fewer independent origins than that;
* ``contested``: supported by one origin and contradicted by another;
* ``unsupported``: no source supports it (contradictions, if any, are listed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .claims import Claim
from .graph import SourceGraph, union_find
from .independence import credited_origin
from .kinds import FailOn, Stance, Verdict
from .matching import Candidate
from .sources import Source

INTERESTED_KINDS = ("advocacy", "government", "government statement reported", "press release")


@dataclass(frozen=True)
class Origin:
    """Supporting sources that count as one origin, and why they were merged."""

    sources: tuple[Source, ...]
    reasons: tuple[str, ...]
    credited: str | None  # whom the passages credit, when they all credit the same one
    interested: bool


@dataclass
class ClaimResult:
    claim: Claim
    verdict: Verdict
    needed: int
    supports: list[Candidate]
    contradicts: list[Candidate]
    origins: list[Origin]
    near_misses: list[Candidate] = field(default_factory=list)
    waived: bool = False
    waiver_unneeded: bool = False
    lock_problems: list[str] = field(default_factory=list)  # locked evidence that changed or vanished

    count_interested: bool = False  # the run counts interested parties' support as origins

    @property
    def counted_origins(self) -> list[Origin]:
        return [o for o in self.origins if self.count_interested or not o.interested]

    @property
    def independent_sources(self) -> int:
        """The independent origins that count toward the claim's ``min_sources``."""
        return len(self.counted_origins)

    @property
    def interested_only(self) -> bool:
        return bool(self.origins) and all(o.interested for o in self.origins)

    @property
    def only_with_interested(self) -> bool:
        """Interested parties' support would tip the claim over the line if it counted."""
        return not self.count_interested and self.independent_sources < self.needed <= len(self.origins)

    def fails(self, fail_on: str) -> bool:
        if self.claim.severity == "warning":
            return False
        if self.verdict in (Verdict.UNSUPPORTED, Verdict.CONTESTED) or self.lock_problems:
            return True
        return fail_on == FailOn.SINGLE_SOURCE and self.verdict == Verdict.SINGLE_SOURCE and not self.waived


def decide(claim: Claim, by_source: dict[Source, list[Candidate]], graph: SourceGraph, min_sources: int,
           count_interested: bool = False, lock_problems: list[str] | None = None) -> ClaimResult:
    """The claim's verdict from its candidates per source, the origins among them and its locked evidence
    (``lock_problems``: what happened to the passages ``corroborate lock`` recorded for it)."""
    needed = claim.min_sources or min_sources
    supports: list[Candidate] = []
    contradicts: list[Candidate] = []
    near: list[Candidate] = []
    for source, candidates in by_source.items():
        best_support = next((c for c in candidates if c.stance == Stance.SUPPORTS), None)
        best_contra = next((c for c in candidates if c.stance == Stance.CONTRADICTS), None)
        # The closer match decides: a passage that contradicts the claim outweighs a vaguer one that fits it.
        if best_support is not None and (best_contra is None or best_support.score >= best_contra.score):
            supports.append(best_support)
        elif best_contra is not None:
            contradicts.append(best_contra)
        elif candidates:
            near.append(candidates[0])
    supports.sort(key=lambda c: -c.score)
    contradicts.sort(key=lambda c: -c.score)
    near.sort(key=lambda c: -c.score)
    supporting = {c.passage.source: [x for x in by_source[c.passage.source] if x.stance == Stance.SUPPORTS]
                  for c in supports}
    origins = group_origins(supports, graph, supporting)
    contra_origins = group_origins(contradicts, graph)
    counted = [o for o in origins if count_interested or not o.interested]
    if origins and contra_origins:
        verdict = Verdict.CONTESTED
    elif len(counted) >= needed:
        verdict = Verdict.CORROBORATED
    elif origins:
        verdict = Verdict.SINGLE_SOURCE
    else:
        verdict = Verdict.UNSUPPORTED
    result = ClaimResult(claim, verdict, needed, supports, contradicts, origins, near[:3],
                         lock_problems=list(lock_problems or ()), count_interested=count_interested)
    if claim.waiver:
        result.waived = verdict == Verdict.SINGLE_SOURCE
        result.waiver_unneeded = verdict == Verdict.CORROBORATED
    return result


def group_origins(candidates: list[Candidate], graph: SourceGraph,
                  alternatives: dict[Source, list[Candidate]] | None = None) -> list[Origin]:
    """Merge supporting sources that share an origin for this claim: declared, reused passage, or credit.

    ``alternatives`` holds every accepted passage per source: two sources are one origin for the claim when
    any of their accepted passages lie in a passage one reused from the other.
    """
    sources = [c.passage.source for c in candidates]
    by_source = {c.passage.source: c for c in candidates}
    alternatives = alternatives or {s: [c] for s, c in by_source.items()}
    groups = union_find(sources)
    reasons: dict[frozenset[Source], str] = {}
    credits = {s: credited_origin(graph, s, by_source[s].passage) for s in sources}
    for i, a in enumerate(sources):
        for b in sources[i + 1 :]:
            why = _shared_origin(graph, a, b, alternatives[a], alternatives[b], credits)
            if why:
                groups.union(a, b)
                reasons[frozenset((a, b))] = why
    by_group: dict[Source, list[str]] = {}  # (each reason's pair lies in one group: filed under its root)
    for pair, why in reasons.items():
        by_group.setdefault(groups.find(next(iter(pair))), []).append(why)
    out = []
    for group in groups.groups():
        merged_because = tuple(by_group.get(groups.find(group[0]), ()))
        credited = {credits[s] for s in group}
        out.append(Origin(tuple(group), merged_because, credited.pop() if len(credited) == 1 else None,
                          all(interested(graph, s) for s in group)))
    return out


def _shared_origin(graph: SourceGraph, a: Source, b: Source, ca: list[Candidate], cb: list[Candidate],
                   credits: dict[Source, str | None]) -> str | None:
    for dep in graph.between(a, b):
        if dep.kind == "declared":
            return f"declared: {dep.reason}"
        # Reuse, or one source relaying the other's statement: one origin for what lies in those passages.
        in_a = next((c for c in ca if dep.covers(a, c.passage)), None)
        in_b = next((c for c in cb if dep.covers(b, c.passage)), None)
        if in_a is None or in_b is None:
            continue
        if dep.kind == "attribution":
            return f"attribution: {b.name}:{in_b.passage.line} and {a.name}:{in_a.passage.line}: {dep.reason}"
        return f"reused passage: {a.name}:{in_a.passage.line} and {b.name}:{in_b.passage.line} tell the same text"
    credit_a, credit_b = credits[a], credits[b]
    if credit_a and credit_b and credit_a.casefold() == credit_b.casefold():
        return f"same attributed origin: both passages credit {credit_a}"
    return None


def interested(graph: SourceGraph, source: Source) -> bool:
    """Whether the source is declared an interested party, or is of a kind that speaks for one."""
    info = graph.info.get(source)
    if info is None:
        return False
    return bool(info.interested_party) or (info.kind or "") in INTERESTED_KINDS
