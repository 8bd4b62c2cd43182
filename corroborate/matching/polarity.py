"""Whether a sentence asserts what it says: negation, denial, hedges, questions and implicative verbs.

A passage that holds every word of a claim may still not assert it:

* *denied*: "Officials denied that the school was evacuated", "Reports that the school was evacuated
  turned out to be wrong", "contrary to early reports": the sentence says the proposition is false;
* *not asserted*: "It is unclear whether ...", "Some asked whether ...", "If ...", "... may have ...",
  "rumours that ...", "tried to ...", "found nothing to suggest that ...": the sentence leaves it open;
* *implicative verbs* carry polarity to their complement (Karttunen 1971; Nairn, Condoravdi & Karttunen
  2006): "failed to", "refused to", "declined to" negate it, "managed to", "forced to" assert it, "tried to",
  "planned to", "threatened to" leave it open.

These are closed classes of constructions (the cue tables below), scoped to the clause or complement they
govern, and each finding names its cue so a reader can check it. Which words a negator bears on is
``negation``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .. import lexicon
from ..text import LEXICAL_NEGATORS, NEGATORS, Token, fold, stem
from . import predicates, roles


class Mood(StrEnum):
    ASSERTED = "asserted"
    DENIED = "denied"
    OPEN = "not asserted"  # hedged, asked, conditional, intended


@dataclass(frozen=True, slots=True)
class Scope:
    """A stretch of a sentence (token positions first..last) under one cue."""

    mood: Mood
    cue: str
    first: int
    last: int

    def covers(self, position: int) -> bool:
        return self.first <= position <= self.last


# Verbs and nouns whose complement ("that ...", "reports that ...") the sentence says is false.
DENIAL_CUES = frozenset("deny denies denied denying refute refutes refuted refuting debunk debunked debunks "
                        "disprove disproved disproves rebut rebutted denial denials".split())
# Verbs that deny only what is put as a report ("rejected reports that", "dismissed claims that"); otherwise
# they have their plain meaning ("the court rejected the appeal").
DENIAL_OF_REPORTS = frozenset("reject rejects rejected rejecting dismiss dismisses dismissed dismissing dispute "
                              "disputes disputed disputing contradict contradicts contradicted".split())
REPORT_NOUNS = frozenset("that reports report claims claim allegations allegation suggestions suggestion rumours "
                         "rumors accounts assertions statements idea ideas".split())
REPORT_REACH = 5  # words after the verb where the report may stand ("dismissed as nonsense the idea that")
# Words that call what stands before them false: "Reports that X turned out to be wrong".
FALSITY = frozenset("false untrue wrong incorrect unfounded baseless groundless inaccurate fabricated bogus "
                    "fake hoax erroneous mistaken".split())
PREDICATING = frozenset("is are was were be been being proved proven prove proves turned seems seemed appears "
                         "appeared remains remained deemed".split())
"""Words before a falsity cue that make it judge the clause before it ("were false", "proved wrong")."""
# Cues that leave their complement or clause open: hedges, questions, conditions, reports of speculation.
OPEN_CUES = frozenset("whether if unless unclear uncertain unknown unconfirmed unverified unsubstantiated "
                      "doubtful questionable debatable "
                      "may might perhaps maybe possibly possible potentially allegedly alleged "
                      "rumour rumours rumor rumors rumoured rumored speculation speculated speculate speculates "
                      "supposedly hypothetically wonder wondered wonders asked asks ask".split())
MODALS = frozenset("may might could perhaps maybe possibly possible potentially".split())
# Nouns of evidence: "no evidence that X", "little proof that X" leave X unestablished.
EVIDENCE = frozenset("evidence proof indication sign signs confirmation basis grounds".split())
OF_A_REPORT = frozenset({"for", "to", "of", "behind", "in"})  # "no basis for the claim that"
INTENSIFIERS = frozenset({"whatsoever", "whatever", "at", "all"})  # "no evidence at all that"
SCANT = frozenset({"no", "little", "scant"})
# Participles that, negated after "this" or "which", leave the clause before open ("X, but this has not been
# confirmed").
CONFIRMED = frozenset("confirmed verified substantiated corroborated proven proved".split())
RESUMING = frozenset({"this", "that", "it", "which"})
# Participles of an impersonal belief: "it is believed that X" reports a belief, it does not assert X.
BELIEVED = frozenset("believed thought suspected feared assumed presumed".split())
# What a trailing "if ..." may say of the clause before it: "X, if the reports are true".
EPISTEMIC = frozenset("true confirmed accurate correct verified".split())
# Verbs and adjectives of asking and knowing: after them "if" asks ("wondered if X", "unsure if X") like
# "whether", and its question runs to the clause's end; elsewhere "if" sets a condition that ends at a comma.
ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering know knows knew unclear uncertain "
                   "unsure sure determine determined check checked checking see decide".split())
# Implicative verbs before "to": the polarity they give their complement (Nairn et al. 2006 signatures).
NEGATIVE_IMPLICATIVES = frozenset("fail fails failed failing refuse refuses refused refusing decline declines "
                                  "declined declining neglect neglected neglects forgot forget forgets avoided "
                                  "avoid avoids hesitated".split())
OPEN_BEFORE_TO = frozenset("try tries tried trying attempt attempts attempted attempting plan plans planned "
                           "planning intend intends intended want wants wanted hope hopes hoped seek seeks sought "
                           "aim aims aimed threaten threatens threatened promise promises promised expect expects "
                           "expected propose proposes proposed wish wishes wished".split())
PREVENTING = frozenset("prevented prevent prevents barred stopped kept banned blocked prohibited".split())  # ... from

CLAUSE_BREAKS = frozenset({";", ":", "—", "–"})
CONTRASTS = frozenset({"but", "however", "although", "though", "while", "whereas", "yet"})


def gap_after(text: str, tokens: Sequence[Token], i: int) -> str:
    """The characters between token i and the next one."""
    return text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""


def _clause_end(text: str, tokens: Sequence[Token], start: int, stop_at_comma: bool) -> int:
    """The last token of the clause that begins at ``start``."""
    for i in range(start, len(tokens) - 1):
        gap = gap_after(text, tokens, i)
        nxt = fold(tokens[i + 1].surface)
        if any(c in gap for c in CLAUSE_BREAKS) or (stop_at_comma and "," in gap):
            return i
        if "," in gap and nxt in CONTRASTS:
            return i
    return len(tokens) - 1


def _clause_start(text: str, tokens: Sequence[Token], end: int) -> int:
    for i in range(end, 0, -1):
        gap = gap_after(text, tokens, i - 1)
        if any(c in gap for c in CLAUSE_BREAKS) or fold(tokens[i].surface) in CONTRASTS:
            return i
    return 0


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence as the cue recognisers read it: its tokens, its text and its folded words."""

    tokens: Sequence[Token]
    text: str
    words: list[str]

    def after(self, i: int) -> str:
        return self.words[i + 1] if i + 1 < len(self.words) else ""

    def before(self, i: int, n: int = 3) -> set[str]:
        """The n words before position i."""
        return set(self.words[max(0, i - n) : i])

    def to_clause_end(self, mood: Mood, cue: str, start: int, stop_at_comma: bool = False) -> Scope:
        """The scope of a cue over the clause that begins at ``start``."""
        return Scope(mood, cue, start, _clause_end(self.text, self.tokens, start, stop_at_comma))


