"""RL590 on a Chicago list's entry that mixes its names' forms: initials only among given names
written out (`Hocking, T., Jean-Philippe Vert, F. Bach`), or editors written out among authors
with initials; silent on entries of one form and on lists of no Chicago shape."""

from __future__ import annotations

WRITTEN = [
    "Bien, Jacob, and Robert Tibshirani. 2011. “Sparse Estimation.” Biometrika 98 (4): 807–20.",
    "Chi, Eric, and Kenneth Lange. 2015. “Splitting Methods.” Statistics 24 (4): 994–1013.",
    "Hsieh, Cho-Jui, Mátyás Sustik, and Inderjit Dhillon. 2014. “QUIC.” Machine Learning 15 "
    "(1): 2911–47.",
    "Boyd, Stephen, Neal Parikh, and Eric Chu. 2011. “Distributed Optimization.” Foundations 3 "
    "(1): 1–122.",
]
INITIALS = [
    "Aha, D. W., D. Kibler, and M. K. Albert. 1991. “Instance-Based Learning.” Machine Learning "
    "6: 37–66.",
    "Biau, G., and E. Scornet. 2016. “A Random Forest Guided Tour.” Test 25 (2): 197–227.",
    "Blum, M. G. B., and O. François. 2010. “Non-Linear Regression.” Statistics 20: 63–73.",
    "Scornet, E., G. Biau, and J.-P. Vert. 2015. “Consistency.” Annals 43 (4): 1716–41.",
]


def _found(lint, entries):
    found = lint("References\n" + "\n".join(entries) + "\n", select=["RL590"])
    return [(d.entry, d.message.split(";")[0]) for d in found]


def test_initials_among_names_written_out_in_one_entry(lint):
    mixed = (
        "Hocking, T., Jean-Philippe Vert, F. Bach, and Armand Joulin. 2011. “Clusterpath.” In "
        "ICML, 1–8."
    )
    assert _found(lint, [*WRITTEN, mixed]) == [
        (5, "`T.`, `F. Bach` give initials only among names of the other form")
    ]


def test_names_written_out_among_initials_authors_and_editors(lint):
    mixed = (
        "Tsymbal, A., M. Pechenizkiy, and Pádraig Cunningham. 2006. “Dynamic Integration.” In "
        "Machine Learning: ECML 2006, 801–8. Berlin: Springer."
    )
    edited = (
        "Robnik-Šikonja, M. 2004. “Improving Random Forests.” In Machine Learning: ECML 2004, "
        "edited by Jean-François Boulicaut and Floriana Esposito, 359–70. Berlin: Springer."
    )
    found = _found(lint, [*INITIALS, mixed, edited])
    assert [entry for entry, _ in found] == [5, 6]
    assert "`Pádraig Cunningham` gives the given name written out" in found[0][1]


def test_entries_of_one_form_and_other_styles_are_silent(lint):
    one_form = "Dempster, A. P., and N. M. Laird. 1977. “Maximum Likelihood.” Journal 39: 1–38."
    assert _found(lint, [*WRITTEN, one_form]) == []
    assert _found(lint, [*INITIALS, WRITTEN[0]]) == []
    apa = [
        "Smith, J. A., & Jones, Barbara. (2019). Title one. Journal, 1(2), 3–4.",
        "Lee, K., & Park, S. (2020). Title two. Journal, 2(1), 5–9.",
        "Kim, H., & Cho, Y. (2021). Title three. Journal, 3(1), 1–9.",
    ]
    assert _found(lint, apa) == []


def test_an_initial_before_a_given_name_written_out_is_a_name_written_out(lint):
    # `J Doyne Farmer` signs with a first initial and his given name whole; `G Di Molfetta`'s
    # `Di` opens his family name, so his name is initials only
    signed = (
        "Geanakoplos, John, J Doyne Farmer, and Peter Howitt. 2012. “Systemic Risk.” American "
        "Economic Review 102 (3): 53–58."
    )
    particle = (
        "Arnault, Pablo, G Di Molfetta, and Marc Brachet. 2016. “Quantum Walks.” Physical "
        "Review A 94: 012335."
    )
    assert _found(lint, [*WRITTEN, signed]) == []
    assert _found(lint, [*WRITTEN, particle]) == [
        (5, "`G Di Molfetta` gives initials only among names of the other form")
    ]


MANY_WRITTEN = [
    *WRITTEN,
    "Friedman, Jerome, Trevor Hastie, and Robert Tibshirani. 2008. “Sparse Inverse Covariance.” "
    "Biostatistics 9 (3): 432–41.",
    "Witten, Daniela, Jerome Friedman, and Noah Simon. 2011. “New Insights.” Journal of "
    "Computational and Graphical Statistics 20 (4): 892–900.",
    "Mazumder, Rahul, and Trevor Hastie. 2012. “The Graphical Lasso.” Electronic Journal of "
    "Statistics 6: 2125–49.",
    "Yuan, Ming, and Yi Lin. 2007. “Model Selection.” Biometrika 94 (1): 19–35.",
    "Liu, Han, Kathryn Roeder, Larry Wasserman, John Lafferty, and Tuo Zhao. 2010. “Stability "
    "Approach.” Advances in Neural Information Processing Systems 23: 1432–40.",
    "Danaher, Patrick, Pei Wang, and Daniela Witten. 2014. “The Joint Graphical Lasso.” Journal of "
    "the Royal Statistical Society 76 (2): 373–97.",
    "Meinshausen, Nicolai, and Peter Bühlmann. 2006. “High-Dimensional Graphs.” Annals of "
    "Statistics 34 (3): 1436–62.",
    "Ravikumar, Pradeep, Martin Wainwright, Garvesh Raskutti, and Bin Yu. 2011. “Covariance "
    "Estimation.” Electronic Journal of Statistics 5: 935–80.",
    "Rothman, Adam, Peter Bickel, Elizaveta Levina, and Ji Zhu. 2008. “Sparse Permutation.” "
    "Electronic Journal of Statistics 2: 494–515.",
    "Banerjee, Onureena, Laurent Ghaoui, and Alexandre Aspremont. 2008. “Model Selection.” "
    "Journal of Machine Learning Research 9: 485–516.",
    "Cai, Tony, Weidong Liu, and Xi Luo. 2011. “A Constrained Approach.” Journal of the American "
    "Statistical Association 106 (494): 594–607.",
    "Koller, Daphne, and Nir Friedman. 2009. “Probabilistic Graphical Models.” Machine Learning "
    "Review 4 (1): 1–20.",
]


def test_an_entry_all_in_initials_breaks_a_firm_habit_when_it_shows_a_records_form(lint):
    # 46 names written out: three authors all in initials, and `Tibshirani, R.` where the list
    # writes `Robert Tibshirani`, are a record's form; a lone author's initials may be his own
    cut = (
        "Lindsten, F., H. Ohlsson, and L. Ljung. 2011. “Clustering Using Sum-of-Norms.” Technical "
        "Report 2992: 1–12."
    )
    lone = "Tibshirani, R. 1996. “Regression Shrinkage.” Journal of the Royal Statistical Society 58 (1): 267–88."
    signed = "Dempster, A. P. 1972. “Covariance Selection.” Biometrics 28 (1): 157–75."
    found = _found(lint, [*MANY_WRITTEN, cut, lone, signed])
    assert found == [
        (17, "`F.`, `H. Ohlsson`, `L. Ljung` give initials only alone"),
        (18, "`R` gives initials only alone"),
    ]
    # a weaker habit leaves an entry all of one form alone
    assert _found(lint, [*WRITTEN, cut, lone]) == []
