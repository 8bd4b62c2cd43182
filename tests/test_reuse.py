"""Reuse is shared text, not a shared subject: copies and rewrites are found, same-event reports kept apart."""

from __future__ import annotations

import shutil
from pathlib import Path

from corroborate.reuse import detect_reuse, own_words
from corroborate.sources import load_corpus

from .fixtures.same_event import score as same_event

FIXTURES = Path(__file__).parent / "fixtures" / "same_event" / "sources"
OWN_TEXT = ("The council met on Tuesday to discuss the budget for the coming year. Several members asked for more "
            "money for schools and less for roads. The mayor promised an answer next month. ")


def test_on_the_same_event_corpus_copies_are_found_and_independent_reports_kept_apart() -> None:
    found = same_event.figures()
    assert found["independent_kept"] >= 0.95
    assert found["dependent_recall"] >= 0.85
    assert found["heavy_found"] >= 2 / 3


def test_a_shared_quotation_is_not_shared_text(tmp_path: Path) -> None:
    quote = ('"We will not accept twelve-hour night shifts without being asked first, and we will stay out as long '
             'as it takes," said union organiser Maria Lopes.')
    (tmp_path / "a.txt").write_text(OWN_TEXT + quote + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Dockers at the port stopped work on Wednesday morning. " + quote +
                                    " Ships waited outside the harbour all day.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert detect_reuse(corpus) == []
    quoted = next(i for i, s in enumerate(corpus.sources[0].sentences) if "Lopes" in corpus.sources[0].sentence_text(i))
    assert "twelv" not in own_words(corpus.sources[0])[quoted]


def test_a_copied_paragraph_is_reuse_with_the_passages_as_evidence(tmp_path: Path) -> None:
    paragraph = ("A fire broke out shortly after 1 a.m. on Friday in a storage hall of the Courier Chemicals plant "
                 "on the edge of Dunmore, sending thick black smoke across the eastern half of the town.")
    (tmp_path / "a.txt").write_text(OWN_TEXT + paragraph + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Night fire in Dunmore. " + paragraph + " Parents were worried.\n",
                                    encoding="utf-8")
    [dependency] = detect_reuse(load_corpus(tmp_path))
    assert dependency.kind == "reuse"
    assert any("storage hall" in pa.text and "storage hall" in pb.text for pa, pb, _ in dependency.evidence)


def test_short_reports_that_disagree_on_a_fact_are_not_one_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A fire broke out at the Courier Chemicals plant in Dunmore on Friday. "
                                    "The school next to the plant was evacuated at noon.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Crews spent the night at the Courier Chemicals plant in Dunmore, where a fire "
                                    "broke out on Friday. Officials said the school next to the plant was not "
                                    "evacuated.\n", encoding="utf-8")
    disagreements: list = []
    assert detect_reuse(load_corpus(tmp_path), disagreements=disagreements) == []
    assert [d.reason for d in disagreements] == ["one says 'not evacuated', the other 'evacuated'"]


def test_a_report_relaying_a_press_release_is_an_attribution_not_a_copy() -> None:
    corpus = load_corpus(Path(__file__).parent / "fixtures" / "same_event" / "sources")
    kinds = {frozenset((d.a.path.name, d.b.path.name)): d.kind for d in detect_reuse(corpus)}
    assert kinds[frozenset(("strike_wire.txt", "strike_union.txt"))] == "attribution"
    assert kinds[frozenset(("strike_wire.txt", "strike_bay.txt"))] == "reuse"


def test_two_reports_relaying_one_originator_in_their_own_words_are_not_one_text() -> None:
    corpus = load_corpus(Path(__file__).parent / "fixtures" / "same_event" / "sources")
    kinds = {frozenset((d.a.path.name, d.b.path.name)): d.kind for d in detect_reuse(corpus)}
    # Both credit the Environment Agency for the barrier and its inspection, each in its own words.
    assert frozenset(("flood_mercury.txt", "flood_times.txt")) not in kinds
    # A near copy of a credited sentence is still a copy.
    assert kinds[frozenset(("flood_mercury.txt", "flood_echo.txt"))] == "reuse"


def test_reports_of_one_event_sharing_its_names_and_date_are_not_one_text(tmp_path: Path) -> None:
    # Four reports of one hospital cyber attack: the District News copies the Gazette; the National Times and
    # Tech Wire each write their own, sharing the hospital, the town, the trust, its chief executive and the day.
    # Counted as word pairs ("Harwood General", "General Hospital", "Health Trust") those once made "reuse
    # (0.23) reworded" of the Times and the Wire, with no sentence of one telling what a sentence of the other does.
    for name in ("cyber_gazette.txt", "cyber_district.txt", "cyber_times.txt", "cyber_wire.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    found = {frozenset((d.a.path.name, d.b.path.name)) for d in detect_reuse(load_corpus(tmp_path))}
    assert found == {frozenset(("cyber_gazette.txt", "cyber_district.txt"))}


def test_a_heavy_rewrite_is_found_by_its_sentences_aligned_with_the_original() -> None:
    found = {frozenset((d.a.path.name, d.b.path.name)): d for d in detect_reuse(load_corpus(FIXTURES))}
    rewrite = found[frozenset(("plant_examiner.txt", "plant_weekly.txt"))]
    assert rewrite.kind == "reuse" and rewrite.whole
    assert "in sentences aligned with the other" in rewrite.reason


def test_a_date_line_is_no_text_of_the_reporter() -> None:
    district = next(s for s in load_corpus(FIXTURES).sources if s.path.name == "cyber_district.txt")
    assert own_words(district)[1] == ()  # "District News, 5 March 2026"


def test_the_frame_of_a_shared_quotation_is_the_speakers_credit_not_shared_text() -> None:
    # 'Dr Alan Okafor, the trust's chief executive, said: "..."' and 'North Vale Health Trust chief executive
    # Dr Alan Okafor said: "..."': without the quotation, each is only a credit, and alike.
    found = {frozenset((d.a.path.name, d.b.path.name)): d.kind for d in detect_reuse(load_corpus(FIXTURES))}
    assert frozenset(("cyber_times.txt", "cyber_wire.txt")) not in found
    times = next(s for s in load_corpus(FIXTURES).sources if s.path.name == "cyber_times.txt")
    assert own_words(times)[4] == ()