def _denied_report(s: _Sentence, i: int) -> Scope | None:
    """"Claims that X have been denied": the denial judges the report it follows."""
    if (s.words[i] in DENIAL_CUES or s.words[i] in DENIAL_OF_REPORTS) and PREDICATING & s.before(i):
        reported = _reported_before(s.words, i)
        if reported is not None:
            return Scope(Mood.DENIED, s.tokens[i].surface, reported, i - 1)
    return None


def _denial(s: _Sentence, i: int) -> Scope | None:
    """"Officials denied that X", "rejected reports that X": the complement is false."""
    w = s.words[i]
    if w in DENIAL_CUES or (w in DENIAL_OF_REPORTS and REPORT_NOUNS & set(s.words[i + 1 : i + 1 + REPORT_REACH])):
        return s.to_clause_end(Mood.DENIED, s.tokens[i].surface, i + 1)
    return None


def _contrary_to(s: _Sentence, i: int) -> Scope | None:
    """"Contrary to early reports, X": false up to the comma."""
    if s.words[i] == "contrary" and s.after(i) == "to":
        return s.to_clause_end(Mood.DENIED, "contrary to", i + 2, stop_at_comma=True)
    return None


def _false_that(s: _Sentence, i: int) -> Scope | None:
    """"It is not true that X", "it was untrue that X", "it is not the case that X": the cue judges the clause
    after it."""
    w = s.words[i]
    if s.after(i) == "that" and (w in FALSITY or (w in ("true", "case") and "not" in s.before(i))):
        return s.to_clause_end(Mood.DENIED, _cue(s.tokens, i), i + 2)
    return None


