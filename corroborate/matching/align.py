"""Aligning a claim with the sentence that holds it: which word of the sentence stands for each claim word,
and under which relation (same word, synonym, more specific, close spelling, unaligned).

Also the checks that read the alignment: a short claim's verb must be there, and the words on either side
of the verb must keep their sides ("A discovered B" is not "B discovered A").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .. import lexicon
from ..text import fold, marked_between, stem
from . import roles
from .analysis import ClaimAnalysis, ClaimTerm
from .connectives import ADVERB_PARTICLES, CONCESSIVES
from .cues import mark_after
from .features import SentenceFeatures, in_long_name

PHRASE_DISTANCE = 4  # claim words this close in a sentence count as its phrase
ROLE_SPAN = 4  # in a claim of several verbs, the words this close to a verb are its subject and object sides


def more_specific(analysis: ClaimAnalysis, f: SentenceFeatures, row: list[float]) -> dict[int, str]:
    """Claim words the sentence names by a more specific word (WordNet: a rifle is a weapon), by term index. Not a
    word of a scale or an ordinal: "first" is a rank, whatever WordNet files under it ("birth", a beginning)."""
    out: dict[int, str] = {}
    wanted = {t.stem: k for k, t in enumerate(analysis.terms)
              if not row[k] and t.number is None and not t.name and not t.verb
              and fold(t.surface) not in lexicon.ORDINALS and lexicon.scale_place(fold(t.surface)) is None}
    if not wanted:
        return out
    tokens = f.tokens
    for i, tok in enumerate(tokens):
        if tok.is_content and tok.number is None and tok.stem not in analysis.stems and not in_long_name(tokens, i):
            for st in lexicon.general_stems(tok.surface) & wanted.keys():
                out.setdefault(wanted[st], tok.surface)
    return out


def aligned_positions(analysis: ClaimAnalysis, f: SentenceFeatures,
                      specific: dict[int, str]) -> dict[int, list[int]]:
    """Where, in the sentence, each claim word stands (term index -> token positions)."""
    out: dict[int, list[int]] = {}
    for k, t in enumerate(analysis.terms):
        found = [p for st in t.spellings for p in f.positions.get(st, ())]
        if not found and k in specific:
            found = [p for p, tok in enumerate(f.tokens) if tok.surface == specific[k]]
        if found:
            out[k] = sorted(found)
    return out


def alignment(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
              specific: dict[int, str], matched: list[float]) -> tuple[tuple[str, str, str], ...]:
    """Each claim word with the word of the decisive sentence it aligns with, and how they relate."""
    rows = []
    for k, t in enumerate(analysis.terms):
        if k in aligned:
            word = f.tokens[aligned[k][0]]
            if k in specific:
                relation = lexicon.Relation.SPECIFIC.value
            elif word.stem == t.stem:
                relation = lexicon.Relation.SAME.value
            elif t.number is None and word.stem in lexicon.synonym_stems(t.surface):
                relation = lexicon.Relation.SYNONYM.value
            else:
                relation = "close spelling"
            rows.append((t.surface, word.surface, relation))
        elif matched[k]:
            rows.append((t.surface, "", "given by a neighbouring sentence or the source's date"))
        else:
            rows.append((t.surface, "", lexicon.Relation.NONE.value))
    return tuple(rows)


def missing_verb(analysis: ClaimAnalysis, f: SentenceFeatures, specific: dict[int, str]) -> str | None:
    """The claim's first verb, when none of its verbs (or their synonyms) is in the sentence that holds it.

    Asked of short claims only: in a long one, the other words pin the event down, and its verbs are
    the words paraphrase changes most ("called for" / "advocated"). A verb that reports a clause ("found that")
    does not stand for the clause's own ("could set their own prices")."""
    verbs = [k for k in analysis.verbs if k not in analysis.reporting_verbs]
    if not verbs or any(k in specific for k in verbs):
        return None
    phrasal = [_phrasal_synonyms(analysis, analysis.terms[k]) for k in verbs]
    if any(_says_verb(analysis.terms[k], synonyms, f, _particle(analysis, analysis.terms[k]))
           for k, synonyms in zip(verbs, phrasal)):
        return None  # ("closed" / "shut", "put off" / "postponed")
    if any(phrasal):  # an irregular form of a synonym: "went up" / "rose" (rise)
        bases = frozenset().union(*(lexicon.base_stems(tok.surface) for tok in f.tokens if tok.is_content))
        if any(synonyms & bases for synonyms in phrasal):
            return None
    return analysis.terms[verbs[0]].surface


def missing_main_verb(analysis: ClaimAnalysis, f: SentenceFeatures, specific: dict[int, str]) -> str | None:
    """The verb the claim asserts (``ClaimAnalysis.main_verb``), when the sentence has none of it (nor its
    synonyms) and has the claim's other verbs only where they say which ("Colony staff punished prisoners who beat
    the migrant inmates" / "calls by colony staff for other prisoners to beat the migrant inmates"): the sentence
    tells of the ones the claim picks out, not of what the claim says happened to them.

    Asked of long claims, where ``missing_verb`` is not: a verb of a clause that opens on "who", "that", "if"
    is no stand-in for the main one."""
    k = analysis.main_verb
    if k is None or k in specific or len(analysis.verbs) < 2 or not _lacks(analysis, f, k):
        return None
    said = [j for j in analysis.verbs if j != k and not _lacks(analysis, f, j)]
    if not said:
        return None  # (no verb of the claim's at all: a paraphrase of the whole, left to coverage)
    at = analysis.terms[k].position
    if all((analysis.in_subordinate(j) and analysis.terms[j].position > at) or (
            analysis.says_which(j) and analysis.terms[j].position < at
            and not marked_between(analysis.text, analysis.tokens, 0, at)) for j in said):
        # (before the main verb too, in a subject's restrictive clause or participle, with no clause mark: "A piece
        # of stone that fell from the spire injured a verger" / "a piece of stone fell ..., narrowly missing a
        # verger"; "A group representing blind people welcomed the extension")
        return analysis.terms[k].surface
    return None


ADVERBIAL_OPENERS = CONCESSIVES | frozenset({"because", "since", "after", "before", "until", "once"})
"""Openers of a clause that says why, despite what or when the main clause happened: the claim asserts it too."""
OPENER_REACH = 5  # words between such an opener and its clause's verb ("because the migrants do not trust")


def missing_adverbial_verb(analysis: ClaimAnalysis, window: Sequence[SentenceFeatures],
                           specific: dict[int, str]) -> str | None:
    """The verb of a clause the claim adds to its main one, saying why or when ("are an easy target because they
    trust the police"), when no sentence of the window has it (``_lacks``): the passage may say the main clause and
    give another reason, or none. (The window, not one sentence: "... until possession is established" may follow
    in a sentence of its own.)"""
    for j in analysis.verbs:
        if j not in specific and _opens_adverbial(analysis, j) and all(_lacks(analysis, f, j) for f in window):
            return analysis.terms[j].surface
    return None


def _opens_adverbial(analysis: ClaimAnalysis, j: int) -> bool:
    """Whether the claim's verb j is the verb of a finite clause one of ADVERBIAL_OPENERS opens (its subject and
    auxiliaries between, no other verb and no clause mark). Not a participle right after the opener ("before
    becoming its host"), which tells a sequence a source often gives with another verb ("took over as host")."""
    tokens, at = analysis.tokens, analysis.terms[j].position
    if fold(tokens[at - 1].surface) in roles.DETERMINERS | ADVERBIAL_OPENERS:
        return False  # a noun ("after a ransomware attack"), or a participle with no subject of its own
    for i in range(at - 1, max(-1, at - 1 - OPENER_REACH), -1):
        if fold(tokens[i].surface) in ADVERBIAL_OPENERS:
            # (a base form after "a ...": a noun, "after a ransomware attack"; a finite verb would agree, "hits")
            return not (fold(tokens[i + 1].surface) in ("a", "an") and _base_form(tokens[at].surface))
        if roles.is_verb(tokens, i) or mark_after(analysis.text, tokens, i):
            return False
    return False


def _base_form(word: str) -> bool:
    """Whether a word is written as a verb's base form: not in -s or -ed, nor an irregular past."""
    w = fold(word)
    return not w.endswith("s") and not lexicon.written_past(w)


def _says_verb(t: ClaimTerm, phrasal: frozenset[str], f: SentenceFeatures, particle: str | None = None) -> bool:
    """Whether the sentence has the claim's verb, another form of it, a synonym or a synonym of the phrasal verb it
    makes (``phrasal``: ``_phrasal_synonyms``), or a phrasal verb of its own whose synonym the claim's verb is
    ("will go up" for "will rise"). The claim's verb and the ``particle`` that makes a phrasal verb of it are one
    verb: the sentence has it only with that particle after it ("would break up" is not "The break happened")."""
    if t.stem in f.stems and (particle is None or any(
            tok.stem == t.stem and p + 1 < len(f.tokens) and fold(f.tokens[p + 1].surface) == particle
            for p, tok in enumerate(f.tokens))):
        return True  # (negated or not: a negation of the claim's own verb is a conflict, read there)
    others = t.variants | lexicon.kin_stems(t.surface) | phrasal
    return any(tok.stem in others and p not in f.negated and _verb_here(t, f, p) for p, tok in enumerate(f.tokens)
               ) or _phrasal_for(t, f)
    # (a synonym or a derived form under a negator does not say the verb: "no deaths have been reported" / "died")


