"""Quantifiers, time order, comparison, probability and ordinals (corroborate.matching.scales)."""

from corroborate.matching.scales import scale_mismatch

from .conftest import sentence
from .test_conflicts import conflicts


def test_an_opposite_scale_word_contradicts_only_where_it_bears_on_what_the_claims_does(read) -> None:
    analysis = read("Transmission occurs only after symptom onset.")
    assert conflicts(analysis, "Transmission occurred 1-3 days before symptom onset.") == [
        "the passage says 'before' where the claim says 'after'"]
    spread = read("People can spread the virus before developing symptoms.")
    elsewhere = "Seven days after testing, the residents had developed symptoms and could spread the virus."
    assert conflicts(spread, elsewhere) == []
    # ... yet it is not what the claim says: never support.
    assert scale_mismatch(spread, sentence(elsewhere)) == (
        "the passage says 'after', but not of what the claim's 'before' is said of")
    # "up from" and "down from" compare a number with what it was: more, or fewer, than before
    fewer = read("Police recorded fewer collisions last year than the year before.")
    assert scale_mismatch(fewer, sentence("Police recorded 41 collisions last year, up from 29 the year before.")) == (
        "the passage says 'up', but not of what the claim's 'fewer' is said of")
    assert scale_mismatch(fewer, sentence("Police recorded 21 collisions last year, down from 29 the year before.")) \
        is None
    # The same order told the other way round is no contradiction.
    assert conflicts(read("The strike began before the talks."), "The talks began after the strike began.") == []


def test_an_ordinal_in_words_has_every_other_for_rival_in_its_place(read) -> None:
    analysis = read("The attack was the first on an English hospital this year.")
    assert conflicts(analysis, "The attack was the third on an English hospital this year.") == [
        "the passage says 'third' where the claim says 'first'"]
    # Elsewhere in the sentence, another ordinal is no rival, nor a reason to refuse.
    elsewhere = "The attack, in its second week, was the first on an English hospital this year."
    assert conflicts(analysis, elsewhere) == []
    assert scale_mismatch(analysis, sentence(elsewhere)) is None
    # The claim's ordinal said only of another word, a rival in its place still counts.
    assert conflicts(read("It was the company's first launch."), "It was the company's third launch and its first "
                     "failure.") == ["the passage says 'third' where the claim says 'first'"]
    assert conflicts(read("It was the company's first failure."), "It was the company's third launch and its first "
                     "failure.") == []


def test_a_quantifier_the_passage_weakens_is_a_mismatch(read) -> None:
    analysis = read("All the workers were evacuated.")
    assert scale_mismatch(analysis, sentence("Several workers were evacuated.")) is not None
    assert scale_mismatch(analysis, sentence("All the workers were evacuated.")) is None
    some = read("Many workers were evacuated.")
    assert scale_mismatch(some, sentence("Most workers were evacuated.")) is None  # "most" says "many"
    # "all" says "some", but not "only some"
    every = sentence("All the bridges are inspected.")
    assert scale_mismatch(read("Some of the bridges are inspected."), every) is None
    assert scale_mismatch(read("Only some of the bridges are inspected."), every) == (
        "the passage says 'All' where the claim says 'some'")


def test_a_frequency_is_said_at_its_own_place_only(read) -> None:
    # "many" says "some", but "constantly" does not say "occasionally": a frequency says how often, and no more
    occasionally = read("The occupiers occasionally exert pressure on draft-age men.")
    assert scale_mismatch(occasionally, sentence("The occupiers constantly exert pressure on draft-age men.")) == (
        "the passage says 'constantly' where the claim says 'occasionally'")
    some = read("Some workers were evacuated.")
    assert scale_mismatch(some, sentence("Many workers were evacuated.")) is None


def test_another_word_in_the_quantifiers_frame_is_a_mismatch(read) -> None:
    # "with many options" / "with limited options", though the sentence says "many" of something else
    many = read("The conditions leave the prisoners with many options.")
    limited = "Many do not wish to fight, but the conditions leave them with limited options."
    assert scale_mismatch(many, sentence(limited)) == "the passage says 'limited' where the claim says 'many'"
    assert scale_mismatch(many, sentence("The conditions leave them with many options.")) is None
    # a name says what kind, not how many
    assert scale_mismatch(read("Police detained many migrants."), sentence("Police detained Tajik migrants.")) is None


