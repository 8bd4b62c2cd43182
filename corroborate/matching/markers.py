"""Role markers: the preposition that says what part a verb's argument plays. "The award was given by the mayor"
is not said by "The award was given to the mayor", though the sentence has every content word of the claim (the
prepositions are stop words).

After a verb, "by" marks who did it, "to" whom or where it went, "for" on whose behalf or why, "with" who took part
alongside, "against" who was opposed. Where the claim puts a word after its verb with one of these, and the sentence
puts the same word after the same verb with another (and nowhere with the claim's), the word plays another part:
not support (the two may both be true, so no contradiction either). So does another word after the same verb and
marker, where the sentence has the claim's word nowhere after that verb ("crimes committed by Ukrainian forces" /
"crimes committed by their representatives"), unless it is akin to the claim's (``modifiers.akin``) or a word of the
claim. "from" and "to", and "for" and "against", before the same thing are opposite ends or sides (``direction``),
read there as contradictions.

Place and time prepositions ("in", "at", "on") are left out: a passage may name the same place or day with
another.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..text import Token, fold, marked_between
from . import roles
from .analysis import ClaimAnalysis
from .cues import mark_after
from .features import SentenceFeatures
from .modifiers import akin
from .negation import SETTING_ASIDE

MARKERS = frozenset({"by", "to", "for", "with", "against"})
OPPOSED = frozenset({frozenset({"for", "against"})})  # read by ``direction``
REACH = 3  # tokens between the verb and its marker (an object, a particle: "gave the award to")
PHRASE = 3  # tokens after the marker in which its phrase's head stands ("to the new mayor")


def other_role(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's marked phrase, the sentence's) when the sentence marks a claim verb's argument with another
    role preposition: ("by the mayor", "to the mayor")."""
    claimed = _marked(analysis.tokens, analysis.text)
    if not claimed:
        return _other_agent(analysis, f)
    said = _marked(f.tokens, f.text)
    claim_stems = {t.stem for t in analysis.tokens} - _set_aside(analysis.tokens)
    for (verb, head), (marker, phrase) in claimed.items():
        if any(v == verb and h == head for (v, h) in said):
            if any(v == verb and h == head and m == marker for (v, h), (m, _) in said.items()):
                continue
            for (v, h), (m, other) in said.items():
                if v == verb and h == head and m != marker and frozenset({m, marker}) not in OPPOSED:
                    return phrase, other
            continue
        for (v, h), (m, other) in said.items():  # the same part, played by another ("committed by Ukrainian forces"
            # / "committed by their representatives"): a word WordNet does not relate, and none of the claim's
            if v == verb and m == marker and h not in claim_stems and not _akin(other, phrase) and not _conjoined(
                    f, head, phrase) and not _placed_in(f, head, other):
                return phrase, other
    return None


PASSIVE_REACH = 2  # tokens before a participle in which the form of "be" of its passive stands ("was first reported")


