"""How two words relate: same word, synonym, more specific, opposite. From WordNet 3.0.

The data is ``data/wordnet.sqlite``, made from Debian's ``wordnet-base`` by ``lexicon/build.py``. It is opened
on first use and read one word at a time (a check of five files reads a few dozen words), so a run pays
only for the words it looks up. Only a word's most frequent senses take part (see ``lexicon.build``).

Open-class words come from WordNet. The few closed-class words whose order matters (quantifiers, words of
frequency, of time and of comparison) are scales here, as in MacCartney & Manning's natural logic: a
closed class, not a list that grows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from ..text import STOPWORDS, fold, irregular_forms, read_pairs, stem

DATABASE = Path(__file__).resolve().parent / "data" / "wordnet.sqlite"
T = TypeVar("T")


class Relation(StrEnum):
    """What a passage word is to a claim word (the passage's word first: "Tajik" is more specific than "migrant")."""

    SAME = "same word"
    SYNONYM = "synonym"
    SPECIFIC = "more specific"
    OPPOSITE = "opposite"
    NONE = "unrelated"


class Entry:
    """A word's row of the lexicon. Each relation is parsed when first asked for: most lookups want one."""

    __slots__ = ("word", "kinds", "proper", "_raw", "_parsed")

    def __init__(self, word: str, tags: str, syn: str, hyper: str, ant: str, deriv: str, alt: str,
                 kinds: str = "", proper: int = 0) -> None:
        self.word = word
        self.kinds = kinds  # lexicographer files of its first noun and verb senses: 'n:person v:stative'
        self.proper = bool(proper)  # WordNet writes it capitalised in every sense: a name (France, Tajik)
        self._raw = (tags, syn, hyper, ant, deriv, alt)
        self._parsed: dict[int, object] = {}

    def _field(self, field: int, parse: Callable[[str], T]) -> T:
        found = self._parsed.get(field)
        if found is None:
            found = self._parsed[field] = parse(self._raw[field])
        return found  # type: ignore[return-value]

    def _words(self, field: int) -> frozenset[str]:
        return self._field(field, lambda raw: frozenset(raw.split()))

    @property
    def tags(self) -> dict[str, int]:
        """Part of speech ('n', 'v', 'a', 'r') -> uses in WordNet's tagged corpus."""
        return self._field(0, lambda raw: {pos: int(n) for pos, n in (t.split(":") for t in raw.split())})

    @property
    def synonyms(self) -> frozenset[str]:
        return self._words(1)

    @property
    def general(self) -> frozenset[str]:
        """The more general words this one is a kind of."""
        return self._words(2)

    @property
    def opposites(self) -> frozenset[str]:
        return self._words(3)

    @property
    def derived(self) -> frozenset[str]:
        return self._words(4)

    @property
    def alternatives(self) -> frozenset[str]:
        """The opposites of what the word's first verb sense is a kind of (reduce: decrease / increase)."""
        return self._words(5)

    @property
    def main_pos(self) -> str:
        """The part of speech WordNet's tagged corpus used it as most ('n', 'v', 'a', 'r'; '' if never tagged)."""
        tags = self.tags
        return max(tags, key=lambda pos: tags[pos]) if tags else ""

    def kind(self, pos: str) -> str:
        """What kind of thing ('n') or event ('v') its first sense of that part of speech is ('' if none)."""
        for field in self.kinds.split():
            if field.startswith(pos + ":"):
                return field[2:]
        return ""

    @property
    def verb_share(self) -> float:
        total = sum(self.tags.values())
        return self.tags.get("v", 0) / total if total else (1.0 if set(self.tags) == {"v"} else 0.0)

    def __repr__(self) -> str:
        return f"Entry({self.word!r})"


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection | None:
    if not DATABASE.exists():
        return None
    return sqlite3.connect(f"file:{DATABASE}?mode=ro&immutable=1", uri=True, check_same_thread=False)


@lru_cache(maxsize=200_000)
def _row(word: str) -> Entry | None:
    """The entry of a word as WordNet lists it (a lemma, folded). Remembered: lookups by several spellings of
    one word ("Migrants", "migrants") and by the forms it might come from ask for the same rows again."""
    con = _connection()
    if con is None:
        return None
    row = con.execute("SELECT word, tags, syn, hyper, ant, deriv, alt, kind, proper FROM entry WHERE word = ?",
                      (word,)).fetchone()
    return None if row is None else Entry(*row)


# WordNet's own rules for undoing inflections ("morphy"), tried in order after its exception lists.
_DETACH = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
           ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
           ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


_FORMED_FROM = {"ed": "v", "ing": "v", "er": "a", "est": "a"}
"""The kind of word a suffix of ``_DETACH`` makes its forms of, as morphy has a rule list for each: a root of that
kind is taken before one of another that an earlier rule finds."""


@lru_cache(maxsize=50_000)
def lookup(word: str) -> Entry | None:
    """The WordNet entry of a word as it stands in a text (inflected: "fought", "evacuated", "Migrants")."""
    found = _row(fold(word))
    return found if found is not None else base_entry(word)


def _name_entry(word: str) -> Entry | None:
    """The entry of a word WordNet writes capitalised in every sense it has (its possessive's "'s" aside), else
    None."""
    entry = lookup(fold(word).removesuffix("'s"))
    return entry if entry is not None and entry.proper else None


def only_a_name(word: str) -> bool:
    """Whether WordNet writes the word capitalised in every sense it has: a name wherever it stands, the first word
    of a sentence included ("France's", "Tajiks", "September"; not "China", which is porcelain too)."""
    return _name_entry(word) is not None


@lru_cache(maxsize=1)
def lemma_forms() -> dict[str, str]:
    """Inflected forms that are lemmas too ("held": hold, "found": find, "men": man), from WordNet's exception
    lists (``build.py`` writes the file). Not stems: "found" keeps its own, as "the found object" needs."""
    return read_pairs(DATABASE.parent / "lemma_forms.tsv")


def lemma_of(word: str) -> str:
    """The lemma an inflected form comes from, by WordNet's exception lists first ("paid": pay, "rose": rise), or
    the folded word itself."""
    w = fold(word)
    return irregular_forms().get(w) or lemma_forms().get(w) or w


def written_past(word: str) -> bool:
    """Whether the word is written as a past or a participle: in -ed or -en, or an irregular form by WordNet's
    exception lists ("held", "taken", "went"). Not that it is a verb's: "garden" and "need" are written so too."""
    w = fold(word)
    return w.endswith(("ed", "en")) or lemma_of(w) != w


@lru_cache(maxsize=50_000)
def base_entry(word: str) -> Entry | None:
    """The entry of the word an inflected form comes from ("stopped": stop, "held": hold), even when the form
    is a lemma of its own (the adjective "stopped", the noun "held")."""
    w = fold(word)
    lemma = lemma_of(w)
    if lemma != w:
        return _row(lemma)
    first = None
    for suffix, replacement in _DETACH:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            found = _row(w[: -len(suffix)] + replacement)
            if found is not None and (suffix not in _FORMED_FROM or _FORMED_FROM[suffix] in found.tags):
                return found
            first = first or found  # (a word of another kind: "marched" is no form of the noun "Marche")
    if first is not None:
        return first
    for suffix in ("ed", "ing", "er", "est"):  # stopped -> stopp -> stop
        root = w[: -len(suffix)]
        if w.endswith(suffix) and len(root) >= 3 and root[-1] == root[-2]:
            found = _row(root[:-1])
            if found is not None:
                return found
    return None


def inflected_from(word: str) -> Entry | None:
    """The entry of the word a form comes from, when the word is another form of it ("reporters": reporter,
    "stopped": stop), else None (a word as WordNet lists it: "civilian", "stop")."""
    base = base_entry(word)
    return base if base is not None and base.word != fold(word) else None


def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=50_000)
def synonym_stems(word: str) -> frozenset[str]:
    """Stems of the words that mean the same as this one in one of its first senses, or are derived from it
    (evacuate / evacuation, die / death)."""
    entry = lookup(word)
    if entry is None:
        return frozenset()
    return _stems(entry.synonyms | entry.derived) - {stem(fold(word))}


