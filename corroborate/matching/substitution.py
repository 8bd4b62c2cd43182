"""Another verb in the claim's verb's place: "Joan Pryce, called for a public inquiry" does not say "Joan Pryce,
opposed a public inquiry", however many of the claim's other words it has.

This is the substitution edit of MacCartney & Manning's natural logic. Where the sentence that holds a claim
lacks the claim's verb (and every synonym and derived form of it), the word standing in its place beside the
claim's subject or object is the edit's other side. When that word is a verb that WordNet relates to the claim's
in none of these ways (same word, synonym, derived form, a kind of it or what it is a kind of), the edit is
independence or exclusion, never entailment: the passage says something else happened.

A claim verb that WordNet files as stative (*involve*, *include*, *contain*) names a relation, not an event: a
passage may say it with another verb ("raids are carried out using brute force" for "raids involve brute
force"), so it is left alone, as is a verb so general that it stands in for many (``lexicon.general_verb``),
unless a negating verb stands in its place: *went ahead* is not said by *was cancelled*, whatever *went* may stand
for.

Only the place beside the verb is read, so a paraphrase that keeps the claim's verb elsewhere in the sentence, or
says it with a noun ("the council's decision to close" for "the council decided to close"), is not touched.
"""

from __future__ import annotations

from .. import lexicon
from ..text import CLAUSE_MARKS, LEXICAL_NEGATORS, Token, fold, is_year, month_of
from . import roles
from .analysis import ClaimAnalysis, ClaimTerm
from .connectives import RELATIVE_PRONOUNS
from .cues import telling_verb
from .reports import VOUCHING_VERBS
from .features import SentenceFeatures

SLACK = 2  # words beyond the claim's own distance from the neighbour to its verb where the other verb may stand


def replaced_verb(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                  row: list[float], specific: dict[int, str]) -> tuple[str, str] | None:
    """(claim verb, sentence verb) when the sentence has another, unrelated verb in the place of a claim verb it
    lacks; None otherwise. ``aligned``: where each claim word stands in the sentence."""
    terms = analysis.terms
    for k in analysis.verbs:
        verb = terms[k]
        if row[k] and (other := _other_particle(analysis, f, aligned, k)) is not None:
            return other
        if row[k] or k in specific or lexicon.stative_verb(verb.surface) or _said_otherwise(verb, f):
            continue
        mine = _phrasal(analysis.tokens, verb.position)
        general = lexicon.general_verb(verb.surface)  # (with its particle too: WordNet's first senses of "make up"
        # are "form" and "invent", not "compensate", which "make up for" says)
        for q in _place(analysis, f, k, aligned):
            word = f.tokens[q]
            theirs = _phrasal(f.tokens, q)
            adjective = not roles.is_verb(f.tokens, q) and _predicate_for_predicate(analysis.tokens, verb.position,
                                                                                     f.tokens, q)
            reported = _reporting(word) and not _reports_itself(verb.surface)
            if reported:
                return verb.surface, word.surface  # ("The University and College Union said staff had been offered
                # a 1.4% rise" / "The union welcomed the pay rise": what it said, not what the claim says it did)
            if ((roles.is_verb(f.tokens, q) or adjective)
                    and (theirs is not None or not lexicon.general_verb(word.surface))
                    and not _related(verb, word) and not _related_phrasal(mine, verb, theirs, word)
                    and (adjective or not _same_frame(analysis.tokens, verb.position, f.tokens, q))
                    and (not general or _negating(word, theirs))):
                return verb.surface, word.surface if theirs is None else f"{word.surface} {f.tokens[q + 1].surface}"
    return None


PAST_DO = frozenset({"did", "not", "never", "didn't", "didn’t"})  # a past verb's support, with its negation

REPORTING = frozenset({"said", "says", "say", "told", "tells"})  # function words to the tokenizer


def _reports_itself(verb: str) -> bool:
    """Whether a claim verb says or finds something itself ("criticised", "found"), which "said" may report:
    "The coastguard said there was no sign of fuel" says "The coastguard found no sign of fuel"."""
    base = lexicon.base_entry(verb)
    return telling_verb(verb) or (base is not None and base.word in VOUCHING_VERBS)


def _reporting(word: Token) -> bool:
    """Whether the word is a form of "say" or "tell": in a claim verb's place, the subject said something, which is
    not what a claim verb that tells nothing says it did."""
    return fold(word.surface) in REPORTING


