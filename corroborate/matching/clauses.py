"""A claim word from the other side of a contrast: "Schools in the north reopened on Monday, while those on the
coast stayed closed" does not say "Schools on the coast reopened on Monday", though it has every word of it.

A sentence that sets two clauses against each other (", while ...", ", whereas ...", ", but ...", the other
side of a comparison, ", compared with ...", ", against 82 ...", or a clause of its own after a semicolon) says one
thing of one and another of the other. The claim is told in the clause that holds its main verb; when a claim word
stands only in the contrasted clause, and that clause says something of its own (it has a verb of its own, not one of
a relative clause; the other side of a comparison always does), the word belongs to another statement. A word only in
the first clause belongs to it when the contrasted clause that holds the claim's verb says of what: a name only there,
where that clause names something of its own; any word, where it takes the first one's noun up with a modifier of its
own ("those in the villages").
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .connectives import DEMONSTRATIVES, RELATIVE_PRONOUNS, THAT
from .features import SentenceFeatures

CONTRASTING = frozenset({"while", "whereas", "but"})
"""Words that, after a comma, open a clause set against the one before it."""
RELATIVE = RELATIVE_PRONOUNS | THAT


def from_other_clause(analysis: ClaimAnalysis, f: SentenceFeatures,
                      aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(claim word, the word that opens the contrasted clause) when a claim word stands only in a clause set
    against the one that holds the claim's main verb (or, when both have it, the claim's numbers), after it or
    before it; None otherwise."""
    k = analysis.main_verb
    if k is None or k not in aligned:
        return None
    bounds = _clauses(f.text, f.tokens)
    if len(bounds) < 2:
        return None
    home = {_clause_of(bounds, p) for p in aligned[k]}
    by_verb = len(home) == 1
    if not by_verb:  # (the verb on both sides: "had 112 strokes, compared with 149 among those who took")
        home = {_clause_of(bounds, p) for j, places in aligned.items() if analysis.terms[j].number is not None
                for p in places}  # the side that holds the claim's numbers, when one does
    if len(home) != 1:
        return None
    claim_bounds = _clauses(analysis.text, analysis.tokens)
    verb_clause = _clause_of(claim_bounds, analysis.terms[k].position)
    for j, positions in sorted(aligned.items(), key=lambda item: analysis.terms[item[0]].number is not None):
        term = analysis.terms[j]  # (words before numbers: a word says best what the other clause is about)
        if j == k or (term.number is not None and not by_verb) or _clause_of(
                claim_bounds, term.position) != verb_clause:
            continue  # (a claim that sets two clauses against each other is read clause by clause, as it is; a
            # number, where it said which side is the claim's, is on it; where the verb said it, a number only on
            # the other side is the other side's: "reached 1,850 pounds, compared with 1,694 pounds a year earlier")
        outside = {_clause_of(bounds, p) for p in positions}
        if outside & home:
            continue
        other = min(outside)
        first, last = bounds[other]
        set_against = other > 0 and fold(f.tokens[first - 1].surface) in SET_AGAINST
        compared = other > 0 and fold(f.tokens[first - 2].surface) in COMPARED
        gapped = other > 0 and fold(f.tokens[first - 1].surface) == "and"  # (split only where the verb is left out)
        if other > 0 and (compared or set_against or gapped or _says_something(f.tokens, first, last)):
            if ";" in f.text[f.tokens[first - 1].end : f.tokens[first].start]:
                return analysis.terms[j].surface, ";"
            opener = f.tokens[first - 2 if compared else first - 1 : first]
            return analysis.terms[j].surface, " ".join(t.surface for t in opener)
        verb_at = next(iter(home))
        home_first = bounds[verb_at][0]
        if (other == 0 and verb_at > 0 and term.number is not None
                and ";" in f.text[f.tokens[home_first - 1].end : f.tokens[home_first].start]
                and _says_something(f.tokens, first, last)):
            return analysis.terms[j].surface, ";"  # (a number of a clause of its own before a semicolon: "Organisers
            # said 80,000 people took part; police put the number at about 25,000"; a word there may be what the
            # clause after takes up, "the second cannabis farm ...; the first ... was found in January")
        if other == 0 and verb_at > 0 and _of_the_rest(f.tokens, bounds[verb_at], aligned[k]) and _says_something(
                f.tokens, first, last):
            # the other way round: the claim's verb in a contrasted clause about the rest, this word only in the
            # first one ("two drivers ... were taken to hospital, while the others were treated at the scene")
            return analysis.terms[j].surface, f.tokens[bounds[verb_at][0] - 1].surface
        said_of = (bounds[verb_at][0], min(aligned[k]))  # the contrasted clause up to the claim's verb
        if other == 0 and verb_at > 0 and ((term.name and _names_another(f.tokens, said_of, analysis.stems))
                                           or _those_of_another(f.tokens, said_of, analysis.stems)):
            # a word of the first clause only, where the contrasted one that holds the claim's verb says of what
            # ("Customers of Southern Water face the largest rise, while bills at Portsmouth Water will fall";
            # "Schools in Leeds reopened, while those in the villages stayed closed")
            return analysis.terms[j].surface, f.tokens[bounds[verb_at][0] - 1].surface
    return None


