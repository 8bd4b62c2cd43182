

from corroborate import lexicon
from corroborate.lexicon import Relation, relation
from corroborate.text import stem


def test_relations_come_from_wordnet() -> None:
    assert relation("died", "perished") is Relation.SYNONYM
    assert relation("evacuation", "evacuated") is Relation.SYNONYM  # derived form
    assert relation("increased", "decreased") is Relation.OPPOSITE
    assert relation("began", "stopped") is Relation.OPPOSITE  # the opposite of a synonym (start / stop)
    assert relation("rifle", "weapon") is Relation.SPECIFIC
    assert relation("weapon", "rifle") is Relation.NONE  # a more general word does not say the specific one
    assert relation("fought", "fight") is Relation.SAME


def test_irregular_forms_share_a_stem() -> None:
    assert stem("went") == stem("go") and stem("fought") == stem("fight") and stem("died") == stem("die")
    assert stem("children") == stem("child")
    assert stem("left") != stem("leave")  # "left" is a word of its own


def test_closed_class_scales() -> None:
    assert lexicon.scale_place("all") == ("quantity", 4)
    assert lexicon.scale_place("rarely") == ("frequency", 1)
    assert "after" in lexicon.SCALE_OPPOSITES["before"]
