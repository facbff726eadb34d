"""RL504 (an edition or volume run into the place) and RL505 (a single page at a whole book's
end in an author-date list), in author-date and numbered lists; silent on the right forms and
on a page of a book cited in a numbered list."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)

HARVARD = """\
References
Adger, W.N. & Kelly, P.M., 1999, 'Social vulnerability to climate change', Mitigation and Adaptation Strategies for Global Change 4(3), 253-266.
Cutter, S.L. & Shirley, W.L., 2003, 'Social vulnerability to environmental hazards', Social Science Quarterly 84(2), 242-261.
"""
SAGE = """\
References
Bellwood P (2005) First Farmers: The Origins of Agricultural Societies. Oxford: Blackwell.
Crawford GW (2006) East Asian plant domestication. Archaeology of Asia 12: 77-95.
"""
VANCOUVER = """\
1. Ruiz A, Lee B. Serve reception in table tennis. Sports Med. 2019;49:101-10.
2. Kim C, Park D. Visual search in racket sports. Sports Med. 2018;48:211-20.
"""


def messages(lint, text: str, code: str) -> list[str]:
    return [d.message for d in lint(text, select=[code], today=TODAY)]


@pytest.mark.parametrize(
    ("head", "entry", "words"),
    [
        (
            SAGE,
            "Zohary D, Hopf M, Weiss E (2012) Domestication of Plants in the Old World. 4th "
            "Edition Oxford: Oxford University Press.",
            "`4th Edition` runs into the place `Oxford`",
        ),
        (
            SAGE,
            "Madsen DB, Elston RG (2007) Climates and human response. In: Madsen DB, Chen F, Gao X "
            "(eds) Late Quaternary Climate Change in Arid China, Volume 9 New York, NY: Elsevier "
            "Science, pp. 69-82.",
            "`Volume 9` runs into the place `New York`",
        ),
        (
            VANCOUVER,
            "3. Hall JE. Textbook of medical physiology. 13th edition Philadelphia: Elsevier; 2016.",
            "`13th edition` runs into the place `Philadelphia`",
        ),
    ],
)
def test_an_edition_or_volume_run_into_the_place(lint, head, entry, words):
    found = messages(lint, head + entry + "\n", "RL504")
    assert len(found) == 1 and found[0].startswith(words)


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (
            SAGE,
            "Zohary D (2012) Domestication of Plants. 4th edn. Oxford: Oxford University Press.",
        ),
        (SAGE, "Zohary D (2012) Domestication of Plants. 4th Edition. Oxford: Clarendon Press."),
        (
            VANCOUVER,
            "3. Hall JE. Textbook of medical physiology. 13th ed. Philadelphia: Elsevier; 2016.",
        ),
        # a volume in a title, with no place after it
        (VANCOUVER, "3. Hall JE. Volume 2 of the atlas. Philadelphia: Elsevier; 2016."),
    ],
)
def test_an_edition_set_off_passes(lint, head, entry):
    assert messages(lint, head + entry + "\n", "RL504") == []


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (
            "Kates, R., 1985, Hazard assessment: Art, science, and ideology, Westview Press, "
            "Boulder, CO, p. 251.",
            "`p. 251`",
        ),
        (
            "Abramovitz, J., 2001, Unnatural disasters, Worldwatch paper, Worldwatch Institute, "
            "Washington, DC, p. 158.",
            "`158 pp.`",
        ),
    ],
)
def test_a_single_page_at_a_books_end(lint, entry, words):
    found = messages(lint, HARVARD + entry + "\n", "RL505")
    assert len(found) == 1 and words in found[0]


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (HARVARD, "Kates, R., 1985, Hazard assessment, Westview Press, Boulder, CO."),
        # a chapter's range, and a chapter's single page
        (
            HARVARD,
            "Max-Neef, M., 1992, 'Development', in P. Ekins (ed.), Real-life economics, "
            "Routledge, London, pp. 197-213.",
        ),
        (SAGE, "Zhao Z (2004) Flotation. In: Li X (ed) Antiquities. Beijing: Wenwu, p. 12."),
        # a numbered list may cite a page of a book
        (VANCOUVER, "3. S.E. Lyshevski, Mems and Nems (CRC Press, Boca Raton, 2018), p. 61."),
    ],
)
def test_whole_books_chapters_and_numbered_lists_pass(lint, head, entry):
    assert messages(lint, head + entry + "\n", "RL505") == []
