from pathlib import Path

import pytest

from corroborate.claims import Claim
from corroborate.matching.conflicts import Kind, find_conflicts
from corroborate.matching.matcher import Matcher
from corroborate.matching.retrieval import term_matches
from corroborate.sources import load_corpus

from .conftest import sentence


def conflicts(analysis, text: str) -> list[str]:
    f = sentence(text)
    return [c.message for c in find_conflicts(analysis, f, term_matches(analysis, f.stems))[0]]


def test_negation_on_one_side_only_is_a_conflict(read) -> None:
    analysis = read("The school was evacuated.")
    assert conflicts(analysis, "The school was not evacuated.") == ["the passage negates 'evacuated'"]
    assert conflicts(analysis, "The school was evacuated.") == []
    negated = read("The school was not evacuated.", "The school was evacuated.")
    assert conflicts(negated, "The school was evacuated.") == ["the claim negates 'evacuated', the passage does not"]


def test_without_is_left_to_its_privative_pair(read) -> None:
    # "lost power" says what "without power" says; only "with power" is its opposite (negation.privative_conflict)
    said = "Thousands of homes lost power and are still cut off."
    assert conflicts(read("Thousands of homes are still without power.", said), said) == []


def test_a_negating_word_the_claim_negates_is_contradicted_where_the_passage_says_it(read) -> None:
    analysis = read("The authorities have not postponed the mobilisation.")
    assert conflicts(analysis, "The authorities have postponed the mobilisation.") == [
        "the claim negates 'postponed', the passage does not"]
    assert conflicts(analysis, "The authorities have not postponed the mobilisation.") == []


def test_an_opposite_replaces_the_claims_word(read) -> None:
    analysis = read("Prices increased in March.")
    found, replaced = find_conflicts(analysis, sentence("Prices decreased in March."),
                                     term_matches(analysis, sentence("Prices decreased in March.").stems))
    assert [(c.kind, c.message) for c in found] == [
        (Kind.OPPOSITE, "the passage says 'decreased' where the claim says 'increased'")]
    assert replaced == {analysis.terms[1].stem}


def test_a_kind_of_what_excludes_the_claims_verb_is_its_rival(read) -> None:
    # A raid is a kind of attack, and to attack excludes to protect (NatLog: a kind of an alternative is an
    # alternative).
    said = "Police conduct raids on workplaces employing migrant workers."
    analysis = read("Police protect workplaces employing migrant workers.", said)
    assert conflicts(analysis, said) == ["the passage says 'raids' where the claim says 'protect'"]
    assert conflicts(analysis, "Police guard workplaces employing migrant workers.") == []


def test_a_name_opening_the_claim_has_rivals_when_it_says_which_of_a_kind(read) -> None:
    said = "The Ukrainian government says that Russian forces are coercing draft-age men into contracts."
    analysis = read("Ukrainian forces are coercing draft-age men into contracts.", said)
    assert conflicts(analysis, said) == ["name differs: the claim says 'Ukrainian', the passage 'Russian'"]
    # A name that is the subject itself: another person's doing the same says nothing against it.
    smith = read("Smith died in Blackville in 1957.", "Later, Victor Walls died in Newcastle. Smith lived in Blackville.")
    assert not [c for c in conflicts(smith, "Later, Victor Walls died in Newcastle.") if c.startswith("name")]


def test_a_rival_count_or_time_is_a_conflict(read) -> None:
    analysis = read("Fourteen workers were taken to hospital.")
    assert any(c.startswith("number") for c in conflicts(analysis, "Six workers were taken to hospital."))
    timed = read("The fire started at about 3 a.m.")
    assert conflicts(timed, "The fire started shortly after 1 a.m.")[-1].startswith("time differs")


def test_a_negated_claim_word_said_plainly_beside_another_negation_is_never_support(read) -> None:
    from corroborate.matching.conflicts import negation_elsewhere

    analysis = read("The prisoners did not sign the contracts.")
    f = sentence("The prisoners signed the contracts, although not all of them understood them.")
    assert negation_elsewhere(analysis, f, term_matches(analysis, f.stems)) == "sign"
    f = sentence("The prisoners did not sign the contracts.")
    assert negation_elsewhere(analysis, f, term_matches(analysis, f.stems)) is None
    postponed = read("Russia postponed mobilising its citizens.")
    f = sentence("Russia postponed the next wave of mobilising its citizens.")
    assert negation_elsewhere(postponed, f, term_matches(postponed, f.stems)) is None  # a word, matched as one


