"""Dates a passage takes from its source: a window that names no date of its own speaks of its source's date.

The years of a source's opening lines (title, byline, date line) and the day and month of its date line count
as in the window, for the claim's dates only: a date line gives a date, never a count.
"""

from __future__ import annotations

from ..text import is_year, month_of
from .analysis import ClaimAnalysis, ClaimTerm
from .features import SourceFeatures


def is_date(analysis: ClaimAnalysis, term: ClaimTerm) -> bool:
    """A year, or the day beside a month: numbers that say when, not how many."""
    assert term.number is not None
    if is_year(term.surface, term.number):
        return True
    return any(0 <= j < len(analysis.tokens) and month_of(analysis.tokens[j].surface)
               for j in (term.position - 1, term.position + 1))


def dated(analysis: ClaimAnalysis, feats: SourceFeatures, window: list[int], first: int,
          matched: list[float], stems_in_window: set[str]) -> list[tuple[ClaimTerm, int]]:
    """Claim dates the source's date gives a window that names none of its own (a year from its opening lines;
    a day and month from its date line): added to ``stems_in_window`` / ``matched``, with the line."""
    terms = analysis.terms
    dated: list[tuple[ClaimTerm, int]] = []
    if any(is_year(t.surface, t.number) for i in window for t in feats[i].tokens if t.number is not None):
        return dated
    dates = feats.dates()
    dated = [(t, dates[t.stem]) for t in terms if t.number is not None and t.stem in dates
             and t.stem not in stems_in_window]
    stems_in_window |= {t.stem for t, _ in dated}
    undated = [k for k, t in enumerate(terms) if not matched[k] and t.stem not in stems_in_window
               and (t.number is not None or (t.name and month_of(t.surface)))]
    line = feats.dateline() if undated else None
    if line is None or line[0] >= first or any(month_of(t.surface) for i in window for t in feats[i].tokens
                                                if t.capitalised):
        return dated
    where, (year, month, day) = line
    for k in undated:
        t = terms[k]
        if t.number is None and month_of(t.surface) == month:
            matched[k] = 1.0
            dated.append((t, where))
        elif t.number is not None and ((is_year(t.surface, t.number) and t.number == year)
                                       or (t.number == day and beside_month(analysis, t.position, month))):
            stems_in_window.add(t.stem)
            dated.append((t, where))
    return dated


def beside_month(analysis: ClaimAnalysis, position: int, month: int) -> bool:
    """Whether the claim's token at ``position`` is the day of that month ("November 14", "14 November")."""
    tokens = analysis.tokens
    return any(0 <= j < len(tokens) and month_of(tokens[j].surface) == month for j in (position - 1, position + 1))
