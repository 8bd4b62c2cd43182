"""A claim read once: its words, their weights, names, numbers, verbs and negation."""

from __future__ import annotations

from corroborate.text import stem


def test_a_claims_terms_carry_weight_names_numbers_verbs_and_negation(read) -> None:
    analysis = read("Police in Osh did not detain 40 migrants on Monday.",
                    "Police in Osh did not detain 40 migrants on Monday. The weather was mild.")
    terms = {t.surface: t for t in analysis.terms}
    assert terms["Osh"].name and terms["40"].number == 40
    assert terms["detain"].verb and terms["detain"].negated
    assert not terms["migrants"].negated
    assert terms["Osh"].weight > 0 and analysis.total_weight >= sum(t.weight for t in analysis.terms) - 1e-9


def test_a_claim_that_is_itself_open_knows_its_cue(read) -> None:
    assert read("It is unclear whether the school was evacuated.").open_cue == "unclear"
    assert read("Was the school evacuated?").open_cue == "a question"
    assert read("The school was evacuated.").open_cue == ""
    # A cue over the claim's main verb makes it open, as it would a passage's, however few of its words follow.
    assert read("The trust said there was no evidence that patient data had been taken.").open_cue == (
        "no evidence that")
    assert "may" in read("The school may have been evacuated.").cues  # a passage's "may" is then no hedge


def test_a_claim_that_tells_of_a_report_knows_the_reports_cue(read) -> None:
    # It asserts the report ("Another theory is that X"), so the same words in a passage report what it does.
    # ... and in its own order: the stem of the cue's first word ("advised walkers to" / "have been advised to")
    assert read("Another theory is that a mamba was seen shedding.").reported_cues == {"theory is that", "theory"}
    assert stem("advised") in read("Walkers have been advised to keep dogs on a lead.").reported_cues
    assert read("A mamba was seen shedding.").reported_cues == frozenset()


def test_all_before_a_singular_noun_of_time_is_a_stretch_of_time_not_a_scale_word(read) -> None:
    def scale(claim: str) -> list[str]:
        return [t.surface for t in read(claim).scale_words]
    assert scale("Schools that banned phones all day reported fewer disruptions.") == ["fewer"]
    assert scale("The museum stays open all summer.") == []
    assert scale("The virus persists in all seasons.") == ["all"]  # a quantifier over seasons
    assert scale("All schools banned phones.") == ["All"]


def test_the_subject_is_what_comes_before_the_last_verb(read) -> None:
    analysis = read("Hydroxychloroquine does not lower the risk of mortality.")
    assert [analysis.terms[k].surface for k in analysis.subject] == ["Hydroxychloroquine"]
    raids = read("Police raids on migrant workers stopped in May.")  # "raids" may read as a verb: not the last
    assert [raids.terms[k].surface for k in raids.subject] == ["Police", "raids", "migrant", "workers"]


def test_the_adjective_a_claim_says_of_its_subject(read) -> None:
    def predicate(text: str) -> str | None:
        analysis = read(text)
        k = analysis.predicate_adjective
        return None if k is None else analysis.terms[k].surface

    assert predicate("Participation in military activities abroad is legal under many criminal codes.") == "legal"
    assert predicate("COVID-19 is not dangerous for pregnant women.") == "dangerous"
    assert predicate("He was a regular substitute presenter.") is None  # it qualifies the noun after it
    assert predicate("Wearing a mask is a beneficial and effective means to prevent infection.") is None  # (and
    # the noun an article opens)
    assert predicate("Their frames can be made out of wood.") is None  # a verb's form says what is done
    assert predicate("Police raided the market.") is None
    # an infinitive inside the subject is not the verb the copula must come before
    assert predicate("Media reports on attempts to lure migrants to the war have been rare.") == "rare"
    # past an adverb, an adjective that is a verb's base form too, in the clause a verb of saying reports
    assert predicate("North Vale Health Trust said its investigation was nearly complete.") == "complete"
    assert predicate("The trust announced that its investigation was complete.") == "complete"
    assert predicate("The virus is highly contagious.") == "contagious"
    assert predicate("The road was closed on Monday.") is None  # a participle: left to the verbs
    # what a verb says of its object, at the clause's end
    assert predicate("An inspection in May had found the structure unsafe.") == "unsafe"
    assert predicate("Inspectors declared the building safe for use.") == "safe"
    assert predicate("The court found him guilty of murder.") == "guilty"
    # ... a name is an object too, and a passive says its subject was found or judged so
    assert predicate("Ofsted rated Hollins Academy good.") == "good"
    assert predicate("Hollins Academy was judged outstanding two years ago.") == "outstanding"
    assert predicate("He was found guilty of murder.") == "guilty"
    assert predicate("Russia deceives Indian civilians into combat roles.") is None  # a plural is no adjective
    assert predicate("The council found the old bridge.") is None  # "old" qualifies the noun after it


