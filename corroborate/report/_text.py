"""Text helpers every format shares: where a passage is, how a source is named, a quote clipped to the words
that matter, and the one-sentence reason for a verdict."""

from __future__ import annotations

from ..graph import SourceGraph
from ..kinds import Verdict
from ..matching import Candidate
from ..sources import Source
from ..text import tokenize
from ..verdict import ClaimResult

QUOTE_CHARS = 160


def location(c: Candidate) -> str:
    """``file:line`` or ``file:first-last`` of the passage; in a PDF ``file:p4:12`` (page and line on the page)."""
    p = c.passage
    return f"{p.source.name}:{p.source.where(p.line, p.end_line)}"


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """The text on one line, cut at ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clip_around(text: str, claim: str, limit: int = QUOTE_CHARS) -> str:
    """The stretch of ``limit`` characters of the text that holds the most of the claim's words, with an
    ellipsis at each cut end: a long passage is shown where it says the claim, not from its start."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    wanted = {t.stem for t in tokenize(claim) if t.is_content}
    hits = [t.start for t in tokenize(text) if t.stem in wanted]
    room = limit - 2  # an ellipsis at each end
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " " and i + 1 <= len(text) - room]

    def inside(s: int) -> list[int]:
        return [h for h in hits if s <= h < s + room - 8]

    most = max(len(inside(s)) for s in starts)
    # Of the stretches holding the most claim words, the one that leaves as much room before them as after.
    start = min((s for s in starts if len(inside(s)) == most),
                key=lambda s: (abs((inside(s) or [s])[0] - s - (s + room - (inside(s) or [s])[-1])), s))
    head = "…" if start > 0 else ""
    body = text[start:start + limit - len(head)]
    if start + len(body) < len(text):
        body = text[start:start + limit - len(head) - 1]
        cut = body.rfind(" ")
        body = (body[:cut] if cut > len(body) // 2 else body).rstrip() + "…"
    return head + body


def files_line(report_sources: int, skipped: int) -> str:
    """``5 sources`` and, when files were not read, ``; 2 files skipped``."""
    return f"{report_sources} sources" + (f"; {skipped} file{'s' if skipped != 1 else ''} not read" if skipped else "")


def text_fragment(url: str, passage: str) -> str:
    """A link that opens the page at the passage and highlights it (a URL text fragment, ``#:~:text=``)."""
    from urllib.parse import quote

    def enc(words: list[str]) -> str:
        return quote(" ".join(words), safe="")

    words = passage.split()
    target = enc(words) if len(words) <= 8 else f"{enc(words[:4])},{enc(words[-4:])}"
    return f"{url.split('#', 1)[0]}#:~:text={target.replace('-', '%2D')}"


def declared_name(source: Source, graph: SourceGraph | None) -> str | None:
    """The outlet the claims file declares for the source, else its declared title; None when it declares none."""
    info = graph.info.get(source) if graph is not None else None
    return (info.outlet or info.title) if info is not None else None


def source_label(source: Source, graph: SourceGraph | None) -> str:
    """The source's declared name with its file, ``Courier (a.txt)``; the file alone when it has none."""
    name = declared_name(source, graph)
    return f"{name} ({source.name})" if name else source.name


def labels(sources: list[Source], graph: SourceGraph | None) -> str:
    return ", ".join(source_label(s, graph) for s in dict.fromkeys(sources))


def reason(r: ClaimResult, graph: SourceGraph | None = None) -> str:
    """Why the claim got its verdict, in one paragraph (with the outlets on each side when it is disputed)."""
    n, needed = r.independent_sources, r.needed
    against = labels([c.passage.source for c in r.contradicts], graph)
    if r.verdict == Verdict.CORROBORATED:
        text = f"{n} independent origin(s), {needed} needed."
    elif r.verdict == Verdict.SINGLE_SOURCE:
        text = f"Only {n} independent origin(s) where {needed} are needed."
    elif r.verdict == Verdict.CONTESTED:
        text = (f"Supported by {n} origin(s) ({labels([c.passage.source for c in r.supports], graph)}) and "
                f"contradicted by {len(r.contradicts)} source(s) ({against}).")
    elif r.contradicts:
        text = f"No source supports it; {len(r.contradicts)} source(s) contradict it ({against})."
    else:
        text = "No source supports it."
    merged = [why for o in r.origins for why in o.reasons]
    if merged:
        text += " Sources merged into one origin: " + "; ".join(merged) + "."
    if r.interested_only:
        text += " All support comes from interested parties."
    if r.only_with_interested:
        text += (" Corroborated only with an interested party, whose support does not count toward the sources "
                 "needed (settings: count_interested_parties).")
    if r.waived:
        text += f" Waived: {r.claim.waiver}"
    if r.waiver_unneeded:
        text += " The waiver is no longer needed: the claim is corroborated."
    for problem in r.lock_problems:
        text += f" {problem[0].upper()}{problem[1:]}."
    return text
