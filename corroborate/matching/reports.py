"""What someone says, thinks or holds, which the sentence reports without asserting it.

"Police did not say that X", "nobody has claimed that X" (a negated verb of saying, thinking or seeing); "amid
reports that X", "there are fears that X" (what a report, a claim, an idea or a fear holds); "officials fear
that X", "critics allege that X" (a belief or an allegation). The verbs and nouns are read by WordNet's files
(communication, cognition, perception, feeling), not listed one by one, except the closed class of belief
verbs.
"""

from __future__ import annotations

from .. import lexicon
from ..text import PLAIN_NEGATORS, Token
from . import roles
from .connectives import COORDINATORS, JOINING, REASONS, RELATIVE_ADVERBS, RELATIVE_PRONOUNS
from .cues import PRONOUNS, SAYING_OR_THINKING, TELLING, CueSentence, Mood, Scope, before_adjunct, gap_after, past_aside

FACTIVE = frozenset("know knew known knows realise realised realize realized regret regrets regretted forget forgot "
                    "forgotten remember remembered notice noticed".split())
"""Verbs that take what their clause says as true, negated or not ("did not know that X": X is so)."""


UNTIMELY = {"too": 2, "premature": 1}
"""Words that, before "to" and a verb of saying or thinking, say it cannot be said yet, and how far before "to" they
stand: "too soon to conclude that X", "premature to say that X" leave X unestablished."""


REACH = 4  # words: how far before "that" its verb, and before the verb its negator, may stand


def not_said_that(s: CueSentence, i: int) -> Scope | None:
    """"Found nothing to suggest that X", "did not say that X", "has not shown that X", "it is too soon to conclude
    that X": a verb of saying, thinking or seeing, negated, before the clause leaves X unestablished (unless the
    verb takes X as true: "did not know that X")."""
    if s.words[i] != "that":
        return None
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        verb = s.tokens[j]
        if verb.is_negator or verb.number is not None:
            continue
        entry = lexicon.entry_of(verb.surface)
        if (entry is None or entry.kind("v") not in TELLING or s.words[j] in FACTIVE
                or lexicon.verb_share(verb.surface) < 0.5 or (j and s.words[j - 1] in roles.DETERMINERS)):
            continue
        negator = next((k for k in range(j - 1, max(-1, j - 1 - REACH), -1) if s.words[k] in PLAIN_NEGATORS or (
            s.words[j - 1] == "to" and k + UNTIMELY.get(s.words[k], -1) == j - 1)), None)  # "too soon to conclude"
        if negator is not None:
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[negator : i + 1]), i + 1)
        return None
    return None


NOTHING = frozenset({"nothing", "little"})
"""Objects that say a telling or a knowing had no content: "told nothing about X", "knew little of X"."""
ABOUT = frozenset({"about", "of", "on", "regarding", "concerning", "as"})  # ("nothing as to whether X")


def told_nothing_about(s: CueSentence, i: int) -> Scope | None:
    """"Hauliers said they had been told nothing about when loading would restart", "officials knew little of X":
    a verb of saying, thinking or seeing whose object is "nothing" leaves what it is about unestablished, as a
    negated one does ("were not told when loading would restart": ``not_said_that``)."""
    if s.words[i] not in NOTHING or i < 1 or s.after(i) not in ABOUT or i + 2 >= len(s.words):
        return None
    j = i - 1
    while j > 0 and lexicon.ly_adverb(s.words[j]):  # ("knew virtually nothing about")
        j -= 1
    entry = lexicon.entry_of(s.tokens[j].surface)
    if entry is None or entry.kind("v") not in TELLING or not (entry.tags.get("v") or verb_form(s.tokens[j])):
        return None
    start = i + 2 + (s.words[i + 1] == "as" and s.words[i + 2] == "to")
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[j : i + 2]), start)


CONTENT_KINDS = frozenset({"communication", "cognition", "feeling"})
"""WordNet's files of the nouns whose "that" clause says what they hold: a claim, an idea, a fear."""


VOUCHED_CONTENT = frozenset("fact facts news truth statement statements announcement evidence proof confirmation "
                            "knowledge recognition finding findings revelation "
                            "discovery realisation realization admission acknowledgement acknowledgment conclusion "
                            "observation point sense letter article message reminder "
                            "reality irony issue trouble answer explanation".split())