def test_a_participle_after_a_noun_says_which_and_is_not_the_verb_asserted(read) -> None:
    analysis = read("Central Asian migrants working in occupied territories have signed contracts.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "signed"


def test_an_infinitive_after_a_noun_says_which_and_is_not_the_verb_asserted(read) -> None:
    analysis = read("The opposition's amendment to keep the libraries open was defeated.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "defeated"
    analysis = read("The council decided to keep the libraries open.")  # (after a verb, it is what was decided)
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "decided"
    analysis = read("They tried to convince me, but their concert proved otherwise.")  # (a past form is no noun)
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "convince"


def test_the_verb_a_claim_asserts_is_not_the_one_of_a_clause_that_says_which(read) -> None:
    # "who do not sign" only says which prisoners; the claim asserts that they are sent.
    analysis = read("Prisoners who do not sign are sent to solitary confinement.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "sent"
    analysis = read("Police raided the market that sells fish.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "raided"


def test_a_gerund_after_a_preposition_says_when_or_instead_of_what_and_is_not_the_verb_asserted(read) -> None:
    analysis = read("Instead of attending his local school, Lecque decided to enroll at Scanlan.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "decided"
    analysis = read("After signing the contract, the prisoners were sent to the front.")
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "sent"
    analysis = read("Police stopped him from leaving.")  # (the last verb: the claim has no other)
    assert analysis.main_verb is not None and analysis.terms[analysis.main_verb].surface == "stopped"


def test_a_condition_on_the_claims_own_restriction_leaves_its_assertion_standing(read) -> None:
    from .conftest import read_against

    analysis = read("Prisoners who do not sign are sent to solitary confinement.")
    assert read_against(analysis, "If you don't sign, you'll be sent to solitary confinement.").mood.mood.name \
        == "ASSERTED"


def test_another_spelling_of_one_word_is_a_variant_and_a_mere_relative_is_not(read) -> None:
    # "defence" / "defense": WordNet lists them in one sense, and they are spelled nearly alike (83, under the
    # cutoff for words WordNet does not join)
    analysis = read("They signed contracts with the Ministry of Defence.",
                    "They signed contracts with the Ministry of Defense. Occupiers occupy the town.")
    terms = {t.surface: t for t in analysis.terms}
    assert "defens" in terms["Defence"].variants
    # "occupiers" / "occupy" are related (a derived form), not one word: kept to the ordinary cutoff
    analysis = read("The occupiers left the town.", "The occupiers left. Soldiers occupy the town.")
    assert "occupy" not in {t.surface: t for t in analysis.terms}["occupiers"].variants


def test_the_words_by_which_a_claim_says_its_event_did_not_happen(read) -> None:
    assert read("The staff did not evacuate the school.").denying_words == frozenset({"not"})
    assert read("Staff prevented the prisoners from beating the inmates.").denying_words == frozenset(
        {"prevented", "from"})
    assert read("Officials denied that the school was evacuated.").denies
    assert not read("The staff evacuated the school.").denies


def test_a_verb_that_says_only_that_an_event_took_place_weighs_nothing(read) -> None:
    analysis = read("The derailment happened on Tuesday night.",
                    "The derailment on Monday night injured several people.")
    terms = {t.surface: t for t in analysis.terms}
    assert terms["happened"].weight == 0.0 and terms["derailment"].weight > 0


def test_an_event_told_on_another_day_contradicts_a_claim_that_it_happened_then(tmp_path) -> None:
    from corroborate.claims import Claim
    from corroborate.matching.matcher import Matcher
    from corroborate.sources import load_corpus

    (tmp_path / "source.txt").write_text("The derailment on Monday night injured several people.", encoding="utf-8")
    (tmp_path / "other.txt").write_text("The weather was mild. Markets were calm.", encoding="utf-8")
    found = Matcher(load_corpus(tmp_path)).match_claim(Claim("c", "The derailment happened on Tuesday night."))
    assert {str(c.stance) for cs in found.values() for c in cs if c.stance} == {"contradicts"}


def test_a_claims_word_of_a_time_gone_by_bears_on_its_clause_or_its_aside(read) -> None:
    analysis = read("Previously, a Russian passport was a mortal threat for a migrant.")
    assert {analysis.terms[k].surface for k in analysis.former_terms} == {
        "Russian", "passport", "mortal", "threat", "migrant"}
    analysis = read("A Russian passport, once a privilege for a migrant, has become a mortal threat.")
    assert {analysis.terms[k].surface for k in analysis.former_terms} == {"privilege", "migrant"}
    assert read("A Russian passport is a mortal threat.").former_terms == frozenset()


def test_another_word_spelled_nearly_alike_is_no_variant(read) -> None:
    # "projects" is a word of its own, not a spelling of "protecting"; "defense" is one of "defence" (WordNet lists
    # the two as synonyms), and a name keeps its near spellings ("Kharkiv" / "Kharkov")
    analysis = read("The authorities are protecting migrants.", "Russia uses migrants for construction projects.")
    assert "project" not in {t.surface: t for t in analysis.terms}["protecting"].variants
    analysis = read("The Ministry of Defence said so.", "The ministry of defense said so.")
    assert any(t.surface == "Defence" and t.variants for t in analysis.terms)
    analysis = read("Shelling hit Kharkiv on Monday.", "Shelling hit Kharkov on Monday.")
    assert "kharkov" in {t.surface: t for t in analysis.terms}["Kharkiv"].variants


def test_a_first_word_is_a_name_as_the_sources_write_it_or_else_as_wordnet_does(read) -> None:
    said = "The facts were confirmed by Britain's Ministry of Defence."
    assert read("France's Ministry of Defence confirmed the facts.", said).terms[0].name  # no source writes it
    assert not read("Police confirmed the facts.", said).terms[0].name
    # The sources' own use comes first: inside their sentences they write "march" as a verb.
    assert not read("March confirmed the facts.", "Thousands march on the capital. " + said).terms[0].name
    # a word WordNet does not know, before another capitalised word, opens a name the sources never write inside a
    # sentence ("Maisie Harding set off ...")
    said = "Maisie Harding set off from the beach."
    assert read("Maisie Harding is the youngest swimmer.", said).terms[0].name
    assert not read("Swimmers set off from the beach.", said).terms[0].name


def test_a_name_is_found_in_the_form_wordnet_derives_from_it(read) -> None:
    said = "Reports showed mercenaries from Nepal deserting from the Russian army."
    nepalese = read("Nepalese mercenaries deserted from the Russian army.", said).terms[0]
    assert nepalese.name and "nepal" in nepalese.variants
