"""The records that flow out of matching: a candidate passage, its signals and the decision on it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..kinds import Stance
from ..sources import Passage


@dataclass(frozen=True, slots=True)
class Signals:
    coverage: float
    phrases: float
    names: float
    numbers: str  # "agree", "missing", "none" (claim has no number) or "conflict"
    missing: tuple[str, ...]  # claim words not found
    conflicts: tuple[str, ...]  # why the window may contradict the claim
    alignment: tuple[tuple[str, str, str], ...] = ()  # (claim word, passage word, relation) in the decisive sentence

    def as_dict(self) -> dict[str, object]:
        return {"coverage": round(self.coverage, 3), "phrases": round(self.phrases, 3),
                "names": round(self.names, 3), "numbers": self.numbers, "missing": list(self.missing),
                "conflicts": list(self.conflicts)}

    def fields(self) -> tuple[Any, ...]:
        """The fields in order, for ``Signals(*fields)`` (``dataclasses.astuple`` deep-copies: a tenth of a
        worker's time on wice-dev)."""
        return (self.coverage, self.phrases, self.names, self.numbers, self.missing, self.conflicts,
                self.alignment)


@dataclass(frozen=True, slots=True)
class Retelling:
    """What a rejected passage has for the claim's main verb: the verb itself, or another in its place."""

    claimed: str  # the claim's main verb
    said: str  # the passage's word for it
    replaced: bool  # another verb in its place ("blocked" for "approved"), not the verb itself


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored window of a source for one claim, with the matcher's decision and its reason."""

    passage: Passage
    score: float
    signals: Signals
    stance: Stance | None
    reason: str
    extra: Passage | None = None  # a second place in the same source that completes the claim
    retelling: Retelling | None = None  # a rejected passage's word for the claim's main verb (``retold``)