def test_a_low_place_on_a_scale_is_said_or_not(read) -> None:
    # "rarely" and "few" say "not often", "not many": a passage that only says it happens does not say them,
    # and neither does one that says "often" or "many".
    rarely = read("Police rarely raid workplaces employing migrants.")
    assert scale_mismatch(rarely, sentence("Police raid workplaces employing migrants.")) is not None
    assert scale_mismatch(rarely, sentence("Police seldom raid workplaces employing migrants.")) is None
    few = read("Few workers were evacuated.")
    assert scale_mismatch(few, sentence("Many workers were evacuated.")) is not None


def test_scale_words_are_words_with_meaning(read) -> None:
    analysis = read("The strike began before the talks.")
    assert conflicts(analysis, "The strike began after the talks.") == [
        "the passage says 'after' where the claim says 'before'"]


def test_likely_and_unlikely_are_opposites_on_the_scale_of_probability(read) -> None:
    analysis = read("Undetected cases are unlikely in countries around the world.",
                    "Undetected cases are likely in countries around the world.")
    assert conflicts(analysis, "Undetected cases are likely in countries around the world.") == [
        "the passage says 'likely' where the claim says 'unlikely'"]


def test_a_frequency_at_the_other_end_of_the_scale_contradicts(read) -> None:
    analysis = read("The occupiers rarely exert pressure on draft-age men.")
    assert conflicts(analysis, "The occupiers constantly exert pressure on draft-age men.") == [
        "the passage says 'constantly' where the claim says 'rarely'"]


def test_age_and_likeness_are_scales_though_new_and_same_are_stop_words(read) -> None:
    assert conflicts(read("The council approved the new plan."), "The council approved the old plan.") == [
        "the passage says 'old' where the claim says 'new'"]
    assert conflicts(read("The council approved the old plan."), "The council approved the new plan.") == [
        "the passage says 'new' where the claim says 'old'"]
    assert conflicts(read("The virus uses a different entry point into cells."),
                     "The virus uses the same entry point into cells.") == [
        "the passage says 'same' where the claim says 'different'"]
    # A name that opens with "New" bears on nothing the claim's "old" does.
    assert conflicts(read("The old harbour was rebuilt."), "The harbour was rebuilt by a firm from New York.") == []


def test_words_of_place_and_manner_are_scales_though_stop_words(read) -> None:
    for claim, passage, rival, word in (
            ("The village lies near the border.", "The village lies far from the border.", "far", "near"),
            ("The factory is within the city limits.", "The factory is outside the city limits.", "outside",
             "within"),
            ("She finished behind Smith in the race.", "She finished ahead of Smith in the race.", "ahead", "behind"),
            ("The team performed well in the final.", "The team performed badly in the final.", "badly", "well")):
        assert conflicts(read(claim), passage) == [f"the passage says '{rival}' where the claim says '{word}'"], claim
    # a sentence that has the claim's word too says nothing against it
    assert conflicts(read("The village lies near the border."),
                     "The village lies near the border, far from the capital.") == []
    # ... and "as well as" says "and", "so far" says "until now"
    assert conflicts(read("The team performed badly in the final."),
                     "The team, as well as its coach, performed badly in the final.") == []
    assert conflicts(read("Food is available near the border."), "Food has so far been available at the border.") == []


def test_one_of_a_thing_is_not_a_quantity_of_more(read) -> None:
    one = read("Only one country signed the treaty.")
    assert scale_mismatch(one, sentence("All countries signed the treaty.")) == (
        "the passage says 'All' where the claim says 'one country'")
    assert scale_mismatch(read("A single station was closed."), sentence("Several stations were closed.")) is not None
    # counted one of as well, elsewhere in the sentence: the claim's one may be among them
    assert scale_mismatch(one, sentence("One country signed the treaty, though all countries were invited.")) is None
    # "a" says "at least one": all countries signing makes "a country signed" true
    assert scale_mismatch(read("A country signed the treaty."), sentence("All countries signed the treaty.")) is None
    # one of a group is not both or all of it
    assert scale_mismatch(read("Only one of the dogs has been seized."), sentence("Both dogs have been seized.")) == (
        "the passage says 'Both' where the claim says 'one of the dogs'")
    assert scale_mismatch(read("One of the dogs has been seized."),
                          sentence("Both dogs attacked her, and one of the dogs has been seized.")) is None