def _no_truth_to(s: _Sentence, i: int) -> Scope | None:
    """"There is no truth to reports that X", "little truth in the claim that X"."""
    if s.words[i] == "truth" and i >= 1 and s.words[i - 1] in SCANT:
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i - 1].surface} truth", i + 1)
    return None


def _no_evidence_that(s: _Sentence, i: int) -> Scope | None:
    """"No evidence that X", "little proof that X", "no basis for the claim that X": X is left unestablished."""
    if s.words[i] not in EVIDENCE or i < 1 or s.words[i - 1] not in SCANT:
        return None
    that = i + 1
    while that < len(s.words) - 1 and s.words[that] in INTENSIFIERS:  # "no evidence whatsoever that"
        that += 1
    if s.after(i) in OF_A_REPORT:  # "for the claim that", "to reports that"
        that = next((j + 1 for j in range(i + 2, min(i + 4, len(s.words) - 1)) if s.words[j] in REPORT_NOUNS
                     and s.words[j] != "that"), i + 1)
    if that < len(s.words) and s.words[that] == "that":
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i - 1 : that + 1]), that + 1)
    return None


PLAIN_NEGATORS = NEGATORS - LEXICAL_NEGATORS
REPORTING_KINDS = frozenset({"communication", "cognition", "perception"})
"""WordNet's files of the verbs that can take what a clause says as their object: saying, thinking, seeing."""
FACTIVE = frozenset("know knew known knows realise realised realize realized regret regrets regretted forget forgot "
                    "forgotten remember remembered notice noticed".split())
"""Verbs that take what their clause says as true, negated or not ("did not know that X": X is so)."""
REACH = 4  # words: how far before "that" its verb, and before the verb its negator, may stand


def _not_said_that(s: _Sentence, i: int) -> Scope | None:
    """"Found nothing to suggest that X", "did not say that X", "has not shown that X": a verb of saying, thinking
    or seeing, negated, before the clause leaves X unestablished (unless the verb takes X as true: "did not know
    that X")."""
    if s.words[i] != "that":
        return None
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        verb = s.tokens[j]
        if verb.is_negator or verb.number is not None:
            continue
        entry = lexicon.entry_of(verb.surface)
        if (entry is None or entry.kind("v") not in REPORTING_KINDS or s.words[j] in FACTIVE
                or lexicon.verb_share(verb.surface) < 0.5 or (j and s.words[j - 1] in roles.DETERMINERS)):
            continue
        negator = next((k for k in range(j - 1, max(-1, j - 1 - REACH), -1) if s.words[k] in PLAIN_NEGATORS), None)
        if negator is not None:
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[negator : i + 1]), i + 1)
        return None
    return None


def _not_confirmed_that(s: _Sentence, i: int) -> Scope | None:
    """"It has not been confirmed that X"."""
    if s.words[i] in CONFIRMED and "not" in s.before(i) and s.after(i) == "that":
        return s.to_clause_end(Mood.OPEN, _cue(s.tokens, i), i + 2)
    return None


def _unconfirmed(s: _Sentence, i: int) -> bool:
    """"not been confirmed", "not verified", "unproven", "unconfirmed": a participle of confirming, negated."""
    w = s.words[i]
    return (w in CONFIRMED and "not" in s.before(i)) or (w.startswith("un") and w[2:] in CONFIRMED)


def _not_confirmed_before(s: _Sentence, i: int) -> Scope | None:
    """"X, but this has not been confirmed", "X, though this is unproven": what "this" takes up, the clause
    before it, is left open."""
    if _unconfirmed(s, i):
        resumed = next((j for j in range(i - 1, max(-1, i - 6), -1) if s.words[j] in RESUMING), None)
        if resumed:
            return Scope(Mood.OPEN, _cue(s.tokens, i), 0, resumed - 1)
    return None


