"""Implicative verbs carry polarity to their complement (Karttunen 1971; Nairn, Condoravdi & Karttunen 2006).

"Failed to X", "refused to X", "prevented from X", "has yet to X", "stopped short of X" deny X; "tried to X",
"planned to X" leave it open;
"declined to say whether X", "stopped short of saying that X" deny the telling, and leave X open;
"threatened with X", "threats of X", "promises of X" hold X out, and leave it open.
"""

from __future__ import annotations

from .. import lexicon
from . import roles
from .cues import TELLING, CueSentence, Mood, Scope, cut_before, gap_after, opened_clause
from .reports import clause_starts, forms

# Implicative verbs before "to": the polarity they give their complement (Nairn et al. 2006 signatures).
NEGATIVE_IMPLICATIVES = frozenset("fail fails failed failing refuse refuses refused refusing decline declines "
                                  "declined declining neglect neglected neglects forgot forget forgets avoided "
                                  "avoid avoids hesitated".split())


OPEN_BEFORE_TO = frozenset("try tries tried trying attempt attempts attempted attempting plan plans planned "
                           "planning intend intends intended want wants wanted hope hopes hoped seek seeks sought "
                           "aim aims aimed threaten threatens threatened promise promises promised expect expects "
                           "expected propose proposes proposed wish wishes wished "
                           "vote votes voted voting bid bids effort efforts motion proposal decision decide decides "
                           "decided".split())
"""Words whose "to" and verb say what is tried, wanted, voted for or decided, not what was done ("survived a vote to
remove her from office", "decided to close the library")."""


PREVENTING = frozenset("prevented prevent prevents barred stopped kept banned blocked prohibited".split())  # ... from
NOT_YET_AFTER = frozenset("has have had is are was were".split())  # "has yet to X": X has not happened
STOPPED = frozenset("stop stops stopped stopping".split())  # "stopped short of X": X was not done


def implicative(s: CueSentence, i: int) -> Scope | None:
    """"Failed to X", "refused to X" (its complement denied); "prevented from X", "prevented them from X-ing"; "tried
    to X", "planned to X" (left open). Where X tells or thinks something ("refused to say that Y", "stopped short of
    saying Y", "has yet to confirm that Y"), the telling is denied and what it would tell is left open."""
    w, nxt = s.words[i], s.after(i)
    if w in NEGATIVE_IMPLICATIVES and nxt == "to":
        return _denied_or_untold(s, i, i + 2, f"{s.tokens[i].surface} to")
    if w == "yet" and nxt == "to" and i >= 1 and s.words[i - 1] in NOT_YET_AFTER:
        return _denied_or_untold(s, i - 1, i + 2, f"{s.tokens[i - 1].surface} yet to")
    if w == "short" and nxt == "of" and i >= 1 and s.words[i - 1] in STOPPED:
        return _denied_or_untold(s, i - 1, i + 2, f"{s.tokens[i - 1].surface} short of")
    if w in PREVENTING and nxt == "from":
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} from", i + 2, stop_at_comma=True)
    if w in PREVENTING and (at := _next(s, "from", i + 2, i + 2 + HELD_OUT_REACH)) is not None and s.words[
            at + 1].endswith("ing") and not any(s.words[j] in ("and", "but", "that") or "," in gap_after(
                s.text, s.tokens, j) for j in range(i, at)):  # "prevented other prisoners from beating them"
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} ... from", at + 1, stop_at_comma=True)
    if w in OPEN_BEFORE_TO and nxt == "to":  # (its clause, when its verb takes one: "expected to announce that X")
        scope = s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} to", i + 2,
                                stop_at_comma=s.after(i + 2) not in CLAUSE_OPENERS)
        contrast = next((j for j in range(i + 3, scope.last) if s.words[j] == "but" and s.words[j - 1] not in
                         CLAUSE_OPENERS and (s.words[j + 1] in roles.AUXILIARIES or roles.is_verb(s.tokens, j + 1))),
                        None)  # (another verb phrase of the subject's, "but had hired", not a clause "that" opens)
        return cut_before(scope, contrast)
        # (what "but" sets against the attempt is so: "tried to fill 14 vacancies but had hired only six people")
    return None


CLAUSE_OPENERS = frozenset({"that", "whether", "if"})
"""The words that open a verb's clause: what a verb before them takes is told, thought or found, whatever else the
verb may mean ("failed to prove that X": WordNet files "prove" first as "turn out to be")."""


COMMISSIVE_FORMS = frozenset("threaten threatens threatened threatening threat threats promise promises promised "
                             "promising warn warns warned warning warnings".split())
"""Verbs and nouns of a threat, a promise or a warning: what they hold out is not done ("threatened with being
sent to the war", "under threats of deportation", "promises of large amounts of money")."""
HELD_OUT_REACH = 4  # words between the verb and its "with" (its object: "threatened African students with")


def held_out(s: CueSentence, i: int) -> Scope | None:
    """"Threatened with being sent to the war", "threatened them with visa non-renewal", "under threats of
    deportation", "promises of money", "warned of flooding": what a threat, a promise or a warning holds out is
    left open, to the end of its phrase."""
    w = s.words[i]
    if w not in COMMISSIVE_FORMS:
        return None
    nxt = s.after(i)
    if nxt == "of":  # a noun ("threats of", "promises of") or "warned of"
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} of", i + 2, stop_at_comma=True)
    at = _next(s, "with", i + 1, i + 2 + HELD_OUT_REACH)
    if at is not None and not any(s.words[j] in (",", "and", "but") for j in range(i + 1, at)):
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : at + 1]), at + 1,
                               stop_at_comma=True)
    return None


