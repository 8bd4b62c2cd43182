"""Behavioural probes of the matcher (CheckList-style: Ribeiro et al. 2020), made from real sentences.

Each probe takes a declarative sentence of a real article as the claim and changes either the source or the claim (a
denial, a hedge and a question each take one of several wordings, picked by a hash of the sentence).
Meaning-changing edits (a denied, hedged or questioned source; a source whose verb is put under a negative
implicative, "failed to", or put in the future, "will approve"; a negated claim, an opposite word, a changed number
or name, the claim's subject and object swapped, another speaker credited) must not be support; meaning-keeping edits
(a synonym, a dropped adverb, the passive voice, an opening phrase moved to the end, a source that "managed to")
should stay support, and so should the sentence itself.

    python tests/matching/probes.py [SOURCES_DIR ...]     # pass rate of each kind

``benchmarks/accuracy.py`` prints the same table; ``tests/matching/test_probes.py`` holds the bars.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from corroborate.claims import Claim
from corroborate import lexicon
from corroborate.matching import Matcher, roles
from corroborate.sources import load_corpus, split_sentences
from corroborate.text import STOPWORDS, Token, month_of, tokenize

ROOT = Path(__file__).resolve().parents[2]
AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should")

# kind -> what the matcher must (True) or must not (False) report as support
EXPECT_SUPPORT = {"own sentence": True, "synonym": True, "adverb dropped": True, "passive voice": True,
                  "clauses reordered": True, "source managed to": True,
                  "source denies": False, "source hedges": False, "source asks": False,
                  "claim negated": False, "opposite word": False, "number changed": False, "name changed": False,
                  "counted thing changed": False, "measure changed": False, "multiple changed": False,
                  "exclusive added": False, "roles swapped": False, "source fails to": False,
                  "noun of the same kind": False, "speaker replaced": False, "source foretells": False,
                  "role marker changed": False, "function word reversed": False}

RARE = ("measure changed", "multiple changed", "roles swapped", "source fails to", "source managed to",
        "passive voice", "clauses reordered", "speaker replaced",
        "source foretells", "role marker changed",
        "function word reversed")  # kinds drawn from more sentences than the others
RARE_PROBES = 60  # of each rare kind

# Names put in place of a sentence's own (a place or a person none of the sentences names).
OTHER_NAMES = ("Lisbon", "Okafor", "Tbilisi", "Halvorsen", "Nairobi")
# Speakers put in place of who a sentence says said it (no names: a name the source lacks is never support anyway).
OTHER_SPEAKERS = ("a government spokesman", "the opposition", "local residents", "the prosecutors")
_ACCORDING_OPENING = re.compile(r"^According to ([^,]{3,60}), ")
_ACCORDING_CLOSING = re.compile(r", according to ([^,]{3,60})\.$")
_SAID_CLOSING = re.compile(r",[”\"’']?\s+((?:[A-Za-z][\w'’.-]*\s){0,5}[A-Za-z][\w'’.-]*)"
                           r"\s+(?:said|says|stated|added)\.$")
_SAID_OPENING = re.compile(r"^((?:[A-Z][\w'’.-]*)(?:\s[\w'’.-]+){0,5}?)\s+(?:said|says|stated|reported|announced)"
                           r"\s+(?:that\s+)?(?:the|a|an|[a-z]+s)\s")
_PRONOUNS = frozenset("i you he she it we they someone one".split())


@dataclass(frozen=True)
class Probe:
    kind: str
    claim: str
    source: str  # the source text the claim is checked against


def sentences_from(folders: list[Path], limit: int, seed: int = 13) -> list[str]:
    """Declarative sentences of 8 to 30 words with a verb, drawn evenly from the files of ``folders``."""
    pool: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for s in split_sentences(text):
                sentence = " ".join(text[s.start : s.end].split())
                words = sentence.split()
                if not 8 <= len(words) <= 30 or not sentence.endswith(".") or not sentence[0].isupper():
                    continue
                if any(c in sentence for c in "\"“”?:;()[]|#*") or sentence.count(",") > 3:
                    continue
                pool.append(sentence)
    # Shuffled before the verb test: a change to how verbs are read then changes only the sentences whose
    # reading it changes, not which of the others are drawn.
    random.Random(seed).shuffle(pool)
    return [sentence for sentence in pool if roles.predicates(tokenize(sentence))][:limit]


def _lower_first(sentence: str) -> str:
    first = sentence.split()[0]
    return sentence if first.isupper() or (first[1:] and any(c.isupper() for c in first[1:])) \
        else sentence[0].lower() + sentence[1:]


def _negate(sentence: str) -> str | None:
    for aux in AUXILIARIES:
        m = re.search(rf"\b{aux}\b(?! not\b)", sentence)
        if m:
            return sentence[: m.end()] + " not" + sentence[m.end() :]
    return None


def _replace_word(sentence: str, pick: str) -> str | None:
    """Replace the first content word that has an antonym ("opposite") or a synonym ("synonym") in WordNet."""
    for tok in tokenize(sentence):
        if not tok.is_content or tok.capitalised or tok.number is not None or tok.surface.lower() in STOPWORDS:
            continue
        entry = lexicon.lookup(tok.surface)
        if entry is None or tok.surface.lower() != entry.word:  # keep to uninflected words: the edit stays grammatical
            continue
        choices = sorted(entry.opposites if pick == "opposite" else entry.synonyms - entry.derived)
        if choices:
            return sentence[: tok.start] + choices[0] + sentence[tok.end :]
    return None


def _change_number(sentence: str) -> str | None:
    m = re.search(r"\b\d[\d,]*\b", sentence)
    if not m:
        return None
    value = int(m.group().replace(",", ""))
    if 1000 <= value <= 2100 and len(m.group()) == 4:
        return None  # a year: changing it changes the date, tested by the date rules
    return sentence[: m.start()] + f"{value * 3 + 1:,}" + sentence[m.end() :]


def _change_name(sentence: str) -> str | None:
    """Put another name in place of the first name inside the sentence (a capitalised word after its first)."""
    for tok in tokenize(sentence)[1:]:
        if (tok.capitalised and tok.number is None and len(tok.surface) > 3 and not tok.surface.isupper()
                and month_of(tok.surface) is None and tok.surface.isalpha()):
            other = OTHER_NAMES[len(sentence) % len(OTHER_NAMES)]
            return sentence[: tok.start] + other + sentence[tok.end :]
    return None


def _change_counted(sentence: str) -> str | None:
    """Put another kind of thing after the sentence's first count: "140 homes" becomes "140 residents", "35
    residents" becomes "35 vehicles" (a person or group for anything else, an artifact for a person)."""
    tokens = tokenize(sentence)
    for i, tok in enumerate(tokens[:-1]):
        if tok.number is None or (1000 <= tok.number <= 2100 and tok.surface.isdigit()):
            continue
        noun = tokens[i + 1]
        entry = lexicon.entry_of(noun.surface)
        if not noun.is_content or entry is None or entry.main_pos != "n":
            return None
        other = "vehicles" if entry.kind("n") in ("person", "group") else "residents"
        return sentence[: noun.start] + other + sentence[noun.end :]
    return None


