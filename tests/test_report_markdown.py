"""The Markdown report, parsed with a real Markdown parser."""

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.report.markdown import escape

runner = CliRunner()


def tokens(text):
    return MarkdownIt("commonmark").enable("table").parse(text)


def test_markdown_report_has_a_claims_table_and_quotes(in_root):
    result = runner.invoke(app, ["check", "--format", "markdown"])
    assert result.exit_code == 1
    toks = tokens(result.stdout)
    tables = [i for i, t in enumerate(toks) if t.type == "table_open"]
    assert len(tables) == 3  # summary counts, claims, waived claims
    ends = [i for i, t in enumerate(toks) if t.type == "table_close"]
    rows = [t for t in toks[tables[1]:ends[1]] if t.type == "tr_open"]
    waived = [t for t in toks[tables[2]:ends[2]] if t.type == "tr_open"]
    n_claims = result.stdout.count("\n### ")
    assert len(rows) + len(waived) - 2 == n_claims  # a header and one row per claim
    cells = [t.content for t in toks[tables[2]:ends[2]] if t.type == "inline"]
    assert any("threats-occupied" in c for c in cells)
    assert any("National Resistance Center" in c for c in cells)
    quotes = [toks[i + 2].content for i, t in enumerate(toks) if t.type == "blockquote_open"]
    assert any("Friday prayers in mosques" in q for q in quotes)


def test_pipes_and_line_breaks_are_escaped_in_cells():
    cell = escape("a | b\nc *d*")
    row = f"| x | y |\n| --- | --- |\n| {cell} | z |\n"
    toks = tokens(row)
    inline = [t for t in toks if t.type == "inline"]
    assert [t.content for t in inline][-2:] == ["a | b c \\*d\\*", "z"]
    assert len([t for t in toks if t.type == "td_open"]) == 2
