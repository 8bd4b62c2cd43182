"""Hedges, questions and conditions: the sentence leaves the proposition open.

"It is unclear whether X", "X may", "X could be the case", "rumours that X", "no evidence that X", "it has not been
confirmed that X", "X, but this has not been confirmed", "it is believed that X", "if X", "provided X", "should X, ...",
"Pending confirmation, X". What follows the sentence's last comma is ``trailing``'s.
"""

from __future__ import annotations

from .. import lexicon
from . import predicates, roles
from .cues import (SAYING_OR_THINKING, SCANT, CueSentence, Mood, Scope, before_adjunct, clause_start, cue_words,
                   cut_before, gap_after, opened_clause, past_aside, telling_verb, that_after_adjunct)
from .denials import REPORT_NOUNS
from .reports import QUANTIFIERS, clause_starts

# Cues that leave their complement or clause open: hedges, questions, conditions, reports of speculation.
OPEN_CUES = frozenset("whether if unless unclear uncertain unknown unconfirmed unverified unsubstantiated "
                      "doubtful questionable debatable "
                      "may might perhaps maybe possibly possible potentially allegedly alleged "
                      "rumour rumours rumor rumors rumoured rumored speculation speculated speculate speculates "
                      "supposedly hypothetically wonder wondered wonders asked asks ask".split())
HEARSAY_ADVERBS = frozenset({"allegedly", "supposedly", "seemingly", "reportedly"})
"""Sentence adverbs that tell what is said or seems, not what is so."""
HEARSAY = HEARSAY_ADVERBS | frozenset({"purportedly", "apparently", "ostensibly"})
"""HEARSAY_ADVERBS and WordNet's synonyms of each (supposedly: purportedly; seemingly: apparently, ostensibly), as
``tests/matching/test_hedges.py`` checks: open cues, and cues of speculation (``polarity.cue_kind``)."""
OPEN_CUES |= HEARSAY


MODALS = frozenset("may might could perhaps maybe possibly possible potentially".split())


# Nouns of evidence: "no evidence that X", "little proof that X" leave X unestablished.
EVIDENCE = frozenset("evidence proof indication sign signs confirmation basis grounds".split())


OF_A_REPORT = frozenset({"for", "to", "of", "behind", "in"})  # "no basis for the claim that"


INTENSIFIERS = frozenset({"whatsoever", "whatever", "at", "all"})  # "no evidence at all that"


# Participles that, negated after "this" or "which", leave the clause before open ("X, but this has not been
# confirmed").
CONFIRMED = frozenset("confirmed verified substantiated corroborated proven proved replicated reproduced".split())


RESUMING = frozenset({"this", "that", "it", "which", "nothing", "none"})


# Participles of an impersonal belief: "it is believed that X" reports a belief, it does not assert X.
BELIEVED = frozenset("believed thought suspected feared assumed presumed said claimed alleged suggested rumoured "
                     "rumored reported expected estimated predicted speculated argued hoped".split())


# What a trailing "if ..." may say of the clause before it: "X, if the reports are true".
OF_TRUTH = frozenset("true confirmed accurate correct verified".split())


# Verbs and adjectives of asking and knowing: after them "if" asks ("wondered if X", "unsure if X") like
# "whether", and its question runs to the clause's end; elsewhere "if" sets a condition that ends at a comma.
ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering know knows knew unclear uncertain "
                   "unsure sure determine determined check checked checking see decide".split())


