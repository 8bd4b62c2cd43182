"""Infinitives: a verb after "to" is not said to have happened.

English puts after "to" what is offered, wanted, asked, allowed, planned or aimed at: "offered to sell its
Holyhead service", "have two months to lodge an appeal", "too early to say what caused the outbreak", "flew to
Paris to sign the treaty". None of them says it was done. Only an implicative before the "to" passes its
complement through as done (Karttunen 1971; Nairn, Condoravdi & Karttunen 2006): "managed to", "was forced to",
"went on to", "began to", and "the first woman to win". This module reads the verb of every other "to" as open;
``implicatives`` reads the words whose "to" says more (failed, refused, tried, voted, urged).
"""

from __future__ import annotations

from .. import lexicon
from .connectives import SCHEDULED
from .cues import CueSentence, Mood, Scope, mark_after, telling_verb
from .implicatives import DIRECTING, NEGATIVE_IMPLICATIVES, OPEN_BEFORE_TO
from .reports import forms
from .roles import BE_AND_HAVE, DETERMINERS

PASSING = frozenset().union(*(forms(w) for w in (
    "manage", "force", "compel", "cause", "lead", "help", "get", "begin", "start", "continue", "proceed", "happen",
    "choose", "bother", "remember", "prompt", "tend", "come", "grow", "prove", "find", "show", "know", "use",
))) | frozenset({"led", "got", "began", "begun", "came", "grew", "found", "shown", "known", "chose", "chosen",
                 "able", "on", "out"})
"""Words whose "to" passes its verb through as done: implicative verbs ("managed to", "was forced to", "helped to"),
verbs of beginning and going on ("began to", "went on to"), of turning out ("turned out to", "proved to", "was found
to") and of habit ("used to", "tends to")."""

LEFT_TO_OTHERS = BE_AND_HAVE | SCHEDULED | frozenset("going ought need needs needed".split())
"""Words whose "to" another module reads: "is to", "was to", "due to" (arranged: ``tense``), "have to", "ought to",
"need to" (an obligation: ``modality``), "going to" (the future)."""

READ_ELSEWHERE = OPEN_BEFORE_TO | NEGATIVE_IMPLICATIVES | DIRECTING
"""Words whose "to" ``implicatives`` reads already, with a cue of its own kind."""

MAKING = frozenset().union(*(forms(w) for w in ("force", "compel", "cause", "lead", "help", "get", "prompt", "use",
                                                 "come"))) | {"led", "got", "came"}
"""Verbs that pass the "to" of the verb after their object through: "forced the company to close", "helped Ukraine
to win", "used boats to bring residents to safety"; and "came from behind to beat"."""
OBJECT_REACH = 4  # words of the object between such a verb and its "to" ("forced the two companies to")

ADJUNCTS = frozenset({"from", "behind", "back", "down", "up"})
"""Words of a short adjunct between such a verb and its "to" ("came from behind to", "came back to")."""

RANKING = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only"})
"""Words of rank: "the first woman to win the race", "the only team to beat them" say she won and they beat them."""
RANK_REACH = 4  # words between a word of rank and its "to" ("the first British woman to")

VERB_REACH = 2  # words after "to" in which its verb stands, past "be" and "have" ("to have been seen")
AUXILIARY = frozenset({"be", "have", "been"})


def unrealised(s: CueSentence, i: int) -> Scope | None:
    """At a "to" that opens an infinitive: its verb, open, unless the word before it (or a verb of making, a word of
    rank before that) passes it through as done. The scope is the verb alone: it governs a claim whose verb it is
    ("offered to sell the service" / "sold the service"), not one whose verb stands in the phrase after it ("used
    boats to bring residents, most of them elderly"). After a verb of telling, what it would tell is open too ("too
    early to say what caused the outbreak")."""
    verb = _open_verb(s, i)
    if verb is None or s.words[i - 1] in READ_ELSEWHERE:
        return None
    cue = f"{s.tokens[i - 1].surface} to"
    if s.after(verb) in TOLD_OPENERS and telling_verb(s.tokens[verb].surface):
        told = s.to_clause_end(Mood.OPEN, cue, verb + 2, stop_at_comma=True)
        return Scope(Mood.OPEN, cue, verb, told.last, infinitive=True)
    return Scope(Mood.OPEN, cue, verb, verb, infinitive=True)