def _predicate_for_predicate(claim_tokens: list[Token], at: int, tokens: list[Token], q: int) -> bool:
    """Whether the sentence's word at q is an adjective said of the subject where the claim says a participle, both
    right after a form of "be" ("should be ignored" / "should be paramount"): another predicate in its place. Not a
    form of a verb, which WordNet may not relate to the claim's though it says it ("were injured" / "were hurt")."""
    return (at > 0 and q > 0 and fold(claim_tokens[at - 1].surface) in roles.COPULAS
            and fold(tokens[q - 1].surface) in roles.COPULAS and lexicon.mostly(tokens[q].surface, "a")
            and lexicon.verb_share(tokens[q].surface) == 0)  # (no form of a verb: "were hurt" may say "injured")


def _phrasal(tokens: list[Token], i: int) -> lexicon.Entry | None:
    """The phrasal verb a verb and the particle after it make ("called off", "went ahead"), if WordNet lists it."""
    if i + 1 >= len(tokens) or tokens[i + 1].number is not None:
        return None
    return lexicon.phrasal_entry(tokens[i].surface, tokens[i + 1].surface)


def _other_particle(analysis: ClaimAnalysis, f: SentenceFeatures, aligned: dict[int, list[int]],
                    k: int) -> tuple[str, str] | None:
    """(the claim's phrasal verb, the sentence's) when the claim's verb makes a phrasal verb with its particle
    ("called off": cancel) and the sentence has that verb only with another particle that makes another one,
    neither of them a synonym of the other ("call on": appeal): the same word, another verb."""
    at = analysis.terms[k].position
    mine = _phrasal(analysis.tokens, at)
    places = aligned.get(k, [])
    if mine is None or not places:
        return None
    theirs = [_phrasal(f.tokens, q) for q in places]
    if any(t is None or t.word == mine.word or t.synonyms & mine.synonyms for t in theirs):
        return None
    q = places[0]
    return (f"{analysis.tokens[at].surface} {analysis.tokens[at + 1].surface}",
            f"{f.tokens[q].surface} {f.tokens[q + 1].surface}")


def _negating(word: Token, phrasal: lexicon.Entry | None) -> bool:
    """Whether a verb says the event did not take place: a negating word ("cancelled", "halted"), or a phrasal
    verb that is a synonym of one ("called off": cancel)."""
    return fold(word.surface) in LEXICAL_NEGATORS or (phrasal is not None and bool(phrasal.synonyms & LEXICAL_NEGATORS))


def _related_phrasal(mine: lexicon.Entry | None, verb: ClaimTerm, theirs: lexicon.Entry | None, word: Token) -> bool:
    """Whether a phrasal verb on either side is the other side's verb or a synonym of it ("called off" / "cancelled",
    "went ahead" / "proceeded")."""
    if mine is None and theirs is None:
        return False
    if mine is not None and theirs is not None:
        return mine.word == theirs.word or bool(mine.synonyms & theirs.synonyms)
    if mine is not None:
        base = lexicon.entry_of(word.surface)
        return base is not None and base.word in mine.synonyms
    base = lexicon.entry_of(verb.surface)
    return theirs is not None and base is not None and base.word in theirs.synonyms


def _said_otherwise(verb: ClaimTerm, f: SentenceFeatures) -> bool:
    """Whether the sentence has the verb in another form or by a synonym anywhere ("the decision" for "decided",
    "lead" for "led")."""
    return bool(({verb.stem} | verb.variants | lexicon.kin_stems(verb.surface) | lexicon.base_stems(verb.surface))
                & f.stems)


