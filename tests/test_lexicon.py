

from corroborate import lexicon
from corroborate.lexicon import Relation, relation
from corroborate.text import stem


def test_relations_come_from_wordnet() -> None:
    assert relation("died", "perished") is Relation.SYNONYM
    assert relation("evacuation", "evacuated") is Relation.SYNONYM  # derived form
    assert relation("increased", "decreased") is Relation.OPPOSITE
    assert relation("started", "finished") is Relation.OPPOSITE  # "finished": the adjective and the verb
    assert relation("began", "ended") is Relation.OPPOSITE
    assert relation("worsened", "improvement") is Relation.OPPOSITE  # of a derived noun (improve / worsen)
    assert relation("rifle", "weapon") is Relation.SPECIFIC
    assert relation("weapon", "rifle") is Relation.NONE  # a more general word does not say the specific one
    assert relation("fought", "fight") is Relation.SAME


def test_a_word_in_ly_is_an_adverb_where_wordnet_says_so_or_does_not_know_it() -> None:
    assert lexicon.ly_adverb("immediately") and lexicon.ly_adverb("likely") and lexicon.ly_adverb("reportedly")
    assert not any(lexicon.ly_adverb(w) for w in ("apply", "supply", "family", "costly", "late"))
    # the stricter reading: one WordNet's corpus uses mostly as an adverb ("early" is mostly an adjective)
    assert lexicon.mostly_ly_adverb("sharply") and lexicon.mostly_ly_adverb("nearly")
    assert lexicon.ly_adverb("early") and not lexicon.mostly_ly_adverb("early")


def test_a_singular_noun_of_time_is_a_time_period() -> None:
    assert all(lexicon.time_period(w) for w in ("day", "summer", "morning", "year"))
    assert not any(lexicon.time_period(w) for w in ("days", "seasons", "school", "phone"))


def test_opposites_stay_in_the_sense() -> None:
    # Through another sense of a synonym ("last" / "live" as in "a live broadcast" / "recorded", "filmed")
    # or a derived adjective ("reduce" / "reducible" / "irreducible"), words would become each other's opposites.
    assert relation("film", "last") is Relation.NONE
    assert relation("irreducible", "reduce") is Relation.NONE
    assert relation("small", "huge") is Relation.OPPOSITE  # huge is similar to large, whose antonym is small
    assert relation("low", "high") is Relation.OPPOSITE  # short words count too


def test_irregular_forms_share_a_stem() -> None:
    assert stem("went") == stem("go") and stem("fought") == stem("fight") and stem("died") == stem("die")
    assert stem("children") == stem("child")
    assert stem("left") != stem("leave")  # "left" is a word of its own


def test_the_more_general_words_of_a_noun_a_few_steps_up_are_of_its_own_kind() -> None:
    from corroborate.lexicon import ancestor_stems

    assert {stem("animal"), stem("mammal"), stem("carnivore")} <= ancestor_stems("wolf", 2)
    assert stem("animal") not in ancestor_stems("wolf", 1) and ancestor_stems("quickly", 2) == frozenset()
    assert stem("vehicle") in ancestor_stems("lorry", 2) and stem("adult") not in ancestor_stems("wolf", 2)


def test_closed_class_scales() -> None:
    assert lexicon.scale_place("all") == ("quantity", 4)
    assert lexicon.scale_place("everything") == ("quantity", 4) and lexicon.scale_place("nothing") == ("quantity", 0)
    assert lexicon.scale_place("rarely") == ("frequency", 1)
    assert "after" in lexicon.SCALE_OPPOSITES["before"]


def test_a_scale_takes_in_wordnets_adverbs_of_the_same_place_and_its_ends_are_opposites() -> None:
    assert lexicon.scale_place("constantly") == lexicon.scale_place("always")
    assert lexicon.scale_place("ever") is None  # a short function word of other uses ("the first ever")
    assert {"always", "constantly", "often"} <= set(lexicon.scale_opposites("rarely"))
    assert "rarely" in lexicon.scale_opposites("constantly")
    assert lexicon.scale_opposites("sometimes") == ()  # the middle has no opposite
    assert "never" not in lexicon.scale_opposites("few")  # quantity keeps its own pairs only