def no_evidence_that(s: CueSentence, i: int) -> Scope | None:
    """"No evidence that X", "little proof that X", "no basis for the claim that X", "claimed, without offering
    proof, that X", "not a shred of evidence that X", "no sign of X", "no evidence X" (a clause with no "that"): X is
    left unestablished."""
    if s.words[i] not in EVIDENCE or i < 1:
        return None
    scant = i - 1 if s.words[i - 1] in SCANT else i - 2 if i >= 2 and s.words[i - 2] in SCANT and lexicon.mostly(
        s.tokens[i - 1].surface, "a") else next(  # ("no independent confirmation that X")
        (j for j in range(i - 1, max(-1, i - 1 - WITHOUT_REACH), -1)
         if s.words[j] in NEGATING_EVIDENCE or s.words[j].endswith("n't")), None)
    if scant is None:
        return None
    that = i + 1
    while that < len(s.words) - 1 and s.words[that] in INTENSIFIERS:  # "no evidence whatsoever that"
        that += 1
    if s.after(i) in OF_A_REPORT:  # "for the claim that", "to reports that"
        that = next((j + 1 for j in range(i + 2, min(i + 4, len(s.words) - 1)) if s.words[j] in REPORT_NOUNS
                     and s.words[j] != "that"), i + 1)
    if that < len(s.words) and s.words[that] == "that":
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[scant : that + 1]), that + 1)
    if that == i + 1 and that + 1 < len(s.words) and s.words[that] == "of":
        # "no sign of fuel leaking from the ship", "no evidence of wrongdoing": what it would show, as a phrase
        return s.to_phrase_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[scant : that + 1]), that + 1)
    if (that == i + 1 < len(s.words) and s.words[scant] in SCANT and s.words[that] not in roles.PREPOSITIONS
            and not gap_after(s.text, s.tokens, i).strip() and clause_starts(s, that)):
        # ("no evidence it had been caused by climate change")
        return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[scant:that]), that)
    return None


def awaiting_confirmation(s: CueSentence, i: int) -> Scope | None:
    """"Pending confirmation, X", "Subject to confirmation, X", "Awaiting official confirmation, X": an opening
    phrase that puts the sentence under a confirmation still to come leaves what follows open."""
    if s.words[i] not in CONFIRMATIONS or i > OPENER_WORDS or "," not in gap_after(s.text, s.tokens, i) or not any(
            t.is_content for t in s.tokens[:i]) or any(t.is_negator for t in s.tokens[:i]):
        return None
    if any(roles.is_verb(s.tokens, j) and not s.words[j].endswith("ing") for j in range(i)):
        return None  # (a clause of its own before the comma: "Officials gave no proof, ...")
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[: i + 1]), i + 1)


OPENER_WORDS = 3  # words of such an opening phrase before its noun ("Awaiting official independent confirmation")
CONFIRMATIONS = frozenset({"confirmation", "verification", "corroboration"})
"""The nouns of confirming (not "evidence" or "proof": "On the evidence, X", "Given the proof, X" assert X)."""


WITHOUT_REACH = 4  # words from "without" or "not" to the noun of evidence ("without offering any proof", "not a
# shred of evidence", "did not find evidence")
NEGATING_EVIDENCE = frozenset({"without", "not", "never"})  # and the contracted ones ("didn't find evidence")


def not_confirmed_that(s: CueSentence, i: int) -> Scope | None:
    """"It has not been confirmed that X"."""
    if s.words[i] in CONFIRMED and "not" in s.before(i) and s.after(i) == "that":
        return s.to_clause_end(Mood.OPEN, cue_words(s.tokens, i), i + 2)
    return None


def _unconfirmed(s: CueSentence, i: int) -> bool:
    """"not been confirmed", "not verified", "unproven", "unconfirmed": a participle of confirming, negated."""
    w = s.words[i]
    return (w in CONFIRMED and bool({"not", "never", "nothing", "none"} & s.before(i))) or (
        w.startswith("un") and w[2:] in CONFIRMED)