def _place(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]]) -> list[int]:
    """The sentence positions between the words that stand either side of the claim's verb (the claim words
    nearest it that the sentence has), when they stand in the same order, about as close as in the claim
    (SLACK more words) and with no more clause marks between them (an aside, another clause): the verb's place."""
    terms = analysis.terms
    at = terms[k].position
    placed = [j for j in aligned if j != k and terms[j].number is None]
    before = [j for j in placed if terms[j].position < at]
    after = [j for j in placed if terms[j].position > at]
    if before and not after:  # the claim ends on its verb phrase, of which the sentence has nothing
        return _after_head(analysis, f, k, aligned) or _after_adjunct(
            analysis, f, k, aligned, max(before, key=lambda j: terms[j].position))
    if after and not before:  # the sentence has the claim's object, not its subject
        return _passive_of_object(analysis, f, k, aligned, min(after, key=lambda j: terms[j].position))
    if not before or not after:
        return []
    lefts = [max(before, key=lambda j: terms[j].position)]
    relative = next((i for i in range(at - 1, -1, -1) if fold(analysis.tokens[i].surface) in RELATIVES), None)
    outside = [j for j in before if relative is not None and terms[j].position < relative]
    if outside:  # "citizens who fought as mercenaries abroad have been acquitted": beside the verb, its subject
        lefts.append(max(outside, key=lambda j: terms[j].position))
    right = min(after, key=lambda j: terms[j].position)
    for left in lefts:
        found = _between(analysis, f, k, aligned, left, right)
        if found:
            return found
    return (_right_after(analysis, f, k, aligned, lefts[0]) or _by_agent(analysis, f, k, aligned, lefts[0])
            or _after_subject(analysis, f, k, aligned))


def _right_after(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]],
                 left: int) -> list[int]:
    """Where the claim's verb follows its left neighbour at once (auxiliaries aside: "territories complies",
    "citizens have been acquitted"), the word that follows that neighbour in the sentence, past the same
    auxiliaries or fewer: the verb's place, however the two go on ("territories violates articles 49 and 51 of the
    Geneva Convention" / "territories is permitted by")."""
    at, tokens = analysis.terms[k].position, analysis.tokens
    gap = [fold(t.surface) for t in tokens[analysis.terms[left].position + 1 : at]]
    infinitive = gap == ["to"] and analysis.terms[left].verb  # ("has begun to protect" / "has begun to pose")
    if any(w not in roles.AUXILIARIES for w in gap) or (analysis.terms[left].verb and not infinitive) or lexicon.mostly(
            analysis.terms[left].surface, "r"):
        return []  # (a subject's head, not an adverb: "a highly publicized case"; or a verb before "to")
    past = not gap and lexicon.written_past(tokens[at].surface)
    out = []
    for low in aligned[left]:
        q = low + 1
        while q < len(f.tokens) and (fold(f.tokens[q].surface) in gap or (past and fold(f.tokens[q].surface) in
                                                                          PAST_DO)):
            q += 1  # (the claim's auxiliaries, or fewer: "territories is permitted by" / "territories violates"; not
            # others, "Inez joined" / "Inez will be playing", which may say the claim's verb in its own time; a past
            # "did", negated or not, is the claim's time: "Marsh chaired" / "Marsh did not attend")
        said = {fold(t.surface) for t in f.tokens[low + 1 : q]}
        if any(w not in said and w not in VOICE_AND_ASPECT for w in gap):
            continue  # (only a form of "be" or "have" may be left out: "Nepal to fight" / "Nepal deserting" is no
            # verb in the place of another)
        if q < len(f.tokens) and not _marks(f.text, f.tokens, low, q) and (_reporting(f.tokens[q]) or (
                f.tokens[q].is_content and _own_word(analysis, f, q)
                and not lexicon.general_verb(f.tokens[q].surface))):
            out.append(q)  # (one side only: "came off the rails" may still say "derailed", with or without its
            # particle)
    return out


def _after_head(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]]) -> list[int]:
    """Where the sentence has none of the words after the claim's verb ("Lessons at the primary school went ahead as
    normal"), the verb right after the sentence's own use of the head of the claim's subject, auxiliaries aside
    ("lessons were cancelled for the day"): what the sentence says of the subject, in the verb's place."""
    head = _subject_head(analysis, k)
    if head is None or head not in aligned:
        return []
    out = []
    for low in aligned[head]:
        q = _past(f.tokens, low + 1, roles.AUXILIARIES)
        if _own_verb_after(analysis, f, low, q):
            out.append(q)
    return out