"""Nouns whose content the sentence takes as so ("the fact that X", "news that X", "confirmation that X", "the
irony is that X", "the answer is that X"), or which say where someone said it ("a statement that X", as "said
that X")."""


CHANCES = frozenset("chance risk danger possibility likelihood probability prospect".split())
"""Nouns of what may come to be: "there is a risk that X" says X may be so, not that it is."""


def reported_content(s: CueSentence, i: int) -> Scope | None:
    """"Claims that X", "amid reports that X", "the idea that X", "fears that X", "one theory is that X": the
    clause is what a claim, a report, an idea or a fear holds, not what the sentence asserts. Not after a verb
    of saying ("said in an interview that X" says X), nor a relative "that" ("the report that was published")."""
    if s.words[i] != "that" or i < 1 or i + 1 >= len(s.words):
        return None
    if s.words[i - 1] in roles.PREPOSITIONS or s.words[i - 1] == "throughout":
        return None  # a determiner ("Negotiations throughout that night"), or a conjunction ("in that X")
    specifying = s.words[i - 1] in SPECIFYING and i >= 2  # "the hope is that X", as "the hope that X"
    holding = i >= 3 and s.words[i - 1] == "it" and s.words[i - 2] in HAVE  # "legend has it that X"
    adverb = i >= 2 and lexicon.ly_adverb(s.words[i - 1]) or (i >= 2 and lexicon.mostly(s.tokens[i - 1].surface, "r"))
    at = i - 3 if holding else i - 2 if specifying or adverb else i - 1  # ("there are fears locally that X")
    specifying |= holding
    if not _holds_content(s, at, specifying) and not specifying and not adverb:
        at = before_adjunct(s, i)  # ("there were suggestions in the local press that X")
    elif not _holds_content(s, at, specifying) and specifying and not holding:
        at = before_adjunct(s, i - 1)  # ("word on the street is that X": the noun before the copula's adjunct)
        if not _holds_content(s, at, specifying) and s.words[0] in roles.DETERMINERS and 1 < i - 1 <= HEAD_REACH:
            at = 1  # ("A theory doing the rounds is that X": the subject's head, first after its determiner)
    if not _holds_content(s, at, specifying):
        return None
    nxt = s.tokens[i + 1]
    if s.words[i + 1] in roles.AUXILIARIES or nxt.is_negator or roles.is_verb(s.tokens, i + 1):
        return None  # a relative clause
    noun = lexicon.entry_of(s.tokens[at].surface)
    held = noun is not None and (noun.word in CHANCES or noun.kind("n") == "cognition")
    if not held and _where_said(s, at):  # ("hint at the possibility that X": a possibility holds X, however said)
        return None
    return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[at : i + 1]), i + 1)


def _where_said(s: CueSentence, at: int) -> bool:
    """Whether the noun at ``at`` says where a verb of saying before it was said ("said in an interview that X":
    the clause is what was said); not "there are claims on social media that X", where the word of report is a
    noun."""
    for j in range(max(0, at - 5), at - 1):
        said = lexicon.entry_of(s.tokens[j].surface)
        where_said = ADJUNCT_PREPOSITIONS & set(s.words[j + 1 : at])
        if (said is not None and said.kind("v") == "communication" and where_said and not _noun_here(s, j)
                and (said.word != s.words[j] or lexicon.verb_share(s.tokens[j].surface) >= 0.5)):
            return True
    return False


def _holds_content(s: CueSentence, at: int, specifying: bool) -> bool:
    """Whether the word at ``at`` is a noun that holds a clause as its content (a claim, a report, an idea, a fear,
    a chance), and a noun here."""
    noun = s.tokens[at]
    if noun.number is not None or (noun.capitalised and at > 0) or s.words[at] in VOUCHED_CONTENT:
        return False
    entry = lexicon.entry_of(noun.surface)
    holds_content = entry is not None and (entry.kind("n") in CONTENT_KINDS or entry.word in CHANCES)
    # (a noun, or the plural of one: "reports", which the tokenizer counts as a reporting word; before "is that"
    # the subject's head noun: "one theory is that")
    return (entry is not None and holds_content and bool(entry.tags.get("n"))
            and (specifying or _noun_here(s, at)))


HEAD_REACH = 6  # words from a sentence's first noun to the copula of "the N ... is that X"


