"""`corroborate sources`: the sources, the links between them and the origins that result."""

from __future__ import annotations

from pathlib import Path

from ..output import target_of
from ._common import (
    EXIT_OK,
    emit,
    guarded,
    protected_paths,
    report_width,
    stdout_if_dash,
    use_color,
    warn_settings,
    warn_skipped,
)


@guarded
def run_sources_command(*, sources: Path | None, claims: Path, format: str, output: Path | None,
                        use_cache: bool = True) -> int:
    from ..claims import ClaimsFile, load_claims
    from ..config import resolve_sources_dir
    from ..options import CheckOptions
    from ..pipeline import load_sources
    from ..report.sources import render_sources

    output = stdout_if_dash(output)
    claims_file = load_claims(claims) if claims.exists() else ClaimsFile(claims, [])
    sources_dir = resolve_sources_dir(claims_file, sources)
    protected = protected_paths(claims, sources_dir)
    if output is not None:
        target_of(output, protected)
    warn_settings(claims_file)
    corpus, graph = load_sources(CheckOptions(claims, sources_dir, use_cache=use_cache), claims_file.sources)
    warn_skipped(corpus, claims_file)
    emit(render_sources(graph, format, color=use_color(output, format), width=report_width(output)), output,
         protected)
    return EXIT_OK
