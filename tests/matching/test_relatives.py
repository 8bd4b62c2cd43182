"""What a relative clause set off by commas says is said of its own verb (corroborate.matching.relatives)."""

from corroborate.matching import relatives

from .conftest import read_against, sentence

LEAD = ("The novelist Ilse Brandt, whose books about post-war Hamburg sold more than four million copies, has died "
        "at the age of 91.")


def _in_relative(read, claim: str, text: str):
    reading = read_against(read(claim, text), text)
    return relatives.said_in_relative(reading.analysis, reading.features, reading.aligned)


def _of_antecedent(read, claim: str, text: str):
    reading = read_against(read(claim, text), text)
    return relatives.verb_of_antecedent(reading.analysis, reading.features, reading.aligned)


def test_a_relative_clause_runs_from_its_pronoun_to_the_next_comma_or_the_end() -> None:
    f = sentence(LEAD)
    [(first, last)] = relatives.relative_spans(f.text, f.tokens)
    assert (f.tokens[first].surface, f.tokens[last].surface) == ("whose", "copies")
    f = sentence("She married the painter Otto Ressler, who died in 1990.")
    [(first, last)] = relatives.relative_spans(f.text, f.tokens)
    assert (f.tokens[first].surface, f.tokens[last].surface) == ("who", "1990")
    # with no comma, the clause restricts its noun ("the books that she wrote", "migrants who refuse"): not read
    f = sentence("Migrants who refuse to sign are detained.")
    assert relatives.relative_spans(f.text, f.tokens) == []


def test_a_claim_word_said_only_in_a_relative_clause_is_not_said_of_the_claims_verb(read) -> None:
    word, clause = _in_relative(read, "Brandt died at her home in Hamburg.", LEAD)
    assert word == "Hamburg" and clause.startswith("whose books about post-war Hamburg")
    # the claim's own words before its verb, or said outside the clause too, are the claim's
    assert _in_relative(read, "Brandt has died at the age of 91.", LEAD) is None
    assert _in_relative(read, "Brandt died in Hamburg.",
                        "Brandt, whose books were about Hamburg, died in Hamburg on Thursday.") is None
    # a clause that has a claim verb may be what the claim tells, and one after the verb may be said of all that
    # comes before it ("raids continued without stop, which began in May")
    assert _in_relative(read, "Brandt's books sold more than four million copies.", LEAD) is None
    assert _in_relative(read, "Raids have continued since the middle of May.",
                        "Raids are being continued without stop, which began in the middle of May.") is None


def test_the_claims_verb_said_only_of_another_name_in_a_relative_clause_is_said_of_that_name(read) -> None:
    text = ("The novelist Brandt was married twice, first to the painter Otto Ressler, who died in 1990, and then to "
            "Klaus Weber.")
    verb, said = _of_antecedent(read, "Brandt died in 1990.", text)
    assert verb == "died" and said == "Ressler, who died in 1990"
    assert _of_antecedent(read, "Otto Ressler died in 1990.", text) is None
    # a claim whose subject is no name may be what the clause's name is
    assert _of_antecedent(read, "Her first husband died in 1990.", text) is None


def test_a_claim_number_said_only_of_another_name_is_that_names(read) -> None:
    text = "The cubs were born on 19 June to mother Mali, who is five, and father Jiro, who is seven."
    word, said = _of_antecedent(read, "The cubs' mother, Mali, is seven.", text)
    assert word == "seven" and said == "Jiro, who is seven"
    assert _of_antecedent(read, "The cubs' mother, Mali, is five.", text) is None


def test_a_clause_about_the_claims_subject_after_the_verb_is_read_too(read) -> None:
    text = ("The government has approved the wind farm, overruling the local council, which rejected the plan in "
            "2024.")
    word, clause = _in_relative(read, "The local council approved the plan in 2024.", text)
    assert word == "plan" and clause == "which rejected the plan in 2024"
