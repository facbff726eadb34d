"""An article published online before its issue and cited by its DOI alone is complete: the bare
DOI after the year (`Nucleic Acids Res. 2023; 10.1093/nar/gkad1088.`) is read as the DOI, not
as volume 10, and RL501 asks for no volume and pages; one with a volume but no pages has still
lost them."""

from __future__ import annotations

import pytest

from tests.grammar.reading import parse

NAR = (
    "1. Sayers E.W., Beck J., Bolton E.E. Database resources of the National Center for "
    "Biotechnology Information. Nucleic Acids Res. 2023; 10.1093/nar/gkad1044.\n"
)


def test_a_bare_doi_after_the_year_is_the_doi_not_a_volume():
    ref = parse(NAR.split(". ", 1)[1].strip())
    assert ref.doi is not None and ref.doi.text == "10.1093/nar/gkad1044"
    assert ref.volume is None and ref.pages is None
    assert ref.container is not None and ref.container.text == "Nucleic Acids Res"


@pytest.mark.parametrize(
    "entry",
    [
        NAR,
        # Vancouver, the DOI labelled or bare, with or without a semicolon
        "2. Smith AB, Jones C. A trial of something. BMJ. 2023; 10.1136/bmj-2023-012345.\n",
        "3. Smith AB, Jones C. A trial of something. BMJ. 2023. doi:10.1136/bmj-2023-012345.\n",
        # ASM's year after the names
        "4. Smith AB, Jones C. 2021. A trial of something. mBio. doi:10.1128/mbio.01234-21.\n",
        # APA, a DOI link
        "5. Smith, A. B., & Jones, C. (2021). A trial of something. Journal of Applied "
        "Psychology. https://doi.org/10.1037/apl0000999\n",
    ],
)
def test_an_article_cited_by_its_doi_before_its_issue_is_complete(lint, entry):
    assert lint(entry, select=["RL501", "RL001"]) == []


@pytest.mark.parametrize(
    ("entry", "missing"),
    [
        # a volume but neither pages nor an article number: they were lost
        (
            "1. Smith AB, Jones C. A trial of something. BMJ. 2023;380. "
            "doi:10.1136/bmj-2023-012345.\n",
            "no pages or article number",
        ),
        (
            "1. Sayers E.W., Beck J. Database resources. Nucleic Acids Res. 2023; 51; "
            "10.1093/nar/gkad1044.\n",
            "no pages or article number",
        ),
        # no DOI either: nothing finds the work
        (
            "1. Smith AB, Jones C. A trial of something. BMJ. 2023.\n",
            "no volume and no pages or article number",
        ),
    ],
)
def test_an_article_with_a_volume_or_without_a_doi_still_needs_its_parts(lint, entry, missing):
    found = lint(entry, select=["RL501"])
    assert [d.code for d in found] == ["RL501"]
    assert f"journal article has {missing};" in found[0].message


def test_a_volume_of_ten_is_still_a_volume():
    ref = parse("Smith AB. A trial. BMJ. 2023;10:1093-1100.")
    assert ref.volume is not None and ref.volume.text == "10"
    assert ref.doi is None


def test_et_al_after_the_period_of_the_last_initial_closes_the_names(lint):
    # NAR prints `Martin M. et al.`: the names end there, the title does not start with `et al.`
    ref = parse(
        "Thakur M., Buniello A., Martin M. et al. EMBL in 2023. Nucleic Acids Res. 2023; 51:D9."
    )
    assert [a.text.split()[0] for a in ref.authors] == ["Thakur", "Buniello", "Martin"]
    assert ref.et_al is not None and ref.et_al.text == "et al."
    assert ref.title is not None and ref.title.text == "EMBL in 2023"
    # a period is no missing comma (RL530); `Martin M et al.` still lacks it
    entry = "1. Thakur M., Martin M. et al. EMBL in 2023. Nucleic Acids Res. 2023; 51:D9.\n"
    assert lint(entry, select=["RL530"]) == []
    bare = "1. Thakur M, Martin M et al. EMBL in 2023. Nucleic Acids Res. 2023; 51:D9.\n"
    assert [d.code for d in lint(bare, select=["RL530"])] == ["RL530"]


def test_a_group_inverted_and_cut_to_dotted_initials(lint):
    # NAR: `Consortium D.P.` for `DisProt Consortium`
    entry = (
        "1. Aspromonte M.C., Nugnes M.V., Consortium D.P., Tosatto S.C.E. DisProt in 2024. "
        "Nucleic Acids Res. 2023; 10.1093/nar/gkad928.\n"
    )
    found = lint(entry, select=["RL540"])
    assert [d.code for d in found] == ["RL540"]
    assert "`Consortium D.P.` reads as a group's name inverted" in found[0].message
    assert "cut to initials" in found[0].message
    # a person's dotted initials after an ordinary family name are no group
    plain = entry.replace("Consortium D.P.", "Conti D.P.")
    assert lint(plain, select=["RL540"]) == []
