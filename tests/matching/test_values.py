from corroborate.matching.values import (day_part_conflict, own_time, same_duration, substitutions, time_conflict,
                                         times)
from corroborate.text import Token, tokenize


def _positions(tokens: list[Token]) -> dict[str, list[int]]:
    """A sentence's stem -> token positions, as ``substitutions`` and ``replaced_name`` read them."""
    positions: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        positions.setdefault(t.stem, []).append(i)
    return positions


def _differs(claim: str, said: str) -> list[str]:
    """The messages of the substitutions the sentence ``said`` makes for the claim's names and numbers."""
    tokens = tokenize(said)
    return [s.message for s in substitutions(tokenize(claim), tokens, _positions(tokens), ())]


def test_times_of_day_are_read_as_minutes() -> None:
    assert times("at about 3 a.m., at 3:30pm, at 15:00 and at noon") == {180: "3 a.m.", 930: "3:30pm", 900: "15:00",
                                                                        720: "noon"}


def test_another_time_for_the_same_event_conflicts() -> None:
    assert time_conflict("The fire started at about 3 a.m.", "The fire started shortly after 1 a.m.") == ("3 a.m.",
                                                                                                         "1 a.m.")
    assert time_conflict("The fire started at 3 a.m.", "It began at 3am.") is None
    assert time_conflict("The fire started at 3 a.m.", "The fire started at night.") is None


def test_times_a_few_minutes_apart_are_one_time_told_two_ways() -> None:
    assert time_conflict("The train derailed shortly after 10 p.m.", "It derailed at approximately 22:05.") is None
    assert time_conflict("The train derailed at 10 p.m.", "It derailed at 22:40.") == ("10 p.m.", "22:40")


def _positions(tokens):
    out: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        out.setdefault(t.stem, []).append(i)
    return out


def test_a_different_count_beside_the_same_word_is_a_rival() -> None:
    claim = tokenize("Fourteen workers were taken to hospital.")
    passage = tokenize("Six workers were taken to hospital.")
    found = list(substitutions(claim, passage, _positions(passage), []))
    assert found and "'Fourteen', the passage 'Six'" in found[0].message and found[0].kind == "number"


def test_a_length_of_time_in_another_unit_is_the_same_length() -> None:
    def same(claim: str, i: int, passage: str, j: int) -> bool:
        return same_duration(tokenize(claim), i, tokenize(passage), j)

    assert same("in twenty years", 2, "for two decades", 2)
    assert same("within 48 hours", 2, "within two days", 2)
    assert same("a week", 1, "seven days", 1)
    assert same("30 days", 1, "a month", 1)  # near enough: a month is no fixed length
    assert not same("a week", 1, "eight days", 1)
    assert not same("twenty years", 1, "two years", 1)
    assert not same("the year", 1, "twelve months", 1)  # no count: it says which year


def test_a_count_of_time_the_sentence_gives_in_another_unit_has_no_rival() -> None:
    claim = tokenize("The river reached a level not seen in twenty years.")
    passage = tokenize("The river reached a level not seen in two decades.")
    assert list(substitutions(claim, passage, _positions(passage), [])) == []
    passage = tokenize("The river reached a level not seen in two years.")
    assert list(substitutions(claim, passage, _positions(passage), []))


def test_a_sentence_that_gives_the_claims_number_too_has_no_rival_for_it() -> None:
    claim = tokenize("About 4,000 homes are still without power.")
    passage = tokenize("The firm says 45,000 homes lost power, and about 4,000 are still cut off.")
    assert list(substitutions(claim, passage, _positions(passage), [])) == []
    # ... unless it gives it as what it corrects
    claim = tokenize("The firm says 420 jobs will go.")
    passage = tokenize("The firm says 310 jobs will go, not the 420 reported earlier.")
    assert list(substitutions(claim, passage, _positions(passage), []))


def test_a_count_before_a_name_of_what_it_counts_has_its_rival_there_too() -> None:
    claim = tokenize("About 4,000 Tajik and Uzbek nationals are held in the colony.")
    passage = tokenize("In the colony approximately 400 Tajik and Uzbek nationals are being held.")
    found = list(substitutions(claim, passage, _positions(passage), ["tajik", "uzbek"]))
    assert found and "'4,000', the passage '400'" in found[0].message
    # An era after a year says when, not what is counted: another year before "BC" is another date.
    claim = tokenize("The period began between 3800 BC and the first dynasty.")
    passage = tokenize("The first ruler died between 3073 and 3036 BC.")
    assert list(substitutions(claim, passage, _positions(passage), [])) == []


def test_a_year_is_no_rival_to_a_count() -> None:
    claim = tokenize("Fourteen workers were taken to hospital.")
    passage = tokenize("In 2019 workers were taken to hospital.")
    assert list(substitutions(claim, passage, _positions(passage), [])) == []


def test_a_number_joined_to_its_unit_is_a_value_with_rivals() -> None:
    from corroborate.matching.values import number_with_unit, unit_rivals

    assert number_with_unit("20-foot") == ("20", "foot") and number_with_unit("40-year-old") == ("40", "year-old")
    assert number_with_unit("COVID-19") is None and number_with_unit("well-known") is None
    claim, passage = tokenize("windows with 61-foot ceilings"), tokenize("large windows with 20-foot high ceilings")
    assert [m for m, _, _ in unit_rivals(claim, passage)] == [
        "number differs: the claim says '61-foot', the passage '20-foot'"]
    assert list(unit_rivals(claim, tokenize("windows with 61-foot ceilings and 20-foot doors"))) == []


def test_another_share_of_the_same_thing_is_a_conflict() -> None:
    from corroborate.matching.values import percent_conflict, percentages
    from corroborate.text import stem
    # A raised decimal point (12·4%) and a thousands comma (1,500%) read as written.
    assert [(lo, hi) for lo, hi, _, _ in percentages("was 12·4% (95% CI 9·8-15·4%), 1,500% and 3.25 per cent")] == [
        (12.4, 12.4), (95.0, 95.0), (9.8, 15.4), (1500.0, 1500.0), (3.25, 3.25)]
    assert percent_conflict("COVID-19 has a secondary attack rate of 80 percent.",
                            "The secondary attack rate among household contacts was 12·4%.", stem) == (
        "80 percent", "12·4%")
    assert percent_conflict("Unemployment rose to 5 percent.", "Unemployment rose to 5.2% in May.", stem) is None
    assert percent_conflict("The attack rate is about 10 to 20 percent.", "The attack rate was 12·4%.", stem) is None
    assert percent_conflict("The attack rate is 15%.", "The attack rate was 12% (10-16%).", stem) is None
    # A share of something else is no rival.
    assert percent_conflict("Unemployment rose to 7 percent.", "Inflation reached 3% in May.", stem) is None


def test_a_month_is_only_rivalled_by_a_month() -> None:
    claim = tokenize("They saw the August exhibition of his works.")

    def rivals(text: str) -> list:
        passage = tokenize(text)
        names = [t.stem for p, t in enumerate(passage) if p and t.capitalised]
        return list(substitutions(claim, passage, _positions(passage), names))

    assert [found.kind for found in rivals("They saw the September exhibition of his works.")] == ["date"]
    assert rivals("They saw the Reception exhibition of his works.") == []  # a heading's word, not a date


def test_a_raised_decimal_point_is_one_number() -> None:
    from corroborate.text import tokenize
    assert [t.number for t in tokenize("7·4% and 0·0035") if t.number is not None] == [7.4, 0.0035]


def _rivals(claim_text: str, passage_text: str) -> list[str]:
    claim, passage = tokenize(claim_text), tokenize(passage_text)
    names = [t.stem for p, t in enumerate(passage) if p and t.capitalised]
    return [found.message for found in substitutions(claim, passage, _positions(passage), names)]