def test_a_past_form_that_is_a_lemma_too_knows_its_verb() -> None:
    assert lexicon.base_stems("left") == {"left", "leav"} and lexicon.base_stems("market") == {"market"}
    assert "woman" in lexicon.base_stems("women") and "man" in lexicon.opposite_stems("women")
    assert stem("left") != stem("leave")  # the stem stays: "the left bank" is not "leave"
    # ... but a lemma WordNet's tagged corpus seldom uses as one is the verb's form: "held" (an adjective) is "hold"
    assert lexicon.base_stems("held") == {"hold"} and stem("found") == stem("find")


def test_the_part_of_speech_a_word_mostly_has() -> None:
    assert lexicon.mostly("considerations", "n") and lexicon.mostly("took", "v")
    assert not lexicon.mostly("present", "n")  # more often a verb or an adjective
    assert not lexicon.mostly("immune", "n") and not lexicon.mostly("Bastrykin", "n")  # never seen used; unknown


def test_a_british_spelling_the_tagged_corpus_never_saw_is_used_as_the_american_one_is() -> None:
    assert lexicon.mostly("neighbour", "n") and lexicon.mostly("storey", "n")
    assert lexicon.mostly("centre", "n")  # (its first noun sense is one only "centre" has: "center" is in another)
    assert lexicon.lookup("neighbour").tags == lexicon.lookup("neighbor").tags


def test_a_plural_noun_ending_in_en_is_no_participle() -> None:
    assert lexicon.verb_share("women") == 0.0 and lexicon.verb_share("men") == 0.0
    assert lexicon.verb_share("seen") > 0.5


def test_a_past_forms_verb_share_weighs_the_verb_against_the_adjective_not_the_noun() -> None:
    # "rule" is a noun more often than a verb, but "ruled" is no noun: a verb far more than the adjective
    assert lexicon.verb_share("ruled") < 0.5 < lexicon.past_form_verb_share("ruled")
    assert lexicon.past_form_verb_share("armed") < 0.5  # ("armed police": mostly the adjective)
    assert lexicon.past_form_verb_share("feed") == 0.0 and lexicon.past_form_verb_share("rule") == 0.0  # no past form


def test_a_word_wordnet_lists_only_as_a_noun_is_mostly_a_noun() -> None:
    assert lexicon.mostly("workforce", "n")  # never seen used in the tagged corpus, but only a noun


def test_a_verb_excludes_the_opposite_of_what_it_is_a_kind_of() -> None:
    # To reduce is to decrease (its first sense, one step up), and decreasing excludes increasing.
    assert stem("increase") in lexicon.alternative_stems("reduced")
    assert stem("increase") in lexicon.alternative_stems("shrinking")
    # Only through the first sense and one step: "handed" is a kind of "take" in a sense unrelated to giving.
    assert stem("give") not in lexicon.alternative_stems("handed")
    assert lexicon.alternative_stems("revised") == frozenset()


def test_a_verb_used_hundreds_of_times_in_wordnets_corpus_is_general() -> None:
    from corroborate.lexicon import general_verb

    assert general_verb("came") and general_verb("made") and general_verb("given") and general_verb("said")
    assert not general_verb("died") and not general_verb("opposed") and not general_verb("discharged")


def test_a_verb_whose_first_sense_wordnet_files_as_stative_is_a_relation() -> None:
    from corroborate.lexicon import stative_verb

    assert stative_verb("involves") and stative_verb("include") and stative_verb("contained")
    assert not stative_verb("attacked") and not stative_verb("died") and not stative_verb("said")


def test_a_words_kind_is_the_lexicographer_file_of_its_first_sense() -> None:
    from corroborate.lexicon import lookup

    resident, car, involve = lookup("resident"), lookup("car"), lookup("involve")
    assert resident is not None and resident.kind("n") == "person"
    assert car is not None and car.kind("n") == "artifact" and car.kind("v") == ""
    assert involve is not None and involve.kind("v") == "stative"


def test_the_lemma_of_an_irregular_form_comes_from_wordnets_exception_lists() -> None:
    from corroborate.lexicon import lemma_of

    assert lemma_of("paid") == "pay" and lemma_of("rose") == "rise" and lemma_of("Went") == "go"
    assert lemma_of("evacuated") == "evacuated"  # a regular form: the stem joins it already


