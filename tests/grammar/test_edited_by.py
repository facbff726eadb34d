"""BMC's chapter form: `In Book. Edited by: names. Place: Publisher; Year:pages`, the book's title
before the editors and the editor word before their names."""

import pytest

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "book", "editors", "place", "publisher", "pages"),
    [
        (
            "Friedman DI, Gottesman M: Lytic growth of a phage. In The Phage Book. Edited by: "
            "Hale RW, Ross JW, Stahl FW. Cold Spring Harbor, New York: Harbor Press; 1983:21-51.",
            "The Phage Book",
            ["Hale RW", "Ross JW", "Stahl FW"],
            "Cold Spring Harbor, New York",
            "Harbor Press",
            "21-51",
        ),
        (  # a volume after the book's title, one editor, no colon after `Edited by`
            "Bremer H: Growth rate and cell size. In Cell Biology of Bacteria. Volume 2. Edited by "
            "Ingram JL. Washington, D.C.: Society for Microbiology; 1987:1527-1542.",
            "Cell Biology of Bacteria",
            ["Ingram JL"],
            "Washington, D.C.",
            "Society for Microbiology",
            "1527-1542",
        ),
    ],
)
def test_in_book_edited_by_reads_as_a_chapter(text, book, editors, place, publisher, pages):
    ref = parse(text)
    assert ref.problem is None
    assert ref.kind == Kind.CHAPTER
    assert ref.container is not None and ref.container.text == book
    assert [e.text for e in ref.editors] == editors
    assert ref.place is not None and ref.place.text == place
    assert ref.publisher is not None and ref.publisher.text == publisher
    assert ref.pages is not None and ref.pages.text == pages
    assert ref.date is not None and ref.date.year in (1983, 1987)


def test_an_edited_book_names_its_editors():
    ref = parse("Hale RW. The Phage Book. Edited by: Ross JW, Stahl FW. London: Wiley; 1983.")
    assert ref.kind == Kind.BOOK
    assert ref.title is not None and ref.title.text == "The Phage Book"
    assert [e.text for e in ref.editors] == ["Ross JW", "Stahl FW"]


@pytest.mark.parametrize(
    "text",
    [
        # `Edited by` with no name after it is a title's words, and the `In` stays the title's
        "Smith J. In Search of Memory. Edited by nature. London: Wiley; 2001.",
        # `In` inside a sentence, not after one
        "Smith J. Cells seen In Vivo. Edited by: Ross JW. London: Wiley; 2001.",
    ],
)
def test_in_without_edited_names_is_no_chapter(text):
    ref = parse(text)
    assert ref.kind != Kind.CHAPTER
    assert ref.in_marker is None


def test_bmc_chapters_raise_no_missing_volume():
    text = (
        "1. Avery SV: Microbial cell individuality. Nat Rev Microbiol 2006, 4:577-587.\n"
        "2. Friedman DI, Gottesman M: Lytic growth of a phage. In The Phage Book. Edited by: "
        "Hale RW, Ross JW. Cold Spring Harbor: Harbor Press; 1983:21-51.\n"
    )
    codes = {f.code for f in lint_text(text, offline=True)}
    assert "RL501" not in codes
