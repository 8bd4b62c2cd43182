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


@needs_fork
def test_a_dozen_claims_are_matched_on_all_cores_while_a_few_files_are_parsed_alone(tmp_path, monkeypatch):
    from corroborate.pipeline import CheckOptions, run_check

    (tmp_path / "src").mkdir()
    for n in range(3):
        (tmp_path / "src" / f"{n}.txt").write_text(
            "".join(f"Police raided market number {m} in Osh on Monday.\n" for m in range(n, 12, 3)))
    claims = "claims:\n" + "".join(f"  - id: c{n}\n    text: Police raided market number {n} in Osh.\n"
                                   for n in range(parallel.PARALLEL_MIN_CLAIMS))
    (tmp_path / "claims.yaml").write_text(claims)
    options = CheckOptions(tmp_path / "claims.yaml", tmp_path / "src", use_cache=False)
    asked = []
    real_worth_it = parallel.worth_it
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "worth_it", lambda items, *least: asked.append(
        (items, real_worth_it(items, *least))) or real_worth_it(items, *least))
    together = run_check(options)
    assert asked == [(3, False), (parallel.PARALLEL_MIN_CLAIMS, True)]
    monkeypatch.setattr(parallel, "worth_it", lambda items, *least: False)
    alone = run_check(options)
    assert [r.verdict for r in alone.results] == [r.verdict for r in together.results]
    assert [[(c.passage.source.name, c.passage.line) for c in r.supports] for r in together.results] == \
        [[(c.passage.source.name, c.passage.line) for c in r.supports] for r in alone.results]
    assert all(r.supports for r in together.results)
