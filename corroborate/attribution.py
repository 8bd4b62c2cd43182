"""Credits inside a source: the passages that say where they come from ("according to X", "X said", "citing X",
'"…," said X'), each resolved to the fullest name the source uses, and those that take the last one up
again ("It added", "The company said"); and the names a source's own masthead
gives (its opening lines), so that a source relaying another's statement can be told from one copying it."""

from __future__ import annotations

import re

from .graph import Attribution
from .sources import Source

MASTHEAD = 3  # a source's opening sentences (title, byline or outlet, date line): who is speaking

_SP = r"[^\S\n]+"  # spaces within a line
_NAME = (r"((?:the" + _SP + r")?(?:[A-Z][\w'’.-]*" + _SP + r"(?:(?:of|for|on|and|de|the)" + _SP + r")*)*"
         r"[A-Z][\w'’-]*)")
_SPEAKER_AT = r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s))"  # where a clause, and so its speaker, begins
_SAYS = (r",?(?:\s+(?:also|has|have|had|later|then|further|publicly))?\s+(?:said|says|stated|states|reported|"
         r"reports|noted|notes|told|announced|claimed|claims|confirmed|added|emphasized|emphasised|urged|urges)\b")
_APPOSITION = r",\s+(?:which|who|the|a|an|its|their|his|her)\s[^,\n]{1,60}"  # ", which runs the hospital,"
# A role before a name ("Trust chief executive Alan Okafor said", "County engineer Helen Moss said"): lower-case
# words that are no function words ("members of the League announced" names no speaker).
_ROLE = (r"(?:(?:[A-Z][\w'’-]*" + _SP + r")*(?:(?!(?:of|the|a|an|in|on|at|for|to|and|by|with|from|as)\b)[a-z]+"
         + _SP + r"){1,3})")
_ATTRIBUTION = [
    re.compile(r"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting|[Aa]s reported by|[Rr]eports? by)\s+" + _NAME),
    # "The Ministry said", "The trust, which runs the hospital, said", "Trust chief executive Alan Okafor said"
    re.compile(_SPEAKER_AT + _ROLE + "?" + _NAME + f"(?:{_APPOSITION})?" + _SAYS),
    re.compile(_NAME + r"(?:’s|'s)\s+(?:statement|report|data|figures|announcement|update)"),
    # after a quotation or a clause: '..." said union organiser Maria Lopes', '..., said Alan Okafor, chief
    # executive', '..." the spokesman told reporters'
    re.compile(r"[”\",],?\s+(?:said|says|added|told\s+\w+)\s+(?:[a-z’'-]+\s+){0,3}" + _NAME),
]
_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+")  # "Dr Alan Okafor": Alan Okafor
# A speaker named by a pronoun or a definite description ("It said", "The company added", "the agency
# told reporters"): the one credited last before it, which it takes up again.
_ANAPHORIC = re.compile(_SPEAKER_AT + r"(?:It|He|She|They|[Tt]he" + _SP + r"[a-z]+)" + _SAYS)
_GENERIC = frozenset({"he", "she", "they", "it", "we", "i", "the", "this", "that", "officials", "sources",
                      "reports", "media", "according"})


_TRIGGER = re.compile(r"ccording|iting|uoting|eport|said|says|stated|states|noted|notes|told|announce|claim"
                      r"|confirmed|added|emphasi[sz]ed|urge|statement|data|figures|update")
"""Words without which no attribution pattern can match: a sentence lacking all of them is not searched."""


def find_attributions(source: Source) -> list[Attribution]:
    """Credited origins in a source, each resolved to the fullest name the source uses for it."""
    out: list[Attribution] = []
    for i, sentence in enumerate(source.sentences):
        text = source.text[sentence.start : sentence.end]
        if not _TRIGGER.search(text):
            continue
        for pattern in _ATTRIBUTION:
            for m in pattern.finditer(text):
                name = _HONORIFIC.sub("", re.sub(r"^(?:[Tt]he)\s+", "", m.group(1)).strip(" .,"))
                if (not name or name.casefold() in _GENERIC or not name[0].isupper()
                        or (" " not in name and name.endswith("ly"))):
                    continue
                out.append(Attribution(i, i, name))
        if out and out[-1].first < i and _ANAPHORIC.search(text):
            out.append(Attribution(i, i, out[-1].credited))
    if out:
        # The names a credit may be short for end with its last word: only the sentences holding it are read.
        lasts = {a.credited.split()[-1] for a in out}
        names_in_text = {_HONORIFIC.sub("", re.sub(r"^(?:[Tt]he)\s+", "", m.group(1)).strip())
                         for i in range(len(source.sentences))
                         if any(last in (text := source.sentence_text(i)) for last in lasts)
                         for m in re.finditer(_NAME, text)}
        out = [Attribution(a.first, a.last, _resolve(a.credited, names_in_text)) for a in out]
    return out


def only_a_credit(text: str) -> bool:
    """Whether a text is no more than a credit: what a quotation's sentence leaves once the quotation is taken
    out ('Dr Alan Okafor, the trust's chief executive, said:'), the speaker's frame, not the reporter's text."""
    for pattern in _ATTRIBUTION:
        m = pattern.search(text)
        if m is not None and len(_WORDS.findall(text[: m.start()] + " " + text[m.end() :])) <= FRAME_LEFTOVER:
            return True
    return False


FRAME_LEFTOVER = 2  # words a credit may leave beside it ("on Tuesday") and still be only a credit
_WORDS = re.compile(r"[^\W\d_]{3,}")


def _resolve(name: str, names: set[str]) -> str:
    """'the Center' -> 'National Resistance Center'; 'Bastrykin' -> 'Alexander Bastrykin'."""
    last = name.split()[-1]
    longer = [n for n in names if n.split() and n.split()[-1] == last and len(n) > len(name) and n.endswith(name)]
    return max(longer, key=len) if longer else name


def masthead_names(source: Source) -> frozenset[str]:
    """The names in a source's opening lines (its outlet, author or issuing body), folded."""
    names = set()
    for i in range(min(MASTHEAD, len(source.sentences))):
        for m in re.finditer(_NAME, source.sentence_text(i)):
            name = re.sub(r"^(?:[Tt]he)\s+", "", m.group(1)).strip(" .,:")
            if " " in name or len(name) > 3:
                names.add(name.casefold())
    return frozenset(names)


def relayed(source: Source, credits: list[Attribution], speakers: frozenset[str]) -> set[int]:
    """The sentences of ``source`` that credit one of ``speakers`` (another source's masthead names): there it
    relays that source's statement, which is attribution, not copied text."""
    return {i for a in credits if a.credited.casefold() in speakers or any(
        a.credited.casefold() in s or s in a.credited.casefold() for s in speakers if len(s) > 6)
        for i in range(a.first, a.last + 1)}
