"""Scales: quantifiers and words of frequency, time order, comparison and probability, and ordinals in words.

They are closed classes (``lexicon.SCALES``, widened by WordNet's synonyms in *-ly*; ``lexicon.scale_opposites``;
``lexicon.ORDINALS``) and words with meaning, not stop words: "all" is not "several", "before" is not "after",
"the first" is not "the third", "rarely" is not "constantly".

* An opposite scale word in the place of the claim's (bearing on the same word) contradicts it
  (``scale_rivals``, read by ``conflicts``); elsewhere in the sentence it only keeps the sentence from
  supporting the claim (``unplaced_rivals``).
* A quantifier or frequency word at another place of its scale, or an "all", "always", "rarely" or "few" the
  sentence does not say, is no support either (``scale_mismatch``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold, marked_between, stem
from . import degrees, partitives, roles, values
from .connectives import COORDINATORS
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

SCALE_SPAN = 4  # words: how near what the claim's scale word bears on the opposite must stand to be in its place
CLAUSE_END = frozenset(",;:.!?—–")


def scale_rivals(analysis: ClaimAnalysis, f: SentenceFeatures) -> list[tuple[str, str, bool]]:
    """Each scale word of the claim the sentence has only the opposite of ("before" / "after", "more" /
    "fewer"): (the claim's word, the sentence's, whether it stands in the claim word's place).

    In its place, the opposite bears on what the claim's word bears on: the claim word right after it (right
    before it, for a word that ends its clause, "began later") stands within SCALE_SPAN words of it, on the
    same side. "Transmission occurred 1-3 days before symptom onset" is in the place of "only after symptom
    onset"; "Seven days after testing, they had developed symptoms" says nothing against "spread the virus
    before developing symptoms"."""
    out: list[tuple[str, str, bool]] = []
    if not analysis.scale_words:
        return out
    said = _scale_words_said(f)
    for word in analysis.scale_words:
        w = fold(word.surface)
        if word.is_negator or (w in said and _said_in_place(analysis, word, f, said[w])):
            continue  # (the claim's word said of what it bears on, or of the words that follow it in the claim, the
            # passage leaving out the noun: "the third drone incident this year, but the first to halt flights";
            # said only of other words, "its third launch and its first failure", a rival in its place still counts)
        rival = next((o for o in lexicon.scale_opposites(w) if o in said and (
            w not in said or _in_place(analysis, word, f, said[o]))), None)
        if rival is None:
            continue
        out.append((word.surface, f.tokens[said[rival][0]].surface, _in_place(analysis, word, f, said[rival])))
    return out


def all_said_in_place(analysis: ClaimAnalysis, f: SentenceFeatures) -> bool:
    """Whether the sentence says each of the claim's scale words of what it bears on (a claim with none: False).
    Then an opposite in a neighbour ("best before dates" beside "recalled ... after listeria was found") speaks of
    something else."""
    said = _scale_words_said(f)
    words = [w for w in analysis.scale_words if not w.is_negator]
    return bool(words) and all(fold(w.surface) in said and _said_in_place(analysis, w, f, said[fold(w.surface)])
                               for w in words)


def _scale_words_said(f: SentenceFeatures) -> dict[str, list[int]]:
    """Where the sentence has each word, by its folded form, and the comparison "up from" / "down from" says."""
    said: dict[str, list[int]] = defaultdict(list)
    for pos, tok in enumerate(f.tokens):
        if not _in_conjunction(f.tokens, pos):
            said[fold(tok.surface)].append(pos)
        if pos + 1 < len(f.tokens) and fold(f.tokens[pos + 1].surface) == "from":
            for compared in CHANGED_FROM.get(fold(tok.surface), ()):  # ("41 collisions last year, up from 29")
                said[compared].append(pos)
    return said


