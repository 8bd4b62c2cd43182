"""Defaults shared by the command line and the core, in a module light enough to import for `--help`."""

DEFAULT_THRESHOLD = 50.0  # score from which a passage supports a claim
DEFAULT_MIN_SOURCES = 2  # independent origins a claim needs to be corroborated
