"""Retold: a source that tells the claim's event in other terms where it tells most of it does not support it in a
vaguer place.

"The Competition and Markets Authority has blocked the £2.4 billion merger of Northlink Ferries and Celtic Sea
Lines" holds every word of "The authority approved the merger of Northlink Ferries and Celtic Sea Lines" but its
verb: it puts "blocked" where the claim says "approved" (``substitution.replaced_verb``). Three sentences on, a
window that names the companies again and lacks any verb for what was done to the merger may still score as
support, its other words lent by the title and the lead. The closer telling decides: where a passage that holds
most of the claim, and more of it, puts another verb in the claim's main verb's place, or has the verb and is no
support for another reason ("detected water vapour in the atmosphere" / "detected liquid water on the surface"),
a passage of the same source that lacks the claim's verb says nothing the first did not, and is no support. One
that has the verb is judged on its own.
"""

from __future__ import annotations

from dataclasses import replace

from ..kinds import Stance
from .candidate import Candidate


MOST = 0.75  # of the claim's weighted words: a passage that holds this much tells the claim's event, not a part of it
# ("John leased the brewery to Robert and Edwin" for "John was declared bankrupt and leased the brewery to ...")


def overruled(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of one source, with each support that lacks the claim's main verb turned to no stance where
    another passage of the source, holding more of the claim, has the verb or puts another in its place and is no
    support."""
    retellings = [c for c in candidates if c.retelling is not None]
    if not retellings:
        return candidates
    out = []
    for c in candidates:
        closer = next((r for r in retellings if _told_closer(r, c)), None) if c.stance is Stance.SUPPORTS else None
        if closer is None or closer.retelling is None:
            out.append(c)
            continue
        told = closer.retelling
        if told.replaced:
            reason = (f"lacks '{told.claimed}'; {_where(closer)}, which holds more of the claim, says '{told.said}' in "
                      f"its place")
        else:
            reason = (f"lacks '{told.claimed}'; {_where(closer)}, which holds more of the claim and '{told.said}', "
                      f"does not support it ({closer.reason})")
        out.append(replace(c, stance=None, reason=reason))
    return out


def _where(c: Candidate) -> str:
    line, end = c.passage.line, c.passage.end_line
    return f"the passage at line {line}" if line == end else f"the passage at lines {line}-{end}"


def _told_closer(retelling: Candidate, support: Candidate) -> bool:
    """Whether a rejected passage with a word for the claim's main verb holds most of the claim, and more of it than
    a support that lacks the verb."""
    told = retelling.retelling
    return (told is not None and told.claimed in support.signals.missing and retelling.signals.coverage >= MOST
            and retelling.signals.coverage > support.signals.coverage)
