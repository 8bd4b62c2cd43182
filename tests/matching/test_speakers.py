"""Who says it (corroborate.matching.speakers)."""

from corroborate.matching.speakers import speaker_span
from corroborate.text import tokenize

from .conftest import candidates_in, read_against


def _speaker(text: str) -> str | None:
    tokens = tokenize(text)
    span = speaker_span(tokens, text)
    return None if span is None else text[tokens[span[0]].start : tokens[span[1]].end]


def test_the_speaker_opens_or_closes_the_sentence_or_follows_according_to() -> None:
    assert _speaker("The Russian defence ministry says Russian forces are coercing men.") == (
        "The Russian defence ministry")
    assert _speaker("Lieutenant Fox reported at 0800 hours that the Germans were in the streets.") == "Lieutenant Fox"
    assert _speaker("According to the Center, Russian forces are recruiting migrants.") == "the Center"
    assert _speaker("Russian forces are recruiting migrants, according to the Center.") == "the Center"
    assert _speaker("The school was evacuated after a gas leak, the head teacher said.") == "the head teacher"


def test_a_verb_that_is_not_of_saying_or_does_not_report_names_no_speaker() -> None:
    assert _speaker("The school was evacuated after a gas leak in the kitchen.") is None  # "leak" is no saying
    assert _speaker("Prisoners who refuse face being sent to the front.") is None  # "refuse" reports nothing
    assert _speaker("Police raided the market on Monday.") is None


def _other(read, claim: str, text: str) -> tuple[str, str] | None:
    from corroborate.matching.speakers import other_speaker

    reading = read_against(read(claim, text), text)
    return other_speaker(reading.analysis, reading.features, reading.aligned)


def test_another_speaker_in_the_sentence_is_not_the_claims(read) -> None:
    assert _other(read, "The Russian defence ministry says Russian forces are coercing draft-age men into contracts.",
                  "Ukraine's National Resistance Center says that Russian forces are coercing draft-age men into "
                  "contracts.") == ("The Russian defence ministry", "Ukraine's National Resistance Center")
    # the claim speaker's word elsewhere in the sentence is not who says it
    assert _other(read, "According to police, the raids have been aimed at identifying new citizens.",
                  "According to migrants, police raids have been aimed at identifying new citizens.") == (
        "police", "migrants")
    assert _other(read, "The school was evacuated on Monday after a gas leak, the head teacher said.",
                  "The school was evacuated on Monday after a gas leak, a council spokesman said.") == (
        "the head teacher", "a council spokesman")
    # a word that only qualifies the speaker is not the speaker
    assert _other(read, "The county police said firefighters used boats to bring 35 residents to a rest centre.",
                  "Firefighters used boats to bring 35 residents to a rest centre, the county fire service said.") == (
        "The county police", "the county fire service")


def test_the_same_speaker_a_related_word_or_a_pronoun_is_left_alone(read) -> None:
    claim = "The National Resistance Center says Russian forces are coercing draft-age men into contracts."
    assert _other(read, claim, "The National Resistance Center says that Russian forces are coercing draft-age men "
                               "into contracts.") is None
    # a pronoun may stand for anyone named before; a sentence that names no speaker is left to coverage
    assert _other(read, claim, "He says that Russian forces are coercing draft-age men into contracts.") is None
    assert _other(read, claim, "Russian forces are coercing draft-age men into contracts.") is None
    # a word WordNet relates to the claim's ("officials" / "functionaries")
    assert _other(read, "Officials said the school was evacuated after a gas leak in the kitchen.",
                  "Functionaries said the school was evacuated after a gas leak in the kitchen.") is None
    # one speaker's head among the other's words: "the Environment Agency" for its officials, "Ms Shah" for her
    assert _other(read, "Officials from the Environment Agency said the barrier was overtopped in Hollin.",
                  "The Environment Agency said the barrier was overtopped in Hollin.") is None
    assert _other(read, "Environment Agency area manager Priya Shah said the barrier was overtopped in Hollin.",
                  "Ms Shah said the barrier was overtopped in Hollin.") is None
    # a definite description that takes up the claim's named speaker, which the sentence names before it
    claim = "Northgrid Electricity said homes in the countryside might wait until Wednesday to be reconnected."
    assert _other(read, claim, "Northgrid Electricity's crews worked through the night, though the company said "
                               "homes in the countryside might wait until Wednesday to be reconnected.") is None
    assert _other(read, claim, "Crews worked through the night, though the company said homes in the countryside "
                               "might wait until Wednesday to be reconnected.") is not None  # (no name before it)


def test_a_passage_that_gives_it_to_another_is_no_support_and_the_report_says_who(tmp_path) -> None:
    from corroborate.matching import Matcher
    from corroborate.sources import load_corpus

    (tmp_path / "report.txt").write_text("Ukraine's National Resistance Center says that Russian forces are "
                                         "coercing draft-age men into contracts through threats of arrest.\n")
    (tmp_path / "other.txt").write_text("The weather was mild in the capital on Monday.\n")
    m = Matcher(load_corpus(tmp_path))
    [best, *_] = candidates_in(m, "The Russian defence ministry says Russian forces are coercing draft-age men into "
                                  "contracts through threats of arrest.", "report")
    assert best.stance is None
    assert "gives it to 'Ukraine's National Resistance Center'" in best.reason


def test_a_second_clause_with_a_speaker_of_its_own_is_read_with_that_speaker(read) -> None:
    both = ("The government said hospitals had been given extra money, but unions said many hospitals still ran "
            "software that was no longer supported.")
    assert _other(read, "Unions said many hospitals still ran software that was no longer supported.", both) is None
    assert _other(read, "The government said many hospitals still ran software that was no longer supported.",
                  both) == ("The government", "unions")
    # what the first clause says stays the first speaker's
    assert _other(read, "The government said hospitals had been given extra money.", both) is None
    # a list of actions after a comma names no speaker ("record, and document cases")
    assert _other(read, "The Center said local people record cases of forced recruitment.",
                  "The Center urges local people to avoid contact, record, and document cases of forced "
                  "recruitment.") is None


def test_a_name_set_off_after_the_speaker_is_the_same_speaker(read) -> None:
    said = "Ashdown's barrister, Daniel Okafor, said his client would appeal against the sentence."
    assert _speaker(said) == "Ashdown's barrister, Daniel Okafor"
    assert _other(read, "Ashdown's barrister said his client would appeal against the sentence.", said) is None
    assert _other(read, "The prosecutor said his client would appeal against the sentence.", said) == (
        "The prosecutor", "Ashdown's barrister, Daniel Okafor")


def test_a_speaker_after_a_semicolon_says_the_clause_after_it(read) -> None:
    text = ("Prosecutors had argued that Ms Haddad failed to check the dose; her lawyers said a faulty pump was to "
            "blame.")
    assert _other(read, "Prosecutors said a faulty pump was to blame.", text) is not None
    assert _other(read, "Her lawyers said a faulty pump was to blame.", text) is None