def judged_report(s: CueSentence, i: int) -> Scope | None:
    """"The evidence that X remains inconclusive", "claims that X are unproven", "earlier suggestions that X could
    not be replicated": a report or a piece of evidence, judged after its clause by a predicate that leaves it
    open (an epistemic one, a veridical one negated by its prefix) or by a confirming participle negated."""
    w = s.words[i]
    kinds = predicates.kind_of(w)
    open_ = "epistemic" in kinds or (not kinds and w[:2] in ("un", "in") and "veridical" in predicates.kind_of(w[2:]))
    if not (open_ and JUDGING & s.before(i)) and not (w in CONFIRMED and _unconfirmed(s, i)):
        return None
    reported = next((j + 1 for j in range(i - 2, 0, -1) if s.words[j] == "that"
                     and s.words[j - 1] in REPORT_NOUNS | EVIDENCE | SUGGESTIONS), None)
    if reported is None:
        return None
    cue_from = next((j for j in range(i - 1, reported - 1, -1) if s.words[j] in JUDGING | {"not", "never"}
                     or s.words[j].endswith("n't")), i)
    return Scope(Mood.OPEN, " ".join(t.surface for t in s.tokens[cue_from : i + 1]), reported, cue_from - 1)


SUGGESTIONS = frozenset({"suggestions", "suggestion", "findings", "finding", "hypothesis", "theory", "notion"})
"""Nouns of what was put forward, beside ``denials.REPORT_NOUNS``: "earlier suggestions that X could not be
replicated"."""
JUDGING = frozenset("is are was were remains remained remain seems seemed appears appeared be been".split())
"""The copulas by which a predicate is said of a report before it ("the evidence that X remains inconclusive")."""


def not_confirmed_before(s: CueSentence, i: int) -> Scope | None:
    """"X, but this has not been confirmed", "X, though this is unproven": what "this" takes up, the clause
    before it, is left open; and "This could not be independently verified, but X": what it points forward to, the
    clause after the contrast."""
    if not _unconfirmed(s, i):
        return None
    resumed = next((j for j in range(i - 1, max(-1, i - 6), -1) if s.words[j] in RESUMING), None)
    if resumed is not None and not JUDGING & set(s.words[resumed + 1 : i]):
        return None  # (the pronoun is the one that confirms, not what is confirmed: "the council said it had not yet
        # confirmed whether X")
    if resumed is not None and resumed > 0:
        return Scope(Mood.OPEN, cue_words(s.tokens, i), 0, resumed - 1)
    if resumed == 0 and s.words[0] in ("this", "it"):  # (it opens the sentence: what it takes up comes after)
        contrast = next((j for j in range(i + 1, min(len(s.words), i + 1 + FORWARD_REACH))
                         if s.words[j] in ("but", "however", "yet")), None)
        if contrast is not None and contrast + 1 < len(s.words):
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[: contrast + 1]), contrast + 1)
    return None


RELATIVE_OPENERS = frozenset({"that", "which", "who"})
RELATIVE_REACH = 6  # words from a relative clause's opener to its negated participle ("that could not be confirmed")


def unconfirmed_teller(s: CueSentence, i: int) -> Scope | None:
    """"An account that could not be independently confirmed said X", "footage which has not been verified shows
    X": a teller qualified by a relative clause that says it is unconfirmed tells X unconfirmed."""
    if not _unconfirmed(s, i):
        return None
    opener = next((j for j in range(i - 1, max(-1, i - RELATIVE_REACH), -1) if s.words[j] in RELATIVE_OPENERS), None)
    telling = _telling_after(s, i)
    if opener is None or opener == 0 or telling is None or s.words[opener - 1] in roles.AUXILIARIES | roles.DETERMINERS:
        return None  # (the clause qualifies a noun: "report" is a function word to the tokenizer, so not is_content)
    start = telling + 1 + (telling + 1 < len(s.words) and s.words[telling + 1] == "that")
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[opener - 1 : telling + 1]), start)


def _telling_after(s: CueSentence, i: int) -> int | None:
    """Where a verb of saying, thinking or seeing follows the participle at i at once (past adverbs): the verb the
    phrase the participle ends is the subject of ("that could not be confirmed said")."""
    j = i + 1
    while j < len(s.words) and lexicon.ly_adverb(s.words[j]):
        j += 1
    if j >= len(s.words) or lexicon.verb_share(s.tokens[j].surface) < 0.5:  # (not roles.is_verb: "said" is a
        return None  # function word to the tokenizer)
    return j if telling_verb(s.tokens[j].surface) else None


