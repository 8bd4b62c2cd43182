"""Who did what to whom: a claim's predicates, and whether a passage keeps its subject and object apart.

Without a parser, a word is read as a verb when the words around it say so (after an auxiliary, a modal,
"to" or a negator) or, failing that, when WordNet's tagged corpus used it mostly as a verb and no
determiner stands before it. The claim's words before its first verb are its subject side, those after it
its object side; a passive sentence ("B was discovered by A") swaps the sides back.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .. import lexicon
from ..text import Token, fold, is_year, marked_between
from .connectives import (ARTICLES, CONCESSIVES, CONDITIONS, COORDINATORS, DEMONSTRATIVES, POSSESSIVES,
                          QUANTIFYING, RELATIVE_ADVERBS, RELATIVE_PRONOUNS)

AUXILIARIES = frozenset("be is are was were been being am has have had having do does did will would shall should "
                        "can could may might must to not never n't".split())
COPULAS = frozenset("is are was were be been being am".split())
BE_AND_HAVE = COPULAS | frozenset("has have had having".split())
"""The forms of "be" and "have": the auxiliaries of voice and aspect, and verbs that take no object of their own."""
DETERMINERS = ARTICLES | (DEMONSTRATIVES - {"that"}) | POSSESSIVES | QUANTIFYING
"""Words a noun phrase may open with, passed over to its noun (not "that", which opens a clause as often)."""


def skip_determiners(tokens: Sequence[Token], i: int, step: int) -> int:
    """The first position from i on (step 1: forward, -1: backward) that holds no determiner."""
    while 0 <= i < len(tokens) and fold(tokens[i].surface) in DETERMINERS:
        i += step
    return i


def is_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i reads as a verb here."""
    t = tokens[i]
    if i == 0 or not t.is_content or t.number is not None or t.capitalised:
        return False  # (a claim's first word is its subject)
    before = fold(tokens[i - 1].surface) if i > 0 else ""
    if (before in DETERMINERS or (tokens[i - 1].number is not None and not _year_of_a_phrase(tokens, i - 1))
            or _after_determiner_and_modifier(tokens, i) or _last_after_singular(tokens, i)):
        return False  # "the raids", "55 participating teams", "their own lives", "the new rules", "a hosepipe ban"
    share = lexicon.verb_share(t.surface)
    if i >= 2 and fold(tokens[i - 2].surface) in AUXILIARIES and is_adverb(tokens[i - 1]):
        before = fold(tokens[i - 2].surface)  # (the auxiliary past an adverb: "was first spotted", "was almost flat")
    if before in COPULAS and _adjective_not_participle(t.surface):
        return False  # "was complete", "are clear": after "be", a verb is a participle, not a base form
    if before in AUXILIARIES or before.endswith("n't"):
        # After an auxiliary (and an adverb: "was first spotted"), a form of a verb is one even where WordNet lists
        # the form as an adjective of its own ("had laid off", "would be sold").
        return share > 0 or fold(t.surface).endswith(("ed", "en")) or _form_of_a_verb(t.surface)
    if before in COMPOUNDING_ADVERBS and i + 1 < len(tokens) and tokens[i + 1].is_content:
        return False  # "well-paid combat roles", "newly built homes": an adjective before its noun
    if (_object_after_a_verb(tokens, i) or _object_after_a_past_verb(tokens, i) or _participle_after_preposition(
            tokens, i) or _head_before_its_verb(tokens, i)
            or _modifier_before_its_head(tokens, i)
            or _plural_in_a_prepositional_phrase(tokens, i) or _plural_opening_a_clause(tokens, i)
            or _plural_heading_an_object(tokens, i)):
        return False
    if share < 0.9 and _head_of_a_phrase_before_of(tokens, i):
        return False
    return share >= 0.5 or _past_with_object(tokens, i)


def _year_of_a_phrase(tokens: Sequence[Token], j: int) -> bool:
    """Whether the number at j is a year a preposition governs ("fell from the spire in 2026 injured a verger"): it
    ends its phrase, and counts nothing after it."""
    return j > 0 and is_year(tokens[j].surface, tokens[j].number) and fold(tokens[j - 1].surface) in PREPOSITIONS


