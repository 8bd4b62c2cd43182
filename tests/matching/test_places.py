from corroborate.matching.places import in_place

from .conftest import sentence


def test_a_word_stands_in_the_claim_words_place_near_a_word_the_claim_puts_beside_it(read) -> None:
    analysis = read("The future home base of the club was announced.")
    k = next(i for i, t in enumerate(analysis.terms) if t.surface == "future")
    near = sentence("The past home base of the club was announced.")
    assert in_place(analysis, k, near, near.tokens.index(next(t for t in near.tokens if t.surface == "past")))
    far = sentence("The recently renovated stadium, which opened in the distant past, will be the club's home base.")
    at = next(i for i, t in enumerate(far.tokens) if t.surface == "past")
    assert not in_place(analysis, k, far, at)
