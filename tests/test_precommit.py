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

pytestmark = [pytest.mark.skipif(shutil.which("git") is None, reason="needs git"), pytest.mark.slow]


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


def readme_snippets() -> list[str]:
    """The YAML blocks of the README's pre-commit section, as a user would copy them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In a pre-commit hook", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```yaml\n")[1:]]


def run_hooks(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PRE_COMMIT_HOME": str(home), "NO_COLOR": "1",
                        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("CORROBORATE_CACHE_DIR", None)
    git(repo, "add", ".")
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_the_readmes_local_hook_snippet_works_as_written(tmp_path, pre_commit_home):
    local = readme_snippets()[0]
    assert "repo: local" in local
    repo = make_repo(tmp_path, UNSUPPORTED)
    (repo / ".pre-commit-config.yaml").write_text(local, encoding="utf-8")
    result = run_hooks(repo, pre_commit_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "claims.yaml:6: error: moon is unsupported: No source supports it." in result.stdout


def test_the_readmes_hook_repository_snippet_works_from_a_clean_clone(tmp_path, pre_commit_home):
    remote = readme_snippets()[1]
    clone = tmp_path / "corroborate"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, capture_output=True)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, check=True, capture_output=True,
                          text=True).stdout.strip()
    config = (remote.replace("PATH/TO/corroborate", str(clone))
              .replace("0123456789abcdef0123456789abcdef01234567", head))
    repo = make_repo(tmp_path, SUPPORTED)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    result = run_hooks(repo, pre_commit_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
