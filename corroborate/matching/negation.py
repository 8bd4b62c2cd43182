"""Negation: the words a negator bears on, and the privative pair "with" / "without".

* *negated*: a negator bears on a word of its own clause ("was not evacuated", "no workers were hurt",
  "is no longer closed"), or of the reason it sets aside ("not because they suspected wrongdoing"), a verb of
  ceasing on its gerund ("stopped trying to recruit"), and "rather than", "instead of" on what they set aside ("met
  from its own budget rather than from government funding");
* *privative*: "without Russian citizenship" says the holder lacks what "with Russian citizenship" says it
  has (the two before the same noun are opposites; "without" alone before another's object is not);
* *lacking*: "lack a work permit" says no more than "have no work permit" or "without a work permit", unlike the
  other negating verbs, which say more than "not" ("refused", "exempt from": ``text.LEXICAL_NEGATORS``); and
  "lost power" says what "were left without power" says (``lost``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .. import lexicon
from ..text import LEXICAL_NEGATORS, Token, fold, marked_between, stem
from . import roles
from .connectives import (ARTICLES, COMPLEMENTIZERS, CONDITIONS, DEMONSTRATIVES, POSSESSIVES, RELATIVE_ADVERBS,
                          RELATIVE_PRONOUNS)

# Verbs of ceasing: before a gerund they say its activity no longer goes on ("stopped trying", "ceased
# operating"); alone ("the raids stopped") they are the claim's own predicate.
CESSATIVES = frozenset("stop stops stopped stopping cease ceases ceased ceasing quit quits quitting".split())


DECLINING = frozenset("decline declines declined declining neglect neglects neglected neglecting forget forgets "
                      "forgot forgetting".split())
"""Verbs that negate the verb of their "to" ("declined to send inspectors", "neglected to report it"), and are no
negating words alone ("sales declined", "a neglected garden"): they are read as negators before "to" only."""


def negated(tokens: Sequence[Token], text: str, of_claim: bool = False) -> dict[int, str]:
    """Token positions a negator bears on, with the negator: the first content word after it in its clause
    ("was not evacuated", "no workers"); adverbs in -ly are skipped ("did not immediately respond"). A passage's
    "found no sign of X" negates "found" too, for a claim that says it was found; a claim's (``of_claim``) is read
    as written, so that "there was no sign of X" still says it."""
    out: dict[int, str] = {}
    for pos, tok in enumerate(tokens):
        if fold(tok.surface) in CESSATIVES and pos + 1 < len(tokens) and tokens[pos + 1].surface.endswith("ing"):
            out[pos + 1] = tok.surface  # "stopped trying": no longer trying
            continue
        if (fold(tok.surface) in DECLINING and pos + 2 < len(tokens) and fold(tokens[pos + 1].surface) == "to"
                and tokens[pos + 2].is_content and pos not in out):
            out[pos + 2] = tok.surface  # "declined to send": not sent
            continue
        if not of_claim and (aside := _set_aside(tokens, text, pos)) is not None:
            out[aside] = f"{tok.surface} {tokens[pos + 1].surface}"  # "rather than from government funding": not it
            continue
        if fold(tok.surface) == "far" and (said := _far_from(tokens, text, pos)) is not None:
            out[said] = "far from"  # "far from under control": not under control
            continue
        if not tok.is_negator or pos in out:  # (a negated negator: "not postponed the wave" says nothing of the wave)
            continue
        if not of_claim and (found := _found_no_sign(tokens, pos)) is not None:
            out[found] = tok.surface  # "found no sign of an atmosphere": did not find one (what follows "of" the
            # sign's own cue leaves open: ``hedges.no_evidence_that``)
        if fold(tok.surface) in PARTITIVE_NEGATORS and (said := _said_of_none(tokens, text, pos)) is not None:
            out[said] = tok.surface  # "none of the frogs was infected": the frogs were not infected
            continue
        plain = fold(tok.surface) not in LEXICAL_NEGATORS
        for nxt in range(pos + 1, min(len(tokens), pos + 6)):
            between = text[tokens[nxt - 1].end : tokens[nxt].start]
            word = tokens[nxt].surface.lower()
            if word == "since" and nxt == pos + 1 and _verb_form_next(tokens, nxt):
                continue  # an adverb: "has not since replaced it" (since then)
            if word == "because" and nxt == pos + 1 and not any(c in between for c in ",;:.!?()—–\"“”"):
                continue  # "not because they suspected wrongdoing": the reason is what is negated
            if any(c in between for c in ",;:.!?()—–\"“”") or word in _SUBORDINATORS:
                break
            if word in TIME_OPENERS and nxt > pos + 1:
                break  # a clause of time after the negated verb: "had not been reported before the damage happened"
                # negates the reporting (a stop word), not the damage
            if tokens[nxt].is_negator and plain and fold(word) in LEXICAL_NEGATORS:
                out[nxt] = tok.surface  # "have not postponed": the postponing is what is negated
                break
            if tokens[nxt].is_negator or not tokens[nxt].is_content or _adverb(tokens[nxt]):
                continue
            if word in _NEGATOR_TAILS and nxt == pos + 1:
                continue  # "no longer", "not anymore": part of the negator
            complement = implied(tokens, nxt) or raised(tokens, nxt)
            at = nxt if complement is None else complement
            out[at] = tok.surface
            while roles.hyphen_joined(text, tokens, at + 1):  # (one word: "not life-threatening")
                at += 1
                out[at] = tok.surface
            for joined in _or_joined(tokens, text, at):  # "not to walk or drive": neither
                out[joined] = tok.surface
            break
    return out


SETTING_ASIDE = frozenset({("instead", "of"), ("rather", "than")})
"""Words after which a sentence names what it sets aside: "met from its own budget rather than from government
funding" says it is not met from government funding."""
ASIDE_REACH = 3  # words from "rather than" to the first content word it sets aside ("rather than from the")


