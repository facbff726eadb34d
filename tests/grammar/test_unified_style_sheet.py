"""The Unified Style Sheet for Linguistics: `Surname, Given & Given Surname. Year. Title. Journal
24(4). 721–734.`, the pages (or an article number and the pages) each a sentence of their own,
and theses `Title: University dissertation.`. Before these were read, the journal's pages were
lost (an article without pages, or a book published by `1243–1276`) and a thesis named after the
title's colon was a book without a publisher."""

from __future__ import annotations

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import parse


def test_article_with_volume_issue_and_pages_after_a_period():
    ref = parse(
        "Asudeh, Ash & Ida Toivonen. 2014. With lexical integrity. Theoretical Linguistics "
        "40(1–2). 175–186."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == "With lexical integrity"
    assert ref.container is not None and ref.container.text == "Theoretical Linguistics"
    assert (ref.volume.text, ref.issue.text) == ("40", "1–2")  # type: ignore[union-attr]
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("175", "186")


def test_volume_alone_and_pages_that_look_like_a_year():
    ref = parse(
        "Kitagawa, Chisato. 2005. Typological variations of head-internal relatives in "
        "Japanese. Lingua 115. 1243–1276. DOI: 10.1016/j.lingua.2004.03.003"
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == "Lingua"
    assert ref.volume is not None and ref.volume.text == "115"
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("1243", "1276")
    assert [d.year for d in ref.dates] == [2005]  # the first page is no year
    assert ref.doi is not None and ref.doi.text == "10.1016/j.lingua.2004.03.003"


def test_article_number_then_pages():
    ref = parse(
        "Kitagawa, Chisato. 2019. The pro-head analysis of the Japanese internally-headed "
        "relative clause. Glossa: A Journal of General Linguistics 4(1). 62. 1–31."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None
    assert ref.container.text == "Glossa: A Journal of General Linguistics"
    assert ref.article_number is not None and ref.article_number.text == "62"
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("1", "31")


def test_a_book_with_an_edition_is_no_journal():
    ref = parse("Bresnan, Joan. 2001. Lexical-functional syntax. Oxford: Blackwell.")
    assert ref.kind is Kind.BOOK
    assert ref.container is None and ref.pages is None
    assert ref.publisher is not None and ref.publisher.text == "Blackwell"


def test_thesis_named_after_the_titles_colon():
    ref = parse(
        "Rainsford, Thomas Michael. 2011. The emergence of group stress in medieval French: "
        "University of Cambridge dissertation."
    )
    assert ref.kind is Kind.THESIS
    assert ref.title is not None
    assert ref.title.text == "The emergence of group stress in medieval French"
    assert ref.publisher is not None and ref.publisher.text == "University of Cambridge"
    master = parse(
        "Butet, Lise-Marie. 2018. Étude empirique des possessifs: Université de Lille MA thesis."
    )
    assert master.kind is Kind.THESIS
    assert master.publisher is not None and master.publisher.text == "Université de Lille"


def test_a_subtitle_that_opens_with_an_article_is_no_university():
    ref = parse("Smith, John. 2011. Grammar in context: A thesis. Oxford: Blackwell.")
    assert ref.kind is Kind.BOOK
    assert ref.publisher is not None and ref.publisher.text == "Blackwell"


def test_chapter_editors_inverted_before_their_role():
    ref = parse(
        "Ameka, Felix & de Witte, Carlien. 1999. Picture series for positional verbs. In Wilkins,"
        " David (ed.), Manual for the 1999 field season, 48–54. Nijmegen: Max Planck Institute."
    )
    assert ref.kind is Kind.CHAPTER
    assert [(e.family, e.initials) for e in ref.editors] == [("Wilkins", "D")]
    assert ref.container is not None and ref.container.text == "Manual for the 1999 field season"
    several = parse(
        "Truswell, Robert. 2019. A parsed atlas. In Alcorn, Rhona & Los, Bettelou & Molineaux,"
        " Benjamin (eds.), Historical dialectology, 19–38. Edinburgh: Edinburgh University Press."
    )
    assert [e.family for e in several.editors] == ["Alcorn", "Los", "Molineaux"]
    given_first = parse(
        "Abney, Steven P. 1996. Statistical methods. In Judith L. Klavans & Philip Resnik (eds.),"
        " The balancing act, 1–26. Cambridge, MA: MIT Press."
    )
    assert [e.family for e in given_first.editors] == ["Klavans", "Resnik"]


def test_no_missing_pages_reported_on_the_style():
    text = (
        "References\n"
        "Asudeh, Ash & Ida Toivonen. 2014. With lexical integrity. Theoretical Linguistics "
        "40(1–2). 175–186.\n"
        "Kitagawa, Chisato. 2005. Typological variations of head-internal relatives in "
        "Japanese. Lingua 115. 1243–1276.\n"
        "Simonenko, Alexandra. 2014. Grammatical ingredients of definiteness: McGill University "
        "dissertation.\n"
        "Ameka, Felix. 1999. Picture series. In Wilkins, David (ed.), Manual for the 1999 field"
        " season, 48–54. Nijmegen: Max Planck Institute.\n"
    )
    codes = {d.code for d in lint_text(text, path="refs.txt", offline=True)}
    assert not codes & {"RL501", "RL202", "RL503"}


def test_a_chapters_pages_after_a_publisher_named_without_its_place():
    ref = parse(
        "Link, Godehard. 1983. The logical analysis of plurals. In Rainer Bäuerle & Urs Egli "
        "(eds.), Meaning, use and interpretation of language. De Gruyter. 303–329."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.publisher is not None and ref.publisher.text == "De Gruyter"
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("303", "329")
