"""Tense (corroborate.matching.tense)."""

from .conftest import read_against


def _foretold(read, claim: str, text: str) -> tuple[str, str] | None:
    from corroborate.matching.tense import foretold

    reading = read_against(read(claim, text), text)
    return foretold(reading.analysis, reading.features, reading.aligned)


def test_what_the_passage_says_will_happen_has_not_happened(read) -> None:
    claim = "The council published a report on the upgrade."
    assert _foretold(read, claim, "The council will publish a report on the upgrade.") == ("published", "will publish")
    assert _foretold(read, claim, "The council said it would then publish a report on the upgrade.") == (
        "published", "would then publish")
    assert _foretold(read, "Workers were taken to hospital.", "Workers will be taken to hospital.") == (
        "taken", "will be taken")
    # a contraction is one token: "you’ll be conscripted"
    assert _foretold(read, "Prisoners have been conscripted.", "Then you’ll be conscripted.") == (
        "conscripted", "you’ll be conscripted")


def test_a_passage_that_says_it_happened_too_or_a_claim_of_the_future_is_left_alone(read) -> None:
    claim = "The council published a report on the upgrade."
    assert _foretold(read, claim, "The council published a report on the upgrade.") is None
    assert _foretold(read, claim, "The council published a report on the upgrade and will publish another.") is None
    assert _foretold(read, "The council will publish a report.", "The council will publish a report.") is None


def test_a_report_to_come_is_no_support_and_the_reason_says_so(tmp_path) -> None:
    from corroborate.matching import Matcher
    from corroborate.sources import load_corpus

    from .conftest import candidates_in

    (tmp_path / "herald.txt").write_text("The county council said it was reviewing why the upgrade had not gone "
                                         "ahead and would publish a report in the summer.\n")
    (tmp_path / "other.txt").write_text("The weather was mild in the capital on Monday.\n")
    [best, *_] = candidates_in(Matcher(load_corpus(tmp_path)),
                               "The county council published a report on why the upgrade had not gone ahead.", "herald")
    assert best.stance is None and "will happen ('would publish')" in best.reason


def test_another_verb_in_the_future_before_the_claims_object_foretells_it_too(read) -> None:
    claim = "The company has completed a thorough internal review."
    assert _foretold(read, claim, "The company will carry out a thorough internal review.") == (
        "completed", "will carry out")
    assert _foretold(read, claim, "The company has carried out a thorough internal review.") is None
    assert _foretold(read, claim, "The company will publish its accounts after a thorough internal review.") is None


def test_the_claims_verb_in_its_place_decides_when_the_sentence_says_it_of_another_too(read) -> None:
    claim = "Reddington designed the graphic layout for the bike while Ginster designed the bike."
    said = "Reddington will design the graphic layout for the bike while Ginster designed the bike."
    assert _foretold(read, claim, said) == ("designed", "will design")
    assert _foretold(read, claim, claim) is None


def test_a_rule_in_the_present_is_told_by_what_follows_a_condition(read) -> None:
    claim = "Prisoners who do not sign are sent to solitary confinement."
    assert _foretold(read, claim, "If you don't sign, you'll be sent to solitary confinement.") is None
    # without a condition, the future is still what has not happened
    assert _foretold(read, claim, "Prisoners will be sent to solitary confinement.") == (
        "sent", "will be sent")
    assert _foretold(read, "Prisoners were sent to solitary confinement.",
                     "If you don't sign, you'll be sent to solitary confinement.") == ("sent", "you'll be sent")


def test_what_is_due_to_happen_has_not_happened(read) -> None:
    said = "Talks on a lasting settlement are due to begin in Ankara next month."
    assert _foretold(read, "Talks on a lasting settlement began in Ankara.", said) == (
        "began", "are due to begin")
    assert _foretold(read, "Talks on a lasting settlement will begin in Ankara.", said) is None
    said = "A larger ferry due to join the route in 2027 has still not entered service."  # (after its noun)
    assert _foretold(read, "A larger ferry joined the route in 2027.", said) == ("joined", "due to join")


def _done(read, claim: str, text: str) -> tuple[str, str] | None:
    from corroborate.matching.tense import already_done

    reading = read_against(read(claim, text), text)
    return already_done(reading.analysis, reading.features, reading.aligned)


