"""No effect (corroborate.matching.effects)."""

import pytest

from .conftest import read_against


def _conflict(read, claim: str, text: str) -> tuple[str, str, tuple[int, ...]] | None:
    from corroborate.matching.effects import effect_conflict

    reading = read_against(read(claim, text), text)
    return effect_conflict(reading.analysis, reading.features)


def test_a_claim_of_no_effect_is_read_with_its_cause_and_what_it_is_said_not_to_affect(read) -> None:
    analysis = read("Smoking has no impact on the risk of progression.")
    null = analysis.null_relation
    assert null is not None and analysis.terms[null.relation].surface == "impact" and null.negator == "no"
    assert [analysis.terms[k].surface for k in null.cause] == ["Smoking"]
    assert [analysis.terms[k].surface for k in null.affected] == ["risk", "progression"]
    assert read("The drug does not affect blood pressure.").null_relation is not None
    assert read("There is no link between the vaccine and autism.").null_relation is not None
    # a verb that is not one of effect, or nothing after the relation word
    assert read("The drug does not lower blood pressure.").null_relation is None
    assert read("The storm had no effect.").null_relation is None


@pytest.mark.parametrize("claim, passage, word", [
    ("Smoking has no impact on the risk of progression.", "Smoking increases the risk of progression.", "increases"),
    ("Smoking has no impact on the risk of progression.", "The risk of progression was reduced by smoking.",
     "reduced"),
    ("Smoking has no impact on the risk of progression.",
     "Smoking is a risk factor, with smokers having higher odds of progression than never smokers.", "higher"),
    ("The drug does not affect blood pressure in adults.", "The drug lowered blood pressure in adults.", "lowered"),
    ("The policy had no effect on unemployment.", "The policy cut unemployment by a third.", "cut"),
    ("The ban had no effect on smuggling.", "The ban was associated with a fall in smuggling.", "associated"),
])
def test_a_passage_that_says_the_cause_changes_it_contradicts(read, claim: str, passage: str, word: str) -> None:
    found = _conflict(read, claim, passage)
    assert found is not None and found[1] == word


@pytest.mark.parametrize("claim, passage", [
    # the passage says no effect too, in other words
    ("The drug does not affect blood pressure in adults.", "The drug had no significant effect on blood pressure."),
    ("Smoking has no impact on the risk of progression.", "Smoking did not increase the risk of progression."),
    # hedged, asked or denied
    ("Smoking has no impact on the risk of progression.", "Smoking may increase the risk of progression."),
    ("Smoking has no impact on the risk of progression.", "It is unclear whether smoking increases the risk of "
                                                         "progression."),
    # the cause only in a bracketed list of what was controlled for, or nowhere
    ("Smoking has no impact on the risk of mortality.",
     "After controlling for confounding factors (age, sex, smoking), the drug was associated with an increased risk "
     "of mortality."),
    ("Smoking has no impact on the risk of progression.", "Obesity increases the risk of progression."),
    # what follows is no effect of the cause
    ("The policy had no effect on unemployment.", "Unemployment rose after the policy was introduced."),
])
def test_no_contradiction_when_the_passage_does_not_say_the_cause_changes_it(read, claim: str,
                                                                              passage: str) -> None:
    assert _conflict(read, claim, passage) is None


def test_the_report_contradicts_a_claim_of_no_effect(tmp_path) -> None:
    from corroborate.matching import Matcher
    from corroborate.sources import load_corpus

    from .conftest import candidates_in

    (tmp_path / "study.txt").write_text("In the trial, the new drug lowered blood pressure in adults by a tenth.\n")
    (tmp_path / "other.txt").write_text("The weather was mild in the capital on Monday.\n")
    [best, *_] = candidates_in(Matcher(load_corpus(tmp_path)), "The new drug does not affect blood pressure in adults.",
                               "study")
    assert best.stance == "contradicts" and "the claim says 'not affect', the passage 'lowered'" in best.reason


def _denied(read, claim: str, text: str) -> tuple[str, str] | None:
    from corroborate.matching.effects import denied_effect

    reading = read_against(read(claim, text), text)
    return denied_effect(reading.analysis, reading.features)


def test_a_passage_that_says_no_difference_contradicts_a_claim_of_one(read) -> None:
    said = "A study by the same team found no difference in exam results between heavy and light phone users."
    assert _denied(read, "Heavy phone users got worse exam results.", said) == ("worse", "no difference")
    assert _denied(read, "The drug lowered mortality in older patients.",
                   "The drug did not affect mortality in older patients.") == ("lowered", "not affect")
    # not where what it says is unaffected is another thing, nor under a hedge, nor where the claim says no effect
    assert _denied(read, "Heavy phone users got worse sleep.", said) is None
    assert _denied(read, "Heavy phone users got worse exam results.",
                   "It is unclear whether there is no difference in exam results.") is None
    assert _denied(read, "Phone use has no effect on exam results.", said) is None


def test_a_negator_of_another_noun_before_a_relation_word_says_no_null(read) -> None:
    said = ("Unions were limited to negotiating over salaries and virtually no other issues related to workplace "
            "conditions.")
    assert _denied(read, "Unions were circumscribed to negotiating over salaries and no other issues related to "
                         "workplace conditions.", said) is None
    assert _denied(read, "The drug lowered mortality.", "The drug had no significant effect on mortality.") == (
        "lowered", "no significant effect")
