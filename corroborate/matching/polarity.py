"""Whether a sentence asserts what it says: negation, denial, hedges, questions and implicative verbs.

A passage that holds every word of a claim may still not assert it:

* *denied* (``denials``): "Officials denied that the school was evacuated", "Reports that the school was
  evacuated turned out to be wrong", "contrary to early reports": the sentence says the proposition is false;
* *not asserted* (``hedges``, ``reports``, ``predicates``): "It is unclear whether ...", "Some asked whether ...",
  "If ...", "... may have ...", "rumours that ...", "officials fear that ...", "it is likely that ...": the
  sentence leaves it open;
* *implicative verbs* (``implicatives``) carry polarity to their complement: "failed to", "refused to" negate it,
  "managed to", "forced to" assert it, "tried to", "planned to" leave it open.

These are closed classes of constructions, each recognised by one function in the module of its kind and scoped
to the clause or complement it governs; each finding names its cue so a reader can check it. This module asks
the recognisers in turn, and says how a sentence puts the words of a claim it holds. Which words a negator bears
on is ``negation``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text import Token, fold, stem
from . import infinitives, predicates, roles
from .cues import CueSentence, Mood, Scope, telling_verb
from .denials import (DENIAL_CUES, DENIAL_OF_REPORTS, FALSE_ADVERBS, FALSITY, RULING_OUT, called_false, contrary_to,
                      denial, denied_report, false_that, judged_false, no_truth_to)
from .hedges import (BELIEVED, CONDITION_KEYS, CONFIRMATIONS, CONFIRMED, EVIDENCE, FORMERLY, HEARSAY, INVERTING,
                     MODALS, OPEN_CUES, awaiting_confirmation, believed_that, condition, impersonal_that, judged_report,
                     indefinite_attribution, inverted_condition, no_evidence_that, not_confirmed_before,
                     not_confirmed_that, open_cue, possibility, truth_in_doubt, unconfirmed_teller, TRUTH_MODALS)
from .implicatives import (COMMISSIVE_FORMS, DIRECTING, ENDEAVOURS, NEGATIVE_IMPLICATIVES, OPEN_BEFORE_TO,
                           PREVENTING, PRESSING_FOR, PROMISING, PROPOSING, held_out, implicative, intended)
from .predicates import EPISTEMIC, epistemic_adverb, judged_by_predicate, judged_subject, weighed_by_adverb
from .reports import (BELIEF_FORMS, NOTHING, QUANTIFIERS, SAYING_FORMS, belief, belief_of, forms, not_said_that,
                      reported_content, told_nothing_about, unvouched_that)
from .trailing import trailing_scopes

__all__ = ["Mood", "Scope", "Stance", "claim_cues", "cue_kind", "scopes", "stance_of", "FORMERLY"]


RECOGNISERS: tuple[Callable[[CueSentence, int], Scope | None], ...] = (
    denied_report, denial, contrary_to, false_that, no_truth_to, no_evidence_that, awaiting_confirmation,
    not_confirmed_that, unconfirmed_teller, judged_report,
    not_confirmed_before, judged_false, called_false, believed_that, judged_by_predicate, implicative, held_out,
    intended, truth_in_doubt, open_cue, possibility, judged_subject,
    inverted_condition, condition, belief, weighed_by_adverb, not_said_that, told_nothing_about, reported_content,
    impersonal_that, unvouched_that, indefinite_attribution, infinitives.unrealised,
)
"""The cue recognisers, asked in this order at each word; the first that finds a cue there gives its scope."""


READ_BACK = (judged_by_predicate, not_said_that, reported_content, impersonal_that, unvouched_that)
"""Recognisers that, at "that", read the words before it, which an earlier cue may have read already."""


TRIGGERS = (DENIAL_CUES | DENIAL_OF_REPORTS | RULING_OUT | FALSITY | FALSE_ADVERBS | EVIDENCE | CONFIRMED | BELIEVED
            | CONFIRMATIONS | NEGATIVE_IMPLICATIVES | PREVENTING | OPEN_BEFORE_TO | OPEN_CUES | INVERTING
            | COMMISSIVE_FORMS
            | PROPOSING | PRESSING_FOR | ENDEAVOURS | PROMISING | DIRECTING | TRUTH_MODALS
            | {"contrary", "true", "case", "so", "truth", "that", "according"} | CONDITION_KEYS | BELIEF_FORMS
            | SAYING_FORMS | NOTHING | {"yet", "short", "to"} | EPISTEMIC)
"""The words at which some recogniser may find a cue: at any other, none is asked."""


def scopes(tokens: Sequence[Token], text: str, of_claim: bool = False) -> list[Scope]:
    """Every stretch of the sentence under a denial or an open cue. A claim (``of_claim``) that tells of a report
    ("despite his insistence that X") asserts the report: it is not open for that."""
    sentence = CueSentence(tokens, text, [fold(t.surface) for t in tokens])
    out: list[Scope] = []
    read_back: list[Scope] = []
    recognisers = [r for r in RECOGNISERS if not (of_claim and r is reported_content)]
    extra = predicates.trigger_words()
    for i, w in enumerate(sentence.words):
        if (w not in TRIGGERS and w not in extra and not (w.startswith("un") and w[2:] in CONFIRMED)
                and not (w.endswith("ly") and epistemic_adverb(w))) or (w == "may" and tokens[i].surface[0].isupper()):
            continue  # (not "May", the month)
        for recognise in recognisers:
            found = recognise(sentence, i)
            if found is not None:
                (read_back if recognise in READ_BACK else out).append(found)
                break
    # ("not been confirmed that X", "not true that X", "claims that X have been denied": another cue reads the
    # clause already)
    out += [r for r in read_back if not any(_reads_it_already(o, r) for o in out if not o.infinitive)]
    # (an infinitive another cue reads already: "told residents to keep windows shut", "has yet to close")
    out = [o for o in out if not o.infinitive or not any(_reads_infinitive(p, o) for p in out)]
    # "If X, Y" says Y only on the condition X: Y is open too, for a claim that does not carry X itself
    out += [Scope(s.mood, s.cue, s.main_clause[0], s.main_clause[1], carried_by=_condition_verbs(tokens, text, s))
            for s in out if s.main_clause is not None]
    if text.rstrip().rstrip("\"”’')").endswith("?") and tokens:
        out.append(Scope(Mood.OPEN, "a question", 0, len(tokens) - 1))
    out += trailing_scopes(sentence)
    return out


def _reads_infinitive(cue: Scope, infinitive: Scope) -> bool:
    """Whether a cue reads an infinitive's verb already ("told residents to keep windows shut", "has yet to close"),
    or the clause right after it, its words opening at or before that verb ("too soon to conclude that X", "said to
    believe that X"); not a cue that opens after the verb and reads only what follows it ("has 21 days to decide
    whether to hold": the deciding is open by its own "to"). (A cue's words stand right before its scope.)"""
    opens_at = cue.first - len(cue.cue.split())
    return (not cue.infinitive and cue.first <= infinitive.last + 2 and infinitive.first <= cue.last
            and opens_at <= infinitive.first)


def _condition_verbs(tokens: Sequence[Token], text: str, condition: Scope) -> frozenset[int]:
    """Where the verbs of a condition stand (all of it, when none reads as a verb): a claim that has one of them
    carries the condition ("If you don't sign, you'll be sent" / "Prisoners who do not sign are sent"); one that
    has only other words of its stretch does not ("Unless officials are mistaken, three decades after The Karate
    Kid, the stars are back": the claim's "three decades after" is no condition)."""
    comma = next((p for p in range(condition.first, condition.last)
                  if "," in text[tokens[p].end : tokens[p + 1].start]), condition.last)
    span = range(condition.first, comma + 1)  # (its own words, to its first comma: "If the witnesses are right, back
    # in 2007, the message was the same", "Assuming reports are correct, when the settlement was reached, ...": what
    # follows is the main clause's, which a sentence may open with a phrase or a clause of time)
    verbs = frozenset(p for p in span if roles.is_verb(tokens, p))
    return verbs or frozenset(span)


def _reads_it_already(cue: Scope, later: Scope) -> bool:
    """Whether a cue found at its own word already reads the clause a cue found at "that" reads: it holds it,
    starts where it starts, or denies the report it overlaps from its start ("claims that X have been denied"; not
    a denial of what follows the report only, "the theory that X has yet to be tested": X is still a theory)."""
    overlap = later.first <= cue.last and cue.first <= later.last
    return (cue.first <= later.first and later.last <= cue.last) or cue.first == later.first or (
        overlap and cue.mood is Mood.DENIED and cue.first <= later.first)


@dataclass(frozen=True, slots=True)
class Stance:
    """How a sentence puts the words of a claim it holds."""

    mood: Mood
    cue: str  # the word(s) that make it so ("" when asserted)


def stance_of(found_scopes: Sequence[Scope], positions: Sequence[int], own_cues: frozenset[str],
              verbs: Sequence[int] = (), plain_verb: bool = False) -> Stance:
    """How a sentence, with these ``scopes(...)``, puts the claim words found at ``positions`` (``verbs``:
    where the claim's main verb stands; ``plain_verb``: the claim says that verb itself, not after "to").

    A cue governs the claim when its scope holds the claim's main verb, or most of the claim's words ("The
    school may have been evacuated": the subject stands before "may", the verb after it). A condition on a
    later verb ("offered citizenship if they sign") leaves the main assertion standing; the main clause of a
    condition that opens the sentence ("If X, Y") is open, unless the claim carries the condition itself.

    The claim's own cues (``own_cues``: folded words such as "denied" or "may" that the claim itself uses)
    do not count: "Officials denied that ..." supports a claim that officials denied it.
    A denial outranks an open cue: "denied reports that X may" is still a denial.
    """
    if not positions:
        return Stance(Mood.ASSERTED, "")
    found: list[Scope] = []
    for scope in found_scopes:
        first = fold(scope.cue.split()[0])
        if first in own_cues or stem(first) in own_cues or scope.cue == "a question" and "?" in own_cues or (
                scope.infinitive and infinitives.MARK in own_cues
                and not (plain_verb and any(scope.covers(v) for v in verbs))):
            continue  # (the claim's own infinitive is said by any "to", but not its main verb, which it says was
            # done: "has decided to hold an inquiry" / "has 21 days to decide whether to hold one")
        if scope.carried_by is not None and any(p in scope.carried_by for p in positions):
            continue  # the claim carries the condition ("Prisoners who do not sign are sent" / "If you don't sign,
            # you'll be sent"): it says what the passage says, on the same condition
        if _governs(scope, positions, verbs):
            found.append(scope)
    for mood in (Mood.DENIED, Mood.OPEN):
        for scope in found:
            if scope.mood is mood:
                return Stance(mood, scope.cue)
    return Stance(Mood.ASSERTED, "")


def _governs(scope: Scope, positions: Sequence[int], verbs: Sequence[int]) -> bool:
    """Whether a cue's scope holds the claim's main verb, or most of the claim's words; not when the words it holds
    are those of a supplement that ends it, and of the phrase the supplement tells of (``Scope.aside``)."""
    if scope.aside is not None:
        told_of, supplement = scope.aside
        held = [p for p in positions if scope.covers(p)]
        if held and all(p >= told_of for p in held) and any(p >= supplement for p in held):
            return False
    return sum(scope.covers(p) for p in positions) * 2 > len(positions) or any(scope.covers(v) for v in verbs)


def former_elsewhere(found_scopes: Sequence[Scope], positions: Sequence[int], own_cues: frozenset[str]) -> str | None:
    """The cue of a time gone by that the claim shares ("Previously, X was a threat"), when the sentence's scope of
    it does not hold most of ``positions`` (where the sentence has the words the claim's own cue bears on): "if
    previously a passport was a privilege ..., now it has begun to pose a mortal threat" says the threat is now.
    None otherwise (``stance_of`` leaves the claim's own cues out)."""
    if not own_cues & FORMERLY or not positions:
        return None
    return next((scope.cue for scope in found_scopes if fold(scope.cue.split()[0]) in FORMERLY
                 and fold(scope.cue.split()[0]) in own_cues and not _governs(scope, positions, ())), None)


QUESTIONING = frozenset("whether if ask asks asked asking wonder wonders wondered wondering".split())


SPECULATING = frozenset("rumour rumours rumor rumors rumoured rumored speculation speculated speculate speculates "
                        "alleged hypothetically".split()) | HEARSAY


def cue_kind(cue: str) -> str:
    """What a cue leaves open: an attempt or intention ("tried to"), a possibility ("may"), a question
    ("whether", "asked"), a report of speculation ("rumours"), a threat or a promise ("threatened with"), a
    proposal ("proposed developing", "advocated for"), what someone says or thinks ("accepted that", "believes that"),
    or a doubt ("unclear", "not been confirmed").
    A claim that is itself open is matched by a passage open in the same way, in other words ("try to" /
    "attempting to"), not by one open in another ("wondered if" / "it is unclear whether")."""
    words = cue.split()
    first = fold(words[0]) if words else ""
    if len(words) == 2 and fold(words[1]) == "to" and first in OPEN_BEFORE_TO:
        return "attempt"
    last = fold(words[-1]) if words else ""
    if ((first in PROPOSING and last.endswith("ing")) or (first in PRESSING_FOR and last == "for")
            or ((first in ENDEAVOURS or first in DIRECTING) and last == "to")
            or (first in PROMISING and len(words) == 1)):
        return "proposal"  # ("proposed developing X", "advocated for X": matched by a proposal, not by "tried to")
    if len(words) == 2 and last == "to":
        return "to be done"  # ("offered to sell", "two months to lodge": ``infinitives``)
    if first in MODALS or epistemic_adverb(first):
        return "possibility"
    if first in QUESTIONING or cue == "a question":
        return "question"
    if first in SPECULATING:
        return "speculation"
    if first in COMMISSIVE_FORMS:
        return "threat or promise"  # ("threatened with X" is matched by "threats of X", not by "unclear whether X")
    if telling_verb(first):
        return "report"  # ("accepted that X" is matched by "admitted that X", not by "said there was no evidence of X")
    return "doubt"


def claim_cues(tokens: Sequence[Token], text: str) -> frozenset[str]:
    """The cue words a claim itself uses (so a passage using the same ones is not hedging or denying)."""
    words = {fold(t.surface) for t in tokens}
    # A claim that says "could be" is matched by a passage that says "might".
    out = set(MODALS if words & MODALS else ()) | words & (DENIAL_CUES | DENIAL_OF_REPORTS | RULING_OUT | FALSITY
                                                           | OPEN_CUES | NEGATIVE_IMPLICATIVES
                                                           | PREVENTING | COMMISSIVE_FORMS | PROPOSING
                                                           | PRESSING_FOR | ENDEAVOURS | PROMISING)
    folded = [fold(t.surface) for t in tokens]
    out |= {w for w, after in zip(folded, folded[1:]) if w in OPEN_BEFORE_TO and after == "to"}  # ("voted to
    # strike"; not "in a recall vote")
    out |= {w for w in words if predicates.kind_of(w)}  # "it is likely that": the claim's own judgement
    out |= {fold(a.surface) for a, b in zip(tokens, tokens[1:]) if fold(b.surface) == "that"}  # "reports that"
    for verb in {b for t in tokens if t.is_content and (b := belief_of(t.surface)) is not None}:
        out |= forms(verb)  # "many believe X" in the claim, "most believed X" in the passage
    used_to = any(fold(a.surface) == "used" and fold(b.surface) == "to" for a, b in zip(tokens, tokens[1:]))
    if words & FORMERLY or used_to:
        out |= FORMERLY  # a claim of the past ("used to", "was once") is what "if previously ..., now" asserts
    if any(fold(t.surface) in SAYING_FORMS and QUANTIFIERS & {fold(b.surface) for b in tokens[max(0, j - 3) : j]}
           for j, t in enumerate(tokens)):
        out |= SAYING_FORMS  # "Several detainees said X": the claim relays what a few said, as "Several said X" does
    out |= {stem(w) for w in out}  # "tries to" in the claim, "try to" in the passage
    if text.rstrip().endswith("?"):
        out.add("?")
    if "to" in folded and infinitives.puts_verb_after_to(CueSentence(tokens, text, folded)):
        out.add(infinitives.MARK)  # ("agreed to pay": a passage's "offered to pay" puts it as the claim does)
    return frozenset(out)
