"""A person's title replaced: "Priya Nair is Eastline Rail's chief executive" is not said by "said Priya Nair,
Eastline Rail's operations director", though the sentence names her, and the company.

A claim that says what a named person is ("NAME is [the, Y's] TITLE") makes the title its predicate. News gives a
person's title beside the name: before it ("area manager Priya Shah") or after it, set off by a comma ("Priya Nair,
operations director"). Where the sentence gives the claim's person a title whose head WordNet files as a person,
as it files the claim's, and relates to it in no way (not the same word, a synonym, a kind of it or what it is a
kind of), the sentence says the person is something else: the substitution edit of natural logic, an alternation.
A sentence that gives no title, or a related one ("executive" for "chief executive"), is left to coverage.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import nouns, roles
from .analysis import ClaimAnalysis
from .features import SentenceFeatures, name_span

PERSON = "person"  # WordNet's file of the nouns that name what a person is or does
TITLE_REACH = 5  # words of a title after a name's comma ("Eastline Rail's operations director")


def replaced_title(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence gives the claim's named person another title than the claim says they
    have: "the passage calls Priya Nair 'operations director', the claim 'chief executive'"."""
    found = analysis.title
    if found is None:
        return None
    name, k = found
    if k in aligned or name not in aligned:
        return None
    mine = analysis.tokens[analysis.terms[k].position]
    if _kind(mine) != PERSON:
        return None
    for q in aligned[name]:
        head = _title_before(f.tokens, q) or _title_after(f, q)
        if head is None:
            continue
        theirs = f.tokens[head]
        if theirs.stem in analysis.stems or _kind(theirs) != PERSON or nouns.related(mine, theirs):
            return None  # (the claim's title, or one that may say it: left to coverage)
        claimed = analysis.text[analysis.tokens[_phrase_start(analysis.tokens, analysis.terms[k].position)].start :
                                mine.end]
        said = f.text[f.tokens[_phrase_start(f.tokens, head)].start : theirs.end]
        last = analysis.terms[name].position
        who = analysis.text[analysis.tokens[_name_start(analysis.tokens, last)].start : analysis.tokens[last].end]
        return f"the passage calls {who} '{said}', the claim '{claimed}'"
    return None


def _kind(tok: Token) -> str:
    """The file of the noun's first sense: the word itself first ("manager" is a person; its stem's verb is not)."""
    entry = lexicon.lookup(tok.surface) or lexicon.base_entry(tok.surface)
    return entry.kind("n") if entry is not None else ""


def _title_before(tokens: Sequence[Token], q: int) -> int | None:
    """The head of a title right before the name whose word stands at q ("area manager Priya Shah": manager):
    the lowercase noun before the name's first word."""
    j = _name_start(tokens, q) - 1
    if j < 0 or not tokens[j].is_content or tokens[j].capitalised or not lexicon.mostly(tokens[j].surface, "n"):
        return None
    return j


def _title_after(f: SentenceFeatures, q: int) -> int | None:
    """The head of a title set off by a comma after the name whose word stands at q ("Priya Nair, Eastline Rail's
    operations director": director): its last lowercase noun before the next comma, preposition or the end."""
    tokens = f.tokens
    i = q
    while i + 1 < len(tokens) and tokens[i + 1].capitalised and tokens[i + 1].is_content and (
            "," not in f.text[tokens[i].end : tokens[i + 1].start]):
        i += 1  # the name's last word
    if i + 1 >= len(tokens) or "," not in f.text[tokens[i].end : tokens[i + 1].start]:
        return None
    head = None
    for j in range(i + 1, min(len(tokens), i + 1 + TITLE_REACH)):
        word = fold(tokens[j].surface)
        if j > i + 1 and any(c in f.text[tokens[j - 1].end : tokens[j].start] for c in ",;:()"):
            break
        if word in roles.PREPOSITIONS or (head is not None and not tokens[j].is_content):
            break
        if tokens[j].is_content and not tokens[j].capitalised:
            if not lexicon.mostly(tokens[j].surface, "n") and head is None and not lexicon.mostly(
                    tokens[j].surface, "a"):
                return None  # (a verb after the comma: "Priya Nair, said ...")
            head = j
    return head if head is not None and lexicon.mostly(tokens[head].surface, "n") else None


def _name_start(tokens: Sequence[Token], q: int) -> int:
    """The first word of the name whose word stands at q: the run of capitalised content words that ends there."""
    return name_span(tokens, q)[0]


def _phrase_start(tokens: Sequence[Token], head: int) -> int:
    """The first word of the lowercase run of content words that ends at ``head`` ("chief executive")."""
    i = head
    while i > 0 and tokens[i - 1].is_content and not tokens[i - 1].capitalised and tokens[i - 1].number is None:
        i -= 1
    return i