def is_adverb(tok: Token) -> bool:
    """Whether a word may be an adverb: one WordNet's corpus uses as one, as it is written ("later", "first",
    "since"; not "late"), or a word in -ly it does not know ("reportedly"; not "apply")."""
    entry = lexicon.lookup(tok.surface)
    return "r" in entry.tags if entry is not None else fold(tok.surface).endswith("ly")


COMPOUNDING_ADVERBS = frozenset({"well", "ill", "badly", "poorly", "highly", "newly"})
"""Adverbs that make an adjective of the participle after them ("well-paid", "ill-equipped", "highly trained",
"newly built"): before a noun, the two qualify it; no verb takes the noun for object."""


def has_verb(tokens: Sequence[Token]) -> bool:
    """Whether any word of a sentence may be a verb: an auxiliary, a word read as a verb here, or one WordNet's
    corpus mostly uses as a verb wherever it stands ("Written for the Central Media Office by"). "Statement on the
    Fenwick junction incident", a heading, has none: it says nothing happened."""
    return any(fold(t.surface) in AUXILIARIES or is_verb(tokens, i)
               or (t.is_content and t.number is None and (lexicon.verb_share(t.surface) >= 0.5 or (
                   (fold(t.surface) != lexicon.lemma_of(t.surface) or fold(t.surface).endswith(("ed", "en")))
                   and _form_of_a_verb(t.surface))))
               for i, t in enumerate(tokens))  # ("Written", "closed": forms of verbs, though lemmas of their own)