FORWARD_REACH = 3  # words between the participle and the contrast that opens what "this" points to ("verified, but")


def believed_that(s: CueSentence, i: int) -> Scope | None:
    """"It is believed that X", "it is said that X", "it has been claimed, without evidence, that X", "it is feared
    X": an
    impersonal belief or report, whose holder the sentence does not name, is hearsay, not an assertion."""
    if s.words[i] not in BELIEVED or _impersonal_be(s, i, 2) is None:
        return None
    after = past_aside(s, i, BELIEVED_ASIDE_REACH)  # an aside: ", without evidence,"
    that = i + 1 if after is None else after + 1
    if after == i and that < len(s.words) and s.words[that] != "that":
        that = that_after_adjunct(s, i) or that  # "it cannot be said with certainty that X"
    if that + 2 < len(s.words) and s.words[that] == "by" and s.words[that + 1] in QUANTIFIERS and (
            s.words[that + 2] == "that"):
        that += 2  # "it is believed by some that X": by an unnamed some, hearsay all the same
    if that < len(s.words) and s.words[that] == "that":
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} that", that + 1)
    if that < len(s.words) and clause_starts(s, that):  # "it is feared X", with no "that"
        return s.to_clause_end(Mood.OPEN, s.tokens[i].surface, that)
    return None


VOUCHED_PARTICIPLES = frozenset("known noted shown demonstrated found revealed established acknowledged recognised "
                                "recognized realised realized discovered documented remembered learned learnt "
                                "emphasised emphasized stressed".split()) | CONFIRMED
"""Participles of verbs that take their clause as so (Kiparsky & Kiparsky's factives, Hooper's semifactives):
"it is known that X", "it should be noted that X" assert X."""


BELIEVED_ASIDE_REACH = 7  # words an aside after the participle may run to ("claimed, without evidence, that")


def impersonal_that(s: CueSentence, i: int) -> Scope | None:
    """"It is understood that X", "it was decided that X", "it has been announced that X": at "that", an
    impersonal passive of any verb of saying or thinking (WordNet's files) reports what nobody named holds, as
    "it is believed that X" does; unless the verb takes X as so ("it is known that X")."""
    if s.words[i] != "that" or i < 3:
        return None
    at = i - 1
    if not s.words[at].endswith(("ed", "ood", "wn")):
        at = before_adjunct(s, i)  # ("it was whispered in the corridors that X")
    participle = s.words[at]
    if participle in BELIEVED or participle in VOUCHED_PARTICIPLES or not participle.endswith(("ed", "ood", "wn")):
        return None
    be = _impersonal_be(s, at, 3)
    if be is None:
        return None
    entry = lexicon.base_entry(s.tokens[at].surface)
    if entry is None or entry.kind("v") not in SAYING_OR_THINKING or entry.word == participle:
        return None
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[be : i + 1]), i + 1)


BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be"})


def _impersonal_be(s: CueSentence, at: int, reach: int) -> int | None:
    """Where the "be" of an impersonal passive stands before the participle at ``at``, within ``reach`` words and
    with only adverbs between ("it is widely believed", "it is now understood"), after an "it"; None otherwise
    ("it is clear, officials said, that": "said" has a subject of its own). Shared by ``believed_that`` and
    ``impersonal_that``, which read the same passive of different verbs."""
    be = next((j for j in range(at - 1, max(-1, at - 1 - reach), -1) if s.words[j] in BE_FORMS | IT_IS), None)
    if be is None or ("it" not in s.words[max(0, be - 3) : be] and s.words[be] not in IT_IS) or not all(
            lexicon.ly_adverb(w) or lexicon.mostly(w, "r") or w == "being" for w in s.words[be + 1 : at]):
        return None
    return be


IT_IS = frozenset({"it's", "it’s"})  # the tokenizer keeps a contraction whole: "it's being said that X"


