"""Work in forked processes: results come back, failures fall back to the caller, an interrupted run stops it."""


import pytest

from corroborate import parallel

needs_fork = pytest.mark.skipif(parallel.workers() == 0, reason="no fork on this platform")


def test_when_no_process_can_be_started_the_check_runs_alone(tmp_path, monkeypatch):
    import multiprocessing

    from corroborate.pipeline import CheckOptions, run_check

    class Refused:
        def Pool(self, *args, **kwargs):
            raise OSError("Resource temporarily unavailable")

    for n in range(45):
        (tmp_path / "src").mkdir(exist_ok=True)
        (tmp_path / "src" / f"{n:02}.txt").write_text(f"Police raided market number {n} in Osh on Monday.\n")
    claims = "claims:\n" + "".join(f"  - id: c{n}\n    text: Police raided market number {n} in Osh.\n"
                                   for n in range(45))
    (tmp_path / "claims.yaml").write_text(claims)
    options = CheckOptions(tmp_path / "claims.yaml", tmp_path / "src", use_cache=False)
    started = []
    real_pool = parallel.pool
    # Two workers even on a one-core machine, so that this compares forked with serial work there too.
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "pool", lambda: started.append(1) or real_pool())
    together = run_check(options)
    assert started, "the check did not start workers"
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: Refused())
    alone = run_check(options)
    assert [r.verdict for r in alone.results] == [r.verdict for r in together.results]
    assert [[(c.passage.source.name, c.passage.line) for c in r.supports] for r in alone.results] == \
        [[(c.passage.source.name, c.passage.line) for c in r.supports] for r in together.results]
    assert len(alone.results) == 45 and alone.results[0].supports