def test_what_the_passage_says_has_happened_is_not_what_the_claim_says_will_happen(read) -> None:
    said = "Calder Water said it had since spent £30 million on upgrading the two works."
    assert _done(read, "Calder Water said it would spend £30 million on upgrading the works next year.", said) == (
        "would spend", "had since spent")
    assert _done(read, "The council will close the library in May.", "The council closed the library in May.") == (
        "will close", "closed")
    # the passage in the future too, or the claim in the past: left to the rest
    assert _done(read, "The council will close the library.", "The council will close the library in May.") is None
    assert _done(read, "The council closed the library.", "The council closed the library in May.") is None


def test_a_claim_in_the_future_passive_is_not_said_by_a_past_passive(read) -> None:
    said = "The scheme will now also cover flats, which had been excluded because they were harder to convert."
    assert _done(read, "Flats will still be excluded from the scheme.", said) == (
        "will still be excluded", "had been excluded")
    assert _done(read, "The road will be closed on Monday.", "The road was closed on Monday.") == (
        "will be closed", "was closed")
    # a present passive may say what is so now and will be; a future perfect is done by then
    assert _done(read, "The road will be closed on Monday.", "The road is closed on Monday.") is None
    assert _done(read, "The road will have been closed.", "The road was closed on Monday.") is None


def test_a_noun_for_the_claims_future_verb_takes_the_tense_of_the_verbs_around_it(read) -> None:
    said = "He said the trust had spent £1.2 million on repairs to the pier since 2023."
    assert _done(read, "The pier will be repaired.", said) == ("will be repaired", "repairs")
    # a sentence in the present or the future leaves the repairs to come
    assert _done(read, "The pier will be repaired.", "He said repairs to the pier were planned and would start soon."
                 ) is None
    assert _done(read, "The pier will be repaired.", "He said repairs to the pier are planned.") is None
    assert _done(read, "The pier will be repaired.", "He said the trust expects repairs to the pier.") is None


def test_a_clause_of_time_in_a_sentence_about_the_future_is_in_the_future(read) -> None:
    said = "Engineers will inspect the village church, whose spire was damaged, before it reopens."
    found = _foretold(read, "The village church has reopened.", said)
    assert found is not None and found[0] == "reopened" and found[1].startswith("will") and found[1].endswith(
        "before it reopens")
    said = "The school will stay shut until the roof is repaired."
    assert _foretold(read, "The roof was repaired.", said) is not None
    # in a sentence about the past, the clause of time is past too
    said = "The school stayed shut until the roof was repaired."
    assert _foretold(read, "The roof was repaired.", said) is None


def test_what_the_passage_says_is_already_so_is_not_what_the_claim_says_will_start(read) -> None:
    said = "Scotland and Wales already screen people from the age of 50."
    assert _done(read, "Scotland and Wales will start screening people from the age of 50.", said) == (
        "will start screening", "already screen")
    assert _done(read, "Scotland and Wales screen people from the age of 50.", said) is None
    assert _done(read, "The council will begin work on the bridge.", "The council has already begun work on the "
                 "bridge.") == ("will begin", "already begun")


def _then(read, claim: str, text: str) -> tuple[str, str] | None:
    from corroborate.matching.tense import not_now

    reading = read_against(read(claim, text), text)
    return not_now(reading.analysis, reading.features, reading.aligned)


def test_what_was_so_is_not_what_the_claim_says_is_so_now(read) -> None:
    said = "The factory employed more than 1,000 people at its peak in the 1970s."
    assert _then(read, "The factory now employs more than 1,000 people.", said) == ("now", "employed")
    assert _then(read, "The factory currently employs more than 1,000 people.", said) == ("currently", "employed")
    # no "now": the present may retell the past; a perfect reaches the present; the passage's own "now" says it
    assert _then(read, "The factory employs more than 1,000 people.", said) is None
    assert _then(read, "The factory now employs more than 1,000 people.",
                 "The factory has employed more than 1,000 people.") is None
    assert _then(read, "The factory now employs more than 1,000 people.",
                 "The factory now employed more than 1,000 people after the merger.") is None


def test_a_past_size_is_no_support_for_a_size_now_and_the_reason_says_so(tmp_path) -> None:
    from corroborate.matching import Matcher
    from corroborate.sources import load_corpus

    from .conftest import candidates_in

    (tmp_path / "courier.txt").write_text("The biscuit factory in Carlisle is to close next year. It employed more "
                                          "than 1,000 people at its peak in the 1970s.\n")
    (tmp_path / "other.txt").write_text("The weather was mild in the capital on Monday.\n")
    [best, *_] = candidates_in(Matcher(load_corpus(tmp_path)),
                               "The biscuit factory now employs more than 1,000 people.", "courier")
    assert best.stance is None and "was so ('employed')" in best.reason
