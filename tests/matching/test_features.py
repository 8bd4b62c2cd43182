from pathlib import Path

from corroborate.matching.features import Kept, SourceFeatures, names_in
from corroborate.sources import load_corpus
from corroborate.text import stem, tokenize


def features_of(tmp_path: Path, text: str) -> SourceFeatures:
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    return SourceFeatures(load_corpus(tmp_path).sources[0], Kept())


def test_names_are_capitalised_words_inside_a_sentence_unless_it_is_in_title_case() -> None:
    found = names_in(tokenize("Officials in the city of Moscow met with the lawyer Rustam Azimov on that day."))
    assert sorted(found.values()) == sorted(stem(w) for w in ("azimov", "moscow", "rustam"))
    assert names_in(tokenize("Migrants Sent To The Front Line")) == {}


def test_a_passage_may_refer_to_the_names_of_the_title_and_the_sentences_before(tmp_path: Path) -> None:
    feats = features_of(tmp_path, "Fire at Courier Chemicals\n\nThe plant is near Dunmore. Smoke rose. "
                                  "Workers fled. Six were hurt.\n")
    assert {stem("courier"), stem("chemicals")} <= feats.title_words()
    assert stem("dunmore") in feats.context_stems(3)


def test_the_date_line_is_the_first_short_sentence_that_writes_out_a_full_date(tmp_path: Path) -> None:
    feats = features_of(tmp_path, "Plant fire\n\nPosted Nov 14, 2018\n\nSix workers were taken to hospital.\n")
    where, date = feats.dateline() or (None, None)
    assert date == (2018, 11, 14)
    assert list(feats.dates().values()) == [where]


def test_the_years_that_date_a_source_stop_at_its_date_line(tmp_path: Path) -> None:
    feats = features_of(tmp_path, "Frog found alive\n\nScience Desk, 25 November 2026\n\nThe frog was seen. "
                                  "It was listed as extinct in 2004.\n")
    assert set(feats.dates()) == {"#2026"}  # (a number's key) the story's years are those of what it tells


def test_the_author_is_who_signs_the_date_line(tmp_path: Path) -> None:
    feats = features_of(tmp_path, "Update on IT systems\n\nNorth Vale Health Trust, 4 March 2026\n\n"
                                  "We have postponed some planned procedures.\n")
    assert feats.author_stems() == {stem(w) for w in ("north", "vale", "health", "trust")}
    assert features_of(tmp_path, "Plant fire\n\nSix workers were taken to hospital.\n").author_stems() == set()


def test_forgetting_empties_the_cache_and_keeps_the_count_right(tmp_path: Path) -> None:
    kept = Kept()
    (tmp_path / "report.txt").write_text("One sentence here. Another one there.\n", encoding="utf-8")
    feats = SourceFeatures(load_corpus(tmp_path).sources[0], kept)
    feats[0], feats.stems(1), feats.names(1)
    assert kept.n == 3
    feats.forget()
    assert kept.n == 0