def _judged_false(s: _Sentence, i: int) -> Scope | None:
    """"X turned out to be wrong", "X were false", "X proved unfounded": the cue judges what went before (not
    "found nothing wrong with it", "a false start": there it judges nothing said before it)."""
    w = s.words[i]
    false = w in FALSITY or (i >= 2 and s.words[i - 1] in ("a", "an") and w in predicates.falsity_words())
    if false and PREDICATING & s.before(i):  # ("is a fabrication", "was a lie": a noun of falsity, widened)
        first = _clause_start(s.text, s.tokens, i)
        end = i - 1 if w in FALSITY else i - 2
        return Scope(Mood.DENIED, " ".join(t.surface for t in s.tokens[end + 1 : i + 1]), first, end)
    return None


def _believed_that(s: _Sentence, i: int) -> Scope | None:
    """"It is believed that X": an impersonal belief, reported, not asserted."""
    if s.words[i] in BELIEVED and s.after(i) == "that" and {"is", "was", "are", "were", "been"} & s.before(i):
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} that", i + 2)
    return None


CONTENT_KINDS = frozenset({"communication", "cognition", "feeling"})
"""WordNet's files of the nouns whose "that" clause says what they hold: a claim, an idea, a fear."""
VOUCHED_CONTENT = frozenset("fact facts news truth statement statements announcement evidence proof confirmation "
                            "sign signs indication indications knowledge recognition finding findings revelation "
                            "discovery realisation realization admission acknowledgement acknowledgment conclusion "
                            "observation point sense letter article message reminder".split())
"""Nouns whose content the sentence takes as so ("the fact that X", "news that X", "confirmation that X"), or
which say where someone said it ("a statement that X", as "said that X")."""


def _reported_content(s: _Sentence, i: int) -> Scope | None:
    """"Claims that X", "amid reports that X", "the idea that X", "fears that X": the clause is what a claim,
    a report, an idea or a fear holds, not what the sentence asserts. Not after a verb of saying ("said in an
    interview that X" says X), nor a relative "that" ("the report that was published")."""
    if s.words[i] != "that" or i < 1 or i + 1 >= len(s.words):
        return None
    noun = s.tokens[i - 1]
    if noun.number is not None or (noun.capitalised and i > 1) or s.words[i - 1] in VOUCHED_CONTENT:
        return None
    entry = lexicon.entry_of(noun.surface)
    if (entry is None or entry.kind("n") not in CONTENT_KINDS or not entry.tags.get("n")
            or not _noun_here(s, i - 1)):
        return None  # (a noun, or the plural of one: "reports", which the tokenizer counts as a reporting word)
    nxt = s.tokens[i + 1]
    if s.words[i + 1] in roles.AUXILIARIES or nxt.is_negator or roles.is_verb(s.tokens, i + 1):
        return None  # a relative clause
    for j in range(max(0, i - 6), i - 2):
        said = lexicon.entry_of(s.tokens[j].surface)
        if (said is not None and said.kind("v") == "communication" and ADJUNCT_PREPOSITIONS & set(s.words[j + 1 : i - 1])
                and (said.word != s.words[j] or lexicon.verb_share(s.tokens[j].surface) >= 0.5)):
            return None  # "said in an interview that X": where it was said
    return s.to_clause_end(Mood.OPEN, f"{noun.surface} that", i + 1)


def _noun_here(s: _Sentence, i: int) -> bool:
    """Whether the word at i is a noun here: first in the sentence, or after a determiner, a preposition, a
    copula, an adjective or a verb ("amid reports", "there were claims", "unconfirmed claims", "called claims");
    after a noun, a name or a pronoun it is the verb ("Russia claims that", "we find that")."""
    if i == 0:
        return True
    before, word = s.tokens[i - 1], s.words[i - 1]
    if "it" in s.words[max(0, i - 4) : i - 1]:
        return False  # a cleft: "it is with respect that I say"
    if not before.is_content:  # ("there were reports"; not "has claims", "we find", "don't feel")
        return word not in PRONOUNS and not word.endswith("n't") and (
            word not in roles.AUXILIARIES or word in roles.COPULAS)
    entry = lexicon.lookup(word)
    inflected = entry is not None and entry.word != word and word.endswith("ed")  # ("rubbished": "rubbish")
    return not before.capitalised and (inflected or not lexicon.mostly(before.surface, "n"))  # ("called claims")


ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "on", "during", "via", "through", "with"})
PRONOUNS = frozenset("i you he she it we they who which one".split())


