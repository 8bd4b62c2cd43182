"""What one sentence says of a claim: read once, whatever window it stands in.

A sentence of a source is the anchor of several windows (alone, with the sentence before, with the one
after...), and a neighbour in several more. Everything the matcher reads from the sentence itself (its more
specific words, where the claim's words stand, its conflicts, the cue that governs the claim, the roles) does
not depend on the window, so it is read once per claim and sentence, and only when a window asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from ..text import fold
from . import (align, clauses, counted, direction, exclusives, governed, identity, markers, modality, modifiers,
               particles, polarity, possessors, relatives, roles, slots, substitution, swaps, titles)
from .analysis import ClaimAnalysis
from .conflicts import Conflict, find_conflicts, negated_synonym, negation_elsewhere
from .scales import all_said_in_place, scale_mismatch, unplaced_rivals
from .features import SentenceFeatures
from .places import in_place


class Reading:
    """One sentence read against one claim. ``row``: how well the sentence has each claim word (term_matches)."""

    def __init__(self, analysis: ClaimAnalysis, features: SentenceFeatures, row: list[float],
                 one_name: Callable[[str, str], bool] = lambda a, b: False) -> None:
        self.analysis = analysis
        self.features = features
        self.row = row
        self.one_name = one_name  # whether two name stems are parts of one name in the source

    @cached_property
    def specific(self) -> dict[int, str]:
        """Claim words the sentence names by a more specific word, by term index."""
        return align.more_specific(self.analysis, self.features, self.row)

    @cached_property
    def aligned(self) -> dict[int, list[int]]:
        """Where each claim word stands in the sentence (term index -> token positions)."""
        return align.aligned_positions(self.analysis, self.features, self.specific)

    @cached_property
    def conflicts(self) -> tuple[list[Conflict], set[str]]:
        """What in the sentence says otherwise, and the claim words a rival replaces (``find_conflicts``)."""
        return find_conflicts(self.analysis, self.features, self.row, self.one_name)

    @cached_property
    def mood(self) -> polarity.Stance:
        """Whether the sentence asserts, denies or leaves open what it says of the claim's words."""
        analysis, aligned = self.analysis, self.aligned
        k = analysis.main_verb
        verb = [] if k is None else aligned.get(k, [])
        if k is not None and len(verb) > 1:  # (the verb twice: where it has the claim's words about it, "will
            # close six of its beds after failing to close a gap in its budget")
            verb = [p for p in verb if in_place(analysis, k, self.features, p)] or verb
        plain = bool(verb) and not analysis.after_to(analysis.main_verb)
        if not verb:  # the sentence may say the claim's event with another of its words as the verb ("gave a
            # comment" / "declined to comment"): where the claim's verb is not there, those verbs stand for it
            tokens = self.features.tokens
            verb = [p for ps in aligned.values() for p in ps if roles.is_verb(tokens, p)]
        return polarity.stance_of(self.features.scopes, sorted(p for ps in aligned.values() for p in ps),
                                  analysis.cues, verb, plain)

    @cached_property
    def former_elsewhere(self) -> str | None:
        """The claim's own "previously" when the sentence says it of other words than those it bears on in the
        claim."""
        analysis, aligned = self.analysis, self.aligned
        return polarity.former_elsewhere(self.features.scopes, sorted(p for k in analysis.former_terms
                                                                      for p in aligned.get(k, ())), analysis.cues)

    @cached_property
    def denial_agrees(self) -> bool:
        """Whether the sentence's denial says what the claim says: the claim says its event did not happen, and the
        passage denies that it did, with no negator inside what it denies ("Officials denied that X" / "rejected
        claims that X"; not "denied that the staff did not evacuate", which denies the claim)."""
        if not self.analysis.denies or self.mood.mood is not polarity.Mood.DENIED:
            return False
        f, own = self.features, self.analysis.denying_words
        denials = [scope for scope in f.scopes if scope.mood is polarity.Mood.DENIED and scope.cue == self.mood.cue]
        return bool(denials) and not any(  # (what it denies holds no negation, nor the claim's words of denial)
            scope.covers(p) and (tok.is_negator or p in f.negated or fold(tok.surface) in own)
            for scope in denials for p, tok in enumerate(f.tokens))

    @cached_property
    def undenied(self) -> str | None:
        """The claim's own denial ("prevented ... from beating"), when the sentence has the words it bears on and
        neither denies nor negates them there ("calls ... for other prisoners to beat")."""
        cue, held = self.analysis.own_denial
        places = [p for k in held for p in self.aligned.get(k, ())]
        if not cue or not places:
            return None
        f = self.features
        if any(p in f.negated for p in places) or any(
                scope.mood is polarity.Mood.DENIED and scope.covers(p) for scope in f.scopes for p in places):
            return None
        return cue

    @cached_property
    def missing_verb(self) -> str | None:
        return align.missing_verb(self.analysis, self.features, self.specific)

    @cached_property
    def missing_main_verb(self) -> str | None:
        return align.missing_main_verb(self.analysis, self.features, self.specific)

    @cached_property
    def replaced_verb(self) -> tuple[str, str] | None:
        """(claim verb, sentence verb) when another, unrelated verb stands in the place of the claim's."""
        return (substitution.replaced_verb(self.analysis, self.features, self.aligned, self.row, self.specific)
                or particles.other_phrasal(self.analysis, self.features, self.aligned))

    @cached_property
    def other_counted(self) -> tuple[str, str] | None:
        """(claim noun, sentence noun) when the sentence's number the claim has counts something else."""
        return counted.counts_another_thing(self.analysis, self.features)

    @cached_property
    def other_clause(self) -> tuple[str, str] | None:
        """(claim word, contrast word) when a claim word stands only in a clause set against the claim's."""
        return clauses.from_other_clause(self.analysis, self.features, self.aligned)

    @cached_property
    def in_relative(self) -> tuple[str, str] | None:
        """(claim word, the word it is said of) when a claim word, or the claim's verb, stands only in a relative
        clause set off by commas, which says something of its own (``relatives``)."""
        return (relatives.said_in_relative(self.analysis, self.features, self.aligned)
                or relatives.verb_of_antecedent(self.analysis, self.features, self.aligned))

    @cached_property
    def missing_predicate(self) -> str | None:
        return align.missing_predicate(self.analysis, self.features, self.specific, self.aligned)

    @cached_property
    def unplaced_negation(self) -> str | None:
        """A claim word under negation that the sentence lacks, or says plainly while negating something else."""
        analysis = self.analysis
        unplaced = next((analysis.terms[k].surface for k in analysis.negated if k not in self.aligned
                         and negated_synonym(analysis, self.features, k) is None), None)
        if unplaced is None and analysis.negated:
            return negation_elsewhere(analysis, self.features, self.row)
        return unplaced

    @cached_property
    def swapped(self) -> tuple[str, str] | None:
        """Claim words the sentence puts the other way round: a verb's two sides, or two words each in the
        other's place."""
        return (align.swapped(self.analysis, self.features, self.aligned)
                or swaps.exchanged(self.analysis, self.features))

    @cached_property
    def other_role(self) -> tuple[str, str] | None:
        """A claim verb's argument the sentence marks with another role preposition ("by the mayor" / "to the
        mayor")."""
        return markers.other_role(self.analysis, self.features)

    @cached_property
    def modality(self) -> tuple[bool, str] | None:
        """Where the sentence and the claim differ on obligation: (True, why) when one requires what the other
        says is not required (a contradiction), (False, why) when only one of them speaks of an obligation
        (not support: "must register" says what the law requires, not what happened)."""
        claimed = self.analysis.obligation
        verbs = sorted(p for k in self.analysis.verbs for p in self.aligned.get(k, ()))
        said = modality.obligation_over(self.features.tokens, verbs, self.features.text)  # ("needed to put an end")
        if claimed is None and said is None:
            return None
        if claimed is not None and said is not None:
            if claimed.denied == said.denied:
                return None
            return True, f"the claim says '{_denied(claimed)}', the passage '{_denied(said)}'"
        if claimed is not None:
            return False, f"the claim says what must be ('{_denied(claimed)}'), the passage does not"
        assert said is not None
        return False, f"the passage says what must be ('{said.cue}'), not what is"

    @cached_property
    def pairs_near(self) -> frozenset[int]:
        """The claim's adjacent word pairs (indices into ``analysis.pairs``) that stand close together here."""
        return align.pairs_near(self.analysis, self.features)

    @cached_property
    def replaced_modifier(self) -> str | None:
        """A claim word the sentence replaces beside the word it qualifies or completes."""
        return (modifiers.replaced_modifier(self.analysis, self.features, self.aligned, self.specific)
                or modifiers.replaced_adverb(self.analysis, self.features, self.aligned)
                or modifiers.replaced_complement(self.analysis, self.features, self.aligned)
                or modifiers.replaced_name(self.analysis, self.features, self.aligned)
                or slots.replaced_phrase(self.analysis, self.features, self.aligned)
                or titles.replaced_title(self.analysis, self.features, self.aligned)
                or governed.replaced_under_verb(self.analysis, self.features, self.aligned)
                or identity.another_one(self.analysis, self.features, self.aligned)
                or possessors.possessor_for_head(self.analysis, self.features, self.aligned))

    @cached_property
    def unplaced_rivals(self) -> list[str]:
        """Opposite scale words ("after" for "before") that bear on something else than the claim's, and the other
        side the claim's verb takes (``other_side``)."""
        return unplaced_rivals(self.analysis, self.features) + ([self.other_side] if self.other_side else [])

    @cached_property
    def scales_in_place(self) -> bool:
        """Whether the sentence says each of the claim's scale words of what it bears on (``scales``)."""
        return all_said_in_place(self.analysis, self.features)

    @cached_property
    def other_side(self) -> str | None:
        """The other side the claim's verb takes, of something the sentence names otherwise ("in favour of the plan"
        / "against the lorry ban")."""
        side = direction.other_side(self.analysis.directions, self.features)
        return None if side is None else f"the passage says '{side[1]}' where the claim says '{side[0]}'"

    @cached_property
    def scale(self) -> str | None:
        return scale_mismatch(self.analysis, self.features) or self.other_side

    @cached_property
    def exclusive(self) -> str | None:
        """The claim's "only" when the sentence has no exclusive of its own."""
        return exclusives.unmatched_exclusive(self.analysis, self.features)


def _denied(o: modality.Obligation) -> str:
    return f"not {o.cue}" if o.denied else o.cue
