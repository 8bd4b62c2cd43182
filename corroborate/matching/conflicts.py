"""Conflicts: what in the sentence that holds the claim says otherwise.

A claim word negated on one side only, a word replaced by its opposite (WordNet antonyms, and the closed
scales of quantifiers, time and comparison words), a rival name, number or measure in the claim's place,
another time of day. Each conflict is a reason, in words a reader can check against the quote.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from .. import lexicon
from ..text import LEXICAL_NEGATORS, Token, fold, month_of, stem
from . import (bounds, degrees, direction, effects, exclusives, measures, modality, negation, particles, partitives,
               relatives, roles, tallies, values)
from .analysis import ClaimAnalysis, ClaimTerm
from .cues import gap_after
from .features import SentenceFeatures
from .implicatives import NEGATIVE_IMPLICATIVES
from .elided import elided_count, part_count
from .nobody import nobody_for_count
from .places import in_place
from .saying import negated_saying
from .scales import CLAUSE_END, changed_the_other_way, ranked_superlative, rival_rank, scale_rivals


class Kind(Enum):
    """What a conflict is: the matcher treats some kinds apart (a rival number or time lowers the score, a date in
    a neighbouring sentence is another event, a claim's negation is the passage's denial said otherwise)."""

    NEGATION_UNSAID = "the claim negates a word the passage says plainly"
    NEGATED = "the passage negates a claim word"
    OPPOSITE = "an opposite in the claim word's place (a word, a scale's, a measure, an effect)"
    DIRECTION = "the other direction"
    NUMBER = "another number"
    DATE = "another date"
    TIME = "another time"
    NAME = "another name"
    MODALITY = "the other obligation"
    DENIED = "the passage denies it"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A reason the sentence may contradict the claim, in words a reader can check against the quote."""

    kind: Kind
    message: str


VALUE_KINDS = {"number": Kind.NUMBER, "date": Kind.DATE, "name": Kind.NAME}


