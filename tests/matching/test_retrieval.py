from pathlib import Path

from corroborate.claims import Claim
from corroborate.matching.analysis import ClaimReader
from corroborate.matching.features import Kept, SourceFeatures
from corroborate.matching.retrieval import Retriever, best_of, term_matches
from corroborate.sources import load_corpus


def test_candidates_are_sentences_holding_enough_of_the_claims_rare_words(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The weather was mild. Police raided the Osh market at dawn. Trade resumed.\n")
    (tmp_path / "b.txt").write_text("Nothing about it here. The market sold fruit.\n")
    corpus = load_corpus(tmp_path)
    features = [SourceFeatures(s, Kept()) for s in corpus.sources]
    analysis = ClaimReader(corpus).read(Claim("c", "Police raided the Osh market."))
    found = Retriever(corpus, features).candidate_sentences(analysis)
    a = next(i for i, s in enumerate(corpus.sources) if s.path.name == "a.txt")
    assert found[a] == {1}
    everything = Retriever(corpus, features, exhaustive=True, near_miss_sources=None).candidate_sentences(analysis)
    # every sentence sharing any claim word: "the market sold fruit" too
    assert sum(len(v) for v in everything.values()) > sum(len(v) for v in found.values())


def test_a_close_spelling_counts_less_than_the_word_itself(read) -> None:
    analysis = read("Workers from Kyrgyzstan arrived.", "Workers from Kyrgystan arrived.")
    term = next(t for t in analysis.terms if t.surface == "Kyrgyzstan")
    k = analysis.terms.index(term)
    assert term.variants  # the source's spelling, "Kyrgystan"
    row = term_matches(analysis, frozenset(term.variants))
    assert 0 < row[k] < 1
    assert best_of([row, term_matches(analysis, frozenset({term.stem}))])[k] == 1.0
