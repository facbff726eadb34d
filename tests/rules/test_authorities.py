"""RL853: Linnaeus's authority after a binomial without its period, in titles written here in
several styles; silent where it has its period, where the title's stop follows it, and where the
word before the letter is no epithet."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL853"])]


@pytest.mark.parametrize(
    ("entry", "printed"),
    [
        (
            "1. Kim S, Lee J. Rosmarinus officinalis L essential oil against food pathogens."
            " Food Control. 2015;48:1-9.",
            "officinalis L",
        ),
        (
            "1. Iranshahy M, Iranshahi M. Traditional uses of Ferula assa-foetida L aerial parts."
            " J Ethnopharmacol. 2011;134:1-10.",
            "assa-foetida L",
        ),
        (
            "1. Lee, J. (2001). Fumigant toxicity of oils against Sitophilus oryzae (L) in stored"
            " rice. Journal of Stored Products Research, 37(2), 1–9.",
            "oryzae (L)",
        ),
        (
            '[1] J. Lee, "Thymus vulgaris L essential oil and its uses," Ind. Crops Prod., vol.'
            " 3, pp. 1–9, 2013.",
            "vulgaris L",
        ),
    ],
)
def test_linnaeus_without_his_period(lint, entry, printed):
    ((number, message),) = _found(lint, entry + "\n")
    assert number == 1 and f"(`{printed}`)" in message


def test_the_fix_adds_the_period(lint):
    text = (
        "1. Kim S. Rosmarinus officinalis L essential oil against pathogens. Food Control."
        " 2015;48:1-9.\n"
    )
    (finding,) = lint(text, select=["RL853"])
    assert "officinalis L. essential" in apply_edits(text, finding.edits)


@pytest.mark.parametrize(
    "entry",
    [
        # the period printed, inside the title or as the title's stop
        "1. Kim S. Rosmarinus officinalis L. essential oil. Food Control. 2015;48:1-9.",
        "1. Pirbalouti AG. Oils of wild Thymus daenensis and Thymus vulgaris L. Ind Crops Prod."
        " 2013;48:43-8.",
        # a bracket closing the name, or a comma, sets the letter off
        "1. Monyo ES (2012) Aflatoxin in groundnuts (Arachis hypogaea L) in Malawi. Crop Prot"
        " 42, 149–155.",
        "1. Kim S. Thymus vulgaris L, its oil and its uses. Ind Crops Prod. 2013;3:1-9.",
        # a title in another language
        "1. Fellah S. Extraction et étude des huiles de la Salvia officinalis L cueillie en"
        " Tunisie. J Soc Alger Chim. 2006;16:193-202.",
        # no epithet before the letter
        "1. Kim S. Vitamin D and L carnitine in older adults. Nutrients. 2015;7:1-9.",
        "1. Kim S. Group A and group L streptococci in children. Pediatrics. 2015;7:1-9.",
        # another authority, written out
        "1. Kim S. Satureja bachtiarica Bunge essential oil. Food Control. 2015;48:1-9.",
    ],
)
def test_authorities_in_their_form_and_other_letters_pass(lint, entry):
    assert _found(lint, entry + "\n") == []


def test_a_rank_below_the_species_without_its_period(lint):
    text = (
        "1. Taran M. Antimicrobial activity of essential oils of Ferulago angulata subsp"
        " carduchorum. Jundishapur J Microbiol. 2010;3:10-4.\n"
        "2. Kim S. Glucosinolates of Brassica oleracea var capitata grown in Korea. Food Chem."
        " 2012;3:1-9.\n"
        "3. Kim S. Glucosinolates of Brassica oleracea var. capitata grown in Korea. Food Chem."
        " 2012;3:1-9.\n"
        "4. Kim S. The var of a sum of random variables in large samples. Stat Sci. 2012;3:1-9.\n"
    )
    found = lint(text, select=["RL853"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "the rank `subsp` lacks its period (`angulata subsp carduchorum`); expected `subsp.`"),
        (2, "the rank `var` lacks its period (`oleracea var capitata`); expected `var.`"),
    ]
    assert "angulata subsp. carduchorum" in apply_edits(text, found[0].edits)