def find_conflicts(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float],
                   one_name: Callable[[str, str], bool] = lambda a, b: False) -> tuple[list[Conflict], set[str]]:
    """Reasons the sentence that holds the claim may contradict it, and the claim words a rival replaces.
    ``one_name``: whether two name stems are parts of one name in the source (then no rivals)."""
    out: list[Conflict] = []
    replaced: set[str] = set()
    negated_by: dict[str, set[str]] = defaultdict(set)
    plain: set[str] = set()  # words that occur at least once without negation
    for pos, tok in enumerate(f.tokens):
        if pos in f.negated:
            negated_by[tok.stem].add(stem(fold(f.negated[pos])))
        else:
            plain.add(tok.stem)
    sentence_negators = {t.stem for t in f.tokens if t.is_negator}
    claim_negators = ({t.stem for t in analysis.tokens if t.is_negator} | _negators_said_otherwise(analysis, f)
                      | analysis.aside_negators)

    def stated(term_stem: str, negator: str) -> bool:
        """Whether the sentence says plainly what the claim negates. Under a negating word with a meaning of
        its own ("postponed the mobilisation", "exempt from registering") only the word used as a verb, or
        as the object of one ("conduct raids"), does: "forced mobilization of others violates the law" does
        not say the mobilisation took place."""
        if fold(negator) in negation.CESSATIVES:  # what the claim says stopped, the passage may say another verb
            # with a particle did to it ("gave up late-night phone use" / "stopped using"): no plain statement
            return any(p not in f.negated and not _object_of_a_phrasal_verb(f, p)
                       for p in f.positions.get(term_stem, ()))
        if fold(negator) not in LEXICAL_NEGATORS:
            return True
        return any(f.tokens[p].stem == term_stem and p not in f.negated and (
            roles.is_verb(f.tokens, p) or (p > 0 and roles.is_verb(f.tokens, p - 1)))  # ("conduct raids")
                   for p in f.positions.get(term_stem, ()))

    for k, term in enumerate(analysis.terms):
        if term.number is not None or term.name:
            continue
        if row[k] == 1.0:
            # (a negator both use elsewhere may say the claim's negation in other words; the claim word itself, a
            # negating word negated, "have not postponed", does not)
            unsaid = term.stem not in negated_by and not ((claim_negators - {term.stem}) & sentence_negators)
            if (term.negated and term.stem in plain and fold(term.negator) != "without"
                    and not _duty_against_fact(analysis, f, term.stem)
                    and stated(term.stem, term.negator) and (unsaid or _plain_in_place(analysis, k, f, term.stem))):
                out.append(Conflict(Kind.NEGATION_UNSAID, f"the claim negates '{term.surface}', the passage does not"))
                replaced.add(stem(fold(term.negator)))  # "exempt from registering": "exempt" is what differs
            elif (not term.negated and term.stem in negated_by and not (negated_by[term.stem] & claim_negators)
                  and (term.stem not in plain or _negated_in_place(analysis, k, f, term.stem))
                  and not _in_negated_complement(analysis, k)
                  and not (negation.lost(analysis.tokens, term.position) and negated_by[term.stem] <= PLAIN_LACK)):
                out.append(Conflict(Kind.NEGATED, f"the passage negates '{term.surface}'"))
                replaced |= _narrowed(analysis, k, f, row) | _implicative_replaced(analysis, k, negated_by[term.stem])
        elif row[k] and term.negated and not claim_negators & sentence_negators:
            # Found only in another form (registering / register): the claim's negation must be there too.
            forms = term.variants & (plain | set(negated_by))
            if (forms and forms <= plain and not any(st in negated_by for st in forms)
                    and any(stated(st, term.negator) for st in forms)):
                out.append(Conflict(Kind.NEGATION_UNSAID, f"the claim negates '{term.surface}', the passage does not"))
                replaced.add(stem(fold(term.negator)))
        if ((term.stem not in plain or degrees.other_degree(analysis, k, f)) and not term.negated
                and not _said_in_kind(analysis, k, f)):
            # (an opposite of a word the claim negates says what the claim says: "not allowed" / "refused")
            # (a close spelling does not clear an opposite: stay conservative)
            opposites = lexicon.opposite_stems(term.surface) if not _phrasal(analysis, k) else frozenset()
            alternatives = (lexicon.alternative_stems(term.surface) if term.verb
                            else lexicon.action_alternative_stems(term.surface))  # ("pay reduction" / "pay increase")
            rival = _rival(analysis, k, f, opposites, alternatives)
            if rival is not None:
                out.append(Conflict(Kind.OPPOSITE, f"the passage says '{rival}' where the claim says '{term.surface}'"))
                replaced.add(term.stem)
    measure = measures.rival_measure(analysis, f, row) or measures.rival_joined_measure(analysis.tokens, f.tokens)
    if measure is not None:
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{measure[1]}' where the claim says '{measure[0]}'"))
        replaced.add(stem(fold(measure[0])))
    change = changed_the_other_way(analysis, f)  # "down 7 per cent" / "up 7 per cent"
    if change is not None:
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{change[1]}' where the claim says '{change[0]}'"))
    for word, rival, placed in scale_rivals(analysis, f):  # before/after, more/fewer, all/none
        if placed:
            out.append(Conflict(Kind.OPPOSITE, f"the passage says '{rival}' where the claim says '{word}'"))
    superlative = ranked_superlative(analysis, f)
    if superlative is not None:  # "the largest on record" / "the second-largest loss on record"
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{superlative[1]}' where the claim says "
                                           f"'{superlative[0]}'"))
    ranked = rival_rank(analysis, f)
    if ranked is not None:  # "came third" / "came second"
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{ranked[1]}' where the claim says '{ranked[0]}'"))
        replaced.add(stem(fold(ranked[0])))
    for k in _negated_in_another_form(analysis, f, row):  # "paid" / "could not pay", "rose" / "did not rise"
        out.append(Conflict(Kind.NEGATED, f"the passage negates '{analysis.terms[k].surface}'"))
        replaced.add(analysis.terms[k].stem)
    for k, term in enumerate(analysis.terms):  # "fully understand" / "do not fully realize"
        if not row[k] and not term.negated and term.number is None and not term.name and (
                synonym := negated_synonym(analysis, f, k)) is not None:
            out.append(Conflict(Kind.NEGATED,
                                f"the passage negates '{term.surface}' (as '{f.tokens[synonym].surface}')"))
            replaced.add(term.stem)
    saying = negated_saying(analysis, f)
    if saying is not None:  # "tenants had reported the problems" / "tenants had not reported them"
        out.append(Conflict(Kind.NEGATED, f"the passage says '{saying[1]}' where the claim says '{saying[0]}'"))
    privative = negation.privative_conflict(analysis.privatives, f.tokens, f.text)
    if privative is not None:
        out.append(Conflict(Kind.OPPOSITE, f"the claim says '{privative[0]}', the passage '{privative[1]}'"))
    effect = effects.effect_conflict(analysis, f)
    if effect is not None:  # "no impact on the risk" / "increases the risk"
        out.append(Conflict(Kind.OPPOSITE, f"the claim says '{effect[0]}', the passage '{effect[1]}'"))
        replaced.update(analysis.terms[k].stem for k in effect[2])
    denied = effects.denied_effect(analysis, f)
    if denied is not None:  # "got worse exam results" / "no difference in exam results"
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{denied[1]}' where the claim says '{denied[0]}'"))
    particle = particles.reversed_phrasal(analysis, f, row)
    if particle is not None:  # "went up" / "went down", "fell"
        claimed, said, verb = particle
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{said}' where the claim says '{claimed}'"))
        if verb is not None:
            replaced.add(analysis.terms[verb].stem)
    frequency = values.other_frequency(analysis.tokens, f.tokens)
    if frequency is not None:  # "every year" / "every two years"
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{frequency[0]}', the passage "
                                         f"'{frequency[1]}'"))
    reversed_ = direction.reversed_direction(analysis.directions, f)
    if reversed_ is not None:
        out.append(Conflict(Kind.DIRECTION,
                            f"the direction differs: the claim says '{reversed_[0]}', the passage '{reversed_[1]}'"))
    initials = {analysis.terms[k].stem: pattern for k, pattern in analysis.acronyms.items()}

    def same_name(a: str, b: str) -> bool:  # parts of one name, or a name and its initials ("US", "United States")
        return one_name(a, b) or (a in initials and initials[a].fullmatch(b.upper()) is not None)

    first_is_name = _first_word_names_a_kind(analysis)
    for found in values.substitutions(analysis.tokens, f.tokens, f.positions, f.names.values(),
                                      same_name if initials else one_name, first_is_name):
        out.append(Conflict(VALUE_KINDS[found.kind], found.message))
        replaced.add(found.claim_stem)
    for message, claim_stem, _ in values.unit_rivals(analysis.tokens, f.tokens):
        out.append(Conflict(Kind.NUMBER, message))
        replaced.add(claim_stem)
    elided = elided_count(analysis, f)
    if elided is not None:  # "About 40 flights were cancelled" / "... and 25 were cancelled"
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{elided[0]}', the passage '{elided[1]}'"))
    nobody = nobody_for_count(analysis, f)
    if nobody is not None:
        out.append(Conflict(Kind.NUMBER, f"the passage says '{nobody[1]}' where the claim says '{nobody[0]}'"))
        replaced.update(analysis.terms[k].stem for k in analysis.subject)
    whole = (partitives.part_for_whole(analysis.counts, f.tokens, f.text)
             if any(analysis.terms[k].stem in f.stems for k in analysis.verbs) else None)
    if whole is not None:  # "Nineteen branch libraries will close" / "closes four of the city's 19"
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{whole[0]}', the passage '{whole[1]}'"))
    swapped = tallies.reversed_pair(analysis.ordered_pairs, f.tokens, f.text)
    if swapped is not None:  # "by 24 votes to 31" / "by 31 votes to 24"
        out.append(Conflict(Kind.NUMBER, f"the order differs: the claim says '{swapped[0]}', the passage "
                                         f"'{swapped[1]}'"))
    day = values.day_conflict(analysis.tokens, f.tokens) or values.month_conflict(analysis.tokens, f.tokens)
    if day is not None:
        out.append(Conflict(Kind.DATE, f"date differs: the claim says '{day[0]}', the passage '{day[1]}'"))
        replaced.update(t.stem for t in analysis.tokens if month_of(t.surface))  # "July 27" / "June 27"
    dated = values.dated_value_conflict(analysis.tokens, f.tokens) if day is None else None
    if dated is not None:
        out.append(Conflict(Kind.DATE, f"date differs: the claim puts {dated[0]} in '{dated[1]}', the passage in "
                                       f"'{dated[2]}'"))
    relative = values.relative_conflict(analysis.text, f.text)
    if relative is not None:
        out.append(Conflict(Kind.TIME, f"time differs: the claim says '{relative[0]}', the passage '{relative[1]}'"))
    clash = values.time_conflict(analysis.text, f.text) or values.day_part_conflict(analysis.text, f.text)
    if clash is not None:
        out.append(Conflict(Kind.TIME, f"time differs: the claim says '{clash[0]}', the passage '{clash[1]}'"))
        replaced.add(stem(fold(clash[0])))  # ("this morning" / "this afternoon": the part of the day is what differs)
    share = values.percent_conflict(analysis.text, f.text, stem)
    if share is not None:
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{share[0]}', the passage '{share[1]}'"))
    counted = (values.one_counted(analysis.counted_ones, f.tokens)  # (not "Two dogs fell ill, and one of them died")
               if analysis.counted_ones and part_count(analysis, f) != 1 else None)
    if counted is not None:  # "within an hour" / "some four hours"
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{counted[0]}', the passage '{counted[1]}'"))
    bounded = bounds.bound_conflict(analysis.tokens, f.tokens)
    if bounded is not None:  # "fewer than 30,000" / "over 30,000"
        out.append(Conflict(Kind.NUMBER, f"number differs: the claim says '{bounded[0]}', the passage '{bounded[1]}'"))
        replaced.update(stem(fold(w)) for w in bounded[0].split()[:-1])
    sole = exclusives.sole_against_several(analysis, f)
    if sole is not None:  # "one of several licensed suppliers" / "its only licensed supplier"
        out.append(Conflict(Kind.OPPOSITE, f"the passage says '{sole[1]}' where the claim says '{sole[0]}'"))
    multiple = values.multiplier_conflict(analysis.text, f.text, stem)
    if multiple is not None:
        out.append(Conflict(Kind.NUMBER,
                            f"number differs: the claim says '{multiple[0]}', the passage '{multiple[1]}'"))
    return list(dict.fromkeys(out)), replaced  # (an opposite found both as a word and on a scale is said once)


