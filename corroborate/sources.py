"""Reading source documents and cutting them into passages that can always be found again.

A passage keeps the line numbers and character offsets of the text it came from, so every quote in a
report points at ``file:line`` and is the exact slice ``text[start:end]`` of the decoded file.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

if TYPE_CHECKING:
    from .cache import ParseCache

from . import documents
from .documents.plain import decode  # noqa: F401  (where tests and callers have always found it)
from .errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_WINDOW = 3
MAX_KEPT_WORDS = 300_000  # analysed words kept in the cache between runs (the most recent)


class Sentence(NamedTuple):
    """Where a sentence stands in its source: character offsets and lines (a tuple: a corpus has many)."""

    start: int
    end: int
    line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class Passage:
    """One to three adjacent sentences of a source."""

    source: "Source"
    first: int  # index of the first sentence
    last: int  # index of the last sentence, inclusive
    start: int
    end: int
    line: int
    end_line: int

    @property
    def text(self) -> str:
        return self.source.text[self.start : self.end]

    @property
    def size(self) -> int:
        return self.last - self.first + 1


@dataclass(eq=False)
class Source:
    """A document as read from disk: decoded text, its sentences and a content hash."""

    path: Path
    name: str  # path as shown to the user
    text: str
    encoding: str
    sha256: str
    sentences: list[Sentence] = field(default_factory=list)
    _stems: list[tuple[str, ...]] | None = field(default=None, repr=False)

    def content_stems(self) -> list[tuple[str, ...]]:
        """The content-word stems of every sentence, in order: all that indexing and reuse detection need.

        Computed once (or taken from the cache); full tokens are made again only for the few sentences a
        claim's candidate windows look at, which keeps memory small on large corpora.
        """
        if self._stems is None:
            self._stems = _sentence_stems(self.text, self.sentences)
        return self._stems

    def passages(self, max_window: int = MAX_WINDOW) -> list[Passage]:
        out = []
        n = len(self.sentences)
        for i in range(n):
            for j in range(i, min(n, i + max_window)):
                a, b = self.sentences[i], self.sentences[j]
                out.append(Passage(self, i, j, a.start, b.end, a.line, b.end_line))
        return out

    def passage(self, first: int, last: int) -> Passage:
        a, b = self.sentences[first], self.sentences[last]
        return Passage(self, first, last, a.start, b.end, a.line, b.end_line)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    @cached_property
    def _page_breaks(self) -> list[int]:
        """The lines that separate pages (a PDF's), in order; empty for a document without pages."""
        if documents.PAGE_BREAK not in self.text:
            return []
        return [n for n, line in enumerate(self.text.split("\n"), 1) if line == documents.PAGE_BREAK]

    def page_of(self, line: int) -> tuple[int, int] | None:
        """The page a line of the text is on and its line on that page, or None when the document has no pages."""
        breaks = self._page_breaks
        if not breaks:
            return None
        before = bisect.bisect_left(breaks, line)
        return before + 1, line - (breaks[before - 1] if before else 0)

    def where(self, line: int, end_line: int | None = None) -> str:
        """A location a reader can open: ``12`` or ``12-14``; in a PDF ``p4:12`` or ``p4:12-14``."""
        spans = end_line is not None and end_line != line
        start = self.page_of(line)
        end = self.page_of(end_line) if spans and end_line is not None else None
        if start is None:
            return f"{line}-{end_line}" if spans else f"{line}"
        text = f"p{start[0]}:{start[1]}"
        if end is not None:
            text += f"-{end[1]}" if end[0] == start[0] else f"-p{end[0]}:{end[1]}"
        return text


@dataclass(frozen=True)
class Skipped:
    """A file under the sources folder that was not read, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: skipped: {self.reason}"


@dataclass
class Corpus:
    root: Path
    sources: list[Source]
    skipped: list[Skipped]  # every file under the folder that could not be read, never dropped silently

    @cached_property
    def sentences_with(self) -> dict[str, list[tuple[int, int]]]:
        """For each content stem, the sentences that use it, as (source index, sentence index): the index
        that matching searches, and what a word's rarity is counted from."""
        # One shared tuple per sentence: a large corpus costs a pointer per word, not a tuple.
        index: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for s_index, source in enumerate(self.sources):
            for i, stems in enumerate(source.content_stems()):
                key = (s_index, i)
                for st in set(stems):
                    index[st].append(key)
        return dict(index)

    @cached_property
    def n_sentences(self) -> int:
        return sum(len(s.sentences) for s in self.sources)

    def idf(self, st: str) -> float:
        """How rare a word is across the corpus (inverse sentence frequency): what matching weighs claim words
        by and reuse detection weighs shared words by. A word no sentence uses is the rarest."""
        return math.log((self.n_sentences + 1) / (len(self.sentences_with.get(st, ())) + 0.5))


# --- decoding -------------------------------------------------------------------------------------

# --- sentences --------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc eg ie no nos fig figs al inc ltd co corp gen col lt sgt rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e approx est dept univ ca".split()
)
# A sentence ends after closing punctuation (and quotes or brackets) followed by a space and something that is
# not a lower-case letter, or after a closing quote that follows punctuation. Each branch starts with a
# character class, so the scan skips ordinary text quickly.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»')\]]*(?=\s+[\"“‘«„'(\[]?[^\W_a-zа-я])|[\"”’»](?<=[.!?…][\"”’»])(?=\s)")
_TERMINAL = tuple('.!?:;…"”’)')
_LAST_WORD = re.compile(r"([\w.]+)[.!?…]*[\"”’»')\]]*$")  # the word a sentence boundary follows (Mr. / U.S.)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets and 1-based line numbers.

    A line break ends a sentence unless the line reads on into the next one (no closing punctuation
    and the next line starts in lower case), as in hard-wrapped prose.
    """
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(line_starts, offset)

    blocks: list[tuple[int, int]] = []
    block_start: int | None = None
    prev_end = 0
    offset = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped:
            if block_start is not None:
                blocks.append((block_start, prev_end))
                block_start = None
            continue
        lead = line_start + (len(line) - len(line.lstrip()))
        if block_start is not None:
            if text.endswith(_TERMINAL, block_start, prev_end) or not stripped[0].islower():
                blocks.append((block_start, prev_end))
                block_start = lead
        else:
            block_start = lead
        prev_end = line_start + len(line.rstrip())
    if block_start is not None:
        blocks.append((block_start, prev_end))

    sentences: list[Sentence] = []
    for b_start, b_end in blocks:
        cursor = b_start
        for m in _BOUNDARY.finditer(text, b_start, b_end):
            end = m.end()
            word = _LAST_WORD.search(text, cursor, end)
            if word and _is_abbreviation(word.group(1)):
                continue
            _add_sentence(sentences, text, cursor, end, line_of)
            cursor = end
        _add_sentence(sentences, text, cursor, b_end, line_of)
    return sentences


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", w))


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, line_of: Callable[[int], int]) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    start += lead
    end = start + len(chunk.strip())
    if end > start and any(c.isalnum() for c in text[start:end]):
        out.append(tuple.__new__(Sentence, (start, end, line_of(start), line_of(end - 1))))  # (see text.new_tuple)


# --- reading a folder -----------------------------------------------------------------------------


def find_source_files(root: Path) -> list[Path]:
    """Every file under root that is not hidden, sorted, following directory links once (no loops). Those of
    a type no reader knows are reported as skipped, not passed over."""
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath) / name for name in sorted(filenames) if not name.startswith("."))
    return sorted(found)


def read_source(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES, cache: ParseCache | None = None) -> Source:
    """Read one file; raises ValueError with a user-facing reason when it cannot be used.

    With a ``cache.ParseCache``, a file whose content was parsed before is not decoded or split again.
    """
    digest, entry = _read_known(path, max_bytes, cache)
    if isinstance(entry, bytes):
        return _source(path, name, digest, _parse(entry, path.suffix), cache, fresh=True)
    return _source(path, name, digest, entry, cache, fresh=False)


_Parsed = tuple[str, str, list[Sentence], list[tuple[str, ...]]]  # text, encoding, sentences, their stems


def _cache_key(digest: str, path: Path) -> str:
    """Where a file's parse is cached: its hash, and for a document that is not plain text the reader too (the
    same bytes named .html and .txt read differently)."""
    reader = documents.reader_for(path)
    return digest if reader is None or reader.module == "plain" else f"{digest}:{reader.module}"


def _read_known(path: Path, max_bytes: int, cache: ParseCache | None) -> tuple[str, _Parsed | bytes]:
    """A file's SHA-256 (of its bytes, as the lock records), and its parse from the cache, or its bytes when
    the cache does not know it."""
    if documents.reader_for(path) is None:
        raise documents.Unreadable(documents.unsupported(path))
    data = _read_bytes(path, max_bytes)
    digest = hashlib.sha256(data).hexdigest()
    cached = cache.get(_cache_key(digest, path)) if cache is not None else None
    if cached is None:
        return digest, data
    text, encoding, spans, stems = cached
    return digest, (text, encoding, list(map(Sentence._make, spans)), stems)  # the cache keeps plain tuples


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValueError(_os_reason(exc)) from exc
    if size > max_bytes:
        raise ValueError(f"too large ({size / 1024 / 1024:.0f} MB; the limit is {max_bytes // 1024 // 1024} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValueError(_os_reason(exc)) from exc


def _parse(data: bytes, suffix: str) -> _Parsed | str:
    """Read and split a file's bytes, with the stems of every sentence; or why the file cannot be used."""
    try:
        document = documents.read(Path(f"file{suffix}"), data)
    except documents.Unreadable as exc:  # returned, not raised: a worker's result must say why, not stop the others
        return str(exc)
    text = document.text.replace("\r\n", "\n").replace("\r", "\n")
    sentences = split_sentences(text)
    if not sentences:
        return "empty (no text to check)"
    return text, document.kind, sentences, _sentence_stems(text, sentences)