def _next(s: CueSentence, word: str, start: int, stop: int) -> int | None:
    """Where ``word`` first stands from ``start`` up to (not including) ``stop``, short of the sentence's last word
    (what it opens must follow it), or None."""
    return next((j for j in range(start, min(stop, len(s.words) - 1)) if s.words[j] == word), None)


def _forms(*lemmas: str) -> frozenset[str]:
    """The forms of each verb or noun, as ``reports.forms`` spells them ("propose": proposes, proposed, proposing;
    "push": pushes; "lobby": lobbies)."""
    return frozenset().union(*(forms(w) for w in lemmas))


PROPOSING = _forms("propose", "suggest", "recommend", "advocate", "urge", "consider", "plan", "try", "attempt",
                   "seek", "aim", "intend", "want", "hope") | frozenset({"tried", "tries", "sought"})
"""Verbs of proposing, attempting and intending: their complement in *-ing* is not done ("proposed developing a
system", "considered introducing", "tried recruiting")."""

PRESSING_FOR = _forms("advocate", "call", "press", "push", "lobby", "campaign", "argue", "appeal")
"""Verbs that, before "for", ask for what follows ("advocated for a revised migration policy", "called for an
inquiry"): asked for, not had."""

ENDEAVOURS = frozenset("attempt attempts effort efforts plan plans bid bids proposal proposals".split())
"""Nouns of an attempt or a plan: before "to" (or "underway to"), what follows is aimed at, not done ("efforts
underway to compel them into signing contracts", "attempts to lure"). Not "campaign", "drive" or "move", which
name a group or an event as often ("a supporter of the campaign to get it back open", where wice-dev says it
opened)."""

UNDERWAY = frozenset({"underway", "under", "way", "are", "is", "were", "was", "being", "made"})


def intended(s: CueSentence, i: int) -> Scope | None:
    """"Proposed developing X", "advocated for X", "efforts underway to X", "by promising X": proposed, asked for,
    aimed at or promised, X is not done; open to the end of its phrase."""
    w, nxt = s.words[i], s.after(i)
    nxt_token = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
    if w in PROPOSING and nxt_token is not None and nxt.endswith("ing") and nxt_token.is_content:
        return s.to_phrase_end(Mood.OPEN, f"{s.tokens[i].surface} {nxt_token.surface}", i + 1)
    if w in PRESSING_FOR and nxt == "for":
        return s.to_phrase_end(Mood.OPEN, f"{s.tokens[i].surface} for", i + 2)
    if w in ENDEAVOURS and (i == 0 or s.words[i - 1] != "to"):  # (not the verb: "to plan to")
        to = _next(s, "to", i + 1, i + 4)
        if to is not None and all(s.words[j] in UNDERWAY for j in range(i + 1, to)):
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : to + 1]), to + 1,
                                   stop_at_comma=True)
    if w in DIRECTING:
        to = _next(s, "to", i + 1, i + 2 + DIRECTED_REACH)
        if to is not None and s.tokens[to + 1].is_content and not any(
                s.words[j] in CLAUSE_OPENERS or s.words[j] in ("and", "but") for j in range(i + 1, to)) and not any(
                "," in gap_after(s.text, s.tokens, j) for j in range(i, to)):
            return s.to_phrase_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : to + 1]), to + 1)
    if w in PROMISING and nxt_token is not None and nxt not in ("to", "that") and (
            w == "promised" or (i >= 1 and s.words[i - 1] == "by")):
        return s.to_clause_end(Mood.OPEN, s.tokens[i].surface, i + 1, stop_at_comma=True)  # "by promising X"
    return None


DIRECTING = _forms("urge", "advise", "order", "instruct", "encourage", "invite", "request", "call", "press", "warn",
                   "direct", "command", "beg") | frozenset({"tell", "tells", "telling", "told", "bade"})
"""Verbs of telling someone to act: the act after "to" is asked of them, not done ("We call on Calder Terminals
to return to the table", "people living nearby were told to keep windows closed"). Not "ask", an open cue of its
own whose scope runs further ("asked to establish if X, Y")."""
DIRECTED_REACH = 5  # words of the object between the verb and its "to" ("called on Calder Terminals to")


PROMISING = frozenset({"promising", "promised", "offering"})
"""Forms of promising and offering before their object ("promised better treatment", "by promising well-paid
positions"; not the adjective, "a promising start"): promised, not given."""


def _denied_or_untold(s: CueSentence, first: int, start: int, cue: str) -> Scope:
    """The complement from ``start`` denied; or, when it opens on a verb of telling, thinking or seeing, what that
    verb takes (after "that", "whether" or "if", or bare) left open: not saying Y is not saying that Y is false."""
    verb = s.tokens[start] if start < len(s.tokens) else None
    entry = lexicon.entry_of(verb.surface) if verb is not None else None
    opens_clause = s.after(start) in CLAUSE_OPENERS
    if opens_clause or (entry is not None and entry.kind("v") in TELLING):
        told = start + 2 if opens_clause else start + 1
        if opens_clause or (clause_starts(s, told) and "," not in gap_after(s.text, s.tokens, start)):
            # (not "refused to recognise the government": denied; nor "failed to call, but X": X is another clause)
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[first:told]), told)
    scope = s.to_clause_end(Mood.DENIED, cue, start, stop_at_comma=True)
    opener = opened_clause(s, start, scope.last)  # ("failed to reach orbit after its second stage shut down": the
    # clause after "after" is no part of what failed)
    return cut_before(scope, opener)
