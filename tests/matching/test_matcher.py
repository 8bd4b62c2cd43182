"""Support is more than shared words: numbers, names and polarity must agree."""


import pytest

from corroborate.claims import Claim
from corroborate.matching.matcher import Matcher
from corroborate.sources import load_corpus

from .conftest import candidates_in


@pytest.fixture
def matcher(tmp_path):
    def make(text: str) -> Matcher:
        (tmp_path / "source.txt").write_text(text, encoding="utf-8")
        (tmp_path / "other.txt").write_text(
            "The weather in the capital was mild. Officials met the press on Tuesday. "
            "Markets were calm and trade continued as usual.", encoding="utf-8")
        return Matcher(load_corpus(tmp_path))
    return make


def best(m: Matcher, text: str):
    results = m.match_claim(Claim("c", text))
    for index, candidates in results.items():
        if m.corpus.sources[index].path.name == "source.txt":
            return candidates[0]
    return None


@pytest.mark.parametrize("claim, stance", [
    ("Police detained 1,500 migrants at the market in Osh.", "contradicts"),  # two counts that read like years
    ("Police detained 2000 migrants at the market in Osh.", "supports"),
    ("Police detained 35 migrants at the market in Osh.", "contradicts"),
])
def test_a_different_count_in_the_same_place_contradicts(matcher, claim, stance):
    m = matcher("Police detained 2,000 migrants at the market in Osh, officials said.")
    assert best(m, claim).stance == stance


def test_a_year_and_a_count_in_the_same_place_do_not_disagree():
    from corroborate.matching.values import comparable as _comparable
    from corroborate.text import tokenize

    (in_2019, two_thousand, fifteen, in_1999) = [t for t in tokenize("2019 2,000 15 1999") if t.number]
    assert _comparable(in_2019, in_1999) and _comparable(two_thousand, fifteen)
    assert not _comparable(in_2019, fifteen) and not _comparable(in_2019, two_thousand)


def test_the_reason_names_the_claims_names_and_numbers_the_passage_lacks(matcher):
    m = matcher("Police in Osh detained forty migrants at the central market on Tuesday, officials said.")
    c = best(m, "Police in Osh and Bishkek detained 40 migrants at the central market on Tuesday.")
    assert c.stance is None and c.reason == "Bishkek (in the claim) is not in the passage"
    c = best(m, "Police in Osh detained 40 migrants at the central market on Tuesday in 2019.")
    assert c.stance is None and c.reason == "2019 (in the claim) is not in the passage"


@pytest.mark.parametrize("passage, claim", [
    ("Patients given favipiravir had better outcomes than the control group.",
     "Patients given favipiravir had worse outcomes than the control group."),
    ("The outcomes of patients given favipiravir were similar to the control group's.",
     "The outcomes of patients given favipiravir were dissimilar to the control group's."),
])
def test_an_opposite_word_contradicts(matcher, passage, claim):
    assert best(matcher(passage), claim).stance == "contradicts"


def test_paraphrase_with_inflections_is_support(matcher):
    m = matcher("Thousands of labour migrants were forcibly enlisted into the army last year.")
    c = best(m, "Labor migrants are forcibly enlisted into the army.")
    assert c.stance == "supports"


def test_number_must_agree(matcher):
    m = matcher("About 10 thousand individuals have been sent to the front, the official said.")
    assert best(m, "About 10,000 individuals have been sent to the front.").stance == "supports"
    assert best(m, "About 4,000 individuals have been sent to the front.").stance != "supports"


def test_negation_contradicts(matcher):
    m = matcher("The ministry did not approve the new recruitment contracts for foreign workers.")
    c = best(m, "The ministry approved the new recruitment contracts for foreign workers.")
    assert c.stance == "contradicts"


