"""Part and whole: "closes four of the city's 19 branch libraries" says four close, not 19.

In a partitive ("four of the 19 libraries", "two out of five patients"), the verb is said of the part; the whole
only says how many there are. A claim that gives the whole as the count the verb is said of ("Nineteen branch
libraries will close") meets, in that place, another count: the part. Asked only where the sentence has one of
the claim's verbs, so that "The city has 19 branch libraries" is left to the rest of the matcher.

A part of a counted whole is also a share of it (``shares``: "only three of the fourteen trees" is not "most of the
trees"), and "one of" a group takes one of it, no count of the group (``partitive_ones``: "one of the dogs" is not
"both dogs").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Token, fold

WHOLE_REACH = 3  # words between "of" and the whole's number ("of the city's 19", "of its 19")


def _whole_of(tokens: Sequence[Token], text: str, j: int) -> int | None:
    """Where the part stands when the number at j is the whole of a partitive ("four of the city's 19"), else None."""
    for k in range(j - 1, max(-1, j - 2 - WHOLE_REACH), -1):
        if any(c in text[tokens[k].end : tokens[k + 1].start] for c in ",;:.!?()"):
            return None
        if fold(tokens[k].surface) == "of":
            part = k - 2 if k >= 2 and fold(tokens[k - 1].surface) == "out" else k - 1
            return part if part >= 0 and tokens[part].number is not None else None
        if tokens[k].number is not None:
            return None
    return None


def counts(tokens: Sequence[Token], text: str) -> dict[float, str]:
    """A text's numbers, each as written, that are not the whole of a partitive of its own ("four of the 19"
    gives four, not 19)."""
    return {tok.number: tok.surface for j, tok in enumerate(tokens)
            if tok.number is not None and _whole_of(tokens, text, j) is None}


def shares(tokens: Sequence[Token], text: str) -> list[tuple[float, str, int]]:
    """Each partitive of the text whose whole is a number: (the part's share of the whole, the partitive as written,
    where the whole's noun stands): "only three of the fourteen trees", "eleven novels, only one of which"."""
    out = []
    for j, whole in enumerate(tokens):
        part = _whole_of(tokens, text, j) if whole.number else None
        counted = None if part is None else tokens[part].number
        noun = next((k for k in range(j + 1, min(len(tokens), j + 1 + WHOLE_REACH)) if tokens[k].is_content), None)
        if part is not None and counted is not None and whole.number and noun is not None:
            out.append((counted / whole.number, text[tokens[part].start : whole.end], noun))
    for j, part_token in enumerate(tokens):
        found = _relative_whole(tokens, text, j)
        if found is None:
            continue
        at, noun = found
        counted = 1.0 if fold(part_token.surface) == "one" else part_token.number  # ("one" is read as no number)
        whole_number = tokens[at].number
        if counted is not None and whole_number:
            out.append((counted / whole_number, text[tokens[at].start : tokens[j + 2].end], noun))
    return out


RELATIVE_OF = frozenset({"which", "whom"})


def _relative_whole(tokens: Sequence[Token], text: str, j: int) -> tuple[int, int] | None:
    """(where the whole's number stands, where its noun does) when the number at j opens "one of which" after a
    counted noun and a comma ("has written eleven novels, only one of which had been translated"), else None."""
    if j + 2 >= len(tokens) or fold(tokens[j + 1].surface) != "of" or fold(tokens[j + 2].surface) not in RELATIVE_OF:
        return None
    for k in range(j - 1, max(-1, j - 2 - WHOLE_REACH), -1):
        if "," in text[tokens[k].end : tokens[k + 1].start]:
            noun = k if tokens[k].is_content and tokens[k].number is None else None
            at = next((m for m in range(k - 1, max(-1, k - 2 - WHOLE_REACH), -1) if tokens[m].number is not None),
                      None)
            return None if noun is None or at is None else (at, noun)
    return None


def part_for_whole(claimed: dict[float, str], tokens: Sequence[Token], text: str) -> tuple[str, str] | None:
    """(the claim's number, the sentence's partitive) when the sentence has a claim count (``claimed``: the claim's
    ``counts``, read once, ``ClaimAnalysis.counts``) only as the whole of a part that is not the claim's ("Nineteen"
    / "four of the city's 19")."""
    if not claimed:
        return None
    as_whole: dict[float, str] = {}
    plain: set[float] = set()
    for j, tok in enumerate(tokens):
        if tok.number not in claimed:
            continue
        part = _whole_of(tokens, text, j)
        if part is None:
            plain.add(tok.number)
        elif tokens[part].number not in claimed:
            as_whole.setdefault(tok.number, text[tokens[part].start : tok.end])
    for number, phrase in as_whole.items():
        if number not in plain:
            return claimed[number], phrase
    return None


PARTITIVE_GAP = 2  # stop words between "one of" and its noun ("one of the dogs", "one of all its branches"; a
# number there, "one of its two branches", leaves it to the values' rules)


def partitive_one(tokens: Sequence[Token], i: int) -> int | None:
    """Where the noun stands when "one of" at i takes one of a group named by it ("one of the dogs"), else None."""
    if fold(tokens[i].surface) != "one" or i + 2 >= len(tokens) or fold(tokens[i + 1].surface) != "of":
        return None
    for j in range(i + 2, min(len(tokens), i + 3 + PARTITIVE_GAP)):
        tok = tokens[j]
        if tok.is_content:
            return j if tok.number is None and not tok.capitalised else None
    return None


def partitive_ones(claim_tokens: Sequence[Token]) -> dict[str, str]:
    """The nouns a claim takes one of a group of ("one of the dogs"): stem -> the words as written. One of a group is
    no count of the group: "the two dogs" is no rival to it, "both dogs" is not what it says."""
    ones = {}
    for i in range(len(claim_tokens)):
        j = partitive_one(claim_tokens, i)
        if j is not None:
            ones[claim_tokens[j].stem] = " ".join(t.surface for t in claim_tokens[i : j + 1])
    return ones
