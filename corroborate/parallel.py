"""Forked worker processes, used where a corpus is large enough for them to pay.

Workers are forked, so they see the parent's corpus and index without pickling them, and they leave Ctrl-C
to the parent, which stops them and exits cleanly with 130. Where fork is not available (Windows), or on a
single core, everything runs in the calling process: results are the same either way.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing itself is imported only when workers are started (a small run needs none)
    from multiprocessing.pool import Pool

PARALLEL_MIN_ITEMS = 40  # below this many files or claims, starting workers costs more than it saves


def workers() -> int:
    """How many processes may work at once (0 when forking is not possible)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(os.cpu_count() or 1, 8)


def worth_it(items: int) -> bool:
    return items >= PARALLEL_MIN_ITEMS and workers() >= 2


def ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool() -> Pool | None:
    """A pool of forked workers; None when the system refuses more processes (the caller then works alone)."""
    import multiprocessing

    try:
        return multiprocessing.get_context("fork").Pool(workers(), initializer=ignore_interrupts)
    except OSError:
        return None