PLAIN_LACK = frozenset({stem("without"), stem("no")})
"""Negators of a noun that say only that it is not had: what a form of "lose" before it says too."""


def _negators_said_otherwise(analysis: ClaimAnalysis, f: SentenceFeatures) -> set[str]:
    """Stems of the sentence's negating words with a meaning of their own that a claim verb says in other words:
    "delayed the next wave" says what "postponed the next wave" does (a kind of delay), so the wave that
    "postponed" negates is negated in the claim too."""
    verbs = [analysis.terms[k].surface for k in analysis.verbs]
    return {t.stem for t in f.tokens if t.is_negator and fold(t.surface) in LEXICAL_NEGATORS and any(
        lexicon.relation(t.surface, v) in (lexicon.Relation.SYNONYM, lexicon.Relation.SPECIFIC) for v in verbs)}


def _in_negated_complement(analysis: ClaimAnalysis, k: int) -> bool:
    """Whether the claim word k stands in the "to" complement of a word the claim negates, in its clause ("was not
    allowed to leave Iran to attend the ceremony": attend): a passage that negates it says what the claim implies."""
    at = analysis.terms[k].position
    for j in analysis.negated:
        negated_at = analysis.terms[j].position
        if negated_at < at and "to" in {fold(t.surface) for t in analysis.tokens[negated_at + 1 : at]} and not any(
                c in analysis.text[analysis.tokens[negated_at].end : analysis.tokens[at].start] for c in ",;:()"):
            return True
    return False