CONDITIONS = (("provided",), ("providing",), ("assuming",), ("supposing",), ("as", "long", "as"), ("so", "long", "as"),
              ("in", "case"), ("in", "the", "event"), ("on", "condition", "that"))
"""The subordinators of a condition other than "if" and "unless" (Quirk et al. 1985, 15.33)."""
CONDITION_KEYS = frozenset({"provided", "providing", "assuming", "supposing", "long", "case", "event", "condition"})
"""The word of each at which it is looked for (not "as", "in", "on": too common to ask at)."""


def condition(s: CueSentence, i: int) -> Scope | None:
    """"Provided (that) X, Y", "as long as X", "in case X": a condition, open up to its comma, as "if" is. At the
    sentence's start or after a comma only ("as long as 10 years" measures; "in case of", "in the event of" name no
    clause)."""
    if s.words[i] not in CONDITION_KEYS:
        return None
    for words in CONDITIONS:
        if s.words[i] not in words:
            continue
        first = i - words.index(s.words[i])
        end = first + len(words)
        if first < 0 or tuple(s.words[first:end]) != words or (
                first > 0 and "," not in gap_after(s.text, s.tokens, first - 1)):
            continue
        start = end + (1 if end < len(s.words) and s.words[end] == "that" else 0)
        if start < len(s.words) and s.tokens[start].number is None and s.words[start] != "of":
            cue = " ".join(t.surface for t in s.tokens[first:start])
            if first == 0:
                return s.to_main_clause(Mood.OPEN, cue, start)
            return s.to_clause_end(Mood.OPEN, cue, start, stop_at_comma=True)
    return None


def _asking(s: CueSentence, i: int) -> bool:
    """Whether the word at i is a verb or adjective of asking or knowing, in any form ("known if", "asking if"), a
    verb of thinking or seeing ("checked if", "examine if": WordNet's files), or a verb with "out" ("find out if",
    "work out if")."""
    token = s.tokens[i]
    if s.words[i] == "out" and i >= 1 and roles.is_verb(s.tokens, i - 1):
        return True
    if s.words[i] in ASKING:
        return True
    entry = lexicon.base_entry(token.surface)
    if entry is not None and entry.word in ASKING:
        return True
    entry = entry or lexicon.entry_of(token.surface)
    return entry is not None and entry.kind("v") in ASKING_KINDS and roles.is_verb(s.tokens, i)


ASKING_KINDS = frozenset({"cognition", "perception"})
"""WordNet's files of the verbs after which "if" asks, as "whether" would ("checked if", "to see if", "to learn if")."""


TRUTH_MODALS = frozenset({"may", "might", "could"})
MODAL_ADVERBS = frozenset({"well", "also", "just", "yet", "even"})  # "may well be true", "could also be the case"


def truth_in_doubt(s: CueSentence, i: int) -> Scope | None:
    """"X could be the case", "That X may well be true": a modal over a predicate of truth judges the clause
    before it, and leaves it open back to that clause's start (whatever verb of saying opens it: "Experts warned
    that X could be the case")."""
    if s.words[i] not in TRUTH_MODALS or i == 0:
        return None
    j = i + 1
    while j < len(s.words) and (s.words[j] in MODAL_ADVERBS or lexicon.mostly_ly_adverb(s.tokens[j].surface)):
        j += 1
    after = s.words[j + 1 : j + 3]
    if j >= len(s.words) or s.words[j] != "be" or not after or not (
            after[0] in OF_TRUTH or after[0] == "so" or after == ["the", "case"]):
        return None
    last = j + (2 if after == ["the", "case"] else 1)
    if last + 1 < len(s.tokens) and s.tokens[last + 1].is_content and "," not in gap_after(s.text, s.tokens, last):
        return None  # ("he could be the case officer": a noun phrase goes on)
    return Scope(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : last + 1]), clause_start(s.text, s.tokens, i),
                 i - 1)


