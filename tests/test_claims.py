from pathlib import Path

import pytest

from corroborate.claims import load_claims, parse_claims
from corroborate.errors import InputError

from .conftest import CLAIMS


def parse(text):
    return parse_claims(text, Path("claims.yaml"))


def error_of(text) -> str:
    with pytest.raises(InputError) as info:
        parse(text)
    return str(info.value)


def test_minimal_form():
    f = parse("claims: [{id: a1, text: Police raided the market.}]")
    assert [(c.id, c.text) for c in f.claims] == [("a1", "Police raided the market.")]


def test_bundled_claims_file_is_curated():
    f = load_claims(CLAIMS)
    assert len(f.claims) >= 20
    hizb = f.sources["002_5bfcafe28af160c6.txt"]
    assert hizb.kind == "advocacy" and hizb.author == "Muhammad Mansour"
    assert f.settings["sources"] == "seeds"


@pytest.mark.parametrize("text, message", [
    ("claims:\n  - id: a\n    text: [1, 2]\n", "claims.yaml:3:11: `text` of claim 'a' must be text, not a list"),
    ("claims:\n  - text: Something happened.\n", "claims.yaml:2:5: claim has no `id` (its text: 'Something happened.')"),
    ("claims:\n  - id: a\n", "claims.yaml:2:5: claim 'a' has no `text`"),
    ("claims:\n  - id: a\n    text: ''\n", "claims.yaml:3:11: `text` of claim 'a' is empty"),
    ("claims:\n  - id: 12\n    text: x\n", "claims.yaml:2:9: claim `id` must be text, but YAML reads '12' as a number; put it in quotes"),
    ("claims:\n  - id: no\n    text: x\n", "claims.yaml:2:9: claim `id` must be text, but YAML reads 'no' as a yes/no value; put it in quotes"),
    ("claims:\n  - id: a\n    text: x\n  - id: a\n    text: y\n", "claims.yaml:4:5: duplicate claim id 'a' (first defined on line 2)"),
    ("claims:\n  - id: a\n    id: b\n    text: x\n", "claims.yaml:3:5: duplicate key 'id' in a claim (first on line 2)"),
    ("claims:\n  - id: a\n    text: x\n   bad: [\n", "claims.yaml:4:4: YAML syntax error"),
    ("", "claims.yaml:1: claims file is empty"),
    ("claims: {id: a}\n", "claims.yaml:1:9: `claims` must be a list (- item), not a mapping"),
    ("- id: a\n", "claims.yaml:1:1: the top level must be a mapping (key: value), not a list"),
    ("claims:\n  - id: a\n    text: x\n    min_sources: two\n", "claims.yaml:4:18: claim 'a': `min_sources` must be a whole number"),
])
def test_validation_messages_name_file_line_and_column(text, message):
    assert error_of(text).startswith(message)


def test_unknown_keys_warn_with_a_suggestion():
    f = parse("claims:\n  - id: a\n    txt: y\n    text: x\n")
    assert f.warnings == ["claims.yaml:3:5: warning: claim 'a': unknown claim key 'txt' ignored; did you mean 'text'?"]


def test_optional_fields():
    f = parse("claims:\n  - id: a\n    text: x\n    min_sources: 3\n    also: [y]\n    require: z\n"
              "    severity: warning\n    waiver: Only one outlet was there.\n")
    c = f.claims[0]
    assert (c.min_sources, c.also, c.require, c.severity, c.waiver) == (3, ("y",), ("z",), "warning",
                                                                       "Only one outlet was there.")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="claims file not found"):
        load_claims(tmp_path / "claims.yaml")
