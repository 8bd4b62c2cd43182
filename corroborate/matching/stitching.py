"""The claim's verb and its object, told in one place.

"Hackers had stolen the names and addresses of 1.2 million customers. Payment card details had not been accessed."
has every word of "Hackers stole the payment card details of Brightmart customers", but not in one place: the
sentence that holds the claim's verb gives it another object, and the claim's object stands only in the sentence
beside it. A neighbour may say who or what is meant (a name for "he", "the company"), never what the verb was done
to when the sentence that holds the verb says that itself (``stitched_object``). Nor does a passage say the claim's
object when it names its head without the nouns that say which (``unqualified_object``: "stole details" / "stole the
payment card details"), or the claim's verb when it has the verb only of another noun, with none of the claim's words
beside it (``verb_of_another``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..lexicon import Relation
from ..text import fold, marked_between
from . import subject
from .analysis import ClaimAnalysis
from .connectives import ARTICLES
from .features import SentenceFeatures
from .modifiers import akin
from .roles import AUXILIARIES, DETERMINERS, PREPOSITIONS, hyphen_joined, is_verb, object_after


def stitched_object(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                    matched: list[float]) -> tuple[str, str, str] | None:
    """(the claim's verb as the sentence has it, the claim's object, the object the sentence gives it) when the
    sentence that holds the claim's main verb (``aligned``: where claim words stand in it) gives the verb an object
    of its own, with none of the claim's object nor a word WordNet relates to one, and the claim's object stands
    only in the window's other sentences (``matched``: "hackers had stolen the names ... Payment card details had
    not been accessed") or before the verb ("A freight train carrying timber and steel" / "The train was carrying
    hazardous goods": freight): the verb was done to something else. (Where no sentence gives the claim's object, it is
    left to coverage: a passage may name the same thing in words WordNet does not relate, "cut the electricity" /
    "cut the power".)"""
    k = analysis.main_verb
    if k is None or k not in aligned or hyphen_joined(analysis.text, analysis.tokens, analysis.terms[k].position):
        return None  # (a compound's second word is no verb: "Long-haul flights were unaffected")
    claimed = analysis.main_object
    terms = [analysis.term_at[p] for p in claimed if p in analysis.term_at]
    if not terms or any(analysis.terms[j].name or not (matched[j] or lexicon.mostly(analysis.terms[j].surface, "a"))
                        for j in terms):
        return None  # (a name may be what the sentence's "the company" refers to: a neighbour may say who; the
        # object's nouns stand in the window, if not every adjective that qualifies them)
    for q in aligned[k]:
        if hyphen_joined(f.text, f.tokens, q) or any(p > q for j in terms for p in aligned.get(j, ())):
            continue  # (the claim's object after the verb: "carrying timber and hazardous goods")
        theirs = object_after(f.tokens, f.text, q)
        if theirs and not any(lexicon.relation(f.tokens[p].surface, analysis.terms[j].surface) is not Relation.NONE
                              for p in theirs for j in terms):
            at = analysis.terms[k].position
            claim_phrase = analysis.text[analysis.tokens[at + 1].start : analysis.tokens[claimed[-1]].end]
            return (f.tokens[q].surface, claim_phrase, f.text[f.tokens[q + 1].start : f.tokens[theirs[-1]].end])
    return None


def stitched_subject(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                     matched: list[float]) -> tuple[str, str, str] | None:
    """(the claim's verb as the sentence has it, the head of the claim's subject, the sentence's subject for the verb)
    when the sentence that holds the claim's main verb gives it a subject of its own, a noun right before it (past
    its auxiliaries) that WordNet relates to none of the claim's, and the head of the claim's subject stands only in
    the window's other sentences: "Tractor driver hurt as train hits trailer" beside "a passenger train struck his
    trailer" says nothing of passengers hurt. (A name may be what the sentence's noun refers to: left alone.)"""
    k = analysis.main_verb
    about = analysis.subject
    if k is None or k not in aligned or not about:
        return None
    h = subject.head(analysis, about)
    mine = analysis.terms[h]
    if h in aligned or not matched[h] or mine.name or mine.verb or not lexicon.mostly(mine.surface, "n"):
        return None
    for q in aligned[k]:
        p = _before_auxiliaries(f, q)
        if p < 0 or marked_between(f.text, f.tokens, p, q):
            continue
        theirs = f.tokens[p]
        if (theirs.is_content and theirs.number is None and not (theirs.capitalised and p > 0)
                and theirs.stem not in analysis.stems and lexicon.mostly(theirs.surface, "n")
                and not is_verb(f.tokens, p) and _opens_a_clause(f, p) and not akin(theirs.surface, mine.surface)):
            return f.tokens[q].surface, mine.surface, theirs.surface
    return None


