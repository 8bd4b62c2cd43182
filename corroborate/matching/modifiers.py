"""Modifiers and complements: a claim word that qualifies the next one ("economic considerations") or ends
the phrase a preposition opens after another ("call the line for compensation"), and that the sentence
replaces with another ("national security considerations", "call the line for support"), says something the
sentence does not.

A claim word the sentence simply lacks is weighed by coverage: the passage may say it in other words. But
where the sentence has the very word the claim's modifier qualifies, with a different word in the
modifier's place each time, the two speak of different kinds of thing. A synonym or a more specific word
would have been aligned (``align``), so what stands there is neither. Not a contradiction (the two may both
be true: economic and security considerations), but never support.

A name in the modifier's place is a value ("Tajik workers" / "Uzbek workers"): a neighbouring sentence or the
title may name the claim's (who is meant), but where the sentence that holds the claim has another name in that
place, it speaks of someone else (``replaced_name``).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .. import lexicon
from ..text import Token, fold, marked_between
from . import nouns, predicates, roles, scales
from .analysis import ClaimAnalysis
from .features import SentenceFeatures, name_span
from .roles import skip_determiners


def replaced_modifier(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                      specific: dict[int, str] | None = None) -> str | None:
    """Why not support, when the sentence replaces a claim modifier: "the passage has 'security
    considerations', not 'economic considerations'"; or names the word it qualifies by a kind of it with nothing
    in the modifier's place (``specific``: the claim words the sentence names by a more specific one): "the
    passage has 'basements', not 'upper floors'" (the kind it names is not the claim's kind, or no more is said
    of it than of any floor)."""
    term_at = analysis.term_at
    for k, term in enumerate(analysis.terms):
        if k in aligned or term.name or term.number is not None or term.verb:
            continue
        head = term_at.get(term.position + 1)  # the claim word it qualifies: the very next word
        if head is None or head not in aligned or analysis.terms[head].name:
            continue
        if not _noun_here(analysis, head, term.position) or lexicon.mostly(term.surface, "v"):
            continue  # a modifier qualifies a noun ("Individuals immune to" is no modifier and its head)
        rivals = [_before(f.tokens, q) for q in aligned[head]]
        if (specific and head in specific and lexicon.mostly(term.surface, "a") and lexicon.mostly(specific[head], "n")
                and not any(rivals)):
            return f"the passage has '{specific[head]}', not '{term.surface} {analysis.terms[head].surface}'"
        if rivals and all(r is not None and r.stem not in analysis.stems and not akin(r.surface, term.surface)
                          and not scales.quantifying(r.surface) for r in rivals):
            said = f.tokens[aligned[head][0]]
            rival = rivals[0]
            assert rival is not None
            return (f"the passage has '{rival.surface} {said.surface}', "
                    f"not '{term.surface} {analysis.terms[head].surface}'")
    return None


def replaced_adverb(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence says the claim's verb with another adverb of manner or degree in the place
    of the claim's, right beside it: "the passage has 'fell slightly', not 'fell sharply'". As for an adjective
    (``replaced_modifier``), a synonym or a kind of it would have been aligned; not a contradiction (WordNet gives
    few adverbs an opposite, and two adverbs may both be true), but never support."""
    tokens = analysis.tokens
    for k, term in enumerate(analysis.terms):
        if k in aligned or not _manner_adverb(term.surface):
            continue
        if term.position + 1 < len(tokens) and tokens[term.position + 1].number is not None:
            continue  # it qualifies a number ("employs roughly 200"): a bound, read by ``bounds``
        for side in (1, -1):  # the adverb after its verb ("fell sharply"), or before it ("sharply criticised")
            verb = analysis.term_at.get(term.position - side)
            if verb is None or not analysis.terms[verb].verb or verb not in aligned:
                continue
            rivals = [_adverb_beside(f, q, side) for q in aligned[verb]]
            if rivals and all(r is not None and r.stem not in analysis.stems and not akin(r.surface, term.surface)
                              for r in rivals):
                said, rival = f.tokens[aligned[verb][0]].surface, rivals[0]
                assert rival is not None
                verb_surface = analysis.terms[verb].surface
                return (f"the passage has '{said} {rival.surface}', not '{verb_surface} {term.surface}'" if side == 1
                        else f"the passage has '{rival.surface} {said}', not '{term.surface} {verb_surface}'")
    return None


