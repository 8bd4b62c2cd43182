"""GitHub-flavoured Markdown report: summary, claims table, then the evidence per claim as quotes."""

from __future__ import annotations

import re

from ..graph import Dependency, SourceGraph
from ..kinds import Verdict
from ..matching import Candidate
from ..pipeline import CheckReport
from ..verdict import ClaimResult, interested
from ._text import declared_name, labels, location, reason, text_fragment

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+\-!|~])")
ICONS = {Verdict.CORROBORATED: "✅", Verdict.SINGLE_SOURCE: "⚠️", Verdict.CONTESTED: "⚔️", Verdict.UNSUPPORTED: "❌"}


def escape(text: str) -> str:
    """Escape Markdown so the text renders as itself; whitespace (line breaks too) becomes single spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def cell(text: str) -> str:
    """A table cell: escaped, so pipes and line breaks cannot break the row."""
    return escape(text)


def code(text: str) -> str:
    ticks = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _evidence(c: Candidate, graph: SourceGraph, note: str | None = None) -> list[str]:
    """A list item: the outlet, location and score, the quote, the place that completes it, and a note if any."""
    info = graph.info.get(c.passage.source)
    outlet = declared_name(c.passage.source, graph)
    link = ""
    if info is not None and info.url and c.passage.source.encoding == "html":  # a saved page: open it at the quote
        link = f" ([in the page]({text_fragment(info.url, c.passage.text)}))"
    lines = [f"- {escape(outlet) + ', ' if outlet else ''}{code(location(c))} (score {c.score:.0f}){link}", "",
             f"  > {escape(c.passage.text)}", ""]
    if c.extra is not None:
        lines += [f"  with {code(f'{c.extra.source.name}:{c.extra.line}')}, which completes it:", "",
                  f"  > {escape(c.extra.text)}", ""]
    if note:
        lines += [f"  {note}: {escape(c.reason)}", ""]
    return lines


def _sources_cell(r: ClaimResult, graph: SourceGraph) -> str:
    """The outlets that support the claim, then those that contradict it."""
    parts = []
    if r.supports:
        parts.append(cell(labels([c.passage.source for c in r.supports], graph)))
    if r.contradicts:
        parts.append("contradicted by " + cell(labels([c.passage.source for c in r.contradicts], graph)))
    return "; ".join(parts) or "none"


def origins_diagram(graph: SourceGraph) -> list[str]:
    """A Mermaid graph (GitHub renders it): the sources as nodes, an edge for each reason two of them are one
    origin; interested parties drawn dashed."""
    sources = graph.corpus.sources
    node = {s: f"s{i}" for i, s in enumerate(sources)}
    out = ["```mermaid", "graph LR"]
    for s in sources:
        name = declared_name(s, graph)
        label = f"{_mermaid(name)}<br/>{_mermaid(s.name)}" if name else _mermaid(s.name)
        out.append(f'  {node[s]}["{label}"]')
    for d in graph.dependencies:
        line = "-.-" if d.kind == "attribution" else "---"  # an attribution: one origin for the relayed passages only
        out.append(f'  {node[d.a]} {line}|"{_mermaid(_edge_label(d))}"| {node[d.b]}')
    dashed = [node[s] for s in sources if interested(graph, s)]
    if dashed:
        out += ["  classDef interested stroke-dasharray: 5 5", f"  class {','.join(dashed)} interested"]
    out.append("```")
    return out


def _edge_label(d: Dependency) -> str:
    if d.kind == "reuse":
        return ("copied text" if d.whole else "copied passage") + f" ({d.score:.0%})"
    if d.kind == "attribution":
        return d.reason
    return d.reason.replace(f"{d.a.name} is ", "")


def _mermaid(text: str) -> str:
    """Text safe inside a quoted Mermaid label."""
    return (text.replace("&", "&amp;").replace('"', "#quot;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "#124;"))


def _claim_row(r: ClaimResult, last_cell: str) -> str:
    return (f"| {code(r.claim.id)} {cell(r.claim.text)} | {ICONS[r.verdict]} {r.verdict} | "
            f"{r.independent_sources} (needs {r.needed}) | {last_cell} |")


class MarkdownFormat:
    def render(self, report: CheckReport) -> str:
        counts = report.counts()
        out = [
            "# Corroboration report",
            "",
            f"{len(report.results)} claims from {code(str(report.claims_file.path))} checked against "
            f"{len(report.corpus.sources)} sources in {code(str(report.corpus.root))}"
            + (f" ({len(report.corpus.skipped)} files not read: see the end)." if report.corpus.skipped else "."),
            "",
            "| Verdict | Claims |",
            "| --- | ---: |",
            *(f"| {ICONS[v]} {v} | {n} |" for v, n in counts.items()),
            "",
        ]
        failed = report.failed
        if failed:
            out += [f"**{len(failed)} claim(s) fall short** (fail on: {report.options.fail_on}): "
                    + ", ".join(code(r.claim.id) for r in failed), ""]
        else:
            out += ["**All claims pass.**", ""]
        waived = [r for r in report.results if r.waived]
        unneeded = [r for r in report.results if r.waiver_unneeded]
        out += ["## Claims", "", "| Claim | Verdict | Independent sources | Sources |", "| --- | --- | ---: | --- |"]
        for r in (r for r in report.results if not r.waived):
            out.append(_claim_row(r, _sources_cell(r, report.graph)))
        if waived or unneeded:
            out += ["", "## Waived claims", "",
                    "Accepted on fewer independent sources than needed, for the reason written in the claims file.", "",
                    "| Claim | Verdict | Independent sources | Reason given |", "| --- | --- | ---: | --- |"]
            out += [_claim_row(r, cell(r.claim.waiver or "")) for r in waived]
            out += [_claim_row(r, "waiver no longer needed") for r in unneeded]
        out += ["", "## Evidence", ""]
        for r in report.results:
            out += [f"### {code(r.claim.id)}: {r.verdict}", "", f"> {escape(r.claim.text)}", "",
                    f"**Why:** {escape(reason(r, report.graph))}", ""]
            if r.supports:
                out += ["**Supporting passages**", ""]
                for c in r.supports:
                    out += _evidence(c, report.graph)
            if r.contradicts:
                out += ["**Contradicting passages**", ""]
                for c in r.contradicts:
                    out += _evidence(c, report.graph, "Reason")
            if r.near_misses:
                out += ["<details><summary>Weaker candidates</summary>", ""]
                for c in r.near_misses:
                    out += _evidence(c, report.graph, "Rejected")
                out += ["</details>", ""]
        out += ["## Origins", "",
                "Sources joined by a solid line count as one origin: one copies the other, they share an owner "
                "or outlet, or one is derived from the other. A dotted line: one relays the other's statement, "
                "one origin only for the claims its passages support. Interested parties are dashed.", "",
                *origins_diagram(report.graph), ""]
        if report.corpus.skipped:
            out += ["## Files not read", "", *(f"- {code(str(k.path))}: {escape(k.reason)}" for k in report.corpus.skipped), ""]
        if report.warnings:
            out += ["## Warnings", "", *(f"- {escape(w)}" for w in report.warnings), ""]
        return "\n".join(out).rstrip() + "\n"