@pytest.mark.parametrize("claim, stance", [
    ("Scientists were not able to isolate the virus from urine.", "contradicts"),
    ("Scientists were able to isolate the virus from urine.", "supports"),
    ("Scientists managed to isolate the virus from urine.", "supports"),
])
def test_an_implicative_says_its_complement_and_weighs_nothing_of_its_own(matcher, claim, stance):
    # "able to X" says X; negated, it says not X: the passage need not say "able" to take a stance
    m = matcher("Scientists isolated the virus from urine, the study reports.")
    assert best(m, claim).stance == stance


def test_a_heading_and_a_date_line_say_nothing_happened(tmp_path):
    # a window of the title and a short date line has most of the claim's words and no verb
    (tmp_path / "source.txt").write_text("Statement on the Fenwick junction incident\n\nEastline Rail press office, "
                                         "11 June 2025\n\nSafety is our first priority, said the director.\n")
    (tmp_path / "other.txt").write_text("Passenger services on the coast were cut. A tram derailed in the city. Bus "
                                        "services resumed. A freight train derailed in the hills.\n")
    c = best(Matcher(load_corpus(tmp_path)), "One of Eastline Rail's passenger services derailed at Fenwick junction.")
    assert c.stance is None and "no verb" in c.reason


def test_a_claim_that_tells_of_a_report_is_supported_by_the_same_report(matcher):
    told = "Another theory is that a farmer saw a mamba shedding its skin near the river."
    assert best(matcher(told), told).stance == "supports"
    # ... and the report does not support what it reports
    assert best(matcher(told), "A farmer saw a mamba shedding its skin near the river.").stance is None


def test_a_sentence_that_takes_up_its_subject_may_leave_the_rest_to_the_windows_sentences_before_it(matcher):
    text = ("Nine people were hurt when a freight train came off the rails at the junction. Three of the injured "
            "were taken to hospital. Eleven of the twenty-two wagons overturned.")
    assert best(matcher(text), "Eleven of the freight train's twenty-two wagons overturned.").stance == "supports"


def test_a_sentence_in_the_first_person_plural_speaks_for_whoever_signs_the_date_line(matcher):
    text = ("Proposal to consolidate manufacturing\n\nCorvell Industries plc, 18 May 2026\n\nThe company proposes to "
            "close its Ashby site. The decision reflects higher energy costs. Demand has fallen for two years. "
            "Talks with the unions begin on Monday. We will support every affected colleague, said Stefan Hollis, "
            "chief executive.\n")
    claim = Claim("c", "Stefan Hollis is Corvell's chief executive.")

    def quote_stance(source: str):
        m = matcher(source)
        for index, candidates in m.match_claim(claim).items():
            if m.corpus.sources[index].path.name == "source.txt":
                return next(c.stance for c in candidates if c.passage.line == c.passage.end_line == 5 and not c.extra)
        return None

    assert quote_stance(text) == "supports"
    assert quote_stance(text.replace("We will support", "The group will support")) is None


def test_us_in_a_sentence_is_whoever_signs_the_date_line_too(matcher):
    text = ("Millbrook bridge collapse: what we know\n\nArden Online, 2 November 2024\n\nThe footbridge collapsed "
            "on Saturday afternoon. Readers have sent us photographs of the river, which you can see in our gallery.\n")
    assert best(matcher(text), "Readers have sent Arden Online photographs of the river.").stance == "supports"
    # "us" is no word of the claim's: it does not stand for the country
    assert best(matcher(text.replace("sent us", "sent the council")),
                "Readers have sent Arden Online photographs of the river.").stance != "supports"


def test_opposite_term_contradicts(matcher):
    m = matcher("Hospital admissions decreased sharply after the vaccination campaign started.")
    c = best(m, "Hospital admissions increased sharply after the vaccination campaign started.")
    assert c.stance == "contradicts"


def test_swapped_name_contradicts(matcher):
    m = matcher("The Center, which is run by the Ukrainian government, published the report.")
    c = best(m, "The Center is run by the Russian government.")
    assert c.stance == "contradicts"
    assert "Ukrainian" in c.reason


