"""A claim read once before it meets any source: its content words, their weight and roles, its cues.

Each content word of the claim is a term: its stem, how rare it is in the sources (the weight it carries in
coverage), whether it is a name, a number or a verb, whether a negator of the claim bears on it, and the
close spellings the sources use for it (mobilisation / mobilization, recruit / recruitment).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz import fuzz, process

from .. import lexicon
from ..claims import Claim
from ..sources import Corpus
from ..text import LEXICAL_NEGATORS, NEGATORS, Token, fold, same_digits, stem, tokenize, words
from . import (cues, direction, effects, modality, negation, partitives, polarity, possession, roles, tallies,
               values)
from .connectives import ARTICLES, CONDITIONS, RELATIVE_PRONOUNS, THAT
from .decide import COMBINED_MIN_COVERAGE, CONTRADICTION_COVERAGE, MIN_COVERAGE
from .reports import VOUCHING_VERBS

FUZZY_CUTOFF = 85
SPELLING_CUTOFF = 75  # ... and for another spelling of one word, which WordNet lists as its synonym (defence / defense)
CAPITALS_SAMPLE = 50  # sentences read to tell whether the sources write a claim's first word as a name


@dataclass
class ClaimTerm:
    """One content word of the claim."""

    stem: str
    surface: str
    weight: float
    name: bool
    number: float | None
    variants: frozenset[str]  # other stems that count as this word (close spellings, synonyms, derived forms)
    negated: bool  # a negator of the claim bears on it
    position: int
    verb: bool  # read as a verb: what the claim says happened
    negator: str = ""  # the word that negates it, when one does ("not", "refused")

    @cached_property
    def spellings(self) -> tuple[str, ...]:
        """Its stem and its variants: every stem that stands for it in a passage."""
        return (self.stem, *self.variants)


@dataclass
class ClaimAnalysis:
    """A claim (or one of its `also:` wordings) read for matching."""

    claim: Claim
    text: str
    terms: list[ClaimTerm]
    tokens: list[Token]
    total_weight: float
    pairs: list[tuple[int, int]]  # indices into terms of adjacent content words
    required: list[frozenset[str]] = field(default_factory=list)
    # Negating words with a meaning of their own (exempt, refused, denied): indices into terms.
    lexical_negators: list[int] = field(default_factory=list)
    cues: frozenset[str] = frozenset()  # hedge and denial words the claim itself uses
    scale_words: tuple[Token, ...] = ()  # quantifiers and words of time, frequency and comparison

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(t.stem for t in self.terms)

    @cached_property
    def directions(self) -> direction.Places:
        """The places the claim puts after "from", "to", "for" and "against" (``direction.places``)."""
        return direction.places(self.tokens, self.text)

    @cached_property
    def ordered_pairs(self) -> dict[tuple[float, float], str]:
        """The claim's ordered pairs of numbers ("by 24 votes to 31": ``tallies.ordered_pairs``), read once."""
        return tallies.ordered_pairs(self.tokens, self.text)

    @cached_property
    def counts(self) -> dict[float, str]:
        """The claim's numbers that are no whole of a partitive (``partitives.counts``), read once."""
        return partitives.counts(self.tokens, self.text)

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        """Indices into terms of the claim's lengths of time counted by "a" or "an" (``values.length_by_article``):
        counts without a number, which must stand where the claim is held and be found, as a number must
        (``window``)."""
        return tuple(k for k, t in enumerate(self.terms) if values.length_by_article(self.tokens, t.position))

    @cached_property
    def possessive_verb(self) -> str | None:
        """The claim's "has" when it is the claim's only verb (``possession.possessive_verb``), read once."""
        return None if self.verbs else possession.possessive_verb(self.tokens)

    @cached_property
    def main_object(self) -> list[int]:
        """Token positions of the object right after the claim's main verb (``roles.object_after``: "stole the payment
        card details"), read once; empty when it has none."""
        k = self.main_verb
        return [] if k is None else roles.object_after(self.tokens, self.text, self.terms[k].position)

    @cached_property
    def objects(self) -> dict[int, list[int]]:
        """Each claim verb's object: the terms of the phrase right after it (``roles.object_after``), read once."""
        return {k: [self.term_at[p] for p in roles.object_after(self.tokens, self.text, self.terms[k].position)
                    if p in self.term_at] for k in self.verbs}

    @cached_property
    def null_relation(self) -> effects.NullRelation | None:
        """The claim's "no effect on", "no link with", if it says one (``effects.null_relation``)."""
        return effects.null_relation(self)

    @cached_property
    def counted_ones(self) -> dict[str, str]:
        """The nouns the claim counts one of ("within an hour": ``values.counted_ones``)."""
        return values.counted_ones(self.tokens)

    @cached_property
    def aside_negators(self) -> frozenset[str]:
        """The stems of "rather than" and "instead of" when the claim sets something aside with one
        (``negation.setting_aside``), read once."""
        return negation.setting_aside(self.tokens)

    @cached_property
    def privatives(self) -> dict[str, dict[str, str]]:
        """What the claim puts after "with" and "without" (``negation.privative_phrases``)."""
        return negation.privative_phrases(self.tokens, self.text)

    @cached_property
    def term_at(self) -> dict[int, int]:
        """Token position -> index into terms, for the positions that hold a term."""
        return {t.position: k for k, t in enumerate(self.terms)}

    @cached_property
    def obligation(self) -> modality.Obligation | None:
        """The deontic modal over the claim's verbs ("must register", "do not have to register"), if any."""
        return modality.obligation_over(self.tokens, [self.terms[k].position for k in self.verbs], self.text)

    @cached_property
    def acronyms(self) -> dict[int, re.Pattern[str]]:
        """Term index -> how a source may write, by its initials, the name of several words the term is part of
        ("United States": "US", "U.S."). Names of two to five capitalised words only."""
        out: dict[int, re.Pattern[str]] = {}
        run: list[int] = []
        for i, tok in enumerate([*self.tokens, None]):
            if (tok is not None and tok.capitalised and tok.is_content and tok.surface.isalpha()
                    and not tok.surface.isupper() and i in self.term_at):  # (an acronym is no word of a longer name)
                run.append(i)
                continue
            if 2 <= len(run) <= 5:
                letters = [self.tokens[j].surface[0].upper() for j in run]
                pattern = re.compile(r"\b" + "".join(re.escape(c) + r"\.?" for c in letters) + r"(?![\w.])|\b"
                                     + "".join(letters) + r"\b")
                for j in run:
                    out[self.term_at[j]] = pattern
            run = []
        return out

    @cached_property
    def name_stems(self) -> frozenset[str]:
        """The stems of the claim's names, and their close spellings in the sources."""
        return frozenset(st for t in self.terms if t.name for st in t.spellings)

    @cached_property
    def negated(self) -> list[int]:
        """Indices into terms of the words a negator of the claim bears on."""
        return [k for k, t in enumerate(self.terms) if t.negated]

    @cached_property
    def verbs(self) -> list[int]:
        """Indices into terms of the claim's verbs."""
        return [k for k, t in enumerate(self.terms) if t.verb]

    @cached_property
    def main_verb(self) -> int | None:
        """Index into terms of the verb the claim asserts: its first verb that does not open a relative or
        conditional clause of its own ("Prisoners who do not sign are sent to solitary confinement": "sent", not
        "sign", which only says which prisoners). None when the claim has no verb."""
        for k in self.verbs:
            at = self.terms[k].position
            if not _in_subordinate_clause(self.tokens, at) and not (
                    (_reduced_relative(self.tokens, at) or _gerund_of_adjunct(self.tokens, at)
                     or _infinitive_of_noun(self.tokens, at))
                    and k != self.verbs[-1]):
                return k
        return self.verbs[0] if self.verbs else None

    @cached_property
    def reporting_verbs(self) -> frozenset[int]:
        """Indices into terms of verbs of saying or finding that report a clause with a verb of its own ("The
        tribunal found that riders could set their own prices": found): the frame; the clause's verb is what the
        claim says happened."""
        tokens = self.tokens
        return frozenset(k for k in self.verbs if _reports(self.terms[k].surface)
                         and self.terms[k].position + 1 < len(tokens)
                         and fold(tokens[self.terms[k].position + 1].surface) == "that"
                         and any(self.terms[j].position > self.terms[k].position for j in self.verbs))

    def after_to(self, k: int | None) -> bool:
        """Whether the claim puts its word k after "to" ("agreed to pay": pay)."""
        at = -1 if k is None else self.terms[k].position
        return at > 0 and fold(self.tokens[at - 1].surface) == "to"

    def in_subordinate(self, k: int) -> bool:
        """Whether the claim's verb k opens a clause of its own that says which ("who beat", "if they sign")."""
        return _in_subordinate_clause(self.tokens, self.terms[k].position)

    def says_which(self, k: int) -> bool:
        """Whether the claim's verb k only says which of a noun it means: in a clause of its own (``in_subordinate``)
        or a participle in -ing right after the noun ("A group representing blind people")."""
        return self.in_subordinate(k) or _reduced_relative(self.tokens, self.terms[k].position)

    @cached_property
    def own_scopes(self) -> list[polarity.Scope]:
        """The claim's own cues and what each governs, read as a passage's are (``polarity.scopes``)."""
        return polarity.scopes(self.tokens, self.text, of_claim=True)

    @cached_property
    def open_cue(self) -> str:
        """The cue when the claim is itself hedged or asked ("may", "whether"), else "": a cue governs it as it
        would a passage, over its main verb or most of its words ("The trust said there was no evidence that
        patient data had been taken")."""
        verb = [] if self.main_verb is None else [self.terms[self.main_verb].position]
        own = polarity.stance_of(self.own_scopes, range(len(self.tokens)),
                                 frozenset(), verb)
        return own.cue if own.mood is polarity.Mood.OPEN else ""

    @cached_property
    def reported_cues(self) -> frozenset[str]:
        """The cues of reported content the claim itself tells of, folded ("Another theory is that X": "theory is
        that"), and the stems of their first words: the claim asserts the report, so a passage that says the same
        words reports what the claim does, in its own order ("advised walkers to" / "have been advised to")."""
        cues = [fold(scope.cue) for scope in polarity.scopes(self.tokens, self.text)
                if scope.mood is polarity.Mood.OPEN]
        return frozenset(cues) | {stem(cue.split()[0]) for cue in cues if cue.split()}

    @cached_property
    def former_terms(self) -> frozenset[int]:
        """The claim words (term indices) its own word of a time gone by bears on: after "Previously," the rest of
        the clause ("Previously, a passport was a mortal threat"); after "once" in an aside, the aside ("a
        passport, once a privilege for a migrant, has become a mortal threat": privilege, migrant). Empty when the
        claim has no such word."""
        tokens = self.tokens
        at = next((i for i, t in enumerate(tokens) if fold(t.surface) in polarity.FORMERLY), None)
        if at is None or at + 1 >= len(tokens):
            return frozenset()
        sentence_adverb = "," in self.text[tokens[at].end : tokens[at + 1].start]
        end = cues.clause_end(self.text, tokens, at + 1, stop_at_comma=not sentence_adverb)
        return frozenset(k for k, t in enumerate(self.terms) if at < t.position <= end)

    @cached_property
    def denies(self) -> bool:
        """Whether the claim says its event did not happen: a denial of its own over its words ("Officials denied
        that X", "staff prevented them from beating"), or a negator on its main verb ("did not evacuate", "failed to
        evacuate")."""
        return bool(self.denying_words)

    @cached_property
    def denying_words(self) -> frozenset[str]:
        """The words by which the claim says its event did not happen (the negator on its main verb, or the words of
        a denial of its own over one of its verbs or most of its words), folded; empty when it says no such thing."""
        k = self.main_verb
        if k is not None and self.terms[k].negated:
            return frozenset({fold(self.terms[k].negator)})
        verb = [self.terms[j].position for j in self.verbs]  # (any of them: "staff prevented the prisoners from
        # beating the inmates" denies the beating, its main verb the preventing)
        own = polarity.stance_of(self.own_scopes,
                                 [t.position for t in self.terms], frozenset(), verb)
        return frozenset(fold(w) for w in own.cue.split() if w != "...") if own.mood is polarity.Mood.DENIED else (
            frozenset())

    @cached_property
    def own_denial(self) -> tuple[str, frozenset[int]]:
        """The claim's own denial by a verb that is no negator ("colony staff prevented other prisoners from beating
        the inmates", "has yet to confirm"), and the claim words it bears on (term indices): a passage must deny
        them too. ("", empty) when there is none; a negator's ("failed to", "refused to") is read as negation."""
        for scope in self.own_scopes:
            if scope.mood is polarity.Mood.DENIED and fold(scope.cue.split()[0]) not in NEGATORS:
                held = frozenset(k for k, t in enumerate(self.terms) if scope.covers(t.position))
                if held:
                    return scope.cue, held
        return "", frozenset()

    @cached_property
    def subject(self) -> list[int]:
        """Indices into terms of the words before the claim's last verb: what the claim is about
        ("Hydroxychloroquine does not lower the risk"). A passage without them speaks of something else. (The
        last verb: a noun read as a verb, "Police raids ... stopped", must not leave the subject out.)"""
        if not self.verbs:
            return []
        verb = self.terms[self.verbs[-1]].position
        return [k for k, t in enumerate(self.terms)
                if t.position < verb and t.number is None and not self.tokens[t.position].is_negator]

    @cached_property
    def predicate_adjective(self) -> int | None:
        """Index into terms of the adjective a form of "be" says of the subject, before any verb ("Participation
        ... is legal under ...", "COVID-19 is not dangerous", "is highly contagious"), or in the clause a verb of
        saying reports ("The trust announced that its investigation was complete"): the claim's predicate. None
        when there is none, or when the adjective qualifies a noun after it ("was a regular substitute
        presenter"). Failing that, the adjective the claim's first verb says of its object (``_object_complement``).
        An adjective that is a verb's base form too ("complete", "clear") is one; a participle
        ("closed", "made") says what was done, and is left to the verbs."""
        tokens = self.tokens
        finite = sorted(self.terms[k].position for k in self.verbs  # (not an infinitive inside the subject:
                        if fold(tokens[self.terms[k].position - 1].surface) != "to")  # "attempts to lure ... have
        first_verb = finite[0] if finite else len(tokens)  # been rare")
        found = self._adjective_after_copula(1, first_verb)
        if found is None and first_verb < len(tokens) and _reports(tokens[first_verb].surface):
            # a reported clause's own ("The trust said its investigation was nearly complete")
            start = first_verb + 1 + (first_verb + 1 < len(tokens) and fold(tokens[first_verb + 1].surface) == "that")
            then = finite[1] if len(finite) > 1 else len(tokens)
            found = self._adjective_after_copula(start + 1, then)
        if found is None and finite:
            found = self._object_complement(finite[0])
        return found

    @cached_property
    def title(self) -> tuple[int, int] | None:
        """(the name's last word, the title's head), indices into terms, of a claim that says what a named person is:
        "Priya Nair is Eastline Rail's chief executive" (Nair, executive). None for any other claim."""
        tokens = self.tokens
        copula = next((i for i in range(1, len(tokens)) if fold(tokens[i].surface) in roles.COPULAS), None)
        if copula is None or any(self.terms[k].position < copula for k in self.verbs):
            return None
        name = self.term_at.get(copula - 1)
        if name is None or not self.terms[name].name or not all(
                t.capitalised for t in tokens[:copula] if t.is_content):
            return None  # (the subject is a name, all of it)
        j = copula + 1
        while j < len(tokens) and (fold(tokens[j].surface) in roles.DETERMINERS or tokens[j].capitalised):
            j += 1  # past "the", "Eastline Rail's"
        head = None
        while j < len(tokens) and tokens[j].is_content and not tokens[j].capitalised and tokens[j].number is None:
            head = j
            j += 1
        if head is None:
            return None
        k = self.term_at.get(head)
        if k is None or self.terms[k].verb or _participle(tokens[head].surface) or not lexicon.mostly(
                tokens[head].surface, "n"):
            return None
        return name, k

    def _object_complement(self, verb: int) -> int | None:
        """The adjective a verb says of its object, after it at the clause's end ("found the structure unsafe",
        "declared the building safe for use"): the claim's predicate, as "The structure was unsafe" has it. None
        when the adjective qualifies a noun after it ("found the old bridge")."""
        tokens = self.tokens
        j = verb + 1
        while j < len(tokens) and fold(tokens[j].surface) in roles.DETERMINERS:
            j += 1
        nouns = 0
        if j < len(tokens) and fold(tokens[j].surface) in OBJECT_PRONOUNS:
            j += 1
            nouns += 1
        while j < len(tokens) and tokens[j].is_content and (lexicon.mostly(tokens[j].surface, "n") or (
                tokens[j].capitalised and not lexicon.mostly(tokens[j].surface, "a"))):
            j += 1  # (a name is a noun: "rated Hollins Academy good")
            nouns += 1
        while j < len(tokens) and lexicon.mostly_ly_adverb(tokens[j].surface):
            j += 1
        k = self.term_at.get(j)
        if not nouns or k is None or (j + 1 < len(tokens) and tokens[j + 1].is_content):
            return None
        term = self.terms[k]
        adjective = (term.number is None and not term.name and not term.verb and lexicon.mostly(term.surface, "a")
                     and not _participle(term.surface) and lexicon.inflected_from(term.surface) is None)
        return k if adjective else None  # (as written: a plural is no adjective, "Indian civilians")

    def _adjective_after_copula(self, start: int, end: int) -> int | None:
        """The adjective right after the first form of "be" in tokens[start:end] (past adverbs in -ly), or None."""
        tokens = self.tokens
        term_at = self.term_at
        for i in range(start, min(end, len(tokens))):
            if fold(tokens[i].surface) not in roles.COPULAS:
                continue
            j = next((j for j in range(i + 1, len(tokens)) if tokens[j].is_content and not tokens[j].is_negator
                      and not lexicon.mostly_ly_adverb(tokens[j].surface)), -1)
            k = term_at.get(j)
            if k is None or negation.implied(tokens, j) is not None:  # ("were able to isolate": the isolating)
                return None
            if self.terms[k].verb and _participle(tokens[j].surface) and term_at.get(j + 1) is not None:
                k, j = term_at[j + 1], j + 1  # what a passive says its subject was found or judged: "was judged
                # good", "was found guilty" (the verb's object complement)
            term = self.terms[k]
            attributive = (j + 1 < len(tokens) and tokens[j + 1].is_content and tokens[j + 1].number is None) or any(
                fold(t.surface) in ARTICLES for t in tokens[i + 1 : j])  # "a regular substitute presenter", "a
            # beneficial and effective means": an article opens a noun phrase, which the adjective qualifies
            adjective = (term.number is None and not term.name and not term.verb and not attributive
                         and ((lexicon.mostly(term.surface, "a") and not _participle(term.surface))
                              or roles.base_form_adjective(term.surface)))
            return k if adjective else None
        return None

    @cached_property
    def predicate_noun(self) -> int | None:
        """Index into terms of the noun a form of "be" says the subject is, in a claim with no verb of its own ("It
        was the first drone incident at the airport this year": incident), or what it compares it with ("was above
        the average"): the head of the noun phrase after the copula (and a preposition of COMPARING), its last
        content word before a function word. None when the claim has a verb, or no such noun."""
        if self.verbs:
            return None
        tokens = self.tokens
        at = next((i for i, t in enumerate(tokens) if fold(t.surface) in roles.COPULAS), None)
        if at is None:
            return None
        compared = at + 1 < len(tokens) and fold(tokens[at + 1].surface) in COMPARING
        if compared:
            at += 1  # ("was above the average for universities of its size": what it is measured against)
        head: int | None = None
        for j in range(at + 1, len(tokens)):
            if any(c in self.text[tokens[j - 1].end : tokens[j].start] for c in ",;:()"):
                break
            if not tokens[j].is_content:
                if head is not None or fold(tokens[j].surface) not in roles.DETERMINERS:
                    break  # (a preposition first: "is in the collection of", a place, no noun it is)
                continue
            head = j
        k = self.term_at.get(head) if head is not None else None
        if k is None or self.terms[k].name or self.terms[k].number is not None:
            return None
        return k if compared or lexicon.mostly(self.terms[k].surface, "n") else None

    @cached_property
    def unnamed_subject(self) -> bool:
        """Whether the claim says nothing of what it is about before its first verb ("It took five years to
        make", "He was recalled"): a pronoun its own context resolved, which a passage cannot be checked
        against."""
        if not self.verbs:
            return False
        first = self.terms[self.verbs[0]].position
        return not any(t.position < first and t.number is None for t in self.terms)  # "In 2015, she came ..."

    @cached_property
    def replaceable_share(self) -> float:
        """The largest share of the claim's weight one word could hold (a rival name or an opposite replaces
        one word): a window below CONTRADICTION_COVERAGE
        times (1 - this) cannot reach it even with that name left out as replaced, so it cannot contradict."""
        words = [t for t in self.terms if t.number is None]
        total = sum(t.weight for t in words) or 1.0
        null = self.null_relation  # ("no impact": both words are what a passage of an effect says otherwise)
        saying_no = sum(self.terms[k].weight for k in null.words) / total if null is not None else 0.0
        return max([t.weight / total for t in words] + [saying_no])

    @cached_property
    def stance_floor(self) -> float:
        """The least coverage with which a window can support, contradict or begin a combined candidate."""
        return min(MIN_COVERAGE, COMBINED_MIN_COVERAGE, CONTRADICTION_COVERAGE * (1 - self.replaceable_share))


