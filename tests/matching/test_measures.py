"""Another measure in the claim's place (corroborate.matching.measures)."""

from corroborate.kinds import Stance
from corroborate.matching import Matcher
from corroborate.matching.measures import quantified, rival_joined_measure, rival_measure
from corroborate.matching.retrieval import term_matches
from corroborate.sources import load_corpus
from corroborate.text import tokenize

from .conftest import candidates_in, sentence


def _rival(read, claim: str, text: str) -> tuple[str, str] | None:
    analysis = read(claim, text)
    f = sentence(text)
    return rival_measure(analysis, f, term_matches(analysis, f.stems))


def test_another_time_or_quantity_where_the_claim_has_one_is_a_rival_value(read) -> None:
    assert _rival(read, "The warning siren sounded hours before the water arrived.",
                  "The warning siren sounded only minutes before the water arrived.") == ("hours", "minutes")
    assert _rival(read, "Repairs are expected to take less than a day.",
                  "Repairs are expected to take a week or longer.") == ("day", "week")
    assert _rival(read, "The river rose to a level not seen in twenty years.",
                  "The river rose to a level not seen in two centuries.") == ("years", "centuries")
    assert _rival(read, "The river rose to a level not seen in twenty years.",
                  "The river rose to a level not seen in two decades.") is None  # one length in another unit
    assert _rival(read, "The convoy travelled 40 miles.", "The convoy travelled 40 metres.") == ("miles", "metres")
    # the claim's count beside it places it, however far the other claim words stand
    assert _rival(read, "The crane was the largest in the world for more than 15 months.",
                  "The crane was the largest in the world for more than 15 years.") == ("months", "years")


def test_the_claims_measure_only_naming_a_time_elsewhere_leaves_the_rival_in_its_place(read) -> None:
    # "last month" names a time, it measures nothing: the search's length is "four years"
    said = "The wreck was located last month by divers, after a search that lasted four years."
    assert _rival(read, "The search for the wreck lasted four months.", said) == ("months", "years")
    assert _rival(read, "The search for the wreck lasted four years.", said) is None


def test_the_length_a_preposition_puts_on_the_claims_verb_is_in_its_place_however_the_words_are_ordered(read) -> None:
    said = ("In one flat, a family had been living with black mould on the bedroom walls for more than a year, the "
            "court heard.")
    assert _rival(read, "A family had been living with mould in their flat for about a month.", said) == (
        "month", "year")
    # the sentence's measure not on the claim's verb, or behind a clause mark: not in its place
    said = "In one flat, a family had been living with black mould; the repairs took more than a year."
    assert _rival(read, "A family had been living with mould in their flat for about a month.", said) is None


def test_the_same_measure_another_form_of_it_or_a_more_general_word_is_no_rival(read) -> None:
    claim = "The road was closed for three weeks."
    assert _rival(read, claim, "The road was closed for three weeks.") is None
    assert _rival(read, claim, "The road was closed for a week.") is None  # another form
    assert _rival(read, claim, "The road was closed for a long period.") is None  # what a week is a kind of
    assert _rival(read, claim, "The road was closed for 21 days.") is None  # the same length in another unit


def test_a_measure_elsewhere_in_the_sentence_is_no_rival(read) -> None:
    assert _rival(read, "The siren sounded hours before the water arrived.",
                  "The siren sounded before the water arrived, and the clean-up took several days.") is None


def test_a_measure_in_a_relative_clause_right_after_the_claims_words_is_said_of_them(read) -> None:
    claim = "The centre expects the trust's systems to be restored within a day."
    assert _rival(read, claim, "The centre is helping the trust restore its systems, which it expects to take at "
                               "least a week.") == ("day", "week")
    # past the relative clause's end, the measure is said of something else
    assert _rival(read, claim, "The centre is helping the trust restore its systems, which were hit on Sunday, and "
                               "the inquiry will take a week.") is None


def test_a_word_that_points_to_a_time_or_says_which_measures_nothing() -> None:
    def at(text: str, word: str) -> bool:
        tokens = tokenize(text)
        return quantified(tokens, next(i for i, t in enumerate(tokens) if t.surface == word))

    assert at("The siren sounded hours before", "hours")
    assert at("It took a full week", "week")
    assert at("She waited three years", "years")
    assert at("Crews spent four days bringing the blaze under control", "days")  # a verb after it
    assert not at("The same year, she raised money", "year")
    assert not at("The company last month raised money", "month")
    assert not at("Coronaviruses have a winter seasonality", "winter")  # says which seasonality
    assert not at("The bridge fell on Sunday morning", "morning")  # says when


def test_a_rival_measure_in_the_sentence_that_holds_the_claim_contradicts_it(tmp_path) -> None:
    (tmp_path / "herald.txt").write_text(
        "Pensioners rescued as Hollin floods\n\nRescue crews spent Tuesday morning ferrying pensioners from flooded "
        "streets. Neighbours said the warning siren sounded only minutes before the water arrived in Hollin.\n",
        encoding="utf-8")
    found = candidates_in(Matcher(load_corpus(tmp_path)),
                          "The warning siren sounded hours before the water arrived in Hollin.", "herald")
    assert found and found[0].stance == Stance.CONTRADICTS
    assert "'minutes' where the claim says 'hours'" in found[0].reason


def test_a_count_joined_to_another_measure_is_a_rival() -> None:
    assert rival_joined_measure(tokenize("Police arrested a 40-year-old man."),
                                tokenize("Police arrested a 40-month-old man.")) == ("40-year-old", "40-month-old")
    assert rival_joined_measure(tokenize("Police arrested a 40-year-old man."),
                                tokenize("Police arrested a 41-year-old man.")) is None  # another count: values.py
    assert rival_joined_measure(tokenize("He ran a 10-mile race."), tokenize("He ran a 10-minute race.")) is None


def test_a_counted_measure_before_a_noun_measures() -> None:
    tokens = tokenize("A three-week ban came into force.")
    assert quantified(tokens, 2)  # "week", after "three": a count of weeks, though a noun follows
    assert not quantified(tokenize("They went on a day trip."), 4)
