"""RL501 on an entry whose type could not be told: names, a title, the year after it, and
nothing to say where the work was published."""

from __future__ import annotations


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    findings = lint(text, select=["RL501", "RL001"])
    assert [d.entry for d in findings if d.code == "RL001"] == []
    return [(d.entry, d.message) for d in findings]


def test_a_report_with_only_its_title_and_year_is_flagged(lint):
    text = numbered(
        "Hulme M, Jenkins G: Climate change scenarios for the united kingdom scientific report "
        "1998. 1998.",
        "Hijmans RJ, Cameron SE, Parra JL, et al.: The worldclim interpolated global terrestrial "
        "climate surfaces. version 1.3, 2004.",
    )
    assert _found(lint, text) == [
        (
            n,
            "entry has no journal, publisher or address; a reader needs where the work was "
            "published: a journal, a publisher, a repository or an address",
        )
        for n in (1, 2)
    ]
    vancouver = numbered("Hulme M, Jenkins G. Climate change scenarios for the UK. 1998.")
    assert [e for e, _ in _found(lint, vancouver)] == [1]


def test_entries_that_say_where_the_work_is_are_left_alone(lint):
    text = numbered(
        "Hulme M, Jenkins G: Climate change scenarios for the UK. Norwich: Climatic Research "
        "Unit; 1998.",
        "Hijmans RJ, Cameron SE: The worldclim climate surfaces. 2004. Available from: "
        "https://www.worldclim.org",
        "Ksiksi T: Sure2018.zip. figshare. 2019. doi:10.6084/m9.figshare.7604162",
        # a journal run into the title: its issue and pages are there
        "Zheng A, Peng Z, Wang H. Expression of P16 protein in lesions of vulvar.Sichuan "
        "Medical Journal. 2000; (05):405-406.",
    )
    assert _found(lint, text) == []


def test_author_date_entries_are_not_judged_by_what_follows_the_year(lint):
    # the year before the title: where the title ends, and what follows it, is uncertain
    text = numbered(
        "Anderberg MR (1973) Cluster analysis for applications. Academic Press.",
        "Friedrich B, Kräutlein C and Krone K 2006 Melt treatment of copper and aluminium",
    )
    assert _found(lint, text) == []


def test_an_author_date_title_in_quotation_marks_closing_the_entry_is_flagged(lint):
    text = (
        "References\n\n"
        "Petry, Sebastian, Claudia Flexeder, and Gerhard Tutz. 2011. “Pairwise Fused Lasso.”\n\n"
        "Friedman, Jerome, and Robert Tibshirani. 2007. “Sparse Inverse Covariance Estimation"
        " with the Graphical Lasso.”\n\n"
        "Schwarz, Gideon. 1978. “Estimating the Dimension of a Model.” The Annals of Statistics"
        " 6 (2): 461–64.\n\n"
        "Tibshirani, Robert. 1996. “Regression Shrinkage and Selection via the Lasso.” Journal of"
        " the Royal Statistical Society B 58 (1): 267–88.\n\n"
    )
    found = _found(lint, text)
    assert [e for e, _ in found] == [1, 2]
    assert all(m.startswith("entry has no journal, publisher or address") for _, m in found)


def test_a_journal_and_its_pages_alone_after_the_title_lack_the_volume(lint):
    text = (
        "References\n\n"
        "Schwarz, Gideon. 1978. “Estimating the Dimension of a Model.” The Annals of Statistics,"
        " 461–64.\n\n"
        "Ho Y, Barr D (1995) Classification of anaerobic gut fungi from herbivores. Mycologia:"
        " 655–677. 10.1080/00275514.1995.12026582\n\n"
        # its link after it: read as a web page whose site is the journal and its pages
        "Losada Palenzuela, José Luis. 2017. “Anotaciones manuscritas en bibliotecas de autor.”"
        " Revista de Humanidades Digitales, 116–131. https://doi.org/10.5944/rhd.vol.1.2017.16563."
        "\n\n"
        # whole: the volume before the pages
        "Akaike, Hirotugu. 1974. “A New Look at the Statistical Model Identification.” IEEE"
        " Transactions on Automatic Control 19 (6): 716–23.\n\n"
        # a book's or a meeting's name, not a journal's
        "Kaufman L, Rousseeuw PJ (1987) Clustering by means of medoids. Statistical Data"
        " Analysis Based on the L1-Norm: 405–416.\n\n"
        "Friedman, J. H. 1997. “Lazy Decision Trees.” Proceedings of the National Conference on"
        " Artificial Intelligence, 717–24.\n\n"
    )
    found = _found(lint, text)
    assert [e for e, _ in found] == [1, 2, 3]
    assert (
        "journal article in `The Annals of Statistics` has no volume (`461–64` alone)"
        in (found[0][1])
    )
    assert "`Mycologia`" in found[1][1]
