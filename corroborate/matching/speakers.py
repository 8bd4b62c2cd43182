"""Who says it: a claim that names who said something is not supported by a passage that gives it to someone else.

"The Russian defence ministry says Russian forces are coercing draft-age men" has most of the words of "Ukraine's
National Resistance Center says that Russian forces are coercing draft-age men", and says something else: for a
corroboration checker, who asserts a thing is part of the claim. The claim's speaker is the subject of its
opening verb of saying ("The ministry says X", "Police have reported that X"), what "according to" names ("According
to the Center, X"), or the subject of a closing one ("X, the head teacher said"). When the sentence that holds the
claim names a speaker of its own, with none of the claim speaker's words or words WordNet relates to them, the
edit replaces one speaker with another: no entailment. A sentence that names no speaker is left to coverage (its
source may be the speaker's own statement), and so is a claim whose speaker is a pronoun ("He said X").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .analysis import ClaimAnalysis
from .connectives import CONCESSIVES
from .features import SentenceFeatures
from .reports import SAYING_FORMS, VOUCHING_VERBS

SAYING = frozenset({"communication"})
"""WordNet's file of the verbs of saying, whose subject is who says what the clause holds."""


def speaker_span(tokens: Sequence[Token], text: str) -> tuple[int, int] | None:
    """(first, last) token positions of who the text says said it, or None: the noun phrase after an opening
    "according to" (up to its comma), the words before an opening verb of saying, or a stretch set off by commas
    that credits someone ("..., officials said.", "..., staff said, far more than ...", "..., according to police.")."""
    words = [fold(t.surface) for t in tokens]
    if len(words) >= 3 and words[:2] == ["according", "to"]:
        end = next((j for j in range(2, len(tokens) - 1) if "," in text[tokens[j].end : tokens[j + 1].start]), None)
        return (2, end) if end is not None else None
    first_verb = next((i for i in range(1, len(tokens)) if words[i] in SAYING_FORMS or roles.is_verb(tokens, i)
                       or _inflected_saying(tokens, words, i)), None)
    if (first_verb is not None and _saying(tokens, words, first_verb) and _reports(words, first_verb)
            and (not any(c in text[tokens[0].start : tokens[first_verb].start] for c in ",;:")
                 or _apposed(tokens, text, first_verb))):
        return 0, first_verb - 1  # "The ministry says X", "Ashdown's barrister, Daniel Okafor, said X"
    for first, last in _set_off(tokens, text):
        if words[first : first + 2] == ["according", "to"] and first + 2 <= last:  # "X, according to police."
            return first + 2, last
        for verb in (last, last - 1, last - 2):  # "X, the head teacher said." "X, police said on Monday, ..."
            if first < verb and _credit(tokens, words, first, verb, last):
                return first, verb - 1
    return None


def _apposed(tokens: Sequence[Token], text: str, verb: int) -> bool:
    """Whether the words before the verb at ``verb`` are a noun phrase and a name set off after it by two commas,
    the second right before the verb ("Ashdown's barrister, Daniel Okafor, said"): one speaker, named twice."""
    commas = [j for j in range(verb) if "," in text[tokens[j].end : tokens[j + 1].start]]
    return (len(commas) == 2 and commas[1] == verb - 1 and commas[0] >= 1
            and all(t.capitalised for t in tokens[commas[0] + 1 : verb])
            and not any(c in text[tokens[0].start : tokens[verb].start] for c in ";:()"))


CREDIT_REACH = 6  # words of the noun phrase that credits a speaker ("the head of operations at the trust")


