"""`corroborate check`: every claim against the sources, a verdict each, the report written."""

from __future__ import annotations

from pathlib import Path

from ..output import target_of
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit,
    guarded,
    progress_bar,
    protected_paths,
    report_width,
    stderr,
    stdout_if_dash,
    use_color,
    warn_settings,
    warn_skipped,
)


@guarded
def run_check_command(*, claims: Path, sources: Path | None, format: str, output: Path | None,
                      min_sources: int | None, threshold: float | None, fail_on: str | None,
                      exhaustive: bool, exit_zero: bool, use_cache: bool = True, lock: Path | None = None) -> int:
    from ..claims import load_claims
    from ..config import resolve_options
    from ..pipeline import run_check
    from ..report import get_format

    output = stdout_if_dash(output)
    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, min_sources=min_sources, threshold=threshold,
                              fail_on=fail_on, exhaustive=exhaustive, use_cache=use_cache)
    protected = protected_paths(claims, options.sources_dir, lock)
    if output is not None:
        target_of(output, protected)  # refuse before the run, not after it
    warn_settings(claims_file)
    with progress_bar(len(claims_file.claims)) as progress:
        report = run_check(options, claims_file, progress=progress, lock=lock)
    warn_skipped(report.corpus, claims_file)
    width = report_width(output)
    text = get_format(format, color=use_color(output, format), width=width).render(report)
    emit(text, output, protected)
    if output is not None:
        stderr(f"corroborate: report written to {output}")
    if report.failed and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK
