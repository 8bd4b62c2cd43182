"""Another verb in the claim's verb's place (corroborate.matching.substitution)."""

from .conftest import candidates_in, read_against


def _replaced(read, claim: str, text: str) -> tuple[str, str] | None:
    return read_against(read(claim, text), text).replaced_verb


def test_an_unrelated_verb_between_the_claims_neighbours_replaces_its_verb(read) -> None:
    assert _replaced(read, "Carrow's council leader, Joan Pryce, opposed a public inquiry.",
                     "Carrow's council leader, Joan Pryce, called for a public inquiry.") == ("opposed", "called")
    assert _replaced(read, "The driver injured on the Kelso Road has died in hospital.",
                     "The driver injured on the Kelso Road has been discharged from hospital.") == ("died", "discharged")


def test_the_same_verb_a_synonym_a_kind_of_it_or_another_form_is_no_replacement(read) -> None:
    claim = "Police attacked the protesters in the square."
    assert _replaced(read, claim, "Police attacked the protesters in the square.") is None
    assert _replaced(read, claim, "Police assaulted the protesters in the square.") is None  # a synonym
    assert _replaced(read, claim, "Police bombed the protesters in the square.") is None  # a kind of attacking
    # (WordNet files stabbing under wounding, not attacking: "stabbed" replaces "attacked", a support missed)
    assert _replaced(read, claim, "Police stabbed the protesters in the square.") == ("attacked", "stabbed")
    assert _replaced(read, "Engineers will inspect the barrier once the water falls.",
                     "Engineers would inspect the barrier once the water fell.") is None  # another form


def test_the_claims_verb_said_elsewhere_or_by_a_noun_leaves_the_place_alone(read) -> None:
    # The claim's verb (or its derived noun) anywhere in the sentence: a paraphrase, not another event.
    assert _replaced(read, "The council decided to close the school.",
                     "The council announced its decision to close the school.") is None


def test_past_a_phrase_after_the_left_neighbour_the_verb_after_the_claims_opener_is_in_its_place(read) -> None:
    assert _replaced(read, "The Center urges local people to cooperate with occupation structures.",
                     "The Center urges local people in occupied territories to avoid any contact with occupation "
                     "structures.") == ("cooperate", "avoid")


def test_the_verbs_place_is_not_past_an_aside_and_is_right_after_its_subject(read) -> None:
    # An aside between the neighbours adds a clause mark the claim does not have there.
    assert _replaced(read, "The letter praised the colony staff.",
                     "The letter, which was smuggled out, praised the colony staff.") is None
    # Far apart, the verb right after the subject is still in the verb's place: the letter described, not praised.
    assert _replaced(read, "The letter praised the colony staff.",
                     "The letter described inhumane treatment and insults by colony staff.") == (
        "praised", "described")


def test_a_stative_claim_verb_names_a_relation_another_verb_may_say(read) -> None:
    # WordNet files "involve" as stative: "are carried out using" says the same relation.
    assert _replaced(read, "The raids on migrants involve brute physical force.",
                     "The raids are carried out using brute physical force.") is None
    assert _replaced(read, "The raids on migrants prevented brute physical force.",
                     "The raids are carried out using brute physical force.") == ("prevented", "carried out")


def test_a_very_general_verb_or_one_of_the_same_frame_is_not_read_as_another_event(read) -> None:
    # "came off the rails": come is so general WordNet's corpus uses it hundreds of times.
    assert _replaced(read, "A freight train derailed near Carrow.",
                     "A freight train came off the rails near Carrow.") is None
    # but a negating verb in a general verb's place says it did not happen
    assert _replaced(read, "A visit planned for May went ahead despite staff shortages.",
                     "A visit planned for May was cancelled because of staff shortages.") == ("went", "cancelled")
    # and a phrasal verb WordNet gives as a synonym of a negating one: "called off" is "cancelled"
    assert _replaced(read, "Her hip replacement went ahead on Monday morning.",
                     "Her hip replacement was called off on Monday morning.") == ("went", "called off")
    assert _replaced(read, "The match was cancelled on Monday.", "The match was called off on Monday.") is None
    # "called for" / "advocated for": both take their object with "for".
    assert _replaced(read, "Bastrykin called for a revised migration policy.",
                     "Bastrykin advocated for a revised migration policy.") is None
    # a phrase of time after both is no frame either: "to strengthen by Tuesday" / "to ease by Tuesday"
    assert _replaced(read, "Forecasters expect the wind to strengthen by Tuesday afternoon.",
                     "Forecasters expect the wind to ease by Tuesday afternoon.") == ("strengthen", "ease")
    # nor a preposition before a date: "will rise from April" / "will be scrapped from April"
    assert _replaced(read, "Tolls on the bridge will rise from April.",
                     "Tolls on the bridge will be scrapped from April.") == ("rise", "scrapped")
    # nor a clause opened after both: "were killed when" / "were hurt when"
    assert _replaced(read, "Nine people were killed when a freight train left the rails.",
                     "Nine people were hurt when a freight train left the rails.") == ("killed", "hurt")
    # ... while a verb WordNet makes a kind of the other, through its participle, is the same event
    assert _replaced(read, "Nine people were injured when a freight train left the rails.",
                     "Nine people were hurt when a freight train left the rails.") is None
    # nor the particle of a phrasal verb: "walked out of" / "lifted out of"; and an age set off by commas after
    # the subject is an aside, not a clause mark
    assert _replaced(read, "Arthur Penn said he walked out of his front door on Orchard Close.",
                     "Arthur Penn, 80, said he was lifted out of his bedroom window on Orchard Close.") == (
        "walked", "lifted out")
    # a determiner after both is no frame of its own: "to protect the" / "to beat the"
    assert _replaced(read, "Staff urged other prisoners to protect the migrant inmates.",
                     "There were calls by staff for other prisoners to beat the migrant inmates.") == (
        "protect", "beat")