def test_the_claims_own_words_between_a_value_and_its_neighbour_are_read_past() -> None:
    assert _rivals("The raids began in the middle of March.", "The raids began in middle of May of this year.") == [
        "date differs: the claim says 'March', the passage 'May'"]
    assert _rivals("The raids began in the middle of May.", "The raids began in middle of May of this year.") == []
    # Words the claim does not have there are not read past: "the Empire State" is another name, not a rival.
    assert _rivals("He was born and raised in New York.", "I was born and raised in the Empire State.") == []


def test_a_round_number_may_stand_for_a_value_near_it() -> None:
    from corroborate.matching.values import rounds_to

    assert rounds_to(9.2e6, 9e6) and rounds_to(430, 400) and rounds_to(10_000, 10_000)
    assert not rounds_to(12_000, 10_000) and not rounds_to(1_500, 1_000)
    assert not rounds_to(21, 20)  # a small count is exact
    assert _rivals("She came second with earnings of $9 million.", "She came second with earnings of $9.2 million.") == []
    assert _rivals("About 1,000 migrants were sent to fight.", "About 10 thousand migrants were sent to fight.") == [
        "number differs: the claim says '1,000', the passage '10 thousand'"]


def test_another_day_of_the_same_month_conflicts() -> None:
    from corroborate.matching.values import day_conflict, days

    assert days(tokenize("on 19 February, and on March 3rd 2024")) == {(2, 19): "19 February", (3, 3): "March 3rd"}
    assert day_conflict(tokenize("The Center reported on 19 February."),
                        tokenize("The Center reports on 9 February.")) == ("19 February", "9 February")
    assert day_conflict(tokenize("It aired on March 4 and on March 6."), tokenize("It aired from March 4th.")) is None
    assert day_conflict(tokenize("It opened on 19 February."), tokenize("It opened in March.")) is None


def test_may_is_a_month_inside_a_sentence() -> None:
    may = [t for t in tokenize("The raids began in May, and may go on.") if t.stem == "may"]
    assert [t.is_content for t in may] == [True, False]


def test_a_value_beside_its_own_neighbour_has_no_rival_on_its_other_side() -> None:
    # "Presidents' Trophy" is there: "Parade" after "Day" is something else, not another trophy.
    assert _rivals("It won the Atlanta Veterans day, Presidents' Trophy in 2016.",
                   "It earned the President's Trophy at the Atlanta Veterans' Day Parade.") == []
    assert _rivals("The Center is run by the Russian government.",
                   "The Center, which is run by the Ukrainian government, says Russian forces recruit.") == [
        "name differs: the claim says 'Russian', the passage 'Ukrainian'"]


def test_a_range_of_days_holds_every_day_in_it() -> None:
    from corroborate.matching.values import day_conflict, days

    assert len(days(tokenize("The festival runs May 11-22."))) == 12
    assert days(tokenize("from 3–5 June"))[(6, 4)] == "3-5 June"
    assert day_conflict(tokenize("It premiered at the festival on May 19."),
                        tokenize("The festival runs May 11-22.")) is None
    assert day_conflict(tokenize("It premiered at the festival on May 25."),
                        tokenize("The festival runs May 11-22.")) == ("May 25", "May 11-22")


def test_parts_of_one_name_are_no_rivals() -> None:
    claim = tokenize("It reignites his rivalry with a now-successful LaRusso.")
    passage = tokenize("It reignites his rivalry with a now-successful Daniel.")
    names = [t.stem for p, t in enumerate(passage) if p and t.capitalised]
    assert list(substitutions(claim, passage, _positions(passage), names))
    # The source writes "Daniel LaRusso" somewhere: one person.
    assert list(substitutions(claim, passage, _positions(passage), names,
                              one_name=lambda a, b: {a, b} == {"larusso", "daniel"})) == []


def test_the_same_day_of_another_month_conflicts() -> None:
    from corroborate.matching.values import day_conflict

    assert day_conflict(tokenize("He spoke at the forum on July 27."),
                        tokenize("He spoke at the forum on June 27.")) == ("July 27", "June 27")
    assert day_conflict(tokenize("He spoke at the forum on July 27."),
                        tokenize("He spoke at the forum on June 3.")) is None  # another event, perhaps


