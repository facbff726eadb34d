"""A government's labelled list typed by hand, read as printed: DOIs linked through the
resolver's old address (`http://dx.doi.org/`) among the current ones (RL809), and a comma
between a month and its year (`October, 2016`) among months and years run together (RL812).
Lists written here."""

from __future__ import annotations

SERIES = """\
References
[SP 1] Standards Institute Special Publication 1, Guide to Key Storage, June 2017, \
https://doi.org/10.9999/SI.SP.1.
[SP 2] Standards Institute Special Publication 2, Guide to Hashing, May 2015, \
https://doi.org/10.9999/SI.SP.2.
[SP 3] Standards Institute Special Publication 3, Guide to Random Numbers, August 2012, \
https://doi.org/10.9999/SI.SP.3.
[SP 4] Standards Institute Special Publication 4, Guide to Signatures, July 2013, \
https://doi.org/10.9999/SI.SP.4.
[SP 5] Standards Institute Special Publication 5, Guide to Ciphers, March 2011, \
https://doi.org/10.9999/SI.SP.5.
[SP 6] Standards Institute Special Publication 6, Guide to Passwords, October, 2016, \
http://dx.doi.org/10.9999/SI.SP.6.
[SP 7] Standards Institute Special Publication 7, Guide to Tokens, December 2010, \
http://dx.doi.org/10.9999/SI.SP.7.
"""


def _found(lint, text, code):
    return [f.entry for f in lint(text, select=[code])]


def test_old_resolver_links_among_current_ones_are_flagged(lint):
    assert _found(lint, SERIES, "RL809") == [6, 7]


def test_old_resolver_links_where_the_list_has_few_current_ones_pass(lint):
    few = SERIES.replace("https://doi.org/10.9999/SI.SP.1", "http://dx.doi.org/10.9999/SI.SP.1")
    few = few.replace("https://doi.org/10.9999/SI.SP.2", "http://dx.doi.org/10.9999/SI.SP.2")
    assert _found(lint, few, "RL809") == []


def test_a_comma_between_month_and_year_among_months_run_together_is_flagged(lint):
    found = lint(SERIES, select=["RL812"])
    assert [f.entry for f in found] == [6]
    assert "'October, 2016'" in found[0].message


def test_months_listed_before_one_year_are_not_a_slip(lint):
    parts = SERIES.replace("October, 2016", "July, October, 2016")
    assert _found(lint, parts, "RL812") == []


def test_a_list_that_writes_the_comma_throughout_passes(lint):
    commas = SERIES
    for month in ("June", "May", "August", "July", "March", "December"):
        commas = commas.replace(f"{month} 20", f"{month}, 20")
    assert _found(lint, commas, "RL812") == []


# Entries that end with an address close it with a period, as the list's other entries do
ADDRESSES = """\
References
[C-10] Office of Budget, Circular C-10, Managing Public Records, July 28, 2016, available at: \
https://example.gov/circulars/c10.pdf.
[EO 101] Executive Order 101, Securing Payments Online, October 17, 2014, available at: \
https://example.gov/eo/101.
[Guide 4] Cabinet Office, Good Practice Guide 4, Proving an Identity, November 3, 2014, \
available at: https://example.gov/guides/4.
[Portal] Revenue Agency, Online Filing Portal, available at: https://example.gov/portal/.
[Lexicon] Records Council, Records Lexicon, Version 0.5, March 2011.
[Act] Records Act of 1974, December 1974, available at: https://example.gov/records-act.
[Meters] Roe, Anna. "Measuring Strength." In Proceedings of the Security Symposium, 2014. \
Available at: https://example.org/meters.pdf
"""


def test_an_address_left_without_the_period_the_lists_addresses_close_with_is_flagged(lint):
    found = lint(ADDRESSES, select=["RL808"])
    assert [f.entry for f in found] == [7]
    assert "5 of 6 entries that end with an address" in found[0].message


def test_addresses_left_open_throughout_pass(lint):
    open_links = ADDRESSES.replace("c10.pdf.", "c10.pdf").replace("eo/101.", "eo/101")
    open_links = open_links.replace("guides/4.", "guides/4").replace("portal/.", "portal/")
    assert lint(open_links, select=["RL808"]) == []


def test_a_standards_body_named_in_a_form_it_never_prints_is_flagged(lint):
    text = (
        "References\n[ISO 9241-11] International Standards Organization, ISO 9241-11 Ergonomic "
        "requirements — Part 11: Guidance on usability, March 1998, available at: "
        "https://example.org/iso-9241-11.\n"
        "[ISO 29003] International Standards Organization, ISO/IEC 29003 Information "
        "technology — Identity proofing.\n"
        "[ISO 29115] International Organization for Standardization, ISO/IEC 29115 Entity "
        "authentication assurance framework, April 2013.\n"
        "[Roe] Roe, Anna. Why the International Standards Organization Is Misnamed. London: "
        "Verso, 2016.\n"
    )
    found = lint(text, select=["RL524"])
    assert [f.entry for f in found] == [1, 2]
    assert "International Organization for Standardization" in found[0].message


