from pathlib import Path

from corroborate.claims import Claim
from corroborate.matching.analysis import ClaimReader
from corroborate.matching.dating import dated, is_date
from corroborate.matching.features import Kept, SourceFeatures
from corroborate.sources import load_corpus


def test_a_year_or_a_day_beside_a_month_is_a_date_and_a_count_is_not(read) -> None:
    analysis = read("On 14 March 2025, fourteen workers and 300 residents left.")
    numbers = {t.surface: is_date(analysis, t) for t in analysis.terms if t.number is not None}
    assert numbers == {"14": True, "2025": True, "300": False}


def test_a_date_line_gives_a_date_never_a_count(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text("Plant fire\n\n14 March 2025\n\nSix workers were taken to hospital.\n"
                                         "The fire began at noon.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    reader = ClaimReader(corpus)
    feats = SourceFeatures(corpus.sources[0], Kept())
    window = [len(feats) - 2]

    def given(claim: str) -> list[str]:
        analysis = reader.read(Claim("c", claim))
        return [t.surface for t, _ in dated(analysis, feats, window, window[0], [0.0] * len(analysis.terms),
                                             set(feats[window[0]].stems))]

    assert sorted(given("On 14 March the workers were taken to hospital.")) == ["14", "March"]
    assert given("14 workers were taken to hospital.") == []