def _those_of_another(tokens: Sequence[Token], span: tuple[int, int], claimed: frozenset[str]) -> bool:
    """Whether the words from ``span[0]`` to before ``span[1]`` open on a demonstrative and a preposition, with a word
    the claim does not have: "those in the villages" takes up the first clause's noun, not what it says of it."""
    first, verb = span
    return (verb - first >= 3 and fold(tokens[first].surface) in DEMONSTRATIVES
            and fold(tokens[first + 1].surface) in roles.PREPOSITIONS
            and any(tokens[p].is_content and tokens[p].stem not in claimed for p in range(first + 2, verb)))


def _names_another(tokens: Sequence[Token], span: tuple[int, int], claimed: frozenset[str]) -> bool:
    """Whether the words from ``span[0]`` to before ``span[1]`` (a clause up to the claim's verb: what it is said
    of) name something the claim does not: a capitalised word of their own. (Not after the verb: "..., but all 86
    guests got out safely, Essex Fire and Rescue Service said" names who says so.)"""
    first, verb = span
    return any(tokens[p].capitalised and tokens[p].is_content and tokens[p].stem not in claimed
               for p in range(first, verb))


REST = frozenset({"others", "rest", "remainder"})
"""Words for the rest of a group: a clause about them is about all but those named before ("while the others were
treated at the scene"), where a pronoun or a quantifier ("many still ran") may take them up."""


def _of_the_rest(tokens: Sequence[Token], clause: tuple[int, int], verb: list[int]) -> bool:
    """Whether the clause names, before the claim's verb, the rest of a group (REST) as its subject."""
    first = clause[0]
    return any(fold(tokens[p].surface) in REST for p in range(first, min(verb)))


COMPARING = frozenset({"with", "to"})
"""Words that, after "compared" after a comma, open the other side of a comparison: "Patients who took the pill at
night had 112 strokes, compared with 149 among those who took it in the morning" says nothing of the 112 and the
morning together. That side says something of its own, verb or not: its value."""
THAN = frozenset({"than"})
COMPARED = {"compared": COMPARING, "up": frozenset({"from"}), "down": frozenset({"from"}), "less": THAN, "more": THAN,
            "fewer": THAN}
"""The words that, after a comma, open the other side of a comparison, and the words that follow each: ", compared
with 149", ", up from 41 a week ago" (the earlier value of what the clause before gives now), ", less than the
£300,000 his lawyers had sought" (what the value before is set against)."""
SET_AGAINST = frozenset({"against", "versus"})
"""Words that, after a comma and before a number, open the other side of a comparison alone: "61 people were injured
in the year after the change, against 82 in the year before"."""


