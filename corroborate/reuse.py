"""Detecting text reuse between sources by aligning their sentences.

Two sentences are compared by the rare words they share (weighted by inverse sentence frequency over the
whole corpus, so topic words every source uses count little) and by the word pairs they share in
order, which a rewording keeps and an independent text on the same topic rarely does. A pair of
documents is dependent when reused sentences make up a real share of the shorter document, or
when one long sentence is taken over nearly whole. The aligned sentences, grouped into blocks of
neighbouring sentences, are the evidence shown to the user.

Two reports of one event share its names and its main facts: word pairs such as "General Hospital" and
"Health Trust" are in both, and a whole-text score counts them. What a rewrite has, and a second report
does not, is a counterpart for much of what the other text says, sentence by sentence. So a whole-text
dependency also needs the sentences that align with the other text (each telling the same thing as one of
its sentences) to make up MIN_ALIGNED_SHARE of one of the two texts. A date line is no text anyone
reuses: two reports of one day share it, so it is left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain
from typing import Collection, Iterable

from .disagreement import NEGATOR, Disagreement, corrected_count, denied, disagree
from .attribution import find_attributions, masthead_names, only_a_credit, relayed
from .graph import Attribution, Dependency
from .sources import Corpus, Source
from .text import DATELINE_WORDS, content_stems, is_dateline

STRONG = 0.5  # sentence similarity that seeds a block of evidence
LOCAL_SIMILARITY = 0.6  # ... and from which a long sentence counts as taken over from the other text
TEXT_REUSE = 0.185  # whole-text score (pair containment + 0.25 word containment) from which texts are dependent
MIN_SHARED_PAIRS = 8  # ... and shares this many word pairs: a sentence or two on one event is not a text reused
MIN_ALIGNED_SHARE = 1 / 3  # ... and sentences aligned with the other text make up this share of one of the two
WEAK = 0.2  # similarity at which a neighbour of a strong pair joins its block (evidence only)
DISAGREEMENT_SIMILARITY = 0.25  # sentences this alike tell the same thing: a fact they differ on is a disagreement
ALIGNED = DISAGREEMENT_SIMILARITY  # a sentence that alike to one of the other text is aligned with it
LONG_SENTENCE = 8  # shared rare words that make a single near-copied sentence enough on its own
SIGNATURE = 10  # a sentence's rarest words used to find candidate pairs
MIN_SHARED_SIGNATURE = 2  # ... of which two sentences must share this many to be compared
MAX_POSTING = 50  # a signature word shared by more sentences than this is too common to find pairs by


class _Unit:
    """One sentence as reuse detection sees it: its content stems in order and their total rarity.

    Word sets and word pairs are made only while a sentence is compared, never kept, so a large corpus
    costs little more than the stems it already had.
    """

    __slots__ = ("uid", "source", "index", "sequence", "weight", "signature")

    def __init__(self, uid: int, source: int, index: int, sequence: tuple[str, ...], idf: dict[str, float],
                 signature: list[str]) -> None:
        self.uid, self.source, self.index, self.sequence = uid, source, index, sequence
        self.weight = sum(idf[st] for st in set(sequence))
        self.signature = signature

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(self.sequence)

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        return _pairs(self.sequence)


def _pairs(stems: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Ordered pairs of words one or two places apart: what a rewording keeps of a sentence's structure."""
    return frozenset(zip(stems, stems[1:])).union(zip(stems, stems[2:]))


QUOTE_FRAME = 6  # content words a quotation's sentence must keep without the quote to count as the reporter's
QUOTED = re.compile(r'“[^”]{12,}”|"[^"]{12,}"|«[^»]{12,}»|„[^“”]{12,}[“”]')  # a quotation of a few words or more


def own_words(source: Source) -> list[tuple[str, ...]]:
    """The content stems of each sentence, leaving out what it quotes and its date line: quoted speech is the
    speaker's text, not the reporter's. Two reports that quote the same official share the official (an
    attribution, found separately), not each other's text."""
    out = []
    for i, sentence_stems in enumerate(source.content_stems()):
        text = source.sentence_text(i)
        if len(sentence_stems) <= DATELINE_WORDS and is_dateline(text):  # (the count of its words first: cheaper)
            sentence_stems = ()  # "District News, 5 March 2026": reports of one day share it, nobody copied it
        elif QUOTED.search(text):
            frame = QUOTED.sub(" ", text)
            rest = content_stems(frame)
            # What is left of a quotation's sentence is mostly its frame ("said union organiser Maria Lopes"):
            # the speaker's credit, not the reporter's text.
            sentence_stems = rest if len(rest) >= QUOTE_FRAME and not only_a_credit(frame) else ()
        out.append(sentence_stems)
    return out