def possibility(s: CueSentence, i: int) -> Scope | None:
    """"The wind could change direction", "which could open an investigation", "could have been started
    deliberately": "could" before a verb's base form says it is possible, not that it happens, to the clause's end.
    Not "could not" (what could not be done did not happen: a negation, ``negation``), nor "could" after "if" or
    "so that" (a condition, a purpose), nor "could" in the past of a verb of perceiving or saying ("could see that
    X", "could tell that X" report what was seen or told)."""
    if s.words[i] != "could" or i == 0 or s.words[i - 1] in ("if", "that", "so") or s.tokens[i - 1].is_negator:
        return None  # (and "nobody could": a negation)
    j = i + 1
    while j < len(s.words) and (s.words[j] in MODAL_ADVERBS or lexicon.mostly_ly_adverb(s.tokens[j].surface)):
        j += 1
    if (j >= len(s.words) or s.words[j] in ("not", "never") or s.words[j].endswith("n't")
            or not s.tokens[j].surface.isalpha()):
        return None
    entry = lexicon.lookup(s.words[j])
    if s.words[j] not in ("be", "have") and (entry is None or entry.tags.get("v", 0) <= 0):
        return None  # (not a verb's base form: "could hardly", a noun)
    if entry is not None and entry.kind("v") in REPORTING_KINDS and s.after(j) in ("that", "how", "what", "if",
                                                                                  "whether"):
        return None  # ("could see that X": what was seen; "could say if X" asks, ``open_cue``)
    return s.to_clause_end(Mood.OPEN, s.tokens[i].surface, i + 1, stop_at_comma=True)  # ("Although he could have
    # chosen to attend there, he decided ...": the main clause after it is asserted)


REPORTING_KINDS = frozenset({"perception", "communication", "cognition"})


ASKING_FOR_ONESELF = frozenset({"ask", "asks", "asked"})
"""Open cues that, before "not to" or "to be", ask something for the one who asks ("asked not to be named", "asked
to be moved"): no question, and no more than the phrase it asks for."""


def open_cue(s: CueSentence, i: int) -> Scope | None:
    """"Whether X", "it is unclear if X", "X may", "rumours that X": open to the clause's end. A plain "if"
    sets a condition that ends at a comma; after a verb of asking or knowing ("wondered if", "nobody could say
    if") or a copula ("the question is if") it asks, like "whether"."""
    w, words = s.words[i], s.words
    if w not in OPEN_CUES:
        return None
    if w in ASKING_FOR_ONESELF and words[i + 1 : i + 3] in (["not", "to"], ["to", "be"]):
        return s.to_phrase_end(Mood.OPEN, s.tokens[i].surface, i + 1)  # a request of one's own ("a detainee who
        # asked not to be named, said X"): what is asked ends with its phrase
    asked = w == "if" and i >= 1 and (_asking(s, i - 1) or words[i - 1] in roles.COPULAS or (
        words[i - 1] == "say" and i >= 2 and words[i - 2] in ("could", "can", "cannot", "would")) or (
        "veridical" in predicates.kind_of(words[i - 1]) and any(  # "it is not clear if X", "nobody is certain if"
            s.tokens[j].is_negator or words[j].endswith("n't") for j in range(max(0, i - 4), i - 1))))
    former = _contrasting_times(words, i) if w == "if" and not asked else None
    if former is not None:  # it asserts the past, which only a claim of the past may take
        return s.to_clause_end(Mood.OPEN, former, i + 1, stop_at_comma=True)
    if w in ("if", "unless") and not asked and i == 0:
        return s.to_main_clause(Mood.OPEN, s.tokens[i].surface, i + 1)
    scope = s.to_clause_end(Mood.OPEN, s.tokens[i].surface, i + 1, stop_at_comma=w in ("if", "unless") and not asked)
    return cut_before(scope, opened_clause(s, i + 1, scope.last) if w in ASKING_FOR_ONESELF else None)
    # (what a clause in the past that "after", "as" or "because" opens tells is so: "asked donors to book
    # appointments urgently after stocks fell")


FORMERLY = frozenset("previously earlier formerly once before".split())