# Each measure is put in place of another of its kind ("3 hours" becomes "3 minutes", "a year" "a month").
OTHER_MEASURE = {"minute": "hour", "hour": "minute", "day": "hour", "week": "day", "month": "week", "year": "month",
                 "metre": "mile", "mile": "metre", "kilogram": "tonne", "tonne": "kilogram"}


def _change_measure(sentence: str) -> str | None:
    """Put another measure in place of the sentence's first measure after a number or "a": "3 hours" becomes
    "3 minutes", "a week" "a day", "40 miles" "40 metres"."""
    tokens = tokenize(sentence)
    for i, tok in enumerate(tokens[1:], 1):
        word = tok.surface.lower()
        singular = word[:-1] if word.endswith("s") else word
        article = tokens[i - 1].surface.lower() in ("a", "an")
        if singular not in OTHER_MEASURE or not (article or tokens[i - 1].number is not None):
            continue
        other = OTHER_MEASURE[singular]
        start = tokens[i - 1].start if article else tok.start
        replacement = (("an " if other == "hour" else "a ") if article else "") + other + word[len(singular):]
        return sentence[:start] + replacement + sentence[tok.end:]
    return None


# Each multiple or fraction is put in place of another ("half" becomes "twice", "three times" "ten times").
OTHER_MULTIPLE = {"half": "twice", "twice": "half", "double": "half", "doubled": "halved", "triple": "double",
                  "tripled": "doubled", "a third": "a quarter", "a quarter": "a third"}
