"""Nobody: "Nobody was hurt" says that no one was, so "Two people were hurt" is contradicted, though the
sentence has none of the claim's subject.

A word of no person ("nobody", "no one", "none") as the subject of the claim's verb stands in the place of a
claim subject that counts people: a number above nought and a noun of persons (WordNet's person file, and the
person of its top level, "person" and "people"). That is a rival count, zero, and the subject it replaces is
what differs, as "six workers" replaces "fourteen workers".
"""

from __future__ import annotations

from .. import lexicon
from ..text import fold
from .analysis import ClaimAnalysis
from .features import SentenceFeatures

NO_PERSON = frozenset({"nobody", "none", "no-one"})
"""Words of no person; and "no one", read as two words."""
PERSONS = frozenset({"person", "persons", "people"})
"""The person of WordNet's top level and its plural, which its person file does not hold."""
SUBJECT_REACH = 3  # words between the word of no person and the verb ("Nobody was seriously hurt")


def counted_people(analysis: ClaimAnalysis) -> tuple[int, int] | None:
    """(term of the number, term of the noun) when the claim's subject counts people ("Two people", "six
    workers"), else None."""
    terms = analysis.terms
    for k, term in enumerate(terms[:-1]):
        noun = analysis.term_at.get(term.position + 1)
        if term.number is not None and term.number > 0 and noun is not None and noun in analysis.subject:
            word = terms[noun].surface
            entry = lexicon.entry_of(word)
            if fold(word) in PERSONS or (entry is not None and entry.kind("n") == "person"):
                return k, noun
    return None


def nobody_for_count(analysis: ClaimAnalysis, f: SentenceFeatures) -> tuple[str, str] | None:
    """(the claim's count, the sentence's word of no person) when the sentence says of nobody what the claim
    says of a number of people: "Two people were hurt" / "Nobody was hurt"."""
    verb = analysis.main_verb
    counted = counted_people(analysis) if verb is not None else None
    if verb is None or counted is None:
        return None
    term = analysis.terms[verb]
    places = f.places(term.spellings)
    if not places:
        return None
    words = [fold(t.surface) for t in f.tokens]
    for q in places:
        for p in range(max(0, q - 1 - SUBJECT_REACH), q):
            if words[p] in NO_PERSON or (words[p] == "no" and p + 1 < q and words[p + 1] == "one"):
                number, noun = counted
                claimed = analysis.text[analysis.tokens[analysis.terms[number].position].start:
                                        analysis.tokens[analysis.terms[noun].position].end]
                said = "no one" if words[p] == "no" else f.tokens[p].surface
                return claimed, said
    return None