@lru_cache(maxsize=50_000)
def sense_stems(word: str) -> frozenset[str]:
    """Stems of the words that share one of its first senses, without derived forms (defence / defense)."""
    entry = lookup(word)
    return frozenset() if entry is None else _stems(entry.synonyms) - {stem(fold(word))}


def name_form_stems(word: str) -> frozenset[str]:
    """Stems of the other forms of a name, as WordNet derives them: its people, its language, what pertains to it
    ("Nepalese": Nepal; "Russia": Russian). Nothing for a word that is not only a name."""
    entry = _name_entry(word)
    return frozenset() if entry is None else _stems(entry.derived)


@lru_cache(maxsize=50_000)
def kin_stems(word: str) -> frozenset[str]:
    """``synonym_stems`` of the word and of the word it is an inflected form of ("closed", an adjective of its own:
    those of the verb "close" too, whose synonym is "shut"; "decided": "decide", whose noun is "decision")."""
    base = base_entry(word)
    return synonym_stems(word) | (synonym_stems(base.word) if base is not None else frozenset())


@lru_cache(maxsize=50_000)
def opposite_stems(word: str) -> frozenset[str]:
    """Stems of the word's opposites in its first senses (WordNet: see ``build.opposites_in_sense``), and of
    its place's opposites on the closed-class scales below. A stop word of four letters or more counts here
    ("poorly" / "well"): an opposite must stand in the claim word's place to be read as one."""
    return _excluded_stems(word, lambda entry: entry.opposites, scale_opposites(word), keep_stop_words=True)


