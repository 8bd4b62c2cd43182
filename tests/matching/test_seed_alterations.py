"""Claims about the bundled seeds, altered so that the seed no longer says them: each must not be reported
as support by that seed, and most are contradicted by it. Each was a wrong "supports" once (or a
contradiction the tool missed), found by altering the seeds' own sentences as a reporter might misremember
them."""

from __future__ import annotations

import pytest

from corroborate.matching.matcher import Matcher

from .conftest import candidates_in

ALTERED = [  # (claim, the seed it is about, whether that seed contradicts it)
    ("Harassment of Muslim women on the streets of Russian cities has decreased.", "002", True),
    ("Bastrykin argued that economic considerations should be paramount when hiring migrant workers.", "001", False),
    ("Harassment of Muslim men on the streets of Russian cities has increased.", "002", True),
    ("The raids on migrant workers in Russia have stopped.", "002", True),
    ("About 400 Tajik and Uzbek nationals were released from Jovid's prison colony.", "000", True),
    ("Those who voluntarily agree to go are sent to the safest positions.", "000", True),
    ("The Wagner group stopped trying to recruit Central Asian citizens through social media.", "003", True),
    ("Russian authorities have accelerated the next wave of mobilisation of Russian citizens.", "003", True),
    ("Bastrykin said that new citizens do not have to register with the military.", "001", True),
    ("Russian authorities identified over 30,000 new citizens who had registered for military service.", "001", True),
    ("Migrants are offered fast-track Russian citizenship in exchange for refusing military contracts.", "001", False),
    ("Russian law enforcement agencies reportedly avoid raids on workplaces employing migrant workers.", "001", True),
    ("The National Resistance Center says Central Asian migrants are not a target for Russian military "
     "recruitment.", "004", True),
    ("The raids on places where labour migrants are concentrated began in the middle of March.", "002", True),
    ("Videos sent by Radio Ozodi readers show police officers running away from migrants.", "002", False),
    ("Bastrykin made the statement during a speech on July 27.", "001", True),
    ("The National Resistance Center reported on 9 March.", "004", True),
    ("Raids on migrant workers in Russia began in the middle of May last year.", "002", True),
    ("Russian law enforcement agencies rarely conduct raids on workplaces employing migrant workers.", "001", False),
    ("Participation in military activities abroad is legal under the criminal codes of many countries.", "003",
     False),
    ("The Russian population supports the war with Ukraine.", "004", False),
    ("Those who voluntarily agree to go are promised worse treatment.", "000", True),
    ("The letter described humane treatment of the migrant inmates.", "000", True),
    ("The Geneva Convention allows occupying forces to compel civilians to serve in their armed forces.", "004",
     True),
    ("The National Resistance Center reported on 19 February that Russia pursues Central Asian migrants.",
     "004", True),
    ("Migrants with Russian citizenship are being offered fast-track naturalization if they sign contracts.",
     "000", True),
    ("Jovid said some inmates would rather renounce their citizenship than take their own lives.", "000", False),
    ("The occupiers threaten draft-age men with deportation to prosperous regions of Russia.", "004", False),
    ("Public awareness work by authorities in Central Asian countries is more than sufficient.", "003", True),
    ("Russian authorities have brought forward the mobilisation of Russian citizens to increase the loss of human "
     "resources.", "003", False),
    ("Russian authorities have not postponed the next wave of mobilisation of Russian citizens.", "003", True),
    ("Ukrainian forces are coercing draft-age men into contracts through threats of arrest.", "004", True),
    ("Russian law enforcement agencies reportedly protect workplaces employing migrant workers.", "001", True),
    ("France's Ministry of Defence confirmed the facts in an intelligence update on September 3rd.", "003", True),
]


@pytest.mark.parametrize("claim, seed, contradicted", ALTERED)
def test_an_altered_claim_is_not_supported_by_its_seed(seeds_matcher: Matcher, claim: str, seed: str,
                                                       contradicted: bool) -> None:
    found = candidates_in(seeds_matcher, claim, seed)
    # As the report decides a source: of its passages that take a stance, the closer match (higher score).
    decided = max((c for c in found if c.stance), key=lambda c: c.score, default=None)
    assert decided is None or decided.stance != "supports", decided
    if contradicted:
        assert decided is not None and decided.stance == "contradicts"


PARAPHRASED = [  # (claim, the seed that says it): told in other words, as a reporter writes them; must stay support
    ("Jovid said foreign prisoners are forced to give up their Tajik or Uzbek citizenship.", "000"),
    ("The migrant prisoners' letter described insults based on their religious beliefs.", "000"),
    ("Bastrykin spoke at the St. Petersburg International Legal Forum on June 27.", "001"),
    ("Russian authorities threatened African students with visa non-renewal unless they enlist.", "001"),
    ("Nepalese mercenaries deserted from the Russian army.", "001"),
    ("Raids on migrant workers are carried out across Russia.", "002"),  # "raids" again, its workers just before
    ("Police officers closed the exits of mosques and checked the documents of parishioners.", "002"),
    ("The Wagner group tries to recruit Central Asian citizens through social media.", "003"),
    ("Britain's Ministry of Defence confirmed attempts by Russian agents to lure Central Asian citizens to the war.",
     "003"),
    ("Russia deceives foreign civilians into combat roles by promising well-paid non-combat jobs.", "004"),
    ("Forced mobilisation of Ukrainian citizens in occupied territories violates the Geneva Convention.", "004"),
]


@pytest.mark.parametrize("claim, seed", PARAPHRASED)
def test_a_paraphrased_claim_is_supported_by_its_seed(seeds_matcher: Matcher, claim: str, seed: str) -> None:
    found = candidates_in(seeds_matcher, claim, seed)
    decided = max((c for c in found if c.stance), key=lambda c: c.score, default=None)
    assert decided is not None and decided.stance == "supports", found[:1]