def _before_auxiliaries(f: SentenceFeatures, q: int) -> int:
    """Where the word stands before the verb at q and its auxiliaries ("driver" of "driver was hurt"); -1 when none
    does."""
    p = q - 1
    while p >= 0 and fold(f.tokens[p].surface) in AUXILIARIES:
        p -= 1
    return p


def _opens_a_clause(f: SentenceFeatures, p: int) -> bool:
    """Whether the noun at p ends a noun phrase that opens its clause ("Tractor driver", "the driver", ", the
    crew"): what stands before it is no preposition, number or content word ("for 38 years", "the driver of the
    train"), whose phrase would not be the verb's subject."""
    start = p
    while start > 0 and f.tokens[start - 1].is_content and f.tokens[start - 1].number is None and not is_verb(
            f.tokens, start - 1):
        start -= 1  # (its modifiers: "Tractor driver")
    j = start - 1
    if j >= 0 and fold(f.tokens[j].surface) in DETERMINERS and not marked_between(f.text, f.tokens, j, start):
        j -= 1
    if j < 0 or marked_between(f.text, f.tokens, j, j + 1):
        return True
    before = f.tokens[j]
    return not before.is_content and before.number is None and fold(before.surface) not in PREPOSITIONS


def unqualified_object(analysis: ClaimAnalysis, matched: list[float]) -> tuple[str, str] | None:
    """(the claim's object, its head) when the claim qualifies the head of its main verb's object with nouns
    ("stole the payment card details") and the window has the head but none of them: it speaks of details, not
    of the kind the claim names. (Nouns only: an adjective a passage leaves out is more often said elsewhere.)"""
    claimed = analysis.main_object
    terms = [analysis.term_at[p] for p in claimed if p in analysis.term_at]
    if len(terms) < 2 or len(terms) != len(claimed) or fold(analysis.tokens[claimed[0] - 1].surface) not in DETERMINERS:
        return None  # (a phrase a determiner opens: one object, not two, "provide patients quality health care")
    return _head_alone(analysis, terms, matched)


def _head_alone(analysis: ClaimAnalysis, run: list[int], matched: list[float]) -> tuple[str, str] | None:
    """(the phrase, its head) when the window (``matched``) has the head of the claim's run of nouns ``run`` (indices
    into terms) but none of the nouns before it, which say which; None otherwise, or for a compound WordNet lists as
    one word, which a passage may say in another ("death rate", deathrate, is mortality)."""
    *qualifiers, head = run
    if not matched[head] or any(matched[j] or analysis.terms[j].name for j in qualifiers):
        return None
    if not all(lexicon.mostly(analysis.terms[j].surface, "n") for j in run) or lexicon.lookup(
            "".join(fold(analysis.terms[j].surface) for j in run)) is not None:
        return None
    phrase = analysis.text[analysis.tokens[analysis.terms[run[0]].position].start:
                           analysis.tokens[analysis.terms[head].position].end]
    return phrase, analysis.terms[head].surface