@lru_cache(maxsize=50_000)
def opposed_through_synonym(passage_word: str, claim_word: str) -> bool:
    """Whether a synonym of the passage's word is an opposite of the claim's, word for word (not by stem):
    "undermines", whose synonym is "weaken", for "strengthens" (MacCartney & Manning: equivalence composed with
    alternation is alternation)."""
    synonyms = {w for entry in (lookup(passage_word), base_entry(passage_word)) if entry is not None
                for w in entry.synonyms}
    return bool(synonyms) and any(entry is not None and synonyms & entry.opposites
                                  for entry in (lookup(claim_word), base_entry(claim_word)))


@lru_cache(maxsize=50_000)
def alternative_stems(word: str) -> frozenset[str]:
    """Stems of the verbs the word excludes by being a kind of their opposite ("reduced": increase)."""
    return _excluded_stems(word, lambda entry: entry.alternatives)


OCCURRING = "happen"  # the verb whose WordNet synonyms say no more than that something took place


@lru_cache(maxsize=50_000)
def occurrence_verb(word: str) -> bool:
    """Whether the word is a form of "happen" or of a synonym of it in its first senses ("occurred"): a verb that
    says only that its subject, an event, took place."""
    entry = base_entry(word) or lookup(word)
    return entry is not None and (entry.word == OCCURRING or OCCURRING in entry.synonyms)


@lru_cache(maxsize=50_000)
def action_verbs(word: str) -> tuple[str, ...]:
    """For a noun of an action, the verbs it is derived from that WordNet's corpus uses mostly as verbs
    ("reduction": reduce, "deportation": deport); empty for a word that is mostly no noun."""
    entry = lookup(word)
    if entry is None or not mostly(word, "n"):
        return ()
    return tuple(sorted(verb for verb in entry.derived if verb_share(verb) >= 0.5))


@lru_cache(maxsize=50_000)
def action_alternative_stems(word: str) -> frozenset[str]:
    """For a noun of an action, the ``alternative_stems`` of the verbs it is derived from ("reduction": reduce, a
    kind of decrease, whose opposite is increase)."""
    return frozenset().union(*(alternative_stems(verb) for verb in action_verbs(word)))


def _excluded_stems(word: str, field: Callable[[Entry], frozenset[str]], more: Iterable[str] = (),
                    keep_stop_words: bool = False) -> frozenset[str]:
    """Stems of the words one field of the word's entry, and of the entry of the word it inflects, names ("stopped":
    the adjective, and the verb "stop"), with ``more``; short words and stop words (unless ``keep_stop_words``,
    those of four letters or more) left out."""
    out = set(more)
    for entry in (lookup(word), base_entry(word)):
        if entry is not None:
            out.update(field(entry))
    return frozenset(st for st in _stems(frozenset(out)) if len(st) >= 3 and (
        st not in STOPWORDS or (keep_stop_words and len(st) >= 4))) - {stem(fold(word))}


@lru_cache(maxsize=50_000)
def base_stems(word: str) -> frozenset[str]:
    """The word's stem, and that of the word it is an inflected form of ("held": hold, "women": woman)."""
    base = base_entry(word)
    return frozenset({stem(fold(word)), *([stem(base.word)] if base is not None else [])})


@lru_cache(maxsize=100_000)
def general_stems(word: str) -> frozenset[str]:
    """Stems of the more general words this word is a kind of (a passage saying "Tajiks" says "people")."""
    entry = lookup(word)
    return _stems(entry.general) if entry is not None else frozenset()