def _after_subject(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]]) -> list[int]:
    """Where the claim's verb is a passive or a perfect ("was handed") and the sentence has a word of the claim's
    subject (its words before the verb k, after any verb before it) right before forms of "be" or "have" and a verb
    of its own ("The CCTV from the night of the stabbing was handed to police" / "... and that CCTV from the night
    had been deleted"): what the sentence says of the subject, in the verb's place, wherever the claim's other
    words stand in it. Not past a modal or a future, which may say the claim's verb in another time."""
    terms, tokens = analysis.terms, analysis.tokens
    at = terms[k].position
    if at == 0 or fold(tokens[at - 1].surface) not in VOICE_AND_ASPECT:
        return []  # (a claim verb with no "be" or "have" before it may be said in another time: "Inez joined" /
        # "Inez will be playing")
    earlier = max((terms[v].position for v in analysis.verbs if terms[v].position < at), default=-1)
    out = []
    for j in aligned:
        if not earlier < terms[j].position < at or terms[j].number is not None:
            continue
        for low in aligned[j]:
            q = _past(f.tokens, low + 1, VOICE_AND_ASPECT)
            if _own_verb_after(analysis, f, low, q):
                out.append(q)
    return out


ADJUNCT_REACH = 6  # words of a prepositional phrase between a subject's last word and its verb ("by drawing on
# reserves")


def _after_adjunct(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]],
                   left: int) -> list[int]:
    """Where the claim's long subject ends right before its verb, auxiliaries aside ("An opposition amendment to
    keep both waste sites open was passed"), and the sentence goes on from the subject's last word with a
    prepositional phrase of its own before its verb ("... open by drawing on reserves was defeated"): that verb,
    past its auxiliaries, in the claim verb's place. The phrase has no clause mark and opens no clause of its own
    (no subordinator, relative or conjunction: "open while the council was considering" is another clause)."""
    at, tokens = analysis.terms[k].position, analysis.tokens
    gap = tokens[analysis.terms[left].position + 1 : at]
    if not gap or any(fold(t.surface) not in roles.AUXILIARIES for t in gap):
        return []
    out = []
    for low in aligned[left]:
        p = low + 1
        if p >= len(f.tokens) or fold(f.tokens[p].surface) not in roles.PREPOSITIONS:
            continue
        while p < min(len(f.tokens), low + 1 + ADJUNCT_REACH) and fold(
                f.tokens[p].surface) not in roles.FINITE_BE_OR_HAVE:
            if fold(f.tokens[p].surface) in CLAUSE_OPENERS:
                break
            p += 1
        if p >= len(f.tokens) or fold(f.tokens[p].surface) not in roles.FINITE_BE_OR_HAVE:
            continue
        q = _past(f.tokens, p, roles.AUXILIARIES)
        if _own_verb_after(analysis, f, low, q):
            out.append(q)
    return out


def _past(tokens: list[Token], q: int, words: frozenset[str]) -> int:
    """The first position from q on whose word is none of ``words`` (past a verb's auxiliaries)."""
    while q < len(tokens) and fold(tokens[q].surface) in words:
        q += 1
    return q


def _own_verb_after(analysis: ClaimAnalysis, f: SentenceFeatures, low: int, q: int) -> bool:
    """Whether the sentence's word at q, past at least one auxiliary after the claim word at ``low`` and in its clause,
    is a verb of the sentence's own: what it says of that word, in the claim verb's place. (After an auxiliary only:
    a word right after a noun may be a noun of its phrase.)"""
    return (low + 1 < q < len(f.tokens) and not _marks(f.text, f.tokens, low, q) and f.tokens[q].is_content
            and _own_word(analysis, f, q) and roles.is_verb(f.tokens, q))


CLAUSE_OPENERS = RELATIVE_PRONOUNS | roles.SUBORDINATORS | {"and", "or", "but", "that"}
"""Words that open a clause of its own inside a phrase: past one, an auxiliary belongs to that clause."""

OBJECT_REACH = 3  # words of the object's phrase after its first word, before the passive that says what was done
FINITE_BE = frozenset({"is", "are", "was", "were"})  # a passive of its own clause ("details were stored"), not one
# inside a noun's phrase ("reports of migrant workers being sent to fight")