class Rarity:
    """How rare each word is over the whole corpus, each sentence's signature (its rarest words), and which
    words are in too many signatures to find pairs by.

    Always over every sentence, so a pair of sources gets the same result whether it is compared alone or
    with all the others. Only ``too_common`` looks at every sentence; a check calls it ahead, while its
    workers match claims.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.stems_of = [own_words(s) for s in corpus.sources]
        self.using = corpus.sentences_with
        self.idf = _Idf(corpus)
        self._too_common: frozenset[str] | None = None

    def _order(self, st: str) -> tuple[int, str]:
        """Rarest first: fewest sentences (highest idf), then alphabetical."""
        return len(self.using[st]), st

    def units(self, source: int, first_uid: int) -> list[_Unit]:
        return [_Unit(first_uid + i, source, i, stems, self.idf, sorted(set(stems), key=self._order)[:SIGNATURE])
                for i, stems in enumerate(self.stems_of[source])]

    def too_common(self) -> frozenset[str]:
        """The words in the signatures of more than MAX_POSTING sentences."""
        if self._too_common is None:
            by_rank = sorted(self.using, key=self._order)
            rank = {st: r for r, st in enumerate(by_rank)}.__getitem__
            # Signatures as ranks: sorting small integers is several times faster than sorting by a key.
            counts = Counter(chain.from_iterable(sorted(set(map(rank, stems)))[:SIGNATURE]
                                                 for per_source in self.stems_of for stems in per_source))
            self._too_common = frozenset(by_rank[r] for r, n in counts.items() if n > MAX_POSTING)
        return self._too_common


class _Idf(dict[str, float]):
    """``Corpus.idf`` of each word, kept once asked for: reuse detection looks words up many times."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def __missing__(self, st: str) -> float:
        value = self[st] = self.corpus.idf(st)
        return value


def similarity(a: _Unit, b: _Unit, idf: dict[str, float], a_stems: frozenset[str] | None = None,
               a_pairs: frozenset[tuple[str, str]] | None = None) -> tuple[float, int]:
    """Similarity of two sentences in 0..1 and how many content words they share.

    The first sentence's word set and pairs may be passed in when it is compared with many others.
    """
    shared = (a_stems or a.stems).intersection(b.sequence)
    if len(shared) < 3:
        return 0.0, len(shared)
    shared_weight = sum(idf[st] for st in shared)
    containment = shared_weight / max(1e-9, min(a.weight, b.weight))
    union_weight = a.weight + b.weight - shared_weight
    jaccard = shared_weight / max(1e-9, union_weight)
    pa, pb = a_pairs or a.pairs, b.pairs
    pairs = len(pa & pb) / max(1, min(len(pa), len(pb)))
    return 0.4 * containment + 0.3 * jaccard + 0.3 * pairs, len(shared)