_MULTIPLE = re.compile(r"\b(?:half|twice|doubled?|tripled?|an? (?:third|quarter)|(?:\d+|two|three|four|five) times)\b")


def _change_multiple(sentence: str) -> str | None:
    """Put another multiple or fraction in place of the sentence's first: "half" becomes "twice", "three times"
    becomes "ten times", "4 times" "6 times"."""
    m = _MULTIPLE.search(sentence)
    if not m:
        return None
    written = m.group()
    if written in OTHER_MULTIPLE:
        other = OTHER_MULTIPLE[written]
    else:
        count = written.split()[0]
        other = f"{int(count) + 2} times" if count.isdigit() else "ten times"
    return sentence[: m.start()] + other + sentence[m.end() :]


# A noun put in place of another of the same kind (WordNet's lexicographer file of its first sense): a thing
# of that kind that none of the sentences is about.
OTHER_OF_KIND = {"person": "teacher", "artifact": "warehouse", "location": "harbour", "group": "committee",
                 "act": "ceremony", "communication": "letter", "event": "festival", "cognition": "theory",
                 "state": "drought", "possession": "pension", "attribute": "colour", "substance": "fertiliser",
                 "object": "river", "time": "season", "quantity": "gallon", "body": "elbow", "animal": "sheep",
                 "food": "bread", "plant": "oak", "phenomenon": "storm", "process": "erosion"}


def _change_noun(sentence: str) -> str | None:
    """Put another noun of the same kind in place of the sentence's first common noun after a determiner or a
    preposition ("at the market" becomes "at the harbour", "two workers" stays: a count is its own probe)."""
    tokens = tokenize(sentence)
    for i, tok in enumerate(tokens[1:], 1):
        before = tokens[i - 1].surface.lower()
        if (not tok.is_content or tok.capitalised or tok.number is not None or not tok.surface.isalpha()
                or not (before in roles.DETERMINERS or before in roles.PREPOSITIONS)
                or not lexicon.mostly(tok.surface, "n")):
            continue
        entry = lexicon.entry_of(tok.surface)
        other = OTHER_OF_KIND.get(entry.kind("n")) if entry is not None else None
        if other is None or entry is None or other == entry.word:
            continue
        plural = tok.surface.lower() != entry.word and tok.surface.lower().endswith("s")
        other = other + ("es" if other.endswith(("s", "sh", "ch", "x")) else "s") if plural else other
        if other == "sheeps":
            other = "sheep"
        return sentence[: tok.start] + other + sentence[tok.end :]
    return None


def _add_exclusive(sentence: str) -> str | None:
    """Put "only" after the sentence's first auxiliary ("were carried out" becomes "were only carried out"), where
    it narrows what follows (not before a number or an amount, "has only 3" says 3 is few, nor "to" or "just"; not
    in a sentence that has an exclusive already)."""
    if re.search(r"\b(?:only|solely|exclusively|sole)\b", sentence, re.IGNORECASE):
        return None
    for aux in AUXILIARIES:
        m = re.search(rf"\b{aux} (?!not\b|\d|a\b|an\b|one\b|two\b|few\b|some\b|about\b|to\b|just\b)", sentence)
        if m:
            return sentence[: m.end()] + "only " + sentence[m.end() :]
    return None