def setting_aside(tokens: Sequence[Token]) -> frozenset[str]:
    """The stems of every phrase of SETTING_ASIDE, as ``negated`` gives them, when the text has one ("rather than"),
    else none. A claim's are not read as negators (what "Instead of attending his local school, he enrolled at ..."
    sets aside is no word a passage must negate, and the passage may tell it plainly of the other school), but a
    passage that sets aside the same word, in either phrase, says what the claim does."""
    words = [fold(t.surface) for t in tokens]
    if not any((words[i], words[i + 1]) in SETTING_ASIDE for i in range(len(words) - 1)):
        return frozenset()
    return frozenset(stem(" ".join(phrase)) for phrase in SETTING_ASIDE)


def _set_aside(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the first content word stands that one of SETTING_ASIDE at i sets aside, in its clause; else None."""
    if i + 1 >= len(tokens) or (fold(tokens[i].surface), fold(tokens[i + 1].surface)) not in SETTING_ASIDE:
        return None
    for j in range(i + 2, min(len(tokens), i + 2 + ASIDE_REACH)):
        if marked_between(text, tokens, j - 1, j):
            return None
        if tokens[j].is_content:
            return j
    return None


PARTITIVE_NEGATORS = frozenset({"none", "neither"})
"""Negators that take a whole with "of" ("none of the frogs", "neither of the men"): what they negate is what the
clause says of the whole, as "none was infected" does, not the whole itself."""
PARTITIVE_REACH = 8  # words from "of" to the verb ("none of the 23 adult frogs found in the stream was")


def _said_of_none(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the word stands that "none of X" at i negates: the first content word of its verb phrase, past the
    whole and the auxiliaries ("None of the frogs was infected": infected). None when "of" does not follow, or no
    verb does within reach."""
    if i + 1 >= len(tokens) or fold(tokens[i + 1].surface) != "of":
        return None
    for j in range(i + 2, min(len(tokens), i + 2 + PARTITIVE_REACH)):
        if marked_between(text, tokens, j - 1, j):
            return None
        word = fold(tokens[j].surface)
        if word in roles.FINITE_AUXILIARIES or (j > i + 2 and roles.is_verb(tokens, j)):
            k = j
            while k < len(tokens) and (not tokens[k].is_content or _adverb(tokens[k])):
                k += 1  # ("had ever been infected", "was never seriously hurt")
            return k if k < len(tokens) and tokens[k].is_content and not marked_between(text, tokens, j, k) else None
    return None


SIGNS = frozenset("sign signs trace traces evidence indication indications proof".split())
"""Nouns of what shows something ("no sign of", "no trace of"): a verb that takes "no sign of X" does not take X."""


def _found_no_sign(tokens: Sequence[Token], i: int) -> int | None:
    """Where the verb stands that "no" at i negates by taking "no sign of X" ("found no sign of an atmosphere",
    "showed no trace of the virus"): the verb right before "no", not "be" or "have" ("there was no sign of X",
    which ``hedges`` reads as open); None otherwise."""
    if (fold(tokens[i].surface) != "no" or i == 0 or i + 2 >= len(tokens)
            or fold(tokens[i + 1].surface) not in SIGNS or fold(tokens[i + 2].surface) != "of"):
        return None
    verb = i - 1
    if fold(tokens[verb].surface) in roles.BE_AND_HAVE or not roles.is_verb(tokens, verb):
        return None
    return verb


def _adverb(token: Token) -> bool:
    """Whether a word is an adverb in -ly, which a negator reads past ("did not immediately respond"; not "does not
    apply")."""
    return len(token.surface) > 4 and lexicon.ly_adverb(token.surface)


FAR_FROM_REACH = 3  # words after "far from" in which the first content word it negates stands ("far from under
# control")


def _far_from(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the word stands that "far from" at i negates, when it says "not at all" ("far from under control", "far
    from certain", "far from over"), not a distance ("far from the coast", "far from home", "far from Kyiv"): the
    word after "from" is no determiner, name or noun."""
    if i + 2 >= len(tokens) or fold(tokens[i + 1].surface) != "from":
        return None
    first = tokens[i + 2]
    if first.capitalised or first.number is not None or fold(first.surface) in _DETERMINERS:
        return None
    if first.is_content and lexicon.mostly(first.surface, "n"):
        return None
    for j in range(i + 2, min(len(tokens), i + 2 + FAR_FROM_REACH)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()"):
            return None
        if tokens[j].is_content:
            return j
    return None


_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES


def _verb_form_next(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word after position i is a verb's past form (in -ed or -en), which a clause's subject would
    come before: "not since replaced", not "not since the war"."""
    return i + 1 < len(tokens) and fold(tokens[i + 1].surface).endswith(("ed", "en"))


LACKING = frozenset("lack lacks lacked lacking".split())
"""The negating verb whose meaning is only "not have": a plain negator before the same word says it."""


def said_plainly(negated_words: Sequence[tuple[str, Sequence[int]]], negated_here: dict[int, str]) -> bool:
    """Whether a sentence negates, with a plain negator, every claim word a form of "lack" bears on ("lack a work
    permit" / "have no work permit"). ``negated_words``: for each word the claim negates, its negator and where
    the sentence has the word; ``negated_here``: the sentence's ``negated``."""
    lacking = [places for negator, places in negated_words if fold(negator) in LACKING]
    return bool(lacking) and all(any(at in negated_here and _just_not(negated_here[at]) for at in places)
                                 for places in lacking)


LOSING = frozenset("lose loses lost losing".split())
"""The verb of coming to be without: "homes lost power" says what "homes were left without power" says."""
LOST_DETERMINERS = ARTICLES | (POSSESSIVES - {"my", "your"})
"""Words that may open what a form of "lose" governs ("lost their power")."""
LOSS_REACH = 3  # words between a form of "lose" and the noun it governs ("lost their mains power")


def lost(tokens: Sequence[Token], i: int) -> bool:
    """Whether a form of "lose" governs the word at i (determiners and modifiers between, no verb): then "without"
    or "no" before the same word says it too."""
    for j in range(i - 1, max(-1, i - 1 - LOSS_REACH), -1):
        word = fold(tokens[j].surface)
        if word in LOSING:
            return True
        if not (tokens[j].is_content or word in LOST_DETERMINERS):
            return False
    return False


def _just_not(negator: str) -> bool:
    """Whether a negator says "not" and no more ("no", "without", "lacks"; not "refused", "exempt")."""
    word = fold(negator)
    return word not in LEXICAL_NEGATORS or word in LACKING


def _or_joined(tokens: Sequence[Token], text: str, i: int) -> list[int]:
    """The words joined to the word at i by "or" or "nor" ("walk or drive", "food nor water"): a negation of
    one bears on all of them."""
    out = []
    while i + 2 < len(tokens) and fold(tokens[i + 1].surface) in ("or", "nor"):
        j = i + 2
        while j < len(tokens) and not tokens[j].is_content and j < i + 4:
            j += 1  # "or a bike"
        if (j >= len(tokens) or not tokens[j].is_content or tokens[j].number is not None
                or any(c in text[tokens[i].end : tokens[j].start] for c in ",;:.!?()—–\"“”")):
            break
        out.append(j)
        i = j
    return out


_NEGATOR_TAILS = frozenset({"longer", "anymore"})

# Verbs and adjectives that, before "to", say their complement happened (Nairn et al. 2006: "managed to sign"
# says they signed): negated, they say it did not ("were not able to isolate the virus"). And "going", of the
# future "be going to": "are not going to accept" says they will not accept.
IMPLYING = frozenset("able manage manages managed managing going".split())


NEG_RAISING = frozenset({"think", "believe", "expect", "consider", "seem"})
"""Verbs of belief and appearance that pass a negation on to what they say (Horn's neg-raising predicates): "is not
thought to be at risk" says it is thought not to be, "does not seem to work" that it seems not to; WordNet's synonyms
of "seem" ("appear", "look") are of the class, and so is "likely". Not "not known to be", "not said to be", which say
only that nobody knows or says it."""


@lru_cache(maxsize=1)
def _raising_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in NEG_RAISING) | lexicon.synonym_stems("seem")


def _raising(word: str) -> bool:
    """Whether the word is a form of one of NEG_RAISING ("thought", "appears", "looked"), or "likely"."""
    w = fold(word)
    return w == "likely" or bool((lexicon.base_stems(w) | {stem(w)}) & _raising_stems())


RAISED_REACH = 3  # function words between "to" and the first content word of what is said ("to be at risk")


def implied(tokens: Sequence[Token], i: int) -> int | None:
    """Where the complement of an implying word at i stands ("able to isolate": the isolating), or None."""
    if fold(tokens[i].surface) not in IMPLYING or i + 2 >= len(tokens) or fold(tokens[i + 1].surface) != "to":
        return None
    return i + 2 if tokens[i + 2].is_content and tokens[i + 2].number is None else None


def raised(tokens: Sequence[Token], i: int) -> int | None:
    """Where the first content word stands of what a word of NEG_RAISING at i says ("thought to be at risk": the
    risk), or None: a negation of the word bears on it."""
    if i + 2 >= len(tokens) or fold(tokens[i + 1].surface) != "to" or not _raising(tokens[i].surface):
        return None
    for j in range(i + 2, min(len(tokens), i + 3 + RAISED_REACH)):
        if tokens[j].is_content:
            return j if tokens[j].number is None else None
    return None


TIME_OPENERS = frozenset({"before", "after", "until", "till"})
"""Words that open a clause or phrase of time: past the negated verb, the negation does not reach into it."""
_SUBORDINATORS = (RELATIVE_PRONOUNS | RELATIVE_ADVERBS | COMPLEMENTIZERS | CONDITIONS
                  | frozenset({"although", "though", "because", "since", "but", "while"}))


PRIVATIVE = {"with": "without", "without": "with"}
PRIVATIVE_REACH = 3  # tokens after "with" / "without" in which its noun stands ("without Russian citizenship")


def _governed(tokens: Sequence[Token], text: str, i: int) -> int | None:
    """Where the noun the preposition at i governs stands: its phrase's last content word within reach."""
    last = None
    for j in range(i + 1, min(len(tokens), i + 1 + PRIVATIVE_REACH)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()—–"):
            break
        if tokens[j].is_content and tokens[j].number is None:
            last = j
        elif last is not None:
            break  # "with the Ministry of Defense": the phrase ends at "of"
    return last


def privative_phrases(tokens: Sequence[Token], text: str) -> dict[str, dict[str, str]]:
    """For "with" and for "without": the stem of each noun it governs, with the phrase as written; nothing
    when the text has neither (a claim's are read once, ``ClaimAnalysis.privatives``)."""
    if "with" not in text.lower():  # (most texts have neither)
        return {}
    out: dict[str, dict[str, str]] = {"with": {}, "without": {}}
    for i, tok in enumerate(tokens):
        word = fold(tok.surface)
        if word in PRIVATIVE and (head := _governed(tokens, text, i)) is not None:
            out[word][tokens[head].stem] = text[tok.start : tokens[head].end]
    return out if any(out.values()) else {}


def privative_conflict(claimed: dict[str, dict[str, str]], tokens: Sequence[Token],
                       text: str) -> tuple[str, str] | None:
    """("with Russian citizenship", "without Russian citizenship") when the claim (its ``privative_phrases``)
    puts a noun after one of "with" / "without" and the sentence puts it after the other only."""
    if not claimed:
        return None
    return opposed(claimed, privative_phrases(tokens, text), PRIVATIVE)


def opposed(claimed: dict[str, dict[str, str]], said: dict[str, dict[str, str]],
            pairs: dict[str, str]) -> tuple[str, str] | None:
    """(the claim's phrase, the sentence's) when the claim puts something after one word of an opposite pair
    ("with" / "without", "from" / "to") and the sentence puts it after the other only. ``claimed`` and ``said``:
    for each word, what it governs (a stem) -> the phrase as written."""
    for word, other in pairs.items():
        theirs = said.get(other, {})
        for key, phrase in claimed.get(word, {}).items():
            if key in theirs and key not in said.get(word, {}):
                return phrase, theirs[key]
    return None
