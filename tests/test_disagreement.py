"""Two sentences about the same thing that disagree on a fact: evidence their sources are independent."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.disagreement import disagree

FIXTURES = Path(__file__).parent / "fixtures" / "same_event" / "sources"


def test_a_verb_one_negates_and_the_other_asserts_is_a_disagreement() -> None:
    assert disagree("The primary school next to the site was evacuated as a precaution.",
                    "The head teacher said the primary school next to the site was never evacuated.") == \
        "one says 'never evacuated', the other 'evacuated'"


def test_other_counts_or_times_in_the_same_place_disagree() -> None:
    assert disagree("Police detained 40 migrants at the market.", "Police detained 12 migrants at the market.")
    assert disagree("The fire started at about 3 a.m. in the hall.", "The fire started at 1 a.m. in the hall.")


def test_the_same_fact_in_other_words_is_no_disagreement() -> None:
    assert disagree("The school was evacuated and lessons were cancelled for the day.",
                    "As a precaution the neighbouring school was cleared and classes were called off.") is None
    assert disagree("No containers were loaded on Wednesday.",
                    "Dockers stopped work, halting the loading of containers on Wednesday.") is None


def test_sources_names_the_disagreements_and_the_shared_credits(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["sources", "--sources", str(FIXTURES), "--claims", str(tmp_path / "none.yaml"),
                                      "--format", "json"])
    report = json.loads(result.stdout)
    pairs = {frozenset((Path(d["a"]).name, Path(d["b"]).name)) for d in report["disagreements"]}
    assert frozenset(("fire_courier.txt", "fire_standard.txt")) in pairs
    deps = {frozenset((Path(d["a"]).name, Path(d["b"]).name)) for d in report["dependencies"]}
    assert not deps & pairs  # a pair that disagrees is not merged
    credits = report["shared_credits"]
    assert {Path(p).name for p in credits["Ministry of Environment"]} == {"fire_courier.txt", "fire_national.txt"}
    assert {Path(p).name for p in credits["Maria Lopes"]} >= {"strike_union.txt", "strike_wire.txt"}


def _disagreeing_pairs(tmp_path: Path) -> set[frozenset[str]]:
    result = CliRunner().invoke(app, ["sources", "--sources", str(FIXTURES), "--claims", str(tmp_path / "none.yaml"),
                                      "--format", "json"])
    return {frozenset((Path(d["a"]).name, Path(d["b"]).name)) for d in json.loads(result.stdout)["disagreements"]}


def test_every_designed_contradiction_of_the_same_event_corpus_is_found(tmp_path: Path) -> None:
    gold = json.loads((FIXTURES.parent / "gold.json").read_text(encoding="utf-8"))
    assert {frozenset(pair) for pair in gold["contradicting"]} <= _disagreeing_pairs(tmp_path)


def test_a_correction_of_another_reports_count_is_found(tmp_path: Path) -> None:
    # The fifth event was written without looking at the detector: its contradiction is a correction ("Twelve
    # people, not nine as first reported, were injured ...") in a sentence that shares too little else with the
    # first report's ("Nine people were hurt when a freight train left the rails ...") to be read as telling
    # the same thing (similarity 0.15 against 0.25). The correction says so in so many words.
    assert frozenset(("rail_courier.txt", "rail_observer.txt")) in _disagreeing_pairs(tmp_path)


def test_date_lines_disagree_on_nothing_and_a_larger_folder_keeps_the_disagreements(tmp_path: Path) -> None:
    import shutil

    from corroborate.text import is_dateline

    assert is_dateline("Environment Agency, press office, 2 April 2025")
    assert not is_dateline("The river reached a record level of 4.2 metres at the gauge early on 2 April.")
    folder = tmp_path / "sources"
    shutil.copytree(FIXTURES, folder)
    (folder / "flood_agency.txt").write_text(
        "Statement: River Alde flooding in Hollin\n\nEnvironment Agency, press office, 2 April 2025\n\n"
        "The Environment Agency confirms that the River Alde reached a record level of 4.2 metres at the Millbrook "
        "gauge in Hollin early on 2 April.\nOur teams are on site around the clock and will inspect the east-bank "
        "barrier as soon as water levels allow.\nThe primary school and the medical centre stayed closed.\n",
        encoding="utf-8")
    result = CliRunner().invoke(app, ["sources", "--sources", str(folder), "--claims", str(tmp_path / "none.yaml"),
                                      "--format", "json"])
    found = {frozenset((Path(d["a"]).name, Path(d["b"]).name)) for d in json.loads(result.stdout)["disagreements"]}
    assert not any("flood_agency.txt" in pair for pair in found)  # its date line is no fact of the fire's
    assert frozenset(("fire_courier.txt", "fire_standard.txt")) in found


def test_a_short_correction_sharing_only_the_verb_and_its_subject_is_a_disagreement() -> None:
    from corroborate.disagreement import corrected_count, denied

    assert denied("Ambulances were not diverted, a spokesman for the ambulance service said.",
                  "Staff went back to paper records, and ambulances were diverted to Kingsford.") == \
        "one says 'not diverted', the other 'diverted'"
    assert denied("Ambulances were diverted to Kingsford.", "Ambulances were sent to Kingsford.") is None
    assert corrected_count("Twelve people, not nine as first reported, were injured.",
                           "Nine people were hurt when the train left the rails.") == \
        "one says 'Twelve people', the other 'nine people'"
    assert corrected_count("Twelve people, not nine as first reported, were injured.",
                           "Nine wagons left the rails.") is None