@lru_cache(maxsize=10_000)
def ancestor_stems(word: str, depth: int) -> frozenset[str]:
    """Stems of the more general nouns this noun is a kind of, and of what those are kinds of, ``depth`` steps up,
    of the same kind of thing as its first sense (WordNet's lexicographer file) or one of the top kinds: a wolf is a
    canine, a carnivore, ..., an animal, not an adult or a man (its other senses)."""
    entry = lookup(word)
    if entry is None or not (kind := entry.kind("n")):
        return frozenset()
    found: set[str] = set()
    frontier = {entry.word}
    for _ in range(depth):  # (up through words of its own kind only: a top word's own kinds are too general)
        entries = [lookup(w) for w in frontier]
        general = {(w, e.kind("n")) for w in {w for e in entries if e is not None for w in e.general} - found
                   if (e := lookup(w)) is not None}
        found |= {w for w, k in general if k in (kind, "Tops")}
        frontier = {w for w, k in general if k == kind}
    return _stems(frozenset(found))


@lru_cache(maxsize=100_000)
def form_general_stems(word: str) -> frozenset[str]:
    """``general_stems`` of the word as itself and as a form of its verb ("injured", an adjective of its own, is a
    form of "injure", a kind of "hurt")."""
    base = base_entry(word)
    return general_stems(word) | (general_stems(base.word) if base is not None else frozenset())


def entry_of(word: str) -> Entry | None:
    """The entry of the word an inflected form comes from ("laid": lay, "homes": home), else the word's own."""
    return base_entry(word) or lookup(word)


@lru_cache(maxsize=50_000)
def phrasal_entry(verb: str, particle: str) -> Entry | None:
    """The entry of a phrasal verb, a verb's form and its particle ("called", "off": call off, whose synonym is
    "cancel"; "went", "ahead": go ahead), or None when WordNet lists no such verb."""
    base = entry_of(verb)
    return None if base is None else _row(f"{base.word}_{fold(particle)}")


GENERAL_VERB_USES = 500
"""A verb WordNet's tagged corpus uses this often (come, give, make, take, say, find) has so many senses that it
stands in for many others, mostly with a particle or a noun ("came off the rails" for "derailed", "made out of
wood" for "come in wood")."""


@lru_cache(maxsize=50_000)
def general_verb(word: str) -> bool:
    """Whether the word is a form of a verb so general that another wording of the same event may not use it."""
    entry = entry_of(word)
    return entry is not None and entry.tags.get("v", 0) >= GENERAL_VERB_USES


@lru_cache(maxsize=50_000)
def stative_verb(word: str) -> bool:
    """Whether the word is a form of a verb whose first sense WordNet files as stative (involve, include, contain,
    remain, lack): a relation, not an event, which a passage may say with another verb or none ("raids are carried
    out using brute force" for "raids involve brute force")."""
    entry = entry_of(word)
    return entry is not None and entry.kind("v") == "stative"


@lru_cache(maxsize=50_000)
def past_form_verb_share(word: str) -> float:
    """Of a past form's uses ("ruled", "armed"), the share as a verb rather than an adjective: its verb's uses as a
    verb against the form's own uses as an adjective. A past form is no noun, so the verb's uses as a noun do not
    count against it ("rule" is a noun 50 times and a verb 24, but "ruled" a verb 24 times to the adjective's once;
    "armed" an adjective 10 times to the verb's 5). 0 for a word that is no form of a verb."""
    base = inflected_from(word)
    if base is None or not written_past(word) or not base.tags.get("v"):
        return 0.0
    own = lookup(word)
    adjective = own.tags.get("a", 0) if own is not None and own.word == fold(word) else 0
    return base.tags["v"] / (base.tags["v"] + adjective)


@lru_cache(maxsize=50_000)
def verb_share(word: str) -> float:
    """How often WordNet's tagged corpus used the word, or the verb it is a form of, as a verb, of all its uses
    (0 when it does not know it). "discovered" is also an adjective, but "discover" is a verb."""
    w = fold(word)
    bases = [w, irregular_forms().get(w, w)]
    bases += [w[: -len(suffix)] + replacement for suffix, replacement in _DETACH if w.endswith(suffix)
              and suffix in ("s", "es", "ed", "ing") and len(w) - len(suffix) >= 2]
    bases += [w[: -len(suffix) - 1] for suffix in ("ed", "ing") if w.endswith(suffix)
              and len(w) - len(suffix) >= 4 and w[-len(suffix) - 1] == w[-len(suffix) - 2]]  # stopped: stop
    shares = [entry.verb_share for entry in map(_row, bases) if entry is not None]
    base = base_entry(w)
    if base is not None and base.tags and not shares:
        shares.append(base.verb_share)  # "women": a form of "woman", a noun
    if w.endswith("en") and not shares:
        return 0.5  # taken, given, written: participles WordNet lists only as adjectives
    return max(shares, default=0.0)


