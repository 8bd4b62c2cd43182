from corroborate.matching.governed import replaced_under_verb

from .conftest import read_against, sentence


def governed(read, claim: str, passage: str) -> str | None:
    analysis = read(claim, passage)
    return replaced_under_verb(analysis, sentence(passage), read_against(analysis, passage).aligned)


PASSAGE = ("He stated that foreign prisoners are being forced to give up their Tajik or Uzbek citizenship and "
           "acquire Russian citizenship in exchange for signing military contracts.")


def test_the_claims_modifier_said_of_the_noun_under_another_verb_is_not_the_claims(read) -> None:
    assert governed(read, "Foreign prisoners are being forced to give up their Russian citizenship.", PASSAGE) == (
        "under 'give', the passage has 'Tajik or Uzbek citizenship', not 'Russian citizenship'")
    for passage in ("The council bought the empty library and rented the old library.",
                    "The council bought the empty library, and the old library was kept."):
        assert governed(read, "The council bought the old library.", passage) == (
            "under 'bought', the passage has 'empty library', not 'old library'"), passage


def test_the_noun_the_verb_takes_with_the_claims_modifier_or_a_kin_word_is_left_alone(read) -> None:
    for claim in ("Foreign prisoners are being forced to give up their Tajik citizenship.",
                  "Foreign prisoners are being forced to acquire Russian citizenship."):
        assert governed(read, claim, PASSAGE) is None, claim
    assert governed(read, "The council bought the old library.",
                    "The council bought the empty old library.") is None
    assert governed(read, "Nurses fed the sick baby at night.", "Nurses fed the sick infant at night.") is None


def test_a_noun_the_verb_takes_unqualified_or_beyond_its_clause_or_phrase_is_left_to_coverage(read) -> None:
    claim = "The council bought the old library."
    for passage in ("The council bought the library and rented the old library.",  # the passage does not say which
                    "The council bought, as planned, the empty library and the old library.",  # an aside first
                    "The council bought the land of the empty library and the old library."):  # another noun first
        assert governed(read, claim, passage) is None, passage
