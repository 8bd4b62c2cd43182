from corroborate.matching import align
from corroborate.matching.analysis import ClaimAnalysis
from corroborate.matching.retrieval import term_matches

from .conftest import read_against, sentence


def _swapped(analysis: ClaimAnalysis, text: str) -> tuple[str, str] | None:
    """The claim words whose roles the sentence swaps, as align.swapped reads them, or None."""
    f = sentence(text)
    return align.swapped(analysis, f, align.aligned_positions(analysis, f, {}))


def test_a_more_specific_word_in_the_passage_stands_for_the_claims_word(read) -> None:
    analysis = read("Police seized weapons at the border.", "Police seized rifles at the border.")
    f = sentence("Police seized rifles at the border.")
    specific = align.more_specific(analysis, f, term_matches(analysis, f.stems))
    assert [analysis.terms[k].surface for k in specific] == ["weapons"]
    assert list(specific.values()) == ["rifles"]


def test_the_alignment_names_each_words_relation(read) -> None:
    claim = "Police seized weapons at the border."
    analysis = read(claim, "Officers seized rifles at the border.")
    f = sentence("Officers seized rifles at the border.")
    row = term_matches(analysis, f.stems)
    specific = align.more_specific(analysis, f, row)
    rows = align.alignment(analysis, f, align.aligned_positions(analysis, f, specific), specific, row)
    relations = {claim_word: relation for claim_word, _, relation in rows}
    assert relations["seized"] == "same word"
    assert relations["weapons"] == "more specific"
    assert relations["Police"] == "unrelated"


def test_a_short_claims_verb_must_be_in_the_sentence(read) -> None:
    analysis = read("The school was evacuated.", "The school was closed.")
    assert align.missing_verb(analysis, sentence("The school was closed."), {}) == "evacuated"
    assert align.missing_verb(analysis, sentence("The school was evacuated at noon."), {}) is None
    # a synonym of the verb a form comes from: "closed" is an adjective of its own, whose verb "close" is "shut"
    analysis = read("The schools were closed.", "Every school was shut.")
    assert align.missing_verb(analysis, sentence("Every school was shut."), {}) is None
    # a synonym of the phrasal verb the claim's verb makes with its particle: "put off" / "postponed"
    analysis = read("Many operations were put off.", "Many operations were postponed.")
    assert align.missing_verb(analysis, sentence("Many operations were postponed."), {}) is None
    assert align.missing_verb(analysis, sentence("Many operations were cancelled."), {}) == "put"
    # the claim's verb and its particle are one verb: the word alone, a noun here, does not say it
    said = "The break happened on Sunday, when a crack that scientists had been monitoring cut through the ice."
    analysis = read("Scientists said the iceberg would break up.", said)
    assert align.missing_verb(analysis, sentence(said), {}) == "break"
    assert align.missing_verb(analysis, sentence("Scientists think the iceberg will break up."), {}) is None
    # "on" before "to" is a particle: "held on to" is not "had held"
    said = "The Greens won the ward, taking a seat that Labour had held since 1974."
    assert align.missing_verb(read("Labour held on to the ward.", said), sentence(said), {}) == "held"
    # ... where it is a particle: "in" after "kept" opens a phrase
    said = "One of the crew was kept in hospital overnight."
    assert align.missing_verb(read("One crew member was kept in hospital.", said), sentence(said), {}) is None
    # a verb that reports a clause ("found that") does not stand for the clause's own
    said = "A tribunal found they were able to send substitutes in their place."
    analysis = read("The tribunal found that riders could set their own prices.", said)
    assert align.missing_verb(analysis, sentence(said), {}) == "set"
    said = "The tribunal found that riders could set their own prices."
    assert align.missing_verb(analysis, sentence(said), {}) is None
    # ... in an irregular form: "went up" / "rose" (go up: rise)
    analysis = read("Food prices went up in March.", "Food prices rose in March.")
    assert align.missing_verb(analysis, sentence("Food prices rose in March."), {}) is None
    # ... and the other way round: the passage's phrasal verb, whose synonym the claim's verb is ("go up": rise)
    # ... not a synonym or a derived form under a negator: "no deaths" does not say "died"
    analysis = read("Two firefighters died.", "Two firefighters were hurt, but no deaths were reported.")
    assert align.missing_verb(analysis, sentence("Two firefighters were hurt, but no deaths were reported."),
                              {}) == "died"
    assert align.missing_verb(analysis, sentence("Two deaths among firefighters were reported."), {}) is None
    analysis = read("Council tax will rise.", "Council tax will go up.")
    assert align.missing_verb(analysis, sentence("Council tax will go up."), {}) is None
    assert align.missing_verb(analysis, sentence("Council tax will go down."), {}) == "rise"