def detect_reuse(corpus: Corpus, pairs: Collection[tuple[int, int]] | None = None,
                 rarity: Rarity | None = None, disagreements: list[Disagreement] | None = None,
                 known_credits: dict[int, list[Attribution]] | None = None) -> list[Dependency]:
    """Reuse between every two sources, or only between the pairs of source indexes given.

    A check needs only the pairs of sources that back (or dispute) one claim together, a small share of all
    pairs in a large corpus. A pair's result does not depend on which other pairs are asked for. Sentences
    that tell the same thing but disagree on a fact are added to ``disagreements`` when it is given; a
    dependency that rests only on such sentences is dropped (see ``disagreement``). ``known_credits``: each
    source's attributions, when the caller has them already (by source index).
    """
    rarity = rarity or Rarity(corpus)
    idf = rarity.idf
    later_of: dict[int, set[int]] = defaultdict(set)  # the later sources each source is compared with
    if pairs is None:
        needed: Iterable[int] = range(len(corpus.sources))
    else:
        for x, y in pairs:
            if x != y:
                later_of[min(x, y)].add(max(x, y))
        needed = sorted({i for x, y in pairs if x != y for i in (x, y)})
    units: dict[int, list[_Unit]] = {}
    flat: list[_Unit] = []
    for si in needed:
        units[si] = rarity.units(si, len(flat))
        flat.extend(units[si])
    # Candidate sentence pairs share at least two of their rarest words: a reworded sentence keeps most of
    # its rare words, so looking only at each sentence's few rarest ones finds it without comparing every
    # pair, and a single shared rare word is what two texts on one topic have in common anyway. A word in
    # the signatures of many sentences across the corpus is too common to find pairs by.
    too_common = rarity.too_common()
    postings: dict[str, list[int]] = defaultdict(list)
    for u in flat:
        for st in u.signature:
            if st not in too_common:
                postings[st].append(u.uid)
    pair_sims: dict[tuple[int, int], list[tuple[int, int, float, int]]] = defaultdict(list)
    short: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)  # too little alike to align
    negators: dict[int, set[int]] = {}

    def negating(source: int) -> set[int]:
        """The sentences of a source with a negator: only they can correct another ("not diverted", "not nine
        as first reported")."""
        if source not in negators:
            found = corpus.sources[source]
            negators[source] = {i for i in range(len(found.sentences)) if NEGATOR.search(found.sentence_text(i))}
        return negators[source]

    for si, row in units.items():
        later = later_of.get(si)
        if pairs is not None and not later:
            continue
        for a in row:
            hits: Counter[int] = Counter()
            for st in a.signature:
                posting = postings.get(st)
                if posting:
                    hits.update(posting)
            if later is None:  # every pair: every later source
                candidates = [uid for uid, n in hits.items() if n >= MIN_SHARED_SIGNATURE and flat[uid].source > si]
            else:
                candidates = [uid for uid, n in hits.items() if n >= MIN_SHARED_SIGNATURE and flat[uid].source in later]
            if not candidates:
                continue
            a_stems, a_pairs = a.stems, a.pairs
            for uid in candidates:
                b = flat[uid]
                sim, n_shared = similarity(a, b, idf, a_stems, a_pairs)
                if sim >= WEAK:
                    pair_sims[(si, b.source)].append((a.index, b.index, sim, n_shared))
                elif disagreements is not None and (a.index in negating(si) or b.index in negating(b.source)):
                    short[(si, b.source)].append((a.index, b.index, n_shared))  # alike in little: a correction?
    if disagreements is not None:
        disagreements.extend(_corrections(corpus, short, pair_sims.keys()))
    documents: dict[int, _DocumentWords] = {}

    def document(index: int) -> _DocumentWords:
        if index not in documents:
            documents[index] = _DocumentWords.of(units[index], idf)
        return documents[index]

    out: list[Dependency] = []
    credits: dict[int, list[Attribution]] = dict(known_credits or {})
    mastheads: dict[int, frozenset[str]] = {}

    def relays(x: int, y: int) -> set[int]:
        """Sentences of source x that credit the speaker of source y (its masthead)."""
        for i in (x, y):
            if i not in credits:
                credits[i] = find_attributions(corpus.sources[i])
            if i not in mastheads:
                mastheads[i] = masthead_names(corpus.sources[i])
        # Who speaks in y: its masthead's names, less those y itself credits (then y relays them too).
        speakers = mastheads[y] - {a.credited.casefold() for a in credits[y]}
        return relayed(corpus.sources[x], credits[x], speakers)

    for (sa, sb), sims in sorted(pair_sims.items()):
        first, second = corpus.sources[sa], corpus.sources[sb]
        # (Date lines are left out: "press office, 14 March" and "press office, 2 April" date two texts, they
        # disagree on no fact.)
        found = [Disagreement(first.passage(i, i), second.passage(j, j), why) for i, j, sim, _ in sims
                 if sim >= DISAGREEMENT_SIMILARITY
                 and not is_dateline(text_a := first.sentence_text(i))
                 and not is_dateline(text_b := second.sentence_text(j))
                 and (why := disagree(text_a, text_b)) is not None]
        if disagreements is not None:
            disagreements.extend(found)
        disputed = {(d.a.first, d.b.first) for d in found}
        # A sentence that credits the other source's own speaker relays its statement: an attribution, kept
        # apart from the text the two may share otherwise.
        relay_a, relay_b = relays(sa, sb), relays(sb, sa)
        relaying = [x for x in sims if (x[0] in relay_a or x[1] in relay_b) and x[2] >= STRONG]
        if relaying:
            out.append(_relay_dependency(first, second, relaying, credits[sa], credits[sb]))
        left_out = disputed | {(x[0], x[1]) for x in relaying}
        # Sentences of both that credit one originator ("The Environment Agency said ...") relay it, each in
        # its own words: kept apart too, unless the two are near copies of each other (then one copied them).
        copied = [(i, j) for i, j, sim, _ in sims if sim >= LOCAL_SIMILARITY]
        co_a = _co_credited(credits[sa], credits[sb]) - {i for i, _ in copied}
        co_b = _co_credited(credits[sb], credits[sa]) - {j for _, j in copied}
        left_out |= {(x[0], x[1]) for x in sims if x[0] in co_a or x[1] in co_b}
        # (neighbours first: a sentence left out must not come back as the neighbour of a strong pair)
        sims = [x for x in _with_neighbours(sims, units[sa], units[sb], idf) if (x[0], x[1]) not in left_out]
        # Compare the texts without what they do not share by copying.
        skip_a = {i for i, _ in left_out} | relay_a | co_a
        skip_b = {j for _, j in left_out} | relay_b | co_b
        words_a = _DocumentWords.of([u for u in units[sa] if u.index not in skip_a], idf) if skip_a else document(sa)
        words_b = _DocumentWords.of([u for u in units[sb] if u.index not in skip_b], idf) if skip_b else document(sb)
        aligned = max(_aligned_share(units[sa], {i for i, _, sim, _ in sims if sim >= ALIGNED} - skip_a),
                      _aligned_share(units[sb], {j for _, j, sim, _ in sims if sim >= ALIGNED} - skip_b))
        dep = _document_dependency(first, second, words_a, words_b, sims, idf, aligned)
        if dep is not None:
            out.append(dep)
    return out


