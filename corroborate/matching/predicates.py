"""What a predicate said of a clause makes of it: "It is likely that X", "It is a myth that X", "It would be wrong
to suggest that X".

In *it + be + PREDICATE + that X* the predicate judges the proposition X (Kiparsky & Kiparsky 1970, "Fact"). A
factive or veridical predicate takes X as true ("it is clear that", "it is sad that"); the sentence asserts X. The
others do not:

* an epistemic one (*likely*, *possible*, *conceivable*, *doubtful*) weighs how probable X is;
* a deontic one (*important*, *necessary*, *essential*) asks that X be so, not that it is ("it is essential that
  the school be evacuated"); but said of telling X ("it is important to note that X") it asserts X;
* one of falsity (*false*, *wrong*, *a myth*, *a lie*) says X is not so;
* a veridical one under negation (*not clear*, *not certain*, *far from certain*) leaves X open;
* a modal before the *be* (*it could be that X*) leaves X open too, as does *it seems* or *it would appear that X*
  (Hooper's weak assertives of appearance).

The classes are closed classes of the grammar; each is widened by WordNet's synonyms and derived forms of its
members (*probable* for *likely*), so that a wording the lists do not name is still read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from .. import lexicon
from ..text import marked_between
from . import roles
from .connectives import ARTICLES
from .cues import CueSentence, Mood, Scope

MODAL_VERBS = frozenset("could might may would must".split())
COPULAS = frozenset("is are was were be been being seems seemed appears appeared remains remained isn't aren't wasn't "
                    "weren't".split())
SUBJECTS = frozenset({"it", "this", "that"})
NEGATED = frozenset({"not", "never", "hardly", "scarcely", "cannot", "no"})  # and any contraction in n't ("no": "by
# no means certain")
SPAN = 4  # words between the copula and the predicate (negation, adverbs, an article: "not at all clear")

EPISTEMIC = frozenset("possible likely probable conceivable plausible imaginable impossible unlikely improbable "
                      "inconceivable implausible doubtful uncertain unclear unknown debatable arguable questionable "
                      "presumable "
                      "possibility likelihood".split())
DEONTIC = frozenset("necessary important essential vital crucial critical imperative desirable advisable urgent "
                    "mandatory".split())
FALSITY = frozenset("false untrue wrong incorrect mistaken misleading unfounded baseless groundless inaccurate "
                    "erroneous myth lie falsehood fiction fabrication fallacy misconception untruth nonsense fake "
                    "bogus fabricated hoax disinformation misinformation".split())
VERIDICAL = frozenset("clear certain sure evident obvious apparent known true proven established conclusive".split())
FACTIVE = frozenset("significant relevant odd strange tragic sad surprising ironic remarkable notable".split())
"""Kiparsky & Kiparsky's factive predicates: they take the clause as true, whatever class a synonym puts them in
("significant" is WordNet's synonym of "important")."""


class Judgement(StrEnum):
    FALSE = "false"
    OPEN = "open"


@dataclass(frozen=True, slots=True)
class Judged:
    """A predicate's judgement of the clause after its "that"; ``predicate``: where the word that judges stands
    ("likely", "wrong" in "wrong to suggest")."""

    judgement: Judgement
    predicate: int


@cache
def _widened(members: frozenset[str]) -> frozenset[str]:
    """A class's words and WordNet's synonyms and derived forms of each (as words: a stem would let "likely"
    take in "like")."""
    out = set(members)
    for word in members:
        entry = lexicon.lookup(word)
        if entry is not None:
            out |= entry.synonyms | entry.derived
    return frozenset(out)


def kind_of(word: str) -> frozenset[str]:
    """Which classes (by name) a predicate word falls in ("myths" as "myth")."""
    forms = {word, word[:-1]} if word.endswith("s") else {word}
    if forms & FACTIVE:
        return frozenset()
    return frozenset(name for name, members in _CLASSES.items() if forms & _widened(members))


_CLASSES = {"epistemic": EPISTEMIC, "deontic": DEONTIC, "falsity": FALSITY, "veridical": VERIDICAL}


@cache
def epistemic_adverb(word: str) -> bool:
    """Whether a word is the adverb of an epistemic predicate ("conceivably", "probably", "arguably"), or of an
    adjective WordNet gives, in one of its senses, as a synonym of one ("tentatively": *tentative* is *doubtful*
    in "drew a few tentative conclusions"): it weighs how probable what it qualifies is, as "possibly" does. Not
    of a negated one ("impossibly high", "unbelievably fast" only make what they qualify stronger)."""
    if not word.endswith("ly") or word.startswith(("im", "in", "un")):
        return False
    adjectives = {word[:-2], word[:-2] + "e"} | ({word[:-1] + "e"} if word.endswith("bly") else set())
    if adjectives & EPISTEMIC:  # ("probably": probable)
        return True
    return any(entry is not None and entry.synonyms & UNNEGATED_EPISTEMIC for entry in map(lexicon.lookup, adjectives))


UNNEGATED_EPISTEMIC = frozenset(w for w in EPISTEMIC if not (w[:2] in ("im", "in", "un") and w[2:] in EPISTEMIC))
"""The epistemic predicates but the negations of others (*improbable*, *unlikely*): WordNet gives *improbable* as a
synonym of *marvelous*, whose adverb weighs nothing."""


@cache
def trigger_words() -> frozenset[str]:
    """The words at which a cue of this module's classes may stand, beyond the trigger tables: the words of falsity,
    the adverbs of the epistemic predicates, and the veridical ones negated by a prefix ("inconclusive")."""
    adverbs = {word[:-1] + "y" if word.endswith("ble") else word + "ly" for word in EPISTEMIC
               if not word.endswith(("ity", "hood"))}  # (of the adjectives, not of "possibility")
    negated = {prefix + word for word in _widened(VERIDICAL) for prefix in ("un", "in")}
    return falsity_words() | frozenset(a for a in adverbs if epistemic_adverb(a)) | epistemic_nouns() | negated


def falsity_words() -> frozenset[str]:
    """The words of falsity, widened ("fabrication", "a lie"): what calls a proposition false."""
    return _widened(FALSITY)


def _modal_be(words: Sequence[str], i: int) -> int | None:
    """Where the modal stands in "it could be that X", "it might well be that X", "one explanation could be that
    X" (whatever the subject: the modal leaves the clause open); None if it is not so."""
    if i < 3 or words[i - 1] != "be":
        return None
    return next((j for j in (i - 2, i - 3) if j >= 1 and words[j] in MODAL_VERBS), None)


APPEARING = frozenset("seem seems seemed appear appears appeared".split())
"""Hooper's weak assertives of appearance: "it seems that X", "it would appear that X" leave X open."""


def _it_seems(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` is "seems" or "appears" said of "it", with a modal or not ("it would appear")."""
    if at < 1 or words[at] not in APPEARING:
        return False
    subject = at - 2 if words[at - 1] in MODAL_VERBS else at - 1
    return subject >= 0 and words[subject] in SUBJECTS


def _far_from(words: Sequence[str]) -> bool:
    """Whether the words hold "far from", which negates what follows it ("it is far from certain that")."""
    return any(a == "far" and b == "from" for a, b in zip(words, words[1:]))


def judged(words: Sequence[str], i: int) -> Judged | None:
    """The judgement that the predicate before the "that" at ``i`` makes of the clause after it, in "it is
    PREDICATE that X" or "it is PREDICATE to VERB that X"; None when the sentence asserts the clause or is not
    of this shape."""
    if words[i] != "that":
        return None
    modal = _modal_be(words, i)
    if modal is not None:
        return Judged(Judgement.OPEN, modal)
    if _it_seems(words, i - 1):
        return Judged(Judgement.OPEN, i - 1)
    said_of_telling = i >= 2 and words[i - 2] == "to"
    at = i - 3 if said_of_telling else i - 1
    if at < 1:
        return None
    # "experts think it likely that X", "officials called it a fabrication that X"
    article = at >= 3 and words[at - 1] in ARTICLES and words[at - 2] == "it"
    small_clause = at >= 2 and (words[at - 1] == "it" or article) and not said_of_telling
    copula = at - 1 - article if small_clause else next(
        (j for j in range(at - 1, max(-1, at - 1 - SPAN), -1) if words[j] in COPULAS), None)
    if copula is None or copula == 0:
        return None
    around = words[max(0, copula - 1) : at]
    negated = bool(NEGATED & set(around)) or any(w.endswith("n't") for w in around) or _far_from(words[copula:at])
    kinds = kind_of(words[at])
    predicate = at
    if not kinds and at >= 1 and words[at - 1] in falsity_words() and words[at - 1] not in ARTICLES:
        kinds, predicate = frozenset({"falsity"}), at - 1  # "it is fake news that X": a word of falsity qualifies
    if not kinds and words[at][:2] in ("un", "in") and "veridical" in kind_of(words[at][2:]):
        kinds, negated = frozenset({"veridical"}), True  # "it remains unproven that X": a veridical one, negated
    if words[at] in ARTICLES or not kinds:
        return None
    if not small_clause and words[copula - 1] not in SUBJECTS and not (
            copula >= 2 and words[copula - 2] in SUBJECTS) and not (
            "veridical" in kinds and negated and not said_of_telling):  # "it would be", "it has been"; but anyone
        return None  # may be unsure: "we cannot be certain that X", "officials are not sure that X"
    if "falsity" in kinds and not negated:
        return Judged(Judgement.FALSE, predicate)
    if "epistemic" in kinds or ("veridical" in kinds and negated):
        return Judged(Judgement.OPEN, predicate)
    if "deontic" in kinds and not said_of_telling:
        return Judged(Judgement.OPEN, predicate)
    return None


ASIDE_REACH = 6  # words an aside between a predicate and its "that" may run to ("the company said")


def _aside_before(s: CueSentence, i: int) -> int | None:
    """Where an aside set off by commas or dashes just before the "that" at i begins ("untrue, the company said,
    that", "untrue — as the ministry has pointed out — that"), or None."""
    if s.words[i] != "that" or i < 2:
        return None
    mark = next((m for m in ASIDE_MARKS if m in s.text[s.tokens[i - 1].end : s.tokens[i].start]), None)
    if mark is None:
        return None
    return next((j + 1 for j in range(i - 2, max(-1, i - 2 - ASIDE_REACH), -1)
                 if mark in s.text[s.tokens[j].end : s.tokens[j + 1].start]), None)


ASIDE_MARKS = (",", "—", "–")


def weighed_by_adverb(s: CueSentence, i: int) -> Scope | None:
    """"Conceivably, X", "the school was probably evacuated", "in all likelihood, X": the adverb of an epistemic
    predicate, or a phrase of its noun, leaves what follows it in its clause open."""
    if epistemic_adverb(s.words[i]):
        return s.to_clause_end(Mood.OPEN, s.tokens[i].surface, i + 1)
    if i >= 2 and s.words[i - 2 : i] == ["in", "all"] and s.words[i] in epistemic_nouns():  # "in all likelihood"
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i - 2 : i + 1]), i + 1)
    return None


@cache
def epistemic_nouns() -> frozenset[str]:
    """The nouns of the epistemic class and of WordNet's widening of it ("likelihood", "probability"): "in all
    likelihood, X" weighs X as "probably" does."""
    return frozenset(w for w in _widened(EPISTEMIC) if w.endswith(("ity", "hood")))


def judged_subject(s: CueSentence, i: int) -> Scope | None:
    """"A recommendation was unlikely before next year", "an agreement is possible": an epistemic predicate said by
    a form of "be" of the noun phrase before it, with no "that" or "to" after it (those are ``judged_by_predicate``'s
    and ``implicatives``'), leaves what that phrase names open. Not "it is likely": a subject that only points
    ahead."""
    w = s.words[i]
    if ("epistemic" not in kind_of(w) or w in EPISTEMIC_NOUNS or s.after(i) in ("that", "to")
            or epistemic_adverb(w) or (i + 1 < len(s.tokens) and roles.is_verb(s.tokens, i + 1))):
        return None  # (an adverb before its verb weighs the verb: "was probably evacuated", ``weighed_by_adverb``)
    copula = next((j for j in range(i - 1, max(-1, i - 1 - SPAN), -1) if s.words[j] in COPULAS), None)
    if copula is None or copula == 0 or any(s.tokens[j].is_content and not lexicon.ly_adverb(s.words[j])
                                            for j in range(copula + 1, i)):
        return None  # (between them only a negator or an adverb: "was not likely", "is highly unlikely")
    if s.words[copula - 1] in SUBJECTS or not s.tokens[copula - 1].is_content:
        return None
    start = copula - 1  # the noun phrase before the copula: back to a clause mark, a verb or a word that opens a clause
    while start > 0 and not marked_between(s.text, s.tokens, start - 1, start) and _of_a_noun_phrase(s, start - 1):
        start -= 1
    return Scope(Mood.OPEN, " ".join(t.surface for t in s.tokens[copula : i + 1]), start, copula - 1)


def _of_a_noun_phrase(s: CueSentence, j: int) -> bool:
    """Whether the word at j may stand in a noun phrase: a content word that is no verb here, a determiner or a
    preposition ("a cut in interest rates"); not "said", "that", "where"."""
    if s.tokens[j].is_content:
        return not roles.is_verb(s.tokens, j)
    return s.words[j] in roles.DETERMINERS or s.words[j] in roles.PREPOSITIONS


EPISTEMIC_NOUNS = frozenset({"possibility", "likelihood"})


def judged_by_predicate(s: CueSentence, i: int) -> Scope | None:
    """"It is likely that X", "it is a myth that X", "it would be wrong to suggest that X", "it is untrue, the
    company said, that X": the predicate's judgement of X (``predicates``), past an aside set off by commas."""
    found = judged(s.words, i)
    aside = _aside_before(s, i) if found is None else None
    if aside is not None:  # judged as if the aside were not there
        found = judged([*s.words[:aside], *s.words[i:]], aside)
    if found is None:
        return None
    mood = Mood.DENIED if found.judgement is Judgement.FALSE else Mood.OPEN
    end = i if aside is None else aside  # (the aside is no part of the cue)
    cue = " ".join([*(t.surface for t in s.tokens[found.predicate : end]), s.tokens[i].surface])
    return s.to_clause_end(mood, cue, i + 1)
