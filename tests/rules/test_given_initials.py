"""RL805 on initials among given names written out: Chicago's `Robert J Tibshirani` where the
list dots its others (`Mátyás A. Sustik`), and BibTeX's `JC. Brown` among `R.M. Gray`; silent
where the list writes such initials bare, on Vancouver's and ABNT's names, and on correct lists."""

from __future__ import annotations

CHICAGO = [
    "Bien, Jacob, and Robert J Tibshirani. 2011. “Sparse Estimation.” Biometrika 98 (4): 807–20.",
    "Chi, Eric C, and Kenneth Lange. 2015. “Splitting Methods.” Journal of Computational and "
    "Graphical Statistics 24 (4): 994–1013.",
    "Hsieh, Cho-Jui, Mátyás A. Sustik, and Inderjit S. Dhillon. 2014. “QUIC.” Journal of Machine "
    "Learning Research 15 (1): 2911–47.",
    "Kurtz, Christian L., and Zachary D. Miraldi. 2015. “Sparse Inverse Covariance.” PLOS "
    "Computational Biology 11 (5): 1–25.",
    "Lauritzen, Steffen L. 1996. “Graphical Models.” Statistical Science 11 (2): 1–20.",
    "Tibshirani, Robert. 1996. “Regression Shrinkage.” Journal of the Royal Statistical Society 58 "
    "(1): 267–88.",
]


def _found(lint, entries):
    found = lint("References\n" + "\n".join(entries) + "\n", select=["RL805"])
    return [(d.entry, d.message.split(";")[0]) for d in found]


def test_bare_initials_among_given_names_in_a_chicago_list(lint):
    assert _found(lint, CHICAGO) == [
        (1, "the initials `J` lack a period"),
        (2, "the initials `C` lack a period"),
    ]


def test_a_dotted_chicago_list_is_silent(lint):
    dotted = [e.replace("Robert J ", "Robert J. ").replace("Eric C,", "Eric C.,") for e in CHICAGO]
    assert _found(lint, dotted) == []


def test_the_fix_dots_each_initial(lint):
    found = lint("References\n" + "\n".join(CHICAGO) + "\n", select=["RL805"])
    assert [e.text for e in found[0].edits] == ["J."]


def test_closed_up_initials_among_dotted_ones(lint):
    ismir = [
        "[1] R.M. Gray and S.D. Chen. Vector quantization. IEEE ASSP Magazine, 1(2):4–29, 1984.",
        "[2] A.B. Smith and C.D. Jones. Source separation. In Proc. of ISMIR, pages 1–6, 2012.",
        "[3] E.F. Brown and G.H. Lee. Dictionaries. In Proc. of ICASSP, pages 7–11, 2013.",
        "[4] P. Smaragdis and JC. Brown. Non-negative matrix factorization. In Workshop on "
        "Applications of Signal Processing, pages 177–180, 2003.",
    ]
    assert _found(lint, ismir) == [(4, "the initials `JC.` lack a period")]


def test_lists_that_write_such_initials_bare_or_in_capitals_are_silent(lint):
    bibtex = [
        "[1] George W Noblit and Dwight R Hare. Meta-ethnography. Sage, 1988.",
        "[2] Alan R Hevner and Salvatore T March. Design science. MIS Quarterly, 28(1):75–105, 2004.",
        "[3] David C. Hoaglin and Mark J Smith. Data. Wiley, 1983.",
        "[4] Jan P Ostrowski and Karen L Wu. Cloud. Springer, 2010.",
    ]
    assert _found(lint, bibtex) == []
    abnt = [
        "DE PAULA, L.; SILVA, A. B. Círculo. Estudos, v. 21, n. 1, p. 239-258, 2013.",
        "NOGUEIRA, I.; QI, H. Estado. São Paulo: Expressão Popular, 2022.",
        "SOUZA, A. B.; LIMA, C. D. Título. Revista, v. 2, n. 3, p. 1-9, 2020.",
        "COSTA, E. F.; ROCHA, G. H. Outro. Revista, v. 3, n. 1, p. 4-8, 2021.",
    ]
    assert _found(lint, abnt) == []
    # Vancouver's last name before `et al.`, its initials closed by the period (`Kempe MH. et al.`)
    vancouver = [
        f"{n}. Li J, Zhou D, Chen {c}. et al. Title {n}. Oncogene. 2007;26:43{n}-82."
        for n, c in enumerate(["S", "H", "A", "K", "MH", "LJ"], 1)
    ]
    assert _found(lint, vancouver) == []


def test_a_chicago_list_labelled_by_citation_keys_is_read_past_its_keys(lint):
    # the keys a documentation build prints before each entry (`[Bien2011] Bien, Jacob.`)
    keyed = [f"[Key{n}] {entry}" for n, entry in enumerate(CHICAGO, 1)]
    found = lint("References\n" + "\n".join(keyed) + "\n", select=["RL805"])
    assert [d.message.split(";")[0] for d in found] == [
        "the initials `J` lack a period",
        "the initials `C` lack a period",
    ]


BARE = [
    "[1] Matthew J Page, David Moher, and Patrick M Bossuyt. The PRISMA statement. BMJ, 372, 2021.",
    "[2] Melissa L Rethlefsen and Jonathan B Koffel. PRISMA-S. Systematic Reviews, 10(1):1–19, 2021.",
    "[3] Margaret J Foster and Jeffrey E Froyd. Literature reviews. Journal of Engineering "
    "Education, 103(1):45–76, 2014.",
    "[4] George W Noblit and Dwight R Hare. Meta-ethnography. Sage, 1988.",
    "[5] Alan R Hevner and Salvatore T March. Design science. MIS Quarterly, 28(1):75–105, 2004.",
    "[6] Lloyd G Williams and Connie U Smith. Performance evaluation. IEEE Software, 19(2):1–9, 2002.",
]


def test_dotted_initials_among_a_lists_bare_ones(lint):
    dotted = [
        "[7] Barbara A Kitchenham and David C. Hoaglin. Guidelines. IEEE Transactions on Software "
        "Engineering, 28(8):721–734, 2002.",
        "[8] P. Ataei and A. Litchfield. Neomycelia. In Proc. of ACIS, pages 1–9, 2021.",
    ]
    text = "\n".join([*BARE, *dotted]) + "\n"
    found = lint(text, select=["RL805"])
    assert [(d.entry, d.message.split(";")[0]) for d in found] == [
        (7, "the initials `C.` have a period"),
        (8, "the initials `P.` have a period"),
        (8, "the initials `A.` have a period"),
    ]
    assert found[0].message.endswith("13 of the list's 16 initials among given names write none")
    assert [e.text for e in found[0].edits] == ["C"]


def test_a_few_bare_initials_set_no_form_of_their_own(lint):
    dotted = "[7] Barbara A Kitchenham and David C. Hoaglin. Guidelines. TSE, 28(8):721–734, 2002."
    assert lint("\n".join([*BARE[:3], dotted]) + "\n", select=["RL805"]) == []