def test_a_negating_verb_the_claim_says_in_other_words_is_the_claims_own(read) -> None:
    # "postpone" is a kind of "delay": what it negates, the claim's "delayed" negates too
    delayed = read("Russian authorities have delayed the next wave of mobilisation.")
    assert conflicts(delayed, "Russian authorities have postponed the next wave of mobilisation.") == []
    launched = read("Russian authorities have launched the next wave of mobilisation.")
    assert conflicts(launched, "Russian authorities have postponed the next wave of mobilisation.") == [
        "the passage negates 'wave'"]


def test_a_synonym_in_one_sense_is_no_rival_through_another(read) -> None:
    # WordNet makes "engross" a kind of "fire" (arouse) and "fire" an opposite of "engage" (hire): polysemy
    analysis = read("This willingness to engross the world is evident in the publishing sphere.")
    assert conflicts(analysis, "This willingness to engage the world is evident in the publishing sphere.") == []


def test_an_opposite_must_stand_in_the_claims_place(read) -> None:
    # "recent" is an opposite of "future", but here it says when the stadium was renovated, not which base.
    analysis = read("The stadium is the club's future home base.")
    assert conflicts(analysis, "The recently renovated stadium is the club's home base.") == []
    assert conflicts(analysis, "The stadium was the club's past home base.") == [
        "the passage says 'past' where the claim says 'future'"]


def test_an_opposite_verb_in_a_relative_clause_of_its_own_is_no_rival(read) -> None:
    # the rise took her salary up, not she took the rise; ", which the union rejected" has the claim's union
    said = "The university has defended a 9% pay rise for its vice-chancellor, which took her salary to £327,000."
    assert conflicts(read("The university's vice-chancellor was given a 9% pay rise.", said), said) == []
    said = "Skylark said it had offered a 9 per cent rise over two years, which the union rejected as an insult."
    assert "the passage says 'rejected' where the claim says 'accepted'" in conflicts(
        read("The union accepted a 9 per cent rise over two years.", said), said)


def test_a_lexical_negator_is_what_differs_not_the_topic(read) -> None:
    passage = "New citizens must register for military service."
    analysis = read("New citizens are exempt from registering for military service.", passage)
    found, replaced = find_conflicts(analysis, sentence(passage), term_matches(analysis, sentence(passage).stems))
    assert [(c.kind, c.message) for c in found] == [
        (Kind.NEGATION_UNSAID, "the claim negates 'registering', the passage does not")]
    assert "exempt" in replaced


def test_a_negative_implicative_in_the_place_of_the_claims_verb_is_what_differs(read) -> None:
    passage = "The union struck after the operator, Calder Terminals, refused to reopen talks."
    analysis = read("Calder Terminals agreed to reopen talks.", passage)
    found, replaced = find_conflicts(analysis, sentence(passage), term_matches(analysis, sentence(passage).stems))
    assert [(c.kind, c.message) for c in found] == [(Kind.NEGATED, "the passage negates 'reopen'")]
    assert "agre" in replaced  # (the stem of "agreed")


def test_a_verbs_opposite_stands_among_its_arguments_in_any_order(read) -> None:
    analysis = read("Harassment of women in the cities has decreased.")
    assert conflicts(analysis, "Such incitement has led to an increase in harassment of women in the cities.") == [
        "the passage says 'increase' where the claim says 'decreased'"]


def test_a_past_form_that_is_a_word_of_its_own_keeps_its_verbs_opposites(read) -> None:
    # "held" is a lemma of its own (so its stem stays "held"), and the past of "hold", whose opposite is "release".
    analysis = read("About 400 nationals were released from the colony.")
    assert conflicts(analysis, "About 400 nationals are being held in the colony.") == [
        "the passage says 'held' where the claim says 'released'"]


