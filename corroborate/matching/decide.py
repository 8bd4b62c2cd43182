"""The decision rule: from what the rule modules found in a passage to supports, contradicts or neither.

* **Contradicts**: the passage is on the claim's topic (it covers most of the claim, every name, leaving out
  a word a rival replaces) and one element is opposite, negated, denied or a different value.
* **Supports**: the score reaches the threshold, the passage covers at least half of the claim, every name
  and number is there, one of the claim's verbs is in the sentence that holds the claim, that sentence
  asserts it (no hedge, question or condition over it), the roles are the claim's, and nothing conflicts.
* Otherwise **no stance**, and the reason says what is missing: the report shows it as a near miss.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import Stance
from .candidate import Signals
from .polarity import FORMERLY

MIN_COVERAGE = 0.5  # the least share of the claim's weighted words a supporting passage covers
CONTRADICTION_COVERAGE = 0.65  # ... and a contradicting one, leaving out the word a rival replaces
COMBINED_MIN_COVERAGE = 0.4  # the best single window must cover this much for a second place to be sought


@dataclass(frozen=True, slots=True)
class Findings:
    """Everything the decision reads about one candidate."""

    score: float
    signals: Signals
    topical: bool  # covers the claim's topic closely enough for a conflict to be a contradiction
    absent: tuple[str, ...] = ()  # the claim's names and numbers not in the passage
    missing_verb: str | None = None  # the claim's verb, when none of its verbs is in the decisive sentence
    unpossessed: str | None = None  # the claim's "has", when the decisive sentence says no possession
    stitched: tuple[str, str, str] | None = None  # (verb, the claim's object, the other the sentence gives the verb)
    unqualified: tuple[str, str] | None = None  # (the claim's object, its head) when the passage has the head alone
    verb_of_another: tuple[str, str] | None = None  # (the claim's verb, the noun it follows instead of the claim's)
    verbless: bool = False  # the claim has a verb and no sentence of the passage has any (a heading, a date line)
    replaced_verb: tuple[str, str] | None = None  # (claim verb, another verb the sentence has in its place)
    other_counted: tuple[str, str] | None = None  # (claim noun, sentence noun) the same number counts
    other_clause: tuple[str, str] | None = None  # (claim word, contrast word) of a clause set against the claim's
    in_relative: tuple[str, str] | None = None  # (claim word, the relative clause set off by commas that holds it)
    missing_predicate: str | None = None  # the adjective the claim says of its subject or object, which the sentence lacks
    missing_subject: tuple[str, ...] = ()  # a short claim's subject, when the decisive sentence says too little of it
    missing_conjunct: tuple[str, str] | None = None  # (claim word the window lacks, the one "and" joins it to)
    other_speaker: tuple[str, str] | None = None  # (the claim's speaker, the passage's) when the passage names another
    unplaced_negation: str | None = None  # a claim word under negation that the decisive sentence lacks
    unasserted: str | None = None  # the cue that leaves the claim open ("unclear whether", "may", "a question")
    former_elsewhere: str | None = None  # the claim's own "previously", which the passage says of other words
    undenied: str | None = None  # the claim's own denial ("prevented from"), which the passage does not make
    swapped: tuple[str, str] | None = None  # claim words whose roles the passage swaps
    other_role: tuple[str, str] | None = None  # (the claim's marked phrase, the passage's with another marker)
    scale: str | None = None  # a quantifier or frequency word the passage does not match
    exclusive: str | None = None  # the claim's "only", which the passage does not say
    modifier: str | None = None  # a claim modifier the passage replaces with another word
    other_kind: tuple[str, str] | None = None  # (claim noun, another kind of the same thing in its place)
    other_negation: str | None = None  # a negating word with a meaning of its own the passage lacks
    missing_required: bool = False  # a `require:` term the passage lacks
    modality: str | None = None  # only one of claim and passage speaks of an obligation ("must")
    foretold: tuple[str, str] | None = None  # (claim verb in the past, the passage's words for it in the future)
    done: tuple[str, str] | None = None  # (claim verb in the future, the passage's words for it, in the past only)
    then: tuple[str, str] | None = None  # (the claim's "now", the passage's verb for it, in the past only)
    nearby_conflicts: tuple[str, ...] = ()  # conflicts in the window's other sentences: never support


def tells_otherwise(f: Findings) -> bool:
    """Whether a rejected passage tells the claim's event, asserted and whole, but otherwise: another modifier,
    object, role or degree (``retold``); not one that leaves it open or lacks a part of it."""
    told = (f.modifier or f.other_kind or f.verb_of_another or f.stitched or f.swapped or f.other_role or f.scale
            or f.exclusive)
    untold = (f.missing_verb or f.unpossessed or f.missing_predicate or f.missing_subject or f.missing_conjunct
              or f.other_speaker or f.unplaced_negation or f.unasserted or f.former_elsewhere or f.modality
              or f.foretold or f.done or f.then or f.absent or f.verbless)
    return bool(told) and not untold


def decide(f: Findings, threshold: float) -> tuple[Stance | None, str]:
    s = f.signals
    if s.conflicts and f.topical:
        return Stance.CONTRADICTS, "matches the claim's topic but " + "; ".join(s.conflicts)
    if f.score < threshold:
        return None, f"score {f.score:.1f} below the threshold {threshold:g}" + (
            f" (missing: {', '.join(s.missing[:6])})" if s.missing else "")
    if s.coverage < MIN_COVERAGE:
        return None, f"covers only {s.coverage:.0%} of the claim's weighted words (at least {MIN_COVERAGE:.0%} needed)"
    if s.numbers in ("missing", "conflict") or s.names < 1.0:
        if not f.absent:
            return None, "a number in the claim disagrees with the passage"
        return None, f"{', '.join(f.absent)} (in the claim) {'is' if len(f.absent) == 1 else 'are'} not in the passage"
    if f.verbless:
        return None, "no sentence of the passage says anything happened (no verb: a heading, a date line)"
    if f.missing_verb:
        return None, f"the claim's verb '{f.missing_verb}' is not in the sentence that holds the rest of the claim"
    if f.unpossessed:
        return None, f"the claim says what is had ('{f.unpossessed}'), the sentence that holds the rest does not"
    if f.verb_of_another:
        return None, (f"the sentence says '{f.verb_of_another[0]}' of '{f.verb_of_another[1]}', and has none of the "
                      f"claim's words beside it")
    if f.unqualified:
        return None, f"the passage says '{f.unqualified[1]}', not which: the claim says '{f.unqualified[0]}'"
    if f.stitched:
        verb, claimed, said = f.stitched
        return None, f"the sentence that holds '{verb}' gives it '{said}', not the claim's '{claimed}'"
    if f.replaced_verb:
        return None, f"the passage says '{f.replaced_verb[1]}' where the claim says '{f.replaced_verb[0]}'"
    if f.other_kind:
        return None, (f"the passage has '{f.other_kind[1]}' where the claim has '{f.other_kind[0]}': another kind of "
                      f"the same thing")
    if f.other_counted:
        return None, f"the passage's number counts '{f.other_counted[1]}', the claim's '{f.other_counted[0]}'"
    if f.other_clause:
        return None, (f"'{f.other_clause[0]}' is in a clause set against the one with the claim's verb "
                      f"('{f.other_clause[1]} ...')")
    if f.in_relative:
        return None, f"the passage says '{f.in_relative[0]}' in a clause of its own ('{f.in_relative[1]}')"
    if f.missing_predicate:
        return None, (f"what the claim says of what it is about, '{f.missing_predicate}', is not in the sentence that "
                      f"holds the rest of the claim")
    if f.missing_subject:
        return None, (f"the sentence that holds the claim's verb does not say what it is about "
                      f"({', '.join(f.missing_subject)}): a neighbour may say who, not what")
    if f.missing_conjunct:
        absent, present = f.missing_conjunct
        return None, f"the claim says it of '{absent}' and '{present}'; the passage names '{present}' alone"
    if f.other_speaker:
        return None, f"the passage gives it to '{f.other_speaker[1]}', the claim to '{f.other_speaker[0]}'"
    if f.unplaced_negation:
        return None, f"the claim says 'not {f.unplaced_negation}', and the sentence that holds the rest does not"
    if f.undenied:
        return None, f"the claim says it did not happen ('{f.undenied}'), the passage does not"
    if f.former_elsewhere:
        return None, (f"the passage says '{f.former_elsewhere}' of other words than the claim's: what it says of "
                      f"the claim's is not of the past")
    if f.unasserted in FORMERLY:
        return None, f"the passage says it was so before ('{f.unasserted}'), not that it is now"
    if f.unasserted:
        return None, f"the passage does not assert it, it only reports it as open ('{f.unasserted}')"
    if f.modality:
        return None, f.modality
    if f.foretold:
        return None, f"the passage says it will happen ('{f.foretold[1]}'), the claim that it did ('{f.foretold[0]}')"
    if f.done:
        return None, f"the passage says it has happened ('{f.done[1]}'), the claim that it will ('{f.done[0]}')"
    if f.then:
        return None, f"the passage says it was so ('{f.then[1]}'), the claim that it is so '{f.then[0]}'"
    if f.swapped:
        a, b = f.swapped
        return None, f"the roles differ: the passage puts '{a}' and '{b}' the other way round"
    if f.other_role:
        return None, f"the roles differ: the passage has '{f.other_role[1]}' where the claim has '{f.other_role[0]}'"
    if f.scale:
        return None, f.scale
    if f.exclusive:
        return None, f.exclusive
    if f.modifier:
        return None, f.modifier
    if f.other_negation:
        return None, f"the claim says '{f.other_negation}', the passage does not (a plain 'not' is weaker)"
    if f.missing_required:
        return None, "a required term (claim `require:`) does not appear"
    if s.conflicts or f.nearby_conflicts:
        return None, "similar words, but " + "; ".join(s.conflicts + f.nearby_conflicts)
    return Stance.SUPPORTS, f"score {f.score:.1f} >= {threshold:g}; coverage {s.coverage:.0%}, " \
                       f"phrases {s.phrases:.0%}, names and numbers agree"
