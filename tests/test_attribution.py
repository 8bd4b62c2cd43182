"""Credits inside a source, and telling a source that relays another's statement from one that copies it."""

from __future__ import annotations

from pathlib import Path

from corroborate.attribution import find_attributions, masthead_names, only_a_credit, relayed
from corroborate.sources import load_corpus

QUOTE = '"We will not accept it," said union organiser Maria Lopes.'


def test_credits_are_found_in_the_ways_reporters_write_them(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Port strike\n\nAccording to the Dockworkers' Union, 900 workers stopped. "
                                    "The Ministry of Transport said ships were waiting. " + QUOTE + "\n",
                                    encoding="utf-8")
    source = load_corpus(tmp_path).sources[0]
    assert [a.credited for a in find_attributions(source)] == ["Dockworkers' Union", "Ministry of Transport",
                                                              "Maria Lopes"]


def test_a_sentence_crediting_the_other_sources_own_speaker_relays_it(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text("Press release\n\nDockworkers' Union, 11 June 2025\n\n"
                                          "Members voted to strike after the operator refused to talk.\n",
                                          encoding="utf-8")
    (tmp_path / "wire.txt").write_text("Coastal Wire\n\nThe Dockworkers' Union said its members voted to strike "
                                       "after the operator refused to talk. Eleven ships waited.\n",
                                       encoding="utf-8")
    release, wire = sorted(load_corpus(tmp_path).sources, key=lambda s: s.path.name)
    assert "dockworkers' union" in masthead_names(release)
    assert relayed(wire, find_attributions(wire), masthead_names(release)) == {1}


def test_a_pronoun_or_the_company_takes_up_the_speaker_credited_last(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rail review\n\nEastline Rail said it would review its records. "
                                    "The company added that freight services had been halted. "
                                    "It said buses were running. Nine people were hurt.\n", encoding="utf-8")
    source = load_corpus(tmp_path).sources[0]
    assert [(a.first, a.credited) for a in find_attributions(source)] == [(1, "Eastline Rail"), (2, "Eastline Rail"),
                                                                          (3, "Eastline Rail")]
    # With no one credited before it, "the company said" credits no one.
    (tmp_path / "a.txt").write_text("Rail review\n\nThe company said freight services had been halted.\n",
                                    encoding="utf-8")
    assert find_attributions(load_corpus(tmp_path).sources[0]) == []


def test_credits_with_an_apposition_a_role_or_after_the_statement_are_found(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Hospital attack\n\nNorth Vale Health Trust, which runs the hospital, said no data had been taken. "
        "Trust chief executive Dr Alan Okafor said urgent cases were still treated. "
        "Services will return to normal shortly, said Priya Nair, operations director. "
        "Ms Nair added that patients should attend their appointments.\n", encoding="utf-8")
    source = load_corpus(tmp_path).sources[0]
    # A title ("Dr", "Ms") is no part of the name: "Ms Nair" is the Priya Nair credited before.
    assert [a.credited for a in find_attributions(source)] == ["North Vale Health Trust", "Alan Okafor",
                                                              "Priya Nair", "Priya Nair"]


def test_what_a_quotation_leaves_may_be_only_a_credit() -> None:
    assert only_a_credit("Dr Alan Okafor, the trust's chief executive, said: ")
    assert only_a_credit("Ashby's mayor, Linda Farrow, said: ")
    assert not only_a_credit("Police said the fire started at 3 a.m. and that it had ")