def _judged_by_predicate(s: _Sentence, i: int) -> Scope | None:
    """"It is likely that X", "it is a myth that X", "it would be wrong to suggest that X": the predicate's
    judgement of X (``predicates``)."""
    found = predicates.judged(s.words, i)
    if found is None:
        return None
    mood = Mood.DENIED if found.judgement is predicates.Judgement.FALSE else Mood.OPEN
    cue = " ".join(t.surface for t in s.tokens[found.predicate : i + 1])
    return s.to_clause_end(mood, cue, i + 1)


def _implicative(s: _Sentence, i: int) -> Scope | None:
    """"Failed to X", "refused to X" (its complement denied); "prevented from X"; "tried to X", "planned to X"
    (left open)."""
    w, nxt = s.words[i], s.after(i)
    if w in NEGATIVE_IMPLICATIVES and nxt == "to":
        if i + 3 < len(s.words) and s.words[i + 3] in ("that", "whether", "if"):
            # "declined to say whether X", "refused to confirm that X": it denies the telling; X is left open
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : i + 4]), i + 4)
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} to", i + 2, stop_at_comma=True)
    if w in PREVENTING and nxt == "from":
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} from", i + 2, stop_at_comma=True)
    if w in OPEN_BEFORE_TO and nxt == "to":
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} to", i + 2, stop_at_comma=True)
    return None


BELIEF_VERBS = frozenset("believe think suspect fear hope assume suppose presume guess imagine doubt reckon expect "
                         "speculate allege".split())
"""Verbs of holding a belief, a fear or a hope, and of alleging, which take their clause as no more than that:
Kiparsky & Kiparsky's non-factives."""


def _belief(s: _Sentence, i: int) -> Scope | None:
    """"Officials fear that X", "many believe X", "critics allege that X": a belief or an allegation, not an
    assertion (unless the claim says so too: its own cue)."""
    entry = lexicon.entry_of(s.tokens[i].surface)
    if entry is None or entry.word not in BELIEF_VERBS or not _verb_here(s, i):
        return None
    start = i + 2 if s.after(i) == "that" else i + 1
    if start >= len(s.words) or "," in gap_after(s.text, s.tokens, i) or (
            start == i + 1 and not _clause_starts(s, start)):
        return None  # "they fear the worst": an object, not a clause
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i:start]), start)


def _belief_of(word: str) -> str | None:
    """The belief verb a word is a form of, or None."""
    entry = lexicon.entry_of(word)
    return entry.word if entry is not None and entry.word in BELIEF_VERBS else None


def _forms(verb: str) -> frozenset[str]:
    """A verb's forms, as the trigger table spells them ("believe", "believes", "believed", "believing")."""
    return frozenset({verb + end for end in ("", "s", "d", "ed", "ing")} | {verb[:-1] + "ing"}
                     | ({"thought"} if verb == "think" else set()))


def _verb_here(s: _Sentence, i: int) -> bool:
    """Whether the word at i is the verb here: after its subject (a noun, a name, a pronoun), an auxiliary or an
    adverb, not after a determiner ("the fear that")."""
    if i == 0:
        return False
    before, word = s.tokens[i - 1], s.words[i - 1]
    if word in QUANTIFIERS:
        return True  # "many believe", "some fear"
    if word in roles.COPULAS or (i >= 2 and s.words[i - 2] in roles.COPULAS and before.surface.endswith("ly")):
        return False  # a passive ("had been falsely assumed to"): "it is believed that" is read apart
    if word in roles.DETERMINERS or word in PRONOUNS or word in roles.AUXILIARIES or word.endswith("n't"):
        return word not in roles.DETERMINERS
    return before.is_content and (before.capitalised or not lexicon.mostly(before.surface, "a"))


def _clause_starts(s: _Sentence, i: int) -> bool:
    """Whether a clause with its own verb begins at i ("many believe the school was evacuated")."""
    if s.words[i] == "to":
        return False
    for j in range(i + 1, min(i + 5, len(s.words))):
        if s.words[j] in SUBORDINATORS or any(c in gap_after(s.text, s.tokens, j - 1) for c in ",;:"):
            return False  # "assumed the post when she returned": the verb is another clause's
        if s.words[j] in roles.AUXILIARIES or roles.is_verb(s.tokens, j):
            return True
    return False


