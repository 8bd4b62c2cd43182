"""A claim's conjuncts: "Tobacco and alcohol are not allowed" says it of both, so a passage that names only one of
them ("Alcohol and cannabis are not permitted") does not say the claim.

In natural logic, "A and B are X" entails "A is X" and "B is X", not the other way round: each conjunct is an
element the passage must have. Coverage alone lets one go missing when the other words are many or rare; here a
conjunct of the claim's subject that the whole window lacks, beside one the sentence that holds the claim has,
keeps the passage from being support. ("Or" asks for either, and is left to coverage.)
"""

from __future__ import annotations

from .. import lexicon
from ..text import fold
from .analysis import ClaimAnalysis, ClaimTerm
from .roles import skip_determiners


def missing_conjunct(analysis: ClaimAnalysis, aligned: dict[int, list[int]],
                     matched: list[float]) -> tuple[str, str] | None:
    """(the conjunct the window lacks, the one the sentence has) for a pair of claim words joined by "and"
    ("tobacco and alcohol"), when the window has no word for one and the sentence that holds the claim has the
    other; None otherwise. ``aligned``: where each claim word stands in that sentence; ``matched``: how well the
    window has each claim word (a neighbour naming it is enough)."""
    for left, right in _joined(analysis):
        for absent, present in ((left, right), (right, left)):
            if not matched[absent] and present in aligned:
                terms = analysis.terms
                return terms[absent].surface, terms[present].surface
    return None


def _joined(analysis: ClaimAnalysis) -> list[tuple[int, int]]:
    """Pairs of claim words (term indices) joined by "and" in the claim's subject, before its main verb
    ("Tobacco and alcohol are", "Friends and family members gathered": the word before "and" and the head of the
    phrase after it), both nouns or names. After the verb, "and" joins verbs and clauses as often ("raid migrant
    workers and hand out summonses", "the story of African-Americans and the role they played"), which a passage
    may say in other words."""
    tokens, term_at = analysis.tokens, analysis.term_at
    main = len(tokens) if analysis.main_verb is None else analysis.terms[analysis.main_verb].position
    out = []
    for i, tok in enumerate(tokens):
        if fold(tok.surface) != "and" or i == 0:
            continue
        j = skip_determiners(tokens, i + 1, 1)
        while j + 1 < main and tokens[j + 1].is_content and term_at.get(j + 1) is not None:
            j += 1  # to the head of the second ("friends and family members": members)
        left, right = term_at.get(i - 1), term_at.get(j)
        if left is None or right is None or j >= main:
            continue
        if all(_noun(analysis.terms[k]) for k in (left, right)):
            out.append((left, right))
    return out


def _noun(term: ClaimTerm) -> bool:
    """A name, or a word WordNet's corpus uses mostly as a noun (not "largest and quickest", "raid and hand")."""
    return term.number is None and not term.verb and (term.name or lexicon.mostly(term.surface, "n"))