def test_another_time_relative_to_the_writing_conflicts() -> None:
    from corroborate.matching.values import relative_conflict, relative_times

    assert relative_times("Last year and tomorrow, this week") == {("year", -1): "Last year", ("day", 1): "tomorrow",
                                                                   ("week", 0): "this week"}
    assert relative_conflict("The raids began in May last year.", "The raids began in May of this year.") == (
        "last year", "this year")
    assert relative_conflict("The raids began in May last year.", "The raids began in May last year.") is None
    assert relative_conflict("The raids began last year.", "The talks are next week.") is None  # another unit
    # a season, as a year: "last autumn" is not "this autumn"
    assert relative_conflict("It ran a campaign last autumn.", "It plans a campaign this autumn.") == (
        "last autumn", "this autumn")
    assert relative_conflict("It ran a campaign last autumn.", "It plans a campaign this summer.") is None


def test_another_name_beside_the_claim_names_neighbour_replaces_it() -> None:
    from corroborate.matching.features import positions_of
    from corroborate.matching.values import replaced_name

    claim = tokenize("Investors Formation8, Southern Capital and AITV funded OpenGov.")
    at = next(i for i, t in enumerate(claim) if t.surface == "Southern")
    said = tokenize("Investors Formation8, Thrive Capital and AITV funded OpenGov.")
    assert replaced_name(claim, at, said, positions_of(said)) == "Thrive"
    said = tokenize("Investors Formation8, Southern Capital and AITV funded OpenGov.")
    assert replaced_name(claim, at, said, positions_of(said)) is None
    # A place before a common noun is no rival name: "A Somerset dairy" says where a dairy is.
    claim = tokenize("Brantwood Dairy has recalled three of its soft cheeses.")
    said = tokenize("A Somerset dairy has recalled three of its soft cheeses.")
    assert replaced_name(claim, 0, said, positions_of(said)) is None
    said = tokenize("Somerset Dairy has recalled three of its soft cheeses.")
    assert replaced_name(claim, 0, said, positions_of(said)) == "Somerset"


def test_a_multiple_or_fraction_is_a_value_with_rivals() -> None:
    from corroborate.matching.values import multiplier_conflict, multipliers
    from corroborate.text import stem

    assert [(f, w) for f, w, _ in multipliers("Bills tripled; a third of staff left; sales were 2.5 times higher.")] == [
        (3.0, "tripled"), (1 / 3, "a third"), (2.5, "2.5 times")]
    claim = "Corvell says its energy bills are half what they were in 2021."
    assert multiplier_conflict(claim, "Corvell says energy bills are three times what they were in 2021.",
                               stem) == ("half", "three times")
    assert multiplier_conflict(claim, "Corvell says energy bills are half what they were in 2021.", stem) is None
    # A multiple said of something else, far from the claim's words, is no rival.
    assert multiplier_conflict(claim, "Ticket sales doubled at the stadium last spring.", stem) is None
    # "halved" is doubling's inverse
    assert multiplier_conflict("The number of members has halved since 2010.",
                               "The number of members has doubled since 2010.", stem) == ("halved", "doubled")


def test_a_part_of_the_day_disagrees_with_another_or_with_a_time_outside_it() -> None:
    assert day_part_conflict("The footbridge collapsed this morning.", "It collapsed this afternoon.") == (
        "morning", "afternoon")
    assert day_part_conflict("The footbridge collapsed this morning.", "It collapsed at 3 p.m.") == (
        "morning", "3 p.m.")
    assert day_part_conflict("The fire started at 3 a.m.", "The fire started in the afternoon.") == (
        "3 a.m.", "afternoon")
    assert day_part_conflict("The footbridge collapsed this morning.", "It collapsed at 10.30 a.m.") is None
    assert day_part_conflict("It derailed late on Monday evening.", "It derailed on Monday night.") is None  # overlap
    assert day_part_conflict("The footbridge collapsed this morning.", "It collapsed on Monday.") is None  # no time


