"""Language helpers shared by matching and reuse detection.

Everything here is deterministic and rule-based: tokens, a light stemmer that folds British and
American spellings and inflections together, number reading ("10 thousand" is 10,000) and the
small closed word classes (function words, negators) that the matcher reasons with. Relations between
open-class words (synonyms, opposites) come from WordNet, in ``lexicon/``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

WORD_RE = re.compile(
    r"[^\W\d_]++(?:['’][^\W\d_]+)*+(?![\w-])"  # the common case first: a plain word (no backtracking)
    r"|\d+(?:st|nd|rd|th)\b"  # ordinals: 27th is 27
    r"|(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*"  # identifiers mixing letters and digits: COVID-19, S358
    r"|\d+(?:[.,·]\d+)*"  # (a raised point is a decimal point in British print: 12·4)
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*",
    re.UNICODE,
)
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_SCALED = re.compile(r"(\d+)(k|m|bn)", re.IGNORECASE)

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves may might must shall upon via per among amongst within
    without one s t also however thus therefore according said says say stated state told reports
    reported reportedly report including many much several well even still yet now already fewer
    new news next across around along behind beyond toward towards onto throughout near since despite
    unlike like whether either every another ’s 's
    """.split()
)
"""Words that carry no content of their own. Negators are kept out of this list on purpose."""

NEGATORS = frozenset(
    """
    not no non never none nobody nothing neither nor without cannot cant can't don't doesn't didn't isn't
    aren't wasn't weren't won't wouldn't shouldn't couldn't hasn't haven't hadn't lack lacks lacked
    fail fails failed refuse refuses refused refusing deny denies denied denying postpone postponed
    postpones postponing halt halted cancel cancelled canceled exempt exempted unable avoid avoids avoided
    avoiding
    """.split()
)
"""Words that flip the polarity of what follows them ("did not", "refused to", "exempt from")."""

LEXICAL_NEGATORS = NEGATORS - frozenset(
    "not no non never none nobody nothing neither nor without cannot cant".split()) - {w for w in NEGATORS if "'" in w}
"""Negating words that say more than "not": refusing, failing or being exempt from something is not just not
doing it, so a passage with a plain "not" does not support a claim that uses one of these."""


PLAIN_NEGATORS = NEGATORS - LEXICAL_NEGATORS
"""Negating words that say just "not": "not", "never", "nobody", "didn't"."""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 10**12,  # alone ("a thousand", "one-in-a-thousand-year") as after a number ("ten thousand")
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "hundred": 100, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}


MONTH_NAME = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
"""A regular expression's alternation of the month names, longest first (September before Sep)."""
_FULL_DATE = re.compile(
    rf"\b(?P<m1>{MONTH_NAME}|[A-Z]{{3,9}})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>[12]\d{{3}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_NAME}|[A-Z]{{3,9}})\.?,?\s+(?P<y2>[12]\d{{3}})\b"
    r"|\b(?P<y3>[12]\d{3})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b"
)


DATELINE_WORDS = 20  # a sentence this short that writes out a full date is a date line ("Posted Nov 14, 2018")


def is_dateline(text: str) -> bool:
    """Whether a sentence is a date line: short, and writing out a full date ("Posted Nov 14, 2018",
    "Environment Agency, press office, 2 April 2025"). It dates the text; it states no fact of the story."""
    return (len(text) < 40 * DATELINE_WORDS and _YEAR.search(text) is not None  # (a full date has a year)
            and len(WORD_RE.findall(text)) <= DATELINE_WORDS and bool(full_dates(text)))


_YEAR = re.compile(r"[12]\d{3}")


