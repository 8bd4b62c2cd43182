"""The `corroborate sources` report: metadata, dependency edges with their evidence, resulting origins."""

from __future__ import annotations

import json
from typing import Any

from rich.markup import escape
from rich.table import Table

from ..graph import Dependency, SourceGraph
from ..sources import Source
from ._text import clip
from .terminal import make_console

EVIDENCE_CHARS = 200


def dependency_dict(d: Dependency) -> dict[str, Any]:
    return {
        "a": d.a.name, "b": d.b.name, "kind": d.kind, "score": d.score, "reason": d.reason,
        "evidence": [{"a": {"line": pa.line, "end_line": pa.end_line, "text": pa.text},
                      "b": {"line": pb.line, "end_line": pb.end_line, "text": pb.text},
                      "similarity": sim} for pa, pb, sim in d.evidence],
    }


def sources_dict(graph: SourceGraph) -> dict[str, Any]:
    sources = []
    for s in graph.corpus.sources:
        info = graph.info[s]
        sources.append({
            "path": s.name, "sha256": s.sha256, "encoding": s.encoding, "sentences": len(s.sentences),
            "title": info.title, "outlet": info.outlet, "author": info.author, "owner": info.owner,
            "date": info.date, "kind": info.kind, "derived_from": list(info.derived_from),
            "interested_party": info.interested_party,
            "attributions": sorted({a.credited for a in graph.attributions.get(s, ())}),
        })
    return {
        "sources": sources,
        "dependencies": [dependency_dict(d) for d in graph.dependencies],
        "origins": [[s.name for s in group] for group in graph.origins()],
        "skipped": [{"file": str(k.path), "reason": k.reason} for k in graph.corpus.skipped],
        "shared_credits": {name: [x.name for x in sources] for name, sources in shared_credits(graph).items()},
        "disagreements": [{"a": d.a.source.name, "b": d.b.source.name, "a_line": d.a.line, "b_line": d.b.line,
                           "reason": d.reason} for d in graph.disagreements],
    }


def shared_credits(graph: SourceGraph) -> dict[str, list[Source]]:
    """Each originator credited by two sources or more, with those sources."""
    by_name: dict[str, list[Source]] = {}
    for source, credits in graph.attributions.items():
        for name in dict.fromkeys(a.credited for a in credits):
            by_name.setdefault(name, []).append(source)
    return {name: sources for name, sources in sorted(by_name.items()) if len(sources) > 1}


def render_sources(graph: SourceGraph, format: str, color: bool = False, width: int | None = None) -> str:
    if format == "json":
        return json.dumps(sources_dict(graph), ensure_ascii=False, indent=1) + "\n"
    console, buffer = make_console(color, width)
    table = Table(title=f"Sources in {graph.corpus.root}/", show_lines=False, expand=True)
    for column in ("File", "Title", "Outlet / author", "Date", "Kind", "Credits"):
        table.add_column(column, overflow="fold")
    for s in graph.corpus.sources:
        info = graph.info[s]
        kind = info.kind or ""
        if info.interested_party:
            kind += f" (interested: {info.interested_party})"
        credits = sorted({a.credited for a in graph.attributions.get(s, ())})
        table.add_row(s.name, info.title or "", " / ".join(x for x in (info.outlet, info.author) if x),
                      info.date or "", kind, ", ".join(credits[:4]))
    console.print(table)
    if graph.dependencies:
        console.print("[bold]Dependencies[/]")
        for d in graph.dependencies:
            console.print(f"• [cyan]{escape(d.a.name)}[/] ↔ [cyan]{escape(d.b.name)}[/]  [bold]{d.kind}[/] "
                          f"({d.score:.2f}): {escape(d.reason)}")
            for pa, pb, sim in d.evidence:
                console.print(f"    {escape(d.a.name)}:{pa.line}  “{escape(clip(pa.text, EVIDENCE_CHARS))}”")
                console.print(f"    {escape(d.b.name)}:{pb.line}  “{escape(clip(pb.text, EVIDENCE_CHARS))}”  (similarity {sim:.2f})")
    else:
        console.print("No dependencies found: every source is its own origin.")
    shared = shared_credits(graph)
    if shared:
        console.print("[bold]Shared credits[/] (attribution: joins the sources only for claims whose support "
                      "carries the credit)")
        for credited, sources in shared.items():
            console.print(f"• {' and '.join(f'[cyan]{escape(x.name)}[/]' for x in sources)} credit "
                          f"[bold]{escape(credited)}[/]")
    if graph.disagreements:
        console.print("[bold]Disagreements[/] (neither took that fact from the other: evidence they are independent)")
        for dis in graph.disagreements:
            console.print(f"• [cyan]{escape(dis.a.source.name)}:{dis.a.line}[/] and [cyan]"
                          f"{escape(dis.b.source.name)}:{dis.b.line}[/]: {escape(dis.reason)}")
            console.print(f"    “{escape(clip(dis.a.text, EVIDENCE_CHARS))}”")
            console.print(f"    “{escape(clip(dis.b.text, EVIDENCE_CHARS))}”")
    groups = graph.origins()
    console.print(f"[bold]{len(groups)} independent origin(s)[/] among {len(graph.corpus.sources)} sources:")
    for group in groups:
        console.print("  • " + " + ".join(escape(s.name) for s in group))
    for skipped in graph.corpus.skipped:
        console.print(f"[yellow]warning:[/] {escape(str(skipped))}")
    return buffer.getvalue()