def _corrections(corpus: Corpus, short: dict[tuple[int, int], list[tuple[int, int, int]]],
                   related: Collection[tuple[int, int]]) -> list[Disagreement]:
    """Sentence pairs that share two of their rarest words but are too little alike to be aligned, where one
    corrects the other: its count, in so many words ("Twelve people, not nine as first reported, were injured"
    against "Nine people were hurt ...", ``corrected_count``); or its verb ("Ambulances were not diverted, a
    spokesman said" against "ambulances were diverted to Kingsford", ``denied``), when the two share just those
    two words and their sources are ``related`` (some sentences of the two tell the same thing: the two are
    reports of one story, not "advertising doesn't bring in" against "the journalism we bring you")."""
    out = []
    for (sa, sb), found in sorted(short.items()):
        first, second = corpus.sources[sa], corpus.sources[sb]
        for i, j, n_shared in found:
            text_a, text_b = first.sentence_text(i), second.sentence_text(j)
            why = corrected_count(text_a, text_b)
            if why is None and n_shared == MIN_SHARED_SIGNATURE and (sa, sb) in related:
                why = denied(text_a, text_b)
            if why is not None:
                out.append(Disagreement(first.passage(i, i), second.passage(j, j), why))
    return out


def _co_credited(credits: list[Attribution], others: list[Attribution]) -> set[int]:
    """Sentences (indexes) that credit an originator the other source credits too."""
    theirs = {c.credited.casefold() for c in others}
    return {i for c in credits if c.credited.casefold() in theirs for i in range(c.first, c.last + 1)}


def _relay_dependency(a: Source, b: Source, relaying: list[tuple[int, int, float, int]],
                      credits_a: list[Attribution], credits_b: list[Attribution]) -> Dependency:
    """An attribution link: one source relays the other's statement, crediting its speaker."""
    names = sorted({c.credited for i, j, _, _ in relaying for credits, at in ((credits_a, i), (credits_b, j))
                    for c in credits if c.first <= at <= c.last})
    evidence = tuple((a.passage(i, i), b.passage(j, j), round(sim, 3)) for i, j, sim, _ in relaying)
    who = " and ".join(names) or "the other's speaker"
    return Dependency(a, b, "attribution", round(max(sim for _, _, sim, _ in relaying), 3),
                      f"one relays the other's statement, crediting {who}", evidence)