def _in_place(analysis: ClaimAnalysis, word: Token, f: SentenceFeatures, places: list[int]) -> bool:
    """Whether one of the sentence's ``places`` stands where the claim's scale word does: within SCALE_SPAN words of
    what it bears on, on the same side."""
    bears_on = _scale_object(analysis, _at(analysis, word))
    if bears_on is None:
        return True
    side, spellings = bears_on
    return any(0 < (q - p) * side <= SCALE_SPAN for st in spellings for q in f.positions.get(st, ()) for p in places)


def _said_in_place(analysis: ClaimAnalysis, word: Token, f: SentenceFeatures, places: list[int]) -> bool:
    """Whether the sentence says the claim's scale word (at ``places``) of what it bears on, or of the claim words
    after it."""
    return _in_place(analysis, word, f, places) or _said_of_the_rest(analysis, word, f, places)


def _said_of_the_rest(analysis: ClaimAnalysis, word: Token, f: SentenceFeatures, places: list[int]) -> bool:
    """Whether the sentence has, within SCALE_SPAN words after the claim's scale word, a claim word that follows it in
    the claim's clause, past the word it bears on ("the first drone incident to halt flights" / "the first to halt
    flights")."""
    at = _at(analysis, word)
    later = [t for t in analysis.terms if t.position > at + 1 and t.number is None and not any(
        c in CLAUSE_END for c in analysis.text[word.end : analysis.tokens[t.position].start])]
    return any(0 < q - p <= SCALE_SPAN for t in later for st in t.spellings for q in f.positions.get(st, ())
               for p in places)


CONJUNCTIONS = frozenset({("as", "well", "as"), ("as", "far", "as"), ("so", "far", "")})
"""Words of place and manner that make a conjunction or an adverb of time with the words around them: "as well as"
says "and", "so far" says "until now"; neither is "well" or "far"."""


def _in_conjunction(tokens: list[Token], pos: int) -> bool:
    """Whether the word at pos is the middle of one of CONJUNCTIONS."""
    before = fold(tokens[pos - 1].surface) if pos else ""
    after = fold(tokens[pos + 1].surface) if pos + 1 < len(tokens) else ""
    word = fold(tokens[pos].surface)
    return any(before == a and word == w and (not b or after == b) for a, w, b in CONJUNCTIONS)


def unplaced_rivals(analysis: ClaimAnalysis, f: SentenceFeatures) -> list[str]:
    """The opposite scale words of ``scale_rivals`` that stand elsewhere than the claim's: never support, but no
    contradiction either."""
    return [f"the passage says '{rival}', but not of what the claim's '{word}' is said of"
            for word, rival, placed in scale_rivals(analysis, f) if not placed
            and not (fold(rival) in lexicon.ORDINALS and fold(word) in lexicon.ORDINALS)]  # ("his second wife")


def _at(analysis: ClaimAnalysis, word: Token) -> int:
    """Where one of the claim's scale words (``ClaimAnalysis.scale_words``) stands among its tokens."""
    return next(i for i, tok in enumerate(analysis.tokens) if tok is word)


def _scale_object(analysis: ClaimAnalysis, where: int) -> tuple[int, tuple[str, ...]] | None:
    """What the claim's scale word at token ``where`` bears on: (1, spellings) for the first claim word after it
    in its clause (a number passed over: "more than 4,000 fighters"), else (-1, spellings) for the word before
    it; None when it has neither."""
    tokens = analysis.tokens
    for side, span in ((1, range(where + 1, len(tokens))), (-1, range(where - 1, -1, -1))):
        for i in span:
            if any(c in CLAUSE_END for c in analysis.text[min(tokens[i].end, tokens[where].end):
                                                          max(tokens[i].start, tokens[where].start)]):
                break  # (the clause ends between them)
            k = analysis.term_at.get(i)
            if k is not None and analysis.terms[k].number is None:
                return side, analysis.terms[k].spellings
    return None


