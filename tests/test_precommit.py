"""The pre-commit hook, run by the real pre-commit against this repository (`pre-commit try-repo`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SOURCES = {
    "a.txt": "Police raided the central market in Osh on Monday and detained forty migrants.\n",
    "b.md": "# Market raid\n\nOn Monday police raided the central market in Osh, witnesses told reporters.\n",
}
SUPPORTED = "settings:\n  sources: sources\nclaims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"
UNSUPPORTED = SUPPORTED + "  - id: moon\n    text: Astronauts landed on the moon on Monday.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PRE_COMMIT_HOME": str(home), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "NO_COLOR": "1"}
    env.pop("CORROBORATE_CACHE_DIR", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "corroborate", "--all-files",
                           "--color", "never"], cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def make_repo(tmp_path: Path, claims: str) -> Path:
    repo = tmp_path / "story"
    (repo / "sources").mkdir(parents=True)
    for name, text in SOURCES.items():
        (repo / "sources" / name).write_text(text, encoding="utf-8")
    (repo / "claims.yaml").write_text(claims, encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    return repo


def snapshot(repo: Path) -> dict[str, bytes]:
    return {str(p.relative_to(repo)): p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}


def test_hook_fails_on_an_unsupported_claim(tmp_path, pre_commit_home):
    repo = make_repo(tmp_path, UNSUPPORTED)
    before = snapshot(repo)
    result = try_repo(repo, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "claims.yaml:6: error: moon is unsupported: No source supports it." in result.stdout
    assert "1 claim(s) fall short" in result.stdout
    assert snapshot(repo) == before  # the hook never writes files


def test_hook_passes_when_every_claim_is_corroborated(tmp_path, pre_commit_home):
    repo = make_repo(tmp_path, SUPPORTED)
    result = try_repo(repo, pre_commit_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
