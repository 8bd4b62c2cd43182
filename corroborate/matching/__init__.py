"""Deciding whether a passage supports or contradicts a claim.

``matcher`` finds candidate sentences and scores them; the rules that decide live in small modules of
their own: ``lexicon`` (word relations from WordNet), ``polarity`` (negation, denial, hedges, implicative
verbs), ``values`` (numbers, times, names), ``roles`` (who did what to whom) and ``decide`` (the rule).
"""

from .matcher import DEFAULT_THRESHOLD, Candidate, Matcher, Signals

__all__ = ["DEFAULT_THRESHOLD", "Candidate", "Matcher", "Signals"]
