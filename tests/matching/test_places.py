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


def test_a_verbs_place_is_also_beside_its_objects_words(read) -> None:
    claim = "Historic Lands criticised the car park's spiral ramps."
    said = sentence("Historic Lands said the car park was one of the best surviving examples of its kind, praising "
                    "its spiral ramps.")
    analysis = read(claim, said.text)
    k = next(i for i, t in enumerate(analysis.terms) if t.surface == "criticised")
    at = next(i for i, t in enumerate(said.tokens) if t.surface == "praising")
    assert in_place(analysis, k, said, at)  # beside "spiral ramps", the verb's object
    far = sentence("Critics praised the architect of the new library last year, and Historic Lands listed the car park "
                   "with its spiral ramps.")
    assert not in_place(analysis, k, far, 1)  # "praised" stands by none of the claim's words
