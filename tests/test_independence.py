"""Independence: the seeds' shared raids paragraph is found, and nothing else is merged."""

import json
import random

from typer.testing import CliRunner

from corroborate.cli import app

runner = CliRunner()


def test_sources_reports_only_the_reused_raids_paragraph(in_root):
    result = runner.invoke(app, ["sources", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["sources"]) == 5
    pairs = [sorted((d["a"][-24:-21], d["b"][-24:-21])) for d in data["dependencies"]]
    assert pairs == [["000", "001"]]
    (dep,) = data["dependencies"]
    assert dep["kind"] == "reuse"
    evidence = " ".join(e["a"]["text"] + e["b"]["text"] for e in dep["evidence"])
    assert "raids on workplaces employing migrant" in evidence
    assert len(data["origins"]) == 4


def test_terminal_listing_shows_metadata(in_root):
    result = runner.invoke(app, ["sources"])
    assert result.exit_code == 0
    assert "advocacy" in result.stdout and "EU Today" in result.stdout
    assert "4 independent origin(s)" in result.stdout


def test_declared_owner_merges_sources(write, tmp_path):
    write("src/a.txt", "Police raided the central market in Osh on Monday, officials confirmed.")
    write("src/b.txt", "On Monday police raided the central market in Osh according to residents.")
    claims = write("claims.yaml", "claims:\n  - id: raid\n    text: Police raided the central market in Osh.\n"
                                  "sources:\n  a.txt: {owner: Example Media}\n  b.txt: {owner: example media}\n")
    result = runner.invoke(app, ["check", "-c", str(claims), "-s", str(tmp_path / "src"), "-f", "json"])
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["verdict"] == "single-source"
    assert claim["independent_sources"] == 1
    assert "same owner" in claim["origins"][0]["merged_because"][0]


def test_declared_links_are_found_by_owner_outlet_and_derivation(write, tmp_path):
    from corroborate.claims import SourceInfo
    from corroborate.independence import declared_dependencies
    from corroborate.sources import load_corpus

    for name in "abcde":
        write(f"src/{name}.txt", f"Report {name} on the raids in Osh.")
    corpus = load_corpus(tmp_path / "src")
    declared = {"a.txt": SourceInfo("a.txt", owner="Example Media", outlet="Daily One"),
                "b.txt": SourceInfo("b.txt", owner="example  media!", outlet="Daily One"),
                "c.txt": SourceInfo("c.txt", outlet="DAILY ONE"),
                "d.txt": SourceInfo("d.txt", derived_from=("a.txt",)),
                "e.txt": SourceInfo("e.txt", owner="Other Media")}
    info = {s: declared[s.path.name] for s in corpus.sources}
    links = [(d.a.path.name, d.b.path.name, d.reason) for d in declared_dependencies(info)]
    assert links == [("a.txt", "b.txt", "same owner: Example Media"), ("a.txt", "c.txt", "same outlet: Daily One"),
                     ("b.txt", "c.txt", "same outlet: Daily One"), ("d.txt", "a.txt", "d.txt is derived from a.txt")]


def test_short_reports_of_one_event_in_similar_words_stay_independent(write, tmp_path):
    write("src/a.txt", "Police raided the central market in Osh on Monday and detained forty migrants.\n")
    write("src/b.txt", "Residents of Osh told us that armed police raided the central market twice this week.\n")
    write("src/c.txt", "The weather in Bishkek was mild for the season, with light rain in the evening.\n")
    result = runner.invoke(app, ["sources", "--sources", str(tmp_path / "src"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dependencies"] == []


def test_a_copied_text_with_a_new_opening_is_reuse(write, tmp_path):
    original = ("Russian law enforcement agencies have conducted regular raids on workplaces employing migrant "
                "laborers, issuing draft notices or taking them to military commissariats. Migrants without "
                "Russian citizenship were offered fast-track passports in exchange for one-year contracts with "
                "the defence ministry. Rights groups in Tashkent and Dushanbe recorded dozens of such cases.\n")
    write("src/a.txt", original)
    write("src/b.txt", "Our correspondent reviewed the documents. " + original.replace("regular", "frequent"))
    result = runner.invoke(app, ["sources", "--sources", str(tmp_path / "src"), "--format", "json"])
    (dep,) = json.loads(result.stdout)["dependencies"]
    assert dep["kind"] == "reuse"


def test_a_check_looks_for_reuse_only_between_sources_that_back_one_claim(tmp_path):
    from corroborate.independence import build_graph
    from corroborate.sources import load_corpus

    copied = ("Russian law enforcement agencies have conducted regular raids on workplaces employing migrant "
              "laborers, issuing draft notices or taking them to military commissariats.")
    words = [a + b for a in ("river", "harvest", "council", "bridge", "festival", "railway", "orchard", "library")
             for b in ("side", "gate", "field", "works", "hall", "stone", "wood", "mark")]
    rng = random.Random(7)
    for n in range(44):
        filler = " ".join(rng.sample(words, 6))
        (tmp_path / f"{n:02}.txt").write_text(f"Notes on the {filler}, according to Aida Bekova.\n")
    (tmp_path / "a.txt").write_text("An article of our own on the raids. " + copied + "\n")
    (tmp_path / "b.txt").write_text(copied + " Our own reporting follows here, with new quotes.\n")
    (tmp_path / "c.txt").write_text("Another copy: " + copied + "\n")
    corpus = load_corpus(tmp_path)
    by_name = {s.path.name: s for s in corpus.sources}

    def summary(graph):
        return ([(d.a.path.name, d.b.path.name, d.kind, d.score) for d in graph.dependencies],
                {s.path.name: [(a.first, a.credited) for a in found] for s, found in graph.attributions.items()})

    every_pair, _ = summary(build_graph(corpus, {}))
    assert [(a, b) for a, b, *_ in every_pair] == [("a.txt", "b.txt"), ("a.txt", "c.txt"), ("b.txt", "c.txt")]
    dependencies, attributions = summary(build_graph(corpus, {}, among=[[by_name["a.txt"], by_name["b.txt"]],
                                                                        [by_name["00.txt"], by_name["c.txt"]]]))
    assert dependencies == every_pair[:1]  # a-c and b-c never back one claim together: not compared
    assert attributions == {"00.txt": [(0, "Aida Bekova")], "a.txt": [], "b.txt": [], "c.txt": []}