NOWADAYS = frozenset("now today currently nowadays".split())


def inverted_condition(s: CueSentence, i: int) -> Scope | None:
    """"Should it turn out that X, Y", "Were it true that X, Y", "Had the barrier failed, Y": a sentence that
    opens with an auxiliary before its subject, and asks nothing, sets a condition, as "if" does."""
    if i == 0 and s.words[0] in INVERTING and len(s.words) > 1 and _subject_starts(s, 1) and not (
            s.text.rstrip().rstrip("\"”’')").endswith("?")):
        return s.to_main_clause(Mood.OPEN, f"{s.tokens[0].surface} {s.tokens[1].surface}", 1)
    return None


INVERTING = frozenset({"should", "were", "had"})


def _subject_starts(s: CueSentence, i: int) -> bool:
    """Whether a subject begins at i, after the auxiliary: a pronoun, a determiner, a name, a noun, or a word in -s,
    which no verb after "should", "were" or "had" can be ("Should reports prove accurate")."""
    token, word = s.tokens[i], s.words[i]
    return word in SUBJECT_STARTS or word in roles.DETERMINERS or (word.endswith("s") and word.isalpha()) or (
        token.is_content and (token.capitalised or lexicon.mostly(token.surface, "n")))


SUBJECT_STARTS = frozenset("it he she they we i you that".split())  # and any determiner (roles.DETERMINERS)


def _contrasting_times(words: list[str], i: int) -> str | None:
    """"If previously X, now Y" (whereas X was so, Y is now): an "if" that sets no condition but contrasts a past
    with the present. It asserts X of the past only: the word that says so ("previously"), or None."""
    former = next((w for w in words[i + 1 : i + 3] if w in FORMERLY), None)
    return former if former is not None and NOWADAYS & set(words[i + 3 :]) else None


INDEFINITE_SOURCES = frozenset({"one", "some", "several", "various", "other", "conflicting", "differing"})
"""Determiners that make an attribution one of several versions: "according to one account", "according to some
reports" (not "according to the report", "according to police": an attribution the source relays)."""


UNNAMED = frozenset({"unnamed", "anonymous", "unidentified"})
"""Adjectives of a source that names no one: "according to an unnamed source" relays what nobody vouches for."""


def indefinite_attribution(s: CueSentence, i: int) -> Scope | None:
    """"According to one account, X", "X, according to some reports": one of several versions, relayed as such,
    not asserted. The noun must hold content (a report, an account, a theory: WordNet's files of communication
    and cognition), so "according to some officials" stays an attribution; any noun will do after an adjective of
    ``UNNAMED`` ("according to an unnamed source", "according to anonymous officials")."""
    if s.words[i] != "according" or s.after(i) != "to" or i + 3 >= len(s.words):
        return None
    unnamed = bool(UNNAMED & set(s.words[i + 2 : i + 4]))  # ("according to an unnamed source")
    if s.words[i + 2] not in INDEFINITE_SOURCES and not unnamed:
        return None
    entries = ((j, lexicon.entry_of(s.tokens[j].surface)) for j in range(i + 3, min(i + 5, len(s.words))))
    noun, entry = next(((j, e) for j, e in entries if e is not None and e.tags.get("n")
                        and s.words[j] not in UNNAMED), (None, None))
    # (an adjective may come first)
    if noun is None or entry is None or (entry.kind("n") not in SAYING_OR_THINKING and not unnamed):
        return None
    cue = " ".join(t.surface for t in s.tokens[i : noun + 1])
    comma = next((j for j in range(noun, len(s.words) - 1) if "," in gap_after(s.text, s.tokens, j)), None)
    if i == 0 and comma is not None:  # "According to one account, X"
        return s.to_clause_end(Mood.OPEN, cue, comma + 1)
    if i > 0 and "," in gap_after(s.text, s.tokens, i - 1):  # "X, according to some reports"
        return Scope(Mood.OPEN, cue, 0, i - 1)
    return None
