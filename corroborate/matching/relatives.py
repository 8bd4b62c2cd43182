"""What a relative clause set off by commas says is said of its own verb, not of the sentence's.

"The novelist Ilse Brandt, whose books about post-war Hamburg sold more than four million copies, has died at the
age of 91" has every word of "Brandt died in Hamburg" but one, and does not say it: Hamburg is what her books were
about. A clause that ", who", ", whom", ", whose" or ", which" opens, up to the next comma (or the sentence's end),
says something of its own of the word before it (``relative_spans``).

* A claim word said after the claim's main verb (what the verb was done to, where, when) that the sentence has only
  in such a clause, while it has the claim's verb outside it, belongs to the clause (``said_in_relative``): one
  between the subject and the verb, or one about a word of the claim's subject.
* The claim's main verb, or its number, that the sentence has only in such a clause, opening on another name than
  the claim's ("first to the painter Otto Ressler, who died in 1990" / "Brandt died ..."; "father Jiro, who is
  seven" / "Mali is seven"), is said of that name (``verb_of_antecedent``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import Token, fold, marked_between
from .analysis import ClaimAnalysis
from .connectives import RELATIVE_PRONOUNS
from .features import SentenceFeatures

def relative_spans(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) token positions of each relative clause a comma sets off: from its pronoun to the word before
    the next closing mark."""
    spans = []
    for i in range(1, len(tokens)):
        if fold(tokens[i].surface) not in RELATIVE_PRONOUNS or "," not in text[tokens[i - 1].end : tokens[i].start]:
            continue
        last = i
        while last + 1 < len(tokens) and not marked_between(text, tokens, last, last + 1):
            last += 1
        spans.append((i, last))
    return spans


def said_in_relative(analysis: ClaimAnalysis, f: SentenceFeatures,
                     aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim word, the clause) when a claim word after the claim's main verb, in its clause, stands in the
    sentence only inside a relative clause set off by commas that has none of the claim's verbs, between the verb's
    subject and the verb, or after a word of the claim's subject ("approved the wind farm, overruling the local
    council, which rejected the plan in 2024" / "The local council approved the plan in 2024"). (One that has a
    claim verb may be what the claim tells; another after the verb may be said of all that comes before it:
    "raids continued without stop, which began in May".)"""
    k = analysis.main_verb
    if k is None or k not in aligned:
        return None
    at = analysis.terms[k].position
    verbs = [q for v in analysis.verbs for q in aligned.get(v, ())]
    subject = {q for j, places in aligned.items() if analysis.terms[j].position < at for q in places}
    spans = [(s, e) for s, e in relative_spans(f.text, f.tokens)
             if not any(s <= q <= e for q in verbs) and (all(e < q for q in aligned[k]) or s - 1 in subject)]
    if not spans:
        return None
    own = relative_spans(analysis.text, analysis.tokens)
    for j, places in aligned.items():
        term = analysis.terms[j]
        if j == k or term.position < at or _inside(own, term.position) or any(
                c in ";:" for c in analysis.text[analysis.tokens[at].end : analysis.tokens[term.position].start]):
            continue  # (what the claim says before its verb, or in a clause of its own, it may say anywhere)
        if places and all(_inside(spans, q) for q in places):
            return term.surface, _clause(f, next((s, e) for s, e in spans if s <= places[0] <= e))
    return None


def verb_of_antecedent(analysis: ClaimAnalysis, f: SentenceFeatures,
                       aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """(the claim's main verb, or its number, and the name with its relative clause) when the sentence has it only
    in relative clauses set off by commas, each after a name the claim does not have, and the claim's subject is a
    name: the sentence says it of someone else ("mother Mali, who is five, and father Jiro, who is seven" / "Mali
    is seven")."""
    k = analysis.main_verb
    at = analysis.terms[k].position if k is not None else len(analysis.tokens)
    if not any(t.name for t in analysis.terms if t.position < at):
        return None
    spans = relative_spans(f.text, f.tokens)
    if not spans:
        return None
    said = [j for j in ([] if k is None else [k]) + [j for j, t in enumerate(analysis.terms) if t.number is not None]
            if aligned.get(j)]
    for j in said:
        found = _of_another_name(analysis, f, spans, aligned[j])
        if found is not None:
            return analysis.terms[j].surface, found
    return None


def _of_another_name(analysis: ClaimAnalysis, f: SentenceFeatures, spans: list[tuple[int, int]],
                     places: list[int]) -> str | None:
    """The first name and its relative clause, when every place stands in a relative clause after a name the claim
    does not have; None otherwise."""
    found = None
    for q in places:
        span = next(((s, e) for s, e in spans if s <= q <= e), None)
        if span is None:
            return None
        before = f.tokens[span[0] - 1]
        if not before.capitalised or before.stem in analysis.name_stems:
            return None
        found = found or f"{before.surface}, {_clause(f, span)}"
    return found


def _clause(f: SentenceFeatures, span: tuple[int, int]) -> str:
    return f.text[f.tokens[span[0]].start : f.tokens[span[1]].end]


def _inside(spans: list[tuple[int, int]], p: int) -> bool:
    return any(s <= p <= e for s, e in spans)
