"""Values that must agree: numbers, times of day and names standing in the same place.

A claim's number or name that meets, in the passage, a different one beside the same word ("Fourteen
workers" / "Six workers", "run by the Ukrainian government" / "the Russian government") is a different
value in the same role: the passage contradicts the claim. So is another time of day for the same event
("at about 3 a.m." / "shortly after 1 a.m."), and another share of the same thing ("80 percent" / "12·4%").
A year and a count never disagree (2019 and 15 are not rivals).
"""

from __future__ import annotations

import re
from typing import AbstractSet, Callable, Iterable, Literal, Mapping, NamedTuple, Sequence, TypeVar

from rapidfuzz import fuzz

from .. import lexicon
from ..text import NUMBER_WORDS, STOPWORDS, Token, fold, is_year, month_of, parse_number, same_digits
from . import partitives
from .connectives import ARTICLES, DEMONSTRATIVES, POSSESSIVES
from .roles import OBJECT_PARTICLES, is_verb

K = TypeVar("K")  # the key of a value a text gives: (month, day), (unit, offset)

DETERMINERS = ARTICLES | DEMONSTRATIVES | (POSSESSIVES - {"my", "your"})

_TIME = re.compile(r"\b(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
                   r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
                   r"|\b(?P<word>noon|midday|midnight)\b", re.IGNORECASE)


def times(text: str) -> dict[int, str]:
    """Times of day a text names, as minutes after midnight, each with its words: "3 a.m." is 180."""
    out: dict[int, str] = {}
    for m in _TIME.finditer(text):
        if m["word"]:
            minutes = 0 if m["word"].lower() == "midnight" else 720
        elif m["h24"]:
            minutes = int(m["h24"]) * 60 + int(m["m24"])
        else:
            hour = int(m["h"]) % 12 + (12 if m["half"].lower() == "p" else 0)
            if int(m["h"]) > 12:
                continue
            minutes = hour * 60 + int(m["m"] or 0)
        out.setdefault(minutes, m.group().strip())
    return out


TIME_TOLERANCE = 15  # minutes: "shortly after 10 p.m." in a report is "22:05" in the operator's statement