def _open_verb(s: CueSentence, i: int) -> int | None:
    """Where the verb stands of the infinitive that a "to" at i opens, when nothing before it passes it through."""
    if s.words[i] != "to" or i == 0 or mark_after(s.text, s.tokens, i - 1):
        return None
    verb = _verb_after(s, i)
    before = s.words[i - 1]
    if verb is None or before in PASSING or before in LEFT_TO_OTHERS or _passed_over_object(s, i):
        return None
    if s.tokens[i - 1].is_negator:
        return None  # ("not to sign", "nothing to suggest": ``negation`` and ``reports`` read it)
    return verb


def puts_verb_after_to(s: CueSentence) -> bool:
    """Whether a text (a claim) puts a verb after "to" that nothing passes through, whichever cue reads it ("urged
    other prisoners to beat"): a passage that puts the claim's verb so says it as the claim does ("calls for other
    prisoners to beat")."""
    return any(_open_verb(s, i) is not None for i, w in enumerate(s.words) if w == "to")


TOLD_OPENERS = frozenset({"whether", "if", "what", "who", "which"})
"""Words that open a question a verb of telling would answer: "to say whether", "to say what caused". Not "why" or
"how", whose clause the telling takes as true ("to explain why funding had not reached Hollin"), nor "that" ("it is
fair to say that X", "important to note that X": said; "wrong to suggest that X": ``predicates``)."""



def _verb_after(s: CueSentence, i: int) -> int | None:
    """Where the verb of the infinitive that "to" at i opens stands, or None when "to" is a preposition ("sold
    it to a rival", "returned to power", "the response to floods that")."""
    for j in range(i + 1, min(len(s.tokens), i + 1 + VERB_REACH + 1)):
        token = s.tokens[j]
        if s.words[j] in AUXILIARY:
            continue
        if token.number is not None or token.capitalised or s.words[j] in DETERMINERS or _inflected(s.words[j]):
            return None
        if not token.is_content:  # (a verb of the stop words: "to say", "to make")
            return j if lexicon.mostly(token.surface, "v") else None
        if lexicon.mostly(token.surface, "v") or j > i + 1:
            return j  # (past "be" or "have", a participle: "to be evacuated")
        follows = s.words[j + 1] if j + 1 < len(s.tokens) else ""
        if lexicon.verb_share(token.surface) > 0 and (follows in DETERMINERS or follows in OBJECT_OPENERS):
            return j  # a word that is often a noun, with an object: "to lodge an appeal", "to power them"
        return None
    return None


def _inflected(word: str) -> bool:
    """Whether a word is a form in -s of another ("reports", "floods"): no verb after "to" is ("to discuss")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    base = lexicon.base_entry(word)
    return base is not None and base.word != word


OBJECT_OPENERS = frozenset({"what", "whether", "how", "who", "why", "if", "them", "him", "her", "it", "us", "me",
                            "this", "those", "these"})
"""Words that open a verb's object: after a word that is often a noun, they show it is a verb."""


def _passed_over_object(s: CueSentence, i: int) -> bool:
    """Whether the phrase before the "to" at i opens on a word that passes its verb through: a verb of making
    before its object ("forced the company to close"), a word of rank or a superlative ("the first British woman
    to win", "the youngest player to score")."""
    for j in range(i - 1, max(-1, i - 1 - max(RANK_REACH, OBJECT_REACH)), -1):
        w = s.words[j]
        if w in RANKING or (w.endswith("est") and len(w) > 5 and lexicon.mostly(w, "a")) or w in MAKING:
            return True
        if mark_after(s.text, s.tokens, j) or not (s.tokens[j].is_content or w in DETERMINERS or w in ADJUNCTS):
            return False
    return False


MARK = "to"
"""The cue word a claim with an open infinitive of its own carries (``polarity.claim_cues``): a passage that puts
the claim's verb after "to" says it as the claim does, whatever word it puts before the "to"."""
