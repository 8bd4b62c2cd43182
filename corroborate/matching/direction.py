"""Direction: "from" and "to" before the same place are opposite ends of one movement, and "for" and
"against" before the same thing opposite sides.

"A pump was sent from Hollin to a depot in Carsby" against "a pump had been brought in from a depot in Carsby": the
depot is where the pump came from, not where it went; "towards" is "to" ("running towards police officers" /
"running away from police officers"), as are "into" and "onto", and "out of" is "from" ("moved into the house" /
"moved out of the house"). "Members voted against strike action"
against "members voted overwhelmingly for action"; to do a thing is to be for it ("voted by 82 per cent to strike"
/ "against a strike", "campaigned to close the library" / "against closing the library"), "in favour of" and "in
support of" are "for", "in opposition to" is "against",
a form of "be" takes a side as a verb does ("the population is against this war"), and a phrase of margin may
stand between the verb and its side ("by 82 per cent", "by a large majority"). Otherwise only a noun or a name
after a verb counts ("to fight" / "from fighting", "a tribute to Iron Maiden" are no direction), and a passage that
puts it after both says nothing against either. An end of another movement is no reversal of the claim's when the
passage tells the claim's own verb apart from it ("broke into the museum and stole two paintings" / "stole two
paintings from the museum").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import lexicon
from ..text import Token, fold
from .negation import opposed
from .roles import COPULAS, DETERMINERS, is_verb, past_in_ed

if TYPE_CHECKING:
    from .features import SentenceFeatures

OPPOSITE = {"from": "to", "to": "from", "for": "against", "against": "for"}
ALSO_TO = frozenset({"towards", "toward", "into", "onto"})  # "running towards police officers" / "running away from
# police officers", "moved into the house" / "moved out of the house"
REACH = 3  # tokens after the preposition in which the place it governs stands ("to a depot in Carsby")
SIDES = frozenset({"for", "against"})  # a stance's sides: only against the same verb ("voted for" / "voted against")


def _place(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the head of the place the preposition at i governs stands: the last content word of its phrase
    within reach ("against strike action": action), if it is a noun or a name: one word of several, after a
    determiner, capitalised, or not read as a verb ("to fight", "from signing the papers" govern no place)."""
    words: list[int] = []
    for j in range(i + 1, min(len(tokens), i + 1 + REACH)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()—–"):
            break
        tok = tokens[j]
        if not tok.is_content:
            if words:
                break  # "to a depot in Carsby": the phrase ends at "in"
            continue
        if tok.number is not None or (words and is_verb(tokens, j)):
            break  # ("to Russia grew": the phrase ends before the verb)
        words.append(j)
    if not words:
        return None
    first, head = tokens[words[0]], words[-1]
    if first.capitalised or fold(tokens[words[0] - 1].surface) in DETERMINERS:
        return head
    if lexicon.verb_share(first.surface) >= 0.5 and (fold(tokens[i].surface) == "to" or len(words) == 1
                                                      or first.surface.endswith("ing")):
        return None  # "to educate women", "from signing the papers": a verb, no place
    return head if lexicon.verb_share(tokens[head].surface) < 0.5 or len(words) > 1 else None


PARTICLES = frozenset({"in", "out", "back", "away", "up", "down", "over", "off", "home"})
IN_FAVOUR = frozenset({"favour", "favor", "support"})  # "in favour of", "in support of": "for"
IN_OPPOSITION = frozenset({"opposition"})  # "in opposition to": "against"


def _mover(tokens: Sequence[Token], i: int, places: dict[int, int], stance: bool = False) -> str | None:
    """The verb the preposition at i says the direction of ("sent to", "brought in from", "voted
    overwhelmingly for"), as a stem; "" after the place of another ("from Hollin to a depot"); None after a
    noun, where it says something else ("a tribute to Iron Maiden", "tracks from Iron Maiden's career").
    With ``stance`` (a side taken: "for", "against"), a form of "be" takes one too ("residents were against it")."""
    j = i - 1
    while j >= 0 and (fold(tokens[j].surface) in PARTICLES or lexicon.ly_adverb(tokens[j].surface)):
        j -= 1
    j = _before_margin(tokens, j)
    if j < 0:
        return None
    if stance and fold(tokens[j].surface) in COPULAS:
        return "be"
    if j in places.values():
        return ""
    tok = tokens[j]
    if not tok.is_content or tok.number is not None or tok.capitalised:
        return None
    if (j and fold(tokens[j - 1].surface) in DETERMINERS) or not (_verb(tok) or past_in_ed(tok.surface)):
        # (a past form in -ed is a verb's, however often its base is a noun: "campaigned against")
        if j > 1 and fold(tokens[j - 1].surface) not in DETERMINERS and tokens[j - 1].is_content and is_verb(
                tokens, j - 1):
            return tokens[j - 1].stem  # ("move production from Nottingham": the verb whose bare object it is)
        if _noun_of_moving(tok):
            return tok.stem  # ("deportation from their hometown to depressed regions")
        return _mover_of_object(tokens, j)  # ("coercing draft-age men into contracts": the verb before its object)
    return tok.stem


MARGIN_REACH = 4  # words of a "by" phrase of margin between a verb and its side ("voted by 82 per cent to strike")


def _before_margin(tokens: Sequence[Token], j: int) -> int:
    """The position before a phrase of margin that ends at j ("by 82 per cent", "by a large majority"), or j: a
    "by" phrase of a few words with no verb."""
    for k in range(j, max(-1, j - MARGIN_REACH - 1), -1):
        if fold(tokens[k].surface) == "by":
            between = range(k + 1, j + 1)
            return k - 1 if between and not any(is_verb(tokens, p) for p in between) else j
    return j


OBJECT_REACH = 3  # words of the object between a verb and the preposition of its direction


def _verb(tok: Token) -> bool:
    base = lexicon.base_entry(tok.surface)  # ("sent" is an adjective too: the verb it is a form of decides)
    return max(lexicon.verb_share(tok.surface), base.verb_share if base is not None else 0.0) >= 0.5


def _noun_of_moving(tok: Token) -> bool:
    """Whether the word is a noun of an action ("deportation": deport, "flight": flee, "migration": migrate), which
    takes a direction as its verb does."""
    return bool(lexicon.action_verbs(tok.surface))


def _mover_of_object(tokens: Sequence[Token], j: int) -> str | None:
    """The verb whose object ends at j ("plunging a local man into the river": plunging), as a stem, or the noun of an
    action whose "of" phrase ends there ("the migration of workers from Tajikistan", "incursions of Chinese aircraft
    into Japanese airspace"); None when neither stands before it within OBJECT_REACH words of a noun phrase."""
    for k in range(j - 1, max(-1, j - 1 - OBJECT_REACH), -1):
        tok = tokens[k]
        if fold(tok.surface) == "of":
            head = k - 1
            return tokens[head].stem if head >= 0 and _noun_of_moving(tokens[head]) else None
        if fold(tok.surface) in DETERMINERS:
            continue
        if not tok.is_content or tok.number is not None:
            return None
        if _verb(tok):
            return None if tok.capitalised else tok.stem
    return None


@dataclass(frozen=True, slots=True)
class Places:
    """For each preposition of ``OPPOSITE``: what it governs after a verb (the place's stem; for "for" and
    "against", the verb's stem too) -> the phrase as written; and for "from" and "to", the stem of the verb whose
    movement the place ends ("" after the place of another: "from Hollin to a depot")."""

    phrases: dict[str, dict[str, str]] = field(default_factory=dict)
    movers: dict[tuple[str, str], str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.phrases.values())


def _places(tokens: Sequence[Token], text: str) -> Places:
    out: dict[str, dict[str, str]] = {word: {} for word in OPPOSITE}
    movers: dict[tuple[str, str], str] = {}
    found: dict[int, int] = {}  # preposition position -> its place's
    for i, tok in enumerate(tokens):
        word = "to" if fold(tok.surface) in ALSO_TO else fold(tok.surface)
        start = tok.start
        if word == "of" and i > 0 and fold(tokens[i - 1].surface) == "out":
            word, start = "from", tokens[i - 1].start  # "moved out of the house": from it
        side = i  # where the side's word stands, before which its mover does ("voted in favour of": "in")
        if word == "of" and i > 1 and fold(tokens[i - 1].surface) in IN_FAVOUR and fold(tokens[i - 2].surface) == "in":
            word, start, side = "for", tokens[i - 2].start, i - 2  # "voted in favour of the plan": for it
        elif (word == "to" and i > 1 and fold(tokens[i - 1].surface) in IN_OPPOSITION
              and fold(tokens[i - 2].surface) == "in"):
            word, start, side = "against", tokens[i - 2].start, i - 2  # "marched in opposition to the plan"
        if word in ("to", *SIDES) and (aim := _aim(tokens, i)) is not None:
            mover = _mover(tokens, i, found, stance=True)
            if mover:  # "voted to strike" is "voted for a strike", "against closing" against it: the side taken
                out["for" if word == "to" else word][f"{mover} {tokens[aim].stem}"] = text[start : tokens[aim].end]
            continue
        if word not in OPPOSITE or (at := _place(tokens, text, i)) is None:
            continue
        mover = _mover(tokens, side, found, stance=word in SIDES)
        if mover is None or (word in SIDES and not mover):
            continue
        found[i] = at
        if word in SIDES:  # each noun of the side taken: "against strike action" is against a strike
            for j in range(i + 1, at + 1):
                if tokens[j].is_content:
                    out[word][f"{mover} {tokens[j].stem}"] = text[start : tokens[at].end]
            continue
        key = tokens[at].stem
        out[word][key] = text[start : tokens[at].end]
        movers[word, key] = mover
        located = _located_in(tokens, text, at)
        if located is not None:  # "to Corvell's larger plant in Brno": to Brno, too
            out[word][tokens[located].stem] = text[start : tokens[located].end]
            movers[word, tokens[located].stem] = mover
    return Places(out, movers)


def _aim(tokens: Sequence[Token], i: int) -> int | None:
    """Where the verb stands that the preposition at i takes as the side chosen: an infinitive after "to" ("voted
    to strike"), a form in -ing after "for" or "against" ("campaigned against closing the library"); else None."""
    j = i + 1
    if j >= len(tokens) or not tokens[j].is_content or tokens[j].capitalised or tokens[j].number is not None:
        return None
    word = fold(tokens[j].surface)
    if fold(tokens[i].surface) != "to" and not word.endswith("ing"):
        return None
    if fold(tokens[i].surface) == "to":  # an infinitive: any verb that is not mostly a noun ("to close", not
        entry = lexicon.lookup(word)  # "to court", a place)
        return j if entry is not None and entry.tags.get("v", 0) > 0 and entry.main_pos != "n" else None
    return j if _verb(tokens[j]) else None  # ("closing" is a noun too: the verb it is a form of decides)


LOCATING = frozenset({"in", "at", "near"})


def _located_in(tokens: Sequence[Token], text: str, at: int) -> int | None:
    """Where the name that says where a place is stands ("a plant in Brno", "the depot at Carsby"), or None."""
    if at + 2 >= len(tokens) or fold(tokens[at + 1].surface) not in LOCATING:
        return None
    name = tokens[at + 2]
    gap = text[tokens[at].end : name.start]
    if any(c in gap for c in ",;:.!?()—–") or not name.capitalised or not name.is_content or name.number is not None:
        return None
    return at + 2


NOWHERE = Places()


def places(tokens: Sequence[Token], text: str) -> Places:
    """``_places``, or nothing when the text has none (a claim's are read once, ``ClaimAnalysis.directions``)."""
    lowered = text.lower()
    if not any(f"{word} " in lowered for word in (*OPPOSITE, *ALSO_TO, "out of", "of")):  # ("in favour of")
        return NOWHERE
    found = _places(tokens, text)
    return found if found else NOWHERE


def reversed_direction(claimed: Places, f: SentenceFeatures) -> tuple[str, str] | None:
    """("from Hollin", "to Hollin") when the claim (its ``places``) puts a place after one of "from" / "to"
    and the sentence puts it after the other only, in the same movement."""
    if not claimed:
        return None
    return opposed(claimed.phrases, _of_the_claims_movement(claimed, f.directions, f.tokens), OPPOSITE)


def _of_the_claims_movement(claimed: Places, said: Places, tokens: Sequence[Token]) -> dict[str, dict[str, str]]:
    """The sentence's places, less the ends of another movement than the claim's: a place after another verb than
    the claim's where the sentence tells the claim's verb too ("broke into the museum and stole two paintings" /
    "stole two paintings from the museum": "into" is where they broke, not where the paintings went)."""
    stems = {t.stem for t in tokens}
    kept = {word: dict(phrases) for word, phrases in said.phrases.items()}
    for (word, key), mover in said.movers.items():
        theirs = claimed.movers.get((OPPOSITE[word], key))
        if mover and theirs and theirs != mover and theirs in stems:
            kept[word].pop(key, None)
    return kept


def other_side(claimed: Places, f: SentenceFeatures) -> tuple[str, str] | None:
    """("against the lorry ban", "in favour of the plan") when the claim's verb takes a side (``claimed``: its
    ``places``) and the sentence has the same verb take only the other, of what it names in other words: no
    contradiction (it may be another vote), but not what the claim says either."""
    if not any(claimed.phrases.get(side) for side in SIDES):
        return None
    said = f.directions
    for side in SIDES:
        other = OPPOSITE[side]
        for key, phrase in claimed.phrases.get(side, {}).items():
            mover = _side_taker(key)
            if any(_side_taker(k) == mover for k in said.phrases.get(side, {})):
                continue  # (the sentence has the verb take the claim's side too)
            theirs = next((p for k, p in said.phrases.get(other, {}).items() if _side_taker(k) == mover), None)
            if theirs is not None:
                return phrase, theirs
    return None


def _side_taker(key: str) -> str:
    """The stem of the verb that takes a side, from a key of ``Places.phrases`` for "for" or "against" ("vot plan")."""
    return key.split(" ", 1)[0]