def test_a_name_after_its_modifier_stands_in_the_claim_names_place() -> None:
    claim = tokenize("Corvell will concentrate production in Ashby.")
    said = tokenize("The company would concentrate production in central Europe, not at the Ashby site.")
    names = {t.stem for t in said if t.capitalised}
    found = list(substitutions(claim, said, _positions(said), names))
    assert found and found[0].message == "name differs: the claim says 'Ashby', the passage 'Europe'"
    assert found[0].kind == "name"
    said = tokenize("The company would concentrate production in central Ashby.")
    assert list(substitutions(claim, said, _positions(said), {t.stem for t in said if t.capitalised})) == []


def test_one_of_a_thing_against_another_count_of_it_is_another_number() -> None:
    from corroborate.matching.values import counted_ones, one_counted

    claim = counted_ones(tokenize("Firefighters from a single station put the fire out within an hour."))
    said = tokenize("It took teams from three fire stations some four hours to put the fire out.")
    assert one_counted(claim, said) == ("a single station", "three fire stations")
    said = tokenize("Crews from a station nearby and then three fire stations more put the fire out in an hour.")
    assert one_counted(claim, said) is None  # (it counts one of each too)


def test_a_number_dated_otherwise_is_a_rival_date() -> None:
    from corroborate.matching.values import dated_value_conflict

    said = tokenize("Inflation fell to 2.9 per cent in April from 3.4 per cent in March, the lowest since 2021.")
    assert dated_value_conflict(tokenize("Inflation fell to 2.9 per cent in March."), said) == (
        "2.9", "March", "April")
    assert dated_value_conflict(tokenize("Inflation fell to 2.9 per cent in April."), said) is None
    assert dated_value_conflict(tokenize("Inflation was 3.4 per cent in March."), said) is None


def test_a_month_of_another_year_or_another_month_of_the_year_is_a_rival() -> None:
    from corroborate.matching.values import month_conflict

    said = tokenize("Ashdown resigned in March 2023 after the newspaper reported the contracts.")
    assert month_conflict(tokenize("Ashdown resigned in March 2021."), said) == ("March 2021", "March 2023")
    assert month_conflict(tokenize("Ashdown resigned in June 2023."), said) == ("June 2023", "March 2023")
    assert month_conflict(tokenize("Ashdown resigned in March 2023."), said) is None
    assert month_conflict(tokenize("Ashdown resigned in May 2019."), said) is None  # (nothing of that year or month)


def test_a_share_is_no_rival_of_a_difference() -> None:
    from corroborate.matching.values import percent_conflict
    from corroborate.text import stem
    said = "Emergency departments saw 91,000 patients in January, 4 per cent more than in the same month last year."
    assert percent_conflict("Only 62 per cent of emergency patients were seen within four hours.", said, stem) is None
    assert percent_conflict("Emergency departments saw 14 per cent more patients.", said, stem) == (
        "14 per cent", "4 per cent")


def test_a_share_is_no_rival_of_a_target_and_a_target_does_not_say_a_share() -> None:
    from corroborate.matching.values import percent_conflict
    from corroborate.text import stem
    said = "Only 62 per cent of them were seen within four hours, against a target of 95 per cent."
    assert percent_conflict("95 per cent of emergency patients were seen within four hours.", said, stem) == (
        "95 per cent", "62 per cent")
    assert percent_conflict("The target is for 95 per cent of patients to be seen within four hours.", said,
                            stem) is None
    assert percent_conflict("Inflation was 2 per cent in April.",
                            "Inflation fell to 3.4 per cent in April, above the bank's 2 per cent target.", stem) == (
        "2 per cent", "3.4 per cent")


def test_another_name_after_the_claims_word_and_preposition_replaces_the_claims_name() -> None:
    from corroborate.matching.values import replaced_name
    from corroborate.text import tokenize
    claim = tokenize("Grace Ellery won best actress for her role in Rivers of Iron.")
    said = tokenize("Grace Ellery won best actress for her role in the thriller Cold Harbour.")
    positions: dict[str, list[int]] = {}
    for i, t in enumerate(said):
        positions.setdefault(t.stem, []).append(i)
    at = next(i for i, t in enumerate(claim) if t.surface == "Rivers")
    assert replaced_name(claim, at, said, positions) == "Cold"
    same = tokenize("Grace Ellery won best actress for her role in the drama Rivers of Iron.")
    positions = {}
    for i, t in enumerate(same):
        positions.setdefault(t.stem, []).append(i)
    assert replaced_name(claim, at, same, positions) is None


