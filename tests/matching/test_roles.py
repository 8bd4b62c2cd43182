from corroborate.matching.roles import has_verb, predicates, sides, skip_determiners, swapped
from corroborate.text import tokenize


def verbs(text: str) -> list[str]:
    tokens = tokenize(text)
    return [tokens[i].surface for i in predicates(tokens)]


def test_verbs_are_found_by_context_and_by_wordnet() -> None:
    assert verbs("The National Resistance Center is run by the Russian government.") == ["run"]
    assert verbs("Fleming discovered penicillin in 1928.") == ["discovered"]
    assert verbs("Fourteen workers were taken to hospital.") == ["taken"]


def test_a_word_after_a_number_or_a_determiner_and_an_adjective_is_no_verb() -> None:
    assert verbs("The prize went to the 55 participating teams.") == ["went"]
    assert verbs("Some inmates would rather take their own lives.") == ["take"]
    assert "rules" not in verbs("Officials explained the new rules.")
    # a word right before an auxiliary ends its subject: "claims" is a noun there
    assert verbs("Migrants are held while their asylum claims are processed.") == ["held", "processed"]


def test_a_word_in_s_right_after_a_verb_is_its_object() -> None:
    assert verbs("Patronis continues to launch attacks on Gaetz.") == ["continues", "launch"]
    assert verbs("Police raid workplaces at night.") == ["raid"]


def test_a_participle_after_a_preposition_modifies_a_noun() -> None:
    assert verbs("The board is made up of locally elected officials.") == ["made"]
    assert verbs("Two guards were shot by armed men.") == ["shot"]
    assert verbs("The council of Ashby elected a new mayor.") == ["elected"]


def test_the_head_of_a_phrase_before_of_is_a_noun() -> None:
    assert verbs("The public awareness work of authorities is insufficient.") == []
    assert verbs("The patients died of cancer.") == ["died"]  # mostly a verb: kept


def test_after_an_auxiliary_a_form_of_a_verb_is_one_even_where_wordnet_lists_it_as_an_adjective() -> None:
    assert verbs("The factory had laid off forty temporary staff.") == ["laid"]
    assert verbs("Sandbags would be sold at the market square.") == ["sold"]


def test_an_adverb_between_an_auxiliary_and_a_form_of_a_verb_leaves_it_a_verb() -> None:
    assert verbs("The bloom was first spotted by a walker.") == ["spotted"]
    assert verbs("The flights were later cancelled.") == ["cancelled"]
    assert verbs("The school was almost complete.") == []  # (an adjective after "be" stays one past the adverb)


def test_after_a_form_of_be_an_adjective_that_is_no_participle_is_no_verb() -> None:
    assert verbs("The trust said its investigation was complete.") == []
    assert verbs("The road is clear again.") == []
    assert verbs("The road was cleared on Monday.") == ["cleared"]  # a participle: what was done
    assert verbs("The talks were held in Geneva.") == ["held"]


def test_after_a_form_of_be_a_verbs_base_form_used_often_as_an_adjective_is_one() -> None:
    # "be" takes a participle or a form in -ing, never a base form: "open" and "close" are adjectives there
    assert verbs("The gates were open on Monday.") == []
    assert verbs("The cracks were close to safety limits.") == ["limits"]
    # a base form that is its own participle, seldom an adjective, stays a verb: "cut", "set"
    assert verbs("Jobs were cut in March.") == ["cut"]
    assert verbs("The date was set last year.") == ["set"]


def test_a_plural_right_after_a_word_that_opens_a_clause_is_its_subject() -> None:
    found = verbs("The attack was discovered when nurses on the children's ward found the notes locked.")
    assert "nurses" not in found and "found" in found
    assert "prices" not in verbs("Sales fell because prices rose sharply.")


def test_a_past_form_between_two_phrases_is_a_verb_however_often_its_base_is_a_noun() -> None:
    assert verbs("Britain's Ministry of Defence questioned reports of Russian attempts.") == ["questioned"]
    assert verbs("Residents questioned the plan.") == ["questioned"]
    # a participle after a noun takes "by" or its own phrase: no object, no finite verb
    assert verbs("The reports questioned by experts were wrong.") == []


def _sides(text: str, words: list[str], verb: str):
    tokens = tokenize(text)
    where = {t.stem: i for i, t in enumerate(tokens) if t.surface in words}
    v = next(i for i, t in enumerate(tokens) if t.surface == verb)
    return sides(tokens, v, where)


def test_swapped_subject_and_object_are_found_and_the_passive_is_turned_active() -> None:
    claim = _sides("Fleming discovered penicillin.", ["Fleming", "penicillin"], "discovered")
    assert swapped(claim, _sides("Penicillin was discovered by Fleming.", ["Fleming", "Penicillin"],
                                 "discovered")) is None
    assert swapped(claim, _sides("Fleming was discovered by penicillin.", ["Fleming", "penicillin"],
                                 "discovered")) is not None