SUBORDINATORS = frozenset("when while after before because since until as which who whom whose where if".split())


QUANTIFIERS = frozenset("many some few several most others".split())
BELIEF_FORMS = frozenset().union(*(_forms(v) for v in BELIEF_VERBS))
"""The forms of the belief verbs, for the trigger table."""

CONDITIONS = {("provided",): 1, ("providing",): 1, ("assuming",): 1, ("supposing",): 1, ("as", "long", "as"): 3,
              ("so", "long", "as"): 3, ("in", "case"): 2, ("on", "condition", "that"): 3}
"""The subordinators of a condition other than "if" and "unless" (Quirk et al. 1985, 15.33), with their length."""


def _condition(s: _Sentence, i: int) -> Scope | None:
    """"Provided (that) X, Y", "as long as X", "in case X": a condition, open up to its comma, as "if" is. At the
    sentence's start or after a comma only ("as long as 10 years" measures; "in case of" names no clause)."""
    if i > 0 and "," not in gap_after(s.text, s.tokens, i - 1):
        return None
    for words, length in CONDITIONS.items():
        if tuple(s.words[i : i + length]) == words:
            start = i + length + (1 if i + length < len(s.words) and s.words[i + length] == "that" else 0)
            if start < len(s.words) and s.tokens[start].number is None and s.words[start] != "of":
                return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i:start]), start,
                                       stop_at_comma=True)
    return None


def _asking(token: Token) -> bool:
    """Whether a word is a verb or adjective of asking or knowing, in any form ("known if", "asking if")."""
    if fold(token.surface) in ASKING:
        return True
    entry = lexicon.base_entry(token.surface)
    return entry is not None and entry.word in ASKING


def _open_cue(s: _Sentence, i: int) -> Scope | None:
    """"Whether X", "it is unclear if X", "X may", "rumours that X": open to the clause's end. A plain "if"
    sets a condition that ends at a comma; after a verb of asking or knowing ("wondered if", "nobody could say
    if") or a copula ("the question is if") it asks, like "whether"."""
    w, words = s.words[i], s.words
    if w not in OPEN_CUES:
        return None
    asked = w == "if" and i >= 1 and (_asking(s.tokens[i - 1]) or words[i - 1] in roles.COPULAS or (
        words[i - 1] == "say" and i >= 2 and words[i - 2] in ("could", "can", "cannot", "would")))
    former = _contrasting_times(words, i) if w == "if" and not asked else None
    if former is not None:  # it asserts the past, which only a claim of the past may take
        return s.to_clause_end(Mood.OPEN, former, i + 1, stop_at_comma=True)
    return s.to_clause_end(Mood.OPEN, s.tokens[i].surface, i + 1, stop_at_comma=w in ("if", "unless") and not asked)


FORMERLY = frozenset("previously earlier formerly once before".split())
NOWADAYS = frozenset("now today currently nowadays".split())


def _inverted_condition(s: _Sentence, i: int) -> Scope | None:
    """"Should it turn out that X, Y", "Were it true that X, Y", "Had the barrier failed, Y": a sentence that
    opens with an auxiliary before its subject, and asks nothing, sets a condition, as "if" does."""
    if i == 0 and s.words[0] in INVERTING and len(s.words) > 1 and s.words[1] in SUBJECT_STARTS and not (
            s.text.rstrip().rstrip("\"”’')").endswith("?")):
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[0].surface} {s.tokens[1].surface}", 1, stop_at_comma=True)
    return None


INVERTING = frozenset({"should", "were", "had"})
SUBJECT_STARTS = frozenset("it he she they we i you this that the a an any these those".split())


def _contrasting_times(words: list[str], i: int) -> str | None:
    """"If previously X, now Y" (whereas X was so, Y is now): an "if" that sets no condition but contrasts a past
    with the present. It asserts X of the past only: the word that says so ("previously"), or None."""
    former = next((w for w in words[i + 1 : i + 3] if w in FORMERLY), None)
    return former if former is not None and NOWADAYS & set(words[i + 3 :]) else None