def full_dates(text: str) -> list[tuple[int, int, int]]:
    """The dates a text writes out in full, as (year, month, day): "Nov 14, 2018", "14 November 2018",
    "2018-11-14"."""
    out = []
    for m in _FULL_DATE.finditer(text):
        if m["y3"]:
            year, month, day = int(m["y3"]), int(m["m3"]), int(m["d3"])
        else:
            named = m["m1"] or m["m2"]
            month = MONTHS.get(named.lower(), 0)
            year, day = int(m["y1"] or m["y2"]), int(m["d1"] or m["d2"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999:
            out.append((year, month, day))
    return out


def month_of(surface: str) -> int | None:
    """The month a capitalised word names (November, Nov, Nov.), or None."""
    return MONTHS.get(surface.lower().rstrip(".")) if surface[:1].isupper() else None


class Token(NamedTuple):
    """One word of a text: its surface form, its stem and where it stands.

    A named tuple rather than a dataclass: a corpus makes millions of them, and a tuple is built several
    times faster.
    """

    surface: str
    stem: str
    start: int
    end: int
    capitalised: bool
    number: float | None = None
    is_content: bool = True  # carries meaning of its own (not a function word)
    is_negator: bool = False  # flips the polarity of what follows ("not", "refused", "without")


CLAUSE_MARKS = frozenset(",;:()—–")
"""Punctuation that opens an aside or another clause (not a full stop: sentences are split before this is read)."""


def marked_between(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether one of CLAUSE_MARKS stands in ``text`` between token ``first`` and token ``last``."""
    return any(c in CLAUSE_MARKS for c in text[tokens[first].end : tokens[last].start])


def same_digits(a: str, b: str) -> bool:
    """Whether two words carry the same digits: a close spelling that changes one is another thing (SARS-CoV-2 /
    SARS-CoV-3, COVID-19 / COVID-20). Digits one word adds at its very end may be a footnote mark glued to it
    ("SARS-CoV-21" in a text copied from a paper): those are read past."""
    da, db = "".join(c for c in a if c.isdigit()), "".join(c for c in b if c.isdigit())
    if da == db:
        return True
    (short, _), (long_digits, long_word) = sorted(((da, a), (db, b)), key=lambda x: len(x[0]))
    extra = long_digits[len(short):]
    return bool(short) and long_digits.startswith(short) and long_word.endswith(short[-1:] + extra)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case and strip accents, so that café and cafe, Ё and Е compare equal."""
    if text.isascii():  # most words: nothing to decompose or strip
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


_SUFFIXES = (
    "izations", "ization", "ational", "ations", "ation", "nesses", "ness", "ments", "ment",
    "ities", "ity", "ingly", "edly", "ings", "ing", "ers", "er", "ed", "es", "ly", "s", "e",
)
_BRITISH_ISE = re.compile(r"is(ation|ations|ing|ed|es|e)$")
_BRITISH_RE = re.compile(r"([^aeiou])re$")
_NEVER_STEM = frozenset({"us", "is", "was", "has", "its", "this", "news", "as", "yes", "less"})


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, str]:
    """Inflected forms that no suffix rule undoes (went/go, fought/fight, children/child), from WordNet's
    exception lists (``lexicon/build.py`` writes the file)."""
    return read_pairs(Path(__file__).parent / "lexicon" / "data" / "irregular.tsv")


def read_pairs(path: Path) -> dict[str, str]:
    """A file of tab-separated (form, lemma) lines, as ``lexicon/build.py`` writes them (empty if missing)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


_SHORT_E_FORM = re.compile(r"[aeiou][b-df-hj-np-tv-z]e(?:d|s)|[aeiou][b-df-hj-np-tv-z]ing")
"""A three-letter verb in -e with its ending: a vowel and a consonant before "ed", "es" or "ing"."""


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Reduce a folded word to a crude stem that is shared by its inflections and spellings.

    Not a linguistic stem: two words that share it are very likely forms of one word
    (enlist/enlisted, mobilisation/mobilization, labour/labor, migrants/migrant, went/go, died/die).
    """
    w = fold(word).replace("'", "")
    w = irregular_forms().get(w, w)
    if len(w) == 4 and w.endswith("ied"):
        return w[:-1]  # died, lied, tied
    if _SHORT_E_FORM.fullmatch(w):
        return w[:2] + "e"  # used, uses, using: use; owed, aged, iced (too short for the suffixes below)
    if not w.isalpha() or len(w) <= 3 or w in _NEVER_STEM:
        return w
    if "is" in w:
        w = _BRITISH_ISE.sub(r"iz\1", w)  # British -ise spellings
    if len(w) > 5 and w.endswith("our"):
        w = w[:-3] + "or"  # labour, colour, honour
    if w.endswith("re"):
        w = _BRITISH_RE.sub(r"\1er", w)  # centre, theatre
    w = w.replace("ae", "e") if len(w) > 6 else w  # haemorrhage, anaemia
    if len(w) > 4 and w[-3:] in ("ies", "ied"):
        w = w[:-3] + "y"  # countries, carried; and on, as the word itself goes: applied, apply
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 5 and w.endswith("iz"):
        w = w[:-2]  # mobiliz(e/ing/ed) -> mobil, like mobilization
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # stopped -> stopp -> stop
    return w


def parse_number(raw: str) -> float | None:
    """A number as written (1,500; 12·4; 1,5; 3.25), or None when the separators make no number."""
    raw = raw.replace("·", ".")
    if "," in raw and re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw):
        raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".") if raw.count(",") == 1 else raw.replace(",", "")
    if raw.count(".") > 1:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
            raw = raw.replace(".", "")
        else:
            return None
    try:
        return float(raw)
    except ValueError:
        return None