def _passive_of_object(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]],
                       first: int) -> list[int]:
    """Where the sentence makes the claim's object (its first word ``first``, right after the active verb k: "stole
    the payment card details") the subject of a passive ("payment card details were stored separately"): the
    participle, which says what was done to it, in the verb's place."""
    tokens = analysis.tokens
    at = analysis.terms[k].position
    between = tokens[at + 1 : analysis.terms[first].position]
    if any(t.is_content for t in between) or (at > 0 and fold(tokens[at - 1].surface) in roles.COPULAS):
        return []  # (not the verb's object, or the claim's verb is a passive itself)
    out = []
    for low in aligned[first]:
        q = low + 1
        while q < min(len(f.tokens), low + 1 + OBJECT_REACH) and f.tokens[q].is_content and not roles.is_verb(
                f.tokens, q):
            q += 1
        if q + 1 < len(f.tokens) and fold(f.tokens[q].surface) in FINITE_BE and not _marks(f.text, f.tokens, low,
                                                                                               q + 1):
            p = q + 1
            if f.tokens[p].is_content and _own_word(analysis, f, p) and roles.is_verb(f.tokens, p):
                out.append(p)
    return out


def _subject_head(analysis: ClaimAnalysis, k: int) -> int | None:
    """The head of the claim's subject: the last word of the run of content words the claim opens with, before the
    verb k and any word that is not one ("Lessons" of "Lessons at the school", "school" of "The primary school")."""
    terms, tokens = analysis.terms, analysis.tokens
    first = next((j for j, t in enumerate(terms) if t.number is None), None)
    if first is None or terms[first].position >= terms[k].position:
        return None
    head = first
    while (head + 1 < len(terms) and terms[head + 1].position == terms[head].position + 1
           and terms[head + 1].position < terms[k].position and not terms[head + 1].verb):
        head += 1
    return None if terms[head].verb or tokens[terms[head].position].capitalised and head != first else head


AGENT_REACH = 5  # words of a passive's agent between "by" and the claim subject's head ("by Britain's Ministry of")


def _by_agent(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]],
              left: int) -> list[int]:
    """Where an active claim's subject ends right before its verb, and the sentence has that subject as a passive's
    agent ("Britain's Ministry of Defence questioned reports" / "the facts have been confirmed by Britain's
    Ministry of Defence"), the participle before "by": what the sentence says the subject did, in the verb's
    place."""
    at, tokens = analysis.terms[k].position, analysis.tokens
    gap = tokens[analysis.terms[left].position + 1 : at]
    if any(fold(t.surface) not in roles.AUXILIARIES for t in gap) or roles.is_passive(tokens, at):
        return []
    out = []
    for low in aligned[left]:
        by = next((j for j in range(low - 1, max(-1, low - 1 - AGENT_REACH), -1)
                   if fold(f.tokens[j].surface) == "by"), None)
        if by is None or by < 1 or _marks(f.text, f.tokens, by, low):
            continue
        q = by - 1
        while q > 0 and lexicon.ly_adverb(f.tokens[q].surface):
            q -= 1  # ("confirmed independently by")
        if (lexicon.written_past(f.tokens[q].surface)  # (a participle: "were calls by staff" is no passive)
                and roles.is_passive(f.tokens, q) and _own_word(analysis, f, q)):
            out.append(q)
    return out


VOICE_AND_ASPECT = roles.BE_AND_HAVE
"""The auxiliaries a passage may say the claim's verb without (a passive claim, an active sentence)."""

RELATIVES = RELATIVE_PRONOUNS - {"whom"}  # the openers of a relative clause between a subject and its verb


def _between(analysis: ClaimAnalysis, f: SentenceFeatures, k: int, aligned: dict[int, list[int]], left: int,
             right: int) -> list[int]:
    """The sentence positions between where the claim words ``left`` and ``right`` stand (``_place``)."""
    terms = analysis.terms
    at = terms[k].position
    span = terms[right].position - terms[left].position
    reach = terms[right].position - at + SLACK  # how far before the right neighbour the verb may stand
    allowed = _marks(analysis.text, analysis.tokens, terms[left].position, terms[right].position)
    opener = fold(analysis.tokens[at - 1].surface) if at and not analysis.tokens[at - 1].is_content else None

    def other_word(q: int) -> bool:  # a content word of the sentence's own, not a number
        tok = f.tokens[q]
        return tok.is_content and tok.number is None and _own_word(analysis, f, q)

    for low in aligned[left]:
        for high in aligned[right]:
            if not (low < high and _marks(f.text, f.tokens, low, high) <= allowed):
                continue
            if high <= low + span + SLACK:  # about as close as in the claim
                found = [q for q in range(low + 1, high) if other_word(q)]
            else:  # further apart, a phrase after the left neighbour ("urges local populations in occupied
                # territories to avoid ..."): the verb after the function word that opens the claim's ("to
                # cooperate"), as near the right neighbour as the claim's is
                found = [q for q in range(max(low + 1, high - reach), high) if opener is not None
                         and fold(f.tokens[q - 1].surface) == opener and other_word(q)]
            if found:
                return found
    return []