def _verb_here(t: ClaimTerm, f: SentenceFeatures, p: int) -> bool:
    """Whether the sentence's word at p, a synonym of the claim's verb t, says it: a synonym of another part of speech
    WordNet files with one of the verb's senses (a noun: "beat", a policeman's "round") must read as a verb there
    ("lost to Mehta in round nine" does not say "beat"); a form or a derived word of the verb stands as it is."""
    tok = f.tokens[p]
    synonym_only = tok.stem in lexicon.sense_stems(t.surface) and tok.stem not in t.variants and tok.stem not in (
        lexicon.synonym_stems(t.surface) - lexicon.sense_stems(t.surface))
    return not synonym_only or lexicon.verb_share(tok.surface) >= 0.5 or roles.is_verb(f.tokens, p)


def _phrasal_for(t: ClaimTerm, f: SentenceFeatures) -> bool:
    """Whether the sentence has a verb and the word after it that WordNet lists as a phrasal verb, one of whose
    synonyms is the claim's verb ("go up": rise)."""
    mine = {t.stem} | lexicon.base_stems(t.surface)
    for p in range(len(f.tokens) - 1):
        after = f.tokens[p + 1]
        if f.tokens[p].surface.isalpha() and not after.is_content and after.surface.isalpha():
            entry = lexicon.phrasal_entry(f.tokens[p].surface, after.surface)
            if entry is not None and {stem(w) for w in entry.synonyms} & mine:
                return True
    return False


def _lacks(analysis: ClaimAnalysis, f: SentenceFeatures, k: int) -> bool:
    """Whether the sentence lacks the claim's verb k (``_says_verb``) and every verb WordNet makes a kind of it
    ("disciplined" for "punished"), read as a verb where it stands."""
    t = analysis.terms[k]
    if _says_verb(t, _phrasal_synonyms(analysis, t), f, _particle(analysis, t)):
        return False
    mine = lexicon.base_stems(t.surface) | {t.stem}
    return not any(tok.is_content and lexicon.form_general_stems(tok.surface) & mine and roles.is_verb(f.tokens, i)
                   for i, tok in enumerate(f.tokens))  # (a verb: "cannon fodder" says no kind of "release")


def _particle(analysis: ClaimAnalysis, t: ClaimTerm) -> str | None:
    """The word after a claim verb, folded, when it is a particle that makes with it a phrasal verb WordNet lists
    ("break up", "held on to"; not "kept in hospital", where "in" opens a phrase)."""
    if t.position + 1 >= len(analysis.tokens):
        return None
    tokens, at = analysis.tokens, t.position + 1
    after = tokens[at].surface
    particle = fold(after) in ADVERB_PARTICLES or (  # ("held on to the ward": "on" before "to" is a particle)
        fold(after) == "on" and at + 1 < len(tokens) and fold(tokens[at + 1].surface) == "to")
    return fold(after) if particle and lexicon.phrasal_entry(t.surface, after) else None


def _phrasal_synonyms(analysis: ClaimAnalysis, t: ClaimTerm) -> frozenset[str]:
    """Stems of the synonyms of the phrasal verb a claim verb makes with the word after it ("put off": postpone,
    defer), when WordNet lists one."""
    if t.position + 1 >= len(analysis.tokens):
        return frozenset()
    entry = lexicon.phrasal_entry(t.surface, analysis.tokens[t.position + 1].surface)
    return frozenset() if entry is None else frozenset(stem(w) for w in entry.synonyms)


