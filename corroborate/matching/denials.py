"""Denials: the sentence says the proposition is false.

"Officials denied that X", "rejected reports that X", "contrary to early reports, X", "it is not true that X",
"there is no truth to reports that X", "reports that X turned out to be wrong", "X is a fabrication".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon
from ..text import PLAIN_NEGATORS, fold
from . import predicates
from .connectives import ARTICLES, POSSESSIVES
from .cues import SCANT, CueSentence, Mood, Scope, clause_start, cue_words
from .implicatives import NEGATIVE_IMPLICATIVES

if TYPE_CHECKING:  # (the matcher asks, of a claim's analysis, whether it relays what a report held)
    from .analysis import ClaimAnalysis

# Verbs and nouns whose complement ("that ...", "reports that ...") the sentence says is false.
DENIAL_CUES = frozenset("deny denies denied denying refute refutes refuted refuting debunk debunked debunks "
                        "disprove disproved disproves rebut rebutted denial denials".split())


# Verbs that deny only what is put as a report ("rejected reports that", "dismissed claims that", "retracted their
# finding that": a statement taken back); otherwise they have their plain meaning ("the court rejected the appeal",
# "troops withdrew from the town").
TAKING_BACK = frozenset("retract retracts retracted retracting withdraw withdraws withdrew withdrawn withdrawing "
                        "recant recants recanted".split())
"""Verbs of taking a statement back: they deny a report only where a noun names it ("the claim that X was
withdrawn"), never a clause that opens the sentence ("That redrafting ... had to be withdrawn" is a curriculum)."""
DENIAL_OF_REPORTS = frozenset("reject rejects rejected rejecting dismiss dismisses dismissed dismissing dispute "
                              "disputes disputed disputing contradict contradicts contradicted".split()) | TAKING_BACK


REPORT_LEMMAS = frozenset("report claim allegation suggestion rumour rumor account assertion statement idea finding "
                          "conclusion".split())
"""Nouns of what someone put forward, whose "that" clause is what they hold: "the claim that X"."""
REPORT_NOUNS = REPORT_LEMMAS | frozenset(noun + "s" for noun in REPORT_LEMMAS) | {"that"}
"""REPORT_LEMMAS in either number, and "that" (what a denial names by it: "denied that")."""


REPORT_REACH = 5  # words after the verb where the report may stand ("dismissed as nonsense the idea that")


# Words that call what stands before them false: "Reports that X turned out to be wrong".
FALSITY = frozenset("false untrue wrong incorrect unfounded baseless groundless inaccurate fabricated bogus "
                    "fake hoax erroneous mistaken".split())


PREDICATING = frozenset("is are was were be been being proved proven prove proves turned seems seemed appears "
                         "appeared remains remained deemed".split())
"""Words before a falsity cue that make it judge the clause before it ("were false", "proved wrong")."""


FALSE_ADVERBS = frozenset(w + "ly" for w in FALSITY)
"""The adverbs of the words of falsity ("wrongly", "falsely", "erroneously"): "it was wrongly reported that X"."""


RULING_OUT = frozenset("rule rules ruled ruling".split())
"""With "out" and a clause or a report after it, a verb of denial: "investigators ruled out that X"."""


def denied_report(s: CueSentence, i: int) -> Scope | None:
    """"Claims that X have been denied": the denial judges the report it follows ("have not been denied" leaves
    it open)."""
    if (s.words[i] in DENIAL_CUES or s.words[i] in DENIAL_OF_REPORTS) and PREDICATING & s.before(i):
        reported = _reported_before(s.words, i, opening_clause=s.words[i] not in TAKING_BACK)
        if reported is not None:
            negator = _negator_before(s, i)
            mood = Mood.DENIED if negator is None else Mood.OPEN
            cue_from = i if negator is None else negator  # (a negator may open the sentence: position 0)
            return Scope(mood, " ".join(t.surface for t in s.tokens[cue_from : i + 1]), reported, i - 1)
    return None


def denial(s: CueSentence, i: int) -> Scope | None:
    """"Officials denied that X", "rejected reports that X", "ruled out that X": the complement is false. A denial
    itself negated ("did not deny that X", "it cannot be ruled out that X", "refused to deny that X") leaves it
    open: not denying X is not saying X."""
    w = s.words[i]
    if w in RULING_OUT and s.after(i) == "out" and not REPORT_NOUNS & set(s.words[i + 2 : i + 2 + REPORT_REACH]):
        return _ruled_out_thing(s, i)
    ruled_out = w in RULING_OUT and s.after(i) == "out"
    if not (w in DENIAL_CUES or ruled_out or (
            w in DENIAL_OF_REPORTS and REPORT_NOUNS & set(s.words[i + 1 : i + 1 + REPORT_REACH]))):
        return None
    if w in DENIAL_OF_REPORTS and i > 0 and s.words[i - 1] in ARTICLES_AND_POSSESSIVES:
        return None  # a participle before its noun: "along their disputed border that killed", "the rejected bid"
    start = i + 2 if ruled_out else i + 1
    negator = _negator_before(s, i)
    if negator is not None:
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[negator:start]), start)
    cue = " ".join(t.surface for t in s.tokens[i:start])
    if w in DENIAL_OF_REPORTS and "that" not in s.words[start : start + REPORT_REACH + 1]:
        return s.to_phrase_end(Mood.DENIED, cue, start)  # a report named, not told: "rejected the report as
        # one-sided and said all detainees had access to lawyers" denies the report, not what is said after it
    aside = start < len(s.tokens) and any(c in s.text[s.tokens[i].end : s.tokens[start].start] for c in ",—–(")
    if "that" not in s.words[start : start + REPORT_REACH + 1] and not aside:  # (an aside after the cue: its
        # clause follows, "have denied, in a statement issued on Friday, that X")
        return s.to_phrase_end(Mood.DENIED, cue, start)  # a phrase, or a clause with no "that": "denied taking the
        # drug knowingly and said he believed a supplement was contaminated" denies the taking, not what he said;
        # "denied the accusations and called the expulsions a hostile act", the accusations; a clause's verb keeps
        # what "and" joins to it ("denied the school was evacuated and closed")
    if w in DENIAL_OF_REPORTS:
        start = _past_claiming(s, start)
    return s.to_clause_end(Mood.DENIED, cue, start)


