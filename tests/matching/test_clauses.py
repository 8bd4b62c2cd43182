"""A claim word from the other side of a contrast (corroborate.matching.clauses)."""

from corroborate.matching.clauses import from_other_clause

from .conftest import read_against, sentence


def _other(read, claim: str, text: str) -> tuple[str, str] | None:
    analysis = read(claim, text)
    return from_other_clause(analysis, sentence(text), read_against(analysis, text).aligned)


def test_a_claim_word_only_in_the_contrasted_clause_belongs_to_another_statement(read) -> None:
    assert _other(read, "Schools on the coast reopened on Monday.",
                  "Schools in the north of the district reopened on Monday, while those on the coast stayed "
                  "closed.") == ("coast", "while")
    assert _other(read, "Prices increased sharply in Asia.",
                  "Prices increased sharply in Europe, but in Asia they fell.") == ("Asia", "but")


def test_every_claim_word_in_the_clause_of_its_verb_is_no_contrast(read) -> None:
    assert _other(read, "Schools in the north reopened on Monday.",
                  "Schools in the north reopened on Monday, while those on the coast stayed closed.") is None
    assert _other(read, "Schools on the coast reopened on Monday.",
                  "Schools on the coast reopened on Monday.") is None


def test_a_contrasted_noun_with_only_a_relative_clause_is_no_statement_of_its_own(read) -> None:
    # "but ... men who have recently received citizenship" names whom the raids seek: one statement.
    assert _other(read, "During raids the police now seek men who have recently received citizenship.",
                  "During raids they now seek not foreign citizens, but, on the contrary, men who have recently "
                  "received citizenship.") is None


def test_a_contrasted_clause_whose_subject_has_a_relative_clause_says_something_of_its_own(read) -> None:
    said = ("Those who agree to go are promised better treatment, while those who refuse face the prospect of "
            "being sent to the front.")
    assert _other(read, "Those who refuse to go are promised better treatment.", said) == ("refuse", "while")
    # ... but verbs joined to the relative clause's own are its own
    assert _other(read, "During raids the police now seek men who have recently received citizenship.",
                  "During raids they seek not foreigners, but men who have recently received citizenship and have "
                  "not registered for service.") is None


def test_a_claim_that_sets_clauses_against_each_other_is_read_as_it_is(read) -> None:
    text = "Prices increased sharply in Europe, but in Asia they fell."
    assert _other(read, text, text) is None


def test_a_claim_verb_in_a_clause_about_the_rest_is_not_said_of_those_named_before(read) -> None:
    text = ("Three of the injured, two drivers and a signal worker, were taken to hospital, while the others were "
            "treated at the scene.")
    assert _other(read, "Two drivers were treated at the scene.", text) == ("drivers", "while")
    # a pronoun or a quantifier may take them up: "many" still says it of the hospitals
    text = "The government said hospitals had been given money, but unions said many still ran old software."
    assert _other(read, "Unions said many hospitals still ran old software.", text) is None


def test_the_other_side_of_a_comparison_says_something_of_its_own(read) -> None:
    said = ("Patients who took the pill at night had 112 strokes, compared with 149 among those who took the same "
            "dose in the morning.")
    # the verb is on both sides: the claim's number says which side is the claim's
    assert _other(read, "Patients who took the pill in the morning had 112 strokes.", said) == (
        "morning", "compared with")
    assert _other(read, "Patients who took the pill at night had 112 strokes.", said) is None
    assert _other(read, "Sales rose 5 per cent a year earlier.", "Sales rose 5 per cent, compared to 3 per cent a "
                  "year earlier.") == ("year", "compared to")


def test_a_clause_after_a_semicolon_says_something_of_its_own(read) -> None:
    said = "It is the second cannabis farm discovered in the town this year; the first, in a pub, was found in May."
    assert _other(read, "It is the first cannabis farm discovered in the town this year.", said) == ("first", ";")
    assert _other(read, "It is the second cannabis farm discovered in the town this year.", said) is None


def test_a_claim_number_only_on_the_other_side_of_the_verbs_clause_is_the_other_sides(read) -> None:
    said = "The average monthly rent reached 1,850 pounds, compared with 1,694 pounds a year earlier."
    assert _other(read, "The average monthly rent reached 1,694 pounds.", said) == ("1,694", "compared with")
    assert _other(read, "The average monthly rent reached 1,850 pounds.", said) is None