def test_a_progressive_is_no_passive() -> None:
    from corroborate.matching.roles import is_passive

    tokens = tokenize("The police were working with the trust.")
    assert not is_passive(tokens, 3)
    tokens = tokenize("The police were praised by the trust.")
    assert is_passive(tokens, 3)


def test_a_passive_that_names_no_agent_has_only_what_is_acted_on() -> None:
    # "when Storm Ines struck" follows the verb but is no agent of the damage.
    said = _sides("Homes were damaged when Storm Ines struck the coast.", ["Homes", "Ines"], "damaged")
    assert said[0] == set() and len(said[1]) == 1  # the homes only, acted on
    claim = _sides("Homes were damaged by Storm Ines.", ["Homes", "Ines"], "damaged")
    assert swapped(claim, said) is None
    assert swapped(_sides("Storm Ines damaged homes.", ["Ines", "homes"], "damaged"), said) is None


def test_a_passives_agent_ends_where_another_clause_begins() -> None:
    text = "The man was pulled from the water by two passers-by and taken to St Anne's Hospital."
    doers, done_to = _sides(text, ["man", "passers", "Hospital"], "pulled")
    assert doers == {"pass"}  # the passers-by pulled him
    assert "hospital" in done_to  # the hospital is where he was taken, no agent


def test_a_heading_has_no_verb_and_a_participle_opening_a_line_is_one() -> None:
    assert not has_verb(tokenize("Statement on the Fenwick junction incident"))
    assert has_verb(tokenize("Written for the Central Media Office of Hizb ut Tahrir by"))  # a form of "write"
    assert has_verb(tokenize("Police raided the market."))
    assert has_verb(tokenize("The company closed the Ashby plant."))  # "closed", an adjective too