PHRASE_REACH = 4  # words of a noun phrase between a phrasal verb's particle and the word ("gave up late-night
# phone use")


def _object_of_a_phrasal_verb(f: SentenceFeatures, p: int) -> bool:
    """Whether the word at p ends the object of a verb and its particle ("gave up late-night phone use"), past the
    words of its noun phrase."""
    q = p - 1
    while q > 0 and p - q <= PHRASE_REACH and f.tokens[q].is_content and not roles.is_verb(f.tokens, q):
        q -= 1
    while q > 0 and fold(f.tokens[q].surface) in roles.DETERMINERS:
        q -= 1
    return q > 0 and fold(f.tokens[q].surface) in PARTICLES and roles.is_verb(f.tokens, q - 1)


def _said_in_kind(analysis: ClaimAnalysis, k: int, f: SentenceFeatures) -> bool:
    """Whether the sentence says the claim's verb k by a synonym (``lexicon.kin_stems``), not negated, in the verb's
    place: what the verb says is there, so a word opposed to it elsewhere in the sentence does not replace it ("will
    stay closed" for "will remain closed", beside "after a two-year renovation", a kind of change)."""
    term = analysis.terms[k]
    if not term.verb:
        return False
    kin = lexicon.kin_stems(term.surface)
    return any(t.stem in kin and p not in f.negated and in_place(analysis, k, f, p) for p, t in enumerate(f.tokens))