def test_a_word_said_both_ways_is_read_where_the_claim_has_it(read) -> None:
    passage = "Russia sends civilians into combat roles by promising well-paid non-combat positions."
    analysis = read("Russia lures civilians by promising well-paid combat positions.", passage)
    assert "the passage negates 'combat'" in conflicts(analysis, passage)
    plain = "Russia sends civilians into non-combat roles by promising well-paid combat positions."
    assert conflicts(read("Russia lures civilians by promising well-paid combat positions.", plain), plain) == []
    # and the other way round: the claim's "non-combat roles" against the passage's plain "combat roles"
    assert "the claim negates 'combat', the passage does not" in conflicts(
        read("Russia sends civilians into non-combat roles.", passage), passage)
    assert conflicts(read("Russia sends civilians into non-combat roles.", plain), plain) == []


def test_a_verb_with_its_particle_keeps_its_own_opposites(read) -> None:
    # "give up" is not "give": "take their own lives" is no opposite of it.
    analysis = read("Some inmates would rather die than give up their citizenship.")
    assert conflicts(analysis, "Some inmates would rather take their own lives than renounce their citizenship.") == []
    plain = read("The ministry will give the migrants their passports.")
    assert conflicts(plain, "The ministry will take the migrants' passports.") == [
        "the passage says 'take' where the claim says 'give'"]


def test_the_word_with_a_negative_prefix_is_an_opposite_wherever_it_stands(read) -> None:
    claim = "Public awareness work by the authorities is more than sufficient."
    analysis = read(claim, "This happens due to the insufficient public awareness work of the authorities.")
    assert conflicts(analysis, "This happens due to the insufficient public awareness work of the authorities.") == [
        "the passage says 'insufficient' where the claim says 'sufficient'"]
    # (Other opposites must still stand in the claim word's place: see the test above.)


def test_a_verb_replaced_by_a_kind_of_its_opposite_is_a_conflict(read) -> None:
    claim = "The authorities increased the loss of human resources."
    analysis = read(claim, "The authorities tried to reduce the loss of human resources.")
    assert conflicts(analysis, "The authorities tried to reduce the loss of human resources.") == [
        "the passage says 'reduce' where the claim says 'increased'"]
    reversed_claim = read("The authorities reduced the loss.", "The authorities increased the loss.")
    assert conflicts(reversed_claim, "The authorities increased the loss.") == [
        "the passage says 'increased' where the claim says 'reduced'"]


def test_an_opposite_that_is_a_stop_word_is_a_rival_in_the_claims_place(read) -> None:
    said = "Russia promises foreign civilians well paid positions."
    analysis = read("Russia promises foreign civilians poorly paid positions.", said)
    assert conflicts(analysis, said) == ["the passage says 'well' where the claim says 'poorly'"]
    elsewhere = "Russia promises foreign civilians, as well as others, paid positions."
    assert conflicts(read("Russia promises foreign civilians poorly paid positions.", elsewhere), elsewhere) == []


def test_a_synonym_of_the_claim_words_opposite_is_its_rival(read) -> None:
    said = "The conflict undermines international security and stability."
    analysis = read("The conflict strengthens international security and stability.", said)
    assert conflicts(analysis, said) == ["the passage says 'undermines' where the claim says 'strengthens'"]
    # word for word, not by stem: "unique" (unequaled) is no opposite of "equally" (unequally)
    said = "Most coronaviruses show a unique winter pattern."
    assert conflicts(read("Most coronaviruses show an equally winter pattern.", said), said) == []


def test_a_claim_verb_that_is_a_kind_of_the_opposite_of_the_passages_is_a_conflict(read) -> None:
    # To deny is a kind of negating, and to confirm is its opposite: the two exclude each other, whichever side
    # holds the kind.
    said = "The facts have been confirmed by the Ministry of Defence in an intelligence update."
    analysis = read("The Ministry of Defence denied the facts in an intelligence update.", said)
    assert conflicts(analysis, said) == ["the passage says 'confirmed' where the claim says 'denied'"]
    said = "Increased transmission among young people is a risk to them."
    analysis = read("Transmission among young people is declining.", said)
    assert conflicts(analysis, said) == ["the passage says 'Increased' where the claim says 'declining'"]


