"""`corroborate init`: a starter claims file that describes the sources."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..output import Protected, target_of, write_text
from ._common import EXIT_OK, guarded, stderr, warn_skipped


@guarded
def run_init_command(*, sources: Path, claims: Path) -> int:
    from ..init import starter_claims
    from ..sources import load_corpus

    if claims.exists() or claims.is_symlink():
        raise InputError("already exists; not overwriting it (choose another name with --claims)", claims)
    protected = Protected.of(sources=sources)
    target_of(claims, protected)
    corpus = load_corpus(sources)
    warn_skipped(corpus)
    write_text(claims, starter_claims(corpus, claims), protected)
    stderr(f"corroborate: wrote {claims} describing {len(corpus.sources)} source(s); edit the example claim, "
            f"then run `corroborate check`")
    return EXIT_OK