def _rival(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, opposites: frozenset[str],
           alternatives: frozenset[str]) -> str | None:
    """The sentence's word that stands in the place of the claim's word k as its opposite, if any: an opposite
    (also in a longer form: improv / improvement), a kind of the opposite either way ("reduced" for
    "increased", "denied" for "confirmed"), or a kind of what excludes the claim's verb ("raids", a kind of
    attack, for "protect")."""
    term = analysis.terms[k]
    longer = tuple(o for o in opposites if len(o) >= 5)
    excluded = alternatives | opposites if term.verb else frozenset()
    for p, t in enumerate(f.tokens):
        if p in f.negated or t.stem in analysis.stems:  # "continued without stop": both
            continue
        if not t.is_content and not _qualifies_the_same(analysis, k, f, p, opposites):
            continue
        if not (_opposed(term, t, opposites, alternatives, longer)
                or (excluded and lexicon.general_stems(t.surface) & excluded)):
            continue
        if lexicon.relation(t.surface, term.surface) is lexicon.Relation.SYNONYM:
            continue  # (WordNet's synonym in one sense, opposed through another: "engage" / "engross", by "fire")
        if _before_its_noun(analysis, k) and p + 1 < len(f.tokens) and f.tokens[p + 1].number is not None:
            continue  # (a word a number follows is a verb's form, not the adjective opposed to the claim's before
            # its noun: "children aged five months to three years" / "young children")
        if (degrees.comparing(f.tokens, p) != degrees.comparing(analysis.tokens, term.position)
                and not _negative_form(t.stem, term.stem) and fold(t.surface) not in lexicon.SCALE_OPPOSITES):
            continue  # (an opposite that compares where the other does not: "higher than in April" says nothing
            # against "low"; "the worst affected" is still not "unaffected", and a superlative says its positive;
            # a word of a closed scale is one of its own, not a degree: "four years later" / "antecedent")
        if term.verb and _converse(analysis, k, f, p):
            continue
        if term.verb and _in_own_relative(analysis, k, f, p):
            continue  # ("a 9% pay rise for its vice-chancellor, which took her salary to £327,000": the rise took it)
        if in_place(analysis, k, f, p) or _negative_form(t.stem, term.stem):
            return t.surface
    return None


