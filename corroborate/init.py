"""`corroborate init`: a starter claims file describing the sources from what they say about themselves."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from . import documents
from .documents import Metadata
from .sources import Corpus, Source
from .text import MONTHS

HEAD_LINES = 15  # where titles, bylines and datelines stand
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?,?\s+((?:19|20)\d{2})\b")
_MONTH_DAY = re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")
_BYLINE = re.compile(r"^\s*[Bb]y\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*$")


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def find_date(text: str) -> str | None:
    """The first full date in the head of the text, as YYYY-MM-DD."""
    head = "\n".join(text.split("\n")[:HEAD_LINES])
    candidates: list[tuple[int, str]] = []
    for m in _ISO.finditer(head):
        candidates.append((m.start(), f"{m.group(1)}-{m.group(2)}-{m.group(3)}"))
    for m in _DOTTED.finditer(head):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            candidates.append((m.start(), f"{m.group(3)}-{month:02d}-{day:02d}"))
    for m in _DAY_MONTH.finditer(head):
        named = MONTHS.get(m.group(2).lower())
        if named:
            candidates.append((m.start(), f"{m.group(3)}-{named:02d}-{int(m.group(1)):02d}"))
    for m in _MONTH_DAY.finditer(head):
        named = MONTHS.get(m.group(1).lower())
        if named:
            candidates.append((m.start(), f"{m.group(3)}-{named:02d}-{int(m.group(2)):02d}"))
    return min(candidates)[1] if candidates else None


def find_title(source: Source) -> str | None:
    for line in source.text.split("\n")[:HEAD_LINES]:
        line = line.strip().lstrip("#").strip()
        letters = sum(c.isalpha() for c in line)
        if letters >= 12 and len(line.split()) >= 3 and find_date(line) is None:  # a dateline is no title
            return line[:200]
    return None


def find_author(source: Source) -> str | None:
    for line in source.text.split("\n")[:HEAD_LINES]:
        m = _BYLINE.match(line)
        if m:
            return m.group(1)
    return None


def _own_metadata(source: Source) -> Metadata:
    """The metadata a document carries (document info, <meta> tags, core properties, headers); none for text."""
    reader = documents.reader_for(source.path)
    if reader is None or reader.module == "plain":
        return Metadata()
    try:
        return documents.read(source.path, source.path.read_bytes()).metadata
    except (OSError, documents.Unreadable):
        return Metadata()


def _iso_date(value: str | None) -> str | None:
    """A date as YYYY-MM-DD when the metadata gives one in a form read here (ISO or a written date)."""
    if not value:
        return None
    m = _ISO.search(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else find_date(value)


def _example_sentence(corpus: Corpus) -> str:
    for source in corpus.sources:
        title = find_title(source)
        for i in range(len(source.sentences)):
            sentence = " ".join(source.sentence_text(i).split())
            if sentence != title and 8 <= len(sentence.split()) <= 40 and sentence[-1:] in ".!?":
                return sentence
    return "Write the first claim of your story here."


def starter_claims(corpus: Corpus, claims_path: Path) -> str:
    base = claims_path.parent if str(claims_path.parent) else Path(".")
    sources_setting = os.path.relpath(corpus.root, base)
    lines = [
        "# Claims to check with `corroborate check`. Each claim needs an `id` and a `text`;",
        "# see `corroborate check --help` and the README for the optional fields.",
        "",
        "settings:",
        f"  sources: {_q(Path(sources_setting).as_posix())}",
        "  min_sources: 2",
        "",
        "# What each source says about itself. Fill in what the texts do not say (outlet, owner, kind:",
        "# news, advocacy, opinion, government, ...; derived_from; interested_party). Unknown stays out.",
        "sources:",
    ]
    for source in corpus.sources:
        rel = source.path.relative_to(corpus.root).as_posix()
        own = _own_metadata(source)  # what a PDF, page, Word file or e-mail says about itself comes first
        fields = [("title", own.title or find_title(source)), ("author", own.author or find_author(source)),
                  ("date", _iso_date(own.date) or find_date(source.text))]
        known = [(k, v) for k, v in fields if v]
        if not known:
            lines.append(f"  {_q(rel)}: {{}}")
            continue
        lines.append(f"  {_q(rel)}:")
        lines.extend(f"    {k}: {_q(v)}" for k, v in known)
    lines += [
        "",
        "claims:",
        "  - id: example",
        f"    text: {_q(_example_sentence(corpus))}",
        "    notes: An example taken from the first source; replace it with your own claims.",
        "",
    ]
    return "\n".join(lines)