def missing_predicate(analysis: ClaimAnalysis, f: SentenceFeatures, specific: dict[int, str],
                      aligned: dict[int, list[int]] | None = None) -> str | None:
    """The adjective a claim says of its subject ("is legal") or object ("found the structure unsafe"), or the noun
    a claim with no verb says it is ("was the first drone incident"), when the sentence that holds the claim has
    neither it, a close spelling, a synonym, nor (for the adjective) its opposite (which makes a conflict, read
    elsewhere); or when, after the claim's verb (``aligned``: where the claim's words stand), the
    sentence says another adjective of the object ("rated inadequate by Ofsted, two years after it was judged good"
    / "Ofsted rated the academy good")."""
    noun = analysis.predicate_noun
    if noun is not None and noun not in specific and len(analysis.terms) <= SHORT_CLAIM:
        # ("It was the first drone incident ...": incident; a short claim, as for its verb, ``missing_verb``)
        t = analysis.terms[noun]
        content = {tok.stem for tok in f.tokens if tok.is_content}  # (not "is": "average" is a kind of being, too)
        if not {t.stem, *t.variants, *lexicon.kin_stems(t.surface), *lexicon.general_stems(t.surface)} & content:
            return t.surface  # (a more general word may say it in context: "the younger sister" / "two siblings")
    k = analysis.predicate_adjective
    if k is None or k in specific:
        return None
    t = analysis.terms[k]
    related = {t.stem, *t.variants, *lexicon.synonym_stems(t.surface), *lexicon.opposite_stems(t.surface)}
    related -= {o.stem for o in analysis.terms if o is not t}  # (the claim's own other words stand for themselves:
    # "so far" in "the cracks found so far were close to" / "well within")
    if not related & f.stems:
        return t.surface
    verb = analysis.main_verb
    if verb is None or aligned is None or analysis.terms[verb].position > t.position:
        return None
    complements = [_complement_after(f, q) for q in aligned.get(verb, [])]
    if complements and all(c is not None and f.tokens[c].stem not in related for c in complements):
        return t.surface  # another adjective the verb says of its object: "rated inadequate" / "rated ... good"
    return None


SHORT_CLAIM = 6  # content words: a claim this short must have its verb, or the noun it says with none, in the anchor
COMPLEMENT_REACH = 4  # words of the object between a verb and the adjective it says of it ("rated Hollins Academy")


def _complement_after(f: SentenceFeatures, q: int) -> int | None:
    """Where the adjective stands that the verb at q says of its object ("rated inadequate", "rated the school
    inadequate"): the first adjective after it, past the object's nouns and names, or None."""
    tokens = f.tokens
    for p in range(q + 1, min(len(tokens), q + 2 + COMPLEMENT_REACH)):
        word = tokens[p]
        if not word.is_content:
            if fold(word.surface) in roles.DETERMINERS:
                continue
            return None
        if (word.number is None and not word.capitalised and lexicon.mostly(word.surface, "a")
                and not lexicon.written_past(word.surface) and lexicon.inflected_from(word.surface) is None):
            return p  # (as written: a plural is a noun, "foreign civilians")
        if not (word.capitalised or lexicon.mostly(word.surface, "n")):
            return None
    return None