def _another_word(mine: lexicon.Entry | None, choice: str) -> bool:
    """Whether a sources' stem spelled nearly as a claim word is a word of its own that WordNet knows, other than the
    claim word's ("project" for "protect"): another word, not another spelling (those WordNet lists as synonyms)."""
    theirs = lexicon.lookup(choice)
    return mine is not None and theirs is not None and theirs.word != mine.word and stem(theirs.word) != stem(mine.word)


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})


def _reports(word: str) -> bool:
    """Whether the word is a form of a verb of saying that reports a clause ("said", "announced")."""
    entry = lexicon.entry_of(word)
    return entry is not None and entry.word in VOUCHING_VERBS


def _all_of_a_period(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is "all" before a singular noun of time ("banned phones all day", "all summer"): a
    stretch of time, the whole of one, not a quantifier over a set the passage's "none" or "some" may rival."""
    return (fold(tokens[i].surface) == "all" and i + 1 < len(tokens)
            and lexicon.time_period(tokens[i + 1].surface))


def _participle(word: str) -> bool:
    """Whether the word is a form of a verb ("made", "closed"): "can be made of wood" says what is done."""
    if not lexicon.written_past(word):
        return False  # a verb's base form is no participle: "was nearly complete", "is clear"
    base = lexicon.base_entry(word)
    return lexicon.verb_share(word) > 0 or (base is not None and base.verb_share > 0)


def _identifier(word: str) -> bool:
    """Letters and digits in one word: a model, a strain, a code ("SARS-CoV-2", "A320", "G7")."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


SUBORDINATORS = RELATIVE_PRONOUNS | THAT | CONDITIONS | frozenset({"when", "whenever"})
"""Words that open a clause which restricts or conditions the claim's main one ("prisoners who refuse to
sign", "if they refuse"): a closed class."""


def _reduced_relative(tokens: Sequence[Token], at: int) -> bool:
    """Whether the verb at ``at`` is a participle in -ing right after a noun, a reduced relative clause that says
    which ("migrants working in occupied territories have signed contracts": "signed" is what the claim says)."""
    return (fold(tokens[at].surface).endswith("ing") and at > 0 and tokens[at - 1].is_content
            and tokens[at - 1].number is None and not tokens[at - 1].is_negator)


def _gerund_of_adjunct(tokens: Sequence[Token], at: int) -> bool:
    """Whether the verb at ``at`` is a form in -ing right after a preposition ("Instead of attending his local
    school, Lecque decided ...", "After signing the contract, they were sent ..."): a phrase that says when, how or
    instead of what, not what the claim asserts."""
    return at > 0 and fold(tokens[at].surface).endswith("ing") and fold(tokens[at - 1].surface) in ADJUNCT_OPENERS


def _infinitive_of_noun(tokens: Sequence[Token], at: int) -> bool:
    """Whether the verb at ``at`` follows "to" after a noun ("A plan to fit solar panels ... received funding",
    "attempts to lure them have been rare"): it says which plan, not what the claim asserts of it."""
    if at < 2 or fold(tokens[at - 1].surface) != "to":
        return False
    noun = tokens[at - 2]
    w = fold(noun.surface)
    past = lexicon.lemma_of(w) != w or (w.endswith("ed") and lexicon.mostly(w, "v"))  # ("They tried to convince")
    return noun.is_content and noun.number is None and not past and not roles.is_verb(tokens, at - 2)


ADJUNCT_OPENERS = roles.PREPOSITIONS | {"after", "before", "instead"}
"""Words before a form in -ing that make it a phrase of when, how or instead of what ("after signing")."""


COMPARING = frozenset({"above", "below", "over", "under", "beneath", "beyond", "within"})
"""Prepositions after a form of "be" that compare the subject with what follows: that is what the claim says of it."""


def _in_subordinate_clause(tokens: Sequence[Token], at: int) -> bool:
    """Whether the verb at ``at`` follows one of SUBORDINATORS with only function words between: its clause's
    verb ("who do not sign"); or one that opens a clause with a subject of its own (``WITH_SUBJECT``), past that
    subject's words ("when the sea wall was breached")."""
    for j in range(at - 1, max(-1, at - 5), -1):
        word = fold(tokens[j].surface)
        if word in SUBORDINATORS:
            return True
        if tokens[j].is_content and not tokens[j].is_negator:
            break
    for j in range(at - 1, max(-1, at - 1 - SUBJECT_REACH), -1):
        if fold(tokens[j].surface) in WITH_SUBJECT:
            return not (j > 0 and cues.telling_verb(tokens[j - 1].surface))  # (not what a verb tells, asks or knows:
            # "were told when loading would restart", "asked if")
        if tokens[j].is_content and roles.is_verb(tokens, j):
            return False
    return False


WITH_SUBJECT = CONDITIONS | frozenset({"when", "whenever"})
"""The SUBORDINATORS whose clause has a subject of its own before its verb ("if the council agrees")."""
SUBJECT_REACH = 6  # words between such an opener and its clause's verb ("when the sea wall was breached")


class ClaimReader:
    """Reads claims against the words the sources use: their rarity, and the close spellings of a claim's words."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.postings = corpus.sentences_with
        vocabulary = [st for st in self.postings if len(st) >= 5 and not st.startswith("#")]
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_start: dict[str, list[str]] = defaultdict(list)
        for st in vocabulary:
            self._by_start[st[:2]].append(st)
            if len(st) >= 6:
                self._by_prefix[st[:6]].append(st)

    def read(self, claim: Claim, text: str | None = None) -> ClaimAnalysis:
        text = text or claim.text
        tokens = tokenize(text)
        negated = negation.negated(tokens, text, of_claim=True)
        verbs = set(roles.predicates(tokens))
        terms: list[ClaimTerm] = []
        seen: dict[str, int] = {}  # stem -> index into terms
        for pos, tok in enumerate(tokens):
            if not tok.is_content:
                continue
            if tok.stem in seen:
                k = seen[tok.stem]
                if pos in negated and pos in verbs and not terms[k].negated:
                    # "summers of painting ... I was not painting": the negated verb is what the claim says
                    # ("with antibodies ... than without antibodies" compares: a noun keeps its first reading)
                    terms[k] = replace(terms[k], negated=True, negator=negated[pos], verb=True)
                continue
            seen[tok.stem] = len(terms)
            # A word with digits in it (SARS-CoV-2, COVID-19, A320) names one thing, wherever it stands.
            is_name = tok.number is None and ((tok.capitalised and (pos > 0 or self._first_word_a_name(tokens)))
                                              or _identifier(tok.surface))
            weight = self.corpus.idf(tok.stem) if tok.number is None else 0.0
            if tok.number is None and tok.stem not in self.postings:
                weight = math.log(self.corpus.n_sentences + 1) + 1.0  # a word no source uses
            if negation.implied(tokens, pos) is not None:
                weight = 0.0  # "were able to isolate", "managed to sign": the complement is what is said
            if pos in verbs and lexicon.occurrence_verb(tok.surface):
                weight = 0.0  # "The derailment happened at 10 a.m.": what happened, and when, is what is said
            variants: frozenset[str] = frozenset()
            if tok.number is None:
                # (WordNet synonyms are not variants: as coverage they let in more wrong support than right,
                # measured on wice-dev; they serve the verb check and the alignment shown by `explain`.)
                variants = frozenset(self._close_spellings(tok.stem, tok.surface))
            terms.append(ClaimTerm(tok.stem, tok.surface, weight, is_name, tok.number, variants, pos in negated, pos,
                                   pos in verbs, negated.get(pos, "")))
        word_terms = [i for i, t in enumerate(terms) if t.number is None]
        pairs = list(zip(word_terms, word_terms[1:]))
        required = [frozenset({stem(fold(w)) for w in r.split()}) for r in claim.require]
        total = sum(t.weight for t in terms) or 1.0
        lexical = sorted({k for k, t in enumerate(terms) for n, negator in negated.items()
                          if fold(negator) in LEXICAL_NEGATORS and stem(fold(negator)) == t.stem})
        lexical += sorted(k for k, t in enumerate(terms) if fold(t.surface) in LEXICAL_NEGATORS and k not in lexical)
        scale_words = tuple(t for i, t in enumerate(tokens) if (lexicon.scale_opposites(t.surface)
                                                                 or lexicon.scale_place(t.surface))
                            and not _all_of_a_period(tokens, i))
        return ClaimAnalysis(claim, text, terms, tokens, total, pairs, required, lexical,
                             polarity.claim_cues(tokens, text), scale_words)

    def _first_word_a_name(self, tokens: list[Token]) -> bool:
        """Whether the claim's capitalised first word is a name: as the sources write it inside their sentences,
        capitalised more often than not; where they never do, as WordNet writes it (capitalised in every sense:
        "France's Ministry of Defence"), or, a word WordNet does not know, as the first of a name's words ("Maisie
        Harding", "Harwood Foods")."""
        tok = tokens[0]
        capital = lower = 0
        for s_index, i in self.postings.get(tok.stem, ())[:CAPITALS_SAMPLE]:
            for word in words(self.corpus.sources[s_index].sentence_text(i))[1:]:
                if word.stem == tok.stem:
                    capital += word.surface[0].isupper()
                    lower += not word.surface[0].isupper()
        if capital or lower:
            return capital > lower
        return lexicon.only_a_name(tok.surface) or (
            lexicon.lookup(tok.surface) is None and len(tokens) > 1 and tokens[1].capitalised
            and tokens[1].number is None)

    def _close_spellings(self, st: str, surface: str) -> list[str]:
        """The sources' stems spelled nearly as this one: within FUZZY_CUTOFF, or within SPELLING_CUTOFF when WordNet
        lists the two as synonyms in one of its senses (another spelling of one word: *defence* / *defense*); for a
        name, also the forms WordNet derives from it (*Nepalese* / *Nepal*)."""
        forms = ([v for v in lexicon.name_form_stems(surface) if v != st and v in self.postings]
                 if surface[:1].isupper() else [])
        if len(st) < 5:
            return forms
        near = process.extract(st, self._by_start.get(st[:2], ()), scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF,
                               limit=8)
        found = [(choice, score) for choice, score, _ in near if choice != st and same_digits(choice, st)]
        synonyms = lexicon.sense_stems(surface) if found else frozenset()
        mine = None if surface[:1].isupper() else lexicon.entry_of(surface)  # (a name's spellings are its own)
        out = forms + [choice for choice, score in found if choice in synonyms or (
            score >= FUZZY_CUTOFF and not _another_word(mine, choice))]
        # A shared beginning of six letters or more (recruit / recruitment) also counts.
        if len(st) >= 6:
            out.extend(v for v in self._by_prefix.get(st[:6], ()) if v != st and (v.startswith(st) or st.startswith(v))
                       and same_digits(v, st))
        return out