RECOGNISERS: tuple[Callable[[_Sentence, int], Scope | None], ...] = (
    _denied_report, _denial, _contrary_to, _false_that, _no_truth_to, _no_evidence_that, _not_confirmed_that,
    _not_confirmed_before, _judged_false, _believed_that, _judged_by_predicate, _implicative, _open_cue,
    _inverted_condition, _condition, _belief, _not_said_that, _reported_content,
)
"""The cue recognisers, asked in this order at each word; the first that finds a cue there gives its scope."""
READ_BACK = (_judged_by_predicate, _not_said_that, _reported_content)
"""Recognisers that, at "that", read the words before it, which an earlier cue may have read already."""
TRIGGERS = (DENIAL_CUES | DENIAL_OF_REPORTS | FALSITY | EVIDENCE | CONFIRMED | BELIEVED | NEGATIVE_IMPLICATIVES
            | PREVENTING | OPEN_BEFORE_TO | OPEN_CUES | INVERTING | {"contrary", "true", "case", "truth", "that"}
            | {words[0] for words in CONDITIONS} | BELIEF_FORMS)
"""The words at which some recogniser may find a cue: at any other, none is asked."""


def scopes(tokens: Sequence[Token], text: str, of_claim: bool = False) -> list[Scope]:
    """Every stretch of the sentence under a denial or an open cue. A claim (``of_claim``) that tells of a report
    ("despite his insistence that X") asserts the report: it is not open for that."""
    sentence = _Sentence(tokens, text, [fold(t.surface) for t in tokens])
    out: list[Scope] = []
    read_back: list[Scope] = []
    recognisers = [r for r in RECOGNISERS if not (of_claim and r is _reported_content)]
    for i, w in enumerate(sentence.words):
        if (w not in TRIGGERS and not (w.startswith("un") and w[2:] in CONFIRMED)
                and w not in predicates.falsity_words()) or (w == "may" and tokens[i].surface[0].isupper()):
            continue  # (not "May", the month)
        for recognise in recognisers:
            found = recognise(sentence, i)
            if found is not None:
                (read_back if recognise in READ_BACK else out).append(found)
                break
    # ("not been confirmed that X", "not true that X", "claims that X have been denied": another cue reads the
    # clause already)
    out += [r for r in read_back if not any(_reads_it_already(o, r) for o in out)]
    if text.rstrip().rstrip("\"”’')").endswith("?") and tokens:
        out.append(Scope(Mood.OPEN, "a question", 0, len(tokens) - 1))
    trailing = _trailing_hedge(tokens, text, sentence.words)
    if trailing is not None:
        out.append(trailing)
    return out


def _reads_it_already(cue: Scope, later: Scope) -> bool:
    """Whether a cue found at its own word already reads the clause a cue found at "that" reads: it holds it,
    starts where it starts, or denies the report it overlaps ("claims that X have been denied")."""
    overlap = later.first <= cue.last and cue.first <= later.last
    return (cue.first <= later.first and later.last <= cue.last) or cue.first == later.first or (
        overlap and cue.mood is Mood.DENIED)


def _reported_before(words: list[str], i: int) -> int | None:
    """Where a report ("claims that", "reports that") opens the clause before position i, or None."""
    for j in range(i - 1, 0, -1):
        if words[j] == "that" and words[j - 1] in REPORT_NOUNS:
            return j + 1
    return None


def _trailing_hedge(tokens: Sequence[Token], text: str, words: list[str]) -> Scope | None:
    """A phrase after the sentence's last comma that leaves what comes before it open: "X, according to
    unconfirmed reports", "X, if the reports are true"."""
    at = text.rfind(",")
    if at < 0:
        return None
    comma = max((i for i, t in enumerate(tokens) if t.end <= at), default=None)  # the last word before it
    if comma is None or comma + 1 >= len(tokens):
        return None
    tail = words[comma + 1 :]
    if tail[:2] == ["according", "to"] and (cue := next((w for w in tail[:6] if w in OPEN_CUES), None)):
        return Scope(Mood.OPEN, f"according to {cue}", 0, comma)
    if tail[:1] == ["if"] and EPISTEMIC & set(tail[:6]):
        return Scope(Mood.OPEN, "if " + " ".join(tail[1:6]), 0, comma)
    return None


def _cue(tokens: Sequence[Token], i: int) -> str:
    """The words of a cue that ends at i, as the sentence writes them ("not true", "not been confirmed")."""
    start = max((j for j in range(max(0, i - 3), i) if fold(tokens[j].surface) == "not"), default=i)
    return " ".join(t.surface for t in tokens[start : i + 1])


