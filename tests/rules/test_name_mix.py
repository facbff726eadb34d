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
