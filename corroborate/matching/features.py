"""What the matcher reads of a source's sentences, computed the first time a claim's window needs it.

A sentence's features are its tokens, where each stem stands, which words a negator bears on, its names and
the stretches under a denial or an open cue. Of a whole source: its title's names, the years of its opening
lines and its date line, which a passage that names none of its own speaks of.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Sequence

from ..sources import Source
from ..text import MONTHS, Token, Word, fold, full_dates, is_dateline, is_year, stem, tokenize, words
from . import direction, negation, polarity

CONTEXT_SENTENCES = 3  # sentences before a passage whose names it may refer to ("he", "the Center")
LEAD_SENTENCES = 5  # a source's opening sentences (title, byline, date line): the years there date it


class SentenceFeatures:
    """A sentence read for matching: its tokens, and where each stem stands. What only the sentence that holds
    a claim needs (negation, names, the scopes of denials and hedges) is read when first asked for: most
    sentences of a window are only looked at for their words."""

    __slots__ = ("text", "tokens", "stems", "positions", "_negated", "_names", "_scopes", "_directions")

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.positions = positions_of(tokens)  # stem -> token positions
        self.stems = frozenset(self.positions)
        self._negated: dict[int, str] | None = None
        self._names: dict[int, str] | None = None
        self._scopes: list[polarity.Scope] | None = None
        self._directions: direction.Places | None = None

    def places(self, spellings: Iterable[str]) -> list[int]:
        """Where the sentence has a word in any of these spellings (a claim term's ``spellings``), in order."""
        return sorted(p for st in spellings for p in self.positions.get(st, ()))

    @property
    def negated(self) -> dict[int, str]:
        """Position of a negated word -> the negator."""
        if self._negated is None:
            self._negated = negation.negated(self.tokens, self.text)
        return self._negated

    @property
    def names(self) -> dict[int, str]:
        """Position -> stem of capitalised words not at the sentence start."""
        if self._names is None:
            self._names = names_in(self.tokens)
        return self._names

    @property
    def scopes(self) -> list[polarity.Scope]:
        """Stretches under a denial or an open cue."""
        if self._scopes is None:
            self._scopes = polarity.scopes(self.tokens, self.text)
        return self._scopes

    @property
    def directions(self) -> direction.Places:
        """The places the sentence puts after "from", "to", "for" and "against" (``direction.places``): read once,
        for every claim that asks."""
        if self._directions is None:
            self._directions = direction.places(self.tokens, self.text)
        return self._directions


class Kept:
    """How many sentence features all sources keep: one count, so checking the cache's size costs nothing."""

    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0


class SourceFeatures(Sequence[SentenceFeatures]):
    """The features of a source's sentences, computed the first time a claim's window needs them."""

    def __init__(self, source: Source, kept: Kept) -> None:
        self.source = source
        self.kept = kept
        self._items: dict[int, SentenceFeatures] = {}
        self._stems: dict[int, frozenset[str]] = {}
        self._names: dict[int, frozenset[str]] = {}
        self._title: frozenset[str] | None = None
        self._lead: frozenset[str] | None = None
        self._author: frozenset[str] | None = None
        self._dates: dict[str, int] | None = None
        self._dateline: tuple[int, tuple[int, int, int]] | None = None
        self._name_parts: frozenset[frozenset[str]] | None = None

    def __len__(self) -> int:
        return len(self.source.sentences)

    def forget(self) -> None:
        self.kept.n -= len(self._items) + len(self._stems) + len(self._names)
        self._items.clear()
        self._stems.clear()
        self._names.clear()

    def names(self, i: int) -> frozenset[str]:
        """The names in sentence i (see names_in), read without making its full features."""
        found = self._names.get(i)
        if found is None:
            feats = self._items.get(i)
            self.kept.n += 1
            found = self._names[i] = (frozenset(feats.names.values()) if feats is not None
                                      else frozenset(names_in(words(self.source.sentence_text(i))).values()))
        return found

    def dates(self) -> dict[str, int]:
        """The years the source's opening lines give (title, byline, date line, and no line after a date line), each
        with the sentence that gives it: the time a passage that names no year speaks of."""
        if self._dates is None:
            self._dates = {}
            line = self.dateline()  # (a source with a date line opens on it: what follows is the story, whose
            # years are those of what it tells: "listed as possibly extinct since 2004")
            last = LEAD_SENTENCES if line is None or line[0] >= LEAD_SENTENCES else line[0] + 1
            for i in range(min(len(self), last)):
                for w in words(self.source.sentence_text(i)):
                    if w.number is not None and is_year(w.surface, w.number):
                        self._dates.setdefault(w.stem, i)
        return self._dates

    def dateline(self) -> tuple[int, tuple[int, int, int]] | None:
        """The source's date line (the first short sentence that writes out a full date) and its date."""
        if self._dateline is None:
            self._dateline = (-1, (0, 0, 0))
            for i in range(len(self)):
                text = self.source.sentence_text(i)
                if is_dateline(text):
                    self._dateline = (i, full_dates(text)[0])
                    break
        return None if self._dateline[0] < 0 else self._dateline

    def author_stems(self) -> frozenset[str]:
        """The capitalised words of the source's date line ("North Vale Health Trust, 4 March 2026"): who signs
        it, whom its "we" means; empty when it has none."""
        if self._author is None:
            line = self.dateline()
            self._author = frozenset() if line is None else frozenset(
                w.stem for w in words(self.source.sentence_text(line[0]))
                if w.surface[:1].isupper() and w.is_content and w.number is None and fold(w.surface) not in MONTHS)
        return self._author

    def context_stems(self, first: int) -> frozenset[str]:
        """Names a passage starting at ``first`` can refer to without repeating them: the source's title and the
        sentences just before."""
        before = (self.names(i) for i in range(max(0, first - CONTEXT_SENTENCES), first))
        return self.title_words().union(*before)

    def lead_stems(self) -> frozenset[str]:
        """The content-word stems of the source's opening sentences (title, byline, date line, lead): what the
        report is about."""
        if self._lead is None:
            self._lead = frozenset().union(*(self.stems(i) for i in range(min(len(self), LEAD_SENTENCES))))
        return self._lead

    def title_words(self) -> frozenset[str]:
        """The capitalised words of the source's first sentence (its title, in most sources)."""
        if self._title is None:
            first = words(self.source.sentence_text(0)) if len(self) else []
            self._title = frozenset(w.stem for w in first if w.surface[:1].isupper() and w.is_content)
        return self._title

    def one_name(self, a: str, b: str) -> bool:
        """Whether two name stems stand side by side somewhere in the source, as parts of one name ("Daniel
        LaRusso"): then one is no rival of the other."""
        if self._name_parts is None:
            self._name_parts = frozenset(
                frozenset((stem(fold(m[1])), stem(fold(m[2])))) for m in _NAME_PAIR.finditer(self.source.text))
        return frozenset((a, b)) in self._name_parts

    def stems(self, i: int) -> frozenset[str]:
        """The content-word stems of sentence i: all that deciding whether to score a window needs (a claim's
        terms are content words), taken from the corpus's stems instead of reading the sentence again."""
        found = self._stems.get(i)
        if found is None:
            self.kept.n += 1
            found = self._stems[i] = frozenset(self.source.content_stems()[i])
        return found

    def __getitem__(self, i: int) -> SentenceFeatures:  # type: ignore[override]  # by int only, no slices
        feats = self._items.get(i)
        if feats is None:
            text = self.source.sentence_text(i)
            self.kept.n += 1
            feats = self._items[i] = sentence_features(text, tokenize(text))
        return feats


def name_span(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """The first and last word of the run of capitalised content words the word at i stands in ("Sheffield City
    Council"): a name of several words, read as one."""
    start = end = i
    while start > 0 and tokens[start - 1].capitalised and tokens[start - 1].is_content:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].capitalised and tokens[end + 1].is_content:
        end += 1
    return start, end


def in_long_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is part of a name of several capitalised words ("National Resistance Center"):
    the name stands for one thing, not for what its words mean alone (that center is no region)."""
    if not tokens[i].capitalised:
        return False
    return (i > 0 and tokens[i - 1].capitalised and tokens[i - 1].is_content) or (
        i + 1 < len(tokens) and tokens[i + 1].capitalised and tokens[i + 1].is_content)


_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+([A-Z][\w'’-]*)")  # two capitalised words side by side


def sentence_features(text: str, tokens: list[Token]) -> SentenceFeatures:
    return SentenceFeatures(text, tokens)


def positions_of(tokens: Sequence[Token]) -> dict[str, list[int]]:
    """Stem -> the positions of the tokens with it, in order."""
    positions: dict[str, list[int]] = {}
    for pos, tok in enumerate(tokens):
        found = positions.get(tok.stem)
        if found is None:
            positions[tok.stem] = [pos]
        else:
            found.append(pos)
    return positions


def names_in(sentence: Sequence[Token | Word]) -> dict[int, str]:
    """Position -> stem of the capitalised content words after the first, unless the sentence is in Title Case."""
    letters = [w for w in sentence if w.number is None and w.surface[0].isalpha()]
    if len(letters) >= 3 and sum(w.surface[0].isupper() for w in letters) / len(letters) > 0.6:
        return {}
    return {pos: w.stem for pos, w in enumerate(sentence)
            if pos and w.surface[:1].isupper() and w.number is None and w.is_content}