@dataclass(frozen=True, slots=True)
class Stance:
    """How a sentence puts the words of a claim it holds."""

    mood: Mood
    cue: str  # the word(s) that make it so ("" when asserted)


def stance_of(found_scopes: Sequence[Scope], positions: Sequence[int], own_cues: frozenset[str],
              verbs: Sequence[int] = ()) -> Stance:
    """How a sentence, with these ``scopes(...)``, puts the claim words found at ``positions`` (``verbs``:
    where the claim's main verb stands).

    A cue governs the claim when its scope holds the claim's main verb, or most of the claim's words ("The
    school may have been evacuated": the subject stands before "may", the verb after it). A condition on a
    later verb ("offered citizenship if they sign") leaves the main assertion standing.

    The claim's own cues (``own_cues``: folded words such as "denied" or "may" that the claim itself uses)
    do not count: "Officials denied that ..." supports a claim that officials denied it.
    A denial outranks an open cue: "denied reports that X may" is still a denial.
    """
    if not positions:
        return Stance(Mood.ASSERTED, "")
    found: list[Scope] = []
    for scope in found_scopes:
        first = fold(scope.cue.split()[0])
        if first in own_cues or stem(first) in own_cues or scope.cue == "a question" and "?" in own_cues:
            continue
        inside = sum(scope.covers(p) for p in positions)
        if inside * 2 > len(positions) or any(scope.covers(v) for v in verbs):
            found.append(scope)
    for mood in (Mood.DENIED, Mood.OPEN):
        for scope in found:
            if scope.mood is mood:
                return Stance(mood, scope.cue)
    return Stance(Mood.ASSERTED, "")


QUESTIONING = frozenset("whether if ask asks asked asking wonder wonders wondered wondering".split())
SPECULATING = frozenset("rumour rumours rumor rumors rumoured rumored speculation speculated speculate speculates "
                        "allegedly alleged supposedly hypothetically".split())


def cue_kind(cue: str) -> str:
    """What a cue leaves open: an attempt or intention ("tried to"), a possibility ("may"), a question
    ("whether", "asked"), a report of speculation ("rumours"), or a doubt ("unclear", "not been confirmed").
    A claim that is itself open is matched by a passage open in the same way, in other words ("try to" /
    "attempting to"), not by one open in another ("wondered if" / "it is unclear whether")."""
    words = cue.split()
    first = fold(words[0]) if words else ""
    if len(words) == 2 and fold(words[1]) == "to" and first in OPEN_BEFORE_TO:
        return "attempt"
    if first in MODALS:
        return "possibility"
    if first in QUESTIONING or cue == "a question":
        return "question"
    if first in SPECULATING:
        return "speculation"
    return "doubt"


def claim_cues(tokens: Sequence[Token], text: str) -> frozenset[str]:
    """The cue words a claim itself uses (so a passage using the same ones is not hedging or denying)."""
    words = {fold(t.surface) for t in tokens}
    # A claim that says "could be" is matched by a passage that says "might".
    out = set(MODALS if words & MODALS else ()) | words & (DENIAL_CUES | DENIAL_OF_REPORTS | FALSITY | OPEN_CUES
                                                           | NEGATIVE_IMPLICATIVES | OPEN_BEFORE_TO | PREVENTING)
    out |= {w for w in words if predicates.kind_of(w)}  # "it is likely that": the claim's own judgement
    out |= {fold(a.surface) for a, b in zip(tokens, tokens[1:]) if fold(b.surface) == "that"}  # "reports that"
    for belief in {b for t in tokens if t.is_content and (b := _belief_of(t.surface)) is not None}:
        out |= _forms(belief)  # "many believe X" in the claim, "most believed X" in the passage
    used_to = any(fold(a.surface) == "used" and fold(b.surface) == "to" for a, b in zip(tokens, tokens[1:]))
    if words & FORMERLY or used_to:
        out |= FORMERLY  # a claim of the past ("used to", "was once") is what "if previously ..., now" asserts
    out |= {stem(w) for w in out}  # "tries to" in the claim, "try to" in the passage
    if text.rstrip().endswith("?"):
        out.add("?")
    return frozenset(out)
