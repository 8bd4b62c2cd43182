"""Another measure in the claim's place: "the siren sounded only minutes before the water arrived" does not say
"the siren sounded hours before the water arrived", nor "a week or longer" "less than a day".

A word for a measure of time or quantity (WordNet files it with the times, *minute*, *week*, *morning*, or with
the quantities, *mile*, *tonne*) is a value, as a number is. When the sentence that holds the claim lacks the
claim's measure word (and every form, synonym, kind of it and what it is a kind of), and has, where the claim
has it, another word WordNet files with the same measures and relates to it in none of those ways, the two
differ as "six" and "fourteen" do: in natural logic, an alternation (they exclude each other, as *cat* and
*dog* do). A more general word ("period" for "weeks") is not a rival: it may say the same. Its place is beside the claim
words nearest the claim's measure, or in a relative clause that opens right after one of them ("restored within a
day" / "restore its systems, which it expects to take at least a week").
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import CLAUSE_MARKS, NUMBER_WORDS, Token, fold
from . import nouns, roles
from .values import same_duration
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

PLACE_SPAN = 4  # words: how near the claim words beside the measure a rival must stand to be in its place
MEASURES = frozenset({"time", "quantity"})
"""WordNet's lexicographer files of nouns that are measures: times and units of quantity."""


def rival_measure(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float]) -> tuple[str, str] | None:
    """(claim word, sentence word) when the sentence has another measure where the claim has one, else None.
    ``row``: how well the sentence has each claim word."""
    for k, term in enumerate(analysis.terms):
        if term.name or term.number is not None:
            continue
        mine = analysis.tokens[term.position]
        kind = _measure(mine.surface) if quantified(analysis.tokens, term.position) else None
        if kind is None or (row[k] and any(quantified(f.tokens, p) for p in f.places(term.spellings))):
            continue  # (the claim's measure, counted there too; only named as a time, it measures nothing: "lasted
            # four months" / "last month ... a search that lasted four years")
        if not row[k] and nouns.said_in(mine, f):
            continue
        for p, tok in enumerate(f.tokens):
            if (tok.is_content and tok.number is None and not tok.capitalised and tok.stem not in analysis.stems
                    and _measure(tok.surface) == kind and quantified(f.tokens, p) and not nouns.related(mine, tok)
                    and not same_duration(analysis.tokens, term.position, f.tokens, p)
                    and _in_place(analysis, f, row, k, p)):
                return mine.surface, tok.surface
    return None


AMOUNT = frozenset({"a", "an", "some", "few", "several", "many"})
"""Determiners that say how much of a measure: "a week", "several hours"."""


def quantified(tokens: Sequence[Token], i: int) -> bool:
    """Whether the measure word at ``i`` says an amount of it: after a number or a determiner of amount ("three
    years", "a day", "a full week"), or a plural without a determiner ("hours before"). "The same year", "last
    month" or "winter" in "a winter flu" point to a time or say which; they do not measure one."""
    if i > 0 and tokens[i - 1].number is not None:
        return True  # a count of it, also before a noun it then qualifies: "a three-week ban"
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (after is not None and after.is_content and after.number is None and not roles.is_verb(tokens, i + 1)
            and (lexicon.mostly(after.surface, "n") or lexicon.entry_of(after.surface) is None)):
        return False  # it names a kind of the noun after it: "a winter flu", "a day trip"
    j = i - 1
    if j >= 0 and tokens[j].is_content and tokens[j].number is None and lexicon.mostly(tokens[j].surface, "a"):
        j -= 1  # "a full week"
    before = tokens[j] if j >= 0 else None
    if before is not None and (before.number is not None or fold(before.surface) in AMOUNT):
        return True
    if j != i - 1 or (before is not None and fold(before.surface) in roles.DETERMINERS):
        return False
    word = fold(tokens[i].surface)
    return word.endswith("s") and lexicon.inflected_from(word) is not None  # a plural ("morning" is no "morn")


def _measure(word: str) -> str | None:
    """The kind of measure the word names (its first noun sense's file), when it is mostly a noun."""
    entry = lexicon.entry_of(word)
    if entry is None or entry.main_pos != "n":
        return None
    kind = entry.kind("n")
    return kind if kind in MEASURES else None