def _in_own_relative(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, p: int) -> bool:
    """Whether the sentence's word at p stands in a relative clause set off by commas (``relatives.relative_spans``)
    with none of the claim's other words, and the claim's verb k in none of its own: the clause says something of
    its own of the word before it (", which took her salary to £327,000"; not ", which the union rejected", where
    the claim's union does it)."""
    if any(first <= analysis.terms[k].position <= last
           for first, last in relatives.relative_spans(analysis.text, analysis.tokens)):
        return False
    others = {st for j, t in enumerate(analysis.terms) if j != k for st in t.spellings}
    return any(first <= p <= last and not any(f.tokens[q].stem in others for q in range(first, last + 1))
               for first, last in relatives.relative_spans(f.text, f.tokens))


def _duty_against_fact(analysis: ClaimAnalysis, f: SentenceFeatures, term_stem: str) -> bool:
    """Whether the claim says what ought (not) to be and the sentence says the word with no duty over it: a negation
    in what ought to be is no statement of what was ("should not have heard" / "wrongly allowed the jury to hear",
    which ``modality`` reads as no support); where both speak of a duty, the negation stands ("should stop
    exchanging" / "should exchange")."""
    if analysis.obligation is None:
        return False
    stems = (term_stem, *(analysis.terms[v].stem for v in analysis.verbs))
    places = {p for st in stems for p in f.positions.get(st, ())}
    return modality.obligation_over(f.tokens, sorted(places), f.text) is None


def _before_its_noun(analysis: ClaimAnalysis, k: int) -> bool:
    """Whether the claim word k is no verb and stands right before a content word that is no number ("young
    children"): a modifier of that noun."""
    term, tokens = analysis.terms[k], analysis.tokens
    after = tokens[term.position + 1] if term.position + 1 < len(tokens) else None
    return not term.verb and after is not None and after.is_content and after.number is None


def _converse(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, p: int) -> bool:
    """Whether the sentence's opposite verb at p has for subject what the claim's verb k acts on: the same event
    told from its other side ("Whitlock gave City the lead" / "City took the lead"; "Rovers beat City" / "City lost
    to Rovers"), no opposite."""
    terms, at = analysis.terms, analysis.terms[k].position
    later_verb = min((t.position for t in terms if t.verb and t.position > at), default=len(analysis.tokens))
    acted_on = {t.stem for t in terms if at < t.position < later_verb and t.number is None and not t.verb}
    first = p  # the noun phrase right before the verb: its subject
    while first > 0 and (f.tokens[first - 1].is_content or fold(f.tokens[first - 1].surface) in roles.DETERMINERS) \
            and "," not in gap_after(f.text, f.tokens, first - 1) and not roles.is_verb(f.tokens, first - 1):
        first -= 1
    if first > 0 and roles.is_verb(f.tokens, first - 1):
        return False  # the phrase is another verb's object, and the word at p says what it is ("told to keep
        # their windows closed")
    doers = {tok.stem for tok in f.tokens[first:p] if tok.is_content}
    return bool(acted_on & doers) and not {t.stem for t in terms if t.position < at} & doers


def _qualifies_the_same(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, p: int,
                        opposites: frozenset[str]) -> bool:
    """Whether the stop word at p is the claim word's opposite right before the word the claim word qualifies
    ("well paid" for "poorly paid"; not the "well" of "as well as")."""
    head = analysis.term_at.get(analysis.terms[k].position + 1)
    return (f.tokens[p].stem in opposites and head is not None and p + 1 < len(f.tokens)
            and f.tokens[p + 1].stem == analysis.terms[head].stem)


