"""RL534 on a database's record number printed where the address stands (`Available from:
7987511.`), in Vancouver and APA entries written here, and silent on real addresses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "entry",
    [
        "1. Kroenke K, Spitzer R. Physical symptoms in primary care. Arch Fam Med."
        " 1994;3(9):774-9. Available from: 7987511.",
        "Hunt, C. (2002). Anxiety disorder in Australia. Psychological Medicine, 32(4),"
        " 649–659. Retrieved from 12102379",
        "1. Wittchen H. Anxiety in the survey. Arch Gen Psychiatry. 1994;51:355-64. URL: 8179459",
    ],
)
def test_a_record_number_for_the_address_is_flagged(lint, entry):
    [found] = lint(f"References\n{entry}\n", select=["RL534"])
    assert "record number" in found.message


@pytest.mark.parametrize(
    "entry",
    [
        "1. Kroenke K. Physical symptoms. Arch Fam Med. 1994;3(9):774-9. Available from:"
        " https://pubmed.ncbi.nlm.nih.gov/7987511/.",
        "1. Smith A. Census tables. London: Office for National Statistics; 2011. Available"
        " from: the Office, table 12345.",
        "1. Kroenke K. Physical symptoms. Arch Fam Med. 1994;3(9):774-9. PMID: 7987511.",
    ],
)
def test_addresses_and_labelled_numbers_pass(lint, entry):
    assert lint(f"References\n{entry}\n", select=["RL534"]) == []