def test_swapped_roles_are_found_and_the_passive_keeps_them(read) -> None:
    analysis = read("Fleming discovered penicillin.", "Penicillin was discovered by Fleming.")

    assert _swapped(analysis, "Penicillin was discovered by Fleming.") is None
    assert _swapped(analysis, "Penicillin discovered Fleming.") is not None


def test_a_name_or_a_noun_wordnet_also_knows_as_a_verb_takes_a_side(read) -> None:
    analysis = read("Nujeen thanked Security Council members for her courage.")
    assert _swapped(analysis, "Security Council members thanked Nujeen for her courage.") is not None
    analysis = read("The building contains movable furniture.")
    assert _swapped(analysis, "Movable furniture contains the building.") is not None
    assert _swapped(analysis, "The building contains movable furniture.") is None


def test_a_word_said_twice_takes_the_side_where_it_first_stands(read) -> None:
    analysis = read("Occupying forces prohibit these regulations from compelling people to join their armed forces.")
    assert _swapped(analysis, "These regulations prohibit occupying forces from compelling people to join their "
                              "armed forces.") is not None


def test_a_verb_the_sentence_has_only_as_a_modifier_has_no_sides(read) -> None:
    analysis = read("The counties elect boards for regional planning.")
    assert _swapped(analysis, "The Board is made up of locally elected officials from the counties.") is None


def test_a_claim_word_said_twice_keeps_its_role_at_each_place(read) -> None:
    said = "Videos sent by readers show several migrants running away from police officers."
    analysis = read("Migrants sent videos showing police officers running away from migrants.", said)
    f = sentence(said)
    assert align.swapped(analysis, f, align.aligned_positions(analysis, f, {})) is not None
    same = "Migrants sent videos showing police officers running away from migrants."
    f = sentence(same)
    assert align.swapped(analysis, f, align.aligned_positions(analysis, f, {})) is None


def test_phrases_count_claim_word_pairs_that_stand_together(read) -> None:
    analysis = read("Migrants were sent to the front line.")
    def share(text: str) -> float:
        return align.phrase_share(analysis, [align.pairs_near(analysis, sentence(text))])

    assert share("Migrants were sent to the front line.") == 1.0
    assert share("Migrants said the front was calm; a line of trucks was sent away much later that week.") < 1.0


def test_a_claim_verb_is_not_aligned_with_a_kind_of_it_in_another_sense(read) -> None:
    from corroborate.matching.align import more_specific
    from corroborate.matching.retrieval import term_matches

    from .conftest import sentence

    # WordNet: to document is to support (with evidence); the claim's "supports" means something else.
    analysis = read("The population supports the war.", "The Center urges local populations to document cases.")
    f = sentence("The Center urges local populations to document cases.")
    assert more_specific(analysis, f, term_matches(analysis, f.stems)) == {}


def test_a_word_of_a_longer_name_is_no_kind_of_its_common_sense(read) -> None:
    # WordNet: a center is a kind of region; the National Resistance Center is an organisation.
    text = "The National Resistance Center says men are threatened."
    analysis = read("Men are threatened with deportation to other regions.", text)
    f = sentence(text)
    assert align.more_specific(analysis, f, term_matches(analysis, f.stems)) == {}
    # A capitalised word alone (at the start of a sentence) still stands for a kind.
    analysis = read("Weapons were found at the border.", "Rifles were found at the border.")
    f = sentence("Rifles were found at the border.")
    assert list(align.more_specific(analysis, f, term_matches(analysis, f.stems)).values()) == ["Rifles"]


