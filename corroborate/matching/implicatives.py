"""Implicative verbs carry polarity to their complement (Karttunen 1971; Nairn, Condoravdi & Karttunen 2006).

"Failed to X", "refused to X", "prevented from X", "has yet to X", "stopped short of X" deny X; "tried to X",
"planned to X" leave it open;
"declined to say whether X" denies the telling, and leaves X open.
"""

from __future__ import annotations

from .cues import CueSentence, Mood, Scope

# Implicative verbs before "to": the polarity they give their complement (Nairn et al. 2006 signatures).
NEGATIVE_IMPLICATIVES = frozenset("fail fails failed failing refuse refuses refused refusing decline declines "
                                  "declined declining neglect neglected neglects forgot forget forgets avoided "
                                  "avoid avoids hesitated".split())


OPEN_BEFORE_TO = frozenset("try tries tried trying attempt attempts attempted attempting plan plans planned "
                           "planning intend intends intended want wants wanted hope hopes hoped seek seeks sought "
                           "aim aims aimed threaten threatens threatened promise promises promised expect expects "
                           "expected propose proposes proposed wish wishes wished".split())


PREVENTING = frozenset("prevented prevent prevents barred stopped kept banned blocked prohibited".split())  # ... from
NOT_YET_AFTER = frozenset("has have had is are was were".split())  # "has yet to X": X has not happened
STOPPED = frozenset("stop stops stopped stopping".split())  # "stopped short of X": X was not done


def implicative(s: CueSentence, i: int) -> Scope | None:
    """"Failed to X", "refused to X" (its complement denied); "prevented from X"; "tried to X", "planned to X"
    (left open)."""
    w, nxt = s.words[i], s.after(i)
    if w in NEGATIVE_IMPLICATIVES and nxt == "to":
        if i + 3 < len(s.words) and s.words[i + 3] in ("that", "whether", "if"):
            # "declined to say whether X", "refused to confirm that X": it denies the telling; X is left open
            return s.to_clause_end(Mood.OPEN, " ".join(t.surface for t in s.tokens[i : i + 4]), i + 4)
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} to", i + 2, stop_at_comma=True)
    if w == "yet" and nxt == "to" and i >= 1 and s.words[i - 1] in NOT_YET_AFTER:
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i - 1].surface} yet to", i + 2, stop_at_comma=True)
    if w == "short" and nxt == "of" and i >= 1 and s.words[i - 1] in STOPPED:
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i - 1].surface} short of", i + 2, stop_at_comma=True)
    if w in PREVENTING and nxt == "from":
        return s.to_clause_end(Mood.DENIED, f"{s.tokens[i].surface} from", i + 2, stop_at_comma=True)
    if w in OPEN_BEFORE_TO and nxt == "to":
        return s.to_clause_end(Mood.OPEN, f"{s.tokens[i].surface} to", i + 2, stop_at_comma=True)
    return None