def _replace_speaker(sentence: str) -> str | None:
    """Put another speaker in place of who the sentence says said it ("..., police said." / "According to X, ..." /
    "The ministry says ..."): what it says is then someone else's word."""
    other = OTHER_SPEAKERS[len(sentence) % len(OTHER_SPEAKERS)]
    for pattern in (_ACCORDING_OPENING, _ACCORDING_CLOSING, _SAID_CLOSING, _SAID_OPENING):
        m = pattern.search(sentence)
        if m is not None and other.lower() not in m[1].lower() and m[1].lower() not in _PRONOUNS:
            start, end = m.span(1)
            speaker = other[0].upper() + other[1:] if start == 0 else other
            return sentence[:start] + speaker + sentence[end:]
    return None


PASSIVE_BE = ("is", "are", "was", "were", "be", "been", "being")


def _change_marker(sentence: str) -> str | None:
    """Put "for" in place of the "by" that names who did it after a passive verb ("was written by the minister"
    becomes "was written for the minister"): the same words, another part in what happened."""
    tokens = tokenize(sentence)
    for i in range(2, len(tokens) - 1):
        nxt = tokens[i + 1]
        if (tokens[i].surface.lower() == "by" and tokens[i - 2].surface.lower() in PASSIVE_BE
                and tokens[i - 1].surface.lower().endswith(("ed", "en"))
                and (nxt.surface.lower() in ("the", "a", "an", "his", "her", "their", "its") or nxt.capitalised)):
            return sentence[: tokens[i].start] + "for" + sentence[tokens[i].end :]
    return None


FUNCTION_WORD_OPPOSITES = (("new", "old"), ("same", "different"), ("near", "far from"), ("within", "outside"),
                           ("behind", "ahead of"), ("into", "out of"), ("went up", "went down"), ("rose", "went down"),
                           ("well", "badly"))


def _reverse_function_word(sentence: str) -> str | None:
    """Put the opposite of the sentence's first stop word of age, likeness, place, direction or manner in its
    place ("the new plan" becomes "the old plan", "moved into" becomes "moved out of"), not inside a name ("New
    York") nor "as well as"."""
    for word, other in FUNCTION_WORD_OPPOSITES:
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", sentence):
            if sentence[m.start() - 3 : m.start()] == "as " and word == "well":
                continue
            return sentence[: m.start()] + other + sentence[m.end() :]
    return None


def _drop_adverb(sentence: str) -> str | None:
    m = re.search(r"\s\w{4,}ly\b", sentence)
    if not m or m.group().strip().lower() in ("only", "early", "family", "july", "italy", "daily", "likely"):
        return None
    return sentence[: m.start()] + sentence[m.end() :]


