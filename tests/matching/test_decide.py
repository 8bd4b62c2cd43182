"""The written decision rule: what the rule modules found, turned into supports, contradicts or neither."""

from __future__ import annotations

from corroborate.kinds import Stance
from corroborate.matching.candidate import Signals
from corroborate.matching.decide import Findings, decide, tells_otherwise


def findings(**changes: object) -> Findings:
    signals = Signals(coverage=0.9, phrases=0.8, names=1.0, numbers="agree", missing=(), conflicts=())
    base = {"score": 85.0, "signals": signals, "topical": True}
    return Findings(**(base | changes))  # type: ignore[arg-type]


def test_a_close_passage_with_nothing_against_it_supports() -> None:
    stance, reason = decide(findings(), 50)
    assert stance is Stance.SUPPORTS and reason.startswith("score 85.0 >= 50")


def test_a_conflict_on_the_claims_topic_contradicts_and_off_topic_it_only_refuses() -> None:
    conflicting = Signals(0.9, 0.8, 1.0, "conflict", (), ("the passage negates 'evacuated'",))
    assert decide(findings(signals=conflicting), 50)[0] is Stance.CONTRADICTS
    stance, reason = decide(findings(signals=conflicting, topical=False), 50)
    assert stance is None


def test_each_missing_element_is_a_near_miss_with_its_reason() -> None:
    cases = {
        "missing_verb": ("evacuated", "the claim's verb 'evacuated' is not in the sentence"),
        "unplaced_negation": ("sign", "the claim says 'not sign'"),
        "unasserted": ("unclear whether", "it only reports it as open ('unclear whether')"),
        "swapped": (("Fleming", "penicillin"), "the roles differ"),
        "other_negation": ("refused", "the claim says 'refused', the passage does not"),
        "other_clause": (("coast", "while"), "'coast' is in a clause set against the one with the claim's verb"),
        "replaced_verb": (("opposed", "called"), "the passage says 'called' where the claim says 'opposed'"),
        "other_counted": (("shops", "residents"), "the passage's number counts 'residents', the claim's 'shops'"),
    }
    for field, (value, expected) in cases.items():
        stance, reason = decide(findings(**{field: value}), 50)
        assert stance is None and expected in reason, field
    stance, reason = decide(findings(score=40.0), 50)
    assert stance is None and reason.startswith("score 40.0 below the threshold 50")


def test_a_passage_tells_the_claim_otherwise_only_where_it_tells_it_whole_and_asserted() -> None:
    signals = Signals(0.9, 0.5, 1.0, "none", (), ())
    assert tells_otherwise(Findings(score=80.0, signals=signals, topical=True, modifier="the passage has 'key target'"))
    assert not tells_otherwise(Findings(score=80.0, signals=signals, topical=True, modifier="the passage has ...",
                                        unasserted="possible"))  # open: it tells nothing otherwise
    assert not tells_otherwise(Findings(score=80.0, signals=signals, topical=True))