new_tuple = tuple.__new__
"""``new_tuple(Token, (...))`` makes a named tuple from all its fields four times faster than ``Token(...)``
(which goes through a Python function to fill in defaults): the corpus makes hundreds of thousands."""


def tokenize(text: str) -> list[Token]:
    """Split text into tokens; numbers, with a following scale word, become values."""
    raw = [(m.group(), *m.span()) for m in WORD_RE.finditer(text)]
    vocabulary = VOCABULARY
    tokens: list[Token] = []
    i, n = 0, len(raw)
    while i < n:
        surface, start, end = raw[i]
        key, content, negator, value = vocabulary.analyse(surface)
        if key == "half" and _half_of([r[0] for r in raw[i : i + 3]], 0):
            value = HALVED[fold(raw[i + 2][0])] / 2  # half a million is 500,000, half a dozen 6
            key, content, negator = _number_key(value), True, False
            end = raw[i + 2][2]
            surface = text[start:end]
            i += 2
        if value is not None and i + 1 < n and _units_after_tens(surface, raw[i + 1][0], text[end : raw[i + 1][1]]):
            value += NUMBER_WORDS[fold(raw[i + 1][0])]  # forty-two is 42
            key = _number_key(value)
            end = raw[i + 1][2]
            surface = text[start:end]
            i += 1
        if (tokens and i + 1 < n and text[end : raw[i + 1][1]] == "-" and tokens[-1].capitalised
                and text[tokens[-1].end : start].isspace() and _name_part(surface, raw, i, text, vocabulary)):
            end = raw[i + 1][2]  # ("Han Ji-won": one name, not "Ji" and the verb "won")
            surface = text[start:end]
            key, content, negator, value = vocabulary.analyse(surface)
            i += 1
        if value is not None and tokens and _second_year(tokens[-1], surface, text[tokens[-1].end : start]):
            value = (tokens[-1].number or 0) + 1  # 2018-19 is 2018 to 2019
            key = _number_key(value)
        if value is not None and i + 1 < n:
            scale = _scale(raw[i + 1][0], spaced=raw[i + 1][1] > end)
            if scale:
                value *= scale
                key = _number_key(value)
                end = raw[i + 1][2]
                surface = text[start:end]
                i += 1
        tokens.append(new_tuple(Token, (surface, key, start, end, surface[:1].isupper(), value, content, negator)))
        i += 1
    return tokens


def _name_part(surface: str, raw: list[tuple[str, int, int]], i: int, text: str, vocabulary: Vocabulary) -> bool:
    """Whether the capitalised word at i, right after another capitalised word (only a space between), and the
    lower-case part a hyphen joins to it make one part of a name ("Han Ji-won", "Kim Jong-un", "Ji-won's"): the end
    of its phrase, before a stop word or a mark, not a word that modifies the one after it, as in "New York-based firm"
    or "Tampa Bay-based Jabil". (After a comma, a colon or a dash the
    capitalised word opens a heading or a list item of its own: "Norway — Paris-based Versatile", "TITLE:
    Student-run Clinics".)"""
    part = raw[i + 1][0]
    possessive = part.endswith(("'s", "’s"))
    if not surface[:1].isupper() or not part[:1].islower() or not (part.isalpha() or possessive):
        return False
    if possessive or i + 2 >= len(raw) or text[raw[i + 1][2] : raw[i + 2][1]].strip():
        return True
    after = raw[i + 2][0]
    return after[:1].islower() and not vocabulary.analyse(after)[1]


class Word(NamedTuple):
    """One word as ``tokenize`` reads it, without its position: what most questions about a sentence need."""

    surface: str
    stem: str
    is_content: bool
    number: float | None


