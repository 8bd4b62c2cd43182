"""Evidence freeze: record what supports each claim, and report when that evidence changes or vanishes.

`corroborate lock` writes ``corroborate.lock`` beside the claims file: per claim, the supporting passages
with their file, line, exact text and the file's SHA-256. `corroborate check` then compares: a source that
was removed, or edited so that a locked passage is no longer in it, is a finding for every claim that
rested on it, so a published claim cannot silently lose its support.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .output import Protected, write_text
from .sources import Corpus

if TYPE_CHECKING:
    from .verdict import ClaimResult

LOCK_NAME = "corroborate.lock"
LOCK_VERSION = 1


def default_lock_path(claims_path: Path) -> Path:
    return claims_path.parent / LOCK_NAME


def lock_data(corpus: Corpus, results: list[ClaimResult]) -> dict[str, Any]:
    root = corpus.root
    claims: dict[str, Any] = {}
    for r in results:
        claims[r.claim.id] = {
            "text": r.claim.text,
            "verdict": r.verdict,
            "evidence": [
                {"source": _relative(c.passage.source.path, root), "sha256": c.passage.source.sha256,
                 "line": c.passage.line, "end_line": c.passage.end_line, "text": c.passage.text}
                for c in r.supports
            ],
        }
    return {"version": LOCK_VERSION, "sources": str(root), "claims": claims}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class LockProblem:
    claim_id: str
    message: str


def read_lock(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the lock file: {exc}", path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"lock file is not valid JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
    if not isinstance(data, dict) or data.get("version") != LOCK_VERSION or not isinstance(data.get("claims"), dict):
        raise InputError("not a corroborate lock file (run `corroborate lock` to write it again)", path)
    return data


def locked_problems(path: Path | None, claims_path: Path, corpus: Corpus) -> dict[str, list[str]]:
    """Per claim id, what happened to its locked evidence given the sources as they are now: an input to its
    verdict. ``path``: the lock file asked for (it must exist); None: the one beside the claims file, if any."""
    lock_path = path or default_lock_path(claims_path)
    if not lock_path.exists():
        if path is not None:
            raise InputError("lock file not found (write it with `corroborate lock`)", path)
        return {}
    out: dict[str, list[str]] = {}
    for problem in compare(corpus, read_lock(lock_path)):
        out.setdefault(problem.claim_id, []).append(problem.message)
    return out


def compare(corpus: Corpus, data: dict[str, Any]) -> list[LockProblem]:
    """Problems with locked evidence, given the sources as they are now."""
    root = corpus.root
    current = {_relative(s.path, root): s for s in corpus.sources}
    problems: list[LockProblem] = []
    for claim_id, locked in data["claims"].items():
        if not isinstance(locked, dict):
            continue
        for e in locked.get("evidence", []):
            try:
                name, sha, line, text = e["source"], e["sha256"], e["line"], e["text"]
            except (KeyError, TypeError):
                continue
            source = current.get(name)
            if source is None:
                problems.append(LockProblem(claim_id, f"locked evidence vanished: {name} was removed"))
            elif source.sha256 != sha and text not in source.text:
                problems.append(LockProblem(claim_id, f"locked evidence changed: the passage quoted from "
                                                      f"{name}:{line} is no longer in the file"))
    return problems


def write_lock(corpus: Corpus, results: list[ClaimResult], path: Path, protected: Protected = Protected()) -> None:
    write_text(path, json.dumps(lock_data(corpus, results), ensure_ascii=False, indent=1) + "\n", protected)