def _other_agent(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's subject and verb, the sentence's passive of that verb with its agent) when the claim says who did
    it in the active ("Air traffic controllers reported the first drone") and the sentence says it in the passive
    with another agent, none of the claim's subject's words ("The first drone was reported by a pilot ..., and the
    second by air traffic controllers"): another one did it. So does an active whose subject is another name, where
    the claim's subject is a name ("Kestrel United won the National Cup ..., beating Harlow Athletic" / "Harlow
    Athletic won the National Cup")."""
    tokens = analysis.tokens
    k = analysis.main_verb  # (or the first verb in the past, one the stop words hold: "reported")
    at = analysis.terms[k].position if k is not None else next(
        (i for i, t in enumerate(tokens) if i and lexicon.written_past(t.surface)
         and lexicon.verb_share(t.surface) >= 0.5 and fold(t.surface) not in roles.AUXILIARIES), None)
    if not at or roles.is_passive(tokens, at):
        return None  # (the claim's own passive: its "by", if any, is read by ``other_role``)
    subject = [t for t in analysis.terms if t.position < at and t.number is None]
    if not subject:
        return None
    stems = {st for t in subject for st in t.spellings}
    lemma = lexicon.lemma_of(tokens[at].surface)
    found = None
    for q, tok in enumerate(f.tokens):
        if not tok.surface.isalpha() or lexicon.lemma_of(tok.surface) != lemma:
            continue
        passive = any(fold(t.surface) in roles.COPULAS for t in f.tokens[max(0, q - PASSIVE_REACH) : q])
        by = q + 1 if q + 1 < len(f.tokens) and fold(f.tokens[q + 1].surface) == "by" else None
        if by is not None and by + 1 < len(f.tokens) and f.tokens[by + 1].number is not None:
            by = None  # (how much, not who: "had been delayed by two years because of a shortage of staff")
        if not passive and all(t.name for t in subject):
            other = _name_before(f, q, stems)  # the active with another name for subject: "Kestrel United won"
            if other is None or _named_as_means(f, stems):
                return None  # ("Rovers equalised ... through Sam Adebayo": the team did it by its player)
            found = found or (f"{' '.join(t.surface for t in subject)} {tokens[at].surface}",
                              f.text[f.tokens[other].start : tok.end])
            continue
        if not passive or by is None:
            return None  # (the verb said otherwise somewhere: left to the roles)
        head = _head_after(f.tokens, f.text, by)
        if head is None:
            return None
        agent = _agent_end(f, by, head)  # (to its apposition: "by the film's lead actor, Navid Rostami")
        said = {t.stem for t in f.tokens[by + 1 : agent + 1]}
        if said & stems or any(_akin(f.tokens[p].surface, t.surface) for p in range(by + 1, agent + 1)
                               for t in subject if f.tokens[p].is_content):
            return None
        found = found or (f"{' '.join(t.surface for t in subject)} {tokens[at].surface}",
                          f.text[tok.start : f.tokens[agent].end])
    return found


MEANS = frozenset({"through", "via", "by"})
"""Prepositions that name who or what an act was done by or through."""


def _named_as_means(f: SentenceFeatures, stems: set[str]) -> bool:
    """Whether the sentence names one of the claim's subject words right after one of MEANS (past a first name)."""
    return any(fold(f.tokens[p].surface) in MEANS and any(f.tokens[r].stem in stems for r in range(p + 1, p + 3)
                                                          if r < len(f.tokens))
               for p in range(len(f.tokens)))


def _name_before(f: SentenceFeatures, q: int, stems: set[str]) -> int | None:
    """Where the name stands that is the subject of the verb at q, right before it (past auxiliaries), when it is
    none of the claim's subject (``stems``) and no preposition governs it; None otherwise."""
    p = q - 1
    while p >= 0 and fold(f.tokens[p].surface) in roles.AUXILIARIES:
        p -= 1
    if p < 0 or marked_between(f.text, f.tokens, p, q):
        return None
    tok = f.tokens[p]
    if not (tok.capitalised and tok.is_content and tok.number is None) or tok.stem in stems:
        return None
    first = p
    while first > 0 and f.tokens[first - 1].capitalised and f.tokens[first - 1].is_content:
        first -= 1
    if first > 0 and fold(f.tokens[first - 1].surface) in roles.PREPOSITIONS:
        return None  # ("the mayor of Kestrel won": Kestrel is no subject)
    return first


APPOSITION_REACH = 4  # words of a name set off by a comma after an agent's phrase ("..., Navid Rostami")


def _agent_end(f: SentenceFeatures, by: int, head: int) -> int:
    """Where the agent's phrase whose head is at ``head`` ends: past the rest of its noun phrase, and a name set off by
    a comma right after it ("by the film's lead actor, Navid Rostami")."""
    end = head
    while (end + 1 < len(f.tokens) and end < head + APPOSITION_REACH and f.tokens[end + 1].is_content
           and not mark_after(f.text, f.tokens, end)):
        end += 1
    if end + 1 < len(f.tokens) and "," in f.text[f.tokens[end].end : f.tokens[end + 1].start]:
        name = end + 1
        while name < min(len(f.tokens), end + 1 + APPOSITION_REACH) and f.tokens[name].capitalised:
            name += 1
        if name > end + 1:
            return name - 1
    return end


CONJUNCT_REACH = 3  # words between "and" or "or" and the head of the phrase it joins ("and promises of money")


def _conjoined(f: SentenceFeatures, head: str, phrase: str) -> bool:
    """Whether the sentence has the claim's head in a phrase "and" or "or" joins to another, with the words the claim's
    phrase puts before it ("Stupefied by the glamor of war and promises of large amounts of money" / "Stupefied by
    promises"): the part is shared, not another's. Not with other words ("interviews with 64 detainees and 12
    guards" / "with 64 guards")."""
    before = {fold(w) for w in phrase.split()[1:-1]} - roles.DETERMINERS
    for p in f.positions.get(head, ()):
        for q in range(max(0, p - CONJUNCT_REACH), p):
            if fold(f.tokens[q].surface) in ("and", "or"):
                between = {fold(t.surface) for t in f.tokens[q + 1 : p]} - roles.DETERMINERS
                if between == before:
                    return True
    return False


LOCATING = frozenset({"in", "at"})  # prepositions that say where a thing is ("its larger site in Nottingham")


def _placed_in(f: SentenceFeatures, head: str, other: str) -> bool:
    """Whether the sentence places its own marked phrase in the claim's ("move to its larger site in Nottingham" /
    "move to Nottingham"): the claim's head right after "in" or "at" (and an article) that follows the phrase: what
    is in the place is there, so the part is the claim's."""
    last = fold(other.split()[-1])
    for p in f.positions.get(head, ()):
        q = p - 1
        if q >= 0 and fold(f.tokens[q].surface) == "the":
            q -= 1
        if (q >= 1 and fold(f.tokens[q].surface) in LOCATING and fold(f.tokens[q - 1].surface) == last
                and not marked_between(f.text, f.tokens, q - 1, p)):
            return True
    return False


def _set_aside(tokens: Sequence[Token]) -> set[str]:
    """Stems of the content words a claim sets aside (after one of ``negation.SETTING_ASIDE``, to its phrase's end):
    "sent on to Belmere instead of Kingsford" says Kingsford is not where they were sent, so a passage that sends
    them to Kingsford gives the part to another."""
    out: set[str] = set()
    words = [fold(t.surface) for t in tokens]
    for i in range(len(tokens) - 2):
        if (words[i], words[i + 1]) in SETTING_ASIDE:
            for t in tokens[i + 2 : i + 2 + PHRASE]:
                if t.is_content:
                    out.add(t.stem)
    return out


def _akin(other: str, phrase: str) -> bool:
    """Whether the last words of the two phrases (their heads) are one word or akin (``modifiers.akin``)."""
    a, b = other.split()[-1], phrase.split()[-1]
    return fold(a) == fold(b) or akin(a, b)


def _marked(tokens: Sequence[Token], text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(the verb's lemma, the argument's stem) -> (the marker, the phrase as written) for each role marker after a
    verb within REACH tokens."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for i, tok in enumerate(tokens):
        marker = fold(tok.surface)
        if marker not in MARKERS:
            continue
        verb = _verb_before(tokens, text, i)
        head = _head_after(tokens, text, i)
        if verb is None or head is None:
            continue
        out.setdefault((lexicon.lemma_of(tokens[verb].surface), tokens[head].stem),
                       (marker, text[tok.start : tokens[head].end]))
    return out


def _verb_before(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """The verb the marker at i follows, within REACH tokens and its clause."""
    for j in range(i - 1, max(-1, i - 1 - REACH), -1):
        if mark_after(text, tokens, j):
            return None
        if roles.is_verb(tokens, j) or (j == i - 1 and fold(tokens[i].surface) == "by" and roles.participle(tokens[j])):
            return j  # (a participle right before "by" is a passive's, after a noun too: "a restoration funded by")
    return None


def _head_after(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """The head of the phrase the marker at i opens: its last content word before a function word, a verb or a clause
    mark, within PHRASE tokens; None when a verb follows ("to fight": no argument) or the phrase ends on a number ("to
    15% of cases": an amount). A number before the head is its modifier ("by the 2016 election")."""
    head: int | None = None
    started = False
    for j in range(i + 1, min(len(tokens), i + 1 + PHRASE)):
        if mark_after(text, tokens, j - 1):
            break
        tok = tokens[j]
        if not tok.is_content:
            if started:
                break
            continue
        if tok.number is None and roles.is_verb(tokens, j):
            if not started:
                return None
            break  # ("ties with Jordan weakened": the phrase ends before the verb)
        if started and lexicon.mostly(tok.surface, "r"):
            break  # ("return to normal shortly": an adverb of the verb's, after the phrase)
        started = True
        head = None if tok.number is not None else j
    else:
        if head is not None:
            return _named_after(tokens, text, head)
    return head


NAME_REACH = 3  # words after a phrase's reach in which the name it describes ends ("the nineteenth-century artist
# Maria Holm")


def _named_after(tokens: Sequence[Token], text: str, head: int) -> int:
    """The last word of the name a descriptive phrase runs on into ("by the nineteenth-century artist Maria Holm":
    Holm, the name the phrase is an apposition to), or ``head`` when none follows right after it."""
    name: int | None = None
    for j in range(head + 1, min(len(tokens), head + 1 + NAME_REACH)):
        tok = tokens[j]
        if mark_after(text, tokens, j - 1) or not tok.is_content or tok.number is not None:
            break
        if tok.capitalised:
            name = j
        elif name is not None or roles.is_verb(tokens, j):
            break
    return head if name is None else name
