from corroborate.text import stem, tokenize


def numbers(text):
    return [t.number for t in tokenize(text) if t.number is not None]


def test_scale_words_make_one_number():
    assert numbers("already about 10 thousand individuals") == [10_000]
    assert numbers("over 30,000 recent immigrants") == [30_000]
    assert numbers("2.5 million people") == [2_500_000]


def test_number_words_are_read():
    assert numbers("twenty migrants") == [20]


def test_british_and_american_spellings_share_a_stem():
    assert stem("mobilisation") == stem("mobilization") == stem("mobilising")
    assert stem("labour") == stem("labor")
    assert stem("enlisted") == stem("enlist")
    assert stem("migrants") == stem("migrant")


def test_unrelated_words_keep_apart():
    assert stem("police") != stem("policy")