HAVE = frozenset({"has", "had", "have"})
"""Of "the N has it that X" ("legend has it that X", "word has it that X"): what the N holds, as "the N is that X"."""


SPECIFYING = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "goes", "went", "holds", "held"})
"""The copulas of a specifying sentence, "the N is that X", which says what the N holds as "the N that X" does; and
"goes" and "holds", of "the story goes that X", "a popular theory holds that X", which say the same."""


def _noun_here(s: CueSentence, i: int) -> bool:
    """Whether the word at i is a noun here: first in the sentence, or after a determiner, a preposition, a
    copula, an adjective or a verb ("amid reports", "there were claims", "unconfirmed claims", "called claims");
    after a noun, a name or a pronoun it is the verb ("Russia claims that", "we find that")."""
    if i == 0:
        return True
    before, word = s.tokens[i - 1], s.words[i - 1]
    if "it" in s.words[max(0, i - 4) : i - 1]:
        return False  # a cleft: "it is with respect that I say"
    if i >= 2 and s.words[i - 2] in ("a", "an", "the") and s.tokens[i - 1].is_content and (
            lexicon.mostly(s.tokens[i - 1].surface, "a") or s.words[i - 1].endswith("ing")):
        return True  # after an article and its modifier: "a lingering suspicion", "the widespread belief" (not "the
        # head said")
    if not before.is_content:  # ("there were reports"; not "has claims", "we find", "don't feel")
        return word not in PRONOUNS and not word.endswith("n't") and (
            word not in roles.AUXILIARIES or word in roles.COPULAS)
    entry = lexicon.lookup(word)
    inflected = entry is not None and entry.word != word and word.endswith("ed")  # ("rubbished": "rubbish")
    progressive = word.endswith("ing") and i >= 2 and s.words[i - 2] in roles.AUXILIARIES  # ("are investigating
    # claims": WordNet lists "investigating" as a noun of its own, but after an auxiliary it is the verb)
    return not before.capitalised and (inflected or progressive or not lexicon.mostly(before.surface, "n"))


ADJUNCT_PREPOSITIONS = frozenset({"in", "at", "on", "during", "via", "through", "with"})


BELIEF_VERBS = frozenset("believe think suspect fear worry dread hope wish assume suppose presume guess imagine doubt "
                         "reckon expect anticipate predict forecast speculate allege suggest".split())
"""Verbs of holding a belief, a fear or a hope, of expecting or foretelling, and of alleging, which take their
clause as no more than that: Kiparsky & Kiparsky's non-factives (Hooper's weak assertives); of the verbs of
feeling, those of fearing and hoping, not the factive *regret* or *resent*."""


def belief(s: CueSentence, i: int) -> Scope | None:
    """"Officials fear that X", "many believe X", "critics allege that X": a belief or an allegation, not an
    assertion (unless the claim says so too: its own cue)."""
    entry = lexicon.entry_of(s.tokens[i].surface)
    unnamed_say = s.words[i] in SAYING_FORMS and unnamed_subject(s, i) is not None  # "Some say X": hearsay
    claiming = entry is not None and entry.word in CLAIMING and s.after(i) != "that"  # ("that": unvouched_that's)
    if not unnamed_say and (entry is None or (entry.word not in BELIEF_VERBS and not claiming)
                            or not _verb_here(s, i)):
        return None
    after = past_aside(s, i, ASIDE_REACH)  # "believe, after reviewing the footage, that X"
    if after is None:
        return None
    start = after + 2 if s.after(after) == "that" else after + 1
    if start >= len(s.words) or (start == after + 1 and not clause_starts(s, start)):
        return None  # "they fear the worst": an object, not a clause
    cue = s.tokens[i].surface + (" that" if start == after + 2 else "")
    return s.to_clause_end(Mood.OPEN, cue, start)


ASIDE_REACH = 8  # words an aside between a belief verb and its clause may run to


CLAIMING = frozenset({"claim"})
"""A verb of asserting what is to be checked: with a bare clause ("unnamed sources claim X") it holds X out as a
belief verb does; before "that" ``unvouched_that`` reads it."""


def belief_of(word: str) -> str | None:
    """The belief verb a word is a form of, or None."""
    entry = lexicon.entry_of(word)
    return entry.word if entry is not None and entry.word in BELIEF_VERBS else None