@lru_cache(maxsize=50_000)
def mostly(word: str, pos: str) -> bool:
    """Whether WordNet's tagged corpus used the word (as it stands) more often as this part of speech ('n',
    'v', 'a', 'r') than as any other, or, for a word it never saw used, whether WordNet lists it only as that
    ("workforce"); False for a word it does not know."""
    entry = lookup(word)
    if entry is None:
        return False
    tags = entry.tags
    if not any(tags.values()):
        return set(tags) == {pos}
    return tags.get(pos, 0) > 0 and all(n < tags[pos] for other, n in tags.items() if other != pos)


def time_period(word: str) -> bool:
    """Whether a word is a singular noun whose first sense is a stretch of time ("day", "summer", "morning"), as
    WordNet files it (noun.time)."""
    w = fold(word)
    entry = lookup(w)
    plural = lemma_of(w) != w or (w.endswith("s") and inflected_from(w) is not None)  # ("seasons", "days")
    return entry is not None and not plural and entry.kind("n") == "time"


def ly_adverb(word: str) -> bool:
    """Whether a word in -ly may be an adverb: WordNet lists it as one ("immediately", "likely"), or does not know it
    ("reportedly"). Verbs, nouns and adjectives that merely end so are not ("apply", "supply", "family", "costly")."""
    if not fold(word).endswith("ly"):
        return False
    entry = lookup(word)
    return entry is None or "r" in entry.tags


def mostly_ly_adverb(word: str) -> bool:
    """Whether a word in -ly is one WordNet's corpus uses mostly as an adverb ("sharply", "nearly", "highly"): a
    stricter ``ly_adverb``, where an adjective in -ly ("early", "costly") would mislead."""
    return fold(word).endswith("ly") and mostly(word, "r")


COMPOUND_PART = 3  # letters at least in each part of a closed compound ("sink" + "hole")


def compound_of(word: str, head: str) -> bool:
    """Whether ``word`` is a closed compound that ends in the noun ``head`` after a word WordNet knows, and WordNet
    lists it as a noun: a kind of its head ("sinkhole" of "hole", "motorbike" of "bike"), which a text may take up
    by its head alone ("a sinkhole opened ... a car fell into the hole")."""
    w, h = fold(word), fold(head)
    if len(h) < COMPOUND_PART or len(w) - len(h) < COMPOUND_PART or not w.endswith(h) or not w.isalpha():
        return False
    entry = lookup(w)
    return entry is not None and "n" in entry.tags and mostly(h, "n") and _row(w[: -len(h)]) is not None


@lru_cache(maxsize=50_000)
def same_kind(word: str, other: str) -> bool:
    """Whether the two words are kinds of one more general thing (``general_stems`` share a word) and neither is a
    kind of the other ("starling" and "sparrow", both passerines): co-hyponyms, which exclude each other."""
    mine, theirs = general_stems(word), general_stems(other)
    return bool(mine & theirs) and stem(fold(other)) not in mine and stem(fold(word)) not in theirs


def relation(passage_word: str, claim_word: str) -> Relation:
    """The relation of a passage word to a claim word, the strongest that holds."""
    p, c = stem(fold(passage_word)), stem(fold(claim_word))
    if p == c:
        return Relation.SAME
    if p in synonym_stems(claim_word) or c in synonym_stems(passage_word):
        return Relation.SYNONYM
    if p in opposite_stems(claim_word) or c in opposite_stems(passage_word):
        return Relation.OPPOSITE
    if c in general_stems(passage_word):
        return Relation.SPECIFIC
    return Relation.NONE


# --- closed-class scales ----------------------------------------------------------------------------

