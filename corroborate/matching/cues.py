"""What every cue recogniser reads: a sentence's words, the stretch a cue governs (a ``Scope``) and how the sentence
puts what it says (its ``Mood``), and where a clause begins and ends.

The recognisers themselves stand in ``denials``, ``hedges``, ``reports``, ``implicatives`` and ``predicates``;
``polarity`` asks them in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .. import lexicon
from ..text import Token, fold
from .connectives import CONCESSIVES, REASONS, RELATIVE_ADVERBS, RELATIVE_PRONOUNS
from .roles import AUXILIARIES, DETERMINERS, is_verb


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
    main_clause: tuple[int, int] | None = None  # of a condition that opens the sentence: what it is the condition of
    aside: tuple[int, int] | None = None  # of a clause a supplement ends: where the phrase it tells of starts, and
    # where the supplement starts ("a pay dispute last year, when workers walked out"): what it alone says is the
    # writer's (``polarity._governs``)
    carried_by: frozenset[int] | None = None  # of that main clause: where the condition's verbs stand, which a
    # claim may carry itself
    infinitive: bool = False  # a verb after "to" (``infinitives``): a claim that puts its own so says it as well

    def covers(self, position: int) -> bool:
        return self.first <= position <= self.last


CLAUSE_BREAKS = frozenset({";", ":", "—", "–"})


CONTRASTS = frozenset({"but", "however", "although", "though", "while", "whereas", "yet"})


def gap_after(text: str, tokens: Sequence[Token], i: int) -> str:
    """The characters between token i and the next one."""
    return text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""


PHRASE_MARKS = frozenset(",;:.!?()—–\"“”")
"""Punctuation that ends a phrase: an aside, another clause, a quotation."""


def mark_after(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether punctuation that ends a phrase (``PHRASE_MARKS``) stands right after token i."""
    return any(ch in PHRASE_MARKS for ch in gap_after(text, tokens, i))


def clause_end(text: str, tokens: Sequence[Token], start: int, stop_at_comma: bool) -> int:
    """The last token of the clause that begins at ``start``. A pair of dashes sets off an aside inside the clause
    ("whether Daktronics — an amalgam of two words — was listed"), which does not end it."""
    i = start
    inside = start > 0 and any(d in gap_after(text, tokens, start - 1) for d in DASHES)  # ("denied — in a statement
    # on Friday — that X": the clause goes on past the dash that closes the aside it starts in)
    while i < len(tokens) - 1:
        gap = gap_after(text, tokens, i)
        nxt = fold(tokens[i + 1].surface)
        breaks = any(c in gap for c in CLAUSE_BREAKS)
        if inside and not stop_at_comma and any(d in gap for d in DASHES) and not any(c in gap for c in ";:"):
            inside = False
            i += 1
            continue
        if breaks and not stop_at_comma and (close := _closing_dash(text, tokens, i)):
            i = close + 1  # (past the dash that closes it)
            continue
        if breaks or (stop_at_comma and "," in gap):
            return i
        if "," in gap and nxt in CONTRASTS:
            return i
        if "," in gap and nxt in ("and", "or") and i + 2 < len(tokens) and _predicate_at(tokens, i + 2):
            return i  # a predicate of the sentence's subject: "the risk that the ship could become unstable, and are
            # instead pumping in foam"
        i += 1
    return len(tokens) - 1