def forms(verb: str) -> frozenset[str]:
    """A verb's forms, as the trigger table spells them ("believe", "believes", "believed", "believing"; "push",
    "pushes"; "worry", "worries", "worried"; "beg", "begged", "begging"), and the irregular past of "think"."""
    if verb.endswith("e"):
        out = {verb, verb + "s", verb + "d", (verb if verb.endswith("ee") else verb[:-1]) + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        out = {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        out = {verb, verb + ("es" if verb.endswith(SIBILANTS) else "s"), verb + "ed", verb + "ing"}
        if len(verb) <= 4 and verb[-1] not in VOWELS + "wxy" and verb[-2] in VOWELS and verb[-3:-2] not in VOWELS:
            out = {verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # ("beg": begged, begging)
    return frozenset(out | ({"thought"} if verb == "think" else set()))


VOWELS = "aeiou"
SIBILANTS = ("s", "sh", "ch", "x", "z")


def _verb_here(s: CueSentence, i: int) -> bool:
    """Whether the word at i is the verb here: after its subject (a noun, a name, a pronoun), an auxiliary or an
    adverb, not after a determiner ("the fear that")."""
    if i == 0:
        return False
    before, word = s.tokens[i - 1], s.words[i - 1]
    if word == "to":  # "are said to believe", "seem to think": the belief is theirs; "wrong to suggest that",
        return i >= 2 and verb_form(s.tokens[i - 2])  # "nothing to suggest that": what governs it judges
    if word in QUANTIFIERS:
        return True  # "many believe", "some fear"
    if word in roles.COPULAS or (i >= 2 and s.words[i - 2] in roles.COPULAS and lexicon.ly_adverb(before.surface)):
        return False  # a passive ("had been falsely assumed to"): "it is believed that" is read apart
    if word in roles.DETERMINERS:
        return False  # "the fear that"
    if word in PRONOUNS or word in roles.AUXILIARIES or word.endswith("n't"):
        return True
    if i >= 2 and s.words[i - 2] in roles.AUXILIARIES and s.words[i - 2] != "to":
        return True  # "have long suspected", "had always believed"
    if not before.is_content:  # ("reports", which the tokenizer counts as a reporting word, is a noun here)
        entry = lexicon.lookup(word)
        return word.endswith("s") and entry is not None and bool(entry.tags.get("n"))
    return before.capitalised or not lexicon.mostly(before.surface, "a")


def verb_form(token: Token) -> bool:
    """Whether a word is a verb or the form of one ("said", "seem"), even where WordNet also lists it as an
    adjective; not "wrong" or "nothing"."""
    base = lexicon.inflected_from(token.surface)
    inflected = base is not None and bool(base.tags.get("v"))
    return inflected or lexicon.verb_share(token.surface) >= 0.5


def clause_starts(s: CueSentence, i: int) -> bool:
    """Whether a clause with its own verb begins at i ("many believe the school was evacuated"), or after an
    opening phrase set off by a comma ("residents fear that last year, a truce broke down": "fear last year, a
    truce broke down")."""
    if i >= len(s.words) or s.words[i] == "to":
        return False  # (nothing after it: "declined to comment.")
    opener = next((j for j in range(i, min(i + OPENER_REACH, len(s.words) - 1))
                   if "," in gap_after(s.text, s.tokens, j)), None)
    if opener is not None and opener + 1 < len(s.words) and s.words[opener + 1] not in ANOTHER_CLAUSE and not any(
            s.words[j] in roles.AUXILIARIES or roles.is_verb(s.tokens, j) for j in range(i, opener + 1)) and (
            _clause_from(s, opener + 1)):
        return True
    return _clause_from(s, i)


OPENER_REACH = 5  # words of a phrase that opens the clause before its comma ("in a few days,", "last year,")


def _clause_from(s: CueSentence, i: int) -> bool:
    """Whether a clause with its own verb begins at i, its verb within reach and no comma before it."""
    j, reach, closed = i + 1, i + FINITE_REACH + 1, -1
    while j < min(reach, len(s.words)):
        comma = "," in gap_after(s.text, s.tokens, j - 1) and j != closed  # (not the comma that ends an aside)
        if comma and (s.words[j] in RELATIVES or _named_aside(s, j)):  # "believe Smith, who resigned in May, was
            # forced out", "believe the new chief executive, Thomas Rattigan, was determined"
            begin = j + 1 if s.words[j] in RELATIVES else j  # (a one-word name ends at its own comma)
            end = next((k for k in range(begin, min(j + APPOSITION_REACH, len(s.words) - 1))
                        if "," in gap_after(s.text, s.tokens, k)), None)
            if end is None:
                return False
            reach += end + 1 - j
            j = closed = end + 1
            continue
        if s.words[j] in JOINING and not comma and j + 1 < len(s.words) and s.tokens[j + 1].is_content and not (
                roles.is_verb(s.tokens, j + 1) or s.words[j + 1] in roles.AUXILIARIES):
            j += 2  # "believe friends and family members are gathering": the subject goes on
            reach += 2
            continue
        if s.words[j] in ANOTHER_CLAUSE or comma or any(c in gap_after(s.text, s.tokens, j - 1) for c in ";:"):
            return False  # "assumed the post when she returned": the verb is another clause's
        if s.words[j] in roles.AUXILIARIES or _past_form(s, j) or (
                j - i <= CLAUSE_REACH and roles.is_verb(s.tokens, j)):
            return True
        j += 1
    return False


RELATIVES = RELATIVE_PRONOUNS - {"whom"}
APPOSITION_REACH = 10  # words a relative clause set off by commas may run to


def _named_aside(s: CueSentence, j: int) -> bool:
    """Whether a name set off by commas begins at j, all its words capitalised ("..., Thomas Rattigan, ...")."""
    k = j
    while k < len(s.words) and s.tokens[k].capitalised and s.tokens[k].is_content:
        if "," in gap_after(s.text, s.tokens, k):
            return True
        k += 1
    return False


def _past_form(s: CueSentence, j: int) -> bool:
    """Whether the word at j is a past form of a verb ("paid", "fled", "evacuated"), not after a determiner."""
    entry = lexicon.base_entry(s.tokens[j].surface)
    return (entry is not None and entry.tags.get("v", 0) > 0 and entry.word != s.words[j]
            and not s.words[j].endswith("s") and s.words[j - 1] not in roles.DETERMINERS)


CLAUSE_REACH = 4  # words after a belief verb where its clause's own verb may stand ("believe the school was")
FINITE_REACH = 7  # ... where it may, when it is an auxiliary or a past form ("think the old bridge over the river was")
ANOTHER_CLAUSE = (COORDINATORS | RELATIVE_PRONOUNS | RELATIVE_ADVERBS | REASONS
                  | frozenset({"while", "after", "before", "until", "if"}))
"""Words that open another clause or phrase, whose verb is not the belief's clause's ("fear the police and would
never protest")."""


QUANTIFIERS = frozenset("many some few several most others".split())


BELIEF_FORMS = frozenset().union(*(forms(v) for v in BELIEF_VERBS | CLAIMING))
"""The forms of the belief verbs, for the trigger table."""


VOUCHING_VERBS = frozenset("""say tell state report announce declare add note explain write confirm reveal disclose show
find know learn discover realise realize notice recall remember acknowledge admit concede agree conclude establish
prove demonstrate emphasise emphasize stress warn insist argue maintain assert point recognise recognize observe
mention testify inform record document determine decide reply respond answer tweet post""".split())
"""Verbs of saying or knowing through which a source reports what someone asserted or found (Hooper's strong
assertives and semifactives): their clause is attributed, as "said that X" is."""


UNVOUCHED_REACH = 2  # words before "that" where its verb may stand ("hinted strongly that")


def unvouched_that(s: CueSentence, i: int) -> Scope | None:
    """"Insiders hint that X", "early reports indicated that X", "some have gone so far as to claim that X": at
    "that", any other verb of saying or thinking (WordNet's files) than those that vouch for the clause
    (``VOUCHING_VERBS``; the belief verbs are ``belief``'s) leaves it open. The class of hedging verbs is open-ended
    (each set of fresh wordings found new ones); the class of those that report an assertion is not."""
    if s.words[i] != "that" or i < 1 or i + 1 >= len(s.words):
        return None
    if s.words[i + 1] in roles.AUXILIARIES and s.words[i + 1] not in ("to", "not", "never"):
        return None  # a relative clause ("the claims that were made")
    for j in range(i - 1, max(-1, i - 1 - UNVOUCHED_REACH), -1):
        tok = s.tokens[j]
        if not tok.is_content:
            if s.words[j] in SAYING_FORMS and (who := unnamed_subject(s, j)) is not None:  # ("say" is a stop word)
                return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[who : i + 1]), i + 1)
            continue
        entry = lexicon.entry_of(tok.surface)
        seeming = j >= 2 and s.words[j - 1] == "to" and bool(lexicon.base_stems(s.tokens[j - 2].surface) & SEEMING)
        if seeming:  # "documents appear to show that X": whatever the verb, it only seems so
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[j - 2 : i + 1]), i + 1)
        if entry is not None and entry.word in VOUCHING_VERBS and (who := unnamed_subject(s, j)) is not None:
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[who : i + 1]), i + 1)
        if entry is None or entry.kind("v") not in SAYING_OR_THINKING or not (
                roles.is_verb(s.tokens, j) or s.words[j - 1] == "to" or unnamed_subject(s, j) is not None):
            return None  # a noun ("said in an interview that"), or a verb of another kind ("so large that")
        if entry.word in VOUCHING_VERBS or entry.word in BELIEF_VERBS or entry.word in FACTIVE:
            return None
        return s.to_clause_end(Mood.OPEN, f"{tok.surface} that", i + 1)
    return None