IRREGULAR_NEGATIONS = [  # (what the claim says, the source that negates it in the verb's other form)
    ("The company paid its workers on time.", "The company could not pay its workers on time."),
    ("Prices rose sharply in May.", "Prices did not rise sharply in May."),
    ("The army left the city.", "The army did not leave the city."),
    ("The minister led the talks.", "The minister did not lead the talks."),
    ("The firm sold the plant.", "The firm did not sell the plant."),
    ("The soldiers shot the prisoners.", "The soldiers did not shoot the prisoners."),
    ("The bank lent the money.", "The bank did not lend the money."),
    ("Inflation fell in March.", "Inflation did not fall in March."),
]


@pytest.mark.parametrize(("claim", "source"), IRREGULAR_NEGATIONS)
def test_a_source_that_negates_the_claims_irregular_verb_in_another_form_contradicts_it(
        claim: str, source: str, tmp_path: Path) -> None:
    # An irregular past ("paid", "rose", "shot") is a word of its own to WordNet: no stem joins it to "pay".
    (tmp_path / "source.txt").write_text(source, encoding="utf-8")
    (tmp_path / "other.txt").write_text("The weather was mild. Markets were calm and trade continued.",
                                        encoding="utf-8")
    found = Matcher(load_corpus(tmp_path)).match_claim(Claim("c", claim))
    stances = {c.stance for cs in found.values() for c in cs}
    assert stances == {"contradicts"}, (claim, source, stances)


def _stances(claim: str, source: str, folder: Path) -> set[str]:
    folder.mkdir()
    (folder / "source.txt").write_text(source, encoding="utf-8")
    (folder / "other.txt").write_text("The weather was mild. Markets were calm and trade continued.", encoding="utf-8")
    found = Matcher(load_corpus(folder)).match_claim(Claim("c", claim))
    return {str(c.stance) for cs in found.values() for c in cs if c.stance is not None}


def test_a_synonym_negated_in_the_claim_words_place_negates_it(tmp_path: Path) -> None:
    plain = "Some people fully understand the consequences of taking part in the war."
    negated = "Some people do not fully understand the consequences of taking part in the war."
    said_negated = "Some people do not fully realize the true consequences of taking part in the war."
    said_plainly = "Some people fully realize the true consequences of taking part in the war."
    assert _stances(plain, said_negated, tmp_path / "a") == {"contradicts"}
    assert _stances(negated, said_negated, tmp_path / "b") == {"supports"}
    assert "supports" not in _stances(negated, said_plainly, tmp_path / "c")
    # a synonym negated elsewhere, with another said plainly in place, leaves the claim's negation unplaced
    mixed = "Some people do not see the point, and fully realize the consequences of taking part in the war."
    assert "supports" not in _stances(negated, mixed, tmp_path / "d")


def test_a_noun_of_action_is_opposed_by_what_its_verb_excludes(tmp_path: Path) -> None:
    # "reduction" comes from "reduce", a kind of decrease, whose opposite is increase
    assert _stances("The operator pointed to a 4 per cent pay reduction in its offer.",
                    "The operator pointed to a 4 per cent pay increase in its offer.",
                    tmp_path / "a") == {"contradicts"}
    assert _stances("The operator pointed to a 4 per cent pay reduction in its offer.",
                    "The operator pointed to a 4 per cent pay reduction in its offer.", tmp_path / "b") == {"supports"}


def test_each_conflict_says_what_kind_it_is(read) -> None:
    """The matcher treats kinds apart: a rival number or time lowers the score, a date beside the passage is
    another event, a claim's negation may be the passage's denial said otherwise."""
    def kinds(claim: str, passage: str) -> set[Kind]:
        analysis = read(claim, passage)
        f = sentence(passage)
        return {c.kind for c in find_conflicts(analysis, f, term_matches(analysis, f.stems))[0]}

    assert kinds("Fourteen workers were taken to hospital.", "Six workers were taken to hospital.") == {Kind.NUMBER}
    assert kinds("The fire started at about 3 a.m.", "The fire started shortly after 1 a.m.") == {Kind.TIME}
    assert kinds("The raids began on July 27.", "The raids began on June 27.") == {Kind.DATE}
    assert kinds("The school was evacuated.", "The school was not evacuated.") == {Kind.NEGATED}