def _predicate_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb phrase with no subject of its own starts at i: an auxiliary, or a word read as a verb."""
    return fold(tokens[i].surface) in AUXILIARIES or is_verb(tokens, i)


SUPPLEMENT_OPENERS = RELATIVE_PRONOUNS | RELATIVE_ADVERBS
"""Words that, after a comma, open a supplement: a relative clause set off from what it tells of ("a pay dispute
last year, when workers walked out for nine days"). What a supplement says is the writer's, and no cue over the
clause it ends bears on what it alone says (Potts 2005: it is not at issue): "denied that the closure was linked to
a pay dispute, when workers walked out" denies the link, not the walkout; a claim of the link and the walkout
together is still denied."""


def supplement_start(text: str, tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a supplement opens that runs to ``end``, the clause's last token, after ``start`` (the comma and
    SUPPLEMENT_OPENERS, and no comma after it); ``end + 1`` when none does."""
    for i in range(start + 1, end + 1):
        if fold(tokens[i].surface) in SUPPLEMENT_OPENERS and "," in gap_after(text, tokens, i - 1):
            if any("," in gap_after(text, tokens, j) for j in range(i, end)):
                return end + 1  # (one set off in the middle, the clause going on after it: "X, where Y, was sent")
            return i
    return end + 1


DASHES = ("—", "–")
ASIDE_REACH = 12  # words a dashed aside may run to


def _closing_dash(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """When a dash after token i opens an aside, the token before the dash that closes it (within ASIDE_REACH
    words, no other clause break or sentence end between, and a word after it); None otherwise."""
    if not any(d in gap_after(text, tokens, i) for d in DASHES) or any(
            c in gap_after(text, tokens, i) for c in ";:"):
        return None
    for j in range(i + 1, min(i + 1 + ASIDE_REACH, len(tokens) - 1)):
        gap = gap_after(text, tokens, j)
        if any(d in gap for d in DASHES):
            return j if not any(c in gap for c in ";:") else None
        if any(c in gap for c in ";:"):
            return None
    return None


def clause_start(text: str, tokens: Sequence[Token], end: int) -> int:
    for i in range(end, 0, -1):
        gap = gap_after(text, tokens, i - 1)
        if any(c in gap for c in CLAUSE_BREAKS) or fold(tokens[i].surface) in CONTRASTS:
            return i
    return 0


@dataclass(frozen=True, slots=True)
class CueSentence:
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
        """The scope of a cue over the clause that begins at ``start``, and the supplement that ends it, if any."""
        end = clause_end(self.text, self.tokens, start, stop_at_comma)
        supplement = supplement_start(self.text, self.tokens, start, end)
        if supplement > end:
            return Scope(mood, cue, start, end)
        return Scope(mood, cue, start, end, aside=(self._told_of(start, supplement), supplement))

    def _told_of(self, start: int, supplement: int) -> int:
        """Where the phrase a supplement tells of starts: the run of content words and determiners before its
        comma ("a pay dispute last year", "the internet bot")."""
        first = supplement
        while first - 1 >= start and (self.tokens[first - 1].is_content or self.words[first - 1] in DETERMINERS):
            first -= 1
        return first

    def to_phrase_end(self, mood: Mood, cue: str, start: int) -> Scope:
        """The scope of a cue over the phrase it takes ("called for X", "proposed closing X", "told to do X"): to its
        clause's first comma, or a clause in the past that VERIDICAL_OPENERS open, or, after a phrase with no verb
        of its own, to an "and" or "but" that opens another verb of the subject's in the past ("called for a
        public inquiry and said residents deserved answers": what was said is not called for; "called for the
        school to be evacuated and closed" calls for both)."""
        end = clause_end(self.text, self.tokens, start, stop_at_comma=True)
        verbal = False
        for j in range(start + 1, end):
            if self.words[j] in ("and", "but") and not verbal and _past_verb(self.tokens[j + 1]):
                return Scope(mood, cue, start, j - 1)
            if self.words[j] in VERIDICAL_OPENERS and any(
                    _past_verb(self.tokens[q]) for q in range(j + 1, min(end + 1, j + 1 + OPENED_REACH))):
                return Scope(mood, cue, start, j - 1)  # ("told to keep windows shut as firefighters dealt with X")
            verbal = verbal or self.words[j] in VERBAL or _past_verb(self.tokens[j])
            # (the phrase has a verb: what "and" joins may be its)
        return Scope(mood, cue, start, end)

    def to_main_clause(self, mood: Mood, cue: str, start: int) -> Scope:
        """The scope of a condition that opens the sentence ("If X, Y"): up to the comma before its main clause,
        the last comma of the sentence's first clause, whatever commas the condition holds ("If X, which Z,
        Y")."""
        end = clause_end(self.text, self.tokens, start, stop_at_comma=False)
        commas = [i for i in range(start, end) if "," in gap_after(self.text, self.tokens, i)]
        if not commas:
            return Scope(mood, cue, start, end)
        return Scope(mood, cue, start, commas[-1], main_clause=(commas[-1] + 1, end))


def cut_before(scope: Scope, j: int | None) -> Scope:
    """The scope, ending before position j where j is given: what a cue governs stops where a clause of its own
    opens (``opened_clause``) or a contrast sets the rest against it."""
    return scope if j is None else Scope(scope.mood, scope.cue, scope.first, j - 1)


def opened_clause(s: CueSentence, start: int, end: int) -> int | None:
    """Where, in tokens start..end, one of VERIDICAL_OPENERS opens a finite clause of its own: a subject (a
    determiner, a pronoun or a name) right after it, and a verb within OPENED_REACH words ("failed to reach orbit
    after its second stage shut down early": the stage did shut down). None when none does."""
    for j in range(start + 1, end):
        if s.words[j] not in VERIDICAL_OPENERS:
            continue
        subject = (s.words[j + 1] in DETERMINERS or s.words[j + 1] in PRONOUNS or s.tokens[j + 1].capitalised
                   or _bare_plural(s.tokens[j + 1]))  # ("after stocks fell")
        if subject and any(is_verb(s.tokens, q) or _past_verb(s.tokens[q])
                           for q in range(j + 2, min(end + 1, j + 2 + OPENED_REACH))):
            return j
    return None


def _bare_plural(token: Token) -> bool:
    """Whether a word is a plural noun, which may open a clause as its subject with no determiner ("stocks")."""
    base = lexicon.inflected_from(token.surface)
    return (token.is_content and fold(token.surface).endswith("s") and base is not None
            and lexicon.mostly(base.word, "n"))


def _past_verb(token: Token) -> bool:
    """Whether a word is a verb's past form ("said", "added", "demanded"), which WordNet's corpus uses mostly as a
    verb, or uses the form as a verb more than as an adjective ("ruled": ``lexicon.past_form_verb_share``): a finite
    verb of its own, not a participle qualifying a noun ("injured people")."""
    return lexicon.written_past(token.surface) and max(lexicon.verb_share(token.surface),
                                                       lexicon.past_form_verb_share(token.surface)) >= VERB_SHARE


VERB_SHARE = 0.5  # of a word's tagged uses, the share as a verb above which it is read as one
VERBAL = frozenset("to be is are was were been being has have had".split())
"""Words that make a phrase verbal ("for the school to be evacuated")."""
VERIDICAL_OPENERS = CONCESSIVES | REASONS | frozenset({"while", "after", "when"})
"""Openers of a clause that holds whatever the phrase before it asks or proposes: "told to keep windows shut as
firefighters dealt with a leak" says they dealt with it. Not "before", "until", "if": what they open may not be."""
OPENED_REACH = 4  # words from such an opener to its clause's verb in the past ("as firefighters dealt")


PRONOUNS = frozenset("i you he she it we they who which one".split())


def cue_words(tokens: Sequence[Token], i: int) -> str:
    """The words of a cue that ends at i, as the sentence writes them ("not true", "not been confirmed")."""
    start = max((j for j in range(max(0, i - 3), i) if fold(tokens[j].surface) == "not"), default=i)
    return " ".join(t.surface for t in tokens[start : i + 1])


SCANT = frozenset({"no", "little", "scant"})


SAYING_OR_THINKING = frozenset({"communication", "cognition"})
"""WordNet's files of the verbs of saying and thinking, whose "that" clause is what is said or thought."""


TELLING = SAYING_OR_THINKING | {"perception"}
"""... and of seeing: the verbs whose complement is what is told, thought or seen ("say", "confirm", "show")."""


def telling_verb(word: str) -> bool:
    """Whether the word is a form of a verb whose first sense is one of TELLING (WordNet's lexicographer files)."""
    entry = lexicon.entry_of(word)
    return entry is not None and entry.kind("v") in TELLING


def past_aside(s: CueSentence, i: int, reach: int) -> int | None:
    """The word after which the word at i takes what follows it: the word itself, or the last word of an aside set
    off by commas or dashes after it, within ``reach`` words ("believe, after reviewing the footage, that X",
    "claimed, without evidence, that X", "denied — in a statement on Friday — that X"); None when a comma or a
    dash after it opens no such aside."""
    gap = gap_after(s.text, s.tokens, i)
    mark = next((m for m in (",", *DASHES) if m in gap), None)
    if mark is None:
        return i
    return next((j for j in range(i + 1, min(i + 1 + reach, len(s.words) - 1))
                 if mark in gap_after(s.text, s.tokens, j)), None)


ADJUNCT_OPENERS = frozenset({"in", "at", "on", "among", "across", "within", "around", "throughout", "with", "without"})
"""Prepositions of place, setting and manner whose phrase may stand between a word of report and its "that"
("whispered in the corridors that X", "suggestions in the local press that X", "said with certainty that X",
"claimed without evidence that X")."""
ADJUNCT_REACH = 4  # words of such a phrase after its preposition


def before_adjunct(s: CueSentence, i: int) -> int:
    """The word before the "that" at i, read past a phrase of place, setting or manner that ends there:
    "whispered" in "it was whispered in the corridors that X"; i - 1 when there is none."""
    for j in range(i - 2, max(0, i - 2 - ADJUNCT_REACH), -1):
        if s.words[j] in ADJUNCT_OPENERS:
            phrase = s.tokens[j + 1 : i]
            if phrase and all(t.is_content or t.surface.lower() in DETERMINERS for t in phrase) and not any(
                    ch in ",;:()" for ch in s.text[s.tokens[j - 1].end : s.tokens[i].start]):
                return j - 1
            break
    return i - 1


def that_after_adjunct(s: CueSentence, i: int) -> int | None:
    """Where the "that" stands that the word at i takes past a phrase of place, setting or manner ("said with
    certainty that X": ``before_adjunct`` read forward), or None."""
    return next((k for k in range(i + 2, min(i + 3 + ADJUNCT_REACH, len(s.words))) if s.words[k] == "that"
                 and before_adjunct(s, k) == i), None)