def test_the_sides_of_a_comparison_are_roles_too(read) -> None:
    claim = "Some inmates would rather renounce their citizenship than take their own lives."
    analysis = read(claim, "Some inmates would rather take their own lives than renounce their citizenship.")

    assert _swapped(analysis, "Some inmates would rather take their own lives than renounce their citizenship.")
    assert _swapped(analysis, "Some inmates would rather renounce their citizenship than take their own lives.") is None
    # no comparison:
    assert _swapped(analysis, "Inmates renounce their citizenship; others take their own lives.") is None

    analysis = read("More migrants than Russians were recruited.", "More Russians than migrants were recruited.")
    f = sentence("More Russians than migrants were recruited.")
    assert align.swapped(analysis, f, align.aligned_positions(analysis, f, {})) is not None


def test_a_verb_that_takes_another_after_to_gives_the_roles_to_the_second(read) -> None:
    claim = "Ranariddh decided that CPP should attempt to reach parity with FUNCINPEC."
    analysis = read(claim, "Ranariddh decided that FUNCINPEC should attempt to reach parity with CPP.")

    assert _swapped(analysis, "Ranariddh decided that FUNCINPEC should attempt to reach parity with CPP.")
    assert _swapped(analysis, claim) is None


def test_a_long_claims_main_verb_is_not_stood_in_for_by_a_verb_that_says_which(read) -> None:
    from corroborate.matching.align import missing_main_verb

    claim = "Colony staff punished prisoners who beat the migrant inmates."
    calls = "The letter described calls by colony staff for other prisoners to beat the migrant inmates."
    analysis = read(claim, calls)
    reading = read_against(analysis, calls)
    assert missing_main_verb(analysis, reading.features, reading.specific) == "punished"
    # ... nor, with no clause mark before the main verb, one in a clause of the subject's that says which
    claim = "A piece of stone that fell from the spire in 2026 injured a verger."
    said = "Scaffolding went up after a piece of stone fell from the spire in 2026, narrowly missing a verger."
    analysis = read(claim, said)
    assert missing_main_verb(analysis, read_against(analysis, said).features, {}) == "injured"
    # ... nor one of its subject's participle that says which ("A group representing blind people")
    claim = "A group representing blind people welcomed the extension of the trial."
    said = "A group representing blind people said scooters were a danger and called for the trial to end."
    analysis = read(claim, said)
    assert missing_main_verb(analysis, read_against(analysis, said).features, {}) == "welcomed"
    # (a participle in the object is part of what the verb is said of: "found no sign of fuel leaking" may be said
    # as "said there was no sign of fuel leaking")
    claim = "The coastguard found no sign of fuel leaking from the ferry."
    said = "The coastguard said there was no sign of fuel leaking from the ship."
    analysis = read(claim, said)
    assert missing_main_verb(analysis, read_against(analysis, said).features, {}) is None
    # a kind of the claim's verb says it ("disciplined" is a kind of "punished")
    said = "Colony staff disciplined prisoners who beat the migrant inmates."
    reading = read_against(analysis, said)
    assert missing_main_verb(analysis, reading.features, reading.specific) is None
    # only a word read as a verb: a noun with a verb sense of that kind says nothing ("cannon fodder" / "release")
    claim = "Security forces release men who have not registered for military service."
    analysis = read(claim, claim)
    text = ("Russia has a shortage of cannon fodder, so security forces take men who have not registered for "
            "military service into custody.")
    reading = read_against(analysis, text)
    assert missing_main_verb(analysis, reading.features, reading.specific) == "release"


