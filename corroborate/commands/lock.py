"""`corroborate lock`: freeze the supporting passages of every claim."""

from __future__ import annotations

from pathlib import Path

from ..output import Protected, target_of
from ._common import EXIT_OK, guarded, stderr, warn_settings, warn_skipped


@guarded
def run_lock_command(*, claims: Path, sources: Path | None, output: Path | None, use_cache: bool = True) -> int:
    from ..claims import load_claims
    from ..config import resolve_options
    from ..lock import default_lock_path, write_lock
    from ..pipeline import run_check

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, use_cache=use_cache)
    warn_settings(claims_file)
    path = output or default_lock_path(claims)
    protected = Protected.of(claims=claims, sources=options.sources_dir)
    target_of(path, protected)
    report = run_check(options, claims_file, use_lock=False)  # the evidence as it is now, to be locked
    warn_skipped(report.corpus, claims_file)
    write_lock(report.corpus, report.results, path, protected)
    passages = sum(len(r.supports) for r in report.results)
    stderr(f"corroborate: locked {passages} supporting passage(s) of {len(report.results)} claim(s) in {path}")
    return EXIT_OK
