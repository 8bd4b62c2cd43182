"""Retold: a source that tells the claim's event in other terms where it tells most of it does not support it in a
vaguer place.

"The Competition and Markets Authority has blocked the £2.4 billion merger of Northlink Ferries and Celtic Sea
Lines" holds every word of "The authority approved the merger of Northlink Ferries and Celtic Sea Lines" but its
verb: it puts "blocked" where the claim says "approved" (``substitution.replaced_verb``). Three sentences on, a
window that names the companies again and lacks any verb for what was done to the merger may still score as
support, its other words lent by the title and the lead. The closer telling decides: where a passage that holds
more of the claim puts another verb in the claim's verb's place, a passage of the same source that lacks the
claim's verb says nothing the first did not, and is no support. One that has the verb is judged on its own.
"""

from __future__ import annotations

from dataclasses import replace

from ..kinds import Stance
from ..sources import Source
from .candidate import Candidate


MOST = 0.75  # of the claim's weighted words: a passage that holds this much tells the claim's event, not a part of it
# ("John leased the brewery to Robert and Edwin" for "John was declared bankrupt and leased the brewery to ...")


def overruled(candidates: list[Candidate], source: Source) -> list[Candidate]:
    """The candidates of one source, with each support that lacks the claim's verb turned to no stance where another
    passage of the source, holding more of the claim, puts another verb in its place."""
    retellings = [c for c in candidates if c.told_otherwise is not None]
    if not retellings:
        return candidates
    out = []
    for c in candidates:
        closer = next((r for r in retellings if _told_closer(r, c)), None) if c.stance is Stance.SUPPORTS else None
        if closer is None or closer.told_otherwise is None:
            out.append(c)
            continue
        claimed, said = closer.told_otherwise
        line = source.sentences[closer.passage.first].line
        out.append(replace(c, stance=None, reason=(
            f"lacks '{claimed}'; line {line}, which holds more of the claim, says '{said}' in its place")))
    return out


def _told_closer(retelling: Candidate, support: Candidate) -> bool:
    """Whether a passage that puts another verb in the claim's verb's place holds more of the claim than a support
    that lacks the verb."""
    told = retelling.told_otherwise
    return (told is not None and told[0] in support.signals.missing and retelling.signals.coverage >= MOST
            and retelling.signals.coverage > support.signals.coverage)