def _sentence_stems(text: str, sentences: list[Sentence]) -> list[tuple[str, ...]]:
    from .text import content_stems

    return [content_stems(text[s.start : s.end]) for s in sentences]


def _source(path: Path, name: str, digest: str, parsed: _Parsed | str, cache: ParseCache | None, *,
            fresh: bool) -> Source:
    """The Source of one parse; a ``fresh`` one (not read from the cache) is stored in it. A ValueError says
    why the file cannot be used."""
    if isinstance(parsed, str):
        raise ValueError(parsed)
    text, encoding, sentences, stems = parsed
    if cache is not None and fresh:
        cache.put(_cache_key(digest, path), text, encoding, sentences, stems)
    if not fresh:  # each word read back from the cache is a new string: one copy of each is kept
        stems = [tuple(map(sys.intern, sentence)) for sentence in stems]
    return Source(path=path, name=name, text=text, encoding=encoding, sha256=digest, sentences=sentences,
                  _stems=stems)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def load_corpus(root: Path, max_bytes: int = DEFAULT_MAX_BYTES, cache: ParseCache | None = None) -> Corpus:
    """Read every source under root. Unreadable files are reported in ``skipped``, never dropped silently.

    Files the cache does not know are parsed on all cores when there are enough of them.
    """
    if not root.exists():
        raise InputError("sources folder does not exist (name the folder of documents with --sources DIR)", root)
    if not root.is_dir():
        raise InputError(f"sources must be a folder of documents ({', '.join(sorted(documents.READERS))})", root)
    from . import parallel, text

    paths = find_source_files(root)
    # On a large corpus the words analysed in earlier runs are kept too, so forked workers start with them.
    words_cache = cache if cache is not None and parallel.worth_it(len(paths)) else None
    if words_cache is not None:
        text.VOCABULARY.learn(words_cache.get_words())
    known = text.VOCABULARY.mark()
    skipped: list[Skipped] = []
    found: list[tuple[Path, str, _Parsed | bytes]] = []  # path, digest, cached parse or raw bytes
    for path in paths:
        try:
            digest, entry = _read_known(path, max_bytes, cache)
        except ValueError as exc:
            skipped.append(Skipped(path, str(exc)))
            continue
        found.append((path, digest, entry))
    parsed = iter(_parse_all([(entry, path.suffix) for path, _, entry in found if isinstance(entry, bytes)]))
    sources: list[Source] = []
    for path, digest, entry in found:
        try:
            if isinstance(entry, bytes):
                sources.append(_source(path, str(path), digest, next(parsed), cache, fresh=True))
            else:
                sources.append(_source(path, str(path), digest, entry, cache, fresh=False))
        except ValueError as exc:
            skipped.append(Skipped(path, str(exc)))
    if words_cache is not None and text.VOCABULARY.mark() > known:
        words_cache.put_words(text.VOCABULARY.since(max(0, text.VOCABULARY.mark() - MAX_KEPT_WORDS)))
    if not sources:
        detail = f" ({len(skipped)} unreadable)" if skipped else ""
        raise InputError(f"no readable documents in the sources folder{detail}", root)
    return Corpus(root, sources, skipped)


_files_to_parse: list[tuple[bytes, str]] = []
"""The files the forked workers parse, set before they fork: they are told only which one, so the queue of their
tasks never fills (a full one could leave an interrupted run waiting on it for ever)."""


def _parse_all(files: list[tuple[bytes, str]]) -> list[_Parsed | str]:
    global _files_to_parse
    from . import parallel, text

    _files_to_parse = files  # before the fork
    try:
        workers = parallel.pool() if parallel.worth_it(len(files)) else None
        if workers is None:
            return [_parse(data, suffix) for data, suffix in files]
        with workers:
            results = workers.map(_parse_and_learn, range(len(files)),
                                  chunksize=max(1, len(files) // (4 * parallel.workers())))
    finally:
        _files_to_parse = []
    for _, words in results:
        text.VOCABULARY.learn(words)  # so that matching, forked later, finds every word of the corpus analysed
    return [parsed for parsed, _ in results]


def _parse_and_learn(index: int) -> tuple[_Parsed | str, dict[str, Any]]:
    from . import text

    mark = text.VOCABULARY.mark()
    return _parse(*_files_to_parse[index]), text.VOCABULARY.since(mark)
