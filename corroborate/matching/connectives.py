"""The closed classes of words that open a clause or join two, and of the words that open a noun phrase, from which
each rule builds the set it reads.

Rules differ in which openers end what they read (a denial's scope, an agent phrase, a reason that must be said),
and in which words before a noun they pass over, so each keeps its own set; building them from these classes shows
what each takes in and leaves out.
"""

from __future__ import annotations

RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
"""Open a relative clause ("men who refuse", "the plant, which opened in 2021"); "that" may too (``THAT``)."""
RELATIVE_ADVERBS = frozenset({"when", "where"})
"""Open a relative clause of time or place ("last year, when workers walked out"), or a clause of their own."""
THAT = frozenset({"that"})
"""Opens a relative clause or a verb's clause: which one, only its place tells."""
COMPLEMENTIZERS = THAT | frozenset({"whether", "if"})
"""Open the clause a verb takes ("said that", "asked whether")."""
CONDITIONS = frozenset({"if", "unless"})
CONCESSIVES = frozenset({"although", "though", "whereas"})
"""Open a clause granted against the main one ("although prices rose")."""
REASONS = frozenset({"because", "since", "as"})
"""Open a clause that says why ("as firefighters dealt with a leak" also says when)."""
JOINING = frozenset({"and", "or"})
"""Join words of one phrase ("friends and family") or two clauses."""
COORDINATORS = JOINING | frozenset({"but"})


ARTICLES = frozenset({"a", "an", "the"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
"""Point to a thing ("this report"); "that" opens a clause too (``THAT``)."""
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
QUANTIFYING = frozenset({"some", "any", "each", "every", "no", "all", "many", "several", "few"})
"""Say how many of a noun ("several raids", "no workers")."""
SCHEDULED = frozenset({"due", "set", "scheduled", "slated"})
"""Words of a schedule between a form of "be" and "to": "talks are due to begin" says they have not yet."""

ADVERB_PARTICLES = frozenset({"up", "down", "out", "off", "away", "back", "ahead"})
"""The particles that, after a verb, make a phrasal verb wherever they stand ("break up", "broke away"); "in", "on"
and "over" as often open a phrase of their own ("kept in hospital", "carried on Tuesday", "fall over the weekend")."""