def swapped(analysis: ClaimAnalysis, f: SentenceFeatures,
            aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """Claim words whose roles the sentence swaps ("A discovered B" / "B discovered A").

    With several verbs, each verb's sides are the claim words between it and the verbs either side, within
    ROLE_SPAN tokens ("Videos ... show police officers running away from migrants": 'police officers' before
    'running', 'migrants' after), found on the same sides of that verb in the sentence."""
    terms = analysis.terms
    verbs = _role_verbs(analysis)
    surface = {t.stem: t.surface for t in terms}
    arguments = {t.stem for t in terms if t.number is None and not t.verb}
    for n, k in enumerate(verbs):
        if k not in aligned or not (roles.is_verb(f.tokens, aligned[k][0])
                                    or roles.hyphened_modifier(f.text, f.tokens, aligned[k][0])):
            continue  # (where the sentence has the verb as a modifier, "locally elected officials", it has no sides;
            # joined to its agent by a hyphen, "oil-covered seabirds", it is a passive)
        at = terms[k].position
        low = terms[verbs[n - 1]].position if n > 0 else -1
        high = terms[verbs[n + 1]].position if n + 1 < len(verbs) else len(analysis.tokens)
        if len(verbs) > 1:  # ... and near it: a long clause's far words are not its subject or object
            low, high = max(low, at - ROLE_SPAN - 1), min(high, at + ROLE_SPAN + 1)
        # Every place a claim word stands, not only its first: "Migrants sent videos showing police officers
        # running away from migrants" has 'migrants' after 'running' too.
        local: dict[str, int] = {}
        for p in range(low + 1, high):  # (a word said twice takes the side where it first stands)
            if (stem := analysis.tokens[p].stem) in arguments:
                local.setdefault(stem, p)
            elif (key := roles.person(analysis.tokens, p)) is not None:  # "they beat guards" / "guards beat them"
                local.setdefault(key, p)
                surface.setdefault(key, analysis.tokens[p].surface)
        claim_sides = roles.sides(analysis.tokens, at, local, analysis.text)
        # (a word the sentence uses as a verb takes no side: "building" in "The building contains" is a noun)
        positions = {terms[j].stem: ps[0] for j, ps in aligned.items()
                     if terms[j].stem in local and not roles.is_verb(f.tokens, ps[0])}
        positions |= _persons_nearest(f, aligned[k][0], {key for key in local if key.startswith("#")})
        passage_sides = roles.sides(f.tokens, aligned[k][0], positions, f.text)
        moved = roles.swapped(claim_sides, passage_sides) or roles.acted_upon(claim_sides, passage_sides)
        if moved is not None:
            return surface[moved[0]], surface[moved[1]]
    return _compared_swapped(analysis, f, aligned)


def _persons_nearest(f: SentenceFeatures, verb: int, keys: set[str]) -> dict[str, int]:
    """For each person the claim names by a pronoun (``roles.person`` keys), where the sentence's pronoun for that
    person nearest its verb stands ("guards had beaten them after they complained": "them")."""
    out: dict[str, int] = {}
    if not keys:  # (most claims name no one by a pronoun)
        return out
    for p in sorted(range(len(f.tokens)), key=lambda p: abs(p - verb)):
        key = roles.person(f.tokens, p) if p != verb else None
        if key in keys and key not in out:
            out[key] = p
    return out


def _role_verbs(analysis: ClaimAnalysis) -> list[int]:
    """The claim's verbs that carry roles: of a verb that takes another after "to" ("continues to launch", "should
    attempt to reach"), the last one, whose subject is the first's ("Patronis continues to launch attacks on
    Gaetz": Patronis launches them)."""
    terms, tokens = analysis.terms, analysis.tokens
    verbs = analysis.verbs
    return [k for n, k in enumerate(verbs)
            if not (n + 1 < len(verbs) and terms[verbs[n + 1]].position == terms[k].position + 2
                    and fold(tokens[terms[k].position + 1].surface) == "to")]


def _compared_swapped(analysis: ClaimAnalysis, f: SentenceFeatures,
                      aligned: dict[int, list[int]]) -> tuple[str, str] | None:
    """Claim words on either side of a comparison's "than" that the sentence puts the other way round ("would
    rather renounce their citizenship than take their own lives" / "would rather take their own lives than
    renounce their citizenship"; "more A than B" / "more B than A")."""
    if "than" not in analysis.text.lower() or "than" not in f.text.lower():  # (most claims compare nothing)
        return None
    pivots = [i for i, t in enumerate(analysis.tokens) if fold(t.surface) == "than"]
    said = [i for i, t in enumerate(f.tokens) if fold(t.surface) == "than"]
    if not pivots or not said:
        return None
    terms = analysis.terms
    surface = {t.stem: t.surface for t in terms}
    for at in pivots:  # the claim words near its "than", on either side of it
        local = {terms[j].stem: terms[j].position for j in aligned
                 if terms[j].number is None and 0 < abs(terms[j].position - at) <= ROLE_SPAN + 1}
        claim_sides = roles.sides_of(at, local)
        for there in said:  # ... and on which side of the sentence's "than" they stand (a sentence says more)
            positions = {terms[j].stem: p for j, ps in aligned.items() if terms[j].stem in local
                         for p in ps if 0 < abs(p - there) <= 2 * ROLE_SPAN}
            moved = roles.swapped(claim_sides, roles.sides_of(there, positions))
            if moved is not None:
                return surface[moved[0]], surface[moved[1]]
    return None


def phrase_share(analysis: ClaimAnalysis, near_in: Iterable[frozenset[int]]) -> float:
    """The share of the claim's adjacent content-word pairs that stand close together in one of the sentences
    (``near_in``: each sentence's ``pairs_near``)."""
    if not analysis.pairs:
        return 1.0
    return len(frozenset().union(*near_in)) / len(analysis.pairs)


def pairs_near(analysis: ClaimAnalysis, f: SentenceFeatures) -> frozenset[int]:
    """Indices into ``analysis.pairs`` of the claim's adjacent word pairs that stand within PHRASE_DISTANCE
    tokens of each other in f."""
    positions = f.positions
    found: dict[int, list[int]] = {}  # term index -> its positions in f (each term is in up to two pairs)

    def where(k: int) -> list[int]:
        at = found.get(k)
        if at is None:
            t = analysis.terms[k]
            at = found[k] = [p for st in t.spellings for p in positions.get(st, ())]
        return at

    return frozenset(n for n, (a, b) in enumerate(analysis.pairs)
                     if (pa := where(a)) and any(abs(x - y) <= PHRASE_DISTANCE for x in pa for y in where(b)))
