"""Web pages saved as HTML: the article's main text, without menus, footers and comment threads
(trafilatura), with the title, author and date the page's metadata gives."""

from __future__ import annotations

import logging

from . import Document, Metadata, Unreadable
from .plain import decode

MIN_WORDS = 5


def extract(data: bytes) -> Document:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        html, _ = decode(data)
    except ValueError as exc:
        raise Unreadable(f"not a web page ({exc})") from None
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False)
    if not text or len(text.split()) < MIN_WORDS:  # a page of menus only leaves a word or two ("Home")
        raise Unreadable("empty after extraction (a web page with no article text)")
    meta = trafilatura.extract_metadata(html)
    metadata = Metadata(title=getattr(meta, "title", None) or None, author=getattr(meta, "author", None) or None,
                        date=getattr(meta, "date", None) or None)
    return Document(text, "html", metadata)