def _opposed(term: ClaimTerm, t: Token, opposites: frozenset[str], alternatives: frozenset[str],
             longer: tuple[str, ...]) -> bool:
    """Whether the sentence's word ``t`` is opposed to the claim's ``term``: one of its opposites (also inflected,
    or in a longer form), or it has the term among its own; for a verb, also a kind of the other's opposite, on
    either side (NatLog: a kind of X excludes whatever X excludes), and for a noun of action, the opposite of what
    the verb it comes from is a kind of."""
    if t.stem in opposites or (opposites and lexicon.base_stems(t.surface) & opposites):
        return True
    if (longer and t.stem.startswith(longer)) or term.stem in lexicon.opposite_stems(t.surface):
        return True
    if opposites and lexicon.opposed_through_synonym(t.surface, term.surface):  # "undermines" for "strengthens"
        return True
    if not term.verb:  # (a noun of action, by the verb it comes from: "pay reduction" / "pay increase")
        return t.stem in alternatives
    return (t.stem in alternatives or term.stem in lexicon.alternative_stems(t.surface)
            or bool(lexicon.general_stems(term.surface) & lexicon.opposite_stems(t.surface)))


def _first_word_names_a_kind(analysis: ClaimAnalysis) -> bool:
    """Whether the claim opens on a name that says which of a kind it speaks of, a name the next word (a noun)
    stands for: "Ukrainian forces are coercing ..." ("Russian forces" in that place is another value); in the
    possessive, whose the next word's thing is, a name itself or not ("France's Ministry of Defence"). A name
    that is the subject itself ("Smith died ...") is not: another person's doing the same is no rival value."""
    tokens = analysis.tokens
    possessive = fold(tokens[0].surface).endswith("'s")
    return (len(tokens) > 1 and any(t.name and t.position == 0 for t in analysis.terms)
            and tokens[1].is_content and (possessive or not tokens[1].capitalised) and tokens[1].number is None
            and not roles.is_verb(tokens, 1))


NEGATIVE_PREFIXES = ("in", "un", "non", "dis", "im", "il", "ir")


def _negative_form(word: str, of: str) -> bool:
    """Whether the word is the other one with a negative prefix ("insufficient", "unlawful"): an opposite that
    names the same property, wherever the sentence puts it ("the work is sufficient" / "the insufficient
    work")."""
    return len(of) >= 4 and any(word == prefix + of for prefix in NEGATIVE_PREFIXES)


PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "over"})


def _phrasal(analysis: ClaimAnalysis, k: int) -> bool:
    """Whether the claim's word k is a verb with its particle ("give up", "carry out"): another word than the
    verb alone, whose opposites ("give" / "take") are not its own ("give up their citizenship" / "take their own
    lives")."""
    after = analysis.terms[k].position + 1
    return analysis.terms[k].verb and after < len(analysis.tokens) and fold(analysis.tokens[after].surface) in PARTICLES


def _negated_in_another_form(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float]) -> list[int]:
    """Claim words the sentence has only in another form of the same verb, and negated there: an irregular past
    ("paid", "rose", "shot") is a word of its own to WordNet, so no stem joins it to "did not pay"."""
    out = []
    for k, term in enumerate(analysis.terms):
        if row[k] or term.negated or term.number is not None or term.name:
            continue
        lemma = lexicon.lemma_of(term.surface)
        if lemma == fold(term.surface):
            continue  # (only a form that no stem joins to its lemma)
        if any(lexicon.lemma_of(f.tokens[p].surface) == lemma and roles.is_verb(f.tokens, p)
               and in_place(analysis, k, f, p) for p in f.negated):
            out.append(k)
    return out


def negated_synonym(analysis: ClaimAnalysis, f: SentenceFeatures, k: int) -> int | None:
    """Where the sentence says the claim word k by a synonym or a derived form (WordNet), when it does so in the
    word's place and every such place is negated ("do not fully realize" for "do not fully understand"); None
    otherwise. A synonym said plainly there too leaves the negation in doubt."""
    kin = lexicon.kin_stems(analysis.terms[k].surface)
    if not kin or not f.negated:
        return None
    placed = [p for p, tok in enumerate(f.tokens) if tok.stem in kin and in_place(analysis, k, f, p)]
    return placed[0] if placed and all(p in f.negated for p in placed) else None