def test_shared_words_alone_are_not_support(matcher):
    m = matcher("Migrants in Russia work on construction sites and pay for work permits.")
    c = best(m, "Russia sends migrants to fight on the front line.")
    assert c is None or c.stance is None


def test_a_negating_word_with_a_meaning_of_its_own_is_not_a_plain_not(matcher):
    m = matcher("Officials said the new citizens have not registered for military service in the region.")
    exempt = best(m, "New citizens are exempt from registering for military service.")
    assert exempt.stance is None and "exempt" in exempt.reason
    assert best(m, "New citizens have not registered for military service.").stance == "supports"
    m = matcher("Officials said the new citizens refused to register for military service in the region.")
    assert best(m, "New citizens refused to register for military service.").stance == "supports"


def test_an_opposite_in_a_longer_form_still_disagrees(matcher):
    m = matcher("Patients with COVID-19 who received favipiravir showed a clear improvement in the trial.")
    c = best(m, "Favipiravir worsened COVID-19 in patients in the trial.")
    assert c.stance != "supports" and "improvement" in " ".join(c.signals.conflicts)


def test_sources_that_cannot_take_a_stance_are_scored_only_for_the_closest_near_misses(tmp_path):
    (tmp_path / "a.txt").write_text("Ivanov on the raids in Osh\n\nThe market was calm in the morning. "
                                    "He said the raids targeted migrant workers from the city.\n")
    for n in range(15):
        (tmp_path / f"other{n:02}.txt").write_text(f"Report {n}: the weather in Osh was mild and the market was calm.\n")
    corpus = load_corpus(tmp_path)
    claim = Claim("c", "Ivanov said the raids in Osh targeted migrant workers.")
    every = Matcher(corpus, exhaustive=True, near_miss_sources=None).match_claim(claim)
    closest = Matcher(corpus, exhaustive=True).match_claim(claim)
    stance = {corpus.sources[i].path.name: cands[0].stance for i, cands in every.items()}
    assert stance["a.txt"] == "supports"  # the name comes from the title: kept, though its sentence lacks it
    assert {corpus.sources[i].path.name: cands[0].stance for i, cands in closest.items()}.items() <= stance.items()
    assert len(every) == 16 and len(closest) < len(every)


def test_the_feature_cache_is_bounded_and_forgetting_changes_nothing(tmp_path, monkeypatch):
    from corroborate.matching import matcher as match

    places = [("Osh", "cotton"), ("Bishkek", "bread"), ("Samarkand", "silk"), ("Tashkent", "melon"), ("Dushanbe", "tea")]
    for city, goods in places:
        (tmp_path / f"{city}.txt").write_text(f"Police in {city} raided the {goods} market. {city} officials held migrants.\n")
    corpus = load_corpus(tmp_path)
    claims = [Claim(city, f"Police in {city} raided the {goods} market.") for city, goods in places]
    kept = Matcher(corpus)
    remembered = [kept.match_claim(c) for c in claims]
    assert kept.cached_sentences > 0
    monkeypatch.setattr(match, "MAX_CACHED_FEATURES", 0)
    forgetful = Matcher(corpus)
    assert [forgetful.match_claim(c) for c in claims] == remembered
    last_only = Matcher(corpus)
    last_only.match_claim(claims[-1])
    assert forgetful.cached_sentences == last_only.cached_sentences < kept.cached_sentences  # forgotten before each


def test_a_passage_that_names_no_year_speaks_of_the_year_its_source_is_dated(tmp_path):
    (tmp_path / "a.txt").write_text("Raids in Osh\nPublished 12 March 2019\n\nPolice raided the central market in "
                                    "Osh and detained forty migrants.\nIn 2015 police raided the bus station in Osh.\n")
    (tmp_path / "b.txt").write_text("Weather in Bishkek\nThe weather was mild.\n")
    m = Matcher(load_corpus(tmp_path))
    dated = best_in(m, "In 2019 police raided the central market in Osh.", "a.txt")
    assert dated.stance == "supports" and dated.passage.line == 4
    assert "2019 is the source's date (line 2)" in dated.reason
    # A passage that names a year of its own speaks of that year, not of the date line's.
    other_year = best_in(m, "In 2019 police raided the bus station in Osh.", "a.txt")
    assert other_year.stance != "supports"