def _head_of_a_phrase_before_of(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i ends a noun phrase a determiner opens, and "of" follows it ("the public awareness
    work of authorities", "the annual use of force"): its head noun. A word used mostly as a verb keeps its
    reading ("the patients died of cancer")."""
    if i + 1 >= len(tokens) or fold(tokens[i + 1].surface) != "of":
        return False
    j = i - 1
    while j >= 0 and tokens[j].is_content and tokens[j].number is None and not tokens[j].capitalised:
        j -= 1
    return j >= 0 and j < i - 1 and fold(tokens[j].surface) in DETERMINERS


PREPOSITIONS = frozenset("of in on at for from with by into onto about against among between through during "
                         "without under over".split())


def _participle_after_preposition(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a participle right after a preposition, or a preposition and an adverb: it
    modifies the noun that follows ("composed of locally elected officials", "shot by armed men"), it is no
    finite verb with a subject of its own."""
    if not fold(tokens[i].surface).endswith(("ed", "en")):
        return False
    j = i - 1
    if j > 0 and lexicon.ly_adverb(tokens[j].surface):
        j -= 1
    return fold(tokens[j].surface) in PREPOSITIONS


def _plural_in_a_prepositional_phrase(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a form in -s right after a preposition and a noun ("protects migrants from police
    raids", "about migrant workers"): the phrase's head, a plural. A verb there would need a subject, and the noun
    before it is the preposition's object."""
    word = fold(tokens[i].surface)
    if i < 1 or not word.endswith("s") or word.endswith("ss"):
        return False
    if fold(tokens[i - 1].surface) in PREPOSITIONS:
        return True  # "reports on attempts to lure"
    before = tokens[i - 1]
    return (i >= 2 and fold(tokens[i - 2].surface) in PREPOSITIONS and before.is_content and before.number is None
            and not before.is_negator and not _plural(before.surface))  # (a plural qualifies no noun after it:
    # "seen by reporters implies that")


def _plural(word: str) -> bool:
    """Whether a word is a plural form of a noun WordNet lists ("reporters", "journalists"; not "police")."""
    base = lexicon.inflected_from(word)
    return fold(word).endswith("s") and base is not None and bool(base.tags.get("n"))


SUBORDINATORS = CONCESSIVES | CONDITIONS | frozenset({"because", "once", "when", "whenever", "while"})
"""Words that open a clause with its subject: what comes right after them is no finite verb."""


def _plural_opening_a_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a form in -s right after a word that opens a clause ("when nurses on the ward
    found", "because prices rose"): the clause's subject, a plural. A finite verb there would have no subject."""
    word = fold(tokens[i].surface)
    return word.endswith("s") and not word.endswith("ss") and fold(tokens[i - 1].surface) in SUBORDINATORS


OBJECT_PARTICLES = frozenset({"over", "up", "down", "out", "off", "in", "on", "back", "away"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you"})
NOUNS_BEFORE_HEAD = 3  # nouns between a determiner and the plural that heads its phrase ("the school bus routes")


def _plural_heading_an_object(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a form in -s that ends a noun phrase a determiner opens right after a verb (or a
    verb and its particle): "have taken over the school bus routes", "raided the market stalls". The phrase is the
    verb's object, and its last word its head, no second finite verb."""
    word = fold(tokens[i].surface)
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if i + 1 < len(tokens) and fold(tokens[i + 1].surface) not in PREPOSITIONS and tokens[i + 1].start == tokens[
            i].end + 1 and (tokens[i + 1].is_content or fold(tokens[i + 1].surface) in OBJECT_PRONOUNS):
        # (one space between: no punctuation ends the phrase there)
        return False  # (an object after it makes it a verb: "suspect the creature ignores him", "believe the
        # constitution reflects good governance": a clause after a verb of belief)
    j = i - 1
    while j >= 0 and i - j <= NOUNS_BEFORE_HEAD and tokens[j].is_content and tokens[j].number is None and not (
            tokens[j].capitalised or _plural(tokens[j].surface)):
        j -= 1
    if j == i - 1 or j < 1 or fold(tokens[j].surface) not in DETERMINERS:
        return False
    before = j - 1
    if fold(tokens[before].surface) in OBJECT_PARTICLES and before >= 1:
        before -= 1
    return tokens[before].is_content and is_verb(tokens, before)


OBJECT_WORDS = 4  # content words of an object phrase read after its verb ("the payment card details")


def object_after(tokens: Sequence[Token], text: str, at: int) -> list[int]:
    """The content words of the object right after the verb at ``at`` (past determiners, up to a function word, a
    verb or a clause mark); none after a passive ("were stolen by"; "was carrying goods" is no passive), or where a
    preposition comes first."""
    if at > 0 and fold(tokens[at - 1].surface) in COPULAS and not fold(tokens[at].surface).endswith("ing"):
        return []
    words: list[int] = []
    for j in range(at + 1, min(len(tokens), at + 1 + OBJECT_WORDS + 2)):
        if any(c in text[tokens[j - 1].end : tokens[j].start] for c in ",;:.!?()—–"):
            break
        tok = tokens[j]
        if not tok.is_content:
            if words or fold(tok.surface) not in DETERMINERS:
                break
            continue
        if tok.number is not None or is_verb(tokens, j) or len(words) == OBJECT_WORDS:
            break
        words.append(j)
    return words


def _object_after_a_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a plural noun right after a verb ("launch attacks", "police raid workplaces"): a
    word in -s there is the verb's object, never a second finite verb."""
    word = fold(tokens[i].surface)
    return (word.endswith("s") and not word.endswith("ss") and tokens[i - 1].is_content
            and not tokens[i - 1].capitalised and is_verb(tokens, i - 1))


BARE_INFINITIVE_TAKERS = frozenset({"help"})  # verbs whose past form a bare infinitive may follow ("helped fund")


def _object_after_a_past_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a base form that ends its phrase right after a verb's past form ("donations had
    outstripped demand."): there it is the verb's object, never a verb of its own, but after "help" ("helped fund
    repairs")."""
    word, before = tokens[i], tokens[i - 1]
    w = fold(word.surface)
    entry = lexicon.lookup(w)
    if i < 2 or w.endswith(("ed", "ing", "s")) or lexicon.inflected_from(w) is not None or (
            entry is not None and "a" in entry.tags) or (i + 1 < len(tokens) and tokens[i + 1].is_content):
        return False  # (an adjective there may be what a linking verb says, "stayed open"; a word before another
        # may open a compound, "began strike action": each left as it was read)
    base = lexicon.base_entry(before.surface)
    return (before.is_content and not before.capitalised and lexicon.written_past(before.surface)
            and base is not None and base.word not in BARE_INFINITIVE_TAKERS and is_verb(tokens, i - 1))


def _head_before_its_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i ends a noun phrase a determiner opens and a past form of a verb or a finite auxiliary
    follows it at once ("The Inchmore ferry ran", "the ransomware attack shut down", "their asylum claims are"), or
    the sentence's second word before a finite auxiliary ("Building work will begin"): the subject's head, before
    its verb; two finite verbs do not stand side by side."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    word = fold(following.surface)
    if word in FINITE_AUXILIARIES and i == 1:
        return True  # ("Building work will begin": the sentence's first two words, its subject)
    if word in FINITE_AUXILIARIES and _ends_noun_phrase(tokens, i):
        return True  # ("their asylum claims are processed", "The Swiss avalanche research institute had said": a
        # verb takes no auxiliary after it)
    if not any(fold(tokens[j].surface) in DETERMINERS for j in range(max(0, i - 2), i)):
        return False
    if (not following.is_content or following.number is not None or following.capitalised
            or word.endswith(("s", "ing"))):
        return False  # (a plural is an object, a form in -ing a participle: "regulations prohibit occupying forces")
    base = lexicon.inflected_from(word)
    return base is not None and bool(base.tags.get("v")) and lexicon.verb_share(word) >= 0.5


NOUN_PHRASE_REACH = 5  # modifiers between a determiner and the head of its noun phrase


def _ends_noun_phrase(tokens: Sequence[Token], i: int) -> bool:
    """Whether a determiner opens a phrase that the word at i ends, every word between them a name or a word
    WordNet's corpus does not use mostly as a verb, nor a past form ("The Swiss avalanche research institute"): no
    verb stands between them to end the phrase sooner ("the report said officials")."""
    return _opened_before(tokens, i, lambda tok: tok.is_content and tok.number is None and (tok.capitalised or not (
        lexicon.written_past(tok.surface) or lexicon.mostly(tok.surface, "v"))))


def _opened_before(tokens: Sequence[Token], i: int, modifies: Callable[[Token], bool]) -> bool:
    """Whether a determiner or a possessive stands within NOUN_PHRASE_REACH words before i, every word between them
    one that ``modifies`` the phrase's head: they open the phrase the word at i stands in."""
    for j in range(i - 1, max(-1, i - 2 - NOUN_PHRASE_REACH), -1):
        tok = tokens[j]
        if fold(tok.surface) in DETERMINERS or possessive(tok.surface):
            return True
        if not modifies(tok):
            return False
    return False


def possessive(word: str) -> bool:
    """Whether the word is a possessive ("Coventry's"), which opens a noun phrase as a determiner does."""
    return fold(word).endswith(("'s", "’s"))


def _modifier_before_its_head(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a modifier in a noun phrase that a determiner or a possessive opens and whose head
    a finite auxiliary follows ("Coventry's e-scooter hire trial will end": hire, a noun before "trial"). Only a
    word as WordNet lists it: an inflected one is the verb of a clause ("The inquiry found officials had lied")."""
    if lexicon.written_past(tokens[i].surface) or lexicon.inflected_from(tokens[i].surface) is not None:
        return False
    h = i
    while (h + 1 < len(tokens) and h - i < NOUN_PHRASE_REACH and tokens[h + 1].is_content
           and tokens[h + 1].number is None and not lexicon.written_past(tokens[h + 1].surface)):
        h += 1
    if h == i or h + 1 >= len(tokens) or fold(tokens[h + 1].surface) not in FINITE_AUXILIARIES:
        return False
    return _opened_before(tokens, i, lambda tok: (len(tok.surface) == 1 and tok.surface.isalpha()) or (
        tok.is_content and tok.number is None and not lexicon.written_past(tok.surface)))
    # (a compound's letter too: "e-scooter", "x-ray")


FINITE_BE_OR_HAVE = frozenset({"had", "has", "have", "was", "were", "is", "are"})
"""The finite forms of "be" and "have": a passive's or a perfect's auxiliary, which says its verb in the past or now."""
FINITE_AUXILIARIES = frozenset("is are was were has have had will would can could may might must should shall".split())
"""Auxiliaries that open a finite verb phrase: the word before one, after a determiner, ends its subject."""


def _adjective_not_participle(word: str) -> bool:
    """Whether the word is mostly an adjective in WordNet's tagged corpus and not a verb's participle or -ing form
    ("complete", "clear"; not "closed", "taken", "held"), or an adjective that is a verb's base form
    (``base_form_adjective``: "open", "close")."""
    return (not lexicon.written_past(word) and not fold(word).endswith("ing") and lexicon.mostly(word, "a")
            ) or base_form_adjective(word)


BASE_FORM_ADJECTIVE_SHARE = 0.5
"""How often, against its uses as a verb, WordNet's corpus must use a verb's base form as an adjective for it to read
as one after "be": "open" (95 to 154), "close" (77 to 86); not "cut" (5 to 87) or "set", which are participles too."""


def base_form_adjective(word: str) -> bool:
    """Whether the word, after a form of "be", is an adjective though WordNet's corpus uses it more as a verb: a
    verb's base form, which "be" never takes ("were close to", "is open"; a verb there is a participle or in -ing),
    used often enough as an adjective (BASE_FORM_ADJECTIVE_SHARE) that it is no participle of the same spelling."""
    w = fold(word)
    entry = lexicon.lookup(w)
    if entry is None or w.endswith(("ed", "ing")) or lexicon.lemma_of(w) != w:
        return False
    adjective = entry.tags.get("a", 0)
    return adjective > 0 and adjective >= BASE_FORM_ADJECTIVE_SHARE * entry.tags.get("v", 0)


def _past_with_object(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a past form in -ed of a verb between a noun phrase's last word and the next one's
    first ("the ministry questioned reports", "residents campaigned against"): a finite verb, however often WordNet's
    corpus uses its base as a noun. A participle after a noun takes "by" or its own phrase ("reports questioned by
    experts"), not an object."""
    if i + 1 >= len(tokens) or not past_in_ed(tokens[i].surface):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not before.is_content or before.number is not None or is_verb(tokens, i - 1):
        return False
    following = fold(after.surface)
    return after.number is None and following.isalpha() and following not in PREPOSITIONS | AUXILIARIES | {
        "and", "or", "but", "as", "than"}


def past_in_ed(word: str) -> bool:
    """Whether the word is a past form in -ed of a verb ("questioned", "campaigned"), however often WordNet's corpus
    uses its base as a noun."""
    return fold(word).endswith("ed") and _form_of_a_verb(word)


def _form_of_a_verb(word: str) -> bool:
    base = lexicon.base_entry(word)
    return base is not None and base.tags.get("v", 0) > 0


def _after_determiner_and_modifier(tokens: Sequence[Token], i: int) -> bool:
    """Whether a determiner and an adjective (WordNet's tagged corpus uses it mostly as one) stand before the
    word: "their own lives", "the new rules" are nouns."""
    if i < 2 or fold(tokens[i - 2].surface) not in DETERMINERS:
        return False
    modifier = fold(tokens[i - 1].surface)
    entry = lexicon.lookup(modifier)  # as written: an inflected word ("migrants") is no adjective
    return entry is not None and entry.word == modifier and entry.main_pos == "a"


SINGULAR_DETERMINERS = frozenset({"a", "an", "each", "every", "another"})
"""Determiners of one: the noun after one is singular, and a verb it is the subject of agrees ("a ban applies")."""


def _last_after_singular(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a base form that ends the sentence right after a singular noun a determiner of one
    opens ("has introduced a hosepipe ban."): a finite verb of that subject would end in -s ("a hosepipe bans"), and
    a past form spelled as its base would take an object there ("a lorry hit his car")."""
    if i < 2 or fold(tokens[i - 2].surface) not in SINGULAR_DETERMINERS or not tokens[i - 1].is_content:
        return False
    word = fold(tokens[i].surface)
    if word.endswith(("s", "ed", "ing")) or lexicon.written_past(word):
        return False
    return i + 1 == len(tokens)


def predicates(tokens: Sequence[Token]) -> list[int]:
    """Positions of the words of a claim read as verbs: what the claim says happened."""
    return [i for i in range(len(tokens)) if is_verb(tokens, i)]


def is_passive(tokens: Sequence[Token], verb: int) -> bool:
    """"was discovered by", "were taken": a form of "be" before a participle (not before a form in -ing, "were
    working": the progressive)."""
    if fold(tokens[verb].surface).endswith("ing"):
        return False
    for j in range(verb - 1, max(-1, verb - 4), -1):
        w = fold(tokens[j].surface)
        if w in COPULAS:
            return True
        if w not in ("not", "never", "also", "then", "later", "reportedly", "allegedly") and not lexicon.ly_adverb(w):
            return False
    return False


def participle(tok: Token) -> bool:
    """Whether the word is a past form of a word WordNet has a verb sense of ("funded": fund), however rarely its
    corpus uses it as one."""
    base = lexicon.base_entry(tok.surface)
    return tok.is_content and lexicon.written_past(tok.surface) and base is not None and "v" in base.tags


def reduced_passive(text: str, tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb is a participle a comma sets off, right before "by": "Clean-up crews, helped by around 200
    volunteers, have been removing oil" is a passive with no "be" (the volunteers help the crews). (After a noun
    with no comma the form may be a past tense: "prices rose by 5%".)"""
    return (0 < verb < len(tokens) - 1 and fold(tokens[verb + 1].surface) == "by"
            and "," in text[tokens[verb - 1].end : tokens[verb].start] and participle(tokens[verb]))


def hyphened_modifier(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether the participle at i ends a compound a hyphen joins to the word before it, before a noun ("46
    oil-covered seabirds", "Russian-backed forces"): a passive with no "be", whose agent is the word before the
    hyphen ("forces backed by Russia")."""
    return (i < len(tokens) - 1 and hyphen_joined(text, tokens, i) and tokens[i + 1].is_content
            and tokens[i + 1].number is None and participle(tokens[i]))


def hyphen_joined(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether a hyphen joins the word at i to the word before it ("long-haul", "oil-covered")."""
    return 0 < i < len(tokens) and text[tokens[i - 1].end : tokens[i].start] == "-"


def participle_of_a_noun(text: str, tokens: Sequence[Token], verb: int) -> bool:
    """Whether the participle at ``verb``, before a preposition, follows a noun that a verb just before has for
    object ("Rescuers treated 46 seabirds covered in oil"): a passive that says what the noun underwent, no second
    verb of the subject's. Only determiners, numbers and the object's words stand between, with no mark."""
    if (verb < 2 or verb + 1 >= len(tokens) or fold(tokens[verb + 1].surface) not in PREPOSITIONS
            or not participle(tokens[verb]) or not lexicon.mostly(tokens[verb - 1].surface, "n")):
        return False
    for j in range(verb - 1, max(-1, verb - 2 - OBJECT_WORDS), -1):
        if marked_between(text, tokens, j, j + 1):
            return False
        tok = tokens[j]
        if not tok.is_content and fold(tok.surface) not in DETERMINERS:
            return False
        if tok.is_content and tok.number is None and is_verb(tokens, j):
            return j < verb - 1
    return False


def sides(tokens: Sequence[Token], verb: int, positions: dict[str, int],
          text: str = "") -> tuple[set[str], set[str]]:
    """Of the words at ``positions`` (stem -> position), those on the subject side of ``verb`` and those on its
    object side, with a passive turned active (``text``, the tokens' text, shows a passive a comma sets off:
    ``reduced_passive``)."""
    before = {st for st, p in positions.items() if p < verb}
    after = {st for st, p in positions.items() if p > verb}
    if text and hyphened_modifier(text, tokens, verb):
        joined = {st for st, p in positions.items() if p == verb - 1}
        return joined, set(positions) - joined
    if is_passive(tokens, verb) or (text and (participle_of_a_noun(text, tokens, verb)
                                              or reduced_passive(text, tokens, verb))):
        agent = next((j for j in range(verb + 1, len(tokens)) if fold(tokens[j].surface) == "by"), None)
        if agent is not None:
            end = agent_end(tokens, agent)
            by = {st for st, p in positions.items() if agent < p < end}
            return by, before | (after - by)
        # A passive that names no agent: its subject is what is acted on, and what follows is no agent ("homes
        # were damaged when Storm Ines struck": Ines is not the one the homes damaged).
        return set(), before
    return before, after


AGENT_ENDS = COORDINATORS | RELATIVE_PRONOUNS | RELATIVE_ADVERBS | frozenset({"while"})
"""Words that end a passive's agent phrase: what follows is another clause ("pulled from the water by two
passers-by and taken to St Anne's Hospital": the hospital is no agent)."""


def agent_end(tokens: Sequence[Token], agent: int) -> int:
    """Where the agent phrase that "by" at ``agent`` opens ends: at a conjunction, a relative word or a verb."""
    for j in range(agent + 1, len(tokens)):
        if fold(tokens[j].surface) in AGENT_ENDS or (j > agent + 1 and is_verb(tokens, j)):
            return j
    return len(tokens)


def acted_upon(claim: tuple[set[str], set[str]], passage: tuple[set[str], set[str]]) -> tuple[str, str] | None:
    """(a claim subject word, a claim object word) when the passage puts the claim's subject on the object side
    of the verb (two words or more, none left on its subject side) and has nothing of the claim's object by it:
    "Harassment has led to the campaign" / "Such incitement has led to an increase in harassment", where the
    campaign, named the sentence before, is only referred to. The claim's doer is what the passage's verb acts
    on."""
    subject, objects = claim
    doers, done_to = passage
    moved = subject & done_to
    if len(moved) >= 2 and not subject & doers and objects and not objects & (doers | done_to):
        return sorted(moved)[0], sorted(objects)[0]
    return None


def sides_of(pivot: int, positions: dict[str, int]) -> tuple[set[str], set[str]]:
    """Of the words at ``positions``, those before and those after ``pivot`` (a comparison's "than")."""
    return {st for st, p in positions.items() if p < pivot}, {st for st, p in positions.items() if p > pivot}


PERSONS = {"i": "me", "me": "me", "we": "us", "us": "us", "he": "him", "him": "him", "she": "her", "her": "her",
           "they": "them", "them": "them"}
"""Personal pronouns by the person they name, whatever their case: "they beat guards" and "guards had beaten them"
name the same people on the two sides of the verb. ("it" and "you" have one form for both.)"""


def person(tokens: Sequence[Token], i: int) -> str | None:
    """The key of the person a personal pronoun at i names ("#them" for "they" and "them"), or None; "her" before a
    word of content is a possessive, no argument of a verb ("her son")."""
    word = fold(tokens[i].surface)
    if word not in PERSONS or (word == "her" and i + 1 < len(tokens) and tokens[i + 1].is_content):
        return None
    return "#" + PERSONS[word]


def swapped(claim: tuple[set[str], set[str]], passage: tuple[set[str], set[str]]) -> tuple[str, str] | None:
    """A claim word of the subject side found on the passage's object side, and one of the object side found on
    its subject side: the roles are swapped ("A discovered B" against "B discovered A")."""
    subj_moved = sorted(claim[0] & passage[1])
    obj_moved = sorted(claim[1] & passage[0])
    if subj_moved and obj_moved:
        return subj_moved[0], obj_moved[0]
    return None