def test_a_rank_after_a_verb_is_said_or_not(read) -> None:
    claim = read("Bastrykin argued that national security should come last when hiring migrant workers.")
    paramount = "He argued that national security should be paramount when hiring migrant workers."
    assert scale_mismatch(claim, sentence(paramount)) == "the claim says 'last', the passage does not"
    # a rank before a noun is left to the other rules: "last year" may be said with a year
    assert scale_mismatch(read("The plant closed last year."), sentence("The plant closed in 2024.")) is None


def test_an_ordinal_said_of_the_words_that_follow_it_in_the_claim_has_no_rival(read) -> None:
    said = "It was the third drone incident at the airport this year, but the first to halt flights."
    assert conflicts(read("It was the first drone incident at the airport to halt flights.", said), said) == []
    assert conflicts(read("It was the first drone incident at the airport this year.", said), said) == [
        "the passage says 'third' where the claim says 'first'"]


def test_a_record_since_a_time_is_no_record_of_all_time(read) -> None:
    said = "It is the first time a film by a woman director has won the prize since 2009."
    assert scale_mismatch(read("It is the first time a film by a woman director has won the prize.", said),
                          sentence(said)) == ("the passage says 'first time a film by a woman director has won the "
                                              "prize since 2009', a record since then only; the claim says it of all "
                                              "time")
    assert scale_mismatch(read(said, said), sentence(said)) is None


def test_a_record_in_a_length_of_time_is_no_record_of_all_time(read) -> None:
    said = "Two cubs have been born at the zoo, the first births of the species at the zoo in six years."
    assert scale_mismatch(read("They are the first births of the species ever at the zoo.", said),
                          sentence(said)) == ("the passage says 'first births of the species at the zoo in six "
                                              "years', a record since then only; the claim says it of all time")
    assert scale_mismatch(read("They are the first births at the zoo in six years.", said), sentence(said)) is None
    # "in" a time that is no length ("in winter", "in history") bounds nothing
    said = "It was the first snow in winter."
    assert scale_mismatch(read("It was the first snow.", said), sentence(said)) is None


def test_all_but_before_a_number_is_not_all(read) -> None:
    said = "By Monday evening, supply had been restored to all but 18,000 of the homes."
    assert scale_mismatch(read("By Monday evening, supply had been restored to every home.", said),
                          sentence(said)) == "the passage says 'all' where the claim says 'every'"
    said = "By Monday evening, supply had been restored to all the homes."
    assert scale_mismatch(read("By Monday evening, supply had been restored to every home.", said),
                          sentence(said)) is None


def test_the_same_change_the_other_way_is_opposed(read) -> None:
    from corroborate.matching.scales import changed_the_other_way

    said = sentence("Norland received 9.4 million visitors last year, up 7 per cent on the year before.")
    assert changed_the_other_way(read("Visitors rose, down 7 per cent."), said) == ("down 7", "up 7")
    assert changed_the_other_way(read("Visitors rose, up 7 per cent."), said) is None
    assert changed_the_other_way(read("Visitors fell, down 9 per cent."), said) is None
    # a verb of change says the way too, as WordNet opposes it to "rise" or "fall"
    assert changed_the_other_way(read("Visitors fell by 7 per cent."), said) == ("fell by 7", "up 7")
    assert changed_the_other_way(read("Visitors decreased 7 per cent."), said) == ("decreased 7", "up 7")
    assert changed_the_other_way(read("Visitors grew by 7 per cent."), said) is None
    assert changed_the_other_way(read("Visitors fell by 9 per cent."), said) is None


