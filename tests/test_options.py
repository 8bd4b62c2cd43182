from pathlib import Path

from corroborate.defaults import DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD
from corroborate.kinds import FailOn
from corroborate.options import CheckOptions


def test_a_run_asks_by_default_what_the_readme_says() -> None:
    options = CheckOptions(Path("claims.yaml"), Path("seeds"))
    assert (options.min_sources, options.threshold, options.fail_on) == (DEFAULT_MIN_SOURCES, DEFAULT_THRESHOLD,
                                                                         FailOn.UNSUPPORTED)
    assert options.use_cache and not options.exhaustive and not options.count_interested_parties