def time_conflict(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """(claim's time, passage's time) when the claim names a time of day and the passage only others, none of
    them within TIME_TOLERANCE of one of the claim's."""
    claimed, said = times(claim_text), times(passage_text)
    if claimed and said and not any(abs(c - s) <= TIME_TOLERANCE for c in claimed for s in said):
        return next(iter(claimed.values())), next(iter(said.values()))
    return None


PARTS_OF_DAY = {"morning": (300, 720), "afternoon": (720, 1080), "evening": (1020, 1380), "night": (1260, 360),
                "overnight": (1260, 360), "tonight": (1260, 360)}
"""The parts of the day, as the span of minutes after midnight each covers (night runs past midnight); evening and
night overlap, so "late on Monday evening" does not disagree with "at night"."""
_PART = re.compile(r"\b(" + "|".join(PARTS_OF_DAY) + r")\b", re.IGNORECASE)


def _within(minutes: int, span: tuple[int, int]) -> bool:
    start, end = span
    return start <= minutes < end if start < end else minutes >= start or minutes < end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return _within(a[0], b) or _within(b[0], a)


def day_part_conflict(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """(claim's, passage's) when the claim names a part of the day ("this morning") or a time of day and the passage
    only another part or times outside it ("this afternoon", "at 3 p.m."): an event's time differs as its clock
    time would (``time_conflict`` compares clock times with each other)."""
    claimed_parts = {m[1].lower(): m[1] for m in _PART.finditer(claim_text)}
    claimed_times = times(claim_text) if not claimed_parts else {}
    if not claimed_parts and not claimed_times:
        return None
    said_parts = {m[1].lower(): m[1] for m in _PART.finditer(passage_text)}
    said_times = times(passage_text)
    if claimed_parts:
        if not said_parts and not said_times:
            return None
        for part, written in claimed_parts.items():
            span = PARTS_OF_DAY[part]
            if not any(_overlap(span, PARTS_OF_DAY[p]) for p in said_parts) and not any(
                    _within(t, span) for t in said_times):
                return written, next(iter(said_parts.values()), None) or next(iter(said_times.values()))
        return None
    if said_parts and not said_times and not any(
            _within(t, PARTS_OF_DAY[p]) for t in claimed_times for p in said_parts):
        return next(iter(claimed_times.values())), next(iter(said_parts.values()))
    return None


def days(tokens: Sequence[Token]) -> dict[tuple[int, int], str]:
    """The days of the month a text names, as (month, day), each with its words: "19 February", "May 3rd";
    every day of a range ("May 11-22", "3–5 June", "May 11 to 22")."""
    out: dict[tuple[int, int], str] = {}
    for i, tok in enumerate(tokens):
        month = month_of(tok.surface)
        if month is None:
            continue
        for j, step in ((i - 1, -1), (i + 1, +1)):
            if 0 <= j < len(tokens) and _is_day(tokens[j]):
                other = _range_end(tokens, j, step)
                ends = sorted((t for t in (tokens[j], other) if t is not None), key=lambda t: t.start)
                dates = "-".join(t.surface for t in ends)
                written = f"{tok.surface} {dates}" if step > 0 else f"{dates} {tok.surface}"
                numbers = [int(t.number or 0) for t in ends]
                for day in range(min(numbers), max(numbers) + 1):
                    out.setdefault((month, day), written)
                break
    return out


def months(tokens: Sequence[Token]) -> dict[tuple[int, int], str]:
    """The months of a year a text names, as (year, month), each with its words: "March 2023"."""
    out: dict[tuple[int, int], str] = {}
    for i, tok in enumerate(tokens[:-1]):
        month, after = month_of(tok.surface), tokens[i + 1]
        if month is not None and after.number is not None and is_year(after.surface, after.number):
            out.setdefault((int(after.number), month), f"{tok.surface} {after.surface}")
    return out


def month_conflict(claim_tokens: Sequence[Token], tokens: Sequence[Token]) -> tuple[str, str] | None:
    """(claim's month, passage's) when the claim names a month of a year and the passage only that month of
    other years, or other months of that year ("in March 2021" / "in March 2023")."""
    claimed = months(claim_tokens)
    if not claimed:
        return None
    return _only_others(claimed, months(tokens), lambda c, s: (s[0] == c[0] or s[1] == c[1]) and s not in claimed)


def _range_end(tokens: Sequence[Token], j: int, step: int) -> Token | None:
    """The other end of a range of days from the day at j, away from its month: "11-22", "11 to 22"."""
    k = j + step
    if 0 <= k < len(tokens) and _is_day(tokens[k]):
        near = tokens[max(j, k)].start - tokens[min(j, k)].end <= 1  # joined by a dash
        if near:
            return tokens[k]
    if step > 0 and k + 1 < len(tokens) and tokens[k].surface.lower() in ("to", "until") and _is_day(tokens[k + 1]):
        return tokens[k + 1]
    return None


def _is_day(tok: Token) -> bool:
    return tok.number is not None and tok.number.is_integer() and 1 <= tok.number <= 31 and len(tok.surface) <= 4


def day_conflict(claim_tokens: Sequence[Token], tokens: Sequence[Token]) -> tuple[str, str] | None:
    """(claim's day, passage's) when the claim names a day of a month and the passage only other days of that
    month, or the same day of another month ("on 19 February" / "on 9 February", "on June 27" / "on July 27")."""
    claimed = days(claim_tokens)
    if not claimed:  # most claims: the sentence need not be read
        return None
    return _only_others(claimed, days(tokens), lambda c, s: (s[0] == c[0] or s[1] == c[1]) and s not in claimed)


DATED_REACH = 3  # words between a number and the "in" or "on" of its date ("2.9 per cent in April")


def dated_values(tokens: Sequence[Token]) -> dict[str, tuple[str, int]]:
    """For each number (not a year) that a date follows, the month or year it is dated ("fell to 2.9 per cent in
    April": 2.9 -> April), with where that date stands. A number's date is the first "in" or "on" with a month or
    year after it, before any other number."""
    out: dict[str, tuple[str, int]] = {}
    for i, tok in enumerate(tokens):
        if tok.number is None or is_year(tok.surface, tok.number):
            continue
        for j in range(i + 1, min(len(tokens) - 1, i + 2 + DATED_REACH)):
            if tokens[j].number is not None and not is_year(tokens[j].surface, tokens[j].number):
                break
            if fold(tokens[j].surface) in ("in", "on") and _date_word(tokens[j + 1]):
                out.setdefault(tok.stem, (tokens[j + 1].surface, j + 1))
                break
    return out


def _date_word(tok: Token) -> bool:
    return month_of(tok.surface) is not None or is_year(tok.surface, tok.number)


def dated_value_conflict(claim_tokens: Sequence[Token], tokens: Sequence[Token]) -> tuple[str, str, str] | None:
    """(the number, the claim's date of it, the passage's) when the claim dates a number and the passage dates the
    same number otherwise ("fell to 2.9 per cent in March" / "fell to 2.9 per cent in April from 3.4 per cent in
    March": March is the other number's)."""
    claimed = dated_values(claim_tokens)
    if not claimed:
        return None
    said = dated_values(tokens)
    for key, (date, _) in claimed.items():
        if key in said and fold(said[key][0]) != fold(date):
            number = next(t.surface for t in claim_tokens if t.stem == key)
            return number, date, said[key][0]
    return None


_RELATIVE = re.compile(r"\b(?:(?P<which>last|this|next|previous|coming)\s+"
                       r"(?P<unit>year|month|week|weekend|spring|summer|autumn|winter)|"
                       r"(?P<day>yesterday|today|tomorrow))\b", re.IGNORECASE)
_OFFSET = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "yesterday": -1, "today": 0, "tomorrow": 1}


def relative_times(text: str) -> dict[tuple[str, int], str]:
    """The times a text gives relative to when it was written, as (unit, offset), each with its words: "last
    year" is ("year", -1), "this autumn" ("autumn", 0), "tomorrow" ("day", 1)."""
    out: dict[tuple[str, int], str] = {}
    for m in _RELATIVE.finditer(text):
        word = (m["which"] or m["day"]).lower()
        out.setdefault((m["unit"].lower() if m["unit"] else "day", _OFFSET[word]), m.group())
    return out


def relative_conflict(claim_text: str, passage_text: str) -> tuple[str, str] | None:
    """(claim's, passage's) when the claim says "last year" (or this week, tomorrow...) and the passage only
    another time of the same unit ("in the middle of May last year" / "in middle of May of this year")."""
    claimed = relative_times(claim_text)
    if not claimed:
        return None
    return _only_others(claimed, relative_times(passage_text), lambda c, s: s[0] == c[0] and s[1] != c[1])


def _only_others(claimed: dict[K, str], said: dict[K, str], rival: Callable[[K, K], bool]) -> tuple[str, str] | None:
    """(claim's, passage's) words for the first value the claim gives that the passage does not, where the
    passage gives a ``rival`` of it instead (another day of that month, another year than "last year")."""
    for key, written in claimed.items():
        others = [w for other, w in said.items() if rival(key, other)]
        if others and key not in said:
            return written, others[0]
    return None


_NUMBER = r"\d+(?:[.,·]\d+)?"
_PERCENT = re.compile(rf"(?<![\d.,·])({_NUMBER})(?:\s*%?\s*(?:-|–|to)\s*({_NUMBER}))?\s*(?:%|percent\b|per\s+cent\b)",
                      re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
PERCENT_SPAN = 40  # characters either side of a percentage that say what it is a share of


def percentages(text: str) -> list[tuple[float, float, str, int]]:
    """The percentages a text gives, a range as its two ends: (low, high, as written, where)."""
    out = []
    for m in _PERCENT.finditer(text):
        low = parse_number(m[1])
        high = parse_number(m[2]) if m[2] else low
        if low is not None and high is not None:
            out.append((min(low, high), max(low, high), m.group(), m.start()))
    return out


def _words_near(text: str, at: int, stem_of: Callable[[str], str]) -> set[str]:
    """The stems of the words within PERCENT_SPAN characters of ``at``: what a value there is said of."""
    return {stem_of(w.lower()) for w in _WORD.findall(text[max(0, at - PERCENT_SPAN): at + PERCENT_SPAN])}


V = TypeVar("V")  # a value a text gives: a share (low, high), a factor


def _rival_near(claimed: list[tuple[V, str, int]], said: list[tuple[V, str, int]], same: Callable[[V, V], bool],
                claim_text: str, passage_text: str, stem_of: Callable[[str], str],
                ignore: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(claim's value, passage's) as written, for the first claim value (value, as written, offset) the passage
    gives no ``same`` of, while it gives another near a word that stands near the claim's (``ignore``: words that
    say nothing of what the value is of)."""
    for value, written, at in claimed:
        if any(same(value, other) for other, _, _ in said):
            continue
        around = _words_near(claim_text, at, stem_of) - STOPWORDS - ignore
        rival = next((w for _, w, pos in said if around & _words_near(passage_text, pos, stem_of)), None)
        if rival is not None:
            return written, rival
    return None


def percent_conflict(claim_text: str, passage_text: str, stem_of: Callable[[str], str]) -> tuple[str, str] | None:
    """(claim's percentage, passage's) when the claim gives a share the passage gives otherwise: no share of
    the passage is within a point of the claim's (or of its range), and one of them stands near a word that
    stands near the claim's ("an attack rate of 80 percent" / "the attack rate ... was 12·4%")."""
    claimed = percentages(claim_text)
    said = percentages(passage_text)
    if not claimed or not said:
        return None

    def meet(a: tuple[float, float], b: tuple[float, float]) -> bool:  # the same share, or ranges that meet
        return b[0] < a[1] + 1.0 and b[1] > a[0] - 1.0

    kinds = {kind: ([((low, high), w, at) for low, high, w, at in claimed if _share_kind(claim_text, at, w) == kind],
                    [((low, high), w, at) for low, high, w, at in said if _share_kind(passage_text, at, w) == kind])
             for kind in ("level", "difference", "target")}
    for mine, theirs in kinds.values():  # a share is no rival of a difference or of a target ("62 per cent of them" /
        # "4 per cent more", "against a target of 95 per cent")
        found = _rival_near(mine, theirs, meet, claim_text, passage_text, stem_of, frozenset({"percent", "cent"}))
        if found is not None:
            return found
    owned = _owned_otherwise(kinds["level"][0], kinds["level"][1], meet, claim_text, passage_text, stem_of)
    if owned is not None:
        return owned
    levels, targets = kinds["level"][1], kinds["target"][1]
    for value, written, _ in kinds["level"][0]:  # the claim's share, which the passage gives only as the target the
        # share it gives falls short of or exceeds ("95 per cent were seen" / "62 per cent ..., against a target of 95")
        if levels and not any(meet(value, v) for v, _, _ in levels) and any(meet(value, v) for v, _, _ in targets):
            return written, levels[0][1]
    return None


_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|all|those)\s+)?((?:[A-Za-z][\w'-]*\s*){1,3})")
_OWNER_WORDS = 3  # words after "of" that say whose share it is ("62 per cent of union members")


def _of_whom(text: str, at: int, written: str, stem_of: Callable[[str], str]) -> set[str]:
    """The stems of the words after the "of" that follows a share ("71 per cent of members who voted": member), or
    nothing when none follows ("a turnout of 62 per cent.")."""
    m = _OF_WHAT.match(text, at + len(written))
    if m is None:
        return set()
    words = []
    for w in m.group(1).split()[:_OWNER_WORDS]:
        if w.lower() in STOPWORDS:
            break
        words.append(stem_of(w.lower()))
    return set(words)


def _owned_otherwise(claimed: list[tuple[V, str, int]], said: list[tuple[V, str, int]],
                     same: Callable[[V, V], bool], claim_text: str, passage_text: str,
                     stem_of: Callable[[str], str]) -> tuple[str, str] | None:
    """(the claim's share, the passage's) when the claim says whose share it is ("62 per cent of union members"), the
    passage gives that share only of something else ("on a turnout of 62 per cent"), and gives another share of the
    claim's ("71 per cent of members who voted"): each share is of the words its "of" names."""
    for value, written, at in claimed:
        whose = _of_whom(claim_text, at, written, stem_of)
        if not whose:
            continue
        if any(same(value, v) and _of_whom(passage_text, pos, w, stem_of) & whose for v, w, pos in said):
            continue
        if not any(same(value, v) for v, _, _ in said):
            continue  # (no share of the claim's size at all: ``_rival_near``'s)
        rival = next((w for v, w, pos in said if not same(value, v)
                      and _of_whom(passage_text, pos, w, stem_of) & whose), None)
        if rival is not None:
            return written, rival
    return None


_DIFFERENCE = re.compile(r"(?:\s+(?:per\s+cent|percent|[a-z]+))?\s+(?:more|less|fewer|[a-z]+er)(?:\s+[a-z]+)?"
                         r"(?:\s+on\s+average)?\s+than\b", re.IGNORECASE)  # ("two days earlier on average than")


def difference_at(text: str, tok: Token) -> bool:
    """Whether the number ``tok`` of ``text`` gives a difference from another value, not an amount ("£48 million,
    £11 million more than planned", "three days longer than expected", "4 per cent more patients than"): a difference
    says nothing of an amount."""
    return _DIFFERENCE.match(text, tok.end) is not None


_COMPARED = re.compile(r"\s+(?:more|less|fewer|higher|lower|up|down|above|below|greater|smaller)\b", re.IGNORECASE)
_AIMS = "target|goal|aim|objective"
_NEEDED = re.compile(r"\s+(?:needed|required|necessary)\b", re.IGNORECASE)  # "the 95 per cent needed to prevent
# outbreaks": a threshold, as a target is
_AIM_BEFORE = re.compile(rf"\b(?:{_AIMS})s?\s+(?:(?:of|is|was|at|for)\s+){{1,2}}$", re.IGNORECASE)
_AIM_AFTER = re.compile(rf"\s+(?:{_AIMS})s?\b", re.IGNORECASE)


def _share_kind(text: str, at: int, written: str) -> str:
    """What the percentage written at ``at`` gives: a "difference" from something else ("4 per cent more than last
    year", "5% lower"), a "target" ("a target of 95 per cent", "its 2 per cent target"), or a "level" (a share, a
    rate): a value of one kind says nothing of a value of another."""
    end = at + len(written)
    if _COMPARED.match(text, end):
        return "difference"
    if _AIM_BEFORE.search(text[max(0, at - 20) : at]) or _AIM_AFTER.match(text, end) or _NEEDED.match(text, end):
        return "target"
    return "level"


_MULTIPLES = {"half": 0.5, "halved": 0.5, "halve": 0.5, "twice": 2.0, "double": 2.0, "doubled": 2.0, "triple": 3.0,
              "tripled": 3.0, "quadruple": 4.0, "quadrupled": 4.0}
_FRACTIONS = {"third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_MULTIPLIER = re.compile(r"\b(?:(half|halved|halve|twice|double|doubled|triple|tripled|quadruple|quadrupled)|an?\s+"
                         r"(third|quarter|fifth|tenth)|(\d+(?:\.\d+)?|" + "|".join(
                             w for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
                         + r")\s+times)\b", re.IGNORECASE)


def multipliers(text: str) -> list[tuple[float, str, int]]:
    """(factor, as written, offset) of each multiple or fraction the text gives: "half", "twice", "tripled", "a
    third", "three times"."""
    out = []
    for m in _MULTIPLIER.finditer(text):
        word, fraction, count = m.group(1), m.group(2), m.group(3)
        if word:
            factor = _MULTIPLES[word.lower()]
        elif fraction:
            factor = _FRACTIONS[fraction.lower()]
        else:
            factor = float(count) if count[0].isdigit() else float(NUMBER_WORDS[count.lower()])
        out.append((factor, m.group(0), m.start()))
    for m in _ONE_IN.finditer(text):  # "one in ten children", "two in three": a share of the whole
        part, whole = _count_of(m.group(1)), _count_of(m.group(2))
        if part is not None and whole and not is_year(m.group(2), whole):  # ("one in 2019": a year, no whole)
            out.append((part / whole, m.group(0), m.start()))
    return out


_COUNT = r"(\d+|" + "|".join(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
                               "hundred", "thousand")) + ")"
_ONE_IN = re.compile(rf"\b{_COUNT}\s+(?:in|out\s+of)\s+(?:every\s+)?{_COUNT}\b(?!\s*(?:per\s*cent|percent|%))",
                     re.IGNORECASE)


def _count_of(word: str) -> float | None:
    """A count in digits or in words ("ten", "10")."""
    if word.isdigit():
        return float(word)
    value = NUMBER_WORDS.get(word.lower())
    return float(value) if value is not None else None


def multiplier_conflict(claim_text: str, passage_text: str, stem_of: Callable[[str], str]) -> tuple[str, str] | None:
    """(claim's multiple, passage's) when the claim gives a multiple or fraction the passage gives otherwise near a
    word both put beside it: "bills are half what they were" / "bills it says are three times what they were"."""
    claimed = multipliers(claim_text)
    said = multipliers(passage_text)
    if not claimed or not said:
        return None
    return _rival_near(claimed, said, lambda a, b: abs(a - b) < 1e-9, claim_text, passage_text, stem_of)


def same_word(a: str, b: str) -> bool:
    """Russia/Russian, Uzbek/Uzbeks: one is the other with an ending, or a near spelling."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and same_digits(a, b) and (long.startswith(short) or fuzz.ratio(a, b) >= 90)


def rounds_to(value: float, claimed: float) -> bool:
    """Whether a claim's round number may stand for this value: "$9 million" for $9.2 million, "400" for 430
    (the value rounded to the claim's last significant digit, of hundreds or more, is the claim's, and within
    a tenth of it). A small count is exact: 20 workers are not 21."""
    if claimed <= 0 or not float(claimed).is_integer() or value == claimed:
        return value == claimed
    step = 1
    while claimed % (step * 10) == 0:
        step *= 10
    return step >= 100 and round(value / step) * step == claimed and abs(value - claimed) <= 0.1 * claimed


def comparable(a: Token, b: Token) -> bool:
    """Two numbers in one place disagree only if both are years or both are not (2019 vs 15 is no conflict)."""
    return is_year(a.surface, a.number) == is_year(b.surface, b.number)


def words_beside(tokens: Sequence[Token], positions: Mapping[str, Sequence[int]], neighbour: str,
                 direction: int, between: tuple[str, ...] = (), past_modifier: bool = False) -> dict[str, Token]:
    """Words standing next to ``neighbour`` on one side, by stem, determiners skipped; past the words
    ``between`` when the sentence has them there in the same order ("the middle of March" / "in middle of
    May": the claim's own words between the two). ``past_modifier``: reading forward, a word WordNet's corpus
    uses mostly as an adjective before a name is the name's modifier, and the name is what stands there
    ("production in central Europe")."""
    out: dict[str, Token] = {}
    for q in positions.get(neighbour, ()):
        p = _past(tokens, q - direction, -direction, between) if between else None
        framed = p is not None  # (the claim's own words between: "was near the town of Orsk" / "was near Delyan")
        if p is None:
            p = _past(tokens, q - direction, -direction, ())
        if p is not None and 0 <= p < len(tokens):
            if past_modifier and -direction > 0 and p + 1 < len(tokens) and tokens[p + 1].capitalised and (
                    not tokens[p].capitalised and lexicon.mostly(tokens[p].surface, "a")):
                p += 1
            elif (past_modifier and framed and -direction > 0 and p + 2 < len(tokens) and not tokens[p].capitalised
                  and fold(tokens[p + 1].surface) == "of" and tokens[p + 2].capitalised
                  and lexicon.mostly(tokens[p].surface, "n")):
                p += 2  # ("near the town of Orsk": the name the noun's "of" gives is what stands there)
            out[tokens[p].stem] = tokens[p]
    return out


def _past(tokens: Sequence[Token], p: int, step: int, words: tuple[str, ...]) -> int | None:
    """The position after ``words`` (in order, determiners anywhere between them) from p on; None if the
    sentence does not have them there."""
    for word in (*words, None):
        while 0 <= p < len(tokens) and tokens[p].surface.lower() in DETERMINERS:
            p += step
        if word is None:
            return p
        if not (0 <= p < len(tokens)) or tokens[p].surface.lower() != word:
            return None
        p += step
    return p


def _rival(tokens: Sequence[Token], positions: Mapping[str, Sequence[int]], names: Iterable[str], neighbour: str,
           direction: int, between: tuple[str, ...], tok: Token, claim_stems: set[str],
           one_name: Callable[[str, str], bool]) -> str | None:
    """The word standing, in the passage, where the claim has ``tok`` next to ``neighbour`` (if it differs)."""
    beside = words_beside(tokens, positions, neighbour, direction, between, past_modifier=tok.number is None)
    for other in beside.values():
        if other.stem in claim_stems or (other.number is None and any(same_word(other.stem, c) for c in claim_stems)):
            continue
        if tok.number is not None and other.number is not None and comparable(tok, other) \
                and not rounds_to(other.number, tok.number):
            return other.surface
        if (tok.number is None and other.capitalised and other.number is None and other.stem in names
                and (month_of(tok.surface) is None) == (month_of(other.surface) is None)
                and not one_name(tok.stem, other.stem)):
            return other.surface  # a name (capitalised inside a sentence that is not in Title Case); a month
                                  # only against a month ("in August" / "Opening Reception" are not rivals)
    return None


DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
        "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0, "millennium": 365250.0}
"""The length of each unit of time, in days: "two decades" and "twenty years" are one length said two ways."""
SAME_LENGTH = 0.05  # relative difference within which two lengths are one ("30 days" / "a month")


def same_duration(claim: Sequence[Token], i: int, sentence: Sequence[Token], j: int) -> bool:
    """Whether the claim's counted unit of time at ``i`` and the sentence's at ``j`` are one length ("twenty
    years" / "two decades", "48 hours" / "two days"): then the sentence has another word for the claim's
    measure, not another measure."""
    mine = _length(claim, i)
    return mine is not None and _same_length(mine, _length(sentence, j))


TIME_PREPOSITIONS = frozenset({"for", "since", "in", "over", "during", "until", "after", "before"})
"""Words that put a year or a length of time on the verb before them ("not been seen for 38 years")."""
OWN_TIME_REACH = 3  # words after a verb in which its time stands ("seen for the past 38 years")


def own_time(claim_stems: AbstractSet[str], tokens: Sequence[Token], verbs: Iterable[int]) -> str | None:
    """A year, or a counted length of time, that a sentence puts on one of the claim's verbs (at ``verbs``) and the
    claim does not have ("had not been seen for 38 years"): the sentence says when of its own, so a year its
    neighbour gives is not the time of what it says. None otherwise."""
    for v in verbs:
        if v + 1 >= len(tokens) or fold(tokens[v + 1].surface) not in TIME_PREPOSITIONS:
            continue
        for i in range(v + 2, min(len(tokens), v + 2 + OWN_TIME_REACH)):
            tok = tokens[i]
            if tok.number is not None and is_year(tok.surface, tok.number) and tok.stem not in claim_stems:
                return tok.surface
            if tokens[i - 1].number is not None and tokens[i - 1].stem not in claim_stems and _length(
                    tokens, i) is not None:
                return f"{tokens[i - 1].surface} {tok.surface}"
    return None


def _same_length(mine: float, theirs: float | None) -> bool:
    return theirs is not None and abs(mine - theirs) <= SAME_LENGTH * max(mine, theirs)


RELATIVE_TIME = frozenset({"later", "earlier", "ago", "after", "before", "since", "of", "from", "on"})
"""Words after a length of time that make it a time relative to another ("a week later", "within a year of his
death"): when, which a neighbour may say, not how long."""


def length_by_article(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a length of time that "a" or "an" counts ("within a fortnight", "took more than an
    hour"): a measure, like a number, not a time relative to another ("a week later")."""
    return (i > 0 and fold(tokens[i - 1].surface) in ("a", "an") and _length(tokens, i) is not None
            and (i + 1 >= len(tokens) or fold(tokens[i + 1].surface) not in RELATIVE_TIME))


def _length(tokens: Sequence[Token], i: int) -> float | None:
    """The length in days of a unit of time and the count before it ("two decades", "a week"), or None."""
    unit = tokens[i].surface.lower()
    if unit not in DAYS and (base := lexicon.base_entry(unit)) is not None:
        unit = base.word  # "decades": decade
    if unit not in DAYS or i == 0:
        return None
    before = tokens[i - 1]
    count = before.number if before.number is not None else 1.0 if before.surface.lower() in ("a", "an") else None
    return None if count is None else count * DAYS[unit]


class Substitution(NamedTuple):
    """A claim value the sentence replaces: which kind of value, the reason in words, and the claim word's stem."""

    kind: Literal["number", "date", "name"]
    message: str
    claim_stem: str


def substitutions(claim_tokens: Sequence[Token], tokens: Sequence[Token], positions: Mapping[str, Sequence[int]],
                  names: Iterable[str], one_name: Callable[[str, str], bool] = lambda a, b: False,
                  first_is_name: bool = False) -> Iterable[Substitution]:
    """A ``Substitution`` for each claim name or number whose neighbour word stands, in the passage sentence,
    next to a different one. ``positions``: the sentence's stem -> token positions; ``names``: its names;
    ``one_name``: whether two name stems are parts of one name (the source writes "Daniel LaRusso");
    ``first_is_name``: the claim's first word is a name (the sources write it capitalised: "Ukrainian forces
    are coercing ...")."""
    names = set(names)
    claim_stems = {t.stem for t in claim_tokens}
    content_positions = [p for p, t in enumerate(claim_tokens) if t.is_content]
    for idx, pos in enumerate(content_positions):
        tok = claim_tokens[pos]
        is_name = tok.capitalised and (pos > 0 or first_is_name) and tok.number is None
        if not (is_name or tok.number is not None):
            continue
        if tok.number is not None and any(
                t.number == tok.number and not any(u.is_negator for u in tokens[max(0, p - 3) : p])
                for p, t in enumerate(tokens)):
            recount = _counted_otherwise(claim_tokens, pos, tokens) or _placed_otherwise(claim_tokens, pos, tokens)
            if recount is not None:  # ("70 firefighters and 12 engines" / "Seventy fire engines"; "began at 9.15
                # a.m. and ... restored by 3.30 p.m." / "began at 3.30 p.m.")
                yield Substitution("number", f"number differs: the claim says '{tok.surface}', the passage "
                                             f"'{recount}'", tok.stem)
                return
            continue  # the sentence gives the claim's number too ("45,000 homes lost power ... about 4,000 are
            # still cut off"): another number beside the claim's neighbour counts something else. Not one it
            # corrects ("310 jobs, not the 420 reported")
        length = _length(claim_tokens, pos + 1) if tok.number is not None and pos + 1 < len(claim_tokens) else None
        if length is not None and any(_same_length(length, _length(tokens, p)) for p in range(len(tokens))):
            continue  # the sentence gives the claim's length of time in another unit ("two decades")
        neighbours = []
        if idx + 1 < len(content_positions):
            neighbours.append((content_positions[idx + 1], +1))
        if idx > 0:
            neighbours.append((content_positions[idx - 1], -1))
        places = []
        for at, direction in neighbours:
            gap = claim_tokens[at + 1 : pos] if at < pos else claim_tokens[pos + 1 : at][::-1]
            between = tuple(t.surface.lower() for t in gap if t.surface.lower() not in DETERMINERS)
            places.append((claim_tokens[at], direction, between))
        # The claim's own pairing on either side ("Presidents' Trophy" / "President's Trophy") puts the value
        # in its place: what stands beside its other neighbour is something else ("Veterans' Day Parade").
        if any(tok.stem in words_beside(tokens, positions, nb.stem, direction, between)
               for nb, direction, between in places):
            continue
        for nb, direction, between in places:
            if nb.number is not None or nb.stem in STOPWORDS:
                continue
            if nb.capitalised and not _placed_by(tok, nb, direction):
                continue
            rival = _rival(tokens, positions, names, nb.stem, direction, between, tok, claim_stems, one_name)
            if rival:
                kind: Literal["number", "date", "name"] = (
                    "number" if tok.number is not None else "date" if month_of(tok.surface) else "name")
                yield Substitution(kind, f"{kind} differs: the claim says '{tok.surface}', the passage '{rival}'",
                                   tok.stem)
                return


COUNTED_REACH = 3  # words of the noun phrase a number counts ("Seventy fire engines": engines)


def per_cent_at(tokens: Sequence[Token], i: int) -> bool:
    """Whether "per cent" starts at token i."""
    return i + 1 < len(tokens) and fold(tokens[i].surface) == "per" and fold(tokens[i + 1].surface) == "cent"


def _counted_head(tokens: Sequence[Token], at: int) -> int | None:
    """Where the head of the noun phrase the number at ``at`` counts stands: the last of the content words right
    after it that are no verb or number ("Seventy fire engines tackled": engines), or "cent" of "per cent" (a share
    counts no noun after it: "11 days and ... a pay rise of 7 per cent"); None when none follows."""
    if per_cent_at(tokens, at + 1):
        return at + 2
    head = None
    for j in range(at + 1, min(len(tokens), at + 1 + COUNTED_REACH)):
        if (not tokens[j].is_content or tokens[j].number is not None or is_verb(tokens, j)
                or lexicon.verb_share(tokens[j].surface) >= 0.5 or lexicon.written_past(tokens[j].surface)):
            break  # (a verb after a bare count: "three voted for a cut", which no reading of verbs sees there)
        head = j
    return head


def _counted_otherwise(claim_tokens: Sequence[Token], pos: int, tokens: Sequence[Token]) -> str | None:
    """The sentence's count of the claim number's noun, when the sentence has the claim's number only before other
    nouns and another number right before the claim's noun: each number counts the noun after it ("70 firefighters
    and 12 engines" / "Seventy fire engines": 12)."""
    head = _counted_head(claim_tokens, pos)
    if head is None:
        return None
    noun = claim_tokens[head].stem
    mine = claim_tokens[pos].number
    for p, t in enumerate(tokens):
        if t.number == mine:
            theirs = _counted_head(tokens, p)
            if theirs is None or tokens[theirs].stem == noun:
                return None  # (a bare count, or the claim's noun itself: the claim's count stands)
    for p, t in enumerate(tokens):
        if t.number is not None and t.number != mine and comparable(claim_tokens[pos], t):
            theirs = _counted_head(tokens, p)
            if theirs is not None and tokens[theirs].stem == noun:
                return f"{t.surface} {tokens[theirs].surface}"
    return None


def _placed_otherwise(claim_tokens: Sequence[Token], pos: int, tokens: Sequence[Token]) -> str | None:
    """The sentence's number after the claim's verb (and its preposition, or its adverb) when the claim puts its
    number right after them ("The outage began at 3.30 p.m.", "is currently 67", "had received £50,000") and the
    sentence has the claim's number only after other words and another right after them ("began at 9.15 a.m. and ...
    were fully restored by 3.30 p.m.", "is currently 66 and is already due to rise to 67"): each is said of its verb.
    A claim number its verb takes as its object must stand in the sentence as another verb's."""
    object_of_a_verb = pos >= 1 and claim_tokens[pos - 1].is_content and is_verb(claim_tokens, pos - 1)
    if pos >= 1 and claim_tokens[pos - 1].is_content and (lexicon.mostly(claim_tokens[pos - 1].surface, "r")
                                                          or object_of_a_verb):
        between: tuple[str, ...] = ()  # an adverb of time before it, "is currently 67", or the verb itself: "had
        # received £50,000" / "had asked for £50,000 ... and had received £10,000"
    elif pos >= 2 and fold(claim_tokens[pos - 1].surface) in PREPOSITIONS:
        between = (fold(claim_tokens[pos - 1].surface),)
        if pos >= 3 and fold(claim_tokens[pos - 2].surface) in OBJECT_PARTICLES:  # a phrasal verb's particle:
            between = (fold(claim_tokens[pos - 2].surface), *between)  # "was switched off in 1862"
    else:
        return None
    at = pos - 1 - len(between)
    if not claim_tokens[at].is_content:
        return None
    verb, mine, span = claim_tokens[at].stem, claim_tokens[pos].number, len(between) + 1

    def after_the_verb(p: int) -> bool:
        return (p >= span and tokens[p - span].stem == verb
                and tuple(fold(t.surface) for t in tokens[p - len(between) : p]) == between)

    if any(t.number == mine and after_the_verb(p) for p, t in enumerate(tokens)):
        return None
    if object_of_a_verb and not any(t.number == mine and _after_another_verb(tokens, p, verb)
                                    for p, t in enumerate(tokens)):
        return None  # (a number the claim gives as its verb's object, which the sentence gives as another verb's)
    return next((" ".join(u.surface for u in tokens[p - span : p + 1]) for p, t in enumerate(tokens)
                 if t.number is not None and t.number != mine and comparable(claim_tokens[pos], t)
                 and after_the_verb(p)), None)


def _after_another_verb(tokens: Sequence[Token], p: int, verb: str) -> bool:
    """Whether the number at p is the object of a verb other than ``verb`` (a stem), right before it or before its
    preposition ("asked for £50,000")."""
    for j in (p - 1, p - 2):
        if j < 0:
            return False
        if is_verb(tokens, j):
            return tokens[j].stem != verb
        if fold(tokens[j].surface) not in PREPOSITIONS:
            return False
    return False


def _placed_by(tok: Token, name: Token, direction: int) -> bool:
    """Whether a capitalised word after the claim's value puts it in its place, as a common noun would: what a
    number counts ("400 Tajik and Uzbek nationals"), or what a name in the possessive owns ("France's Ministry of
    Defence"). A name beside a name may be part of it, and an era after a year ("3045 BC", an adverb to WordNet)
    says when, not what."""
    if direction < 0:
        return False
    if tok.number is None:
        return fold(tok.surface).endswith("'s")
    entry = lexicon.entry_of(name.surface)
    return entry is None or entry.main_pos != "r"


_NUMBER_UNIT = re.compile(r"(\d[\d.,]*)-([a-z]+(?:-[a-z]+)*)")  # "20-foot", "10-hour", "40-year-old"


def number_with_unit(surface: str) -> tuple[str, str] | None:
    """(number, unit) of a number joined to its unit by a hyphen, which the tokenizer keeps as one word."""
    if not surface[:1].isdigit():
        return None
    m = _NUMBER_UNIT.fullmatch(surface.lower())
    return (m[1].replace(",", ""), m[2]) if m else None


def unit_rivals(claim_tokens: Sequence[Token], tokens: Sequence[Token]) -> Iterable[tuple[str, str, str]]:
    """(message, claim stem, rival) for a claim's number-with-unit ("61-foot") that the sentence gives with
    another number ("20-foot")."""
    claimed_values = [(tok, found) for tok in claim_tokens if (found := number_with_unit(tok.surface))]
    if not claimed_values:  # most claims: the sentence need not be read
        return
    said = [(t.surface, number_with_unit(t.surface)) for t in tokens]
    for tok, claimed in claimed_values:
        if any(found == claimed for _, found in said):
            continue
        rival = next((surface for surface, found in said if found and found[1] == claimed[1]), None)
        if rival is not None:
            yield f"number differs: the claim says '{tok.surface}', the passage '{rival}'", tok.stem, rival


ONE = frozenset({"a", "an", "one", "single"})
"""Words that count one of the noun after them: "an hour", "a single station"."""
COUNT_GAP = 1  # words a number may stand before its noun ("three fire stations")


def counted_ones(claim_tokens: Sequence[Token]) -> dict[str, str]:
    """The nouns a claim counts one of ("within an hour", "a single station"): stem -> the words as written (read
    once per claim: ``ClaimAnalysis.counted_ones``)."""
    ones = {}
    for i in range(1, len(claim_tokens)):
        before = claim_tokens[i - 1].surface.lower()
        tok = claim_tokens[i]
        if before in ONE and tok.is_content and tok.number is None and not tok.capitalised:
            start = i - 2 if before == "single" and i >= 2 and claim_tokens[i - 2].surface.lower() in ONE else i - 1
            ones[tok.stem] = " ".join(t.surface for t in claim_tokens[start : i + 1])
    return ones


def one_counted(ones: Mapping[str, str], tokens: Sequence[Token]) -> tuple[str, str] | None:
    """(claim's words, passage's) when the claim counts one of a thing (``counted_ones``) and the sentence counts
    the same noun with another number, and nowhere one of it ("four hours", "three fire stations"): the number
    differs as "one" and "four" do."""
    if not ones:
        return None
    for i, tok in enumerate(tokens):
        if tok.number is None or tok.number == 1 or is_year(tok.surface, tok.number):
            continue
        for j in range(i + 1, min(len(tokens), i + 2 + COUNT_GAP)):
            noun = tokens[j]
            if noun.stem in ones and not counts_one(tokens, noun.stem):
                return ones[noun.stem], " ".join(t.surface for t in tokens[i : j + 1])
            if not noun.is_content or noun.number is not None:
                break
    return None


def counts_one(tokens: Sequence[Token], noun: str) -> bool:
    """Whether the sentence counts one of the noun (stem) somewhere: "a", "an", "one" or "single" before it, or "one
    of the" before it."""
    return any(t.stem == noun and k and tokens[k - 1].surface.lower() in ONE for k, t in enumerate(tokens)) or any(
        tokens[k].stem == noun for i in range(len(tokens)) if (k := partitives.partitive_one(tokens, i)) is not None)


def replaced_name(claim_tokens: Sequence[Token], at: int, tokens: Sequence[Token],
                  positions: Mapping[str, Sequence[int]]) -> str | None:
    """Another name the sentence puts where the claim has its name at ``at``: beside the word the claim puts
    beside it ("Thrive Capital" for "Southern Capital", "Los Angeles" for "Los National"). Then a neighbouring
    sentence that names the claim's name speaks of something else; the sentence does not refer to it."""
    claim_stems = {t.stem for t in claim_tokens}
    own = claim_tokens[at].stem
    subject = _replaced_subject(claim_tokens, at, tokens, positions, claim_stems)
    if subject is not None:
        return subject
    for step in (-1, 1):
        n = at + step
        if not 0 <= n < len(claim_tokens) or not claim_tokens[n].is_content:
            continue
        for rival in words_beside(tokens, _as_written(claim_tokens, n, tokens, positions), claim_tokens[n].stem,
                                  step).values():
            if (rival.capitalised and rival.is_content and rival.number is None and rival.stem not in claim_stems
                    and not same_word(rival.stem, own)):  # "Central Asia" says "Central Asian"
                return rival.surface
    return _replaced_after_preposition(claim_tokens, at, tokens, positions, claim_stems)


def _as_written(claim_tokens: Sequence[Token], n: int, tokens: Sequence[Token],
                positions: Mapping[str, Sequence[int]]) -> Mapping[str, Sequence[int]]:
    """``positions``, with the claim word at n only where the sentence capitalises it as the claim does, when the
    claim writes it as part of a name: "A Somerset dairy" puts no rival name beside "Brantwood Dairy", it says where
    a dairy is."""
    word = claim_tokens[n]
    if n == 0 or not word.capitalised or word.stem not in positions:
        return positions
    return {**positions, word.stem: [q for q in positions[word.stem] if tokens[q].capitalised]}


PREPOSITIONS = frozenset({"in", "on", "at", "of", "for", "from", "to", "with", "by", "into"})
AUXILIARY_WORDS = frozenset("is are was were be been has have had will would can could may might must".split())
"""Auxiliaries that may stand between a name and its verb ("Carver was caught" / "Mayhew was caught")."""


def _replaced_subject(claim_tokens: Sequence[Token], at: int, tokens: Sequence[Token],
                      positions: Mapping[str, Sequence[int]], claim_stems: set[str]) -> str | None:
    """Another name as the subject of the claim name's verb, past the same auxiliaries ("Carver was caught" /
    "Mayhew was caught"): not a name a preposition governs ("A former mayor of Westmoor was jailed")."""
    n, between = at + 1, []
    while n < len(claim_tokens) and fold(claim_tokens[n].surface) in AUXILIARY_WORDS:
        between.append(fold(claim_tokens[n].surface))
        n += 1
    if not between or n >= len(claim_tokens) or not claim_tokens[n].is_content:
        return None
    for q in positions.get(claim_tokens[n].stem, ()):
        p = q - len(between)
        if p < 1 or [fold(t.surface) for t in tokens[p:q]] != between:
            continue
        rival = tokens[p - 1]
        if (rival.capitalised and rival.is_content and rival.number is None and rival.stem not in claim_stems
                and not same_word(rival.stem, claim_tokens[at].stem)
                and (p < 2 or fold(tokens[p - 2].surface) not in PREPOSITIONS)):
            return rival.surface
    return None


DESCRIPTOR_WORDS = 2  # common nouns or adjectives that may describe a name before it ("the thriller Cold Harbour")


def _replaced_after_preposition(claim_tokens: Sequence[Token], at: int, tokens: Sequence[Token],
                                positions: Mapping[str, Sequence[int]], claim_stems: set[str]) -> str | None:
    """Another name after the word and preposition the claim puts before its name ("her role in Rivers of Iron" /
    "her role in the thriller Cold Harbour"), past determiners and a few words that describe it."""
    if at < 2 or fold(claim_tokens[at - 1].surface) not in PREPOSITIONS or not claim_tokens[at - 2].is_content:
        return None
    preposition, word = fold(claim_tokens[at - 1].surface), claim_tokens[at - 2].stem
    own = claim_tokens[at].stem
    for p in positions.get(word, ()):
        if p + 1 >= len(tokens) or fold(tokens[p + 1].surface) != preposition:
            continue
        q, described = p + 2, 0
        while q < len(tokens) and (fold(tokens[q].surface) in DETERMINERS or (
                tokens[q].is_content and not tokens[q].capitalised and described < DESCRIPTOR_WORDS)):
            described += tokens[q].is_content
            q += 1
        if q < len(tokens):
            rival = tokens[q]
            if (rival.capitalised and rival.is_content and rival.number is None and rival.stem not in claim_stems
                    and not same_word(rival.stem, own)):
                return rival.surface
    return None


def other_frequency(claim_tokens: Sequence[Token], tokens: Sequence[Token]) -> tuple[str, str] | None:
    """(the claim's "every year", the sentence's "every two years") when both say how often by "every" and a unit of
    time, the same unit with another count: a rival number, where "a year" or "one year" would be one."""
    mine = _every(claim_tokens)
    if not mine:
        return None
    theirs = _every(tokens)
    for unit, (count, written) in mine.items():
        if unit in theirs and theirs[unit][0] != count:
            return written, theirs[unit][1]
    return None


def _every(tokens: Sequence[Token]) -> dict[str, tuple[float, str]]:
    """Each unit of time the text counts after "every" (DAYS): its stem -> (the count, 1 for none, as written)."""
    out: dict[str, tuple[float, str]] = {}
    for i, tok in enumerate(tokens[:-1]):
        if fold(tok.surface) != "every":
            continue
        j, count = i + 1, 1.0
        number = tokens[j].number
        if number is not None and j + 1 < len(tokens):
            j, count = j + 1, number
        unit = fold(tokens[j].surface)
        if unit.removesuffix("s") in DAYS:
            out.setdefault(tokens[j].stem, (count, " ".join(t.surface for t in tokens[i : j + 1])))
    return out