def _own_word(analysis: ClaimAnalysis, f: SentenceFeatures, q: int) -> bool:
    """Whether the sentence's word at q is its own, not the claim's: another word, or one the claim has only as a
    noun, here a verb ("MPs rejected the bill by 330 votes to 275" / "MPs voted by 330 to 275 to let the bill
    proceed": what the MPs did stands in the verb's place)."""
    st = f.tokens[q].stem
    return st not in analysis.stems or (roles.is_verb(f.tokens, q)
                                        and not any(t.verb for t in analysis.terms if t.stem == st))


def _marks(text: str, tokens: list[Token], low: int, high: int) -> int:
    """How many clause marks stand between the words at ``low`` and ``high``, less the two commas of an aside that
    says no more than an age or a number right after a word ("Arthur Penn, 80, said")."""
    marks = sum(1 for ch in text[tokens[low].end:tokens[high].start] if ch in CLAUSE_MARKS)
    for i in range(low, high - 1):
        if (tokens[i + 1].number is not None and text[tokens[i].end : tokens[i + 1].start].strip() == ","
                and text[tokens[i + 1].end : tokens[i + 2].start].strip() == ","):
            marks -= 2
    return marks


def _same_frame(claim: list[Token], at: int, sentence: list[Token], q: int) -> bool:
    """Whether both verbs take their object with the same preposition ("called for" / "advocated for"): verbs
    of one frame, which WordNet's single words do not relate (it lists "call for" apart from "call")."""
    def preposition(tokens: list[Token], i: int) -> str | None:
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        return fold(following.surface) if following is not None and not following.is_content else None

    mine = preposition(claim, at)
    return (mine is not None and mine not in roles.AUXILIARIES and mine not in roles.DETERMINERS
            and mine not in ADJUNCT_PREPOSITIONS and mine not in roles.SUBORDINATORS
            and mine not in ("and", "or", "but") and lexicon.phrasal_entry(claim[at].surface, mine) is None
            and mine == preposition(sentence, q) and not _date_after(claim, at + 2))
    # (not "protect the" / "beat the", nor "strengthen by Tuesday" / "ease by Tuesday", nor "killed when" / "hurt
    # when": no frame of their own, and a clause opened after the verb is no object of it; nor the particle of a
    # phrasal verb, "walked out" / "lifted out": a part of the verb, which ``_related_phrasal`` compares)


def _date_after(tokens: list[Token], i: int) -> bool:
    """Whether the phrase at i names a date: a month or a year ("from April", "from next March", "from 2027"): the
    preposition before it opens a phrase of time, whatever verb it follows ("will rise from April" / "will be
    scrapped from April"), not the verb's object."""
    while i < len(tokens) and fold(tokens[i].surface) in ("the", "next", "early", "late", "mid"):
        i += 1
    return i < len(tokens) and (month_of(tokens[i].surface) is not None
                                or is_year(tokens[i].surface, tokens[i].number))


ADJUNCT_PREPOSITIONS = frozenset({"by", "in", "at", "during", "after", "before", "until", "since", "near"})
"""Prepositions that open a phrase of time or place after a verb more often than its object: two verbs followed by
one of them ("strengthen by Tuesday" / "ease by Tuesday") share no frame."""


def _related(verb: ClaimTerm, word: Token) -> bool:
    """Whether WordNet relates the sentence's word to the claim's verb: a synonym or derived form either way,
    or one a kind of the other ("stabbed" / "attacked")."""
    other = word.stem
    if other == verb.stem or other in verb.variants:
        return True
    if other in lexicon.kin_stems(verb.surface) or verb.stem in lexicon.kin_stems(word.surface):
        return True
    mine = lexicon.base_stems(verb.surface)
    theirs = lexicon.base_stems(word.surface)
    if mine & theirs:  # "fell" / "falls"
        return True
    return bool(lexicon.form_general_stems(word.surface) & mine or lexicon.form_general_stems(verb.surface) & theirs)
