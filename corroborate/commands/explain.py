"""`corroborate explain`: one claim, and why each source's passages were taken or not."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ._common import EXIT_OK, guarded, report_width, use_color, warn_settings, warn_skipped


@guarded
def run_explain_command(*, claim_id: str, claims: Path, sources: Path | None, threshold: float | None,
                        per_source: int, use_cache: bool = True) -> int:
    from ..claims import load_claims
    from ..config import resolve_options
    from ..explain import explain_claim

    claims_file = load_claims(claims)
    options = resolve_options(claims_file, sources=sources, threshold=threshold, use_cache=use_cache)
    warn_settings(claims_file)
    matching = [c for c in claims_file.claims if c.id == claim_id]
    if not matching:
        import difflib

        near = difflib.get_close_matches(claim_id, [c.id for c in claims_file.claims], n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        raise InputError(f"no claim with id {claim_id!r}{hint}", claims)
    color = use_color(None, "terminal")
    corpus = explain_claim(matching[0], claims_file, options, per_source=per_source, color=color,
                           width=report_width(None))
    warn_skipped(corpus, claims_file)
    return EXIT_OK
