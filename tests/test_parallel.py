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


def test_when_no_process_can_be_started_the_check_runs_alone(tmp_path, monkeypatch):
    import multiprocessing

    from corroborate.check import CheckOptions, run_check

    class Refused:
        def Pool(self, *args, **kwargs):
            raise OSError("Resource temporarily unavailable")

        def Pipe(self, *args, **kwargs):
            raise OSError("Resource temporarily unavailable")

    for n in range(45):
        (tmp_path / "src").mkdir(exist_ok=True)
        (tmp_path / "src" / f"{n:02}.txt").write_text(f"Police raided market number {n} in Osh on Monday.\n")
    claims = "claims:\n" + "".join(f"  - id: c{n}\n    text: Police raided market number {n} in Osh.\n"
                                   for n in range(45))
    (tmp_path / "claims.yaml").write_text(claims)
    options = CheckOptions(tmp_path / "claims.yaml", tmp_path / "src", use_cache=False)
    together = run_check(options)
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Refused())
    alone = run_check(options)
    assert [r.verdict for r in alone.results] == [r.verdict for r in together.results]
    assert len(alone.results) == 45 and alone.results[0].supports
