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


STORY = {
    "local.txt": "A fire broke out at the Courier Chemicals plant in Dunmore on Friday. "
                 "The primary school next to the plant was evacuated at noon.\n",
    "gazette.txt": "Officials said the primary school next to the plant was not evacuated.\n",
    "daily.txt": "The primary school next to the plant was evacuated, the head teacher said. "
                 "A fire broke out at the Courier Chemicals plant in Dunmore on Friday.\n",
}
STORY_CLAIMS = """sources:
  local.txt:
    outlet: Dunmore Courier
  gazette.txt:
    outlet: Evening Gazette
  daily.txt:
    outlet: National Daily
    derived_from: local.txt
claims:
  - id: school
    text: The primary school next to the plant was evacuated.
  - id: fire
    text: A fire broke out at the Courier Chemicals plant in Dunmore on Friday.
"""


def story_report(tmp_path, monkeypatch) -> str:
    (tmp_path / "sources").mkdir()
    for name, text in STORY.items():
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(STORY_CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--sources", "sources", "--format", "markdown", "--no-cache"])
    assert result.exit_code == 1, result.stderr
    return result.stdout


def test_a_contested_claim_names_the_outlets_on_both_sides(tmp_path, monkeypatch):
    text = story_report(tmp_path, monkeypatch)
    row = next(line for line in text.splitlines() if line.startswith("| `school`"))
    assert "contested" in row
    assert "Dunmore Courier (sources/local.txt)" in row and "contradicted by Evening Gazette (sources/gazette.txt)" in row
    why = next(line for line in text.splitlines() if line.startswith("**Why:**") and "contradicted by" in line)
    assert "Evening Gazette" in why and "Dunmore Courier" in why
    assert "- Evening Gazette, `sources/gazette.txt:1`" in text


def test_the_origins_are_a_mermaid_graph_with_a_reason_on_each_edge(tmp_path, monkeypatch):
    text = story_report(tmp_path, monkeypatch)
    diagram = text.split("```mermaid\n", 1)[1].split("```", 1)[0].splitlines()
    assert diagram[0] == "graph LR"
    nodes = {line.split("[", 1)[0].strip(): line for line in diagram if '["' in line}
    assert len(nodes) == 3 and any("National Daily<br/>sources/daily.txt" in n for n in nodes.values())
    edges = [line for line in diagram if "---|" in line]
    assert edges and all('"|' in e for e in edges)
    assert any("derived from local.txt" in e for e in edges)


def test_an_attribution_is_drawn_apart_from_a_joining_link(tmp_path):
    from corroborate.claims import SourceInfo
    from corroborate.graph import Dependency, SourceGraph
    from corroborate.report.markdown import origins_diagram
    from corroborate.sources import load_corpus

    for name in ("union", "wire"):
        (tmp_path / f"{name}.txt").write_text(f"The {name} text.\n")
    corpus = load_corpus(tmp_path)
    union, wire = corpus.sources
    relay = Dependency(union, wire, "attribution", 0.5, "one relays the other's statement, crediting the union")
    graph = SourceGraph(corpus, {union: SourceInfo("union.txt"), wire: SourceInfo("wire.txt")}, [relay])
    diagram = "\n".join(origins_diagram(graph))
    assert '-.-|"one relays' in diagram and "---|" not in diagram

