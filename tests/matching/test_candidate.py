import dataclasses

from corroborate.matching.candidate import Signals


def test_the_signals_in_a_report_are_rounded_and_plain() -> None:
    signals = Signals(0.66666, 0.5, 1.0, "agree", ("Osh",), ("the passage negates 'raided'",),
                      (("raided", "raided", "same word"),))
    assert signals.as_dict() == {"coverage": 0.667, "phrases": 0.5, "names": 1.0, "numbers": "agree",
                                 "missing": ["Osh"], "conflicts": ["the passage negates 'raided'"]}


def test_signals_survive_the_trip_from_a_worker_field_by_field() -> None:
    """Workers send signals back as their fields: every field must make the trip, in order."""
    signals = Signals(0.5, 0.25, 1.0, "missing", ("Osh",), ("a conflict",), (("raided", "attacked", "synonym"),))
    assert Signals(*signals.fields()) == signals
    assert len(signals.fields()) == len(dataclasses.fields(Signals))