def _manner_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly of how or how much ("sharply", "slightly"), not one that weighs how likely
    something is ("probably": a hedge, read by ``hedges``)."""
    return lexicon.mostly_ly_adverb(word) and not predicates.epistemic_adverb(fold(word))


def _adverb_beside(f: SentenceFeatures, q: int, side: int) -> Token | None:
    """The adverb of manner or degree right after (side 1) or before (side -1) the word at q, with no mark between."""
    p = q + side
    if not 0 <= p < len(f.tokens) or marked_between(f.text, f.tokens, min(p, q), max(p, q)):
        return None
    return f.tokens[p] if _manner_adverb(f.tokens[p].surface) else None


def _noun_here(analysis: ClaimAnalysis, head: int, modifier: int) -> bool:
    """Whether the claim's word at ``head`` is a noun: one WordNet's corpus uses mostly as a noun, or one it has as a
    noun at all after a modifier that a determiner or a possessive opens ("Eastline Rail's passenger trains", where
    "trains" is mostly a verb's form)."""
    word = analysis.terms[head].surface
    if lexicon.mostly(word, "n") and not analysis.terms[head].verb:
        return True
    entry = lexicon.entry_of(word)
    before = analysis.tokens[modifier - 1].surface.lower() if modifier > 0 else ""
    opened = before in roles.DETERMINERS or roles.possessive(before)
    return opened and entry is not None and bool(entry.kind("n"))


COMPLEMENTED = frozenset({"for", "of", "with", "about", "on", "against", "into"})
"""Prepositions whose noun says what the word before them is for, of or about ("a line for support", "died of
cancer"): another noun there is another thing. Not those of place and time ("in", "at", "to", "from"), where a
passage may name the same place or time otherwise."""


def replaced_complement(analysis: ClaimAnalysis, f: SentenceFeatures,
                        aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence has the claim's word and preposition with another noun after them, of
    another kind of thing (WordNet's files: "compensation" a possession, "support" an act): "the passage has
    'line for support', not 'line for compensation'". Nouns of one kind may be one thing said otherwise
    ("documents of worshippers" / "of parishioners")."""
    tokens = analysis.tokens
    for k, term in enumerate(analysis.terms):
        if (k in aligned or term.name or term.number is not None or term.verb
                or not _ends_phrase(tokens, analysis.text, term.position)):
            continue
        j = skip_determiners(tokens, term.position - 1, -1)
        if j < 1 or fold(tokens[j].surface) not in COMPLEMENTED or not _noun(term.surface):
            continue
        head = analysis.term_at.get(j - 1)
        if head is None or head not in aligned:
            continue
        rivals = [_complement(f.tokens, f.text, q, fold(tokens[j].surface)) for q in aligned[head]]
        if rivals and all(r is not None and r.stem not in analysis.stems and not akin(r.surface, term.surface)
                          and nouns.other_kind(r, tokens[term.position]) for r in rivals):
            rival = rivals[0]
            assert rival is not None
            said = f.tokens[aligned[head][0]]
            return (f"the passage has '{said.surface} {tokens[j].surface} {rival.surface}', "
                    f"not '{analysis.terms[head].surface} {tokens[j].surface} {term.surface}'")
    return None


def replaced_name(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]]) -> str | None:
    """Why not support, when the sentence has another name where the claim has one before a noun: "the passage
    names 'Uzbek' workers where the claim has 'Tajik' workers". The claim's name may stand in a neighbouring
    sentence or the title (which may say who is meant), but the sentence that holds the claim names someone else
    there.

    The noun is the claim's first after the name, found beside the sentence's name, or the phrase the name
    opens completes the same word with the same preposition ("mobilisation of Central Asian migrants" /
    "mobilisation of Russian citizens")."""
    tokens, terms = analysis.tokens, analysis.terms
    for k, term in enumerate(terms):
        if k in aligned or not term.name or term.number is not None or term.position == 0:
            continue
        start, end = name_span(tokens, term.position)  # (the whole name: "Central Asian")
        name_words = {fold(t.surface) for t in tokens[start : end + 1]}
        noun = analysis.term_at.get(end + 1)
        if noun is not None and noun in aligned and not terms[noun].name and lexicon.mostly(terms[noun].surface, "n"):
            rivals = [_name_before(f.tokens, f.text, q) for q in aligned[noun]]
            said = terms[noun].surface
        else:
            j = skip_determiners(tokens, start - 1, -1)
            head = analysis.term_at.get(j - 1) if j >= 1 and fold(tokens[j].surface) in COMPLEMENTED else None
            if head is None or head not in aligned:
                continue
            rivals = [_name_after(f.tokens, q, fold(tokens[j].surface)) for q in aligned[head]]
            said = ""
        others = [f.tokens[r] for r in rivals if r is not None]
        if others and len(others) == len(rivals) and all(
                fold(r.surface) not in name_words and fuzz.ratio(fold(r.surface), fold(term.surface)) < 80
                for r in others):
            rival = others[0]
            name = analysis.text[tokens[start].start : tokens[end].end]
            return (f"the passage names '{rival.surface}'{f' {said}' if said else ''} where the claim has "
                    f"'{name}'{f' {said}' if said else ''}")
    return None


def _name_before(tokens: list[Token], text: str, q: int) -> int | None:
    """The position of the name just before position q (not the sentence's first word, capitalised as such), with
    nothing but a space between: "Priya Nair, operations director" has no name before "operations"."""
    return q - 1 if q >= 2 and _is_name(tokens[q - 1]) and not text[tokens[q - 1].end : tokens[q].start].strip() \
        else None


def _name_after(tokens: list[Token], q: int, preposition: str) -> int | None:
    """The position of the name that opens the phrase after the word at q and the same preposition, past the nouns
    of a role before it ("paid for the midfielder Lars Eriksen")."""
    r = _after_preposition(tokens, q, preposition)
    if r is None:
        return None
    for p in range(r, min(len(tokens), r + 1 + ROLE_WORDS)):
        if _is_name(tokens[p]):
            return p
        if not (tokens[p].is_content and tokens[p].number is None and lexicon.mostly(tokens[p].surface, "n")):
            return None
    return None


ROLE_WORDS = 2  # common nouns of a role before a name ("the midfielder Lars Eriksen", "the chief executive Ann Ho")


def _after_preposition(tokens: list[Token], q: int, preposition: str) -> int | None:
    """Where the phrase after the word at q and ``preposition`` begins, past its determiners; None when that
    preposition does not follow it or nothing comes after."""
    if q + 1 >= len(tokens) or fold(tokens[q + 1].surface) != preposition:
        return None
    r = skip_determiners(tokens, q + 2, 1)
    return r if r < len(tokens) else None


def _is_name(token: Token) -> bool:
    return token.capitalised and token.is_content and token.number is None


def _ends_phrase(tokens: list[Token], text: str, i: int) -> bool:
    """Whether the word at i ends its noun phrase: no content word follows it, or a comma or stop comes first."""
    return i + 1 >= len(tokens) or not tokens[i + 1].is_content or any(
        c in text[tokens[i].end : tokens[i + 1].start] for c in ",;:.!?()—–")


COMPLEMENT_REACH = 2  # words of a complement's phrase before its head ("the wall of a timber yard")


def _complement(tokens: list[Token], text: str, q: int, preposition: str) -> Token | None:
    """The head of the phrase after the word at q and the same preposition, the noun that ends it (past
    COMPLEMENT_REACH words before it: "wall of a timber yard", yard): a plain common noun."""
    r = _after_preposition(tokens, q, preposition)
    if r is None:
        return None
    for _ in range(COMPLEMENT_REACH):
        if _ends_phrase(tokens, text, r):
            break
        r += 1
    if not _ends_phrase(tokens, text, r):
        return None
    tok = tokens[r]
    if not tok.is_content or tok.capitalised or tok.number is not None or not _noun(tok.surface):
        return None
    return tok


def _noun(word: str) -> bool:
    """Whether a word after a preposition is a noun there: WordNet has it as one, and it is no "-ing" form."""
    entry = lexicon.lookup(word)
    return entry is not None and bool(entry.tags.get("n")) and not word.endswith("ing")


def _before(tokens: list[Token], q: int) -> Token | None:
    """The word just before position q when it may qualify it: a plain content word (no name, number or
    negator) that is not mostly a verb ("showed mercenaries from Nepal": 'showed' is no modifier)."""
    if q == 0:
        return None
    tok = tokens[q - 1]
    if not tok.is_content or tok.capitalised or tok.number is not None or tok.is_negator:
        return None
    if q >= 2 and fold(tok.surface).endswith("ed") and _qualifying_adverb(tokens[q - 2]):
        return tok  # "economically challenged nations": a participle an adverb qualifies is an adjective
    return None if lexicon.mostly(tok.surface, "v") else tok


def _qualifying_adverb(tok: Token) -> bool:
    """Whether the word is an adverb that makes an adjective of the participle after it: one in -ly ("economically
    challenged", "heavily armed") or one of ``roles.COMPOUNDING_ADVERBS`` ("well-paid")."""
    word = fold(tok.surface)
    return word in roles.COMPOUNDING_ADVERBS or lexicon.mostly_ly_adverb(tok.surface)


def akin(passage_word: str, claim_word: str) -> bool:
    """Whether the passage's word may say the claim's: a synonym, a kind of it or what it is a kind of (as
    WordNet relates them, in their most frequent senses, or a closed compound its head: "sinkhole" / "hole"), or a
    close spelling (eery / eerie)."""
    if lexicon.relation(passage_word, claim_word) in (lexicon.Relation.SYNONYM, lexicon.Relation.SPECIFIC):
        return True
    if lexicon.compound_of(claim_word, passage_word) or lexicon.compound_of(passage_word, claim_word):
        return True
    if lexicon.relation(claim_word, passage_word) is lexicon.Relation.SPECIFIC:
        return True
    return fuzz.ratio(passage_word.lower(), claim_word.lower()) >= 80
