"""RL856-RL858: a Vancouver tail's volume and pages set off by a semicolon, no stop before
`Available from:` or `Report No.:`, and a bare DOI after `Available from:`, on entries written
here in several forms, with the close ones that must pass."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits

CODES = ["RL856", "RL857", "RL858", "RL501"]


def found(lint, entry: str, select=CODES) -> list[tuple[str, str]]:
    text = f"1. {entry}\n"
    return [(d.code, text[d.column - 1 : d.end_column - 1]) for d in lint(text, select=select)]


def fixed(lint, entry: str, code: str) -> str:
    text = f"1. {entry}\n"
    edits = [e for d in lint(text, select=[code]) for e in d.edits]
    return apply_edits(text, edits)[3:-1]


# --- RL856 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "flagged", "wanted"),
    [
        (
            "Okoya AA, Torto N. Pesticides in sediments. Soil Sci. 2013;12;1-12.",
            "12;1-12",
            "Soil Sci. 2013;12:1-12.",
        ),
        (
            "Okoya AA, Torto N. Pesticides in sediments. Soil Sci 2013; 12(3); 101–9.",
            "12(3); 101–9",
            "Soil Sci 2013; 12(3):101–9.",
        ),
        (
            "Okoya AA, Torto N. Pesticides in sediments. Int Sch Res Netw Soil Sci [Internet]. "
            "2013 Feb [cited 2017 Jul 31];2013;1–12. Available from: https://example.org/x",
            "2013;1–12",
            "[cited 2017 Jul 31];2013:1–12.",
        ),
    ],
)
def test_volume_and_pages_set_off_by_a_semicolon_are_found_and_joined(lint, entry, flagged, wanted):
    # the volume is there: RL501 does not call it lost
    assert found(lint, entry) == [("RL856", flagged)]
    assert wanted in fixed(lint, entry, "RL856")


@pytest.mark.parametrize(
    "entry",
    [
        "Okoya AA, Torto N. Pesticides in sediments. Soil Sci. 2013;12:1-12.",
        "Okoya AA, Torto N. Pesticides in sediments. Soil Sci. 2013;12(Suppl 1);S1-S12 and more.",
        "Okoya AA. Pesticides in sediments. Soil Sci. 2013;12:1-12; 2014;13:5-9.",
        # a DOI after the volume's semicolon: no pages, its `10.` none
        "Sayers EW, Beck J. Database resources. Nucleic Acids Res. 2023; 51; 10.1093/nar/gkad1044.",
    ],
)
def test_a_colon_or_a_semicolon_not_closing_the_tail_passes(lint, entry):
    assert [c for c, _ in found(lint, entry) if c == "RL856"] == []


# --- RL857 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "element"),
    [
        (
            "Lozano B, Hrynko I. Fruit residues. Agric Sci [Internet]. 2013 [cited 2017 Jul 31];"
            "4(5B):106-11 Available from: https://example.org/as.pdf",
            "Available from:",
        ),
        (
            "Williams AB. Pesticides in shellfishes. J Mar Biol [Internet]. 2013 Jan [cited 2017 "
            "Jul 31];2(1) Available from: https://example.org/jmbo",
            "Available from:",
        ),
        (
            "World Health Organization. Classification of pesticides. Geneva: World Health "
            "Organization; 2001 Report No.: WHO/PCS/01.4.",
            "Report No.:",
        ),
    ],
)
def test_an_element_run_on_without_a_stop_is_found_and_stopped(lint, entry, element):
    assert ("RL857", element) in found(lint, entry)
    assert f". {element}" in fixed(lint, entry, "RL857")


@pytest.mark.parametrize(
    "entry",
    [
        "Lozano B. Fruit residues. Agric Sci [Internet]. 2013 [cited 2017 Jul 31];4(5):106-11. "
        "Available from: https://example.org/as.pdf",
        "Ita EO. Inland fishery resources [Internet]. Rome: FAO; 1993 [cited 2017 Jul 31]. "
        "Available from: http://www.fao.org/docrep/005/T1230E00.htm",
        "Ita EO. Inland fishery resources [Internet]. Rome: FAO; 1993 [cited 2017 Jul 31] "
        "Available from: http://www.fao.org/docrep/005/T1230E00.htm",
        "WHO. Classification of pesticides. Geneva: WHO; 2001. Report No.: WHO/PCS/01.4.",
        "Smith J. Data sets, available from: the authors. Science. 2001;12:1-5.",
    ],
)
def test_an_element_after_its_stop_or_a_note_passes(lint, entry):
    assert [c for c, _ in found(lint, entry) if c == "RL857"] == []


# --- RL858 -----------------------------------------------------------------------------------


def test_a_bare_doi_after_available_from_is_given_its_resolver(lint):
    entry = (
        "Okoya AA. Pesticides in sediments. Soil Sci [Internet]. 2013 [cited 2017 Jul 31];"
        "12:1-12. Available from: 10.1155/2013/131647"
    )
    assert ("RL858", "10.1155/2013/131647") in found(lint, entry)
    assert fixed(lint, entry, "RL858").endswith(
        "Available from: https://doi.org/10.1155/2013/131647"
    )


@pytest.mark.parametrize(
    "entry",
    [
        "Okoya AA. Pesticides. Soil Sci. 2013;12:1-12. Available from: "
        "https://doi.org/10.1155/2013/131647",
        "Okoya AA. Pesticides. Soil Sci. 2013;12:1-12. doi:10.1155/2013/131647",
        "Okoya AA. Pesticides. Soil Sci. 2013;12:1-12. Available from: https://example.org/10.5/x",
    ],
)
def test_a_doi_given_as_its_own_element_or_an_address_passes(lint, entry):
    assert [c for c, _ in found(lint, entry) if c == "RL858"] == []
