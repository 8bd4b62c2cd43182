"""`corroborate init`: a starter claims file from what the sources say about themselves."""


from corroborate.cli import app

from .story import A, B, check, runner


def test_init_describes_sources_and_refuses_to_overwrite(write, tmp_path, monkeypatch):
    write("articles/a.md", "# Police raid the market in Osh\n\nBy Aida Bekova\n\n9 February 2025\n\n" + A)
    write("articles/b.txt", B)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--sources", "articles"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert 'title: "Police raid the market in Osh"' in text
    assert 'author: "Aida Bekova"' in text and 'date: "2025-02-09"' in text
    assert 'sources: "articles"' in text
    again = runner.invoke(app, ["init", "--sources", "articles"])
    assert again.exit_code == 2
    assert "already exists; not overwriting it" in again.stderr
    _, claims = check()
    assert claims["example"]["verdict"] in ("corroborated", "single-source")
