"""The graph of links between sources: origins are the groups they join."""

from __future__ import annotations

from pathlib import Path

from corroborate.graph import Dependency, SourceGraph, union_find
from corroborate.sources import load_corpus


def test_union_find_keeps_groups_in_the_order_their_first_member_came() -> None:
    groups = union_find(["d", "a", "c", "b"])
    groups.union("b", "d")
    groups.union("c", "a")
    assert groups.groups() == [["d", "b"], ["a", "c"]]


def test_origins_are_the_sources_joined_by_any_dependency(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(f"Source {name} says something of its own.\n")
    corpus = load_corpus(tmp_path)
    a, b, c = corpus.sources
    graph = SourceGraph(corpus, {}, [Dependency(a, c, "declared", 1.0, "same owner: X")])
    assert graph.origins() == [[a, c], [b]]
    assert graph.between(c, a) and not graph.between(a, b)


def test_a_whole_text_dependency_covers_every_passage_and_a_local_one_only_its_own(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One. Two. Three.\n")
    (tmp_path / "b.txt").write_text("Uno. Dos. Tres.\n")
    corpus = load_corpus(tmp_path)
    a, b = corpus.sources
    local = Dependency(a, b, "reuse", 0.7, "a reworded passage", ((a.passage(0, 0), b.passage(0, 0), 0.9),))
    assert local.covers(a, a.passage(0, 0)) and not local.covers(a, a.passage(2, 2))
    assert Dependency(a, b, "reuse", 0.7, "texts", whole=True).covers(a, a.passage(2, 2))


def test_an_attribution_does_not_make_one_origin_of_two_sources(tmp_path: Path) -> None:
    # One relays the other's statement: that joins them only for claims whose support carries the quote.
    for name in "ab":
        (tmp_path / f"{name}.txt").write_text(f"Source {name} quotes the union.\n")
    corpus = load_corpus(tmp_path)
    a, b = corpus.sources
    graph = SourceGraph(corpus, {}, [Dependency(a, b, "attribution", 0.5, "one relays the other's statement")])
    assert graph.origins() == [[a], [b]]