def test_a_passage_that_names_no_date_speaks_of_the_day_of_its_date_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Raids in Osh\n\nMigrant workers, trade and the city\n\nBy A. Reporter\n\nThe city's markets\n\nShare\n\n"
        "Most read\n\n"
        "Posted: 9:36 PM, Nov 14, 2018 | Updated\n\nPolice raided the central market in Osh and detained forty "
        "migrants.\nIn March police raided the bus station in Osh.\n")
    (tmp_path / "b.txt").write_text("Weather in Bishkek\nThe weather was mild.\n")
    m = Matcher(load_corpus(tmp_path))
    dated = best_in(m, "On November 14, 2018, police raided the central market in Osh.", "a.txt")
    assert dated.stance == "supports" and dated.passage.line == 15
    assert "November is the source's date (line 13)" in dated.reason
    assert "14 is the source's date (line 13)" in dated.reason and "2018 is the source's date (line 13)" in dated.reason
    assert best_in(m, "On November 15, 2018, police raided the central market in Osh.", "a.txt").stance != "supports"
    assert best_in(m, "In December 2018 police raided the central market in Osh.", "a.txt").stance != "supports"
    # A passage that names a month of its own speaks of that month, not of the date line's.
    assert best_in(m, "In November 2018 police raided the bus station in Osh.", "a.txt").stance != "supports"


def test_full_dates_are_read_in_the_ways_pages_write_them():
    from corroborate.text import full_dates

    assert full_dates("Posted: 9:36 PM, Nov. 14, 2018") == [(2018, 11, 14)]
    assert full_dates("Sun 15 Mar 2015 03.00 EDT") == [(2015, 3, 15)]
    assert full_dates("PUBLISHED DATETIME: 2016-08-25 00:00:00") == [(2016, 8, 25)]
    assert full_dates("SEPTEMBER 3rd, 2019") == [(2019, 9, 3)]
    assert full_dates("In 2018 there were 14 raids; Room 2018-99") == []


def best_in(m: Matcher, text: str, name: str):
    results = m.match_claim(Claim("c", text))
    (index,) = [i for i, s in enumerate(m.corpus.sources) if s.path.name == name]
    return results[index][0]


def test_a_passage_about_something_else_does_not_contradict(matcher):
    # Without the claim's subject, "lower risk of mortality" is said of another treatment: no stance.
    m = matcher("Patients given plasma had a lower risk of mortality in the trial.")
    c = best(m, "Hydroxychloroquine does not lower the risk of mortality in the trial.")
    assert c.stance is None
    m = matcher("Hydroxychloroquine lowers the risk of mortality in the trial.")
    c = best(m, "Hydroxychloroquine does not lower the risk of mortality in the trial.")
    assert c.stance == "contradicts"


def test_an_opposite_scale_word_about_something_else_neither_contradicts_nor_supports(matcher):
    m = matcher("Seven days after testing, residents spread the virus while developing symptoms.")
    c = best(m, "Residents spread the virus before developing symptoms.")
    assert (c.stance, c.reason) == (None, "the passage says 'after', but not of what the claim's 'before' is said of")
    m = matcher("Residents who tested positive after the choir practice spread the virus before developing symptoms.")
    assert best(m, "Residents spread the virus before developing symptoms.").stance == "supports"
    m = matcher("The county said residents spread the virus after developing symptoms.")
    assert best(m, "Residents spread the virus before developing symptoms.").stance == "contradicts"


@pytest.mark.parametrize("passage, claim", [
    ("The agency urged residents not to walk or drive through flood water.",
     "The agency urged residents to drive through flood water."),
    ("The barrier was designed for a one-in-a-hundred-year flood, the agency said.",
     "The barrier was designed for a one-in-a-thousand-year flood."),
])
def test_a_word_joined_by_or_to_a_negated_one_and_a_number_in_words_are_read(matcher, passage, claim):
    assert best(matcher(passage), claim).stance == "contradicts"