CLAIMING = frozenset("claim claims claimed say says said suggest suggests suggested find finds found show shows "
                     "showed shown conclude concludes concluded report reports reported state states stated argue "
                     "argues argued assert asserts asserted allege alleges alleged".split())
"""Verbs by which a report named after a denial holds what it holds: "retracted a study that claimed X" takes back
X, not that the study claimed it."""


def relays_what_is_taken_back(analysis: ClaimAnalysis, cue: str) -> bool:
    """Whether the claim tells what a report held ("The study had claimed that X": a verb of claiming before "that")
    and the passage's denial takes a report back ("retracted a study that claimed X"): the passage still says the
    report held X, which is what the claim says."""
    words = [fold(t.surface) for t in analysis.tokens]
    return fold(cue.split()[0]) in DENIAL_OF_REPORTS and any(
        w in CLAIMING and after == "that" for w, after in zip(words, words[1:]))


def _past_claiming(s: CueSentence, start: int) -> int:
    """Where what a report named after a denial holds starts: after its "that" and verb of claiming ("a widely
    reported study that claimed drinking coffee ...": drinking), or ``start`` when it has none."""
    for j in range(start, min(len(s.words) - 1, start + REPORT_REACH + 1)):
        if s.words[j] == "that" and s.words[j + 1] in CLAIMING:
            after = j + 2
            return after + 1 if after < len(s.words) and s.words[after] == "that" else after
    return start


def _ruled_out_thing(s: CueSentence, i: int) -> Scope | None:
    """"Police ruled out foul play": the thing ruled out is denied; "would not rule out strike action" leaves it
    open. Not "ruled out of the match", "ruled out for the season": a preposition after "out" says who is kept out
    of what."""
    start = i + 2
    if start >= len(s.words) or not (s.tokens[start].is_content or s.words[start] in ARTICLES_AND_POSSESSIVES):
        return None
    negator = _negator_before(s, i)
    if negator is not None:
        return s.to_phrase_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[negator:start]), start)
    return s.to_phrase_end(Mood.DENIED, " ".join(t.surface for t in s.tokens[i:start]), start)


ARTICLES_AND_POSSESSIVES = ARTICLES | (POSSESSIVES - {"our", "my", "your"}) | {"any", "this", "that"}


NEGATOR_REACH = 3  # words before a denial where a negator of it may stand ("has not yet publicly denied")


def _negator_before(s: CueSentence, i: int) -> int | None:
    """Where a plain negator ("not", "never", "nobody", "didn't") or a negative implicative before "to" ("refused
    to deny") stands within reach before the denial at i, in its clause, or None."""
    first = max(clause_start(s.text, s.tokens, i), i - NEGATOR_REACH)
    for j in range(i - 1, first - 1, -1):
        word = s.words[j]
        if word in PLAIN_NEGATORS or word.endswith("n't") or (
                word == "to" and j >= 1 and s.words[j - 1] in NEGATIVE_IMPLICATIVES):
            return j - 1 if word == "to" else j
    return None


def contrary_to(s: CueSentence, i: int) -> Scope | None:
    """"Contrary to early reports, X": false up to the comma."""
    if s.words[i] == "contrary" and s.after(i) == "to":
        return s.to_clause_end(Mood.DENIED, "contrary to", i + 2, stop_at_comma=True)
    return None


