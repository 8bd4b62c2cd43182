from corroborate.matching.topic import held_by, topic_of


def test_a_sentence_on_the_claims_topic_may_contradict_it_leaving_out_the_replaced_word(read) -> None:
    analysis = read("Fourteen workers were taken to hospital.", "Six workers were taken to hospital.")
    row = [1.0 if t.number is None else 0.0 for t in analysis.terms]
    matched = list(row)
    assert topic_of(analysis, row, {}, matched, set(), combined=False).topical
    assert not topic_of(analysis, row, {}, matched, set(), combined=True).topical  # two places: never


def test_a_sentence_about_something_else_is_not_on_topic(read) -> None:
    analysis = read("The school was evacuated on Tuesday.", "The hospital was evacuated on Tuesday.")
    row = [0.0 if t.surface == "school" else 1.0 for t in analysis.terms]
    assert not topic_of(analysis, row, {}, list(row), set(), combined=False).topical
    # ... unless a rival replaces that very word (then what differs is what the conflict says).
    school = next(t.stem for t in analysis.terms if t.surface == "school")
    assert topic_of(analysis, row, {}, list(row), {school}, combined=False).topical


def test_a_name_the_window_gives_and_a_more_specific_word_hold_the_claim(read) -> None:
    analysis = read("Bastrykin praised the migrants.", "He praised the Tajiks.")
    names = [k for k, t in enumerate(analysis.terms) if t.name]
    row = [0.0] * len(analysis.terms)
    matched = [1.0 if k in names else 0.0 for k in range(len(analysis.terms))]
    migrants = next(k for k, t in enumerate(analysis.terms) if t.surface == "migrants")
    held = held_by(analysis, row, {migrants: "Tajiks"}, matched)
    assert all(held[k] for k in names) and held[migrants] > 0
