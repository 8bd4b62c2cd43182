import pytest

from corroborate.matching.modality import obligation
from corroborate.text import tokenize


def governing(sentence: str, verb: str):
    tokens = tokenize(sentence)
    return obligation(tokens, [t.surface for t in tokens].index(verb))


@pytest.mark.parametrize("sentence, verb, cue, denied", [
    ("New citizens must register with the military.", "register", "must", False),
    ("New citizens do not have to register with the military.", "register", "have to", True),
    ("He doesn't need to sign anything.", "sign", "need to", True),
    ("They are not required to serve.", "serve", "required to", True),
    ("They must not leave the city.", "leave", "must", False),  # a prohibition: the verb is negated, not the duty
    ("Migrants must first register.", "register", "must", False),
])
def test_the_modal_over_a_verb_and_whether_the_duty_is_denied(sentence, verb, cue, denied) -> None:
    found = governing(sentence, verb)
    assert found is not None and (found.cue, found.denied) == (cue, denied)


@pytest.mark.parametrize("sentence, verb", [
    ("They have not registered for military service.", "registered"),  # "have" is an auxiliary here
    ("They had to flee the city.", "flee"),  # past "had to": they fled
    ("Police raided the market.", "raided"),
])
def test_no_obligation(sentence, verb) -> None:
    assert governing(sentence, verb) is None


def test_the_modal_governs_a_verb_phrase_that_says_the_claims_verb_as_a_noun() -> None:
    from corroborate.matching.modality import obligation_near

    text = "Joint efforts are needed to put an end to such practice."
    tokens = tokenize(text)
    end = next(i for i, t in enumerate(tokens) if t.surface == "end")
    found = obligation_near(tokens, [end])
    assert found is not None and found.cue == "needed to" and not found.denied
    plain = "Joint efforts put an end to such practice."
    tokens = tokenize(plain)
    assert obligation_near(tokens, [next(i for i, t in enumerate(tokens) if t.surface == "end")]) is None


def test_the_modal_of_a_relative_clause_governs_no_verb_past_its_comma() -> None:
    from corroborate.matching.modality import obligation_near

    text = "Legal costs, which the newspaper must also pay, are expected to exceed £1 million."
    tokens = tokenize(text)
    expected = next(i for i, t in enumerate(tokens) if t.surface == "expected")
    assert obligation_near(tokens, [expected], text) is None
    assert obligation_near(tokens, [expected]) is not None  # (without the text, the comma is not seen)


def test_what_ought_not_to_have_been_is_governed_by_its_modal() -> None:
    tokens = tokenize("The jury should not have heard the evidence.")
    found = obligation(tokens, 5)  # "heard"
    assert found is not None and found.cue == "should" and not found.denied
