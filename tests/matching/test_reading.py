from .conftest import read_against


def test_a_sentence_is_read_once_whatever_asks(read, monkeypatch) -> None:
    from corroborate.matching import align

    analysis = read("The school was not evacuated.", "The school was evacuated.")
    reading = read_against(analysis, "The school was evacuated.")
    calls = []
    original = align.aligned_positions
    monkeypatch.setattr(align, "aligned_positions", lambda *a: calls.append(1) or original(*a))
    assert reading.aligned == reading.aligned and len(calls) == 1
    assert [c.message for c in reading.conflicts[0]] == ["the claim negates 'evacuated', the passage does not"]


def test_what_a_sentence_says_of_the_claim(read) -> None:
    analysis = read("Police raided the central market in Osh.")
    hedged = read_against(analysis, "It is unclear whether police raided the central market in Osh.")
    assert hedged.mood.mood.name == "OPEN" and hedged.conflicts[0] == []
    plain = read_against(analysis, "Police raided the central market in Osh.")
    assert plain.mood.mood.name == "ASSERTED" and plain.pairs_near == frozenset(range(len(analysis.pairs)))
    swapped = read_against(read("Police raided the market."), "The market raided police.")
    assert swapped.swapped is not None


def test_where_the_claims_verb_is_missing_its_words_used_as_verbs_carry_the_mood(read) -> None:
    said = "A spokesman for the port declined to comment on the strike."
    analysis = read("A spokesman for the port gave a detailed comment on the strike.", said)
    assert read_against(analysis, said).mood.mood.name == "DENIED"
    said = "A spokesman for the port commented on the strike."
    assert read_against(read("A spokesman for the port gave a comment on the strike.", said), said).mood.mood.name \
        == "ASSERTED"


def test_a_claim_that_says_its_event_was_prevented_needs_a_passage_that_denies_it(read) -> None:
    claim = "The letter said colony staff prevented other prisoners from beating the migrant inmates."
    called = "The letter described calls by colony staff for other prisoners to beat the migrant inmates."
    assert read_against(read(claim, called), called).undenied == "prevented ... from"
    stopped = "The letter said colony staff stopped other prisoners from beating the migrant inmates."
    reading = read_against(read(claim, stopped), stopped)
    assert reading.undenied is None and reading.denial_agrees


def test_a_denial_agrees_with_a_claim_that_denies_and_contradicts_one_that_negates_nothing(read) -> None:
    claim = "Officials denied that the school on Mill Lane was evacuated."
    rejected = "Officials rejected claims that the school on Mill Lane was evacuated."
    assert read_against(read(claim, rejected), rejected).denial_agrees
    # what the passage denies holds the claim's own negation: it denies the claim
    negative = "The staff did not evacuate the school on Mill Lane."
    denied = "Officials denied that the staff did not evacuate the school on Mill Lane."
    assert not read_against(read(negative, denied), denied).denial_agrees
    # a claim that says it happened is contradicted by a denial, as ever
    plain = "The school on Mill Lane was evacuated."
    assert not read_against(read(plain, rejected), rejected).denial_agrees


def test_the_verb_said_twice_is_read_where_it_has_the_claims_words_about_it(read) -> None:
    said = ("The hospice will close six of its 18 inpatient beds from April after failing to close a £1.1 million "
            "gap in its budget.")
    beds = read("The hospice will close six of its 18 inpatient beds from April.", said)
    assert read_against(beds, said).mood.mood.name == "ASSERTED"
    gap = read("The hospice will close a £1.1 million gap in its budget.", said)
    assert read_against(gap, said).mood.mood.name == "DENIED"
