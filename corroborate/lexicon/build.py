"""Build the lexicon the matcher ships with from WordNet 3.0's database files.

    python -m corroborate.lexicon.build [WORDNET_DIR]

WORDNET_DIR defaults to ``/usr/share/wordnet`` (Debian's ``wordnet-base``). The script writes two files
next to this module, in ``data/``:

* ``wordnet.sqlite``: for every single-word lemma, and every phrasal verb of one particle (``call_off``,
  ``go_ahead``: read as verbs only), its synonyms, the more general words it is a kind of
  (hypernyms), its antonyms, its derivationally related forms and its alternatives (the opposites of what its
  first verb sense is directly a kind of: to reduce is to decrease, whose opposite is to increase), each as a
  space-separated list of words, how often WordNet's tagged corpus used it as a noun, verb, adjective and
  adverb, and the kind of thing its first noun sense and its first verb sense are (their lexicographer
  files: the noun *resident* is a person, the verb *involve* stative), and whether WordNet writes it
  capitalised in every sense (a name: *France*, *Tajik*, *September*; not *china* nor *march*);
* ``irregular.tsv``: inflected forms that are not themselves lemmas, with their lemma (went/go,
  fought/fight, children/child, worse/bad), and those that are but that WordNet's tagged corpus used far
  more often as the form (RARE_OWN_USE): "sent" is a lemma (an Estonian coin) and "held" one (an adjective), yet
  a text that says "sent" or "held" means "send" and "hold";
* ``lemma_forms.tsv``: inflected forms that are lemmas of their own in common use (left/leave, shot/shoot,
  lay/lie), with their lemma.

Only the most frequent senses of a word take part (WordNet lists senses by frequency): a word's rare senses
would make "fire" a synonym of "sack". ``tests/matching/test_lexicon.py`` checks that the shipped files are
what this script makes.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein

DATA = Path(__file__).resolve().parent / "data"
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SYNONYM_SENSES = 2  # a word's senses whose synonyms count (of a word's most frequent senses)
PARTNER_SENSES = 3  # ... and the partner must have that synset among its own first senses
HYPERNYM_SENSES = 2  # senses whose more general words count
HYPERNYM_DEPTH = 3  # how many steps up (Tajik -> Iranian -> Asian -> person is three)
OPPOSITE_SENSES = 3  # senses whose antonyms and derived forms count
RARE_OWN_USE = 0.1  # an inflected form that is a lemma too is read as its lemma's form when its own tagged uses
# are at most this share of its lemma's ("sent": 0 to 148; not "left": 78 to 417, nor "shot": 54 to 97)
SCHEMA = """
CREATE TABLE entry (
    word TEXT PRIMARY KEY,
    tags TEXT NOT NULL,    -- 'n:12 v:40': how often each part of speech was tagged in WordNet's corpus
    syn TEXT NOT NULL,     -- synonyms (words sharing one of its first senses)
    hyper TEXT NOT NULL,   -- more general words (this word's first senses are a kind of these)
    ant TEXT NOT NULL,     -- opposites in its first senses (see opposites_in_sense)
    deriv TEXT NOT NULL,   -- derivationally related forms (evacuate / evacuation)
    alt TEXT NOT NULL,     -- opposites of what its first verb sense is a kind of (reduce: decrease / increase)
    kind TEXT NOT NULL,    -- lexicographer files of its first noun and verb senses: 'n:person v:stative'
    proper INTEGER NOT NULL  -- 1 when WordNet writes the word capitalised in every sense: a name (France, Tajik)
) WITHOUT ROWID;
"""


LEXICOGRAPHER_FILES = {
    3: "Tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition", 10: "communication",
    11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location", 16: "motive", 17: "object", 18: "person",
    19: "phenomenon", 20: "plant", 21: "possession", 22: "process", 23: "quantity", 24: "relation", 25: "shape",
    26: "state", 27: "substance", 28: "time",  # nouns
    29: "body", 30: "change", 31: "cognition", 32: "communication", 33: "competition", 34: "consumption",
    35: "contact", 36: "creation", 37: "emotion", 38: "motion", 39: "perception", 40: "possession", 41: "social",
    42: "stative", 43: "weather",  # verbs
}
"""WordNet's lexicographer files of nouns and verbs (lexnames(5WN)): what kind of thing or event a sense is."""


@dataclass
class Synset:
    pos: str
    words: list[str]
    proper: frozenset[str]  # words this synset writes capitalised: a name (More, as in Thomas More)
    lexfile: int = 0  # its lexicographer file (42: verb.stative)
    hypernyms: list[tuple[str, str]] = field(default_factory=list)  # (pos, offset)
    similar: list[tuple[str, str]] = field(default_factory=list)
    lexical: list[tuple[str, int, str, str, int]] = field(default_factory=list)  # (symbol, src, pos, off, dst)


def read_synsets(root: Path) -> dict[tuple[str, str], Synset]:
    out: dict[tuple[str, str], Synset] = {}
    for pos, name in POS_FILES.items():
        with open(root / f"data.{name}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" | ")[0].split()
                offset, lexfile, ss_type = fields[0], int(fields[1]), fields[2]
                n_words = int(fields[3], 16)
                raw = [fields[4 + 2 * i].split("(")[0] for i in range(n_words)]
                words = [w.lower() for w in raw]
                k = 4 + 2 * n_words
                n_ptrs = int(fields[k])
                synset = Synset("a" if ss_type == "s" else ss_type, words,
                                frozenset(w.lower() for w in raw if w[:1].isupper()), lexfile)
                for i in range(n_ptrs):
                    symbol, target, tpos, srcdst = fields[k + 1 + 4 * i : k + 5 + 4 * i]
                    tpos = "a" if tpos == "s" else tpos
                    src, dst = int(srcdst[:2], 16), int(srcdst[2:], 16)
                    if symbol in ("@", "@i") and src == 0:
                        synset.hypernyms.append((tpos, target))
                    elif symbol == "&":
                        synset.similar.append((tpos, target))
                    elif symbol in ("!", "+", "\\") and src:
                        synset.lexical.append((symbol, src, tpos, target, dst))
                out[(synset.pos, offset)] = synset
    return out


def read_senses(root: Path) -> tuple[dict[tuple[str, str], list[str]], dict[str, dict[str, int]]]:
    """Each (lemma, pos)'s synset offsets in order of frequency, and each lemma's tagged uses per pos."""
    senses: dict[tuple[str, str], list[str]] = {}
    tags: dict[str, dict[str, int]] = defaultdict(dict)
    for pos, name in POS_FILES.items():
        with open(root / f"index.{name}", encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, n_synsets, n_ptrs = fields[0], int(fields[2]), int(fields[3])
                offsets = fields[6 + n_ptrs : 6 + n_ptrs + n_synsets]
                senses[(lemma, pos)] = offsets
                tags[lemma][pos] = 0
    with open(root / "cntlist.rev", encoding="latin-1") as fh:
        for line in fh:
            key, _, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
            if lemma in tags and pos in tags[lemma]:
                tags[lemma][pos] += int(count)
    return senses, tags


VARIANT_DISTANCE = 2  # letters at most between two spellings of one word (neighbour / neighbor, organise / organize)


def borrow_variant_counts(synsets: dict[tuple[str, str], Synset], senses: dict[tuple[str, str], list[str]],
                          tags: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Tagged uses for the words WordNet's corpus never saw, from another spelling of them: a word of one of their
    senses a few letters apart, with the same first three letters. The corpus is American: "neighbour" and "storey"
    are never tagged, "neighbor" and "story" are; a British text uses them the same way. (Any sense: the first noun
    sense of "centre" is one only the British spelling has.)"""
    out = {lemma: dict(counts) for lemma, counts in tags.items()}
    for lemma, counts in tags.items():
        if not single(lemma) or any(counts.values()):
            continue
        spellings = (other for pos in counts for offset in senses.get((lemma, pos), [])
                     for other in synsets[(pos, offset)].words)
        variant = next((other for other in spellings if other != lemma and single(other) and other[:3] == lemma[:3]
                        and any(tags.get(other, {}).values())
                        and Levenshtein.distance(other, lemma) <= VARIANT_DISTANCE), None)
        if variant is not None:
            out[lemma] = {pos: tags[variant].get(pos, 0) for pos in counts}
    return out


def single(word: str) -> bool:
    return "_" not in word and not any(c.isdigit() for c in word)


PARTICLES = frozenset("off out up down ahead away back in on over".split())
"""The particles of the phrasal verbs the lexicon keeps (*call off*, *go ahead*, *turn away*, *lay off*)."""


def phrasal(word: str) -> bool:
    """Whether a lemma is a verb and one particle ("call_off", "go_ahead"): kept as a row of its own, so that a
    sentence's "called off" can be read as the verb WordNet lists (a synonym of "cancel")."""
    parts = word.split("_")
    return len(parts) == 2 and parts[1] in PARTICLES and single(parts[0])


def opposites_in_sense(synsets: dict[tuple[str, str], Synset], rank: dict[tuple[str, str, str], int],
                       lemma: str, pos: str, off: str) -> set[str]:
    """The opposites of one sense of a word: WordNet's antonyms of the word in that sense, of the words that
    share the sense with it (begin / start: end), of the forms derived from it in that sense (improvement:
    improve / worsen), and, for an adjective satellite, of the adjective it is similar to (huge: large / small).

    Each relation is followed in the one sense, never through another sense of a synonym: through "live"
    ("a live broadcast"), "last" would be the opposite of "filmed". A derived form counts when one of the two
    is a noun (improvement / improve), not from verb to adjective ("irreducible" is no opposite of "reduce")."""

    def antonyms(s: Synset, word_number: int | None) -> set[str]:
        """Antonyms of the word_number-th word of s (None: of any of its words)."""
        found = {synsets[(t, o)].words[d - 1] for symbol, src, t, o, d in s.lexical
                 if symbol == "!" and (word_number is None or src == word_number)}
        return {w for w in found if single(w)}

    def in_sense(key: tuple[str, str], word: str) -> set[str]:
        """Antonyms of the word in the synset, and of the words that share it as one of their first senses."""
        s = synsets[key]
        return {a for number, mate in enumerate(s.words, start=1)
                if mate == word or rank.get((mate, key[0], key[1]), 99) < PARTNER_SENSES
                for a in antonyms(s, number)}

    synset = synsets[(pos, off)]
    mine = synset.words.index(lemma) + 1 if lemma in synset.words else 0
    out = in_sense((pos, off), lemma)
    for symbol, src, tpos, target, dst in synset.lexical:
        if symbol == "+" and src == mine and "n" in (pos, tpos):
            out |= in_sense((tpos, target), synsets[(tpos, target)].words[dst - 1])
    if pos == "a":
        for key in synset.similar:
            out |= antonyms(synsets[key], None)
    return out


def build_entries(root: Path) -> list[tuple[str | int, ...]]:
    synsets = read_synsets(root)
    senses, tags = read_senses(root)
    tags = borrow_variant_counts(synsets, senses, tags)
    rank: dict[tuple[str, str, str], int] = {}  # (lemma, pos, offset) -> sense number
    for (lemma, pos), offsets in senses.items():
        for i, off in enumerate(offsets):
            rank[(lemma, pos, off)] = i

    def only_a_name(lemma: str) -> bool:
        """Whether every sense of the word, of every part of speech, writes it capitalised."""
        offsets = [(pos, off) for pos in tags[lemma] for off in senses.get((lemma, pos), [])]
        return bool(offsets) and all(lemma in synsets[key].proper for key in offsets)

    def derived(synset: Synset, lemma: str, pointers: tuple[str, ...]) -> set[str]:
        """The single words the lemma's form in the synset points to by one of ``pointers`` (WordNet's pointers
        between word forms: ``+`` a derivation, ``\\`` what an adjective pertains to)."""
        mine = synset.words.index(lemma) + 1 if lemma in synset.words else 0
        return {synsets[(t, o)].words[d - 1] for s, src, t, o, d in synset.lexical
                if s in pointers and src == mine and single(synsets[(t, o)].words[d - 1])}

    def top(lemma: str, pos: str, n: int) -> list[str]:
        """The word's first n senses, leaving out those where it is a name (the noun "More")."""
        return [off for off in senses.get((lemma, pos), []) if lemma not in synsets[(pos, off)].proper][:n]

    entries: dict[str, tuple[str, set[str], set[str], set[str], set[str], set[str], str, int]] = {}
    for lemma in sorted(tags):
        if not single(lemma) and not (phrasal(lemma) and "v" in tags[lemma]):
            continue
        syn: set[str] = set()
        hyper: set[str] = set()
        ant: set[str] = set()
        deriv: set[str] = set()
        for pos in tags[lemma] if single(lemma) else ("v",):  # (a phrasal verb is read as a verb only)
            for off in top(lemma, pos, SYNONYM_SENSES):
                for w in synsets[(pos, off)].words:
                    if w != lemma and single(w) and rank.get((w, pos, off), 99) < PARTNER_SENSES:
                        syn.add(w)
            frontier = [(pos, off) for off in top(lemma, pos, HYPERNYM_SENSES)]
            for _ in range(HYPERNYM_DEPTH):
                frontier = [h for key in frontier for h in synsets[key].hypernyms]
                hyper.update(w for key in frontier for w in synsets[key].words if single(w))
            for off in top(lemma, pos, OPPOSITE_SENSES):
                ant.update(opposites_in_sense(synsets, rank, lemma, pos, off))
                deriv |= derived(synsets[(pos, off)], lemma, ("+",))
        a_name = single(lemma) and only_a_name(lemma)
        if a_name:  # a name's forms, which ``top`` leaves out: its people, its language and what pertains to it
            # (Nepal / Nepalese, Russia / Russian)
            for pos in tags[lemma]:
                for off in senses.get((lemma, pos), [])[:OPPOSITE_SENSES]:
                    deriv |= derived(synsets[(pos, off)], lemma, ("+", "\\"))
        first_verb = top(lemma, "v", 1) if "v" in tags[lemma] else []
        alt = alternatives(synsets, rank, first_verb) if first_verb else set()
        kind = " ".join(f"{pos}:{LEXICOGRAPHER_FILES[synsets[(pos, first[0])].lexfile]}"
                        for pos in ("n", "v") if (single(lemma) or pos == "v") and (first := top(lemma, pos, 1)))
        counts = " ".join(f"{pos}:{tags[lemma][pos]}" for pos in sorted(tags[lemma]) if single(lemma) or pos == "v")
        entries[lemma] = (counts, syn, hyper, ant, deriv, alt, kind, int(a_name))
    for lemma, (_, _, _, _, deriv, _, _, _) in entries.items():  # derivations go both ways (a single word's row
        if not single(lemma):  # is the same with phrasal verbs kept or not)
            continue
        for other in deriv:
            if other in entries:
                entries[other][4].add(lemma)
    rows: list[tuple[str | int, ...]] = []
    for lemma, (counts, syn, hyper, ant, deriv, alt, kind, proper) in entries.items():
        syn -= {lemma}
        hyper -= {lemma} | syn
        ant -= {lemma} | syn
        deriv -= {lemma}
        alt -= {lemma} | syn | ant
        rows.append((lemma, counts, *(" ".join(sorted(x)) for x in (syn, hyper, ant, deriv, alt)), kind, proper))
    return rows


def alternatives(synsets: dict[tuple[str, str], Synset], rank: dict[tuple[str, str, str], int],
                 first_sense: list[str]) -> set[str]:
    """The opposites of the verbs a verb's first sense is directly a kind of: to reduce is to decrease, and
    decreasing excludes increasing, so reducing does too (MacCartney & Manning's alternation, composed through
    one step of hyponymy). One sense and one step only: further up, or through rarer senses, the kinds are
    too general to exclude anything ("hand" is a kind of "take" in a sense that has nothing to do with giving)."""
    out: set[str] = set()
    for off in first_sense:
        for key in synsets[("v", off)].hypernyms:
            for word in synsets[key].words:
                out |= opposites_in_sense(synsets, rank, word, key[0], key[1])
    return out


def build_irregular(root: Path) -> list[tuple[str, str]]:
    """Inflected forms from WordNet's exception lists that are not lemmas themselves, or lemmas seldom used as
    such ("sent", "held", "paid"): read as their lemma's form, for its stem."""
    return _exception_forms(root, lemmas_too=False)


def build_lemma_forms(root: Path) -> list[tuple[str, str]]:
    """Inflected forms from WordNet's exception lists that are lemmas of their own in common use (left/leave,
    shot/shoot): the word they also are, read only for its opposites, never for its stem."""
    return _exception_forms(root, lemmas_too=True)


def _exception_forms(root: Path, lemmas_too: bool) -> list[tuple[str, str]]:
    """(form, lemma) from the verb, noun and adjective exception lists, of the forms that are lemmas of their own
    in common use (``lemmas_too``) or of those that are not."""
    _, tags = read_senses(root)

    def own_word(form: str, base: str, pos: str) -> bool:
        """Whether the form is a lemma of its own in common use: any lemma, but a verb's irregular past seldom
        used as a word of its own ("sent", "held"; not "left", nor "sitting" or "applied", which the suffix rules
        read)."""
        if form not in tags:
            return False
        if pos != "verb" or form.endswith("ing") or (form.endswith("ed") and len(form) > 4):
            return True  # (a regular form in -ed or -ing: "led" and "fled" are irregular)
        return sum(tags[form].values()) > RARE_OWN_USE * sum(tags.get(base, {}).values())

    out: dict[str, str] = {}
    for name in ("verb", "noun", "adj"):
        with open(root / f"{name}.exc", encoding="latin-1") as fh:
            for line in fh:
                form, base = line.split()[:2]
                if single(form) and single(base) and own_word(form, base, name) == lemmas_too and form != base:
                    out.setdefault(form, base)
    return sorted(out.items())


def write(root: Path, target: Path = DATA) -> None:
    target.mkdir(parents=True, exist_ok=True)
    db = target / "wordnet.sqlite"
    tmp = db.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    con.executemany("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", build_entries(root))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(db)
    for name, pairs in (("irregular.tsv", build_irregular(root)), ("lemma_forms.tsv", build_lemma_forms(root))):
        (target / name).write_text("".join(f"{form}\t{base}\n" for form, base in pairs), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