def test_up_from_gives_the_earlier_value_of_the_clause_before(read) -> None:
    said = "Officials have confirmed 57 cases of measles since February, up from 41 a week ago."
    assert _other(read, "Officials have confirmed 41 cases of measles since February.", said) == ("41", "up from")
    assert _other(read, "Officials have confirmed 57 cases of measles since February.", said) is None


def test_against_before_a_number_opens_the_other_side_of_a_comparison(read) -> None:
    said = ("The review counted 61 people injured in collisions on the affected roads in the twelve months after the "
            "change, against 82 in the twelve months before.")
    assert _other(read, "82 people were injured in collisions in the year after the change.", said) == (
        "82", "against")
    assert _other(read, "61 people were injured in collisions in the year after the change.", said) is None
    # "against" before anything but a number is no comparison
    said = "Thousands marched through the city, against the advice of the police."
    assert _other(read, "Thousands marched against the advice of the police.", said) is None


def test_a_clause_whose_verb_is_left_out_says_something_of_its_own(read) -> None:
    said = "Carver was serving a 12-year sentence for armed robbery, and Mayhew a six-year sentence for drug offences."
    assert _other(read, "Carver was serving a six-year sentence for drug offences.", said) is not None
    assert _other(read, "Carver was serving a 12-year sentence for armed robbery.", said) is None
    # an "and" that joins a name to the noun phrase before it opens no clause
    said = "The award went to the film's lead actor, and Navid Rostami collected it."
    assert _other(read, "The award went to the film's lead actor.", said) is None


def test_less_than_after_a_comma_opens_the_other_side_of_a_comparison(read) -> None:
    said = "He awarded Mr Oyelaran £120,000 in damages, less than the £300,000 his lawyers had sought."
    assert _other(read, "Oyelaran was awarded £300,000 in damages.", said) == ("300,000", "less than")
    assert _other(read, "Oyelaran was awarded £120,000 in damages.", said) is None


def test_a_number_of_a_clause_before_a_semicolon_is_that_clauses(read) -> None:
    said = "Organisers said 80,000 people took part; police put the number at about 25,000."
    assert _other(read, "Police put the number of marchers at 80,000.", said) == ("80,000", ";")
    assert _other(read, "Police put the number at about 25,000.", said) is None
    # a word there may be what the clause after takes up: "the first" is the first cannabis farm
    said = "It is the second cannabis farm discovered in the town this year; the first was found in January."
    assert _other(read, "A cannabis farm was found in January.", said) is None


def test_a_name_only_in_the_first_clause_is_its_own_where_the_contrasted_one_names_another(read) -> None:
    said = "Customers of Southern Water face the largest rise, while bills at Portsmouth Water will fall slightly."
    assert _other(read, "Bills at Southern Water will fall slightly.", said) == ("Southern", "while")
    assert _other(read, "Bills at Portsmouth Water will fall slightly.", said) is None
    # nor one that takes the first clause's noun up with a modifier of its own
    said = "Schools in Leeds reopened on Monday, while those in the villages stayed closed."
    assert _other(read, "Schools in Leeds stayed closed.", said) == ("Schools", "while")  # (said of Leeds's)
    assert _other(read, "Schools in the villages stayed closed.", said) is None
    # a contrasted clause that names no other takes the first one's up; a name after its verb says who reports it
    assert _other(read, "The Leeds plant's 200 workers will be offered jobs elsewhere.",
                  "The Leeds plant will close in March, but its 200 workers will be offered jobs elsewhere.") is None
    hotel = "A fire destroyed the Grand Esplanade Hotel, but all 86 guests got out safely, Essex Fire Service said."
    assert _other(read, "All 86 guests got out of the Grand Esplanade Hotel safely.", hotel) is None


def test_the_rest_of_what_the_clause_before_counts_is_a_clause_of_its_own(read) -> None:
    said = "About 60% of the money came from the National Lottery, and the rest from local councils."
    assert _other(read, "Most of the money came from local councils.", said) == ("local", "and")
    assert _other(read, "About 60% of the money came from the National Lottery.", said) is None
