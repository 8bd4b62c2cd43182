"""Command line: parses arguments, calls the core, writes the output. No checking logic lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD
from .errors import InputError
from .kinds import FailOn, ReportFormat, SourcesFormat

app = typer.Typer(
    name="corroborate",
    help="Check which claims in a story are independently confirmed by your source documents.\n\n"
         "Example: corroborate check --claims claims.yaml --sources seeds/",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DEFAULT_CLAIMS = Path("claims.yaml")
NO_CACHE = typer.Option(False, "--no-cache", help="Neither read nor write the cache in .corroborate_cache/ "
                                                 "(parsed files, reuse found, each claim's matches).")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corroborate {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Check which claims in a story are independently confirmed by your source documents.

    Exit codes: 0 every claim passes, 1 some claim falls short, 2 usage or input error.
    """


@app.command()
def check(
    claims: Path = typer.Option(DEFAULT_CLAIMS, "--claims", "-c", help="The claims YAML file.", show_default=True),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s",
                                           help="Folder of sources (.txt, .md, .pdf, .html, .docx, .eml, .odt, .rtf), read recursively "
                                                "[default: settings.sources in the claims file, else seeds/]."),
    format: ReportFormat = typer.Option(ReportFormat.TERMINAL, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the report to this file instead of stdout (`-`: stdout). "
                                               "Written atomically, keeping the file's mode; through a link, "
                                               "its target. Never the claims, lock or settings file, a "
                                               "source, or anything not a regular file."),
    min_sources: Optional[int] = typer.Option(None, "--min-sources", "-n", min=1,
                                              help="Independent sources a claim needs to be corroborated "
                                                   f"[default: settings, else {DEFAULT_MIN_SOURCES}]."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0, max=100,
                                              help="Score (0-100) from which a passage supports a claim "
                                                   f"[default: settings, else {DEFAULT_THRESHOLD:g}]."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on",
                                             help="What fails the run: unsupported (and contested) claims, or "
                                                  "single-source ones too [default: settings, else unsupported]."),
    exhaustive: bool = typer.Option(False, "--exhaustive",
                                    help="Score every passage instead of the indexed candidates (slower)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when claims fall short (2 still "
                                                              "means an error)."),
    no_cache: bool = NO_CACHE,
    lock: Optional[Path] = typer.Option(None, "--lock", help="Lock file to compare the evidence with "
                                                             "[default: corroborate.lock beside the claims file, if present]."),
) -> None:
    """Find the passages that support or contradict each claim and give each claim a verdict.

    Verdicts: corroborated (enough independent origins), single-source, contested (supported by one
    origin, contradicted by another), unsupported.

    Example:

    \b
        corroborate check --claims claims.yaml --sources seeds/ --format markdown -o report.md
    """
    from .commands.check import run_check_command

    code = run_check_command(claims=claims, sources=sources, format=format.value, output=output,
                             min_sources=min_sources, threshold=threshold,
                             fail_on=fail_on.value if fail_on else None,
                             exhaustive=exhaustive, exit_zero=exit_zero, use_cache=not no_cache, lock=lock)
    raise typer.Exit(code)


@app.command()
def explain(
    claim_id: str = typer.Argument(..., help="The id of the claim to explain."),
    claims: Path = typer.Option(DEFAULT_CLAIMS, "--claims", "-c", help="The claims YAML file."),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", help="Folder of sources [default: as for check]."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0, max=100, help="Support threshold."),
    candidates: int = typer.Option(3, "--candidates", "-k", min=1, help="Candidate passages shown per source."),
    no_cache: bool = NO_CACHE,
) -> None:
    """Show, for one claim and every source, the best candidate passages with the score broken down by
    signal and the reason each was accepted or rejected.

    Example:

    \b
        corroborate explain d08 --claims claims.yaml --sources seeds/
    """
    from .commands.explain import run_explain_command

    raise typer.Exit(run_explain_command(claim_id=claim_id, claims=claims, sources=sources,
                                         threshold=threshold, per_source=candidates, use_cache=not no_cache))


@app.command("lock")
def lock_command(
    claims: Path = typer.Option(DEFAULT_CLAIMS, "--claims", "-c", help="The claims YAML file."),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", help="Folder of sources [default: as for check]."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Where to write the lock [default: corroborate.lock beside the claims "
                                               "file]. Same rules as `check --output`."),
    no_cache: bool = NO_CACHE,
) -> None:
    """Freeze the evidence: record, per claim, the supporting passages and the hashes of their files.

    `corroborate check` then reports a claim whose locked evidence changed or vanished (a source edited or
    removed), and fails the run for it. Commit the lock file with the claims.

    Example:

    \b
        corroborate lock && git add corroborate.lock
    """
    from .commands.lock import run_lock_command

    raise typer.Exit(run_lock_command(claims=claims, sources=sources, output=output, use_cache=not no_cache))


@app.command()
def init(
    sources: Path = typer.Option(Path("seeds"), "--sources", "-s", help="Folder of sources to describe."),
    claims: Path = typer.Option(DEFAULT_CLAIMS, "--claims", "-c", help="The claims file to create."),
) -> None:
    """Write a starter claims file: a `sources:` section filled from what the files say (title, date) and
    one example claim. Refuses to overwrite an existing file.

    Example:

    \b
        corroborate init --sources articles/
    """
    from .commands.init import run_init_command

    raise typer.Exit(run_init_command(sources=sources, claims=claims))


@app.command("sources")
def sources_command(
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", help="Folder of sources [default: as for check]."),
    claims: Path = typer.Option(DEFAULT_CLAIMS, "--claims", "-c",
                                help="Claims file whose `sources:` section declares provenance (optional)."),
    format: SourcesFormat = typer.Option(SourcesFormat.TERMINAL, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write to this file instead of stdout (same rules as "
                                               "`check --output`)."),
    no_cache: bool = NO_CACHE,
) -> None:
    """List the sources with their declared metadata, the dependencies found between them (with the
    passages that show them) and the independent origins that result.

    Example:

    \b
        corroborate sources --sources seeds/ --format json
    """
    from .commands.sources import run_sources_command

    raise typer.Exit(run_sources_command(sources=sources, claims=claims, format=format.value, output=output,
                                         use_cache=not no_cache))


def main() -> None:
    """Entry point: turns input errors into one line and exit code 2, Ctrl-C into exit code 130."""
    try:
        app(prog_name="corroborate")
    except (InputError, KeyboardInterrupt) as exc:
        from .commands import exit_code_for

        sys.exit(exit_code_for(exc))
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): nothing more to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
