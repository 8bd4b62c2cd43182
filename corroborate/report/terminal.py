"""The Rich terminal report: the claims with their verdicts and best quotes, then a summary.

At 100 columns or more the claims are a table; narrower, each claim is a block whose first line is its verdict,
so nothing is squeezed into a column too narrow for a file name. Plain when piped and with NO_COLOR.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..kinds import Verdict
from ..matching import Candidate
from ..pipeline import CheckReport
from ..verdict import ClaimResult
from ._text import QUOTE_CHARS, clip_around, files_line, location

STYLES = {Verdict.CORROBORATED: "bold green", Verdict.SINGLE_SOURCE: "yellow", Verdict.CONTESTED: "bold magenta",
          Verdict.UNSUPPORTED: "bold red"}
TABLE_MIN_WIDTH = 100  # below this many columns, claims are stacked blocks instead of table rows
DEFAULT_WIDTH = 120
SHOWN_SUPPORTS = 3
SHOWN_CONTRADICTIONS = 2


def quote(c: Candidate, claim: str, limit: int = QUOTE_CHARS) -> str:
    """The passage, clipped around the claim's words."""
    return clip_around(c.passage.text, claim, limit)


def make_console(color: bool, width: int | None) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, color_system="auto" if color else None,
                      width=width or 120, highlight=False, emoji=False, soft_wrap=False)
    return console, buffer


class TerminalFormat:
    def __init__(self, color: bool = False, width: int | None = None) -> None:
        self.color = color
        self.width = width or DEFAULT_WIDTH

    def render(self, report: CheckReport) -> str:
        console, buffer = make_console(self.color, self.width)
        title = (f"Claims in {report.claims_file.path} against {report.corpus.root}/ "
                 f"({files_line(len(report.corpus.sources), len(report.corpus.skipped))})")
        if self.width >= TABLE_MIN_WIDTH:
            self._table(console, report, title)
        else:
            self._stacked(console, report, title)
        self._summary(console, report)
        return buffer.getvalue()

    def _table(self, console: Console, report: CheckReport, title: str) -> None:
        table = Table(title=title, show_lines=True, expand=True)
        table.add_column("Claim", ratio=3, overflow="fold")
        table.add_column("Verdict", min_width=13)
        table.add_column("Origins", justify="right", no_wrap=True)
        table.add_column("Evidence (best quote, file:line)", ratio=5, overflow="fold")
        for r in report.results:
            table.add_row(self._claim_cell(r), self._verdict_cell(r), f"{r.independent_sources}/{r.needed}",
                          self._evidence(r, QUOTE_CHARS))
        console.print(table)

    def _stacked(self, console: Console, report: CheckReport, title: str) -> None:
        """One block per claim: the verdict and origins first, then the claim, then the evidence, indented."""
        console.print(Text(title, style="italic"))
        limit = min(QUOTE_CHARS, 2 * (self.width - 6))  # a quote fills at most two lines
        for r in report.results:
            console.print()
            head = Text()
            head.append(f"{r.verdict:<13}", style=STYLES[r.verdict])
            head.append(f" {r.independent_sources}/{r.needed} origins  ")
            head.append(r.claim.id, style="bold")
            for flag, style in _flags(r):
                head.append("  " + flag.replace("\n", " "), style=style)
            console.print(head, overflow="fold")
            body = Text(r.claim.text + "\n")
            body.append_text(self._evidence(r, limit))
            console.print(_indented(body, 2, self.width))
        console.print()

    def _claim_cell(self, r: ClaimResult) -> Text:
        cell = Text()
        cell.append(r.claim.id, style="bold")
        cell.append(f"  {r.claim.text}")
        return cell

    def _verdict_cell(self, r: ClaimResult) -> Text:
        cell = Text(r.verdict, style=STYLES[r.verdict])
        for flag, style in _flags(r):
            cell.append("\n" + flag, style=style)
        return cell

    def _evidence(self, r: ClaimResult, limit: int) -> Text:
        cell = Text()
        for c in r.supports[:SHOWN_SUPPORTS]:
            cell.append("✔ supports ", style="green")
            cell.append(location(c), style="cyan")
            cell.append(f" ({c.score:.0f})\n")
            cell.append(f"  “{quote(c, r.claim.text, limit)}”\n", style="italic")
            if c.extra is not None:
                cell.append(f"  with line {c.extra.line}: “{clip_around(c.extra.text, r.claim.text, limit)}”\n",
                            style="italic")
        for c in r.contradicts[:SHOWN_CONTRADICTIONS]:
            cell.append("✘ contradicts ", style="red")
            cell.append(location(c), style="cyan")
            cell.append(f" ({c.score:.0f})\n")
            cell.append(f"  “{quote(c, r.claim.text, limit)}”\n", style="italic")
            cell.append(f"  {c.reason}\n", style="dim")
        if len(r.supports) > SHOWN_SUPPORTS:
            cell.append(f"… and {len(r.supports) - SHOWN_SUPPORTS} more supporting source(s)\n", style="dim")
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
        lines = [Text.from_markup(f"{len(report.results)} claims: "
                                  + ", ".join(f"[{STYLES[v]}]{counts[v]} {v}[/]" for v in counts))]
        failed = report.failed
        if failed:
            ids = ", ".join(escape(r.claim.id) for r in failed)
            lines.append(Text.from_markup(f"[bold red]{len(failed)} claim(s) fall short[/] "
                                          f"(fail on: {report.options.fail_on}): {ids}"))
        else:
            lines.append(Text.from_markup(f"[bold green]All claims pass[/] (fail on: {report.options.fail_on})"))
        lines += [Text.from_markup(f"[yellow]warning:[/] {escape(w)}") for w in report.warnings]
        for line in lines:
            console.print(_indented(line, 0, self.width))


def _flags(r: ClaimResult) -> list[tuple[str, str]]:
    """What qualifies a claim's verdict, each with its style, broken where the table's narrow column breaks it
    (the stacked layout puts them on one line)."""
    flags = [("(waived)", "dim")] if r.waived else []
    if r.interested_only:
        flags.append(("interested\nparties only", "yellow"))
    elif r.only_with_interested:
        flags.append(("only with an\ninterested party", "yellow"))
    return flags


def _indented(text: Text, indent: int, width: int) -> Text:
    """The text wrapped to ``width`` with every line indented, its continuation lines keeping their own indent
    (a quote's second line stays under the quote)."""
    out = Text()
    for line in text.split("\n"):
        lead = len(line.plain) - len(line.plain.lstrip(" "))
        wrapped = line.wrap(Console(width=width, color_system=None), width - indent - lead, overflow="fold")
        for k, part in enumerate(wrapped):
            out.append(" " * (indent + (lead if k else 0)))
            part.rstrip()
            out.append_text(part)
            out.append("\n")
    out.rstrip()
    return out