def test_a_number_in_words_meets_the_same_number_in_digits(matcher):
    m = matcher("The museum says it has had more than 500,000 visitors since it opened.")
    assert best(m, "The museum has had over half a million visitors since it opened.").stance == "supports"
    assert best(m, "The museum has had over a million visitors since it opened.").stance == "contradicts"


def test_windows_left_unjudged_as_padding_change_nothing(monkeypatch):
    """A window that only adds empty sentences to a judged one is not judged: the candidates are the same."""
    from pathlib import Path

    from corroborate.claims import load_claims
    from corroborate.matching import matcher as match

    root = Path(__file__).resolve().parents[2]
    corpus = load_corpus(root / "seeds")
    claims = load_claims(root / "claims.yaml").claims
    padded = [Matcher(corpus).match_claim(c) for c in claims]
    monkeypatch.setattr(match, "_padded", lambda *args: {})
    assert [Matcher(corpus).match_claim(c) for c in claims] == padded


def test_a_verb_negated_where_it_comes_again_is_negated(matcher):
    # The claim uses "painting" twice; its negated verb is what it says of the tree.
    m = matcher("In those summers of painting in the desert, I was painting the tree at the spring.")
    c = best(m, "In those summers of painting in the desert, I was not painting the tree at the spring.")
    assert c.stance == "contradicts"


def stances(m: Matcher, claim: str, source_prefix: str) -> set:
    return {c.stance for c in candidates_in(m, claim, source_prefix)}


def test_a_neighbour_cannot_make_a_sentence_about_something_else_contradict(seeds_matcher):
    # In 001 the migrant workers are in the sentences before; "refusing to carry out orders" is said of
    # Nepalese mercenaries deserting: the raids are not denied there.
    assert "contradicts" not in stances(seeds_matcher, "Raids on migrant workers are carried out across Russia.", "001")


def test_a_noun_a_claim_puts_off_is_not_stated_by_its_mere_mention(seeds_matcher):
    # 004: "forced mobilization of Ukrainian citizens in occupied territories violates ..." says nothing of
    # Russia's postponing the mobilisation of its own.
    assert "contradicts" not in stances(seeds_matcher, "Russia has postponed the mobilisation of its own citizens.", "004")
    # ... while a verb says it: "must register" against "exempt from registering".
    assert "contradicts" in stances(seeds_matcher, "Bastrykin said that new citizens are exempt from registering "
                                                   "for military service.", "001")


def test_what_must_be_is_not_what_is(seeds_matcher):
    # 001 says new citizens have not registered, and that they must: neither says they need not.
    claim = "Bastrykin said that new citizens do not have to register with the military."
    found = stances(seeds_matcher, claim, "001")
    assert "supports" not in found and "contradicts" in found  # ("must register with the military")


def test_an_obligation_alone_does_not_support_a_fact(matcher):
    m = matcher("Under the new law, all migrants must register with the police within a week.")
    assert best(m, "All migrants registered with the police within a week.").stance != "supports"
    assert best(m, "All migrants are required to register with the police within a week.").stance == "supports"


def test_a_neighbour_never_supplies_a_negator(seeds_matcher):
    # 001: "in exchange for signing military contracts"; "for refusing to carry out orders" comes two
    # sentences later, about deserters.
    claim = "Migrants are offered fast-track Russian citizenship in exchange for refusing military contracts."
    assert "supports" not in stances(seeds_matcher, claim, "001")


