"""Helpers shared by the matching tests: a claim read against a small folder of sources."""

from collections.abc import Callable
from pathlib import Path

import pytest

from corroborate.claims import Claim
from corroborate.matching.analysis import ClaimAnalysis, ClaimReader
from corroborate.matching.candidate import Candidate
from corroborate.matching.features import SentenceFeatures, sentence_features
from corroborate.matching.matcher import Matcher
from corroborate.matching.reading import Reading
from corroborate.matching.retrieval import term_matches
from corroborate.matching.polarity import Mood, claim_cues, scopes, stance_of
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


def read_against(analysis: ClaimAnalysis, text: str) -> Reading:
    """What one sentence says of a claim (its alignment, conflicts, the cue over it), as the matcher reads it."""
    f = sentence(text)
    return Reading(analysis, f, term_matches(analysis, f.stems))


@pytest.fixture(scope="module")
def seeds_matcher() -> Matcher:
    """A matcher over the bundled seeds."""
    return Matcher(load_corpus(Path(__file__).resolve().parents[2] / "seeds"))


def candidates_in(m: Matcher, claim: str, source_prefix: str) -> list[Candidate]:
    """The candidates for a claim in the source whose file name starts with ``source_prefix``, best first."""
    for index, candidates in m.match_claim(Claim("c", claim)).items():
        if m.corpus.sources[index].path.name.startswith(source_prefix):
            return candidates
    return []


def stance(sentence: str, claim: str = "the school was evacuated") -> Mood:
    """How a sentence puts a claim (by default "the school was evacuated") whose words it holds."""
    tokens = tokenize(sentence)
    words = {w.lower() for w in claim.split()}
    positions = [i for i, t in enumerate(tokens) if t.surface.lower() in words and t.is_content]
    verbs = [i for i in positions if tokens[i].surface.lower() == "evacuated"]
    claim_tokens = tokenize(claim)
    return stance_of(scopes(tokens, sentence), positions, claim_cues(claim_tokens, claim), verbs).mood


def moods(text: str) -> list[tuple[Mood, str]]:
    """Each cue the sentence has: how it puts what it governs, and its words."""
    return [(s.mood, s.cue) for s in scopes(tokenize(text), text)]
