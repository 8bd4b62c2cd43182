"""Work in forked processes: results come back, failures fall back to the caller, an interrupted run stops it."""

import os
import time

import pytest

from corroborate import parallel

needs_fork = pytest.mark.skipif(parallel.workers() == 0, reason="no fork on this platform")


@needs_fork
def test_background_work_runs_in_another_process_and_returns_its_result():
    job = parallel.Background(lambda: (os.getpid(), [1, 2, 3]))
    pid, value = job.result()
    assert pid != os.getpid() and value == [1, 2, 3]


@needs_fork
def test_a_failure_in_the_background_is_computed_again_and_raised_where_it_is_seen():
    calls = []

    def fails():
        calls.append(os.getpid())
        raise ValueError("bad input")

    job = parallel.Background(fails)
    with pytest.raises(ValueError, match="bad input"):
        job.result()
    assert calls == [os.getpid()]  # the child's attempt is not seen here; the parent's is


@needs_fork
def test_stopping_ends_work_still_running():
    parent = os.getpid()
    job = parallel.Background(lambda: time.sleep(60) if os.getpid() != parent else "computed here")
    start = time.monotonic()
    job.stop()
    assert time.monotonic() - start < 10
    assert job.result() == "computed here"  # after a stop, the caller computes it itself
