"""The parse cache: a second run re-parses only the files that changed, and gives the same report."""

import json

from typer.testing import CliRunner

from corroborate import sources
from corroborate.cli import app

runner = CliRunner()


def test_second_run_reparses_only_changed_files(write, tmp_path, monkeypatch):
    write("src/a.txt", "Police raided the central market in Osh on Monday.")
    write("src/b.txt", "Witnesses said police raided the central market in Osh.")
    claims = write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n")
    parsed = []
    real = sources.split_sentences
    monkeypatch.setattr(sources, "split_sentences", lambda text: parsed.append(text) or real(text))
    args = ["check", "-c", str(claims), "-s", str(tmp_path / "src"), "-f", "json"]
    first = runner.invoke(app, args)
    assert len(parsed) == 2
    second = runner.invoke(app, args)
    assert len(parsed) == 2
    assert json.loads(first.stdout)["claims"] == json.loads(second.stdout)["claims"]
    write("src/b.txt", "Nobody saw anything at the market.")
    runner.invoke(app, args)
    assert len(parsed) == 3
    runner.invoke(app, [*args, "--no-cache"])
    assert len(parsed) == 5


def test_cache_is_never_written_into_the_sources_folder(write, tmp_path, monkeypatch):
    write("src/a.txt", "Police raided the central market in Osh on Monday.")
    claims = write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n")
    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(tmp_path / "src" / "cache"))
    result = runner.invoke(app, ["check", "-c", str(claims), "-s", str(tmp_path / "src")])
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "src").iterdir()) == ["a.txt"]


def test_reuse_detection_is_cached_for_the_same_files(in_root, monkeypatch):
    from corroborate import independence

    calls = []
    real = independence.detect_reuse
    monkeypatch.setattr(independence, "detect_reuse", lambda corpus, pairs=None, *rest: calls.append(pairs)
                        or real(corpus, pairs, *rest))
    first = runner.invoke(app, ["sources", "--format", "json"])
    second = runner.invoke(app, ["sources", "--format", "json"])
    assert len(calls) == 1
    assert json.loads(first.stdout)["dependencies"] == json.loads(second.stdout)["dependencies"]


def test_a_check_compares_only_sources_backing_one_claim_and_keeps_what_it_found(in_root, monkeypatch):
    from corroborate import independence

    calls = []
    real = independence.detect_reuse
    monkeypatch.setattr(independence, "detect_reuse", lambda corpus, pairs=None, *rest: calls.append(pairs)
                        or real(corpus, pairs, *rest))
    first = runner.invoke(app, ["check", "--format", "json"])
    assert len(calls) == 1 and calls[0] is not None and 0 < len(calls[0]) < 10  # 5 sources: 10 pairs in all
    second = runner.invoke(app, ["check", "--format", "json"])
    assert len(calls) == 1  # the same files and claims: every pair it needs is in the cache
    assert json.loads(first.stdout)["claims"] == json.loads(second.stdout)["claims"]
    runner.invoke(app, ["sources", "--format", "json"])
    assert calls[1:] == [None]  # `sources` needs every pair; a check after it needs nothing new
    runner.invoke(app, ["check", "--format", "json"])
    assert len(calls) == 2


def test_words_analysed_on_a_large_corpus_are_kept_for_the_next_run(tmp_path, monkeypatch):
    from corroborate import text
    from corroborate.cache import ParseCache

    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(tmp_path / "cache"))
    for n in range(45):
        (tmp_path / "src").mkdir(exist_ok=True)
        (tmp_path / "src" / f"{n:02}.txt").write_text(f"Zorblatt number {n} was mobilised in Quxville.\n")
    cache = ParseCache.open(tmp_path / "src")
    sources.load_corpus(tmp_path / "src", cache=cache)
    cache.close()
    kept = ParseCache.open(tmp_path / "src").get_words()
    assert kept["mobilised"] == text.VOCABULARY.analyse("mobilised") and "Quxville" in kept
    monkeypatch.setattr(text, "VOCABULARY", text.Vocabulary())  # a new process: it knows no word
    monkeypatch.setattr(text, "_analysis", lambda surface: (_ for _ in ()).throw(AssertionError(surface)))
    cache = ParseCache.open(tmp_path / "src")
    corpus = sources.load_corpus(tmp_path / "src", cache=cache)  # every file and word comes from the cache
    cache.close()
    assert text.VOCABULARY.analyse("Zorblatt") == kept["Zorblatt"] and len(corpus.sources) == 45