SAYING_FORMS = frozenset({"say", "says", "said", "saying"})


def unnamed_subject(s: CueSentence, j: int) -> int | None:
    """Where the verb at j has for subject a bare quantifier at the start of its clause ("Some say that X", "Others
    have argued that X", "Many maintain that X"), or a bare plural of report ("Reports say X"): what an unnamed some
    hold, as an impersonal "it is said that X" is; None for "some officials said", where someone is named."""
    k = j - 1
    while k >= 0 and (s.words[k] in roles.AUXILIARIES or lexicon.ly_adverb(s.words[k])):
        k -= 1
    if k >= 0 and (s.words[k] in QUANTIFIERS or s.words[k] in HEARSAY_NOUNS):
        start = k - 1 if k >= 1 and s.words[k] in HEARSAY_NOUNS and lexicon.mostly(s.tokens[k - 1].surface, "a") else k
        if _opens_clause(s, start):
            return start  # ("Reports say X", "Unconfirmed reports say X": reports nobody is named for)
    return _unnamed_with_knowledge(s, k)


def _opens_clause(s: CueSentence, start: int) -> bool:
    """Whether the word at ``start`` opens the sentence or a clause after "and", "but" or a comma."""
    return start == 0 or s.words[start - 1] in ("and", "but") or "," in gap_after(s.text, s.tokens, start - 1)


