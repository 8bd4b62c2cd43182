"""No effect: a claim that one thing has no effect on another, or no link with it, is contradicted by a passage
that says the one changes the other.

"Smoking has no impact on the risk of progression" against "Smoking increases the risk of progression", "smokers
had higher odds of progression", "smoking was associated with progression". Natural logic (MacCartney & Manning):
to increase is a kind of change (WordNet), to change something is to have an effect on it, and "no effect"
excludes every kind of effect; a comparison ("higher odds of progression") says the thing differs, an
association that the two go together, which "no association", "no link", "no difference" exclude in turn.

The other way round (``denied_effect``), a passage's own "no difference in exam results", "did not affect
mortality" contradicts a claim that says the effect ("heavy users got worse exam results", "reduced mortality"):
the same exclusion read from the passage's side.

The claim's side is read once (``null_relation``): a relation word under a plain negator ("no impact on", "does
not affect", "is not associated with"), what stands before it (the cause, when there is one) and after it (what
is affected). The passage's side (``asserted_effect``): in the sentence that holds the rest of the claim, a verb
that WordNet files as a kind of change between the cause and what is affected, a comparative beside what is
affected, or a relation word of its own; asserted (not negated, hedged or asked), and the sentence negating none
of its own words of effect ("did not reduce mortality" says what the claim says).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon
from ..text import PLAIN_NEGATORS, fold, stem
from . import roles
from .features import SentenceFeatures
from .polarity import Mood

if TYPE_CHECKING:  # (the claim's analysis reads its "no effect" here once: ``ClaimAnalysis.null_relation``)
    from .analysis import ClaimAnalysis

RELATION_WORDS = frozenset("effect impact influence affect alter change difference differ association associate "
                           "link correlation correlate relationship relate relation connection connect bearing"
                           .split())
"""Words that name an effect of one thing on another, or a link between two, in their verb and noun forms: the
closed class a null claim negates ("no effect on", "no link between", "does not affect")."""

MAKE_DIFFERENT = stem("modify")
"""What WordNet makes every verb of causing a change a kind of (change.v.01, "cause to change; make different":
change, alter, modify): increase, reduce, lower, improve, worsen, affect; not "become" or "die", which say a thing
changed, not what changed it."""

COMPARATIVES = frozenset({"more", "less", "fewer", "better", "worse", "greater", "higher", "lower"})
"""Comparatives WordNet gives no inflection for (more, less) and the commonest ones, read without a lookup."""

BESIDE = 4  # words: how near a word of what is affected a comparative must stand ("higher odds of progression")
CAUSE_REACH = 12  # words: how near the word of effect the cause must stand ("Smoking is a risk factor for ...,
# with smokers having higher odds of progression")


@dataclass(frozen=True, slots=True)
class NullRelation:
    """A claim's "no effect": its relation word (index into terms), with the negator, and the words before and
    after it (indices into terms)."""

    relation: int
    negator: str
    cause: tuple[int, ...]
    affected: tuple[int, ...]
    negator_term: int | None = None  # the negator's own index into terms, when it is one ("no" is, "not" is not)

    @property
    def words(self) -> tuple[int, ...]:
        """The terms that say "no effect", which a contradicting passage says otherwise."""
        return (self.relation,) if self.negator_term is None else (self.relation, self.negator_term)


def _relation_word(word: str) -> bool:
    entry = lexicon.entry_of(word)
    return fold(word) in RELATION_WORDS or (entry is not None and entry.word in RELATION_WORDS)


def null_relation(analysis: ClaimAnalysis) -> NullRelation | None:
    """The claim's "no effect", or None: a relation word a plain negator bears on, with something after it."""
    for k, term in enumerate(analysis.terms):
        if not term.negated or fold(term.negator) not in PLAIN_NEGATORS or not _relation_word(term.surface):
            continue
        words = [j for j, t in enumerate(analysis.terms) if t.number is None and j != k
                 and not analysis.tokens[t.position].is_negator]
        cause = tuple(j for j in words if analysis.terms[j].position < term.position)
        affected = tuple(j for j in words if analysis.terms[j].position > term.position)
        negator = next((j for j, t in enumerate(analysis.terms) if analysis.tokens[t.position].is_negator
                        and t.position < term.position and fold(t.surface) == fold(term.negator)), None)
        if affected:
            return NullRelation(k, term.negator, cause, affected, negator)
    return None


def _where(analysis: ClaimAnalysis, f: SentenceFeatures, ks: Iterable[int]) -> list[int]:
    """Positions in the sentence of the claim's words ``ks`` (in any of their spellings), outside brackets: a
    word in a bracketed list ("after controlling for (age, sex, smoking)") is no party to the sentence's claim."""
    bracketed = _bracketed(f)
    return sorted({p for k in ks for st in analysis.terms[k].spellings for p in f.positions.get(st, ())
                   if p not in bracketed})


