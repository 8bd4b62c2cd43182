"""The shipped lexicon is what its build script makes from Debian's WordNet 3.0 (wordnet-base)."""

import sqlite3
from pathlib import Path

import pytest

from corroborate.lexicon.build import DATA, build_entries, build_irregular, build_lemma_forms

WORDNET = Path("/usr/share/wordnet")


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="Debian's wordnet-base is not installed "
                    "(.ci/run installs it)")
@pytest.mark.slow
def test_the_shipped_lexicon_is_what_the_build_script_makes() -> None:
    con = sqlite3.connect(DATA / "wordnet.sqlite")
    shipped = con.execute("SELECT word, tags, syn, hyper, ant, deriv, alt, kind, proper FROM entry ORDER BY word").fetchall()
    assert shipped == sorted(build_entries(WORDNET))
    lines = (DATA / "irregular.tsv").read_text(encoding="utf-8").splitlines()
    assert [tuple(line.split("\t")) for line in lines] == build_irregular(WORDNET)
    lines = (DATA / "lemma_forms.tsv").read_text(encoding="utf-8").splitlines()
    assert [tuple(line.split("\t")) for line in lines] == build_lemma_forms(WORDNET)


def test_every_data_file_is_installed_with_the_package() -> None:
    # A file missing from package-data is there in a checkout and gone from `pip install .`.
    import tomllib

    root = DATA.parents[2]
    declared = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["corroborate.lexicon"]
    assert sorted(declared) == sorted(f"data/{p.name}" for p in DATA.iterdir() if p.is_file())
