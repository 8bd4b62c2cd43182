
import pytest

from corroborate.errors import InputError
from corroborate.sources import decode, load_corpus, read_source, split_sentences

from .conftest import SEEDS


def test_every_passage_is_the_exact_slice_of_its_file():
    corpus = load_corpus(SEEDS)
    assert len(corpus.sources) == 5
    for source in corpus.sources:
        raw = source.path.read_text(encoding="utf-8")
        lines = raw.split("\n")
        for p in source.passages():
            assert raw[p.start : p.end] == p.text
            assert p.text.split("\n")[0] in lines[p.line - 1]


def test_sentences_split_on_punctuation_not_abbreviations():
    text = "Mr. Smith met Dr. Jones in the U.S. capital. They talked.\nA new line starts here"
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["Mr. Smith met Dr. Jones in the U.S. capital.", "They talked.", "A new line starts here"]


@pytest.mark.parametrize("text, expected", [
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    ('He said "stop." then he left.', ['He said "stop."', "then he left."]),  # a quote closes the sentence
    ("It ended (finally.) Next came more.", ["It ended (finally.)", "Next came more."]),
    ("Prices rose 2.5 percent. Wages did not.", ["Prices rose 2.5 percent.", "Wages did not."]),
    ("Is it over?! «Yes» said one.", ["Is it over?!", "«Yes» said one."]),
])
def test_sentences_end_at_closing_punctuation_and_quotes(text, expected):
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


def test_hard_wrapped_lines_join_into_one_sentence():
    text = "The raids began in May and\ncontinued all summer.\n"
    (s,) = split_sentences(text)
    assert (s.line, s.end_line) == (1, 2)


@pytest.mark.parametrize("data, encoding", [
    ("Привет, мир".encode("cp1251"), "cp1251"),
    ("café crème".encode("latin-1"), "cp1252"),
    ("\ufeffhello".encode("utf-16"), "utf-16"),
    ("plain".encode("utf-8"), "utf-8"),
])
def test_common_encodings_are_detected(data, encoding):
    assert decode(data)[1] == encoding


def test_binary_files_are_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_unreadable_files_are_reported_not_dropped(tmp_path):
    (tmp_path / "good.txt").write_text("Police raided the market.", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [s.path.name for s in corpus.sources] == ["good.txt"]
    assert any("blob.txt: skipped: binary" in str(m) for m in corpus.skipped)
    assert any("empty.md: skipped: empty" in str(m) for m in corpus.skipped)


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_read_source_hashes_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One sentence.", encoding="utf-8")
    assert len(read_source(path, "a.txt").sha256) == 64


def test_many_files_are_parsed_on_all_cores_with_the_same_result(tmp_path, monkeypatch):
    from corroborate import parallel

    for n in range(45):
        (tmp_path / f"{n:02}.txt").write_text(f"Article {n}. Police raided {n} markets in Osh.\nA second line.\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_text("   \n")
    monkeypatch.setattr(parallel, "workers", lambda: 2)  # forked even on a one-core machine
    assert parallel.worth_it(47)
    together = load_corpus(tmp_path)
    monkeypatch.setattr(parallel, "worth_it", lambda items: False)
    alone = load_corpus(tmp_path)
    assert len(together.sources) == 45
    assert sorted(map(str, together.skipped)) == sorted(map(str, alone.skipped))
    assert len(together.skipped) == 2
    assert any("binary" in str(w) for w in together.skipped) and any("empty" in str(w) for w in together.skipped)
    for a, b in zip(together.sources, alone.sources):
        assert (a.name, a.sentences, a.content_stems()) == (b.name, b.sentences, b.content_stems())
    # ... and so is the index of their sentences.
    assert together.sentences_with == alone.sentences_with
    assert together.sentences_with["raid"][:2] == [(0, 1), (1, 1)]