UNNAMED_HEADS = frozenset({"sources", "source", "people", "person", "insiders", "insider"})
"""Nouns that name nobody when all that qualifies them is what they know: "people familiar with the matter"."""
KNOWING = frozenset({"familiar", "close", "briefed", "knowledgeable", "with", "who", "aware"})
"""Words that open such a qualifier: "familiar with", "close to", "briefed on", "with knowledge of", "who spoke"."""
KNOWING_REACH = 7  # words of the qualifier ("familiar with the company's plans for the site")
COUNTING = frozenset({"a", "an", "one", "two", "three", "several", "some"})  # ("a person", "two people")


def _unnamed_with_knowledge(s: CueSentence, k: int) -> int | None:
    """Where a subject that names nobody but by what it knows stands, the qualifier ending at k ("People
    familiar with the matter said X", "A person briefed on the talks said X", "Sources close to the board say
    X"): an anonymous source, as "Sources say X" is. None when a comma is in the qualifier."""
    for head in range(k - 1, max(-1, k - 1 - KNOWING_REACH), -1):
        if "," in gap_after(s.text, s.tokens, head):
            return None
        if s.words[head] in UNNAMED_HEADS and s.words[head + 1] in KNOWING:
            start = head - 1 if head >= 1 and s.words[head - 1] in COUNTING else head
            return start if _opens_clause(s, start) else None
    return None


HEARSAY_NOUNS = frozenset({"reports", "rumours", "rumors", "claims", "allegations", "sources"})
"""Bare plurals of report, and "sources": as a subject with no determiner, they name nobody whose word it is."""


SEEMING = frozenset({"seem", "appear", "purport"})  # "appear to show that X", "purporting to show that X": hedged