def test_a_share_of_half_or_less_of_the_whole_is_not_most_of_it(read) -> None:
    third = "About a third of the money raised so far has come from local businesses."
    assert scale_mismatch(read("Most of the money raised so far has come from local businesses.", third),
                          sentence(third)) == "the passage says 'a third' of it where the claim says 'most'"
    forty = "Only 40 per cent of the new homes were sold."
    assert scale_mismatch(read("The majority of the new homes were sold.", forty), sentence(forty)) is not None
    seventy = "About 70 per cent of the new homes were sold."
    assert scale_mismatch(read("Most of the new homes were sold.", seventy), sentence(seventy)) is None
    # "most" before its plural, a ratio before the same noun, a per cent in figures
    eight = "Only around 8% of people in England have O negative blood."
    assert scale_mismatch(read("Most people in England have O negative blood.", eight), sentence(eight)) == (
        "the passage says '8%' of it where the claim says 'most'")
    tenth = "Only around one in ten schools that leave special measures are rated outstanding."
    assert scale_mismatch(read("Most schools that leave special measures are rated outstanding.", tenth),
                          sentence(tenth)) == "the passage says 'one in ten' of it where the claim says 'most'"
    nine = "Nine in ten schools that leave special measures are rated outstanding."
    assert scale_mismatch(read("Most schools that leave special measures are rated outstanding.", nine),
                          sentence(nine)) is None

    # a part of a counted whole
    survey = "The survey found that only three of the fourteen trees on the road were diseased."
    assert scale_mismatch(read("The survey found that most of the trees on the road were diseased.", survey),
                          sentence(survey)) == "the passage says 'three of the fourteen' where the claim says 'most'"
    felled = "The council felled eleven of the fourteen trees on the road."
    assert scale_mismatch(read("The council felled most of the trees on the road.", felled), sentence(felled)) is None

    # a part a relative clause takes of a counted whole, and a whole past its owner
    novels = "Han, who has written eleven novels, only one of which had been translated into English, was surprised."
    assert scale_mismatch(read("Most of Han's novels had been translated into English.", novels),
                          sentence(novels)) == (
        "the passage says 'eleven novels, only one of which' where the claim says 'most'")

    # a share that leaves its whole out, the whole said before it in the sentence
    said = "The council received 3,400 claims but accepted fewer than one in five, rejecting the rest."
    assert scale_mismatch(read("The council accepted most of the 3,400 claims.", said), sentence(said)) == (
        "the passage says 'one in five' of it where the claim says 'most'")


def test_another_rank_after_the_claims_verb_said_of_its_subject_is_a_rival(read) -> None:
    said = "Blue tits came second and starlings third."
    assert conflicts(read("Blue tits came third.", said), said) == [
        "the passage says 'second' where the claim says 'third'"]
    # the rank of a clause that leaves the verb out is said of its own subject
    assert conflicts(read("Starlings came second.", said), said) == [
        "the passage says 'third' where the claim says 'second'"]
    assert conflicts(read("Starlings came third.", said), said) == []
    assert conflicts(read("Blue tits came second.", said), said) == []
    told = "The Dutch rider finished second, while Pogacar finished first."
    assert conflicts(read("Pogacar finished second.", told), told) == [
        "the passage says 'first' where the claim says 'second'"]
    assert conflicts(read("Pogacar finished first.", told), told) == []
    # a rank of no subject the sentence shows is no other subject's: the claim's rank may be said of its own
    years = "Blue tits came second in 2024 and third in 2025."
    assert "the passage says 'second' where the claim says 'third'" not in conflicts(
        read("Blue tits came third in 2025.", years), "Blue tits came third in 2025 and second in 2024.")


def test_the_claims_superlative_only_after_a_later_ordinal_is_another_rank(read) -> None:
    from corroborate.matching.scales import ranked_superlative

    said = "The glaciers lost 4 per cent of their volume this year, the second-largest loss on record."
    assert ranked_superlative(read("This year's loss was the largest on record.", said), sentence(said)) == (
        "largest", "second-largest")
    assert ranked_superlative(read("This year's loss was the second-largest on record.", said), sentence(said)) is None
    # said plainly too, or no superlative at all ("forest"): nothing
    said = "It was the largest loss on record, and the second-largest since 1931."
    assert ranked_superlative(read("This year's loss was the largest on record.", said), sentence(said)) is None


def test_one_thing_is_not_a_quantity_of_many_of_it(read) -> None:
    claim = "Most schools in Bradford have been rated outstanding."
    one = "A primary school in Bradford has been rated outstanding."
    assert scale_mismatch(read(claim, one), sentence(one)) == (
        "the passage says 'A primary school' where the claim says 'Most schools'")
    headline = "Primary school rated outstanding after two years in special measures"  # (no determiner)
    assert scale_mismatch(read(claim, headline), sentence(headline)) is not None
    # each of many, many of them, or a modifier of another noun: no one thing ("every" is another place of the
    # scale, read apart)
    for said in ("Every school in Bradford has been rated outstanding.",
                 "Most schools in Bradford have been rated outstanding.",
                 "Most school buildings in Bradford have been rated outstanding."):
        assert "the claim says 'Most schools'" not in (scale_mismatch(read(claim, said), sentence(said)) or ""), said