def _set_off(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """The stretches of the sentence after a comma, each up to the next comma or the end: (first, last) tokens."""
    out, first = [], None
    for j, tok in enumerate(tokens):
        if first is None and j and "," in text[tokens[j - 1].end : tok.start]:
            first = j
        if first is not None and (j + 1 == len(tokens) or "," in text[tok.end : tokens[j + 1].start]):
            out.append((first, j))
            first = None
    return out


def _credit(tokens: Sequence[Token], words: list[str], first: int, verb: int, last: int) -> bool:
    """Whether tokens first..last credit a speaker: a short noun phrase, no verb in it, then a verb of saying, and
    at most a phrase of time after it ("staff said", "police said on Monday")."""
    entry = lexicon.entry_of(words[verb])
    saying = not tokens[verb].capitalised and (_saying(tokens, words, verb) or (
        entry is not None and entry.word in VOUCHING_VERBS and entry.kind("v") != "cognition"))
    after = words[verb + 1 : last + 1]
    return (saying and verb - first <= CREDIT_REACH and (not after or after[0] in ("on", "in", "at", "yesterday"))
            and not any(w in roles.AUXILIARIES or roles.is_verb(tokens, j) for j, w in
                        zip(range(first, verb), words[first:verb])))


def _inflected_saying(tokens: Sequence[Token], words: list[str], i: int) -> bool:
    """Whether the word at i is an inflected verb of saying after a noun ("Lieutenant Fox reported", "the ministry
    states"), which WordNet may list as an adjective too ("reported")."""
    return (tokens[i - 1].is_content and words[i].endswith(("ed", "s")) and lexicon.verb_share(words[i]) > 0
            and _saying(tokens, words, i))


def _reports(words: list[str], i: int) -> bool:
    """Whether the verb of saying at i reports what follows it: one of those that vouch for a clause ("says",
    "reported", "stated"), or any before "that" ("complained that"); not "Prisoners who refuse face ...")."""
    entry = lexicon.entry_of(words[i])
    return (words[i] in SAYING_FORMS or (entry is not None and entry.word in VOUCHING_VERBS)
            or (i + 1 < len(words) and words[i + 1] == "that"))


def _saying(tokens: Sequence[Token], words: list[str], i: int) -> bool:
    """Whether the word at i is a verb of saying ("says", "reported", "stated"): at the places its callers read (after
    the sentence's subject, or closing it, "..., the Center stated") a verb's form is read as one, whatever else
    WordNet lists it as."""
    if words[i] in SAYING_FORMS:
        return i > 0
    entry = lexicon.entry_of(tokens[i].surface)
    return entry is not None and entry.kind("v") in SAYING


CLAUSE_OPENERS = CONCESSIVES | frozenset({"and", "but", "while", "yet"})
"""Words that open a second clause of a sentence, which may give what it says to a speaker of its own: "The
government said X, but unions said Y"."""


def later_speaker(tokens: Sequence[Token], text: str, after: int) -> tuple[int, int] | None:
    """(first, last) token positions of who says the second clause of a sentence, when the clause opens (after a
    comma, a semicolon or one of CLAUSE_OPENERS) on a short noun phrase and a verb of saying, and what is said stands
    at or past ``after``: "..., but unions said many still ran ..." The last such speaker before ``after`` counts."""
    words = [fold(t.surface) for t in tokens]
    found = None
    for start in range(1, len(tokens)):
        opener = words[start] in CLAUSE_OPENERS
        gap = text[tokens[start - 1].end : tokens[start].start]
        if not (opener or "," in gap or ";" in gap):  # ("...; her lawyers said a faulty pump was to blame")
            continue
        first = start + 1 if opener else start
        for verb in range(first + 1, min(len(tokens), first + CREDIT_REACH + 1)):
            if verb >= after or "," in text[tokens[verb - 1].end : tokens[verb].start]:
                break  # (a name set off before the verb is the sentence's speaker named again: ``_apposed``)
            if _saying(tokens, words, verb) and _reports(words, verb) and not tokens[verb].capitalised:
                if _noun_phrase(tokens, text, words, first, verb):
                    found = (first, verb - 1)
                break
    return found


def _noun_phrase(tokens: Sequence[Token], text: str, words: list[str], first: int, stop: int) -> bool:
    """Whether tokens first..stop-1 are one noun phrase: no verb, auxiliary, conjunction or punctuation in it, and
    a noun or a name among its words ("unions", "the trust's chief executive"; not "record, and")."""
    span = range(first, stop)
    return (any(tokens[j].capitalised or (tokens[j].is_content and lexicon.mostly(words[j], "n")) for j in span)
            and not any(words[j] in roles.AUXILIARIES or words[j] in CLAUSE_OPENERS or words[j] == "or"
                        or roles.is_verb(tokens, j) for j in span)
            and not any(c in text[tokens[first].start : tokens[stop - 1].end] for c in ",;:()"))


def other_speaker(analysis: ClaimAnalysis, f: SentenceFeatures,
                  aligned: Mapping[int, Sequence[int]] | None = None) -> tuple[str, str] | None:
    """(the claim's speaker, the sentence's) when the sentence names a speaker none of whose words is one of the
    claim's speaker's words or one WordNet relates to them. The speaker's words elsewhere in the sentence do not
    count: "According to migrants, police raids ..." has "police", but not as who says it. ``aligned``: where the
    claim's words stand in the sentence; a second clause that holds what the claim's speaker says and gives it to a
    speaker of its own ("The government said X, but unions said Y") is read with that speaker."""
    claimed = speaker_span(analysis.tokens, analysis.text)
    if claimed is None:
        return None
    first, last = claimed
    speaker = [k for k, t in enumerate(analysis.terms) if first <= t.position <= last and t.number is None]
    if not speaker:
        return None  # a pronoun: "He said X"
    rest = sorted(p for k, ps in (aligned or {}).items() if k not in speaker for p in ps)
    said = (later_speaker(f.tokens, f.text, rest[len(rest) // 2]) if rest else None) or speaker_span(f.tokens, f.text)
    if said is None:
        return None
    theirs = [t for t in f.tokens[said[0] : said[1] + 1] if t.is_content]
    if not theirs:
        return None  # a pronoun ("he said")
    if _takes_up(analysis, speaker, f, said):
        return None  # "the company" for the claim's "Northgrid Electricity", which the sentence names before it

    def related(t: Token, k: int) -> bool:
        return (t.stem in analysis.terms[k].spellings
                or lexicon.relation(t.surface, analysis.terms[k].surface) is not lexicon.Relation.NONE)

    mine = _head(analysis.tokens, first, last)
    their_head = _head(f.tokens, said[0], said[1])
    if any(related(t, k) for t in theirs for k in speaker if analysis.terms[k].position == mine) or (
            their_head is not None and any(related(f.tokens[their_head], k) for k in speaker)):
        return None  # one speaker's head is the other's word, or one WordNet relates to it ("officials" /
        # "functionaries"); a word that only qualifies it is not enough ("the county police" / "the county fire
        # service")
    who = f.text[f.tokens[said[0]].start : f.tokens[said[1]].end]
    return analysis.text[analysis.tokens[first].start : analysis.tokens[last].end], who


def _head(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """Where the head of the noun phrase tokens[first:last + 1] stands: its last content word before any preposition
    ("Officials" of "Officials from the Environment Agency", "police" of "the county police")."""
    head = None
    for i in range(first, last + 1):
        if head is not None and fold(tokens[i].surface) in PREPOSITIONS:
            break
        if tokens[i].is_content:
            head = i
    return head


PREPOSITIONS = frozenset({"of", "from", "at", "in", "for", "with", "on"})


def _takes_up(analysis: ClaimAnalysis, speaker: list[int], f: SentenceFeatures, said: tuple[int, int]) -> bool:
    """Whether the sentence's speaker is a definite description ("the company", "the firm") taking up the claim's
    named speaker, which the sentence names before it ("Northgrid Electricity's crews worked through the night,
    though the company cautioned that X"): a description refers back as a pronoun does."""
    words = f.tokens[said[0] : said[1] + 1]
    if fold(words[0].surface) != "the" or not 2 <= len(words) <= 3 or any(t.capitalised for t in words[1:]):
        return False
    terms = analysis.terms
    if not all(analysis.tokens[terms[k].position].capitalised for k in speaker):
        return False  # (a name: capitalised, the claim's first word too)
    before = {t.stem for t in f.tokens[: said[0]] if t.is_content}
    return all(terms[k].stem in before or terms[k].variants & before for k in speaker)
