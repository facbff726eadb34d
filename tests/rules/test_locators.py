"""Locators no journal prints (RL564-RL566), in lists written here in several styles: each rule
finds its fault, and stays silent on the real numbers that come near it (the weeklies' running
issue numbers, half-year volumes, long ranges, many issues a volume)."""

from __future__ import annotations

from refslint.fixes import apply_edits

CODES = ["RL564", "RL565", "RL566"]


def found(lint, text: str) -> list[tuple[int | None, str, str]]:
    return [(d.entry, d.code, str(d.severity)) for d in lint(text, select=CODES)]


# --- RL564: an issue number too high for its volume ----------------------------------------------


def test_issue_numbers_no_volume_can_have_are_flagged_in_each_style(lint):
    vancouver = (
        "1. Sun J, Azab AK. CD47-targeting antibodies. Leuk Res Rep. 2021;16(6230):100268.\n"
        "2. Yu W, Lu JJ. Dual blockade of GSTK1 and CD47. Biochem Pharmacol. "
        "2025;236(10400):116898.\n"
    )
    assert found(lint, vancouver) == [(1, "RL564", "warning"), (2, "RL564", "warning")]
    (first, _) = lint(vancouver, select=["RL564"])
    assert first.message.startswith("issue `6230` is no issue of volume 16")
    apa = (
        "1. Sun, J., & Azab, A. K. (2021). CD47-targeting antibodies. Leukemia Research Reports, "
        "16(6230), 100268.\n"
    )
    assert found(lint, apa) == [(1, "RL564", "warning")]
    ieee = (
        '[1] J. Sun and A. K. Azab, "CD47-targeting antibodies," Leuk. Res. Rep., vol. 16, '
        "no. 6230, p. 100268, 2021.\n"
    )
    assert found(lint, ieee) == [(1, "RL564", "warning")]


def test_an_issue_zero_is_flagged_and_a_volume_alone_is_not(lint):
    chicago = (
        "1. Ambroise, Christophe, and Julien Chiquet. 2009. “Inferring Sparse Models.” Electronic "
        "Journal of Statistics 3 (0): 205–38.\n"
    )
    (d,) = lint(chicago, select=["RL564"])
    assert d.message == "issue `0` is no issue: issues are numbered from 1"
    assert lint(chicago.replace("3 (0)", "3 (1)"), select=["RL564"]) == []


def test_the_weeklies_running_issue_numbers_are_left_alone(lint):
    text = (
        "1. Horton R. Offline: the year ahead. Lancet. 2023;401(10374):12.\n"
        "2. Smith J. Vaccines and trust. BMJ. 2023;380(8367):p12.\n"
        "3. Lee A, Kim B. Quantum advantage. Nature. 2023;615(7950):50-5.\n"
        "4. Park C. Cell atlases. Science. 2023;379(6630):20-6.\n"
        "5. Doe J. Aspirin and stroke. Lancet. 1987;1(8536):1032-5.\n"
        "6. Roe K. Hip fractures. Br Med J (Clin Res Ed). 1981;283(6307):1-4.\n"
        "7. Fox M. Bird song. Proc Biol Sci. 2023;290(2001):20230101.\n"
        "8. Tan W. Rural health. N Z Med J. 2023;136(1570):10-9.\n"
        "9. Lim S. Sleep in adolescents. Sleep Health. 2021;7(2021):1-9.\n"
        # years after the volume, as Chicago and ACM print them
        '10. Clark JD. "A four-year study of freshman English." EJ coll. ed. 24 (1935): 403-10.\n'
        "11. Reiman M, Simon B. Queueing systems. Operations Research 36, 3 (1988), 454-469.\n"
        # a weekly with a volume a year, at 43 issues a volume
        "12. Roux P. Soins palliatifs. Rev Med Suisse. 2027;23(1000):12-5.\n"
    )
    assert found(lint, text) == []


# --- RL565: the journal's ISSN printed as the page range -----------------------------------------


def test_an_issn_printed_as_the_pages_is_flagged(lint):
    vancouver = (
        "1. Fontana F, Ricotti L. Ultrasound in neuropathy models. J Neural Eng. "
        "2023;20(2):1741-2552.\n"
    )
    assert found(lint, vancouver) == [(1, "RL565", "error")]
    (finding,) = lint(vancouver, select=["RL565"])
    assert finding.message == (
        "the page range `1741-2552` is the ISSN 1741-2552, not the article's pages; give its "
        "pages or article number"
    )
    # Nature's ISSN, 0028-0836, in APA: a range from page 0028 is no range
    apa = "1. Lee, A. (2020). Quantum advantage. Nature, 580(7), 0028–0836.\n"
    assert found(lint, apa) == [(1, "RL565", "error")]


def test_real_ranges_and_numbers_that_fail_the_check_digit_are_left_alone(lint):
    text = (
        # a valid check digit, but a range an article spans (1741-1749 is an ISSN too)
        "1. Lee A. Short paper. J Neural Eng. 2023;20(2):1741-1749.\n"
        # a long range whose check digit is wrong (1741-2553 is no ISSN)
        "2. Lee A. Long review. J Neural Eng. 2023;20(2):1741-2553.\n"
        # ranges of other lengths
        "3. Lee A. Conference volume. Proc SPIE. 2023;1234:10073-141.\n"
    )
    assert found(lint, text) == []


# --- RL566: a double volume printed as a volume and its issue -------------------------------------


def test_a_double_volume_printed_as_volume_and_issue_is_flagged_and_fixed(lint):
    chicago = (
        '30. P. Spanel and D. Smith, "SIFT Studies of the Reactions of H3O+ With Alcohols," '
        "International Journal of Mass Spectrometry and Ion Processes 167, no. 168 (1997): "
        "375–388.\n"
    )
    hits = lint(chicago, select=["RL566"])
    assert [(d.entry, str(d.severity)) for d in hits] == [(30, "warning")]
    assert hits[0].message == (
        "volume 167 and issue 168 (`167, no. 168`) are a double volume's two numbers; expected "
        "`167–168`"
    )
    assert "Processes 167–168 (1997)" in apply_edits(chicago, list(hits[0].edits))
    vancouver = (
        "1. Spanel P, Smith D. SIFT studies. Int J Mass Spectrom Ion Process. "
        "1997;167(168):375-88.\n"
    )
    hits = lint(vancouver, select=["RL566"])
    assert "Process. 1997;167-168:375-88." in apply_edits(vancouver, list(hits[0].edits))


def test_many_issues_a_volume_are_no_double_volume(lint):
    text = (
        "1. Lee A. Alignment tools. Bioinformatics. 2007;23(24):3301-9.\n"
        "2. Kim B. Catalysis. Chem Commun (Camb). 2024;60(61):8400-3.\n"
        "3. Cho D. Membranes. J Biol Chem. 1990;265(266):1-9.\n"
    )
    # volume 265 and issue 266 would be flagged: the first two are real issues
    assert [entry for entry, _, _ in found(lint, text)] == [3]