def _noun_phrase(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether tokens[start:stop] are a short noun phrase: an optional determiner, then one to three content
    words, the last of them a noun (not a pronoun, a number or a verb)."""
    words = tokens[start:stop]
    if words and words[0].surface.lower() in roles.DETERMINERS:
        words = words[1:]
    if not 1 <= len(words) <= 3 or not all(w.is_content and w.number is None and w.surface.lower() not in PRONOUNS
                                           for w in words):
        return False
    head = words[-1]
    at = tokens.index(head)
    if at == 0:  # capitalised because it opens the sentence: "Please visit", "Keep supporting" are no subjects
        return lexicon.mostly(head.surface, "n") or not _common(tokens, 0)
    return head.capitalised or lexicon.mostly(head.surface, "n")


def _clause(sentence: str) -> tuple[list[Token], int, int] | None:
    """(tokens, verb, end of the object) for a sentence that opens on "subject verb object": a short noun
    phrase, its first verb with nothing between them, and a short noun phrase right after the verb ending at a
    preposition, a comma or the end. None for any other sentence."""
    tokens = tokenize(sentence)
    verbs = roles.predicates(tokens)
    if not verbs or not 1 <= verbs[0] <= 4 or not _noun_phrase(tokens, 0, verbs[0]):
        return None
    verb = verbs[0]
    if any(ch in ",;:-" for ch in sentence[: tokens[verb].start]):
        return None
    end = verb + 1
    while end < len(tokens) and tokens[end].is_content or (
            end == verb + 1 and end < len(tokens) and tokens[end].surface.lower() in roles.DETERMINERS):
        end += 1
    if end == verb + 1 or any(ch in ",;:-" for ch in sentence[tokens[verb].end : tokens[end - 1].end]):
        return None
    after = sentence[tokens[end - 1].end : tokens[end].start] if end < len(tokens) else ""
    if not _noun_phrase(tokens, verb + 1, end) or tokens[verb - 1].surface.lower().endswith("'s") or (
            end < len(tokens) and "," not in after and tokens[end].surface.lower() not in _ADJUNCTS):
        return None  # (not "examples of", "training and experience", "called his selection very good")
    return tokens, verb, end


PRONOUNS = frozenset("i you he she it we they me him her us them somebody someone anybody anyone everybody everyone "
                     "nobody something anything everything nothing this that these those".split())

_ADJUNCTS = frozenset("in on at for from with by to into during after before since until over under through across "
                      "near around about against".split())
"""Prepositions that may open an adjunct after an object (not "of", which makes the object longer)."""


def _phrase(sentence: str, tokens: list[Token], start: int, stop: int, first: bool) -> str:
    """The words of tokens[start:stop] as written, with the first letter made fit to open (or not) a sentence."""
    text = sentence[tokens[start].start : tokens[stop - 1].end]
    if first:
        return text[0].upper() + text[1:]
    return text[0].lower() + text[1:] if start == 0 and _common(tokens, 0) else text


def _common(tokens: list[Token], i: int) -> bool:
    """Whether the word at i, capitalised where it opens the sentence, is a common word: a determiner, or a word
    WordNet's tagged corpus uses that no name follows ("The", "Police"; not "George Michael", "Frederick")."""
    word = tokens[i].surface.lower()
    if word in roles.DETERMINERS:
        return True
    entry = lexicon.lookup(word)
    named = i + 1 < len(tokens) and tokens[i + 1].capitalised
    return entry is not None and sum(entry.tags.values()) > 0 and not named


def _swap_roles(sentence: str) -> str | None:
    """Swap the subject and the object of a sentence that opens on "subject verb object": "The council approved
    the plan on Tuesday" becomes "The plan approved the council on Tuesday"."""
    found = _clause(sentence)
    if found is None:
        return None
    tokens, verb, end = found
    base = lexicon.base_entry(tokens[verb].surface)
    if base is not None and base.word in LINKING:
        return None  # "Allington became the manager": both sides name one person
    subject, obj = (0, verb), (verb + 1, end)
    heads = {tokens[verb - 1].stem, tokens[end - 1].stem}
    if len(heads) < 2:
        return None
    return (_phrase(sentence, tokens, *obj, first=True) + sentence[tokens[verb - 1].end : tokens[verb + 1].start]
            + _phrase(sentence, tokens, *subject, first=False) + sentence[tokens[end - 1].end :])


def _past_verb(tokens: list[Token], verb: int) -> str | None:
    """The base form of a verb in the simple past ("approved": "approve", "took": "take"), or None."""
    word = tokens[verb].surface.lower()
    base = lexicon.base_entry(word)
    if base is None or base.word == word or word.endswith("s") or not base.tags.get("v"):
        return None
    return base.word


def _passive(sentence: str) -> str | None:
    """The passive of a sentence that opens on "subject verb object" with a regular verb in the simple past:
    "The council approved the plan on Tuesday" becomes "The plan was approved by the council on Tuesday"."""
    found = _clause(sentence)
    if found is None:
        return None
    tokens, verb, end = found
    word = tokens[verb].surface.lower()
    if _past_verb(tokens, verb) is None or not word.endswith("ed") or any(
            tokens[i].surface.lower() in ("and", "but") and roles.is_verb(tokens, i + 1)
            for i in range(end, len(tokens) - 1)):
        return None  # (with a second verb, "X thanked Y and pledged": its subject would change)
    head = tokens[end - 1].surface.lower()
    be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
    return (_phrase(sentence, tokens, verb + 1, end, first=True) + f" {be} {word} by "
            + _phrase(sentence, tokens, 0, verb, first=False) + sentence[tokens[end - 1].end :])


LINKING = frozenset({"be", "become", "remain", "seem", "appear", "stay"})
"""Verbs that link a subject to what it is, whose two sides name one thing: no roles to swap."""

IMPLICATIVES = ("failed to", "refused to", "never managed to", "declined to")
"""Verbs that say their complement did not happen (Karttunen's negative implicatives), put over a sentence's verb."""


def _implicative(sentence: str, wordings: tuple[str, ...]) -> str | None:
    """A sentence whose verb in the simple past is put under an implicative verb: "The council approved the plan"
    becomes "The council failed to approve the plan" (one of ``wordings``, by a hash of the sentence)."""
    found = _clause(sentence)
    if found is None:
        return None
    tokens, verb, _ = found
    base = _past_verb(tokens, verb)
    if base is None:
        return None
    wording = wordings[zlib.crc32(sentence.encode()) % len(wordings)]
    return sentence[: tokens[verb].start] + f"{wording} {base}" + sentence[tokens[verb].end :]


_OPENING = re.compile(r"^(?:In|On|At|During|After|Before|Since|By|Over|Under|Despite|Following|Throughout|Within)\b"
                      r"[^,]{3,60}, ")


def _reorder(sentence: str) -> str | None:
    """Move an opening phrase of time or place to the end: "In 2019, the firm opened a plant in Ohio" becomes
    "The firm opened a plant in Ohio in 2019"."""
    m = _OPENING.match(sentence)
    if not m or sentence.count(",") > 1:
        return None
    rest = sentence[m.end() :].rstrip(".")
    opening = m.group().rstrip(", ")
    return f"{rest[0].upper()}{rest[1:]} {opening[0].lower()}{opening[1:]}."


# Wordings of a denial, a hedge and a question; each sentence gets one of each (by a hash of the sentence), so
# that the table measures the construction, not one phrase of it.
DENIALS = ("Officials denied reports that {}.", "The ministry rejected claims that {}.", "It is not true that {}.",
           "Reports that {} were later shown to be false.", "The company dismissed allegations that {}.",
           "A spokesperson said it was untrue that {}.", "There is no truth to reports that {}.",
           "It is simply not the case that {}.", "The government refuted the claim that {}.")
HEDGES = ("It is still unclear whether {}.", "It is not known whether {}.", "It remains to be seen whether {}.",
          "There are unconfirmed reports that {}.", "Officials are investigating whether {}.",
          "It is too early to say whether {}.", "Rumours circulated that {}.", "Investigators found no evidence that {}.",
          "It has not been confirmed that {}.", "Some believe that {}, but this has not been confirmed.",
          "Police have found nothing to suggest that {}.", "Nobody has claimed that {}.")
QUESTIONS = ("Some asked whether {}.", "Reporters wanted to know whether {}.", "The question is whether {}.",
             "Is it true that {}?", "Nobody could say if {}.", "Residents wondered whether {}.", "Critics asked if {}.")


def _worded(wordings: tuple[str, ...], sentence: str, body: str) -> str:
    return wordings[zlib.crc32(sentence.encode()) % len(wordings)].format(_lower_first(body))


def probes_for(sentence: str) -> list[Probe]:
    body = sentence.rstrip(".")
    out = [Probe("own sentence", sentence, sentence),
           Probe("source denies", sentence, _worded(DENIALS, sentence, body)),
           Probe("source hedges", sentence, _worded(HEDGES, sentence, body)),
           Probe("source asks", sentence, _worded(QUESTIONS, sentence, body))]
    for kind, edit in (("claim negated", _negate(sentence)), ("opposite word", _replace_word(sentence, "opposite")),
                       ("number changed", _change_number(sentence)), ("name changed", _change_name(sentence)),
                       ("counted thing changed", _change_counted(sentence)),
                       ("measure changed", _change_measure(sentence)),
                       ("multiple changed", _change_multiple(sentence)),
                       ("exclusive added", _add_exclusive(sentence)),
                       ("noun of the same kind", _change_noun(sentence)),
                       ("roles swapped", _swap_roles(sentence)),
                       ("speaker replaced", _replace_speaker(sentence)),
                       ("synonym", _replace_word(sentence, "synonym")),
                       ("adverb dropped", _drop_adverb(sentence)),
                       ("passive voice", _passive(sentence)),
                       ("clauses reordered", _reorder(sentence)),
                       ("role marker changed", _change_marker(sentence)),
                       ("function word reversed", _reverse_function_word(sentence))):
        if edit is not None and edit != sentence:
            out.append(Probe(kind, edit, sentence))
    under = _implicative(sentence, IMPLICATIVES)
    if under is not None:
        out.append(Probe("source fails to", sentence, under))
    future = _implicative(sentence, ("will",))  # the sentence in the future: "The council will approve the plan"
    if future is not None:
        out.append(Probe("source foretells", sentence, future))
    kept = _implicative(sentence, ("managed to",))
    if kept is not None:
        out.append(Probe("source managed to", sentence, kept))
    return out


FILLER = ("The weather was mild in the capital on Monday. Markets opened later than usual after the holiday. "
          "A spokesperson for the city council said the new bridge would open in spring. Local schools reported "
          "higher attendance this term. The museum extended its opening hours for the summer season.")


def run(probes: list[Probe], contradicted: dict[str, list[bool]] | None = None) -> dict[str, list[bool]]:
    """For each kind, whether each probe came out as expected; ``contradicted``, when given, is filled with
    whether each was reported as a contradiction (what a meaning-changing edit should be)."""
    results: dict[str, list[bool]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for n, probe in enumerate(probes):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            (folder / "source.txt").write_text(probe.source + "\n", encoding="utf-8")
            (folder / "other.txt").write_text(FILLER + "\n", encoding="utf-8")
            corpus = load_corpus(folder)
            matched = Matcher(corpus).match_claim(Claim("probe", probe.claim))
            index = next(i for i, s in enumerate(corpus.sources) if s.path.name == "source.txt")
            candidates = matched.get(index, [])
            supported = any(c.stance == "supports" for c in candidates)
            results[probe.kind].append(supported == EXPECT_SUPPORT[probe.kind])
            if contradicted is not None:
                contradicted.setdefault(probe.kind, []).append(any(c.stance == "contradicts" for c in candidates))
    return dict(results)


def sample(folders: list[Path], sentences: int = 150) -> list[Probe]:
    """Every probe of the first ``sentences`` sentences, and of the rare kinds (a measure or a multiple is seldom
    in a sentence) those of the next sentences that have one, up to RARE_PROBES of each kind."""
    pool = sentences_from(folders, 5000)
    probes = [p for s in pool[:sentences] for p in probes_for(s)]
    extra = [p for s in pool[sentences:] for p in probes_for(s) if p.kind in RARE]
    return probes + [p for kind in RARE for p in [p for p in extra if p.kind == kind][:RARE_PROBES]]


def default_folders() -> list[Path]:
    folders = [ROOT / "seeds"]
    wice = ROOT.parent / "shared" / "eval" / "wice-dev" / "sources"
    if wice.is_dir():
        folders.append(wice)
    return folders


def table(results: dict[str, list[bool]], contradicted: dict[str, list[bool]] | None = None) -> str:
    lines = ["| probe | must be | probes | as expected | reported as contradiction |",
             "| --- | --- | ---: | ---: | ---: |"]
    for kind, want in EXPECT_SUPPORT.items():
        got = results.get(kind, [])
        if got:
            against = (contradicted or {}).get(kind, [])
            share = f"{sum(against) / len(against):.0%}" if against else ""
            lines.append(f"| {kind} | {'support' if want else 'not support'} | {len(got)} | "
                         f"{sum(got) / len(got):.0%} | {share} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or default_folders()
    probes = sample(folders)
    contradicted: dict[str, list[bool]] = {}
    print(table(run(probes, contradicted), contradicted))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
