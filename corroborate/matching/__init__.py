"""Deciding whether a passage supports or contradicts a claim.

``analysis`` reads the claim, ``retrieval`` finds candidate windows, ``features`` reads the sources' sentences
and ``matcher`` scores each window and asks the rules, each a small module of its own: ``align`` (which
passage word stands for each claim word), ``lexicon`` (word relations from WordNet), ``polarity`` (negation,
denial, hedges, implicative verbs), ``conflicts`` (opposites, rival values), ``values`` (numbers, times,
names), ``roles`` (who did what to whom), ``dating`` (the source's date) and ``decide`` (the rule).
"""

from ..defaults import DEFAULT_THRESHOLD
from .candidate import Candidate, Signals
from .matcher import Matcher

__all__ = ["DEFAULT_THRESHOLD", "Candidate", "Matcher", "Signals"]