def _negated_in_place(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, term_stem: str) -> bool:
    """Whether the sentence, saying the word both plainly and negated, negates it where the claim has it:
    "into combat roles by promising well-paid non-combat positions" against "well-paid combat positions"."""
    placed = [p for p in f.positions.get(term_stem, ()) if in_place(analysis, k, f, p)]
    return bool(placed) and all(p in f.negated for p in placed)


def _plain_in_place(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, term_stem: str) -> bool:
    """Whether the sentence, saying the word both plainly and negated, says it plainly right before the word the
    claim's negated word qualifies: "into combat roles by promising well-paid non-combat positions" against "into
    non-combat roles"."""
    head = analysis.term_at.get(analysis.terms[k].position + 1)
    if head is None:
        return False
    spellings = (analysis.terms[head].stem, *analysis.terms[head].variants)
    placed = [p for p in f.positions.get(term_stem, ())
              if p + 1 < len(f.tokens) and f.tokens[p + 1].stem in spellings]
    return bool(placed) and not any(p in f.negated for p in placed)


NEGATIVE_IMPLICATIVE_STEMS = frozenset(stem(w) for w in NEGATIVE_IMPLICATIVES)


def _implicative_replaced(analysis: ClaimAnalysis, k: int, negators: set[str]) -> set[str]:
    """The claim's verb before "to" that governs the verb ``k`` ("agreed" in "agreed to reopen talks"), when the
    sentence negates ``k`` with a negative implicative ("refused to reopen talks"): the implicative stands in its
    place, so it is the word that differs, no part of the topic a contradiction needs."""
    position = analysis.terms[k].position
    if position < 2 or fold(analysis.tokens[position - 1].surface) != "to" or not negators & NEGATIVE_IMPLICATIVE_STEMS:
        return set()
    governing = analysis.term_at.get(position - 2)
    return {analysis.terms[governing].stem} if governing is not None and analysis.terms[governing].verb else set()


def _narrowed(analysis: ClaimAnalysis, k: int, f: SentenceFeatures, row: list[float]) -> set[str]:
    """The claim words that only narrow the verb ``k`` that the sentence negates, when it negates the verb
    alone: "Ambulances were not diverted, a spokesman said" against "Ambulances were diverted to Kingsford".

    Negation reverses entailment (natural logic: "not" is downward monotone), so "not diverted" says "not
    diverted to Kingsford" too: the claim words after the verb that the sentence lacks are no part of the topic
    the contradiction needs. Only when the negated verb ends its clause: "not diverted to Leeds" says nothing
    against Kingsford."""
    term = analysis.terms[k]
    if not term.verb:
        return set()
    ends = [p for p in f.positions.get(term.stem, ()) if p in f.negated and (
        p + 1 == len(f.tokens) or any(c in CLAUSE_END for c in gap_after(f.text, f.tokens, p)))]
    lacking = [j for j, t in enumerate(analysis.terms) if not row[j] and t.number is None]
    if not ends or not lacking or any(analysis.terms[j].position < term.position for j in lacking):
        return set()
    return {analysis.terms[j].stem for j in lacking}


def negation_elsewhere(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float]) -> str | None:
    """A claim word under negation that the sentence says plainly, when the sentence negates something else.

    Not a contradiction (the two negators may say the same thing in other words: "were not offered jobs",
    "were offered no jobs"), but never support either: "did not sign" is not supported by "signed, though
    not all of them"."""
    negated = {tok.stem for pos, tok in enumerate(f.tokens) if pos in f.negated}
    plain = {tok.stem for pos, tok in enumerate(f.tokens) if pos not in f.negated}
    for k, term in enumerate(analysis.terms):
        if term.negated and row[k] == 1.0 and term.stem in plain and term.stem not in negated:
            # A negating word with a meaning of its own ("postponed", "refused") is matched as a word.
            if fold(term.negator) not in LEXICAL_NEGATORS:
                return term.surface
    return None