def _clauses(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) token positions of the sentence's clauses, split before a contrasting word after a comma, and
    before the other side of a comparison (", compared with")."""
    starts, opener = [0], [0]
    for i in range(1, len(tokens)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        comma = "," in gap
        if fold(tokens[i].surface) in CONTRASTING and comma:
            starts.append(i + 1)
            opener.append(1)
        elif comma and fold(tokens[i].surface) == "and" and _gapped(text, tokens, i + 1):
            starts.append(i + 1)  # a clause whose verb is left out: "Carver was serving a 12-year sentence, and
            opener.append(1)  # Mayhew a six-year sentence"
        elif ";" in gap:  # another clause of its own: "It is the second farm found this year; the first was found
            starts.append(i)  # in a pub"
            opener.append(0)
        elif (fold(tokens[i].surface) in COMPARED and comma and i + 1 < len(tokens)
              and fold(tokens[i + 1].surface) in COMPARED[fold(tokens[i].surface)]):
            starts.append(i + 2)  # (", compared with 149", ", up from 41 a week ago": the other side's value)
            opener.append(2)
        elif (fold(tokens[i].surface) in SET_AGAINST and comma and i + 1 < len(tokens)
              and tokens[i + 1].number is not None):
            starts.append(i + 1)  # (", against 82 in the year before")
            opener.append(1)
    ends = [s - 1 - n for s, n in zip(starts[1:], opener[1:])] + [len(tokens) - 1]
    return [(s, e) for s, e in zip(starts, ends) if s <= e]


def _gapped(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether a clause whose verb is left out starts at i, after ", and": a name, then a phrase a determiner or a
    number opens, or "the rest" and a preposition, and no verb before the clause's end ("..., and Mayhew a six-year
    sentence for drug offences", "..., and the rest from local councils")."""
    if (i + 2 < len(tokens) and fold(tokens[i].surface) == "the" and fold(tokens[i + 1].surface) in REST
            and fold(tokens[i + 2].surface) in roles.PREPOSITIONS):
        j = i + 2  # (the rest of what the clause before counts: "60% of the money came from X, and the rest from Y")
    elif i + 1 >= len(tokens) or not tokens[i].capitalised or not tokens[i].is_content:
        return False
    else:
        j = i + 1
        while j < len(tokens) and tokens[j].capitalised and tokens[j].is_content:
            j += 1  # (a name of several words)
        if j >= len(tokens) or not (fold(tokens[j].surface) in roles.DETERMINERS or tokens[j].number is not None):
            return False
    for q in range(j, len(tokens)):
        if q > j and any(c in text[tokens[q - 1].end : tokens[q].start] for c in ",;:."):
            break
        if roles.is_verb(tokens, q) or fold(tokens[q].surface) in roles.AUXILIARIES:
            return False
    return True


def _clause_of(bounds: list[tuple[int, int]], p: int) -> int:
    return next((n for n, (first, last) in reversed(list(enumerate(bounds))) if first <= p), 0)


def _says_something(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the clause has a verb of its own: one not in a relative clause ("men who have received", a noun
    with what is said of it, is no statement). A relative clause's verb, and the verbs joined to it by "to",
    "and" or "or", are its own; another verb is the clause's ("those who refuse face the prospect" says
    something), even one WordNet has mostly as a noun, right after the relative clause's verbs."""
    relative_verb_pending = False
    relative_verb_at = -2  # where the last verb of a relative clause stands
    for p in range(first, last + 1):
        word = fold(tokens[p].surface)
        if word in RELATIVE:
            relative_verb_pending = True
            continue
        verb = roles.is_verb(tokens, p) or (p == relative_verb_at + 1 and tokens[p].is_content
                                            and lexicon.verb_share(tokens[p].surface) > 0)
        if not verb:
            continue
        if relative_verb_pending or (relative_verb_at >= 0 and _joined(tokens, p, first)):
            relative_verb_pending, relative_verb_at = False, p  # "who refuse to go", "and have not registered"
        else:
            return True
    return False


def _joined(tokens: Sequence[Token], p: int, first: int) -> bool:
    """Whether the verb at p continues the verbs before it: after "to", "and" or "or", with only auxiliaries,
    negators and adverbs in -ly between ("to go", "and have not registered")."""
    q = p - 1
    while q > first and (fold(tokens[q].surface) in roles.AUXILIARIES or tokens[q].is_negator
                         or lexicon.ly_adverb(tokens[q].surface)):
        q -= 1
    return q >= first and fold(tokens[q].surface) in ("to", "and", "or")