def test_a_comma_run_into_a_label_of_capitals_and_its_number_is_flagged(lint):
    text = (
        "References\n"
        "[BCP 195] Roe, A., and B. Poe, Secure Use of Transport Security, BCP 195, RFC 7525,DOI "
        "10.17487/RFC7525, May 2015, https://doi.org/10.17487/RFC7525.\n"
        "[RFC 6238] IETF, TOTP: Time-Based One-Time Password Algorithm,RFC 6238, DOI "
        "10.17487/RFC6238, https://doi.org/10.17487/RFC6238.\n"
        "[RFC 5246] IETF, The Transport Layer Security Protocol, RFC 5246, DOI 10.17487/RFC5246, "
        "August 2008, https://doi.org/10.17487/RFC5246.\n"
    )
    found = lint(text, select=["RL847"])
    assert [(f.entry, f.message.split("`")[1]) for f in found] == [
        (1, "7525,DOI"),
        (2, "Algorithm,RFC"),
    ]


def test_available_at_without_the_colon_the_list_prints_is_flagged(lint):
    bare = ADDRESSES.replace(
        "[Act] Records Act of 1974, December 1974, available at:",
        "[Act] Records Act of 1974, December 1974, available at",
    )
    found = lint(bare, select=["RL807"])
    assert [f.entry for f in found] == [6]
    assert "`available at`" in found[0].message
    assert lint(ADDRESSES, select=["RL807"]) == []


def test_a_law_cited_by_its_code_and_statute_is_no_journal_article(lint):
    text = (
        "References\n[Red Flags Rule] 15 U.S.C. 1681m(e)(4), Pub. L. 111-319, 124 Stat. 3457, "
        "Fair and Accurate Credit Transaction Act of 2003, December 18, 2010, available at: "
        "https://example.gov/redflags.pdf.\n"
        "[Act] Records Act of 1974 (P.L. 93-579), December 1974, available at: "
        "https://example.gov/records-act.\n"
    )
    assert lint(text, select=["RL501"]) == []


def test_a_thesis_whose_school_follows_its_mark_has_its_university(lint):
    text = "References\n[Ald02] Gaudenz Alder: The JGraph Swing Component. PhD thesis, ETH Zurich, 2002.\n"
    assert lint(text, select=["RL501"]) == []
    bare = text.replace("PhD thesis, ETH Zurich, 2002.", "PhD thesis, 2002.")
    assert [f.code for f in lint(bare, select=["RL501"])] == ["RL501"]


def test_a_title_that_is_a_word_of_marks_is_no_doubled_punctuation(lint):
    text = (
        "References\n[AF94] Rick Adams and Donnalyn Frey: !%@:: A Directory of Electronic Mail "
        "Addressing & Networks. O'Reilly Media, fourth edition, 1994.\n"
        "[Bro10] Frederick P. Brooks, Jr.: The Design of Design:: Essays. Pearson Education, "
        "2010.\n"
    )
    assert [f.entry for f in lint(text, select=["RL511"])] == [2]


def test_pages_numbered_by_section_are_one_range(lint):
    text = (
        "References\n[A] Paul Hudak and John Hughes. A history of Haskell. In Proceedings of the "
        "Third ACM Conference on the History of Programming Languages, pages 12-1–12-55. ACM, "
        "2007.\n"
        "[B] Simon Marlow and Tim Harris. Parallel garbage collection. In Proceedings of the 7th "
        "International Symposium on Memory Management, pages 11–20. ACM, 2008.\n"
        "[C] Simon Marlow and Tim Harris. Serial garbage collection. In Proceedings of the 8th "
        "International Symposium on Memory Management, pages 31-20. ACM, 2009.\n"
    )
    found = lint(text, select=["RL502", "RL804"])
    assert [(f.entry, f.code) for f in found] == [(3, "RL502")]


def test_an_article_closed_as_bibtex_closes_it_but_for_its_pages_is_flagged(lint):
    text = (
        "References\n"
        '[Com79] Douglas Comer: "Ubiquitous B-Tree". ACM Computing Surveys, 11:121–137, June '
        "1979.\n"
        '[Knu74] Donald E. Knuth: "Structured Programming with Go To Statements". ACM Computing '
        "Surveys, 6(4), 1974.\n"
        '[Shv10] Konstantin V. Shvachko: "HDFS Scalability: The Limits to Growth". ;login:, '
        "35(2), 2010.\n"
        "[Top00] Kim Topley: Core Swing: Advanced Programming. Prentice-Hall, 2000.\n"
    )
    found = lint(text, select=["RL501"])
    assert [f.entry for f in found] == [2, 3]
    assert "`ACM Computing Surveys` has no pages" in found[0].message