SCALES: dict[str, tuple[tuple[str, ...], ...]] = {
    # Each scale runs from least to most; words in one tuple stand at the same place.
    "quantity": (("no", "none", "nothing", "nobody"), ("few",), ("some", "several"), ("many", "most"),
                 ("all", "every", "everything", "everyone", "everybody")),
    "frequency": (("never",), ("rarely", "seldom"), ("sometimes", "occasionally"), ("often", "frequently", "usually"),
                  ("always",)),
}
"""Quantifiers and words of frequency, in order. A claim's word is matched by the same place or, for a claim
at the low end (some, sometimes), by a higher place: "many migrants" says "some migrants" too."""

SCALE_OPPOSITES: dict[str, tuple[str, ...]] = {
    "before": ("after",), "after": ("before",), "more": ("less", "fewer"), "less": ("more",), "fewer": ("more",),
    "over": ("under",), "under": ("over",), "above": ("below",), "below": ("above",), "most": ("least", "fewest"),
    "least": ("most",), "earlier": ("later",), "later": ("earlier",), "first": ("last",), "last": ("first",),
    "all": ("none", "no"), "none": ("all",), "many": ("few",), "few": ("many",), "always": ("never",),
    "never": ("always",), "often": ("rarely", "seldom", "never"), "frequently": ("rarely", "seldom", "never"),
    "rarely": ("often", "frequently"), "seldom": ("often", "frequently"),
    "likely": ("unlikely",), "unlikely": ("likely",), "possible": ("impossible",), "impossible": ("possible",),
    "new": ("old",), "old": ("new",), "same": ("different",), "different": ("same",),
    "near": ("far",), "far": ("near",), "within": ("outside",), "inside": ("outside",), "outside": ("within", "inside"),
    "behind": ("ahead",), "ahead": ("behind",), "well": ("badly", "poorly"), "badly": ("well",), "poorly": ("well",),
}
"""Closed-class words of time, place, manner, comparison, quantity, frequency and probability with their opposites,
and the pairs of age and likeness whose first word is a stop word. Stop words have no weight, so WordNet's antonyms
of content words never reach them: "the new plan" is not "the old plan", "lies near the border" is not "lies far
from the border", "performed well" is not "performed badly"."""

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
"""Ordinals in words: each is the rival of every other ("the third attack this year" / "the first")."""
for _ordinal in ORDINALS:
    SCALE_OPPOSITES[_ordinal] = (*SCALE_OPPOSITES.get(_ordinal, ()), *(o for o in ORDINALS if o != _ordinal))


@lru_cache(maxsize=1)
def _scale_index() -> dict[str, tuple[str, int]]:
    """Each scale word with its (scale, place); and, at the same place, WordNet's synonyms in *-ly* of the closed
    class's words ("constantly", "invariably" for "always"; "commonly", "normally" for "usually"). Not the short
    ones ("ever", "oft"): those are function words of other uses ("the first ever")."""
    out: dict[str, tuple[str, int]] = {}
    for name, places in SCALES.items():
        for i, group in enumerate(places):
            out.update((w, (name, i)) for w in group)
    widened: dict[str, tuple[str, int]] = {}
    for word, place in out.items():
        entry = lookup(word)
        for synonym in entry.synonyms if entry is not None else ():
            if synonym.endswith("ly") and synonym not in out:
                widened.setdefault(synonym, place)
    return out | widened


def scale_place(word: str) -> tuple[str, int] | None:
    """(scale, place) of a quantifier or frequency word, or None."""
    return _scale_index().get(fold(word))


SCALE_ENDS = 2
"""Places at each end of a scale: a word at one end is the opposite of every word at the other ("rarely" /
"always", "constantly", "often")."""


ENDS_OPPOSE = frozenset({"frequency"})
"""The scales whose two ends are opposites word for word (not quantity: "no" and "most" say much else)."""


@lru_cache(maxsize=4096)
def scale_opposites(word: str) -> tuple[str, ...]:
    """The closed-class opposites of a word of time, comparison, quantity, frequency or probability: its own
    (``SCALE_OPPOSITES``), and for a frequency word at one end of its scale, every word at the other end."""
    w = fold(word)
    out = list(SCALE_OPPOSITES.get(w, ()))
    place = scale_place(w)
    if place is not None and place[0] in ENDS_OPPOSE:
        name, level = place
        size = len(SCALES[name])
        low, high = level < SCALE_ENDS, level >= size - SCALE_ENDS
        out += [other for other, (n, at) in _scale_index().items() if n == name and other not in out and (
            (low and at >= size - SCALE_ENDS) or (high and at < SCALE_ENDS))]
    return tuple(out)
