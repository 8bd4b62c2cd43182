from corroborate.matching.values import substitutions, time_conflict, times
from corroborate.text import tokenize


def test_times_of_day_are_read_as_minutes() -> None:
    assert times("at about 3 a.m., at 3:30pm, at 15:00 and at noon") == {180: "3 a.m.", 930: "3:30pm", 900: "15:00",
                                                                        720: "noon"}


def test_another_time_for_the_same_event_conflicts() -> None:
    assert time_conflict("The fire started at about 3 a.m.", "The fire started shortly after 1 a.m.") == ("3 a.m.",
                                                                                                         "1 a.m.")
    assert time_conflict("The fire started at 3 a.m.", "It began at 3am.") is None
    assert time_conflict("The fire started at 3 a.m.", "The fire started at night.") is None


def _positions(tokens):
    out: dict[str, list[int]] = {}
    for i, t in enumerate(tokens):
        out.setdefault(t.stem, []).append(i)
    return out


def test_a_different_count_beside_the_same_word_is_a_rival() -> None:
    claim = tokenize("Fourteen workers were taken to hospital.")
    passage = tokenize("Six workers were taken to hospital.")
    found = list(substitutions(claim, passage, _positions(passage), []))
    assert found and "'Fourteen', the passage 'Six'" in found[0][0]


def test_a_year_is_no_rival_to_a_count() -> None:
    claim = tokenize("Fourteen workers were taken to hospital.")
    passage = tokenize("In 2019 workers were taken to hospital.")
    assert list(substitutions(claim, passage, _positions(passage), [])) == []
