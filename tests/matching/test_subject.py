from corroborate.matching import subject

from .conftest import read_against, sentence


def lacking(read, claim: str, text: str, before: str = "", author: frozenset[str] = frozenset(),
            story: str = "") -> tuple[str, ...]:
    analysis = read(claim, text)
    held = read_against(analysis, text).row
    return subject.missing(analysis, analysis.subject, held, sentence(text),
                           sentence(before).stems if before else frozenset(), author,
                           sentence(story).stems if story else frozenset())


def test_a_sentence_that_lacks_what_the_claim_is_about_does_not_hold_it(read) -> None:
    assert lacking(read, "Tobacco and alcohol are not allowed.", "Photography is not allowed inside.",
                   "The shop sold tobacco and alcohol.") == ("Tobacco", "alcohol")
    assert lacking(read, "Tobacco and alcohol are not allowed.", "Tobacco and alcohol are not allowed inside.") == ()


def test_the_subject_may_be_said_in_other_words(read) -> None:
    assert lacking(read, "Nepalese mercenaries deserted the army.", "Mercenaries from Nepal deserted the army.") == ()


def test_a_sentence_that_takes_the_subject_up_again_leaves_the_rest_to_the_one_before(read) -> None:
    before = "Raids on places where migrant workers live continued in May."
    assert lacking(read, "Raids on migrant workers are carried out.", "Such raids are carried out with force.",
                   before) == ()
    assert lacking(read, "Foreign prisoners in the colony do not want to fight.", "Many do not want to fight.",
                   "Foreign prisoners in the colony are in a difficult situation.") == ()
    # Without it being taken up again, the sentence before does not count.
    assert lacking(read, "Raids on migrant workers are carried out.", "Arrests are carried out with force.",
                   before) != ()


def test_the_head_of_a_subject_and_a_sentence_that_refers_back(read) -> None:
    analysis = read("Police raids on migrant workers are carried out.")
    assert analysis.terms[subject.head(analysis, analysis.subject)].surface == "raids"
    assert subject.refers_back(sentence("Many do not wish to fight."))
    assert subject.refers_back(sentence("They all developed antibodies."))
    assert not subject.refers_back(sentence("We project that outbreaks will occur."))
    assert not subject.refers_back(sentence("Many workers left."))  # a quantifier before its own noun


def test_a_sentence_opening_on_we_speaks_of_the_sources_author(read) -> None:
    trust = sentence("North Vale Health Trust").stems
    text = "We have postponed some planned procedures."
    assert lacking(read, "The trust has postponed some planned procedures.", text, author=trust) == ()
    assert lacking(read, "The council has postponed some planned procedures.", text, author=trust) == ("council",)
    # ... and only such a sentence: another's subject is not the author
    assert lacking(read, "The trust has postponed some planned procedures.",
                   "Surgeons have postponed some planned procedures.", author=trust) == ("trust",)


def test_a_definite_general_word_takes_up_what_the_reports_title_and_lead_name(read) -> None:
    claim = "The footbridge linked the Millbrook estate with the town centre."
    text = "The bridge, built in 1968, linked the Millbrook estate with the town centre."
    title = "Footbridge collapses into the Arden after days of rain"
    assert lacking(read, claim, text, story=title) == ()
    # ... not when the report is about something else, nor without "the" (any bridge)
    assert lacking(read, claim, text, story="Road closed after days of rain") == ("footbridge",)
    assert lacking(read, claim, "A bridge, built in 1968, linked the Millbrook estate with the town centre.",
                   story=title) == ("footbridge",)

    # a more general word a few steps up WordNet's kinds, of the same kind of thing: "the animal" for a wolf
    claim = "The wolf was caught on a camera trap on 19 March."
    text = "The animal, a young male, was caught on a camera trap on 19 March."
    assert lacking(read, claim, text, story="Wolf seen in Dutch forest for the first time in a century") == ()


def test_the_head_of_a_possessive_subject_is_what_the_owner_has(read) -> None:
    analysis = read("The freight train's wagons overturned.")
    assert analysis.terms[subject.head(analysis, analysis.subject)].surface == "wagons"


def test_the_agent_of_a_claims_passive_is_in_the_sentence_that_holds_it_or_the_title(read) -> None:
    text = "The Environment Agency, which brought the prosecution, said no fish deaths had been linked to the spills."
    analysis = read("The prosecution was brought by campaigners.", text)
    assert subject.missing_agent(analysis, read_against(analysis, text).row) == ("campaigners",)
    analysis = read("The prosecution was brought by the Environment Agency.", text)
    assert subject.missing_agent(analysis, read_against(analysis, text).row) == ()
    # what the report is about, named in its title, may be the agent: "buried by the landslide"
    text = "No one was injured, although two cars parked beside the road were buried."
    analysis = read("Two cars were buried by the landslide.", text)
    title = sentence("Landslide cuts off mountain villages after days of rain").stems
    assert subject.missing_agent(analysis, read_against(analysis, text).row, title) == ()
    assert subject.missing_agent(analysis, read_against(analysis, text).row) == ("landslide",)


def test_the_head_of_a_compound_subject_is_its_last_word(read) -> None:
    analysis = read("The lime trees were planted in 1926.")
    assert analysis.terms[subject.head(analysis, analysis.subject)].surface == "trees"
    analysis = read("Tobacco and alcohol are also not allowed.")
    assert analysis.terms[subject.head(analysis, analysis.subject)].surface == "Tobacco"
    # so a sentence that takes the trees up again ("The trees, planted in 1926") may leave "lime" to the one before
    assert lacking(read, "The lime trees were planted in 1926.", "The trees, planted in 1926, were felled.",
                   before="Contractors felled eleven lime trees on Beacon Road.") == ()
    alone = "The trees, planted in 1926, were felled."
    assert lacking(read, "The lime trees were planted in 1926.", alone) == ("lime",)
