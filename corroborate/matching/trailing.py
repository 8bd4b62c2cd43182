"""What comes after the sentence's last comma and takes back what went before it.

"X, according to unconfirmed reports", "X, if the reports are true", "X, in all likelihood", "X, though the evidence
is thin", "some evidence that X, but it is weak" leave X open; so does a report set after the clause it reports ("X,
sources suggest", "X, it is rumoured", "X, or so the story goes", "X, some say"), unless a verb that vouches for X
has a subject named ("X, officials said": the sentence relays X, as "officials said that X" does); a noun of report
in apposition ("X, a claim the ministry has since withdrawn") leaves X open or denies it.
"""

from __future__ import annotations

from .. import lexicon
from . import predicates, roles
from .cues import PRONOUNS, SAYING_OR_THINKING, CueSentence, Mood, Scope
from .denials import DENIAL_CUES, DENIAL_OF_REPORTS
from .hedges import EVIDENCE, JUDGING, OF_TRUTH, OPEN_CUES
from .reports import FACTIVE, QUANTIFIERS, SAYING_FORMS, VOUCHING_VERBS, unnamed_subject, verb_form


def trailing_scopes(s: CueSentence) -> list[Scope]:
    """What follows the sentence's last comma, where it takes back what went before it: a hedge, or a report set
    after the clause it reports (the comma found once for both)."""
    comma = _last_comma(s)
    if comma is None:
        return []
    return [scope for scope in (_hedge(s, comma), _report(s, comma)) if scope is not None]


def _last_comma(s: CueSentence) -> int | None:
    """The last word before the sentence's last comma, when a word follows the comma; else None."""
    at = s.text.rfind(",")
    comma = max((i for i, t in enumerate(s.tokens) if t.end <= at), default=None) if at >= 0 else None
    return comma if comma is not None and comma + 1 < len(s.tokens) else None


def _hedge(s: CueSentence, comma: int) -> Scope | None:
    """A phrase after the last comma that leaves what comes before it open: "X, according to unconfirmed reports",
    "X, if the reports are true", "X, in all likelihood", "X, though the evidence is thin"."""
    tail = s.words[comma + 1 :]
    if tail[:2] == ["according", "to"] and (cue := next((w for w in tail[:6] if w in OPEN_CUES), None)):
        return Scope(Mood.OPEN, f"according to {cue}", 0, comma)
    if tail[:1] == ["if"] and OF_TRUTH & set(tail[:6]):
        return Scope(Mood.OPEN, "if " + " ".join(tail[1:6]), 0, comma)
    if len(tail) == 3 and tail[:2] == ["in", "all"] and tail[2] in predicates.epistemic_nouns():
        return Scope(Mood.OPEN, " ".join(tail), 0, comma)  # "X, in all likelihood"
    if tail[:1] and tail[0] in CONCEDING and EVIDENCE & set(tail[1:EVIDENCE_REACH + 1]):
        return Scope(Mood.OPEN, " ".join(tail), 0, comma)  # "X, though the evidence is thin"
    if (tail[2:3] and tail[0] in CONCEDING and tail[1] in TAKING_UP
            and (tail[2] in JUDGING or tail[2] in roles.AUXILIARIES) and EVIDENCE & set(s.words[:comma])):
        return Scope(Mood.OPEN, " ".join(tail), 0, comma)  # "some evidence that X, but it is weak"
    return None


CONCEDING = frozenset({"though", "although", "but"})
TAKING_UP = frozenset({"it", "this"})  # the pronoun by which a concession judges the evidence named before the claim
# ("some evidence that X, but it is weak"; not "said ..., but that its investigation was at an early stage")
EVIDENCE_REACH = 4  # words after the concession where its noun of evidence stands ("though there is little evidence")


TAIL_REACH = 8  # words of a parenthetical report after the sentence's last comma ("X, a claim the ministry has since
# withdrawn")


def _report(s: CueSentence, comma: int) -> Scope | None:
    """A report set after the clause it reports, past the last comma: "X, sources suggest", "X, it is rumoured",
    "X, or so the story goes", "X, some say" leave X open, as "sources suggest that X" does; "X, a claim the ministry
    has denied" (a noun of report in apposition) leaves it open too, or denies it. A verb that vouches for X with a
    subject named ("X, officials said") attributes it: the sentence relays X."""
    if len(s.words) - comma - 1 > TAIL_REACH:
        return None
    tail = range(comma + 1, len(s.words))
    words = [s.words[i] for i in tail]
    if words[:2] == ["or", "so"]:  # "or so the story goes", "or so they say"
        return Scope(Mood.OPEN, " ".join(s.tokens[i].surface for i in tail), 0, comma)
    if words[0] in APPOSING and len(words) > 1 and words[1] in REPORT_NOUN_FORMS:  # "a claim the ministry denied"
        denied = any(w in DENIAL_CUES or w in DENIAL_OF_REPORTS or w in WITHDRAWING for w in words[2:])
        return Scope(Mood.DENIED if denied else Mood.OPEN, " ".join(s.tokens[i].surface for i in tail), 0, comma)
    verb = next((i for i in reversed(tail) if s.tokens[i].is_content or s.words[i] in SAYING_FORMS), None)
    if verb is None or verb == comma + 1 and s.words[verb] not in SAYING_FORMS:
        return None  # (a verb needs its subject before it: "X, sources suggest")
    entry = lexicon.entry_of(s.tokens[verb].surface)
    saying = s.words[verb] in SAYING_FORMS or s.words[verb] in OPEN_CUES or (
        entry is not None and entry.kind("v") in SAYING_OR_THINKING and verb_form(s.tokens[verb]))
    if not saying or any(s.tokens[i].is_negator or s.words[i] in COMPARING for i in tail) or not _subject_before(
            s, verb, comma):
        return None  # ("X, several centuries less than previously thought": a comparison, no report)
    impersonal = words[0] == "it" and any(w in roles.COPULAS for w in words[1:3])  # "X, it is rumoured"
    vouched = (s.words[verb] in SAYING_FORMS or (entry is not None and (entry.word in VOUCHING_VERBS
                                                                        or entry.word in FACTIVE)))
    if vouched and not impersonal and unnamed_subject(s, verb) is None and words[0] not in QUANTIFIERS:
        return None  # "X, officials said": attributed, as "officials said that X" is
    return Scope(Mood.OPEN, " ".join(s.tokens[i].surface for i in tail), 0, comma)


COMPARING = frozenset({"than", "as"})


def _subject_before(s: CueSentence, verb: int, comma: int) -> bool:
    """Whether the verb of a trailing report has its subject right before it, auxiliaries and adverbs aside: a
    pronoun, a quantifier or a noun ("it is rumoured", "some say", "sources suggest")."""
    j = verb - 1
    while j > comma and (s.words[j] in roles.AUXILIARIES or lexicon.mostly(s.tokens[j].surface, "r")):
        j -= 1
    if j <= comma:
        return False
    word = s.words[j]
    return word in PRONOUNS or word in QUANTIFIERS or (
        s.tokens[j].is_content and (s.tokens[j].capitalised or lexicon.mostly(s.tokens[j].surface, "n")))


APPOSING = frozenset({"a", "an", "the"})  # the article of a noun in apposition to the clause ("X, a claim ...")
REPORT_NOUN_FORMS = frozenset("claim claims allegation allegations rumour rumours rumor rumors report reports "
                              "suggestion suggestions assertion assertions story theory".split())
WITHDRAWING = frozenset({"withdrawn", "withdrew", "retracted", "retracts", "retract"})
"""What a claim's maker does to take it back: "X, a claim the ministry has since withdrawn"."""