def test_a_noun_phrases_head_before_a_past_form_is_the_subject_not_a_verb() -> None:
    from corroborate.matching.roles import predicates
    from corroborate.text import tokenize

    tokens = tokenize("The Inchmore ferry ran as normal on Monday.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["ran"]
    tokens = tokenize("The police raid homes every week.")  # (a present form: the verb itself)
    assert [tokens[i].surface for i in predicates(tokens)] == ["raid"]
    tokens = tokenize("Building work will begin next spring.")  # the first two words before an auxiliary: the subject
    assert [tokens[i].surface for i in predicates(tokens)] == ["begin"]
    # a determiner's phrase, however many modifiers long, ends before an auxiliary: a verb takes none after it
    tokens = tokenize("The Swiss avalanche research institute had warned against it.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["warned"]
    tokens = tokenize("The inquiry found officials had lied.")  # (a verb ends the phrase sooner)
    assert [tokens[i].surface for i in predicates(tokens)] == ["found", "lied"]
    # a year a preposition governs ends its phrase: the word after it may be a verb ("55 injured people": not)
    tokens = tokenize("A stone that fell from the spire in 2026 injured a verger.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["fell", "injured"]
    # a modifier inside a phrase a possessive opens, before its head and an auxiliary, is no verb ("hire")
    tokens = tokenize("Coventry's e-scooter hire trial will end this year.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["end"]
    # a base form ending its phrase right after a verb's past form is its object ("demand"), not a verb; an
    # adjective (a linking verb's "stayed open") or a compound's first word ("began strike action") is left alone
    tokens = tokenize("Donations had outstripped demand.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["outstripped"]
    tokens = tokenize("Donations had outstripped demand in the city.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["outstripped"]
    tokens = tokenize("The crash left 55 injured people.")
    assert "injured" not in [tokens[i].surface for i in predicates(tokens)]
    # a base form ending the sentence after a singular noun would agree with it ("a hosepipe bans"): a noun; a past
    # form spelled as its base takes an object there
    tokens = tokenize("Southern Water has introduced a hosepipe ban.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["introduced"]
    tokens = tokenize("A lorry hit his car.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["hit"]


def test_a_plural_after_a_preposition_and_a_noun_is_the_phrases_head_not_a_verb() -> None:
    tokens = tokenize("Having a Russian passport protects a migrant from police raids.")
    assert [tokens[i].surface for i in predicates(tokens)] == ["protects"]
    tokens = tokenize("Police raids workplaces.")  # (no preposition before: a verb)
    assert [tokens[i].surface for i in predicates(tokens)] == ["raids"]


def test_the_claims_doer_acted_upon_in_the_passage_is_a_swap_even_when_its_object_is_referred_to() -> None:
    from corroborate.matching.roles import acted_upon

    claim = ({"harassment", "women", "cities"}, {"campaign"})
    # "Such incitement has led to an increase in harassment of women in cities": the campaign is "such incitement"
    assert acted_upon(claim, (set(), {"harassment", "women", "cities"})) == ("cities", "campaign")
    # the claim's object said too, or one word of the subject left on its side: left to ``swapped`` and coverage
    assert acted_upon(claim, ({"campaign"}, {"harassment", "women", "cities"})) is None
    assert acted_upon(claim, ({"women"}, {"harassment", "cities"})) is None
    assert acted_upon(claim, (set(), {"harassment"})) is None  # one word: too little to tell


def test_determiners_are_skipped_either_way() -> None:
    tokens = tokenize("Tobacco and all the alcohol sold")
    assert tokens[skip_determiners(tokens, 2, 1)].surface == "alcohol"
    assert tokens[skip_determiners(tokens, 3, -1)].surface == "and"
    assert skip_determiners(tokens, 0, 1) == 0


def test_a_participle_after_an_adverb_that_compounds_it_and_before_a_noun_is_an_adjective() -> None:
    assert verbs("Russia promised the recruits well-paid combat roles.") == ["promised"]
    assert "built" not in verbs("Officials said newly built homes were flooded.")
    assert "built" in verbs("The council built homes on the estate.")


def test_a_personal_pronoun_names_its_person_in_either_case() -> None:
    from corroborate.matching.roles import person

    tokens = tokenize("They said guards had beaten them, and her son saw her.")
    keys = {t.surface: person(tokens, i) for i, t in enumerate(tokens)}
    assert keys["They"] == keys["them"] == "#them"
    assert person(tokens, 7) is None  # "her son": a possessive
    assert person(tokens, 10) == "#her"


def test_a_word_in_s_after_a_preposition_and_a_plural_is_a_verb() -> None:
    # two plurals do not make one noun: "seen by reporters implies" has a verb, "from police raids" none
    assert "implies" in verbs("A communique seen by reporters implies that talks failed.")
    assert verbs("The law protects migrants from police raids.") == ["protects"]


def test_a_plural_that_ends_a_verbs_object_phrase_is_its_head() -> None:
    assert verbs("The county councils have taken over the school bus routes.") == ["taken"]
    assert verbs("Police raided the market stalls.") == ["raided"]
    # a phrase that opens a clause may end on its verb, and one with an object after it is a clause's subject
    assert "votes" in verbs("After the school board votes, classes resume.")
    assert verbs("Western officials believe the constitution reflects good governance.") == ["believe", "reflects"]
    assert "ignores" in verbs("Some experts suspect the creature ignores him.")


def _sides_in(text: str, words: list[str], verb: str):
    """``_sides`` with the text, which shows what the tokens alone do not (a comma, a hyphen)."""
    tokens = tokenize(text)
    where = {t.stem: i for i, t in enumerate(tokens) if t.surface in words}
    v = next(i for i, t in enumerate(tokens) if t.surface == verb)
    return sides(tokens, v, where, text)


def test_a_participle_a_comma_sets_off_before_by_is_a_passive() -> None:
    doers, done_to = _sides_in("Clean-up crews, helped by around 200 volunteers, have been removing oil.",
                               ["crews", "volunteers"], "helped")
    stem = {t.surface: t.stem for t in tokenize("crews volunteers")}
    assert doers == {stem["volunteers"]} and done_to == {stem["crews"]}
    claim = _sides_in("About 200 volunteers are helping clean-up crews.", ["volunteers", "crews"], "helping")
    assert swapped(claim, (doers, done_to)) is None
    assert swapped(_sides_in("Crews are helping volunteers.", ["Crews", "volunteers"], "helping"),
                   (doers, done_to)) is not None
    # with no comma, a past form before "by" may be a past tense: "prices rose by 5%"
    assert len(_sides_in("Prices rose by five points.", ["Prices", "points"], "rose")[0]) == 1


def test_a_participle_a_hyphen_joins_to_a_word_is_a_passive_whose_agent_is_that_word() -> None:
    said = _sides_in("The Russian-backed separatists attacked the town.", ["Russian", "separatists"], "backed")
    stem = {t.surface: t.stem for t in tokenize("Russian separatists")}
    assert said == ({stem["Russian"]}, {stem["separatists"]})
    assert swapped(_sides_in("Russian forces backed the separatists.", ["Russian", "separatists"], "backed"),
                   said) is None
    assert swapped(_sides_in("The separatists backed Russian forces.", ["separatists", "Russian"], "backed"),
                   said) is not None


def test_a_participle_after_a_verbs_object_says_what_the_object_underwent() -> None:
    from corroborate.matching.roles import participle_of_a_noun

    text = "Rescuers treated 46 seabirds covered in oil."
    tokens = tokenize(text)
    assert participle_of_a_noun(text, tokens, 4)
    assert _sides_in(text, ["seabirds", "oil"], "covered") == (set(), {tokenize("seabirds")[0].stem})
    # a finite verb after its subject, past a participle earlier on, is none
    text = "The waiting list for planned hospital treatment in Westmoor fell to 612,000."
    assert not participle_of_a_noun(text, tokenize(text), 9)
    text = "The airport's chief operating officer, Leon Marsh, apologised to passengers."
    assert not participle_of_a_noun(text, tokenize(text), 8)


def test_the_object_after_a_verb_is_read_after_a_progressive_not_after_a_passive() -> None:
    from corroborate.matching.roles import object_after

    text = "The train was carrying hazardous goods."
    tokens = tokenize(text)
    assert [tokens[i].surface for i in object_after(tokens, text, 3)] == ["hazardous", "goods"]
    text = "The goods were carried by the train."
    assert object_after(tokenize(text), text, 3) == []
