"""Deciding whether a passage supports or contradicts a claim.

``analysis`` reads the claim, ``retrieval`` finds candidate windows, ``features`` reads the sources' sentences
and ``matcher`` scores each window and asks the rules, each a small module of its own: ``align`` (which
passage word stands for each claim word), ``lexicon`` (word relations from WordNet), ``polarity`` (negation,
denial, hedges, implicative verbs), ``modality`` (what must be against what is), ``conflicts`` (opposites, rival values), ``values`` (numbers, times,
names), ``roles`` (who did what to whom), ``dating`` (the source's date) and ``decide`` (the rule).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..defaults import DEFAULT_THRESHOLD
from .candidate import Candidate, Signals

if TYPE_CHECKING:
    from .matcher import Matcher

__all__ = ["DEFAULT_THRESHOLD", "Candidate", "Matcher", "Signals"]


def __getattr__(name: str) -> Any:
    """``Matcher`` is imported when first used: a run whose matches are all in the cache (and a report that
    only needs the records) does without the matcher's modules and their data."""
    if name == "Matcher":
        from .matcher import Matcher

        return Matcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