def test_a_synonym_of_an_opposite_is_opposed_word_for_word() -> None:
    assert lexicon.opposed_through_synonym("undermines", "strengthens")  # undermine ~ weaken | strengthen
    assert not lexicon.opposed_through_synonym("unique", "equally")  # unequaled / unequally share only a stem
    assert not lexicon.opposed_through_synonym("fortifies", "strengthens")


def test_an_opposite_that_is_a_stop_word_counts() -> None:
    assert "well" in lexicon.opposite_stems("poorly")
    assert "no" not in lexicon.opposite_stems("yes")  # (too short to tell from the word it is part of)


def test_a_phrasal_verb_of_one_particle_has_a_row_of_its_own() -> None:
    call_off = lexicon.phrasal_entry("called", "off")
    assert call_off is not None and "cancel" in call_off.synonyms
    assert lexicon.phrasal_entry("went", "ahead") is not None
    assert lexicon.phrasal_entry("called", "the") is None


def test_a_forms_kin_takes_in_the_synonyms_of_the_word_it_comes_from() -> None:
    assert stem("shut") in lexicon.kin_stems("closed")
    assert stem("decision") in lexicon.kin_stems("decided")


def test_a_noun_of_action_takes_the_alternatives_of_its_verb() -> None:
    assert stem("increase") in lexicon.action_alternative_stems("reduction")  # reduce: a kind of decrease
    assert lexicon.action_alternative_stems("reduce") == frozenset()  # a verb has its own (alternative_stems)
    assert lexicon.action_verbs("deportation") == ("deport",) and "flee" in lexicon.action_verbs("flight")
    assert lexicon.action_verbs("road") == ()  # a noun of no action


def test_verbs_of_occurring_are_happen_and_its_synonyms() -> None:
    assert lexicon.occurrence_verb("happened") and lexicon.occurrence_verb("occurred")
    assert not lexicon.occurrence_verb("derailed") and not lexicon.occurrence_verb("started")


def test_a_word_written_as_a_past_or_a_participle() -> None:
    assert all(lexicon.written_past(w) for w in ("closed", "taken", "held", "went", "paid"))
    assert not any(lexicon.written_past(w) for w in ("complete", "clear", "close", "apply"))


def test_a_form_in_ed_or_ing_comes_from_a_verb_before_a_word_of_another_kind() -> None:
    # morphy undoes "-ed" as "-e" first: "marche" is a noun (the Italian region), so the verb "march" is taken
    assert lexicon.base_entry("marched").word == "march"
    assert lexicon.base_entry("baked").word == "bake" and lexicon.base_entry("hoped").word == "hope"
    # with no root of the suffix's kind, the first found still stands ("skilled": the noun "skill")
    assert lexicon.base_entry("skilled").word == "skill"


def test_a_word_wordnet_writes_capitalised_in_every_sense_is_a_name() -> None:
    assert lexicon.only_a_name("France's") and lexicon.only_a_name("Britain’s")  # (a possessive is its name's)
    assert lexicon.only_a_name("Tajiks") and lexicon.only_a_name("September")
    assert not lexicon.only_a_name("China")  # porcelain too
    assert not lexicon.only_a_name("March") and not lexicon.only_a_name("Police")
    assert not lexicon.only_a_name("Zoria")  # not in WordNet: nothing said


def test_a_names_other_forms_come_from_wordnet() -> None:
    assert stem("nepal") in lexicon.name_form_stems("Nepalese")
    assert stem("russian") in lexicon.name_form_stems("Russia's")
    assert lexicon.name_form_stems("china") == frozenset()  # a common word too: its forms are not a name's


def test_a_closed_compound_is_a_kind_of_its_head() -> None:
    assert lexicon.compound_of("sinkhole", "hole")
    assert lexicon.compound_of("sunflower", "flower")
    # not the other way round, nor a word that merely ends in another, nor a part too short to be a word
    assert not lexicon.compound_of("hole", "sinkhole")
    assert not lexicon.compound_of("butterfly", "fly")
    assert not lexicon.compound_of("oven", "ven")