def scale_mismatch(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """A quantifier or frequency word of the claim that the sentence puts at another place of its scale
    ("all" / "several", "often" / "rarely"), an "all" or "always" the sentence does not say, or an opposite
    scale word ("after" for "before") that does not stand where the claim's does: not what the claim says, but
    no contradiction either."""
    many = _many_for_one(analysis, f) or _one_for_many(analysis, f)
    if many is not None:
        return many
    record = _record_since(analysis, f)
    if record is not None:
        return f"the passage says '{record}', a record since then only; the claim says it of all time"
    rank = _unsaid_rank(analysis, f) or degrees.unsaid_comparative(analysis, f)
    if rank is not None:
        return f"the claim says '{rank}', the passage does not"
    standard = degrees.compared_with(analysis, f)
    if standard is not None:
        return f"the passage has '{standard[0]}' only as what it compares with ('{standard[1]}'): the claim says it"
    excluded = degrees.excluded_from_comparison(analysis, f)
    if excluded is not None:
        return f"the passage leaves '{excluded[0]}' out of what it compares with ('{excluded[1]}')"
    if not analysis.scale_words:
        return None
    share = _share_for_quantifier(analysis, f)
    if share is not None:
        return share
    unplaced = unplaced_rivals(analysis, f)
    if unplaced:
        return unplaced[0]
    said = {_place_word(f.tokens, i): t.surface for i, t in enumerate(f.tokens)}
    for word in analysis.scale_words:
        w = fold(word.surface)
        place = lexicon.scale_place(w)
        if place is None or word.is_negator:
            continue
        replaced = _replaced_in_frame(analysis, f, _at(analysis, word))
        if replaced is not None:  # (whether or not the sentence says the claim's word elsewhere)
            return f"the passage says '{replaced}' where the claim says '{word.surface}'"
        if w in said:
            continue
        name, level = place
        rivals = [(p[1], s) for p, s in ((lexicon.scale_place(x), s) for x, s in said.items())
                  if p is not None and p[0] == name]
        at = _at(analysis, word)
        only = at > 0 and fold(analysis.tokens[at - 1].surface) == "only"  # "only some": not more
        if any(other == level or (other > level and level == 2 and name == "quantity" and not only)
               for other, _ in rivals):
            continue  # the same place ("many" / "most"), or a higher one saying "some" ("many" says "some", but not
            # "only some"; and "occasionally" is not "constantly": a frequency says how often, and no more)
        if rivals:
            return f"the passage says '{rivals[0][1]}' where the claim says '{word.surface}'"
        if level in (1, len(lexicon.SCALES[name]) - 1):  # "rarely", "few" (not many), "always", "all": said or not
            return f"the claim says '{word.surface}', the passage does not"
    return None


CHANGED_FROM = {"up": ("more",), "down": ("fewer", "less")}
"""What "up from" and "down from" compare a number with what it was: more, or fewer and less, than before."""
CHANGE = {"up": "down", "down": "up"}
"""Words of the direction of a change before its size ("up 7 per cent", "down 3 points")."""
CHANGE_VERBS = {"up": ("rise", "increase"), "down": ("fall", "decrease")}
"""The verbs each of CHANGE says without one: "up 11% in a year" says the rent rose, and WordNet's opposites of a
claim's verb ("fell", "grew") tell whether it says the other way."""


def changed_the_other_way(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's "down 7", the sentence's "up 7") when the claim gives a change by a number with one of CHANGE, or
    with a verb ("fell by 11%"), and the sentence gives the same number with the word of the other way: the same
    size, the other way."""
    verbs = {analysis.terms[k].position for k in analysis.verbs}
    for i, tok in enumerate(analysis.tokens[:-1]):
        word = fold(tok.surface)
        at = i + 2 if fold(analysis.tokens[i + 1].surface) == "by" and i + 2 < len(analysis.tokens) else i + 1
        size = analysis.tokens[at].number
        if size is None or (word not in CHANGE and i not in verbs):
            continue
        for p, said in enumerate(f.tokens[:-1]):
            other = fold(said.surface)
            if other not in CHANGE or f.tokens[p + 1].number != size:
                continue
            if CHANGE.get(word) == other or (word not in CHANGE and any(
                    stem(v) in lexicon.opposite_stems(tok.surface) for v in CHANGE_VERBS[other])):
                return (analysis.text[tok.start : analysis.tokens[at].end],
                        f"{said.surface} {f.tokens[p + 1].surface}")
    return None


def _place_word(tokens: Sequence[Token], i: int) -> str:
    """The word at i as its place on a scale reads it: "all but" (before a number or a quantifier: "all but 18,000
    of them", "all but a few") is "most", not all."""
    word = fold(tokens[i].surface)
    if word == "all" and i + 2 < len(tokens) and fold(tokens[i + 1].surface) == "but" and (
            tokens[i + 2].number is not None or fold(tokens[i + 2].surface) in ("a", "one", "two", "few")):
        return "most"
    return word


RECORD_REACH = 16  # words from a rank or a superlative to the "since" that bounds it ("the first time a film by a
# woman director has won the prize since 2009")


def _record_since(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The sentence's words when it bounds the claim's rank or superlative with "since" ("the first time ... since
    2009", "the fastest increase since 2016") or "in" a length of time ("the first births ... at the zoo in six
    years") and the claim does not: a record since a time is no record of all time."""
    claimed = [fold(t.surface) for t in analysis.tokens]
    if any(_bound_end(claimed, analysis.tokens, q) is not None for q in range(len(claimed))):
        return None
    words = [fold(t.surface) for t in f.tokens]
    for t in analysis.tokens:
        w = fold(t.surface)
        if w not in RANKS and not _superlative(w):
            continue
        for p, said in enumerate(words):
            if said != w:
                continue
            for q in range(p + 1, min(len(words), p + 1 + RECORD_REACH)):
                if any(c in CLAUSE_END for c in f.text[f.tokens[q - 1].end : f.tokens[q].start]):
                    break
                end = _bound_end(words, f.tokens, q)
                if end is not None:
                    return f.text[f.tokens[p].start : f.tokens[end].end]
    return None


LENGTH_OPENERS = frozenset({"the", "a", "more", "than", "over", "nearly", "almost", "about", "last", "past"})
"""Words between "in" and the count of a length of time ("in more than six years", "in the past decade")."""


def _bound_end(words: list[str], tokens: Sequence[Token], q: int) -> int | None:
    """Where the bound that opens at q ends: "since" and the word after it, or "in" and a length of time ("in six
    years", "in the past decade", "in a generation"); None when no bound opens there."""
    if words[q] == "since":
        return q + 1 if q + 1 < len(words) else None
    if words[q] != "in":
        return None
    j = q + 1
    while j < len(words) and (words[j] in LENGTH_OPENERS or tokens[j].number is not None):
        j += 1
    entry = lexicon.entry_of(words[j]) if j < len(words) and j > q + 1 else None
    return j if entry is not None and entry.main_pos == "n" and entry.kind("n") == "time" else None


def _superlative(word: str) -> bool:
    """Whether the word is an adjective's superlative ("fastest", "largest"), or "most" / "least"."""
    if word in ("most", "least"):
        return True
    base = lexicon.inflected_from(word)
    return word.endswith("est") and base is not None and bool(base.tags.get("a"))


RANKS = frozenset({*lexicon.ORDINALS, "last"})


def _unsaid_rank(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The claim's rank after a verb ("should come first", "finished last"), when the sentence has no rank word at
    all: where a thing stands is what the claim says of it. Not a rank before a noun ("last year", "the first
    attack"), which a passage may give otherwise."""
    tokens = analysis.tokens
    said = {fold(t.surface) for t in f.tokens}
    if said & RANKS:
        return None
    for i, tok in enumerate(tokens):
        if (fold(tok.surface) in RANKS and i > 0 and analysis.term_at.get(i - 1) in analysis.verbs
                and (i + 1 == len(tokens) or not tokens[i + 1].is_content)):
            return tok.surface
    return None


SUBJECT_REACH = 4  # words of a subject's phrase before its verb, or before a rank whose verb is left out
GAPPING = COORDINATORS | frozenset({"while", "whereas"})  # open a clause that may leave its verb out


def rival_rank(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's rank, the sentence's) when the sentence says another rank of the claim's subject right after the
    claim's verb ("Blue tits came third" / "Blue tits came second and starlings third"; "Pogacar finished second" /
    "The Dutch rider finished second, while Pogacar finished first") and the claim's rank only of other subjects.
    A rank is where a thing stands, a value: another one in its place is a rival, as another number is."""
    subject = {analysis.terms[k].stem for k in analysis.subject}
    if not subject:
        return None
    tokens = analysis.tokens
    for i, tok in enumerate(tokens):
        rank = fold(tok.surface)
        verb = analysis.term_at.get(i - 1) if i else None
        if rank not in RANKS or verb not in analysis.verbs:
            continue
        said: list[tuple[int, list[int] | None]] = [(p, _said_of(f, p)) for p, t in enumerate(f.tokens)
                                                     if fold(t.surface) in RANKS]
        if any(fold(f.tokens[p].surface) == rank and (of is None or _names(f, of, subject)) for p, of in said):
            return None  # (the claim's rank said of the claim's subject, or of no subject the sentence shows)
        places = f.places(analysis.terms[verb].spellings)
        for p, of in said:  # (right after the verb, or in a clause that leaves it out: "... and starlings third")
            if of is not None and _names(f, of, subject) and (p - 1 in places or (
                    not roles.is_verb(f.tokens, p - 1) and any(q < p for q in places))):
                return tok.surface, f.tokens[p].surface
    return None


def ranked_superlative(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's superlative, the sentence's) when the sentence has the claim's superlative only after an ordinal
    past the first ("the largest on record" / "the second-largest loss on record"): another rank, a rival as another
    number is. None when the claim ranks it itself, or the sentence has it plainly too."""
    tokens = analysis.tokens
    for i, tok in enumerate(tokens):
        word = fold(tok.surface)
        if not _superlative(word) or (i and fold(tokens[i - 1].surface) in lexicon.ORDINALS):
            continue
        places = [p for p, t in enumerate(f.tokens) if fold(t.surface) == word]
        ranked = [p for p in places if p and fold(f.tokens[p - 1].surface) in lexicon.ORDINALS[1:]]
        if ranked and len(ranked) == len(places):
            p = ranked[0]
            return tok.surface, f.text[f.tokens[p - 1].start : f.tokens[p].end]
    return None


def _names(f: SentenceFeatures, words: list[int], subject: set[str]) -> bool:
    return any(f.tokens[w].stem in subject for w in words)


def _said_of(f: SentenceFeatures, p: int) -> list[int] | None:
    """The words of the subject the rank at p is said of: the phrase before the verb right before it ("The Dutch
    rider finished second"), or between it and the word that opens a clause leaving the verb out ("... and starlings
    third"); None when the sentence shows none ("came second in 2024 and third in 2025")."""
    tokens, at = f.tokens, p - 1
    if at > 0 and roles.is_verb(tokens, at):
        at -= 1
    elif at < 0 or not tokens[at].is_content:
        return None
    words: list[int] = []
    for j in range(at, max(-1, at - SUBJECT_REACH), -1):
        word = fold(tokens[j].surface)
        if word in GAPPING or marked_between(f.text, tokens, j, j + 1):
            break
        if word in roles.DETERMINERS:
            continue
        if not tokens[j].is_content or roles.is_verb(tokens, j):
            break
        words.append(j)
    return words or None


COUNTING_ONE = frozenset({"one", "single"})
"""The words by which a claim counts one of a thing: "a" says "at least one" as readily ("a country signed" is
true when all did); "one country" and "a single country" count."""
MORE_THAN_ONE = frozenset({"both", "multiple", "numerous", "various"})
"""Words that quantify a noun as more than one though they stand on no scale of ``lexicon.SCALES``."""
QUANTIFIER_GAP = 2  # words a quantifier may stand before its noun ("all the countries", "many other countries")


def quantifying(word: str, least: int = 0) -> bool:
    """Whether a word before a noun says how many of it, not which kind: a quantifier of the scale ("several",
    "many"), at its place ``least`` or higher, or one of MORE_THAN_ONE ("numerous attempts")."""
    w = fold(word)
    place = lexicon.scale_place(w)
    return w in MORE_THAN_ONE or (place is not None and place[0] == "quantity" and place[1] >= least)


def _many_for_one(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The sentence's quantifier of more than one ("all", "several", "both") on a noun the claim counts one of
    ("one country", "a single country", "one of the dogs") when it counts one of it nowhere: not what the claim
    says. A number in its place is a rival value (``values.one_counted``); a quantifier is not one, so this is no
    contradiction."""
    ones = {st: words for st, words in analysis.counted_ones.items()
            if COUNTING_ONE & {fold(w) for w in words.split()}} | partitives.partitive_ones(analysis.tokens)
    if not ones:
        return None
    tokens = f.tokens
    for j, noun in enumerate(tokens):
        if noun.stem not in ones or values.counts_one(tokens, noun.stem):
            continue
        for i in range(max(0, j - 1 - QUANTIFIER_GAP), j):
            if quantifying(tokens[i].surface, least=2):  # ("some" and more: not "no", "few")
                return f"the passage says '{tokens[i].surface}' where the claim says '{ones[noun.stem]}'"
    return None


DISTRIBUTIVE = frozenset({"every", "each", "any", "no"})  # a singular after these speaks of each of many
SINGULAR_OPENERS = frozenset({"a", "an", "one", "the", "this", "that", "its", "their", "his", "her"})
"""Determiners a singular noun's phrase opens with, quoted with it in the reason."""


def _one_for_many(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The sentence's one thing ("A primary school in Bradford ... has been rated outstanding") where the claim
    says a quantifier of many of it ("Most schools that leave special measures are rated outstanding"): the
    sentence has the claim's plural noun only in the singular, each the head of its phrase (a headline's bare
    "Primary school rated outstanding" too): it tells of one, not of many."""
    tokens = analysis.tokens
    for i, tok in enumerate(tokens[:-1]):
        noun = tokens[i + 1]
        if not quantifying(tok.surface, least=2) or not noun.is_content or lexicon.inflected_from(noun.surface) is None:
            continue  # (a plural after it: "most schools", "many farmers")
        places = f.positions.get(noun.stem, ())
        if places and all(_one_of(f.tokens, q) for q in places):
            q = places[0]
            p = next((p for p in range(max(0, q - 3), q) if fold(f.tokens[p].surface) in SINGULAR_OPENERS), q)
            return (f"the passage says '{f.text[f.tokens[p].start : f.tokens[q].end]}' where the claim says "
                    f"'{tok.surface} {noun.surface}'")
    return None


def _one_of(tokens: Sequence[Token], q: int) -> bool:
    """Whether the noun at q names one thing: written in the singular, as the head of its phrase (not a modifier of
    a noun after it: "school closures")."""
    following = tokens[q + 1] if q + 1 < len(tokens) else None
    if any(fold(t.surface) in DISTRIBUTIVE or quantifying(t.surface) for t in tokens[max(0, q - 2) : q]):
        return False  # ("every school in the district shut": each of them)
    return lexicon.inflected_from(tokens[q].surface) is None and not (
        following is not None and following.is_content and lexicon.mostly(following.surface, "n")
        and not lexicon.written_past(following.surface))  # (a verb's past form: "Primary school rated outstanding")


MOST_OF = frozenset({"most", "majority"})
"""Words that say more than half of a whole ("most of the money", "the majority of the money")."""


def _share_for_quantifier(analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """A share of half or less (a fraction, "a third"; a per cent, "40 per cent"; a ratio, "one in ten"; a part of a
    counted whole, "three of the fourteen trees") that the sentence gives of the whole the claim says "most" of
    ("Most of the money came from local businesses" / "About a third of the money"; "Most schools" / "one in ten
    schools"): not what the claim says, though both may be worded loosely, so no contradiction."""
    tokens = analysis.tokens
    wholes = {tokens[j].stem for i, tok in enumerate(tokens)
              if fold(tok.surface) in MOST_OF and (j := _whole_after(tokens, i)) is not None}  # (their stems)
    wholes |= {tokens[i + 1].stem for i, tok in enumerate(tokens[:-1])  # ("Most schools that leave special measures")
               if fold(tok.surface) == "most" and tokens[i + 1].is_content and lexicon.mostly(tokens[i + 1].surface,
                                                                                                 "n")}
    if not wholes:
        return None
    shares = [(factor, written, offset + len(written)) for factor, written, offset in values.multipliers(f.text)]
    shares += [(high / 100, written, at + len(written)) for _, high, written, at in values.percentages(f.text)]
    # ("40 per cent", "8%", "5-10%": a range by its higher end)
    for share, written, noun in partitives.shares(f.tokens, f.text):  # ("only three of the fourteen trees")
        if share <= 0.5 and f.tokens[noun].stem in wholes:
            return f"the passage says '{written}' where the claim says 'most'"
    for share, written, end in shares:
        after = [t for t in f.tokens if t.start >= end][:WHOLE_REACH + 1]
        of_whole = bool(after) and fold(after[0].surface) == "of" and any(t.stem in wholes for t in after[1:])
        ends = not after or any(c in f.text[end : after[0].start] for c in CLAUSE_END) or (
            not after[0].is_content and fold(after[0].surface) != "of")
        elliptical = ends and any(t.stem in wholes for t in f.tokens if t.end <= end - len(written))
        # ("received 3,400 claims but accepted fewer than one in five,": the whole said before the share, which
        # leaves it out)
        direct = bool(after) and after[0].stem in wholes and not any(c in f.text[end : after[0].start]
                                                                     for c in CLAUSE_END)  # ("one in ten schools")
        if share <= 0.5 and (of_whole or elliptical or direct):
            return f"the passage says '{written}' of it where the claim says 'most'"
    return None


WHOLE_REACH = 3  # words from "of" to the whole's noun ("of the money", "of the new homes")


def _whole_after(tokens: Sequence[Token], i: int) -> int | None:
    """Where the noun stands of the whole that "most of" at i takes ("most of the money", past its owner: "most of
    Han's novels"), or None."""
    if i + 1 >= len(tokens) or fold(tokens[i + 1].surface) != "of":
        return None
    owner = max((j for j in range(i + 2, min(len(tokens), i + 2 + WHOLE_REACH))
                 if roles.possessive(tokens[j].surface)), default=i + 1)  # ("most of Han Ji-won's novels")
    for j in range(owner + 1, min(len(tokens), owner + 1 + WHOLE_REACH)):
        if tokens[j].is_content and tokens[j].number is None:  # (past its count: "most of the 3,400 claims")
            return j
    return None


def _replaced_in_frame(analysis: ClaimAnalysis, f: SentenceFeatures, where: int) -> str | None:
    """The word the sentence has in the place of the claim's scale word at token ``where``, in the same frame:
    after the same word and before the claim's next word ("with many options" / "with limited options"); None
    when it has none there. NatLog's substitution edit with no relation WordNet knows: no entailment, so no support
    (a stronger word of quantity, "countless options", is lost with it: a missed support, not a wrong one)."""
    tokens = analysis.tokens
    if where < 1 or where + 1 >= len(tokens):
        return None
    k = analysis.term_at.get(where + 1)
    if k is None or analysis.terms[k].number is not None:
        return None
    before = fold(tokens[where - 1].surface)
    for q in (q for st in analysis.terms[k].spellings for q in f.positions.get(st, ())):
        if q >= 2 and fold(f.tokens[q - 2].surface) == before:
            other = f.tokens[q - 1]
            if (other.is_content and other.number is None and not other.capitalised
                    and other.stem not in analysis.stems and lexicon.scale_place(other.surface) is None
                    and other.stem not in lexicon.synonym_stems(tokens[where].surface)):
                return other.surface  # (not a name, which says what kind: "many migrants" / "Tajik migrants"; not a
                # word of the scale, which ``scale_mismatch`` places: "rarely" / "seldom")
    return None