def test_a_name_a_nouns_of_gives_stands_where_the_noun_does_and_a_needed_share_is_a_target(read) -> None:
    from corroborate.matching.values import percent_conflict
    from corroborate.text import stem
    from .test_conflicts import conflicts
    said = "Its epicentre was near the town of Orsk, about 60 kilometres north of the regional capital, Delyan."
    assert conflicts(read("The epicentre was near Delyan.", said), said) == [
        "name differs: the claim says 'Delyan', the passage 'Orsk'"]
    said = "Only 81 per cent of children have had both doses, well below the 95 per cent needed to prevent outbreaks."
    assert percent_conflict("95 per cent of children have had both doses.", said, stem) == (
        "95 per cent", "81 per cent")


def test_one_in_ten_is_a_share_of_the_whole_and_half_is_its_rival() -> None:
    from corroborate.matching.values import multiplier_conflict, multipliers
    from corroborate.text import stem
    assert [(round(f, 3), w) for f, w, _ in multipliers("one in ten children; two out of three adults; one in 2019")] \
        == [(0.1, "one in ten"), (0.667, "two out of three")]
    assert multiplier_conflict("About half of the children in the trial stopped taking the pill.",
                               "About one in ten children in the trial stopped taking the pill.", stem) == (
        "half", "one in ten")


def test_another_name_before_the_claim_names_verb_and_auxiliaries_is_its_rival() -> None:
    from corroborate.matching.values import replaced_name
    from corroborate.text import tokenize

    def replaced(claim: str, said: str) -> str | None:
        tokens = tokenize(said)
        return replaced_name(tokenize(claim), 1, tokens, _positions(tokens))

    assert replaced("Dean Carver was caught at a petrol station.", "Mayhew was caught at a petrol station.") == "Mayhew"
    # a name a preposition governs is no subject
    assert replaced("Graham Ashdown was jailed for six years.", "A former mayor of Westmoor was jailed.") is None


def test_each_number_counts_the_noun_after_it() -> None:
    said = "At its height 70 firefighters and 12 engines tackled the blaze."
    assert _differs("Seventy fire engines tackled the blaze.", said) == [
        "number differs: the claim says 'Seventy', the passage '12 engines'"]
    assert _differs("Seventy firefighters tackled the blaze.", said) == []
    # a bare count, and a count of a verb's subject left out, leave the claim's count standing
    assert _differs("Three members voted for a cut.", "Six of the nine members voted to hold, while three voted for "
                                                      "a cut.") == []


def test_a_share_is_of_the_words_its_of_names() -> None:
    from corroborate.matching.values import percent_conflict
    from corroborate.text import stem
    said = "The union said 71 per cent of members who voted backed the offer, on a turnout of 62 per cent."
    assert percent_conflict("62 per cent of union members who voted backed the offer.", said, stem) == (
        "62 per cent", "71 per cent")
    assert percent_conflict("71 per cent of union members who voted backed the offer.", said, stem) is None
    assert percent_conflict("Turnout was 62 per cent.", said, stem) is None


def test_a_number_before_per_cent_counts_a_share_not_the_noun_after_it() -> None:
    said = "A strike at the port in 2023 lasted 11 days and ended with a pay rise of 7 per cent."
    found = _differs("A strike at the port in 2023 lasted seven days.", said)
    assert found == ["number differs: the claim says 'seven', the passage '11 days'"]


def test_a_number_before_a_comparative_and_than_is_a_difference_not_an_amount() -> None:
    from corroborate.matching.values import difference_at
    from corroborate.text import tokenize

    def differences(text: str) -> list[str]:
        return [t.surface for t in tokenize(text) if t.number is not None and difference_at(text, t)]

    assert differences("Repairs cost £48 million, £11 million more than planned.") == ["11 million"]
    assert differences("Departments saw 4 per cent more patients than last year.") == ["4"]
    assert differences("The strike lasted three days longer than expected.") == ["three"]
    assert differences("Patients went home two days earlier on average than those who had surgery.") == ["two"]
    assert differences("Repairs cost £48 million.") == []


