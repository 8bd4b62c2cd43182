"""corroborate: check which claims in a story are independently confirmed by the source documents."""

__version__ = "0.1.0"