def _with_neighbours(sims: list[tuple[int, int, float, int]], ua: list[_Unit], ub: list[_Unit],
                     idf: dict[str, float]) -> list[tuple[int, int, float, int]]:
    """Add the sentence pairs around each strong pair, so an evidence block covers a reworded paragraph."""
    known = {(i, j) for i, j, _, _ in sims}
    out = list(sims)
    for i, j, sim, _ in sims:
        if sim < STRONG:
            continue
        for x in range(max(0, i - 2), min(len(ua), i + 3)):
            for y in range(max(0, j - 2), min(len(ub), j + 3)):
                if (x, y) not in known:
                    known.add((x, y))
                    s, n = similarity(ua[x], ub[y], idf)
                    if s >= WEAK:
                        out.append((x, y, s, n))
    return out


@dataclass(frozen=True, slots=True)
class _DocumentWords:
    stems: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    stems_weight: float
    pairs_weight: float

    @classmethod
    def of(cls, units: list[_Unit], idf: dict[str, float]) -> "_DocumentWords":
        stems = frozenset().union(*(u.stems for u in units))
        pairs = frozenset().union(*(u.pairs for u in units))
        return cls(stems, pairs, sum(idf[t] for t in stems), sum(idf[a] + idf[b] for a, b in pairs))


def _aligned_share(units: list[_Unit], aligned: set[int]) -> float:
    """The share of a text's rare-word weight in its ``aligned`` sentences (by index)."""
    total = sum(u.weight for u in units)
    return sum(u.weight for u in units if u.index in aligned) / total if total else 0.0


def _document_dependency(a: Source, b: Source, ua: _DocumentWords, ub: _DocumentWords,
                         sims: list[tuple[int, int, float, int]], idf: dict[str, float],
                         aligned: float) -> Dependency | None:
    """``aligned``: the larger share of the two texts in sentences aligned with the other (``_aligned_share``)."""
    # Whole-text reuse: the ordered word pairs of one text (even reworded) found again in the other, as a
    # share of either text's own (weighted by rarity).
    shared_pairs = ua.pairs & ub.pairs
    words = sum(idf[t] for t in ua.stems & ub.stems)
    pairs = sum(idf[x] + idf[y] for x, y in shared_pairs)
    text_score = max(_text_score(words / max(1e-9, d.stems_weight), pairs / max(1e-9, d.pairs_weight))
                     for d in (ua, ub))
    # Local reuse: one long sentence taken over nearly whole (a copied paragraph in an otherwise own text).
    local = [s for s in sims if s[2] >= LOCAL_SIMILARITY and s[3] >= LONG_SENTENCE]
    whole = text_score >= TEXT_REUSE and len(shared_pairs) >= MIN_SHARED_PAIRS and aligned >= MIN_ALIGNED_SHARE
    if not whole and not local:
        return None
    blocks = _blocks(sims)
    evidence = tuple((a.passage(fa, la), b.passage(fb, lb), round(sim, 3)) for fa, la, fb, lb, sim in blocks)
    best = max((s[2] for s in sims), default=0.0)
    if whole:
        reason = (f"the texts share {min(text_score, 1.0):.0%} of their rare words and word pairs, and "
                  f"{aligned:.0%} of one is in sentences aligned with the other"
                  f"{' (near-verbatim)' if best >= 0.9 else ' (reworded)'}")
        score = text_score
    else:
        reason = (f"{'a near-verbatim' if best >= 0.9 else 'a reworded'} passage: {len(local)} long sentence(s) "
                  f"align ({best:.0%} similar)")
        score = best
    return Dependency(a, b, "reuse", round(min(1.0, score), 3), reason, evidence, whole=whole)


def _text_score(words: float, pairs: float) -> float:
    return pairs + 0.25 * words


def _blocks(sims: list[tuple[int, int, float, int]]) -> list[tuple[int, int, int, int, float]]:
    """Group aligned sentence pairs into blocks of neighbouring sentences, seeded by strong pairs."""
    strong = sorted((s for s in sims if s[2] >= STRONG), key=lambda s: -s[2])
    used: set[tuple[int, int]] = set()
    blocks = []
    for i, j, sim, _ in strong:
        if (i, j) in used:
            continue
        fa = la = i
        fb = lb = j
        best = sim
        changed = True
        while changed:
            changed = False
            for x, y, s, _ in sims:
                if (x, y) in used or (x, y) == (i, j):
                    continue
                if fa - 2 <= x <= la + 2 and fb - 2 <= y <= lb + 2:
                    fa, la, fb, lb = min(fa, x), max(la, x), min(fb, y), max(lb, y)
                    best = max(best, s)
                    used.add((x, y))
                    changed = True
        used.add((i, j))
        blocks.append((fa, la, fb, lb, best))
    return blocks
