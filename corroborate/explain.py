"""`corroborate explain`: why each source's best passages were accepted or rejected for one claim."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .claims import Claim, ClaimsFile
from .options import CheckOptions
from .pipeline import explain
from .report._text import clip, location
from .sources import Corpus


def explain_claim(claim: Claim, claims_file: ClaimsFile, options: CheckOptions, per_source: int = 3,
                  color: bool = False, width: int | None = None) -> Corpus:
    """Print the explanation; returns the corpus read (its ``skipped`` files are the caller's to report)."""
    found = explain(options, claims_file, claim)
    console = Console(file=sys.stdout, force_terminal=color, no_color=not color, highlight=False,
                      width=width or 120)
    console.print(f"[bold]{escape(claim.id)}[/]: {escape(claim.text)}")
    words = ", ".join(f"{t.surface}{' (name)' if t.name else ''}{' (negated)' if t.negated else ''} "
                      f"w={t.weight:.1f}" for t in found.analysis.terms)
    console.print(f"[dim]content words and rarity weights: {escape(words)}[/]")
    console.print(f"[dim]score = 100 × (0.6 × coverage + 0.25 × phrases + 0.15 × names), ×0.7 when a number is "
                  f"missing; supports from {options.threshold:g}; the stance is read from the sentence that holds "
                  f"the claim (its alignment is shown)[/]\n")
    for source, candidates in found.candidates.items():
        table = Table(title=escape(source.name), title_justify="left", expand=True, show_lines=True)
        for column, ratio in (("Passage", 5), ("Score", 1), ("Signals", 3), ("Decision", 3)):
            table.add_column(column, ratio=ratio, overflow="fold")
        for c in candidates[:per_source]:
            s = c.signals
            signals = (f"coverage {s.coverage:.2f}\nphrases {s.phrases:.2f}\nnames {s.names:.2f}\n"
                       f"numbers {s.numbers}" + (f"\nmissing: {', '.join(s.missing[:8])}" if s.missing else ""))
            if s.alignment:  # each claim word, the word of the decisive sentence it aligns with, and how
                signals += "\nalignment:" + "".join(f"\n  {claim} → {word or '—'} ({relation})"
                                                    for claim, word, relation in s.alignment)
            decision = f"[bold]{c.stance or 'rejected'}[/]\n{escape(c.reason)}"
            table.add_row(f"{escape(location(c))}\n“{escape(clip(c.passage.text, 400))}”", f"{c.score:.1f}",
                          escape(signals), decision)
        if not candidates:
            table.add_row("no passage shares enough rare words with the claim", "", "", "")
        console.print(table)
    result = found.result
    console.print(f"\nVerdict: [bold]{result.verdict}[/] ({result.independent_sources} independent origin(s), "
                  f"{result.needed} needed) [dim]— as `check` decides it[/]")
    for origin in result.origins:
        names = " + ".join(s.name for s in origin.sources)
        console.print(f"  origin: {escape(names)}" + (f"  [dim]credited: {escape(origin.credited)}[/]" if origin.credited else ""))
        for why in origin.reasons:
            console.print(f"    merged because {escape(why)}")
    return found.report.corpus
