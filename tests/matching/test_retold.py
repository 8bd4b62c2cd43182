"""A source that tells the claim's event in other terms where it tells most of it does not support it in a vaguer
place (corroborate.matching.retold)."""

from pathlib import Path

from corroborate.claims import Claim
from corroborate.kinds import Stance
from corroborate.matching.matcher import Matcher
from corroborate.sources import load_corpus

from .conftest import FILLER

MERGER = ("Regulator blocks merger of ferry operators\n\nBusiness Desk, The Harbour Gazette, 12 November 2026\n\n"
          "The Competition and Markets Authority has blocked the merger of Northlink Ferries and Celtic Sea Lines, "
          "saying it would leave passengers with only one operator. The decision is the first time the authority "
          "has blocked a shipping merger since 2013. Shares in Celtic Sea Lines fell 11 per cent, while Northlink's "
          "were little changed.\n")


def _stances(tmp_path: Path, claim: str) -> list[tuple[Stance | None, str]]:
    (tmp_path / "merger.txt").write_text(MERGER, encoding="utf-8")
    (tmp_path / "other.txt").write_text(FILLER, encoding="utf-8")
    matcher = Matcher(load_corpus(tmp_path))
    by_source = matcher.match_claim(Claim("c", claim))
    index = next(i for i, s in enumerate(matcher.corpus.sources) if s.path.name == "merger.txt")
    return [(c.stance, c.reason) for c in by_source[index]]


def test_a_vaguer_passage_that_lacks_the_verb_another_puts_in_its_place_is_no_support(tmp_path: Path) -> None:
    found = _stances(tmp_path, "The Competition and Markets Authority approved the merger of Northlink Ferries "
                               "and Celtic Sea Lines.")
    assert Stance.SUPPORTS not in [stance for stance, _ in found]
    assert any("says 'blocked' in its place" in reason for _, reason in found)


def test_the_claim_the_closer_passage_tells_is_still_supported(tmp_path: Path) -> None:
    found = _stances(tmp_path, "The Competition and Markets Authority blocked the merger of Northlink Ferries and "
                               "Celtic Sea Lines.")
    assert found[0][0] is Stance.SUPPORTS


PLANET = ("Telescope spots water vapour on distant planet\n\nScience Desk, The Evening Ledger, 2 December 2026\n\n"
          "Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a rocky "
          "planet 48 light years from Earth. The planet, known as LHS 1140 c, orbits a red dwarf star. It is too hot "
          "for liquid water on its surface, the researchers said.\n")


def test_a_closer_passage_with_the_verb_that_tells_the_claim_otherwise_overrules_a_vaguer_one(tmp_path: Path) -> None:
    (tmp_path / "planet.txt").write_text(PLANET, encoding="utf-8")
    (tmp_path / "other.txt").write_text(FILLER, encoding="utf-8")
    matcher = Matcher(load_corpus(tmp_path))
    index = next(i for i, s in enumerate(matcher.corpus.sources) if s.path.name == "planet.txt")
    claim = "The James Webb Space Telescope has detected liquid water on the surface of LHS 1140 c."
    found = matcher.match_claim(Claim("c", claim))[index]
    assert Stance.SUPPORTS not in [c.stance for c in found]
    assert any("which holds more of the claim and 'detected'" in c.reason for c in found)
