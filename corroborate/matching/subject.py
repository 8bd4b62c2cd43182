"""What a short claim is about must be in the sentence that holds it: a neighbour may say who, not what.

A short claim stitched from two sentences takes its predicate from one and what it is about from another:
"Tobacco and alcohol are also not allowed" from "... sold tobacco and alcohol." and "Photography is not
allowed inside.". The sentence that holds the claim's verb must hold at least half the weight of the claim's
subject (the words before its last verb, less its verbs): the word itself, a more specific one, a synonym,
or the word with another ending (Nepal / Nepalese); a name may come from the title or the sentences before.

A sentence that takes the subject up again may leave the rest of it to the sentence just before: when it
names the subject's head ("Raids on places where labour migrant workers are concentrated ... It is no secret
that raids are carried out ..."), or opens on a third-person pronoun or a bare quantifier ("The prisoners
... Many do not wish to fight"). A more general word, "persons" for "singers", was tried as standing for the
claim's: the commonest ones, "individuals", "cases", let in more wrong support than right.
"""

from __future__ import annotations

from .. import lexicon
from ..text import fold
from . import roles, values
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

SUBJECT_SHARE = 0.5  # of the claim's subject's weight, a sentence supporting (a short claim) or contradicting holds this

REFERRING = frozenset("he she it they this these those many most some several both all each".split())
"""Third-person pronouns, and quantifiers standing for a noun named before ("Many do not wish to fight"). Not
"we" or "I": the writer, not what the sentence before names."""

TAKE_UP_DEPTH = 2  # steps up WordNet's kinds a word that takes up the story's subject may stand ("the animal": wolf)

FIRST_PERSON_PLURAL = frozenset({"we", "our", "us"})
"""A sentence opening on these (or a window having them) speaks of its source's author: a statement's "We have postponed some planned
procedures", signed "North Vale Health Trust, 4 March 2026", says "The trust has postponed ..."."""

PREPOSITIONS = frozenset({"of", "on", "in", "for", "from", "at", "by", "with", "against", "to", "into", "about"})


def missing(analysis: ClaimAnalysis, about: list[int], held: list[float], sentence: SentenceFeatures,
            before: frozenset[str], author: frozenset[str] = frozenset(),
            story: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The claim's subject words the sentence lacks, when they are more than half the subject's weight (else
    nothing). ``about``: the claim's subject, indices into its terms; ``held``: how well the sentence (and the
    context, for names) holds each claim word; ``before``: the stems of the sentences before it in the window (at
    least the one just before); ``author``: the words of the source's date line, whom a sentence opening on "we"
    or "our" speaks of; ``story``: the stems of the source's title and lead, which a sentence opening on "the" and a
    more general word takes up."""
    terms = analysis.terms
    about = [k for k in about if not terms[k].verb]  # what it is about, not what else it says happened
    lacking = [k for k in about if not held[k] and not lexicon.synonym_stems(terms[k].surface) & sentence.stems
               and not any(values.same_word(terms[k].stem, st) for st in sentence.stems)  # Nepalese / Nepal
               and not (terms[k].stem in story and takes_up(sentence, terms[k].surface))]
    if sentence.tokens and fold(sentence.tokens[0].surface) in FIRST_PERSON_PLURAL:
        lacking = [k for k in lacking if terms[k].stem not in author]
    if about and (head(analysis, about) not in lacking or refers_back(sentence)):  # the subject taken up again
        lacking = [k for k in lacking if terms[k].stem not in before and not terms[k].variants & before]
    if sum(terms[k].weight for k in lacking) <= (1 - SUBJECT_SHARE) * sum(terms[k].weight for k in about):
        return ()
    return tuple(terms[k].surface for k in lacking)


def takes_up(sentence: SentenceFeatures, word: str) -> bool:
    """Whether the sentence opens on "the" and a word WordNet makes more general than ``word``, up to TAKE_UP_DEPTH
    steps of its kind: "The bridge, built in 1968, ..." in a report whose title and lead name the footbridge, "The
    animal, a young male, ..." in one about a wolf. A report names what it is about in its
    title and lead and takes it up after with a definite general word; elsewhere a general word ("persons" for
    "singers") may speak of anyone."""
    tokens = sentence.tokens
    return (len(tokens) >= 2 and fold(tokens[0].surface) == "the" and tokens[1].is_content
            and tokens[1].stem in lexicon.ancestor_stems(word, TAKE_UP_DEPTH))


def refers_back(sentence: SentenceFeatures) -> bool:
    """Whether the sentence opens on a pronoun or a bare quantifier ("Many do not wish to fight", "They were
    ..."): who it speaks of is named before."""
    tokens = sentence.tokens
    return bool(tokens) and fold(tokens[0].surface) in REFERRING and (len(tokens) < 2 or not tokens[1].is_content
                                                                      or roles.is_verb(tokens, 1))


def head(analysis: ClaimAnalysis, about: list[int]) -> int:
    """The head of the claim's subject: its word before the first preposition ("Police raids on migrant
    workers", "Transmission of the virus"), else the word after its last possessive ("the freight train's
    wagons"), else the last word of its first run of words ("The lime trees", "Tobacco and alcohol"; where the
    claim's verbs are misread, '"Boss" is a dance-pop, hip hop ... song', its last word would not be the
    subject)."""
    tokens = analysis.tokens
    for k in about:
        after = analysis.terms[k].position + 1
        if after < len(tokens) and tokens[after].surface.lower() in PREPOSITIONS:
            return k
    owners = [n for n, k in enumerate(about) if roles.possessive(analysis.terms[k].surface)]
    if owners and owners[-1] + 1 < len(about):
        return about[owners[-1] + 1]
    first = about[0]
    while (first + 1 in about and analysis.terms[first + 1].position == analysis.terms[first].position + 1
           and analysis.terms[first + 1].number is None):
        first += 1  # (the last word of a compound: "The lime trees")
    return first


def missing_agent(analysis: ClaimAnalysis, held: list[float], story: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of the agent of the claim's passive ("was brought by campaigners") when the sentence that holds the
    claim has none of them (a name may come from the title or the sentences before, and what the report is about from
    its title, ``story``: "buried by the landslide"): the agent is who did it, the subject of the active,
    which a neighbour may not supply ("The Environment Agency, which brought the prosecution, ..." beside a sentence
    about campaigners)."""
    k = analysis.main_verb
    if k is None:
        return ()
    tokens, at = analysis.tokens, analysis.terms[k].position
    if not roles.is_passive(tokens, at) or at + 1 >= len(tokens) or fold(tokens[at + 1].surface) != "by":
        return ()
    end = at + 2
    while end < len(tokens) and (tokens[end].is_content or fold(tokens[end].surface) in roles.DETERMINERS):
        end += 1  # (the agent's noun phrase: "by the local council")
    agent = [j for j, t in enumerate(analysis.terms) if at + 1 < t.position < end]
    if not agent or any(held[j] or analysis.terms[j].stem in story for j in agent):
        return ()
    return tuple(analysis.terms[j].surface for j in agent)