def test_an_opposite_verb_whose_subject_the_claims_verb_acts_on_is_the_same_event(read) -> None:
    said = "City took the lead after 12 minutes when their captain, Joe Whitlock, headed in a corner."
    assert conflicts(read("Joe Whitlock gave City the lead after 12 minutes.", said), said) == []
    sold = "The company sold shares in the bank."
    assert conflicts(read("The company bought shares in the bank.", sold), sold) == [
        "the passage says 'sold' where the claim says 'bought'"]
    # ... nor what another verb's object is said to be ("keep their windows shut": the windows do nothing)
    said = "Residents were told to keep their windows shut overnight."
    assert conflicts(read("Residents were told to open their windows overnight.", said), said) == [
        "the passage says 'shut' where the claim says 'open'"]


def test_a_verb_said_by_a_synonym_in_its_place_is_not_replaced_by_an_opposite_elsewhere(read) -> None:
    # "renovation" is a kind of change, which excludes "remain"; but the sentence says "stay" in its place
    said = "The museum, which reopened in 2024 after a two-year renovation, will stay closed until Friday."
    assert conflicts(read("The museum will remain closed until Friday.", said), said) == []
    said = "The museum will change its opening hours from Friday."
    assert conflicts(read("The museum will remain open until Friday.", said), said) == [
        "the passage says 'change' where the claim says 'remain'"]


def test_what_the_claim_negates_is_said_by_its_opposite_and_its_complement_by_a_negation(read) -> None:
    said = "Farahani was unable to attend the ceremony after being refused permission to leave Iran."
    assert conflicts(read("Farahani was not allowed to leave Iran to attend the ceremony.", said), said) == []
    assert conflicts(read("Farahani was allowed to leave Iran to attend the ceremony.", said), said) != []


def test_what_the_claim_says_stopped_is_not_said_by_the_object_of_a_verb_and_its_particle(read) -> None:
    claim = "Pupils who stopped using their phones late at night slept longer."
    said = "Pupils who gave up late-night phone use slept longer."
    assert conflicts(read(claim, said), said) == []
    said = "Pupils who kept using their phones late at night slept longer."
    assert "the claim negates 'using', the passage does not" in conflicts(read(claim, said), said)


def test_without_before_what_the_claim_says_was_lost_says_it_too(read) -> None:
    said = "About 120,000 homes were left without power on Sunday."
    assert conflicts(read("About 120,000 homes lost power on Sunday.", said), said) == []
    assert conflicts(read("About 120,000 homes had power on Sunday.", said), said) == [
        "the passage negates 'power'"]


def test_a_word_a_number_follows_is_no_adjective_opposed_to_the_claims(read) -> None:
    said = "The vaccine reduced cases by 68 per cent in children aged five months to three years."
    assert conflicts(read("The vaccine reduced cases by 68 per cent in young children.", said), said) == []
    # a verb's count after it stays a count: "opened two rest centres" / "closed two rest centres"
    said = "The council opened two rest centres on Monday."
    assert conflicts(read("The council closed two rest centres on Monday.", said), said) != []


def test_a_negation_in_what_ought_to_be_is_no_contradiction_of_what_was(read) -> None:
    said = "The trial judge had wrongly allowed the jury to hear evidence from an unqualified expert."
    claim = "The judges ruled that the jury should not have heard evidence from an unqualified expert."
    assert conflicts(read(claim, said), said) == []
    # where both speak of a duty, the negation stands
    said = "Authorities should exchange information about the recruitment."
    assert conflicts(read("Authorities should not exchange information about the recruitment.", said), said) != []


def test_a_word_of_a_closed_scale_in_the_place_of_its_opposite_is_no_degree_to_set_aside(read) -> None:
    # "later" is the comparative of "late", but a word of the time scale of its own: its opposite stays a rival
    said = "Their next encounter was at a business meeting four years later."
    assert conflicts(read("Their next encounter was at a business meeting four years antecedent.", said), said) == [
        "the passage says 'later' where the claim says 'antecedent'"]