def unqualified_subject(analysis: ClaimAnalysis, matched: list[float],
                        window: Sequence[SentenceFeatures]) -> tuple[str, str] | None:
    """(the claim's subject, its head) when the claim opens with nouns that qualify the head of its subject right
    before its main verb ("Youth unemployment rose") and the window has the head but none of them, and nothing
    before the head where it has it ("Unemployment rises to 5.4 per cent"): it speaks of the whole, not of the
    part the claim names. (A word of its own before the head is another qualifier, ``modifiers``' to read: "The
    country estate" / "The commonwealth estate".)"""
    k = analysis.main_verb
    if k is None:
        return None
    at = analysis.terms[k].position
    run: list[int] = []
    for j, t in enumerate(analysis.terms):
        if t.position >= at:
            break
        run = run + [j] if run and t.position == analysis.terms[run[-1]].position + 1 else [j]
    if len(run) < 2 or analysis.terms[run[0]].position != _first_word(analysis) or analysis.terms[
            run[-1]].position != at - 1:
        return None  # (the subject's whole phrase, and nothing between it and the verb)
    found = _head_alone(analysis, run, matched)
    if found is None or any(q > 0 and f.tokens[q - 1].is_content
                            for f in window for q in f.places(analysis.terms[run[-1]].spellings)):
        return None
    return found


def _first_word(analysis: ClaimAnalysis) -> int:
    """Where the claim's first word stands that is not an article."""
    return next((i for i, t in enumerate(analysis.tokens) if fold(t.surface) not in ARTICLES), 0)


def verb_of_another(analysis: ClaimAnalysis, f: SentenceFeatures,
                    aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's main verb, the noun it follows in the sentence) when the sentence has the claim's main verb only
    with a subject of its own, a noun, and none of the claim words beside the verb (``analysis.pairs``): "71 per
    cent of patients starting treatment" says nothing of "the recovery plan was starting to work", whoever a
    neighbour names. (A pronoun before the verb may take up the claim's subject from a neighbour: "it is starting to
    work".)"""
    k = analysis.main_verb
    if k is None or k not in aligned:
        return None
    beside = {b if a == k else a for a, b in analysis.pairs if k in (a, b)}
    if not beside or any(j in aligned for j in beside):
        return None
    if not any(is_verb(f.tokens, q) for q in aligned[k]):
        return _noun_of_another(analysis, f, aligned[k])
    found = None
    for q in aligned[k]:
        p = _before_auxiliaries(f, q)
        if p < 0 or any(c in f.text[f.tokens[p].end : f.tokens[q].start] for c in ",;:.!?()"):
            return None
        before = f.tokens[p]
        if not before.is_content or before.number is not None or not lexicon.mostly(before.surface, "n"):
            return None  # (a pronoun, a determiner, an adverb: the verb's subject may be the claim's)
        found = found or (analysis.terms[k].surface, before.surface)
    return found


ARGUMENT_MARKERS = frozenset({"of", "for"})  # what a noun of an action was of or for ("payments for housing benefit")


def _noun_of_another(analysis: ClaimAnalysis, f: SentenceFeatures, places: list[int]) -> tuple[str, str] | None:
    """(the sentence's noun for the claim's verb, what it is of) when the sentence has the claim's main verb only as
    a noun (``places``) whose own "of" or "for" phrase names none of the claim's words, and none of the claim's
    words beside the verb: "Payments for housing benefit were made by hand" says nothing of "The council paid a
    ransom", whatever its neighbours name."""
    found = None
    for q in places:
        if q + 2 >= len(f.tokens) or fold(f.tokens[q + 1].surface) not in ARGUMENT_MARKERS:
            return None
        head = next((p for p in range(q + 2, min(len(f.tokens), q + 5)) if f.tokens[p].is_content), None)
        if head is None or f.tokens[head].stem in analysis.stems:
            return None
        end = head
        while end + 1 < len(f.tokens) and f.tokens[end + 1].is_content and not is_verb(f.tokens, end + 1):
            end += 1  # (its phrase: "housing benefit")
        found = found or (f.tokens[q].surface, f.text[f.tokens[head].start : f.tokens[end].end])
    return found