def test_a_replaced_verb_is_no_support_and_the_report_says_what_stands_there(tmp_path) -> None:
    from corroborate.matching.matcher import Matcher
    from corroborate.sources import load_corpus

    (tmp_path / "report.txt").write_text("Carrow's council leader, Joan Pryce, called for a public inquiry.\n"
                                         "The weather in Carrow was mild on Tuesday.\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("Markets were calm and trade continued as usual.\n", encoding="utf-8")
    m = Matcher(load_corpus(tmp_path))
    found = candidates_in(m, "Carrow's council leader, Joan Pryce, opposed a public inquiry.", "report")
    assert found and not any(c.stance for c in found)
    assert "says 'called' where the claim says 'opposed'" in found[0].reason
    said = candidates_in(m, "Carrow's council leader, Joan Pryce, called for a public inquiry.", "report")
    assert said[0].stance is not None and said[0].stance.value == "supports"


def test_a_verb_right_after_the_same_subject_stands_in_the_claim_verbs_place(read) -> None:
    claim = "The Center said forced mobilization in occupied territories complies with the Geneva Convention."
    text = ("The Center emphasized that forced mobilization of Ukrainian citizens in occupied territories violates "
            "articles 49 and 51 of the Geneva Convention.")
    assert _replaced(read, claim, text) == ("complies", "violates")


def test_where_the_sentence_has_nothing_after_the_claims_verb_its_place_is_after_the_subjects_head(read) -> None:
    claim = "Lessons at the primary school next to the site went ahead as normal."
    text = "The primary school next to the site was evacuated as a precaution and lessons were cancelled for the day."
    assert _replaced(read, claim, text) == ("went", "cancelled")
    # a verb of the claim's own, or a synonym, there is no replacement
    assert _replaced(read, "Lessons at the primary school next to the site were called off.", text) is None


def test_the_claims_phrasal_verb_with_another_particle_is_another_verb(read) -> None:
    claim = "The union has called off the strike at Port Calder."
    assert _replaced(read, claim, "The union has called on the strike committee at Port Calder to act.") == (
        "called off", "called on")
    assert _replaced(read, claim, "The union has called off the strike at Port Calder.") is None
    assert _replaced(read, claim, "The union has called the strike at Port Calder off.") is None  # no particle there


def test_past_a_relative_clause_the_verbs_place_is_beside_its_subject(read) -> None:
    claim = "Central Asian citizens who fought as mercenaries abroad have been acquitted in their home countries."
    text = ("There are cases when Central Asian citizens have been handed lengthy prison terms in their home "
            "countries for being a mercenary abroad.")
    assert _replaced(read, claim, text) == ("acquitted", "handed")


def test_right_after_the_subject_the_passage_may_have_fewer_auxiliaries_not_others(read) -> None:
    # a passive claim against an active sentence: the verb after the subject's head, past no auxiliary
    assert _replaced(read, "Forced mobilization in occupied territories is permitted by the Geneva Convention.",
                     "Forced mobilization in occupied territories violates articles 49 and 51 of the Geneva "
                     "Convention.") == ("permitted", "violates")
    # only a form of "be" or "have" may be left out: "to" marks another verb's complement, not this verb's place
    assert _replaced(read, "Russia recruits men from Nepal to fight in Ukraine.",
                     "Reports showed men from Nepal deserting from the Russian army.") is None
    # auxiliaries the claim does not have may tell the claim's event in another time or way: left to the others
    assert _replaced(read, "Inez joined the band for the Japanese tour.",
                     "Inez will be playing bass for the band on the Japanese tour.") is None


def test_an_adjective_after_be_in_the_place_of_the_claims_participle_replaces_it(read) -> None:
    claim = "National security considerations should be ignored when hiring migrant workers."
    assert _replaced(read, claim, "National security considerations should be paramount when hiring migrant "
                                  "workers.") == ("ignored", "paramount")
    # a form of a verb WordNet may not relate, though it says it, is left alone
    assert _replaced(read, "Nine people were injured when a train derailed.",
                     "Nine people were hurt when a train derailed.") is None


def test_the_verb_a_passive_says_its_agent_did_stands_in_an_active_claims_verbs_place(read) -> None:
    claim = "Britain's Ministry of Defence questioned reports of Russian attempts to lure migrants."
    assert _replaced(read, claim, "The reports of Russian attempts to lure migrants have been confirmed by Britain's "
                                  "Ministry of Defence in an update.") == ("questioned", "confirmed")
    # the same verb leaves it alone
    assert _replaced(read, "Britain's Ministry of Defence confirmed the reports.",
                     "The reports have been confirmed by Britain's Ministry of Defence.") is None


def test_the_claims_verb_in_its_base_form_elsewhere_is_said(read) -> None:
    # "led" is a lemma of its own to WordNet (the metal), but "lead" is the verb it is a form of
    assert _replaced(read, "This experience led Darla to found a charity for children.",
                     "This experience managed to lead Darla to found a charity for children.") is None


def test_after_a_verb_and_to_the_next_verb_stands_in_the_infinitives_place(read) -> None:
    assert _replaced(read, "Having a Russian passport has begun to protect its owner from raids.",
                     "Now a Russian passport has begun to pose a mortal threat to its owner in raids.") == (
        "protect", "pose")
    # a synonym in that place says it
    assert _replaced(read, "The company continued to enlarge its factories.",
                     "The company continued to magnify its factories.") is None


def test_a_passive_said_of_the_claims_object_stands_in_the_place_of_the_claims_active_verb(read) -> None:
    claim = "Hackers stole the payment card details of the customers."
    assert _replaced(read, claim, "Payment card details were stored separately.") == ("stole", "stored")
    assert _replaced(read, claim, "Payment card details were stolen on Monday.") is None  # the claim's own verb
    # a passive inside a noun's phrase is not its clause's assertion
    assert _replaced(read, "Russia recruits migrant workers to fight in Ukraine.",
                     "Reports of migrant workers being sent to fight in Ukraine have circulated.") is None


def test_a_verb_the_claim_has_only_as_a_noun_is_the_sentences_own_in_the_verbs_place(read) -> None:
    said = "MPs voted by 330 to 275 on Friday to let a bill on assisted dying proceed to its next stage."
    assert _replaced(read, "MPs rejected the assisted dying bill by 330 votes to 275.", said) == ("rejected", "voted")
    # The claim's own verb is no other word in its place.
    assert _replaced(read, "MPs voted on the assisted dying bill.", said) is None


def test_past_a_prepositional_phrase_after_the_claims_subject_its_verb_is_in_the_claim_verbs_place(read) -> None:
    said = "An opposition amendment to keep both waste sites open by drawing on reserves was defeated."
    claim = "An opposition amendment to keep both waste sites open was passed."
    assert _replaced(read, claim, said) == ("passed", "defeated")
    assert _replaced(read, claim, said.replace("defeated", "passed")) is None  # the claim's own verb
    assert _replaced(read, claim, said.replace("defeated", "approved")) is None  # (WordNet: "pass" a bill)
    # a clause of its own inside the phrase: its verb is not the subject's
    assert _replaced(read, claim, "An opposition amendment to keep both waste sites open while the council was "
                                  "considering closures was passed.") is None


def test_what_the_sentence_says_of_a_word_of_a_passive_claims_subject_is_in_its_verbs_place(read) -> None:
    said = ("Police said door staff failed to call them after a customer was stabbed, and that CCTV from the night "
            "had been deleted.")
    assert _replaced(read, "The CCTV from the night of the stabbing was handed to police.", said) == (
        "handed", "deleted")
    # an active claim's verb may be said in another time: "Inez joined" / "Inez will be playing" is left alone
    assert _replaced(read, "Mike Inez joined Black Label Society for the tour.",
                     "Mike Inez will be playing bass for Black Label Society during the tour.") is None



def test_a_verb_of_saying_in_the_place_of_a_verb_that_tells_nothing_is_another_verb(read) -> None:
    said = "The University and College Union said staff had been offered a 1.4% rise and that the increase was bad."
    assert _replaced(read, "The University and College Union welcomed the increase.", said) == ("welcomed", "said")
    # a verb that says or finds something itself may be reported so
    said = "The coastguard said there was no sign of fuel leaking from the ship."
    assert _replaced(read, "The coastguard found no sign of fuel leaking from the ship.", said) is None


def test_a_past_claim_verbs_place_is_past_a_past_do_and_its_negation(read) -> None:
    said = "Professor Marsh did not attend a meeting of the governing body at which the cuts were approved."
    assert _replaced(read, "Professor Marsh opened the meeting at which the cuts were approved.", said) == (
        "opened", "attend")
