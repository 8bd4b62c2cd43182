"""Tense: a claim that says something happened is not supported by a passage that says it will happen.

"The county council published a report on why the upgrade had not gone ahead" has every word of "The county
council said it was reviewing why the upgrade had not gone ahead and would publish a report in the summer", and
says what the passage does not: that the report is out. The claim's verb is in the past or a participle (a form
in *-ed*, an irregular past or participle: *published*, *went*, *was taken*), with no word of the future before it; the
passage has that verb only after *will*, *would*, *shall*, *is to* or *is due to* ("would publish", "will be taken",
"is to close", "are due to begin"), with at most a few adverbs, a negator or an auxiliary between. A plan or an
intention ("plans to close") is read by ``implicatives`` as open already. A rule in the present ("prisoners who do not
sign are sent to solitary confinement") is told by a threat of what follows a condition ("if you don't sign, you'll
be sent"): not foretold.

The other way round, a claim that something will happen ("said it would spend £30 million next year") is not said
by a passage that has it only as done ("said it had since spent £30 million"): ``already_done``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .connectives import SCHEDULED
from .places import in_place
from .features import SentenceFeatures

FUTURE = frozenset({"will", "would", "shall"})
CONTRACTED_FUTURE = ("'ll", "’ll", "won't", "won’t")  # the tokenizer keeps a contraction whole: "you'll", "won't"
TO_BE = frozenset({"is", "are", "was", "were"})  # "is to close": what is arranged, not what happened
BETWEEN = frozenset({"be", "have", "not", "n't", "never", "then", "also", "now", "soon", "still", "first"})
REACH = 3  # words between the word of the future and the verb ("would then be published")


def foretold(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's verb, the passage's words for it) when the claim says in the past what the passage says only in
    the future; None otherwise. ``aligned``: where each claim word stands in the sentence."""
    k = analysis.main_verb
    if k is None:
        return None
    at = analysis.terms[k].position
    if not _past(analysis.tokens[at].surface) or _future_before(analysis.tokens, at) is not None:
        return None
    if not aligned.get(k):
        return _foretold_in_other_words(analysis, f, aligned, k)
    places = _verb_places(analysis, k, f, aligned)
    cues = [_future_before(f.tokens, p) if (clause := _future_time_clause(f.tokens, p)) is None else clause
            for p in places]
    if any(c is None for c in cues):
        return None  # the sentence says it happened somewhere too
    first = min(c for c in cues if c is not None)
    if _present_passive(analysis.tokens, at) and _condition_before(f.tokens, first):
        return None  # a rule told as a threat: "are sent" / "if you don't sign, you'll be sent"
    last = max(places)
    return analysis.terms[k].surface, f.text[f.tokens[first].start : f.tokens[last].end]


def already_done(analysis: ClaimAnalysis, f: SentenceFeatures,
                 aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's words for its verb, the passage's) when the claim says in the future what the passage says only
    as done: the claim's main verb follows a word of the future, and every place of it in the sentence is a past form
    with none before it, or a claim verb after the word of the future stands in the sentence only after "already"
    ("will start screening people" / "already screen people"); None otherwise."""
    k = analysis.main_verb
    if k is None:
        return None
    already = _already(analysis, f, aligned, k)
    if already is not None:
        return already
    if not aligned.get(k):
        return None
    at = analysis.terms[k].position
    cue = _future_before(analysis.tokens, at)
    if cue is None:
        return None
    if not any(roles.is_verb(f.tokens, p) for p in aligned[k]):
        return _done_as_noun(analysis, f, aligned[k], cue, at)
    between = {fold(t.surface) for t in analysis.tokens[cue + 1 : at]}
    past = _past(analysis.tokens[at].surface)
    passive = past and "be" in between and "have" not in between
    if past and not passive:
        return None  # (a claim's "will have finished" is done by then: left to the rest)
    places = _verb_places(analysis, k, f, aligned)
    if any(_future_before(f.tokens, p) is not None or not _past(f.tokens[p].surface)
           or (passive and not _past_passive(f.tokens, p)) for p in places):
        return None  # (a claim in the passive, "will still be excluded", against "had been excluded"; not against
        # "are excluded", which may say what is so now and will be)
    first = start = places[0]
    while start > 0 and first - start < 2 and (
            fold(f.tokens[start - 1].surface) in roles.FINITE_BE_OR_HAVE or roles.is_adverb(f.tokens[start - 1])
            or (start > 1 and not f.tokens[start - 1].is_content
                and fold(f.tokens[start - 2].surface) in roles.FINITE_BE_OR_HAVE)):
        start -= 1  # (its auxiliary, and an adverb after it: "had since spent")
    return (analysis.text[analysis.tokens[cue].start : analysis.tokens[at].end],
            f.text[f.tokens[start].start : f.tokens[first].end])


def _done_as_noun(analysis: ClaimAnalysis, f: SentenceFeatures, places: list[int], cue: int,
                  at: int) -> tuple[str, str] | None:
    """(the claim's words for its verb, the sentence's noun for it) when the sentence has the claim's future verb
    only as a noun (``places``) and tells nothing but what is done: it has verbs, all in the past, and no word of the
    present or the future ("will be repaired" / "said the trust had spent £1.2 million on repairs"). A noun has no
    tense; the verbs around it give it one ("repairs are planned", "would fund repairs" leave it to come)."""
    if any(_future_word(fold(t.surface)) or fold(t.surface) in NOT_DONE for t in f.tokens):
        return None
    verbs = [i for i in range(len(f.tokens)) if roles.is_verb(f.tokens, i)]
    if not verbs or not all(_past(f.tokens[i].surface) for i in verbs):
        return None
    return (analysis.text[analysis.tokens[cue].start : analysis.tokens[at].end],
            f.text[f.tokens[places[0]].start : f.tokens[places[0]].end])


NOT_DONE = frozenset({"is", "are", "am", "be", "do", "does"}) | SCHEDULED
"""Words that leave what a sentence tells in the present or to come: "repairs are planned", "does need repairs"."""


NOW = frozenset({"now", "currently"})


def not_now(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's "now", the passage's verb) when the claim says with "now" or "currently" that its main verb holds
    in the present ("The factory employs more people now than at any time") and the sentence has that verb only in
    a simple past ("It employed more than 1,000 people at its peak"), with no "now" of its own: what was so is not
    said to be so now. None otherwise."""
    k = analysis.main_verb
    cue = next((i for i, t in enumerate(analysis.tokens) if fold(t.surface) in NOW), None)
    if k is None or cue is None or not aligned.get(k) or any(fold(t.surface) in NOW for t in f.tokens):
        return None
    at = analysis.terms[k].position
    if _past(analysis.tokens[at].surface) or _future_before(analysis.tokens, at) is not None:
        return None
    places = _verb_places(analysis, k, f, aligned)
    if not places or not all(_past(f.tokens[p].surface) and _simple_past(f.tokens, p) for p in places):
        return None
    return analysis.tokens[cue].surface, f.tokens[places[0]].surface