def test_a_short_claim_is_not_stitched_from_what_one_sentence_is_about_and_what_another_says(matcher):
    m = matcher("The shop on the corner sold tobacco and alcohol for years. Photography is not allowed inside.")
    found = best(m, "Tobacco and alcohol are not allowed.")
    assert found.stance != "supports" and "gives it 'Photography', not the claim's 'Tobacco'" in found.reason
    m = matcher("The shop on the corner sold tobacco and alcohol for years. Photography by visitors is not allowed.")
    found = best(m, "Tobacco and alcohol are not allowed.")
    assert found.stance != "supports" and "does not say what it is about" in found.reason
    # The sentence takes the subject up again by its head ("raids"), the rest said just before: support.
    m = matcher("Raids on places where migrant workers live continued in May. Such raids are carried out "
                "with brute force.")
    assert best(m, "Raids on migrant workers are carried out with force.").stance == "supports"
    # What it is about, in the sentence that says it: support.
    m = matcher("The museum opened in 1903. Tobacco and alcohol are not allowed inside the museum.")
    assert best(m, "Tobacco and alcohol are not allowed.").stance == "supports"


def test_a_short_claims_subject_may_be_named_before_or_said_in_other_words(matcher):
    # A name the sentences before give ("He"), a synonym, a name with another ending: still support.
    m = matcher("Anna Petrova joined the team in May. She was recalled by the Wizards a week later.")
    assert best(m, "Petrova was recalled by the Wizards a week later.").stance == "supports"
    m = matcher("Reports showed mercenaries from Nepal deserting from the Russian army.")
    assert best(m, "Nepalese mercenaries deserted from the Russian army.").stance == "supports"


def test_a_claim_that_names_nothing_it_is_about_is_contradicted_only_by_all_the_rest(matcher):
    m = matcher("The documentary took two years to make, the director said.")
    assert best(m, "It took five years to make the film and three years to write it.").stance is None
    m = matcher("The film took two years to make and three years to write.")
    assert best(m, "It took five years to make the film and three years to write it.").stance == "contradicts"


def test_two_names_the_source_writes_side_by_side_are_one(matcher):
    m = matcher("Daniel LaRusso returns. It reignites his rivalry with a now-successful Daniel, who struggles.")
    assert best(m, "It reignites his rivalry with a now-successful LaRusso, who struggles.").stance != "contradicts"


def test_roles_are_kept_around_each_verb_of_a_claim_with_several(matcher):
    m = matcher("Videos sent by readers show several migrants running away from police officers.")
    found = best(m, "Videos sent by readers show police officers running away from migrants.")
    assert found.stance != "supports" and "roles differ" in found.reason
    assert best(m, "Videos sent by readers show migrants running away from police officers.").stance == "supports"


def test_what_a_claim_says_of_its_subject_is_not_taken_from_a_neighbour(matcher):
    m = matcher("Citizens must know the legal consequences of fighting abroad. Participation in military "
                "activities abroad violates the criminal codes of many countries.")
    found = best(m, "Participation in military activities abroad is legal under the criminal codes of many countries.")
    assert found.stance != "supports" and "'legal'" in found.reason


def test_a_neighbour_does_not_supply_the_claims_verb(matcher):
    m = matcher("The campaign is activating nationalist sentiments among the population. Such incitement has "
                "led to an increase in cases of harassment against Muslim women on the streets.")
    found = best(m, "Harassment of Muslim women has declined because of nationalist sentiment.")
    assert found.stance != "supports"


def test_a_sentence_that_opens_on_a_pronoun_speaks_of_what_the_one_before_names(matcher):
    m = matcher("Foreign prisoners in the colony find themselves in a difficult situation. Many do not want to "
                "fight.")
    assert best(m, "Foreign prisoners in the colony do not want to fight.").stance == "supports"
    # ... but "we" is the writer: the sentence before does not say who "we" are.
    m = matcher("We built a model to simulate transmission of the virus. We project that outbreaks will occur "
                "after the first wave.")
    assert best(m, "Transmission occurs after the first wave.").stance != "supports"


def test_a_short_claims_subject_is_sought_even_when_its_verb_is_there(matcher):
    m = matcher("The prisoners are in a difficult situation. The Russian population is against this war and does "
                "not want to fight in it.")
    assert best(m, "Many of the prisoners do not want to fight.").stance != "supports"


