"""Who says it: a claim that names who said something is not supported by a passage that gives it to someone else.

"The Russian defence ministry says Russian forces are coercing draft-age men" has most of the words of "Ukraine's
National Resistance Center says that Russian forces are coercing draft-age men", and says something else: for a
corroboration checker, who asserts a thing is part of the claim. The claim's speaker is the subject of its
opening verb of saying ("The ministry says X", "Police have reported that X"), what "according to" names ("According
to the Center, X"), or the subject of a closing one ("X, the head teacher said"). When the sentence that holds the
claim lacks most of the speaker's weight and names a speaker of its own, the edit replaces one speaker with
another: no entailment. A sentence that names no speaker is left to coverage (its source may be the speaker's own
statement), and so is a claim whose speaker is a pronoun ("He said X").
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from . import roles
from .reports import VOUCHING_VERBS
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

SAYING = frozenset({"communication"})
"""WordNet's file of the verbs of saying, whose subject is who says what the clause holds."""


SAYING_FORMS = frozenset({"say", "says", "said", "saying"})  # (stop words, which the lexicon is not asked about)


def speaker_span(tokens: Sequence[Token], text: str) -> tuple[int, int] | None:
    """(first, last) token positions of who the text says said it, or None: the noun phrase after an opening
    "according to" (up to its comma), the words before an opening verb of saying, or those between the last comma
    and a closing verb of saying ("..., officials said.")."""
    words = [fold(t.surface) for t in tokens]
    if len(words) >= 3 and words[:2] == ["according", "to"]:
        end = next((j for j in range(2, len(tokens) - 1) if "," in text[tokens[j].end : tokens[j + 1].start]), None)
        return (2, end) if end is not None else None
    first_verb = next((i for i in range(1, len(tokens)) if words[i] in SAYING_FORMS or roles.is_verb(tokens, i)
                       or _inflected_saying(tokens, words, i)), None)
    if (first_verb is not None and _saying(tokens, words, first_verb, closing=True) and _reports(words, first_verb)
            and not any(c in text[tokens[0].start : tokens[first_verb].start] for c in ",;:")):
        return 0, first_verb - 1  # "The ministry says X"
    comma = text.rfind(",")
    first = next((j for j, t in enumerate(tokens) if t.start > comma), None) if comma >= 0 else None
    if first is None:
        return None
    if words[first : first + 2] == ["according", "to"] and first + 2 < len(tokens):  # "X, according to police."
        return first + 2, len(tokens) - 1
    for verb in (len(tokens) - 1, len(tokens) - 2):  # "X, the head teacher said." "X, officials added."
        entry = lexicon.entry_of(words[verb])
        if first < verb and (_saying(tokens, words, verb, closing=True) or (
                entry is not None and entry.word in VOUCHING_VERBS and entry.kind("v") != "cognition")):
            return first, verb - 1
    return None


def _inflected_saying(tokens: Sequence[Token], words: list[str], i: int) -> bool:
    """Whether the word at i is an inflected verb of saying after a noun ("Lieutenant Fox reported", "the ministry
    states"), which WordNet may list as an adjective too ("reported")."""
    return (tokens[i - 1].is_content and words[i].endswith(("ed", "s")) and lexicon.verb_share(words[i]) > 0
            and _saying(tokens, words, i, closing=True))


def _reports(words: list[str], i: int) -> bool:
    """Whether the verb of saying at i reports what follows it: one of those that vouch for a clause ("says",
    "reported", "stated"), or any before "that" ("complained that"); not "Prisoners who refuse face ...")."""
    entry = lexicon.entry_of(words[i])
    return (words[i] in SAYING_FORMS or (entry is not None and entry.word in VOUCHING_VERBS)
            or (i + 1 < len(words) and words[i + 1] == "that"))


def _saying(tokens: Sequence[Token], words: list[str], i: int, closing: bool = False) -> bool:
    """Whether the word at i is a verb of saying here ("says", "reported"; not "the report"). Closing the sentence
    after its subject ("..., the Center stated"), or opening it ("Lieutenant Fox reported"), a verb's form is read
    as one (``closing``), whatever else WordNet lists it as."""
    if words[i] in SAYING_FORMS:
        return i > 0
    entry = lexicon.entry_of(tokens[i].surface)
    return entry is not None and entry.kind("v") in SAYING and (closing or roles.is_verb(tokens, i))


def other_speaker(analysis: ClaimAnalysis, held: list[float], f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's speaker, the sentence's) when the sentence lacks most of the weight of who the claim says said
    it and names someone else; ``held``: how well the sentence (with the context's names) holds each claim word."""
    claimed = speaker_span(analysis.tokens, analysis.text)
    if claimed is None:
        return None
    first, last = claimed
    speaker = [k for k, t in enumerate(analysis.terms) if first <= t.position <= last and t.number is None]
    if not speaker:
        return None  # a pronoun: "He said X"
    weight = sum(analysis.terms[k].weight for k in speaker)
    if sum(analysis.terms[k].weight * held[k] for k in speaker) >= weight / 2:
        return None
    said = speaker_span(f.tokens, f.text)
    if said is None:
        return None
    theirs = [t for t in f.tokens[said[0] : said[1] + 1] if t.is_content]
    if not theirs or any(lexicon.relation(t.surface, analysis.terms[k].surface) is not lexicon.Relation.NONE
                         for t in theirs for k in speaker):
        return None  # a pronoun ("he said"), or a word WordNet relates to the claim's ("officials" / "functionaries")
    who = f.text[f.tokens[said[0]].start : f.tokens[said[1]].end]
    return analysis.text[analysis.tokens[first].start : analysis.tokens[last].end], who
