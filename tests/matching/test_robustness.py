"""No claim breaks the matcher: claims cut from the newsdesk reports at every word, the reports' own sentences
cut the same way as sources. A traceback is a crash for the user, whatever the text."""

from pathlib import Path

from corroborate.claims import Claim
from corroborate.matching.matcher import Matcher
from corroborate.sources import load_corpus

NEWSDESK = Path(__file__).resolve().parents[1] / "fixtures" / "newsdesk" / "sources"


MAX_SENTENCES = 800
"""Sentences cut, spread evenly over the reports: the newsdesk grows each round, and the time of this test with it."""


def _sentences() -> list[str]:
    corpus = load_corpus(NEWSDESK)
    every = [source.text[s.start : s.end] for source in corpus.sources for s in source.sentences]
    if len(every) <= MAX_SENTENCES:
        return every
    return [every[i * len(every) // MAX_SENTENCES] for i in range(MAX_SENTENCES)]


def _cuts(sentence: str) -> list[str]:
    words = sentence.rstrip(".").split()
    return [" ".join(words[:k]) + "." for k in range(1, len(words))] + [
        " ".join(words[k:]) + "." for k in range(1, len(words))]


def test_claims_cut_at_every_word_are_read_against_whole_reports() -> None:
    matcher = Matcher(load_corpus(NEWSDESK))
    for n, sentence in enumerate(_sentences()):
        for k, claim in enumerate(_cuts(sentence)):
            matcher.match_claim(Claim(f"c{n}-{k}", claim))  # must not raise


def test_whole_sentences_are_read_against_reports_cut_at_every_word(tmp_path: Path) -> None:
    sentences = _sentences()
    for n, sentence in enumerate(sentences):
        (tmp_path / f"cut{n:03d}.txt").write_text("\n".join(_cuts(sentence)) + "\n", encoding="utf-8")
    matcher = Matcher(load_corpus(tmp_path))
    for n, sentence in enumerate(sentences):
        matcher.match_claim(Claim(f"c{n}", sentence))  # must not raise
