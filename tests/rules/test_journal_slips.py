"""RL842 (a journal written out without its `and`), RL843 (PubMed's acronym qualifier on an
abbreviation) and RL844 (a Wiley or Blackwell DOI out of shape), on entries written here in
several styles, and silent on the correct entries that look closest to them."""

from __future__ import annotations

import pytest

from refslint.api import Applicability
from refslint.fixes import apply_edits

HARVARD = "References\n{entry}\nKing, A. (2001) Clean air. Atmospheric Environment 35, 1–9.\n"


@pytest.mark.parametrize(
    "text",
    [
        "1. Smith A, Jones B. Valuing clean air. Journal of Environmental Economics Management."
        " 2001;41:12-30.\n",
        HARVARD.format(
            entry="Smith, A. (2001) Valuing clean air. Journal of Environmental Economics "
            "Management 41, 12–30."
        ),
        HARVARD.format(
            entry="Smith, A., & Jones, B. (2001). Valuing clean air. Journal of Environmental "
            "Economics Management, 41, 12–30."
        ),
    ],
)
def test_a_journal_written_out_without_its_and_is_flagged(lint, text):
    found = lint(text, select=["RL842"])
    assert [d.code for d in found] == ["RL842"]
    assert "`economics and management`" in found[0].message


@pytest.mark.parametrize(
    "journal",
    [
        "Journal of Environmental Economics and Management",
        "J Environ Econ Manag",  # the standard abbreviation drops `and`
        "Gut Liver",  # NLM's form, every word whole
        "Gut and Liver",
        "Drug Alcohol Rev",
        "Agriculture, Ecosystems & Environment",  # the journal's own `&`
    ],
)
def test_titles_and_abbreviations_pass(lint, journal):
    text = f"1. Smith A, Jones B. Valuing clean air. {journal}. 2001;41:12-30.\n"
    assert lint(text, select=["RL842"]) == []


@pytest.mark.parametrize(
    ("journal", "qualifier", "wanted"),
    [
        ("Trends Endocrinol. Metab.: TEM.", "TEM", "Trends Endocrinol. Metab. 2012"),
        ("Trends Endocrinol Metab: TEM.", "TEM", "Trends Endocrinol Metab. 2012"),
        ("Scand Cardiovasc J: SCJ.", "SCJ", "Scand Cardiovasc J. 2012"),
    ],
)
def test_an_acronym_qualifier_on_an_abbreviation_is_flagged(lint, journal, qualifier, wanted):
    text = f"1. Goodman CA. The role of mTORC1 in muscle mass. {journal} 2012;23(4):165-74.\n"
    (found,) = lint(text, select=["RL843"])
    assert f"`: {qualifier}`" in found.message
    assert found.fix_applicability is Applicability.SAFE
    assert wanted in (apply_edits(text, found.edits) or "")


@pytest.mark.parametrize(
    "journal",
    [
        "Trends in Endocrinology and Metabolism: TEM.",  # PubMed's full title: its house form
        "Scandinavian Cardiovascular Journal: SCJ.",
        "JACC: Cardiovascular Imaging.",  # an acronym that opens the name is the journal's own
        "Trends Endocrinol. Metab.",
        "Proc Natl Acad Sci: USA.",  # a qualifier, not the acronym of the name's words
    ],
)
def test_full_titles_and_other_colons_pass(lint, journal):
    text = f"1. Goodman CA. The role of mTORC1 in muscle mass. {journal} 2012;23(4):165-74.\n"
    assert lint(text, select=["RL843"]) == []


@pytest.mark.parametrize(
    "doi",
    [
        "10.1111/j.1539.6924.2007.00884",  # the ISSN's hyphen turned into a period, `.x` lost
        "10.1111/j.1539-6924.2007.00884",  # `.x` lost
        "10.1111/j.15396924.2007.00884.x",  # the ISSN's hyphen lost
        "10.1002/hyp6847",  # the journal's code run into its number
        "10.1016/S0033-3182",  # cut at the parenthesis of `(12)00045-6`
        "10.1016/0168-5597",  # an older one, cut the same way
    ],
)
def test_a_doi_out_of_its_shape_is_flagged(lint, doi):
    text = f"1. Smith A. Flood risk. Risk Anal. 2007;27:1-12. doi:{doi}\n"
    found = lint(text, select=["RL844"])
    assert [d.code for d in found] == ["RL844"]
    assert doi in found[0].message


@pytest.mark.parametrize(
    "doi",
    [
        "10.1111/j.1539-6924.2007.00884.x",
        "10.1111/j.1939-165X.2005.tb00019.x",
        "10.1111/jgs.12345",
        "10.1002/hyp.6847",
        "10.1002/cam4.3686",
        "10.1002/14651858.CD001234",
        "10.1002/(SICI)1097-0258(19990215)18:3<335::AID-SIM336>3.0.CO;2-Z",
        "10.1029/2004GL021450",
        "10.1016/S0033-3182(12)00045-6",
        "10.1016/0168-5597(96)95578-X",
        "10.1016/S0140-6736.2020.12345",  # the ISSN and more after it
        "10.1158/0008-5472.CAN-19-1234",
        "10.1111/1467-9868.00346",
    ],
)
def test_dois_in_shape_pass(lint, doi):
    text = f"1. Smith A. Flood risk. Risk Anal. 2007;27:1-12. doi:{doi}\n"
    assert lint(text, select=["RL844"]) == []


def test_an_author_date_doi_link(lint):
    text = HARVARD.format(
        entry="Smith, A. (2008) Flood risk. Hydrological Processes 22, 1–9. "
        "https://doi.org/10.1002/hyp6847"
    )
    assert [d.code for d in lint(text, select=["RL844"])] == ["RL844"]


@pytest.mark.parametrize(
    "text",
    [
        "1. W. Weijer et al., Stability of the overturning. J. Geophys. Res. [Oceans] 124, "
        "5336–5375 (2019).\n",
        '1. W. Weijer, "Stability of the overturning," J. Geophys. Res. [Oceans], vol. 124, '
        "pp. 5336–5375, 2019.\n",
    ],
)
def test_a_journal_part_in_brackets_is_flagged(lint, text):
    found = lint(text, select=["RL836"])
    assert [d.code for d in found] == ["RL836"]
    assert "`J. Geophys. Res. Oceans`" in found[0].message
    assert "J. Geophys. Res. Oceans" in (apply_edits(text, found[0].edits) or "")


@pytest.mark.parametrize(
    "journal",
    [
        "Zhonghua Yi Xue Za Zhi [Internet]",  # a medium, read apart from the name
        "Materials (Basel)",
        "J Geophys Res Oceans",
        "Zhonghua Er Ke Za Zhi [Chinese Journal of Pediatrics]",  # a translation, not a part
    ],
)
def test_names_without_a_bracketed_part_pass(lint, journal):
    text = f"1. Weijer W. Stability of the overturning. {journal}. 2019;124:5336-75.\n"
    assert lint(text, select=["RL836"]) == []