def test_a_claim_that_only_wonders_is_not_supported_by_a_source_in_doubt(matcher):
    claim = "The rancher began to wonder if the old view of bears as an enemy was fair."
    m = matcher("It is still unclear whether the rancher began to wonder if the old view of bears as an enemy "
                "was fair.")
    assert best(m, claim).stance is None
    m = matcher("The rancher began to wonder if the old view of bears as an enemy was fair.")
    assert best(m, claim).stance == "supports"


def test_an_attempt_is_matched_by_an_attempt_in_other_words(matcher):
    m = matcher("Russian forces are attempting to compensate for front-line losses through mobilization.")
    assert best(m, "Russian forces try to compensate for front-line losses through mobilization.").stance == \
        "supports"


@pytest.mark.parametrize("claim", ["SARS-CoV-3 control in the United States is hampered by limited testing.",
                                   "Control of SARS-CoV-3 in the United States is hampered by limited testing."])
def test_a_word_with_other_digits_is_another_thing_wherever_it_stands(matcher, claim):
    m = matcher("SARS-CoV-2 control in the United States is hampered by limited testing.")
    assert best(m, claim).stance != "supports"
    assert best(m, claim.replace("SARS-CoV-3", "SARS-CoV-2")).stance == "supports"


def test_a_name_replaced_in_its_place_is_not_given_by_the_sentence_before(matcher):
    m = matcher("Each fighter unit comes under the command of an Air Wing. Christmas Day in the Serchio Valley "
                "was spent in positions which had been occupied for some weeks.")
    claim = "Christmas Day in the {} Valley was spent in positions which had been occupied for some weeks."
    assert best(m, claim.format("Wing")).stance != "supports"
    assert best(m, claim.format("Serchio")).stance == "supports"


def test_a_name_the_sentence_takes_up_in_other_words_is_still_given_by_the_one_before(matcher):
    m = matcher("Alexander Bastrykin spoke at the forum on Tuesday. He said new citizens must register with the "
                "military.")
    assert best(m, "Bastrykin said new citizens must register with the military.").stance == "supports"
    # ... and a near spelling in the name's place is the same name ("Central Asia" / "Central Asian").
    m = matcher("Recruitment of Central Asian citizens is a serious problem. Authorities in all countries of "
                "Central Asia now need to cooperate and exchange information to resist the recruitment.")
    assert best(m, "Central Asian authorities need to cooperate and exchange information to resist the "
                   "recruitment.").stance == "supports"


@pytest.mark.parametrize("written", ["U.S.", "US"])
def test_a_name_of_several_words_may_be_written_by_its_initials(matcher, written):
    m = matcher(f"Jeff Carlisle covers MLS and the {written} national team for ESPN FC.")
    assert best(m, "Jeff Carlisle covers MLS and the United States national team for ESPN FC.").stance == \
        "supports"
    m = matcher(f"Jeff Carlisle covers MLS and the {written} national team for ESPN FC.")
    assert best(m, "Jeff Carlisle covers MLS and the United Kingdom national team for ESPN FC.").stance != \
        "supports"


@pytest.mark.parametrize("source, stance", [
    # "Not diverted" says "not diverted to Kingsford" too: negation reverses entailment.
    ("Ambulances were not diverted, a spokesman for the ambulance service said.", "contradicts"),
    # ... but not of something else, nor when the claim's words it lacks come before the verb.
    ("Buses were not diverted, a spokesman for the council said.", None),
])
def test_a_sentence_negating_the_claims_verb_alone_contradicts_what_the_claim_adds_to_it(matcher, source, stance):
    m = matcher(source)
    found = best(m, "Ambulances were diverted to Kingsford.")
    assert (found.stance if found else None) == stance
    assert best(m, "Kingsford ambulances were diverted.") is None or best(m, "Kingsford ambulances were diverted.").stance is None


