"""Direction: "from" and "to" before the same place are opposite ends of one movement.

"A pump was sent from Hollin to a depot in Carsby" against "a pump had been brought in from a depot in
Carsby": the depot is where the pump came from, not where it went. Only a noun or a name counts as the place
("to fight" / "from fighting" are no places), and a passage that puts it after both says nothing against
either.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold
from .roles import DETERMINERS

OPPOSITE = {"from": "to", "to": "from"}
REACH = 3  # tokens after the preposition in which the place it governs stands ("to a depot in Carsby")


def _place(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the place the preposition at i governs stands: the first content word within reach, if it is a
    name, or a noun (after a determiner, or not read as a verb)."""
    for j in range(i + 1, min(len(tokens), i + 1 + REACH)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()—–"):
            return None
        tok = tokens[j]
        if not tok.is_content:
            continue
        if tok.number is not None:
            return None
        after_determiner = fold(tokens[j - 1].surface) in DETERMINERS
        if tok.capitalised or after_determiner or lexicon.verb_share(tok.surface) < 0.5:
            return j
        return None
    return None


PARTICLES = frozenset({"in", "out", "back", "away", "up", "down", "over", "off", "home"})


def _of_a_verb(tokens: Sequence[Token], i: int, places: dict[int, int]) -> bool:
    """Whether the preposition at i says where a movement goes or comes from: it follows a verb ("sent to",
    "brought in from", "flew back to"), or the place of the other one ("from Hollin to a depot"). After a noun
    it says something else ("a tribute to Iron Maiden", "tracks from Iron Maiden's career")."""
    j = i - 1
    while j >= 0 and (fold(tokens[j].surface) in PARTICLES or fold(tokens[j].surface).endswith("ly")):
        j -= 1
    if j < 0:
        return False
    if j in places.values():
        return True
    tok = tokens[j]
    if not tok.is_content or tok.number is not None or tok.capitalised:
        return False
    if j and fold(tokens[j - 1].surface) in DETERMINERS:
        return False
    base = lexicon.base_entry(tok.surface)  # ("sent" is an adjective too: the verb it is a form of decides)
    return max(lexicon.verb_share(tok.surface), base.verb_share if base is not None else 0.0) >= 0.5


def _places(tokens: Sequence[Token], text: str) -> dict[str, dict[str, str]]:
    """For "from" and for "to": the stem of each place it governs, with the phrase as written."""
    out: dict[str, dict[str, str]] = {"from": {}, "to": {}}
    found: dict[int, int] = {}  # preposition position -> its place's
    for i, tok in enumerate(tokens):
        word = fold(tok.surface)
        if word in OPPOSITE and (at := _place(tokens, text, i)) is not None and _of_a_verb(tokens, i, found):
            found[i] = at
            out[word][tokens[at].stem] = text[tok.start : tokens[at].end]
    return out


def places(tokens: Sequence[Token], text: str) -> dict[str, dict[str, str]]:
    """For "from" and for "to": the stem of each place it governs after a verb, with the phrase as written
    (empty when there is none: a claim's are read once, ``ClaimAnalysis.directions``)."""
    lowered = text.lower()
    if "from " not in lowered and "to " not in lowered:
        return {}
    found = _places(tokens, text)
    return found if found["from"] or found["to"] else {}


def reversed_direction(claimed: dict[str, dict[str, str]], tokens: Sequence[Token],
                       text: str) -> tuple[str, str] | None:
    """("from Hollin", "to Hollin") when the claim (its ``places``) puts a place after one of "from" / "to"
    and the sentence puts it after the other only."""
    if not claimed:
        return None
    said = places(tokens, text)
    if not said:
        return None
    for word, other in OPPOSITE.items():
        for place, phrase in claimed[word].items():
            if place in said[other] and place not in said[word]:
                return phrase, said[other][place]
    return None