def words(text: str) -> list[Word]:
    """The words of a text, as ``tokenize`` gives them, made several times faster (no positions)."""
    if _names_joined(text):
        return [Word(t.surface, t.stem, t.is_content, t.number) for t in tokenize(text)]
    surfaces = WORD_RE.findall(text)
    known, analyse = VOCABULARY.words, VOCABULARY.analyse
    out: list[Word] = []
    year = False
    for i, surface in enumerate(surfaces):
        key, content, _, value = known.get(surface) or analyse(surface)
        if (value is not None and _positions_matter(surfaces, i, year)) or (key == "half" and _half_of(surfaces, i)):
            return [Word(t.surface, t.stem, t.is_content, t.number) for t in tokenize(text)]
        year = is_year(surface, value)
        out.append(new_tuple(Word, (surface, key, content, value)))
    return out


NAME_JOIN_RE = re.compile(r"(?<!\S)[^\W\d_]+(?:['’][^\W\d_]+)*-[^\W\d_]")
"""A word after a space, which a hyphen joins to a part in letters: every place where ``tokenize`` may read one name
("Han Ji-won"), and more (it decides), so the fast paths, which see words only, leave such a text to it."""


def _names_joined(text: str) -> bool:
    return "-" in text and NAME_JOIN_RE.search(text) is not None


def content_stems(text: str) -> tuple[str, ...]:
    """The stems of the content words of a text, in order: all that indexing, retrieval and reuse detection
    need. ``words`` reduced to stems without making a Word for each: the whole corpus goes through here."""
    if _names_joined(text):
        return tuple(t.stem for t in tokenize(text) if t.is_content)
    surfaces = WORD_RE.findall(text)
    known, analyse = VOCABULARY.words, VOCABULARY.analyse
    out: list[str] = []
    year = False
    for i, surface in enumerate(surfaces):
        key, content, _, value = known.get(surface) or analyse(surface)
        if (value is not None and _positions_matter(surfaces, i, year)) or (key == "half" and _half_of(surfaces, i)):
            return tuple(t.stem for t in tokenize(text) if t.is_content)
        year = is_year(surface, value)
        if content:
            out.append(key)
    return tuple(out)


HALVED = {"dozen": NUMBER_WORDS["dozen"]} | {w: SCALES[w] for w in ("thousand", "million", "billion", "trillion")}
"""The numbers whose half "half a ..." names: "half a dozen" is 6, "half a million" 500,000."""


def _half_of(surfaces: list[str], i: int) -> bool:
    """Whether the word at i is the "half" of "half a million" or "half a dozen" (one number: where the words stand
    decides)."""
    return i + 2 < len(surfaces) and fold(surfaces[i + 1]) in ("a", "an") and fold(surfaces[i + 2]) in HALVED


def _positions_matter(surfaces: list[str], i: int, after_year: bool) -> bool:
    """Whether the number at i joins the next word (a scale: 10 thousand; the units of forty-two) or ends a
    season (2018-19): then where the words stand decides, and only ``tokenize`` can tell."""
    if i + 1 < len(surfaces):
        following = fold(surfaces[i + 1])
        if following in SCALES or (following in _UNITS and fold(surfaces[i]) in _TENS):
            return True
    return after_year and len(surfaces[i]) == 2


_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_UNITS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})


def _units_after_tens(word: str, following: str, between: str) -> bool:
    """Whether two number words make one number: "forty-two", "forty two"."""
    return between in ("-", " ", "\u2010") and fold(following) in _UNITS and fold(word) in _TENS


_Analysis = tuple[str, bool, bool, "float | None"]  # key, is-content, is-negator, numeric value
MAX_WORDS = 1_000_000  # a cache: past this many words it starts again, to keep memory bounded


