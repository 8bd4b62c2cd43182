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

PARALLEL_MIN_ITEMS = 40  # below this many files, starting workers costs more than it saves
PARALLEL_MIN_CLAIMS = 12
"""Below this many claims, matching them on all cores saves less than starting the workers costs (about 25 ms):
matching one claim against a folder takes 5 to 10 ms where parsing one plain file takes well under one (the
bundled example's 25 claims: 0.85 of the wall time on two cores, median of 15 pairs side by side)."""


def workers() -> int:
    """How many processes may work at once (0 when forking is not possible)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(os.cpu_count() or 1, 8)


def worth_it(items: int, least: int = PARALLEL_MIN_ITEMS) -> bool:
    """Whether ``items`` pieces of work (files by default) are enough to start workers for."""
    return items >= least and workers() >= 2


def ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool() -> Pool | None:
    """A pool of forked workers; None when the system refuses more processes (the caller then works alone).

    A Ctrl-C that comes while the workers start is held until the pool is whole, then stops it: one that landed
    in a worker before it could ignore it printed a traceback, and one that landed in the parent half-way through
    starting them left it waiting for ever. (Held by a handler, not a signal mask: Python runs handlers in the
    main thread whichever thread the signal reaches, a progress bar's included.)"""
    import multiprocessing

    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except ValueError:  # (not the main thread: the signal is not its to handle)
        previous = None
    try:
        started = multiprocessing.get_context("fork").Pool(workers(), initializer=ignore_interrupts)
    except OSError:
        return None
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if held:
        started.terminate()
        raise KeyboardInterrupt
    return started