def test_what_a_source_says_was_so_before_supports_a_claim_of_the_past_only(seeds_matcher):
    # 002: "if previously having a Russian passport was a privilege for a migrant - a person was exempt from paying
    # a labor patent ..., now a Russian passport has begun to pose a mortal threat to its owner."
    assert "supports" in stances(seeds_matcher, "A Russian passport used to exempt a migrant from paying for a "
                                                "labour patent.", "002")
    assert "supports" in stances(seeds_matcher, "A Russian passport was once a privilege for a migrant.", "002")
    assert "supports" not in stances(seeds_matcher, "Migrants with Russian citizenship are exempt from paying for a "
                                                    "labour patent.", "002")


def test_the_sentence_that_holds_the_claim_is_the_one_with_its_main_verb(tmp_path) -> None:
    # "volunteer" is the verb of a relative clause: what the claim asserts is what prisoners are promised, so
    # the second sentence decides, and what it promises is not what the claim says
    (tmp_path / "report.txt").write_text("Many prisoners in the colony volunteer for the war in Ukraine. Those who "
                                         "agree are promised better treatment by the guards.\n")
    (tmp_path / "other.txt").write_text("The weather was mild in the capital on Monday.\n")
    [best, *_] = candidates_in(Matcher(load_corpus(tmp_path)),
                               "Prisoners who volunteer for the war are promised worse treatment.", "report")
    assert best.stance is None and "'better treatment', not 'worse treatment'" in best.reason


def test_a_neighbour_saying_plainly_what_the_anchor_negates_as_the_claim_does_speaks_of_another_time(seeds_matcher):
    # 000: "... sign contracts with the Russian Ministry of Defense. He stated that ... signing military contracts.
    # 'If you don't sign, you'll be sent to solitary confinement.'": the neighbours' "sign" is another signing
    assert "supports" in stances(seeds_matcher, "According to Jovid, prisoners who do not sign are sent to solitary "
                                                "confinement.", "000")
    # the anchor's own plain "sign" still keeps a negated claim from support
    assert "supports" not in stances(seeds_matcher, "According to Jovid, some inmates would rather take their own "
                                                    "lives than not sign contracts.", "000")


@pytest.mark.parametrize("claim, stance", [
    ("A dog died after drinking from the water.", "supports"),  # "one of them" is the one that died
    ("Two dogs died after drinking from the water.", "contradicts"),
    ("Two dogs fell ill after drinking from the water.", "supports"),
    ("One dog fell ill after drinking from the water.", "contradicts"),
])
def test_a_partitive_subject_counts_what_its_verb_is_said_of(matcher, claim, stance):
    m = matcher("Two dogs fell ill after drinking from the water over the weekend, and one of them later died, "
                "according to the owners.")
    assert best(m, claim).stance == stance


def test_an_opposite_scale_word_in_a_neighbour_does_not_undo_what_the_sentence_says_in_its_place(matcher):
    claim = "Brantwood Dairy has recalled its soft cheeses after listeria was found."
    m = matcher("A Somerset dairy has recalled its soft cheeses after routine testing found listeria. "
                "Brantwood Dairy said the cheeses had best before dates in July.")
    assert best(m, claim).stance == "supports"
    # Where the sentence says no "after" of its own, the neighbour's "before" still keeps it from support.
    m = matcher("A Somerset dairy has recalled its soft cheeses as routine testing found listeria. "
                "Brantwood Dairy said the cheeses were recalled before listeria was found.")
    assert best(m, claim).stance != "supports"


def test_a_compound_taken_up_by_its_head_is_the_same_thing(matcher):
    m = matcher("A sinkhole ten metres wide opened in Station Road on Sunday. "
                "No one was injured, though a parked car fell into the hole and was lifted out by crane.")
    assert best(m, "A parked car fell into the sinkhole and was lifted out by crane.").stance == "supports"
    # another thing in its place is not
    m = matcher("A sinkhole ten metres wide opened in Station Road on Sunday. "
                "No one was injured, though a parked car fell into the river and was lifted out by crane.")
    assert best(m, "A parked car fell into the sinkhole and was lifted out by crane.").stance != "supports"