def _simple_past(tokens: Sequence[Token], p: int) -> bool:
    """Whether the past form at p is a finite verb of its own: no auxiliary before it ("employed", not "has
    employed", "is employed", "will have employed")."""
    return p > 0 and fold(tokens[p - 1].surface) not in roles.AUXILIARIES and not fold(tokens[p - 1].surface).endswith(
        "n't")


def _already(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
             k: int) -> tuple[str, str] | None:
    """(the claim's words, the sentence's) when a claim verb follows a word of the future, itself or the claim verb
    before it ("will start screening"), and stands in the sentence only right after "already" (an auxiliary
    between). ``k``: the claim's main verb, from which its verbs are read."""
    after = analysis.term_at.get(analysis.terms[k].position + 1)  # (a form in -ing the main verb takes: "start
    # screening", which the claim reads as no verb of its own)
    gerund = [after] if after is not None and fold(analysis.terms[after].surface).endswith("ing") else []
    verbs = sorted([*analysis.verbs, *gerund], key=lambda j: analysis.terms[j].position)
    for n, j in enumerate(verbs):
        places = aligned.get(j, [])
        if not places or analysis.terms[j].position < analysis.terms[k].position - 2 * REACH:
            continue
        cue = _future_before(analysis.tokens, analysis.terms[j].position)
        if cue is None and n:
            cue = _future_before(analysis.tokens, analysis.terms[verbs[n - 1]].position)
        before = [_already_before(f.tokens, p) for p in places]
        if cue is not None and all(b is not None for b in before):
            said = before[0]
            assert said is not None
            return (analysis.text[analysis.tokens[cue].start : analysis.tokens[analysis.terms[j].position].end],
                    f.text[f.tokens[said].start : f.tokens[places[0]].end])
    return None


def _already_before(tokens: Sequence[Token], p: int) -> int | None:
    """Where "already" stands right before the verb at p, an auxiliary between ("already screen", "has already
    begun"), or None."""
    for j in (p - 1, p - 2):
        if j >= 0 and fold(tokens[j].surface) == "already":
            return j
        if j >= 0 and fold(tokens[j].surface) not in roles.FINITE_BE_OR_HAVE:
            return None
    return None


def _past_passive(tokens: Sequence[Token], p: int) -> bool:
    """Whether the participle at p is in a past passive: "was excluded", "were held", "had been excluded"."""
    before = fold(tokens[p - 1].surface) if p >= 1 else ""
    return before in ("was", "were") or (before == "been" and p >= 2 and fold(tokens[p - 2].surface) in (
        "had", "has", "have"))


def _verb_places(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, aligned: dict[int, list[int]]) -> list[int]:
    """Where the sentence has the claim's verb k in its place, or everywhere it has it when nowhere in its place (the
    claim's verb said of another subject too: "Reddington will design the layout while Ginster designed the bike")."""
    return [p for p in aligned[k] if in_place(analysis, k, f, p)] or aligned[k]


OBJECT_REACH = 3  # words between a verb and the first word of its object the claim has ("carry out a thorough")


