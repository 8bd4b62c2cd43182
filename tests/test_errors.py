from corroborate.errors import InputError


def test_an_input_error_names_file_line_and_column_when_it_has_them() -> None:
    assert str(InputError("claim 'a' has no `text`", "claims.yaml", 7, 5)) == "claims.yaml:7:5: claim 'a' has no `text`"
    assert str(InputError("not a folder", "seeds")) == "seeds: not a folder"
    assert str(InputError("no file name given")) == "no file name given"
