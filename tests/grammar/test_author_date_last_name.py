"""The last name of an author-date list (`Can, T. and Erson-Bensan, A.E. (2015) Title.`): the
initials' period before `and` and before the year is the name's, so the last author and the year
are read, and the title does not begin with `and Surname, I.` or `(2015)`."""

import pytest

from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Akman, H.B., Can, T. and Erson-Bensan, A.E. (2015) UTR shortening and EGF "
            "signaling. Hum. Mol. Genet., 24, 6910–6920.",
            [("Akman", "H.B"), ("Can", "T"), ("Erson-Bensan", "A.E")],
            "UTR shortening and EGF signaling",
        ),
        (
            "Smith, J. & Jones, K. (2010a) A title here. Nature, 5, 1–9.",
            [("Smith", "J"), ("Jones", "K")],
            "A title here",
        ),
    ],
)
def test_last_author_and_year_are_read(text, authors, title):
    ref = parse(text)
    assert names(ref.authors) == authors
    assert ref.title is not None and ref.title.text == title
    assert ref.date is not None and ref.date.text.startswith(("2015", "2010"))


@pytest.mark.parametrize(
    "text",
    [
        # a note in parentheses after the names stays readable
        "Smith, J. (in press). A title here. Nature.",
        "Smith, J. (Ed.). A book. London: Wiley; 2010.",
    ],
)
def test_other_parentheses_after_the_names_still_read(text):
    ref = parse(text)
    assert ref.authors or ref.editors


@pytest.mark.parametrize(
    ("text", "journal", "title"),
    [
        (
            "Xia, Z. and Li, W. (2014) Dynamic analyses of polyadenylation across tumour types. "
            "Nat. Commun., 5:5274.",
            "Nat. Commun.",
            "Dynamic analyses of polyadenylation across tumour types",
        ),
        (
            "Avery, K.A. and Zhang, Y. (2014) Tumour suppressor microRNAs in breast cancer. "
            "BMC Cancer, 14:51.",
            "BMC Cancer",
            "Tumour suppressor microRNAs in breast cancer",
        ),
    ],
)
def test_the_journal_before_a_volume_and_colon_keeps_its_abbreviation_whole(text, journal, title):
    """`Nat. Commun., 5:5274` after the year in parentheses: the journal is `Nat. Commun.`, without
    the comma, and the title stops before `Nat`."""
    ref = parse(text)
    assert ref.container is not None and ref.container.text == journal
    assert ref.title is not None and ref.title.text == title