def test_a_clause_that_says_why_or_when_needs_its_verb_in_the_window(read) -> None:
    from corroborate.matching.align import missing_adverbial_verb

    claim = "Migrants are an easy target because they trust the police."
    analysis = read(claim, claim)

    def missing(*sentences: str) -> str | None:
        window = [read_against(analysis, s).features for s in sentences]
        return missing_adverbial_verb(analysis, window, {})

    assert missing("Migrants are an easy target, as many have no work permit.", "They fear the police.") == "trust"
    assert missing("Migrants are an easy target because they trust the police.") is None
    assert missing("Migrants are an easy target.", "They trust the police, and police exploit it.") is None
    # a noun after "after", or a participle with no subject of its own, opens no clause the rule reads
    for claim in ("Ambulances were diverted after a ransomware attack.",
                  "He was a regular presenter before becoming its host."):
        analysis = read(claim, claim)
        plain = read_against(analysis, "Ambulances were diverted. He was a regular presenter.").features
        assert missing_adverbial_verb(analysis, [plain], {}) is None


def test_a_pronoun_in_the_other_case_on_the_other_side_is_a_swap(read) -> None:
    said = "Several detainees said guards had beaten them after they complained about the food."
    claim = "Several detainees said they beat guards after complaining about the food."
    assert _swapped(read(claim, said), said) == ("they", "guards")
    claim = "Several detainees said guards beat them after they complained about the food."
    assert _swapped(read(claim, said), said) is None
    said = "The guard attacked him in the yard."
    assert _swapped(read("He attacked the guard.", said), said) == ("He", "guard")
    assert _swapped(read("He was attacked by the guard.", said), said) is None


def test_another_adjective_the_claims_verb_says_of_its_object_is_no_support(read) -> None:
    said = "Hollins Academy has been rated inadequate by Ofsted, two years after it was judged good."
    reading = read_against(read("Ofsted rated Hollins Academy good.", said), said)
    assert align.missing_predicate(reading.analysis, reading.features, reading.specific, reading.aligned) == "good"
    reading = read_against(read("Ofsted rated Hollins Academy inadequate.", said), said)
    assert align.missing_predicate(reading.analysis, reading.features, reading.specific, reading.aligned) is None


def test_the_claims_predicate_is_not_said_by_its_opposite_where_that_is_another_word_of_the_claim(read) -> None:
    # "far" is the opposite of "close", but here it is the claim's own "so far", said in the passage too
    said = "The regulator said the cracks found so far were well within safety limits."
    claim = "The regulator said the cracks found so far were close to safety limits."
    reading = read_against(read(claim, said), said)
    assert align.missing_predicate(reading.analysis, reading.features, reading.specific, reading.aligned) == "close"
    said = "The regulator said the cracks found so far were close to safety limits."
    reading = read_against(read(claim, said), said)
    assert align.missing_predicate(reading.analysis, reading.features, reading.specific, reading.aligned) is None


def test_the_predicate_of_a_clause_a_long_named_subject_reports_must_be_in_the_sentence(read) -> None:
    # "institute" before "had" ends the subject's phrase: the claim's predicate is what the reported clause says
    said = ("Heavy snowfall had left a weak layer under the fresh snow, the Swiss avalanche research institute said, "
            "and it had warned against going off-piste.")
    claim = "The Swiss avalanche research institute had said off-piste skiing was safe."
    reading = read_against(read(claim, said), said)
    assert align.missing_predicate(reading.analysis, reading.features, reading.specific, reading.aligned) == "safe"


def test_what_a_claim_with_no_verb_compares_its_subject_with_must_be_in_the_sentence(read) -> None:
    claim = "The university said the vice-chancellor's pay was above the average for universities of its size."
    analysis = read(claim, claim)
    assert analysis.terms[analysis.predicate_noun].surface == "average"
    said = "The University of Calderbridge has defended a 9% pay rise for its vice-chancellor."  # (its "has" is no
    # more general word for "average", whatever WordNet files the verb under)
    assert align.missing_predicate(analysis, sentence(said), {}) == "average"
    said = "The university said the vice-chancellor's pay was below the average for universities of its size."
    assert align.missing_predicate(analysis, sentence(said), {}) is None  # (its opposite: a conflict, read apart)


