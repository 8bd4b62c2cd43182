"""The evidence lock: what supported each claim is recorded, and a check says when it changed or vanished."""

import json

from corroborate.cli import app

from .story import CLAIM, A, B, check, runner


def test_lock_then_edit_or_remove_a_source(write, tmp_path):
    write("src/a.txt", A)
    write("src/b.txt", B)
    claims = write("claims.yaml", CLAIM)
    args = ["-c", str(claims), "-s", str(tmp_path / "src")]
    locked = runner.invoke(app, ["lock", *args])
    assert locked.exit_code == 0, locked.output
    lock = json.loads((tmp_path / "corroborate.lock").read_text(encoding="utf-8"))
    assert {e["source"] for e in lock["claims"]["raid"]["evidence"]} == {"a.txt", "b.txt"}
    result, report = check(*args)
    assert result.exit_code == 0 and report["raid"]["lock_problems"] == []
    write("src/b.txt", B + "An unrelated line added later.\n")  # edited, the passage still there
    result, report = check(*args)
    assert result.exit_code == 0
    write("src/b.txt", "The article was rewritten: nobody saw a raid.\n")
    result, report = check(*args)
    assert result.exit_code == 1
    assert report["raid"]["lock_problems"] == [
        "locked evidence changed: the passage quoted from b.txt:1 is no longer in the file"]
    (tmp_path / "src" / "b.txt").unlink()
    result, report = check(*args)
    assert report["raid"]["lock_problems"] == ["locked evidence vanished: b.txt was removed"]


def test_the_lock_findings_are_read_before_the_verdicts(write, tmp_path):
    from corroborate.lock import compare, locked_problems
    from corroborate.sources import load_corpus

    write("src/a.txt", A)
    corpus = load_corpus(tmp_path / "src")
    data = {"version": 1, "claims": {"raid": {"evidence": [
        {"source": "a.txt", "sha256": "0" * 64, "line": 1, "text": "Police raided the central market"},
        {"source": "gone.txt", "sha256": "0" * 64, "line": 3, "text": "anything"}]}}}
    assert [p.message for p in compare(corpus, data)] == ["locked evidence vanished: gone.txt was removed"]
    assert locked_problems(None, tmp_path / "claims.yaml", corpus) == {}  # no lock beside the claims: nothing
    missing = tmp_path / "elsewhere.lock"
    try:
        locked_problems(missing, tmp_path / "claims.yaml", corpus)
    except Exception as exc:  # an InputError naming the file
        assert str(exc).startswith(str(missing)) and "lock file not found" in str(exc)
    else:
        raise AssertionError("a lock file asked for and missing is an error")