def _foretold_in_other_words(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                             k: int) -> tuple[str, str] | None:
    """When the sentence lacks the claim's verb: whether the verb it has before the claim's object is in the
    future ("has completed a thorough review" / "will carry out a thorough review"): whatever is done to the object,
    the passage says it is still to come."""
    after = next((j for j, t in enumerate(analysis.terms) if t.position > analysis.terms[k].position
                  and t.number is None), None)
    if after is None or analysis.terms[after].position > analysis.terms[k].position + OBJECT_REACH or not aligned.get(
            after):
        return None
    for q in aligned[after]:
        for p in range(q - 1, max(-1, q - 1 - OBJECT_REACH), -1):
            if lexicon.verb_share(f.tokens[p].surface) >= 0.5 or fold(f.tokens[p].surface) in PARTICLES:
                verb = p - 1 if fold(f.tokens[p].surface) in PARTICLES else p  # ("carry out")
                cue = _future_before(f.tokens, verb) if verb >= 0 else None
                if cue is None:
                    return None
                return analysis.terms[k].surface, f.text[f.tokens[cue].start : f.tokens[p].end]
            if f.tokens[p].is_content and not lexicon.mostly(f.tokens[p].surface, "a"):
                break  # (the object's own words: "a thorough internal")
    return None


PARTICLES = frozenset({"out", "up", "off", "down", "over", "through", "in"})


def _past(word: str) -> bool:
    """Whether a verb's form is its past or its participle ("published", "went", "taken", "held")."""
    w = fold(word)
    if lexicon.lemma_of(w) != w:
        return True  # an irregular form: went, taken, held, told
    return w.endswith("ed") and lexicon.verb_share(w) > 0


PRESENT_BE = frozenset({"is", "are", "am"})
PRESENT_HAVE = frozenset({"has", "have"})


CONDITIONS = frozenset({"if", "unless"})


def _condition_before(tokens: Sequence[Token], p: int) -> bool:
    """Whether a condition opens the sentence's clause before position p ("If you don't sign, you'll be sent")."""
    return any(fold(t.surface) in CONDITIONS for t in tokens[:p])


def _present_passive(tokens: Sequence[Token], p: int) -> bool:
    """Whether the participle at p follows a present form of "be" ("are sent", "is reportedly offered"): what is
    done as a rule, which a passage may tell as what will follow a condition ("prisoners who do not sign are sent to
    solitary confinement" is said by "if you don't sign, you'll be sent to solitary confinement")."""
    j = p - 1
    while j >= 0 and (lexicon.ly_adverb(tokens[j].surface) or tokens[j].is_negator):
        j -= 1
    return j >= 0 and fold(tokens[j].surface) in PRESENT_BE


TIME_CLAUSE_OPENERS = frozenset({"before", "until", "till", "once", "when", "after"})
CLAUSE_REACH = 4  # words between a time clause's opener and its verb ("before the village church reopens")


def _future_time_clause(tokens: Sequence[Token], p: int) -> int | None:
    """Where the word of the future stands whose clause a clause of time at p belongs to: English says the future in
    the present there ("Engineers will inspect the church before it reopens": it has not reopened). The verb at p is
    in the present (not a past or participle, but for a present passive or perfect: "until the roof is repaired"), a
    time opener stands within CLAUSE_REACH words before it, and a word of the future before that; None otherwise."""
    before = [fold(t.surface) for t in tokens[max(0, p - 2) : p]]
    present_passive = bool(before) and (before[-1] in PRESENT_BE | PRESENT_HAVE or before == ["has", "been"]
                                        or before == ["have", "been"])  # ("until the roof is repaired")
    if (_past(tokens[p].surface) and not present_passive) or fold(tokens[p].surface).endswith("ing"):
        return None
    for j in range(p - 1, max(-1, p - 2 - CLAUSE_REACH), -1):
        if fold(tokens[j].surface) in TIME_CLAUSE_OPENERS:
            return next((i for i in range(j - 1, -1, -1) if _future_word(fold(tokens[i].surface))), None)
    return None


def _future_word(word: str) -> bool:
    """Whether a folded word says the future: "will", "would", "shall", or a contraction of one ("you'll", "won't")."""
    return word in FUTURE or word.endswith(CONTRACTED_FUTURE)


def _future_before(tokens: Sequence[Token], p: int) -> int | None:
    """Where the word of the future stands that the verb at p follows ("will publish", "would then be published",
    "is to close"), or None."""
    j = p - 1
    while j >= 0 and p - j <= REACH + 1:
        w = fold(tokens[j].surface)
        if _future_word(w):
            return j
        if w == "to" and j >= 1 and fold(tokens[j - 1].surface) in TO_BE:
            return j - 1
        if w == "to" and j >= 2 and fold(tokens[j - 1].surface) in SCHEDULED and fold(tokens[j - 2].surface) in TO_BE:
            return j - 2  # ("are due to begin", "is set to close")
        if w == "to" and j >= 1 and fold(tokens[j - 1].surface) in SCHEDULED:
            return j - 1  # (after its noun: "a larger ferry due to join the route in 2027")
        if w not in BETWEEN and not lexicon.ly_adverb(w):
            return None
        j -= 1
    return None