def test_a_short_claim_with_no_verb_must_have_the_noun_it_says_in_the_sentence(read) -> None:
    claim = "It was the first drone incident at the airport this year."
    analysis = read(claim, claim)
    assert analysis.predicate_noun is not None and analysis.terms[analysis.predicate_noun].surface == "incident"
    said = "Flying a drone near an airport is an offence punishable by up to five years in prison."
    assert align.missing_predicate(analysis, sentence(said), {}) == "incident"
    assert align.missing_predicate(analysis, sentence("It was the first drone incident this year."), {}) is None
    # a place after the copula is no noun the subject is
    assert read("The painting is in the collection of the Mauritshuis.").predicate_noun is None


def test_a_rank_or_a_scale_word_is_never_stood_for_by_a_more_specific_word(read) -> None:
    said = "Edinburgh zoo celebrates birth of twin red panda cubs"
    analysis = read("They are the first red pandas ever born at the zoo.", said)
    f = sentence(said)
    assert not any(analysis.terms[k].surface == "first"
                   for k in align.more_specific(analysis, f, term_matches(analysis, f.stems)))


def test_a_noun_that_wordnet_files_with_a_verbs_sense_does_not_say_the_verb(read) -> None:
    # "beat" (a policeman's round) is a noun's synonym of "round": "in round nine" says no beating
    text = "Lindqvist had led the tournament but lost to Mehta in round nine."
    analysis = read("Lindqvist beat Mehta in round nine.", text)
    assert align.missing_verb(analysis, sentence(text), {}) == "beat"
    # a synonym that reads as a verb, or a form derived from the verb, says it
    assert align.missing_verb(read("Mehta beat Lindqvist.", "Mehta trounced Lindqvist."),
                              sentence("Mehta trounced Lindqvist."), {}) is None


def test_a_clause_of_when_or_if_says_when_not_what_happened(read) -> None:
    from corroborate.matching.align import missing_main_verb

    claim = "Several people were injured when the sea wall was breached."
    said = "High tides breached a sea wall at Marsby on Tuesday night, flooding about 60 homes."
    analysis = read(claim, said)
    assert analysis.in_subordinate(analysis.verbs[-1])  # "breached", past its clause's own subject
    reading = read_against(analysis, said)
    assert missing_main_verb(analysis, reading.features, reading.specific) == "injured"
    # After a verb of telling or knowing, "when" opens what is told: no clause of time.
    told = read("Hauliers waiting at the gates were told when loading would restart.")
    assert not told.in_subordinate(told.verbs[-1])


def test_a_short_claim_whose_main_clause_the_passage_lacks_is_no_support(tmp_path) -> None:
    from corroborate.claims import Claim
    from corroborate.matching.matcher import Matcher
    from corroborate.sources import load_corpus

    (tmp_path / "flood.txt").write_text(
        "High tides breached a sea wall at Marsby on Tuesday night, flooding about 60 homes.\n"
        "No one was injured, but 140 residents spent the night in a rest centre.\n", encoding="utf-8")
    matcher = Matcher(load_corpus(tmp_path))
    found = [c for cs in matcher.match_claim(Claim("c", "Several people were injured when the sea wall was breached."))
             .values() for c in cs]
    assert not any(c.stance == "supports" for c in found)
    found = [c for cs in matcher.match_claim(Claim("c", "Homes were flooded when the sea wall was breached."))
             .values() for c in cs]
    assert any(c.stance == "supports" for c in found)


def test_a_short_claims_clause_of_why_or_when_needs_its_verb_too(tmp_path) -> None:
    from corroborate.claims import Claim
    from corroborate.matching.matcher import Matcher
    from corroborate.sources import load_corpus

    (tmp_path / "water.txt").write_text(
        "Northvale said it had found the parasite during routine testing on Friday.\n"
        "Three people had been treated for stomach illness.\n", encoding="utf-8")
    matcher = Matcher(load_corpus(tmp_path))

    def supported(claim: str) -> bool:
        return any(c.stance == "supports" for cs in matcher.match_claim(Claim("c", claim)).values() for c in cs)

    assert not supported("Northvale found the parasite after customers complained of illness.")
    assert supported("Northvale found the parasite during routine testing on Friday.")