def test_a_number_after_the_claims_verb_and_preposition_is_what_they_are_said_of() -> None:
    said = "The company said the outage began at 9.15 a.m. and that services were fully restored by 3.30 p.m."

    def differs(claim: str) -> list[str]:
        return _differs(claim, said)

    assert differs("The outage began at 3.30 p.m.") == [
        "number differs: the claim says '3.30', the passage 'began at 9.15'"]
    assert differs("The outage began at 9.15 a.m.") == []
    assert differs("Services were fully restored by 3.30 p.m.") == []
    # A phrasal verb's particle stands between the verb and its preposition: "switched off in".
    said = "The lighthouse, built in 1862, was switched off in 1998 when modern navigation aids made it redundant."
    assert _differs("The lighthouse was switched off in 1862.", said) == [
        "number differs: the claim says '1862', the passage 'switched off in 1998'"]
    assert _differs("The lighthouse was switched off in 1998.", said) == []


def test_a_number_right_after_the_claims_adverb_of_time_is_what_it_is_said_of() -> None:
    said = "The pension age is currently 66 and is already due to rise to 67 between 2026 and 2028."
    assert _differs("The pension age is currently 67.", said) == [
        "number differs: the claim says '67', the passage 'currently 66'"]
    assert _differs("The pension age will rise to 67.", said) == []


def test_a_sentence_puts_its_own_time_on_a_verb_right_after_it() -> None:
    tokens = tokenize("The frog had not been seen for 38 years.")
    seen = [t.surface for t in tokens].index("seen")
    assert own_time(frozenset(), tokens, [seen]) == "38 years"
    assert own_time({t.stem for t in tokens}, tokens, [seen]) is None  # the claim's own time
    tokens = tokenize("The frog was seen in 1988 by a survey team.")
    assert own_time(frozenset(), tokens, [[t.surface for t in tokens].index("seen")]) == "1988"
    tokens = tokenize("The frog was seen by a survey team in 1988.")  # not right after the verb: left alone
    assert own_time(frozenset(), tokens, [[t.surface for t in tokens].index("seen")]) is None


def test_a_name_in_the_possessive_has_its_rival_before_what_it_owns() -> None:
    claim = tokenize("France's Ministry of Defence confirmed the facts.")
    passage = tokenize("The facts were confirmed by Britain's Ministry of Defence.")
    found = list(substitutions(claim, passage, _positions(passage), ["britain", "ministry", "defenc"],
                               first_is_name=True))
    assert [s.kind for s in found] == ["name"] and "'Britain's'" in found[0].message


def test_another_count_of_the_same_unit_after_every_is_a_rival() -> None:
    from corroborate.matching.values import other_frequency

    said = tokenize("The kit will be posted to people every two years until they turn 74.")
    assert other_frequency(tokenize("The kit will be posted every year."), said) == ("every year", "every two years")
    assert other_frequency(tokenize("The kit will be posted every two years."), said) is None
    assert other_frequency(tokenize("The kit will be posted every month."), said) is None  # (another unit: left)


def test_a_number_the_claim_gives_as_its_verbs_object_and_the_sentence_as_anothers_is_a_rival() -> None:
    said = "Prosecutors said he had asked for £50,000 in cash, and had received £10,000 before he was arrested."
    assert _differs("Harker had received £50,000 before he was arrested.", said) == [
        "number differs: the claim says '50,000', the passage 'received 10,000'"]
    assert _differs("Harker had received £10,000 before he was arrested.", said) == []
    # the claim's number standing after no verb in the sentence is left to the other rules
    said = "Emergency departments saw 2.1 million patients in January, 4 per cent more than a year before."
    assert _differs("Emergency departments saw 4 per cent more patients than a year before.", said) == []