class Vocabulary:
    """Every word analysed so far in this process, as it stands in a text, in the order it came.

    Analysing a word (its stem, whether it is a content word or a negator, its value) is most of what reading
    a corpus costs, so each distinct word is analysed once. The one place this memory moves: forked parsing
    workers inherit it and send back what they added (``mark``, ``since``, ``learn``, used by ``sources``),
    and a large corpus's words are kept between runs in the parse cache (``sources.load_corpus``).
    """

    def __init__(self, limit: int = MAX_WORDS) -> None:
        self.words: dict[str, _Analysis] = {}
        self.order: list[str] = []  # so that a worker can send back the words it added
        self.limit = limit

    def analyse(self, surface: str) -> _Analysis:
        """Key, is-content, is-negator and numeric value of one word as it stands in a text (remembered)."""
        found = self.words.get(surface)
        if found is None:
            if len(self.words) >= self.limit:
                self.words.clear()
                self.order.clear()
            found = self.words[surface] = _analysis(surface)
            self.order.append(surface)
        return found

    def mark(self) -> int:
        """A mark to pass to ``since``."""
        return len(self.order)

    def since(self, mark: int) -> dict[str, _Analysis]:
        """The words analysed since ``mark``: a parsing worker sends them back so the parent need not redo them."""
        return {w: self.words[w] for w in self.order[mark:] if w in self.words}

    def learn(self, analysed: dict[str, _Analysis]) -> None:
        """Take words analysed elsewhere (by a worker, or in an earlier run) as known."""
        for w, analysis in analysed.items():
            if w not in self.words and len(self.words) < self.limit:
                self.words[w] = analysis
                self.order.append(w)


VOCABULARY = Vocabulary()
"""The process's vocabulary: the tokenizers below read it."""


def _analysis(surface: str) -> _Analysis:
    if surface[0].isdigit():
        ordinal = _ORDINAL.fullmatch(surface)
        scaled = _SCALED.fullmatch(surface)
        if ordinal:
            value: float | None = float(ordinal.group(1))
        elif scaled:  # 5m, 10k: one word
            value = float(scaled.group(1)) * SCALES[scaled.group(2).casefold()]
        else:
            value = parse_number(surface)
        if value is not None:
            return _number_key(value), True, False, value
    folded = fold(surface)
    if folded in NUMBER_WORDS and folded != "one":
        value = float(NUMBER_WORDS[folded])
        return _number_key(value), True, False, value
    key, content, negator = _word(folded)
    if not content and month_of(surface) is not None:
        content = True  # "in May": a month, not the modal "may" (which is never capitalised inside a sentence)
    if surface == "us":
        content = False  # the pronoun; "US" is the country
    return key, content, negator, None


def is_year(surface: str, value: float | None) -> bool:
    """Whether a number reads as a year: four plain digits from 1000 to 2999 (2019, not 2,000 or 2000th)."""
    return value is not None and len(surface) == 4 and surface.isdigit() and 1000 <= value <= 2999


def _second_year(previous: Token, surface: str, between: str) -> bool:
    """Whether a two-digit number ends a season written short: 2018-19, 1999/00 (not 2018-05, a month)."""
    if not (len(surface) == 2 and surface.isdigit() and between in ("-", "–", "—", "/")):
        return False
    if previous.number is None or not is_year(previous.surface, previous.number):
        return False
    return int(surface) == (int(previous.number) + 1) % 100


def _scale(word: str, spaced: bool) -> int | None:
    """The multiplier of a scale word after a number ("10 thousand"); "m" and "k" count only when attached
    ("2.5m", not "5 m away")."""
    folded = fold(word)
    if folded in ("m", "k") and spaced:
        return None
    return SCALES.get(folded)


@lru_cache(maxsize=200_000)
def _word(folded: str) -> tuple[str, bool, bool]:
    """Stem of a folded word, whether it is a content word, whether it is a negator."""
    key = stem(folded)
    content = folded not in STOPWORDS and len(key) > 1 and (key not in STOPWORDS or not _form_of_a_stopword(folded))
    negator = folded in NEGATORS or folded.endswith("n't")
    return key, content, negator


_INFLECTIONS = ("s", "es", "d", "ed", "ing", "ly")


def _form_of_a_stopword(folded: str) -> bool:
    """Whether a word whose stem is a stop word's is a form of that word ("reporting", "states", "likely"), not
    another word the suffixes happen to cut down to it ("owner", "statement", "offers", "reporter")."""
    if irregular_forms().get(folded, "") in STOPWORDS:
        return True  # ("done": do)
    return any(folded.endswith(ending) and (folded[: -len(ending)] in STOPWORDS
                                            or folded[: -len(ending)] + "e" in STOPWORDS) for ending in _INFLECTIONS)


def _number_key(value: float) -> str:
    return f"#{value:g}"