def _in_place(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float], k: int, pos: int) -> bool:
    """Whether the sentence's word at ``pos`` stands within PLACE_SPAN words of where the sentence has the claim
    words nearest the claim's term ``k`` on either side (of those it has): "take a week" for "take less than a
    day"."""
    terms = analysis.terms
    at = terms[k].position
    held = [t for j, t in enumerate(terms) if row[j]]  # (the count too: "more than 15 months" / "15 years")
    before = [t for t in held if t.position < at]
    after = [t for t in held if t.position > at]
    nearest = ([max(before, key=lambda t: t.position)] if before else []) + (
        [min(after, key=lambda t: t.position)] if after else [])
    return any(0 < abs(q - pos) <= PLACE_SPAN or _in_relative_clause(f, q, pos)
               for t in nearest for st in t.spellings for q in f.positions.get(st, ())) or _verbs_length(
        analysis, f, k, pos)


DURATION = frozenset({"for", "over", "within", "during"})
"""Prepositions that put a length of time on a verb ("living with mould for about a month")."""
LENGTH_WORDS = frozenset({"a", "an", "the", "about", "around", "almost", "nearly", "some", "more", "less", "than",
                          "over", "under", "up", "to", "at", "least", "most", "just", "only", "roughly"})
"""Words of amount and bound between such a preposition and its measure ("for more than a year")."""


def _verbs_length(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, pos: int) -> bool:
    """Whether the claim's measure k and the sentence's at pos are each the length of time a preposition of DURATION
    puts on the claim's main verb, which the sentence has before its measure in the same clause: "had been living with
    mould in their flat for about a month" / "had been living with black mould on the bedroom walls for more than a
    year", however the two order the verb's other words."""
    verb = analysis.main_verb
    before_mine = _duration_before(analysis.tokens, analysis.terms[k].position)
    if verb is None or before_mine is None or before_mine != _duration_before(f.tokens, pos):
        return False
    return any(q < pos and not any(c in CLAUSE_MARKS for c in f.text[f.tokens[q].end : f.tokens[pos].start])
               for q in f.places(analysis.terms[verb].spellings))


def _duration_before(tokens: Sequence[Token], i: int) -> str | None:
    """The preposition of DURATION before the measure at i, past words of amount and bound and numbers, or None."""
    j = i - 1
    while j >= 0 and (tokens[j].number is not None or fold(tokens[j].surface) in LENGTH_WORDS):
        j -= 1
    word = fold(tokens[j].surface) if j >= 0 else ""
    return word if word in DURATION else None


def _in_relative_clause(f: SentenceFeatures, q: int, pos: int) -> bool:
    """Whether the measure at ``pos`` stands in a relative clause that "which" opens right after the phrase of the
    claim's word at ``q`` ("restore its systems, which it expects to take at least a week"): said of it. The clause
    runs to the next clause mark."""
    if not q < pos:
        return False
    which = next((j for j in range(q + 1, min(pos, q + 1 + PLACE_SPAN)) if fold(f.tokens[j].surface) == "which"),
                 None)
    return which is not None and not any(c in ",;:()" for c in f.text[f.tokens[which].end : f.tokens[pos].start])


def rival_joined_measure(claim: Sequence[Token], sentence: Sequence[Token]) -> tuple[str, str] | None:
    """(claim word, sentence word) when the sentence joins the claim's count to another measure of the same kind,
    with the rest of the word the same: "a three-month ban" / "a three-week ban", "a two-year-old truce" /
    "a two-month-old truce" (the tokenizer keeps such a word whole, so ``rival_measure`` does not see it)."""
    claimed = [(tok, parts) for tok in claim if (parts := _joined(tok.surface)) is not None]
    for tok, (count, unit, rest) in claimed:
        kind = _measure(unit)
        for other in sentence:
            parts = _joined(other.surface)
            if (parts is not None and parts[0] == count and parts[2] == rest and parts[1] != unit
                    and _measure(parts[1]) == kind):
                return tok.surface, other.surface
    return None


def _joined(word: str) -> tuple[str, str, str] | None:
    """(count, measure, rest) of a count joined to a measure by hyphens ("three-month": three, month, "";
    "40-year-old": 40, year, "old"), or None."""
    parts = fold(word).split("-")
    if len(parts) < 2 or not (parts[0].isdigit() or parts[0] in NUMBER_WORDS):
        return None
    unit = parts[1][:-1] if parts[1].endswith("s") else parts[1]
    return (parts[0], unit, "-".join(parts[2:])) if _measure(unit) else None