def _bracketed(f: SentenceFeatures) -> set[int]:
    """Positions of the words inside brackets."""
    out, depth, at = set(), 0, 0
    for p, token in enumerate(f.tokens):
        gap = f.text[at : token.start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if depth:
            out.add(p)
        at = token.end
    return out


def _comparative(word: str) -> bool:
    """Whether the word is a comparative ("higher", "fewer", "more"): an adjective's form that is not its base."""
    w = fold(word)
    if w in COMPARATIVES:
        return True
    base = lexicon.inflected_from(w)
    return w.endswith("er") and base is not None and bool(base.tags.get("a"))


def _changes(f: SentenceFeatures, p: int) -> bool:
    """Whether the word at p is a verb that is a kind of change ("increases", "reduced", "lowered")."""
    entry = lexicon.entry_of(f.tokens[p].surface)  # ("reduced" is an adjective too: the verb it is a form of)
    return (entry is not None and roles.is_verb(f.tokens, p) and MAKE_DIFFERENT in lexicon.general_stems(entry.word)
            and not lexicon.general_verb(entry.word))  # (not "make": it stands in for too many others)


NEGATOR_REACH = 3  # words before a word of effect where a negator makes it "no effect" ("no significant effect")


def _negated(f: SentenceFeatures, p: int) -> bool:
    """Whether the passage negates the word at p, or a negator stands just before it ("no significant effect",
    where "no" bears on "significant" as the tokenizer reads it, says no effect)."""
    return p in f.negated or any(f.tokens[q].is_negator for q in range(max(0, p - NEGATOR_REACH), p))


def _between(p: int, before: list[int], after: list[int]) -> bool:
    """Whether p stands between a word of one list and a word of the other, in either order (the active "X
    reduced Y", the passive "Y was reduced by X")."""
    return (any(q < p for q in before) and any(q > p for q in after)) or (
        any(q > p for q in before) and any(q < p for q in after))


def asserted_effect(null: NullRelation, analysis: ClaimAnalysis, f: SentenceFeatures) -> str | None:
    """The passage's word that says the cause changes what the claim says it has no effect on, or None."""
    cause, affected = _where(analysis, f, null.cause), _where(analysis, f, null.affected)
    if not affected or (null.cause and not cause):
        return None
    open_ = [s for s in f.scopes if s.mood in (Mood.OPEN, Mood.DENIED)]
    found: str | None = None
    for p, token in enumerate(f.tokens):
        if not token.is_content:
            continue
        relation, comparative = _relation_word(token.surface), _comparative(token.surface)
        changes = not relation and not comparative and _changes(f, p)
        if not (relation or comparative or changes):
            continue
        if _negated(f, p):
            return None  # "did not reduce mortality", "no significant difference": the passage says no effect
        if found is not None or any(s.covers(p) for s in open_):
            continue
        near = [q for q in cause if abs(q - p) <= CAUSE_REACH]
        if null.cause and not near:
            continue
        if comparative:
            placed = any(0 < abs(q - p) <= BESIDE for q in affected)
        elif changes:
            placed = bool(null.cause) and _between(p, near, affected)
        else:
            placed = True
        if placed:
            found = token.surface
    return found


def effect_conflict(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str, tuple[int, ...]] | None:
    """(the claim's "no effect", the passage's word of effect, the claim's terms that say "no effect") when the
    passage says the claim's cause has an effect on what it is said to have none on; None otherwise."""
    null = analysis.null_relation
    if null is None:
        return None
    found = asserted_effect(null, analysis, f)
    if found is None:
        return None
    return f"{null.negator} {analysis.terms[null.relation].surface}", found, null.words


AFFECTED_REACH = 5  # words after the passage's relation word in which what it says is unaffected stands ("no
# difference in exam results")


def _effect_word(analysis: ClaimAnalysis) -> int | None:
    """The claim's own word of effect, not negated: a comparative ("worse exam results"), a verb that is a kind of
    change ("reduced mortality"), or a relation word ("is linked to"); as an index into terms, or None."""
    for k, term in enumerate(analysis.terms):
        if term.negated or term.number is not None or term.name:
            continue
        entry = lexicon.entry_of(term.surface)
        if (_comparative(term.surface) or _relation_word(term.surface)
                or (term.verb and entry is not None and MAKE_DIFFERENT in lexicon.general_stems(entry.word)
                    and not lexicon.general_verb(entry.word))):
            return k
    return None


def denied_effect(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's word of effect, the passage's "no ...") when the passage says there is no effect, difference or
    link where the claim says one: a relation word it negates ("no difference", "did not affect") with what the claim
    says is affected right after it, and none of the claim's own words of effect said plainly."""
    if analysis.null_relation is not None:
        return None
    k = _effect_word(analysis)
    if k is None:
        return None
    term = analysis.terms[k]
    if any(st in f.stems for st in term.spellings):
        return None  # (the passage says the claim's word itself: negated or not, the rest of the matcher reads it)
    affected = [j for j, t in enumerate(analysis.terms) if t.position > term.position and t.number is None
                and not t.name]
    where = _where(analysis, f, affected)
    for p, token in enumerate(f.tokens):
        if not token.is_content or not _relation_word(token.surface) or not _said_to_be_none(f, p):
            continue
        if any(s.covers(p) for s in f.scopes if s.mood in (Mood.OPEN, Mood.DENIED)):
            continue
        if any(0 < q - p <= AFFECTED_REACH for q in where):
            first = next(q for q in range(max(0, p - NEGATOR_REACH), p + 1) if f.tokens[q].is_negator or q == p)
            return term.surface, " ".join(t.surface for t in f.tokens[first : p + 1])
    return None


def _said_to_be_none(f: SentenceFeatures, p: int) -> bool:
    """Whether the passage negates the relation word at p itself: a negator bears on it, or stands before it with
    only adjectives or adverbs between ("no significant difference", "did not affect"); not a negator of another
    noun before it ("no other issues related to workplace conditions")."""
    if p in f.negated:
        return True
    for q in range(p - 1, max(-1, p - 1 - NEGATOR_REACH), -1):
        if f.tokens[q].is_negator:
            return True
        if f.tokens[q].is_content and not (lexicon.mostly(f.tokens[q].surface, "a")
                                           or lexicon.mostly(f.tokens[q].surface, "r")):
            return False
    return False
