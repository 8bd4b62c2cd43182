"""Helpers shared by the matching tests: a claim read against a small folder of sources."""

from collections.abc import Callable
from pathlib import Path

import pytest

from corroborate.claims import Claim
from corroborate.matching.analysis import ClaimAnalysis, ClaimReader
from corroborate.matching.features import SentenceFeatures, sentence_features
from corroborate.sources import load_corpus
from corroborate.text import tokenize

FILLER = ("The weather in the capital was mild. Officials met the press on Tuesday. "
          "Markets were calm and trade continued as usual.")


@pytest.fixture
def read(tmp_path: Path) -> Callable[[str, str], ClaimAnalysis]:
    """Read a claim against one source (and a filler source, so word rarity means something)."""
    def make(claim: str, source: str = "") -> ClaimAnalysis:
        (tmp_path / "source.txt").write_text(source or claim, encoding="utf-8")
        (tmp_path / "other.txt").write_text(FILLER, encoding="utf-8")
        return ClaimReader(load_corpus(tmp_path)).read(Claim("c", claim))
    return make


def sentence(text: str) -> SentenceFeatures:
    return sentence_features(text, tokenize(text))
