"""The claim's verb and its object, told in one place (corroborate.matching.stitching)."""

from corroborate.matching import stitching

from .conftest import read_against, sentence

CLAIM = "Hackers stole the payment card details of Brightmart customers."


def _stitched(read, text: str, matched_all: bool = True) -> tuple[str, str, str] | None:
    analysis = read(CLAIM, text)
    reading = read_against(analysis, text)
    matched = [1.0 if matched_all else reading.row[k] for k in range(len(analysis.terms))]
    return stitching.stitched_object(analysis, reading.features, reading.aligned, matched)


def test_a_verb_given_another_object_where_a_neighbour_gives_the_claims_is_stitched(read) -> None:
    said = "Brightmart said hackers had stolen the names and addresses of its customers."
    assert _stitched(read, said) == ("stolen", "the payment card details", "the names")  # (its first conjunct)
    # ... not where no other sentence gives the claim's object (left to coverage), nor where the verb's object is
    # the claim's, or WordNet relates it to the claim's ("data" is not "details": it is stitched; "particulars" is)
    assert _stitched(read, said, matched_all=False) is None
    assert _stitched(read, "Hackers had stolen the payment card details of customers.") is None
    assert _stitched(read, "Hackers had stolen the particulars of customers.") is None
    # a passive has no object after its verb
    assert _stitched(read, "Names and addresses were stolen by hackers.") is None


def test_a_passage_that_names_the_head_alone_does_not_say_which(read) -> None:
    analysis = read(CLAIM, "Hackers stole details of 1.2 million customers.")
    terms = [t.surface for t in analysis.terms]
    matched = [0.0 if t in ("payment", "card") else 1.0 for t in terms]
    assert stitching.unqualified_object(analysis, matched) == ("payment card details", "details")
    assert stitching.unqualified_object(analysis, [1.0] * len(terms)) is None
    # a compound WordNet lists as one word is one: the passage may say it otherwise ("death rate": mortality)
    rates = read("The drug reduced the death rate in patients.", "The drug reduced mortality in patients.")
    assert stitching.unqualified_object(rates, [0.0 if t.surface == "death" else 1.0 for t in rates.terms]) is None


def test_the_claims_verb_said_of_another_subject_with_none_of_the_claims_words_beside_it(read) -> None:
    claim = "The nurses' union said the recovery plan was starting to work."
    said = "Cancer treatment times improved, with 71 per cent of patients starting treatment within 62 days."
    reading = read_against(read(claim, said), said)
    assert stitching.verb_of_another(reading.analysis, reading.features, reading.aligned) == ("starting", "patients")
    # a pronoun before the verb may take up the claim's subject from a neighbour
    said = "It is starting to work, the union said."
    reading = read_against(read(claim, said), said)
    assert stitching.verb_of_another(reading.analysis, reading.features, reading.aligned) is None


def test_the_claims_object_said_only_before_the_verb_is_not_what_the_verb_was_done_to(read) -> None:
    claim = "The train was carrying hazardous goods."
    said = "A freight train carrying timber and steel derailed near Ostrava."
    analysis = read(claim, said)
    reading = read_against(analysis, said)
    matched = [reading.row[k] for k in range(len(analysis.terms))]  # (no "hazardous": an adjective may be left out)
    assert stitching.stitched_object(analysis, reading.features, reading.aligned, matched) == (
        "carrying", "hazardous goods", "timber")
    said = "A freight train carrying hazardous goods derailed near Ostrava."
    reading = read_against(read(claim, said), said)
    assert stitching.stitched_object(reading.analysis, reading.features, reading.aligned, [1.0] * 4) is None
    # the second word of a compound is no verb: "long-haul crew" gives "haul" nothing
    claim, said = "Long-haul flights were largely unaffected.", "Most long-haul crew belong to another union."
    reading = read_against(read(claim, said), said)
    assert stitching.stitched_object(reading.analysis, reading.features, reading.aligned, [1.0] * 5) is None



def test_the_claims_verb_said_only_as_a_noun_of_another_thing_is_no_support(read) -> None:
    claim = "Breckland Council paid a ransom to the criminal group."
    said = "Payments for housing benefit and care providers were made by hand last week."
    reading = read_against(read(claim, said), said)
    assert stitching.verb_of_another(reading.analysis, reading.features, reading.aligned) == (
        "Payments", "housing benefit")
    # the noun of the claim's own thing, or the verb itself, is left alone
    for said in ("Payment of the ransom was made by hand last week.", "The ransom was paid by hand last week."):
        reading = read_against(read(claim, said), said)
        assert stitching.verb_of_another(reading.analysis, reading.features, reading.aligned) is None, said


def test_a_subject_the_passage_names_without_the_nouns_that_say_which_is_not_the_claims(read) -> None:
    claim = "Youth unemployment rose to 5.4 per cent."
    rates = read(claim, "Unemployment rises to 5.4 per cent as hiring slows")
    matched = [0.0 if t.surface == "Youth" else 1.0 for t in rates.terms]
    title = [sentence("Unemployment rises to 5.4 per cent as hiring slows")]
    assert stitching.unqualified_subject(rates, matched, title) == ("Youth unemployment", "unemployment")
    assert stitching.unqualified_subject(rates, [1.0 for _ in rates.terms], title) is None
    # a qualifier of the passage's own is another qualifier, left to modifiers ("country estate")
    estate = read("The commonwealth estate sat vacant.", "The country estate sat vacant.")
    said = [sentence("The country estate sat vacant.")]
    assert stitching.unqualified_subject(estate, [0.0 if t.surface == "commonwealth" else 1.0 for t in estate.terms],
                                         said) is None
    # a compound WordNet lists as one word is one ("death rate": deathrate)
    deaths = read("The death rate rose in March.", "The rate rose in March.")
    assert stitching.unqualified_subject(deaths, [0.0 if t.surface == "death" else 1.0 for t in deaths.terms],
                                         [sentence("The rate rose in March.")]) is None


def test_a_verb_given_a_subject_of_its_own_where_a_neighbour_gives_the_claims_is_stitched(read) -> None:
    claim = "Several passengers on the train were hurt."

    def stitched(text: str) -> tuple[str, str, str] | None:
        reading = read_against(read(claim, text), text)
        return stitching.stitched_subject(reading.analysis, reading.features, reading.aligned, [1.0] * 3)

    assert stitched("Tractor driver hurt as train hits trailer.") == ("hurt", "passengers", "driver")
    assert stitched("On the train, the driver was hurt.") == ("hurt", "passengers", "driver")
    # the claim's own subject, a word WordNet relates to it, or a noun that is no subject of the verb: nothing to say
    assert stitched("Passengers on the train were hurt.") is None
    assert stitched("Travellers on the train were hurt.") is None
    assert stitched("Nobody on the train in the last 38 years was hurt.") is None
