"""An on-disk cache of parsed sources, keyed by each file's content hash (SQLite, standard library).

A second run reads each file's bytes to hash them, but decodes, splits and tokenises only the files whose
content changed. The cache lives in ``.corroborate_cache/`` in the current folder (``CORROBORATE_CACHE_DIR``
overrides it), holds a ``.gitignore`` so it is never committed, and is never placed inside the sources
folder. Any problem with it (read-only disk, corrupt file) turns the cache off for the run, silently:
it only ever saves time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path
from collections.abc import Sequence
from typing import Any


FORMAT = 8  # bump when what is stored changes shape
DEFAULT_DIR = Path(".corroborate_cache")


FINGERPRINTED = ("sources.py", "text.py", "reuse.py", "independence.py", "attribution.py", "disagreement.py")
"""The modules whose results the cache keeps (parses, and the reuse, credits and disagreements found between
sources): each of the package's own modules these import must be here too, or, for the matcher's rules that
``disagreement.py`` reads, in the ``matching`` and ``lexicon`` packages that ``match_schema`` fingerprints and the
reuse table is kept under (a test checks)."""


def _schema() -> str:
    """The stored format, and a fingerprint of the code that makes what is stored (decoding, sentence
    splitting, tokenising, reuse detection): when either changes, old entries are simply not used."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    # The files are read, not imported: a run may not need them all.
    here = Path(__file__).parent
    readers = sorted(str(p.relative_to(here)) for p in (here / "documents").glob("*.py"))
    for module in (*FINGERPRINTED, "lexicon/data/irregular.tsv", *readers):
        try:
            digest.update((Path(__file__).parent / module).read_bytes())
        except OSError:
            pass
    return f"{FORMAT}:{digest.hexdigest()[:16]}"


SCHEMA = _schema()

Span = tuple[int, int, int, int]  # a sentence: start, end, line, end line (``sources.Sentence``)


@functools.cache
def match_schema() -> str:
    """SCHEMA, and a fingerprint of the code and data that match claims: a claim's matches are kept only as
    long as neither changes (computed when first needed: most runs read it once)."""
    here = Path(__file__).parent
    digest = hashlib.sha256(SCHEMA.encode())
    for path in sorted([*(here / "matching").rglob("*"), *(here / "lexicon").rglob("*")]):
        if path.suffix in (".py", ".tsv"):
            digest.update(path.read_bytes())
        elif path.suffix == ".sqlite":  # the lexicon: made by lexicon/build.py (hashed above) from WordNet 3.0
            digest.update(str(path.stat().st_size).encode())
    for module in ("defaults.py", "kinds.py"):
        digest.update((here / module).read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("CORROBORATE_CACHE_DIR", DEFAULT_DIR))


class ParseCache:
    """Maps a file's SHA-256 to its decoded text, sentences and the content stems of each sentence."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, bytes]] = []

    @classmethod
    def open(cls, sources_root: Path) -> "ParseCache | None":
        folder = cache_dir()
        try:
            resolved, root = folder.resolve(), sources_root.resolve()
        except OSError:
            return None
        if resolved == root or root in resolved.parents:
            return None  # never write into the sources folder
        cache = cls(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            ignore = folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by corroborate\n*\n", encoding="utf-8")
            cache._db = sqlite3.connect(folder / "parsed.sqlite3", timeout=2)
            cache._db.execute("CREATE TABLE IF NOT EXISTS parsed (sha256 TEXT PRIMARY KEY, schema TEXT, data BLOB)")
            cache._db.execute("CREATE TABLE IF NOT EXISTS reuse (corpus TEXT PRIMARY KEY, schema TEXT, data BLOB)")
            cache._db.execute("CREATE TABLE IF NOT EXISTS words (schema TEXT PRIMARY KEY, data BLOB)")
            cache._db.execute("CREATE TABLE IF NOT EXISTS matches (key TEXT PRIMARY KEY, data BLOB)")
        except (OSError, sqlite3.Error):
            return None
        return cache

    def get(self, sha256: str) -> tuple[str, str, list[Span], list[tuple[str, ...]]] | None:
        """A parse as ``put`` stored it: text, encoding, the sentences as (start, end, line, end line), their stems."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT schema, data FROM parsed WHERE sha256 = ?", (sha256,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != SCHEMA:
            return None
        try:
            data = json.loads(row[1])
            flat = data["sentences"]
            sentences: list[Span] = list(zip(*[iter(flat)] * 4))
            stems = [tuple(joined.split(" ")) if joined else () for joined in data["stems"]]
            if len(stems) != len(sentences):
                return None
            return data["text"], data["encoding"], sentences, stems
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def put(self, sha256: str, text: str, encoding: str, sentences: Sequence[Span],
            stems: list[tuple[str, ...]]) -> None:
        if self._db is None:
            return
        # Flat and uncompressed: a large corpus is read back several times faster than as nested lists.
        data = {
            "text": text, "encoding": encoding,
            "sentences": [n for s in sentences for n in s],
            "stems": [" ".join(sentence) for sentence in stems],  # stems never hold a space
        }
        self._pending.append((sha256, json.dumps(data, ensure_ascii=False).encode("utf-8")))

    def get_reuse(self, corpus_key: str) -> dict[str, Any] | None:
        """The reuse and attributions found before in one exact set of files (as stored by ``put_reuse``), under
        ``match_schema``: the disagreements that keep two reports apart are read by the matcher's own rules."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT schema, data FROM reuse WHERE corpus = ?", (corpus_key,)).fetchone()
            return _unpacked(row[1]) if row and row[0] == match_schema() else None
        except (sqlite3.Error, ValueError, zlib.error):
            return None

    def put_reuse(self, corpus_key: str, found: dict[str, Any]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO reuse VALUES (?, ?, ?)",
                                 (corpus_key, match_schema(), _packed(found)))
        except sqlite3.Error:
            pass

    def get_matches(self, key: str) -> Any:
        """A claim's candidates as ``put_matches`` stored them under ``key`` (which names the claim, the settings,
        the exact files and the matching code), or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT data FROM matches WHERE key = ?", (key,)).fetchone()
            return _unpacked(row[0]) if row else None
        except (sqlite3.Error, ValueError, zlib.error):
            return None

    def put_matches(self, entries: list[tuple[str, object]]) -> None:
        if self._db is None or not entries:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO matches VALUES (?, ?)",
                                     [(key, _packed(value)) for key, value in entries])
        except sqlite3.Error:
            pass

    def get_words(self) -> dict[str, tuple[Any, ...]]:
        """Every word analysed in earlier runs (see ``text.Vocabulary``): matching workers then start with them."""
        if self._db is None:
            return {}
        try:
            row = self._db.execute("SELECT data FROM words WHERE schema = ?", (SCHEMA,)).fetchone()
            return {w: tuple(a) for w, a in _unpacked(row[0]).items()} if row else {}
        except (sqlite3.Error, ValueError, TypeError, AttributeError, zlib.error):
            return {}

    def put_words(self, words: dict[str, tuple[Any, ...]]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("DELETE FROM words")
                self._db.execute("INSERT INTO words VALUES (?, ?)", (SCHEMA, _packed(words)))
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is None:
            return
        try:
            if self._pending:
                with self._db:
                    self._db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?)",
                                         [(sha, SCHEMA, blob) for sha, blob in self._pending])
            self._db.close()
        except sqlite3.Error:
            pass
        self._db = None


def _packed(value: object) -> bytes:
    """JSON, compressed: for the small entries (reuse, words) read once per run."""
    return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1)


def _unpacked(blob: bytes) -> Any:
    return json.loads(zlib.decompress(blob))