NEGATING = frozenset({"not", "never"})


def _negating(word: str) -> bool:
    """Whether a word negates what follows it: "not", "never", or a contraction ("wasn't", "isn't")."""
    return word in NEGATING or word.endswith("n't")


def _predicating(word: str) -> bool:
    """Whether a word makes what follows it judge the clause before, contracted with "not" or not ("isn't")."""
    return word in PREDICATING or (word.endswith("n't") and word[:-3] in PREDICATING)


def false_that(s: CueSentence, i: int) -> Scope | None:
    """"It is not true that X", "it was untrue that X", "it is not the case that X", "it was never so that X": the
    cue judges the clause after it."""
    w = s.words[i]
    negated = any(_negating(b) for b in s.before(i))  # ("it is not true", "it wasn't true")
    if s.after(i) == "that" and (w in FALSITY or (w in ("true", "case", "so") and negated)):
        return s.to_clause_end(Mood.DENIED, cue_words(s.tokens, i), i + 2)
    return None


def no_truth_to(s: CueSentence, i: int) -> Scope | None:
    """"There is no truth to reports that X", "little truth in the claim that X"."""
    if s.words[i] == "truth" and i >= 1 and s.words[i - 1] in SCANT:
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i - 1].surface} truth", i + 1)
    return None


def judged_false(s: CueSentence, i: int) -> Scope | None:
    """"X turned out to be wrong", "X were false", "X proved unfounded": the cue judges what went before (not
    "found nothing wrong with it", "a false start": there it judges nothing said before it; nor "were not
    false")."""
    w = s.words[i]
    false = w in FALSITY or (i >= 2 and s.words[i - 1] in ("a", "an") and w in predicates.falsity_words())
    if false and any(_negating(b) for b in s.before(i)):
        return None  # "reports that X were not false": nothing is called false (what the report holds stays open)
    if false and PREDICATING & s.before(i):  # ("is a fabrication", "was a lie": a noun of falsity, widened)
        first = clause_start(s.text, s.tokens, i)
        end = i - 1 if w in FALSITY else i - 2
        return Scope(Mood.DENIED, " ".join(t.surface for t in s.tokens[end + 1 : i + 1]), first, end)
    if w in ("true", "case") and s.after(i) != "that" and s.words[0] == "that":
        # "That X is simply not the case": the clause the sentence opens with, judged by its predicate
        verb = next((j for j in range(i - 1, max(0, i - 1 - JUDGED_REACH), -1) if _predicating(s.words[j])), None)
        negator = None if verb is None else next((j for j in range(i - 1, verb - 1, -1) if _negating(s.words[j])),
                                                 None)  # ("is not the case", "isn't the case")
        if verb is not None and negator is not None:
            return Scope(Mood.DENIED, " ".join(t.surface for t in s.tokens[negator : i + 1]), 1, verb - 1)
    return None


JUDGED_REACH = 5  # words between the predicating verb and "true" or "case" ("is simply not the case")


def called_false(s: CueSentence, i: int) -> Scope | None:
    """"Branded as false reports that X", "described as nonsense claims that X" (a word of falsity, or WordNet's
    synonym of one: "rubbish", "hokum"): what is called false is a report
    whose clause follows; and "it was wrongly reported that X": a report said to be in error (an adverb of one of
    the words of falsity: "wrongly", "falsely", "erroneously")."""
    w = s.words[i]
    if (w in FALSITY or w in predicates.falsity_words()) and i >= 1 and s.words[i - 1] == "as":
        that = next((j for j in range(i + 1, min(i + 1 + REPORT_REACH, len(s.words) - 1))
                     if s.words[j] == "that" and s.words[j - 1] in REPORT_NOUNS), None)
        if that is not None:
            return s.to_clause_end(Mood.DENIED, " ".join(t.surface for t in s.tokens[i - 1 : that + 1]), that + 1)
    if w in FALSE_ADVERBS and i + 2 < len(s.words):
        verb = lexicon.base_entry(s.tokens[i + 1].surface)
        if verb is not None and verb.kind("v") == "communication" and s.words[i + 2] == "that":
            return s.to_clause_end(Mood.DENIED, " ".join(t.surface for t in s.tokens[i : i + 3]), i + 3)
    return None


def _reported_before(words: list[str], i: int, opening_clause: bool = True) -> int | None:
    """Where a report ("claims that", "reports that") opens the clause before position i, or (``opening_clause``)
    a "that" that opens the sentence ("That X was dismissed by the panel as speculation": a clause as the subject),
    or None."""
    for j in range(i - 1, 0, -1):
        if words[j] == "that" and words[j - 1] in REPORT_NOUNS:
            return j + 1
    return 1 if opening_clause and words[0] == "that" and i > 2 else None
