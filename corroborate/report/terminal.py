"""The Rich terminal report: a table of claims, then a summary. Readable when piped and with NO_COLOR."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..check import CheckReport
from ..matching import Candidate
from ..verdict import ClaimResult

STYLES = {"corroborated": "bold green", "single-source": "yellow", "contested": "bold magenta",
          "unsupported": "bold red"}
QUOTE_CHARS = 160


def quote(c: Candidate, limit: int = QUOTE_CHARS) -> str:
    return clip(c.passage.text, limit)


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def location(c: Candidate) -> str:
    p = c.passage
    return f"{p.source.name}:{p.line}" + (f"-{p.end_line}" if p.end_line != p.line else "")


def make_console(color: bool, width: int | None) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, color_system="auto" if color else None,
                      width=width or 120, highlight=False, emoji=False, soft_wrap=False)
    return console, buffer


class TerminalFormat:
    def __init__(self, color: bool = False, width: int | None = None) -> None:
        self.color = color
        self.width = width

    def render(self, report: CheckReport) -> str:
        console, buffer = make_console(self.color, self.width)
        table = Table(title=f"Claims in {report.claims_file.path} against {report.corpus.root}/ "
                            f"({len(report.corpus.sources)} sources)", show_lines=True, expand=True)
        table.add_column("Claim", ratio=3, overflow="fold")
        table.add_column("Verdict", min_width=13)
        table.add_column("Origins", justify="right", no_wrap=True)
        table.add_column("Evidence (best quote, file:line)", ratio=5, overflow="fold")
        for r in report.results:
            table.add_row(self._claim_cell(r), self._verdict_cell(r), f"{r.independent_sources}/{r.needed}",
                          self._evidence_cell(r))
        console.print(table)
        self._summary(console, report)
        return buffer.getvalue()

    def _claim_cell(self, r: ClaimResult) -> Text:
        cell = Text()
        cell.append(r.claim.id, style="bold")
        cell.append(f"  {r.claim.text}")
        return cell

    def _verdict_cell(self, r: ClaimResult) -> Text:
        cell = Text(r.verdict, style=STYLES[r.verdict])
        if r.waived:
            cell.append("\n(waived)", style="dim")
        if r.interested_only:
            cell.append("\ninterested parties only", style="yellow")
        return cell

    def _evidence_cell(self, r: ClaimResult) -> Text:
        cell = Text()
        for c in r.supports[:3]:
            cell.append("✔ supports ", style="green")
            cell.append(location(c), style="cyan")
            cell.append(f" ({c.score:.0f})\n")
            cell.append(f"  “{quote(c)}”\n", style="italic")
            if c.extra is not None:
                cell.append(f"  with line {c.extra.line}: “{clip(c.extra.text)}”\n", style="italic")
        for c in r.contradicts[:2]:
            cell.append("✘ contradicts ", style="red")
            cell.append(location(c), style="cyan")
            cell.append(f" ({c.score:.0f})\n")
            cell.append(f"  “{quote(c)}”\n", style="italic")
            cell.append(f"  {c.reason}\n", style="dim")
        if len(r.supports) > 3:
            cell.append(f"… and {len(r.supports) - 3} more supporting source(s)\n", style="dim")
        for origin in r.origins:
            for why in origin.reasons:
                cell.append(f"merged: {why}\n", style="dim")
        if not r.supports and not r.contradicts:
            if r.near_misses:
                c = r.near_misses[0]
                cell.append("closest: ", style="dim")
                cell.append(location(c), style="cyan")
                cell.append(f" ({c.score:.0f}, {c.reason})\n", style="dim")
            else:
                cell.append("no passage shares enough words with the claim\n", style="dim")
        if r.waiver_unneeded:
            cell.append("waiver no longer needed: the claim is corroborated\n", style="yellow")
        for problem in r.lock_problems:
            cell.append(f"{problem}\n", style="bold red")
        cell.rstrip()
        return cell

    def _summary(self, console: Console, report: CheckReport) -> None:
        counts = report.counts()
        parts = [f"[{STYLES[v]}]{counts[v]} {v}[/]" for v in counts]
        console.print(f"{len(report.results)} claims: " + ", ".join(parts))
        failed = report.failed
        if failed:
            ids = ", ".join(escape(r.claim.id) for r in failed)
            console.print(f"[bold red]{len(failed)} claim(s) fall short[/] (fail on: {report.options.fail_on}): {ids}")
        else:
            console.print("[bold green]All claims pass[/] (fail on: " + report.options.fail_on + ")")
        for warning in report.warnings:
            console.print(f"[yellow]warning:[/] {escape(warning)}")