def test_an_unchanged_claim_is_not_matched_again_and_any_change_matches_it_anew(write, tmp_path, monkeypatch):
    from corroborate.matching import matcher

    write("src/a.txt", "Police raided the central market in Osh on Monday.")
    write("src/b.txt", "Witnesses said police raided the central market in Osh.")
    claims = write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"
                                  "  - id: rain\n    text: It rained in Osh on Monday.\n")
    matched = []
    real = matcher.Matcher.match_claim
    monkeypatch.setattr(matcher.Matcher, "match_claim", lambda self, claim: matched.append(claim.id) or real(self, claim))
    args = ["check", "-c", str(claims), "-s", str(tmp_path / "src"), "-f", "json"]
    first = runner.invoke(app, args)
    assert sorted(matched) == ["raid", "rain"]
    second = runner.invoke(app, args)
    assert sorted(matched) == ["raid", "rain"]  # both taken from the cache
    assert first.stdout == second.stdout
    write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"
                         "  - id: rain\n    text: It rained hard in Osh on Monday.\n")
    runner.invoke(app, args)
    assert matched[2:] == ["rain"]  # only the changed claim
    write("src/b.txt", "Witnesses said nothing at all.")
    runner.invoke(app, args)
    assert sorted(matched[3:]) == ["raid", "rain"]  # a changed source: every claim again
    runner.invoke(app, [*args, "--threshold", "60"])
    assert len(matched) == 7  # other settings: again


def test_every_command_that_reads_sources_can_leave_the_cache_alone(write, tmp_path, monkeypatch):
    write("src/a.txt", "Police raided the central market in Osh on Monday.")
    claims = write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n")
    cache = tmp_path / "cache"
    monkeypatch.setenv("CORROBORATE_CACHE_DIR", str(cache))
    common = ["-c", str(claims), "-s", str(tmp_path / "src"), "--no-cache"]
    for args in (["check", *common], ["sources", *common], ["explain", "raid", *common],
                 ["lock", *common, "-o", str(tmp_path / "out.lock")]):
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert not cache.exists(), args
    runner.invoke(app, ["sources", "-c", str(claims), "-s", str(tmp_path / "src")])
    assert cache.exists()


def test_the_cached_results_are_keyed_on_every_module_that_makes_them():
    """Reuse found between sources is kept across runs: a change to any module that finds it (credits,
    disagreements...) must make the cache forget it, or an upgrade would report what the old code found."""
    import ast
    from pathlib import Path

    from corroborate.cache import FINGERPRINTED

    package = Path(sources.__file__).parent
    needed, todo = set(), list(FINGERPRINTED)
    while todo:
        module = todo.pop()
        if module in needed:
            continue
        needed.add(module)
        for node in ast.walk(ast.parse((package / module).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:  # (also those inside functions)
                names = [node.module] if node.module else [alias.name for alias in node.names]
                todo += [f"{name}.py" for name in names if (package / f"{name}.py").exists()]
                # a subpackage ("from .matching import negation"): fingerprinted whole by match_schema
                needed |= {f"{name.split('.')[0]}/" for name in names if (package / name.split(".")[0]).is_dir()}
    # Records, errors, the cache itself and the worker pool: they carry results, they do not make them.
    carriers = {"graph.py", "claims.py", "errors.py", "kinds.py", "parallel.py", "cache.py"}
    by_match_schema = {"matching/", "lexicon/"}
    readers = {"documents/"}  # every reader module is fingerprinted by SCHEMA itself
    assert needed - carriers <= set(FINGERPRINTED) | by_match_schema | readers
    assert "matching/" in needed  # disagreement.py reads the matcher's rules: the reuse table is keyed on them


def test_reuse_found_with_other_matching_code_is_not_used(tmp_path, monkeypatch):
    """The disagreements that keep two reports apart are read by the matcher's rules: reuse stored under
    another version of them is forgotten."""
    from corroborate import cache as cache_module

    store = cache_module.ParseCache.open(tmp_path)
    assert store is not None
    store.put_reuse("corpus", {"found": 1})
    assert store.get_reuse("corpus") == {"found": 1}
    monkeypatch.setattr(cache_module, "match_schema", lambda: "other matching code")
    assert store.get_reuse("corpus") is None
    store.close()
