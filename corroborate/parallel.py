"""Forked worker processes, used where a corpus is large enough for them to pay.

Workers are forked, so they see the parent's corpus and index without pickling them, and they leave Ctrl-C
to the parent, which stops them and exits cleanly with 130. Where fork is not available (Windows), or on a
single core, everything runs in the calling process: results are the same either way.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

if TYPE_CHECKING:  # multiprocessing itself is imported only when workers are started (a small run needs none)
    from multiprocessing.connection import Connection
    from multiprocessing.pool import Pool
    from multiprocessing.process import BaseProcess

T = TypeVar("T")

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


class Background(Generic[T]):
    """``function()`` computed in a forked process while the caller goes on with other work.

    ``result()`` waits for it; if the process could not be started or failed, the function runs in the
    caller instead, so a result is always returned (and an error in it is raised where it is seen).
    """

    def __init__(self, function: Callable[[], T]) -> None:
        import multiprocessing

        self._function = function
        self._process: BaseProcess | None = None
        self._receiver: Connection | None = None
        try:
            context = multiprocessing.get_context("fork")
            receiver, sender = context.Pipe(duplex=False)
        except (OSError, ValueError):  # no fork on this platform, or no pipe: result() computes it here
            return
        try:
            self._process = context.Process(target=self._run, args=(sender,), daemon=True)
            self._process.start()
        except OSError:
            receiver.close()
            self._process = None
        else:
            self._receiver = receiver
        finally:
            sender.close()

    def _run(self, sender: Connection) -> None:
        ignore_interrupts()
        try:
            value = self._function()
        except BaseException:  # the parent computes it again and reports the error itself
            os._exit(1)
        sender.send(value)
        sender.close()

    def result(self) -> T:
        if self._receiver is not None:
            try:
                return self._receiver.recv()
            except (EOFError, OSError):
                pass
            finally:
                self.stop()
        return self._function()

    def stop(self) -> None:
        """End the process (after its result, or when the caller gives up, as on Ctrl-C)."""
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
            self._process = None
