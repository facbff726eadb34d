"""RL807 on a link introduced by a label (`URL:`, `Retrieved from:`) in an APA list whose other
links stand bare; lists written here, and Harvard's and Vancouver's labels left alone."""

from __future__ import annotations

BARE = [
    "Mnih, V. ({y}). Playing games. CoRR, abs/1312.{y}. http://arxiv.org/abs/1312.{y}",
    "Silver, D. ({y}). Mastering chess. Nature, 550, 354–359. https://doi.org/10.1038/n{y}",
    "Paszke, A. ({y}). PyTorch. Curran Associates. http://papers.neurips.cc/paper/{y}",
    "Raffin, A. ({y}). Baselines. Journal of Research, 22, 1–8. http://jmlr.org/papers/{y}.html",
    "Huang, S. ({y}). Deep class. In GitHub repository. https://github.com/deep/{y}",
]


def _list(last: str, bare=BARE) -> str:
    entries = [e.format(y=2010 + n) for n, e in enumerate(bare)] + [last]
    return "References\n" + "\n".join(entries) + "\n"


def test_a_label_among_bare_links_is_flagged(lint):
    text = _list("Achiam, J. (2018). Spinning up in deep learning. URL: https://spinningup.org/.")
    [found] = lint(text, select=["RL807"])
    assert found.entry == 6
    assert "`URL:`" in found.message
    assert "5 of the list's 6 links stand without one" in found.message


def test_a_retrieval_label_with_a_colon_is_flagged_too(lint):
    text = _list("Pew, R. (2020). Voters. Pew Research Center. Retrieved from: https://pew.org/v")
    [found] = lint(text, select=["RL807"])
    assert "`Retrieved from:`" in found.message


def test_harvard_and_vancouver_labels_pass(lint):
    harvard = [e.replace("). ", ") ", 1) for e in BARE]
    text = _list("Achiam, J. (2018) Spinning up. Available at: https://spinningup.org/", harvard)
    assert lint(text, select=["RL807"]) == []
    vancouver = "".join(
        f"{n}. Mnih V. Playing games {n}. Nature. 2015;518:529-33. https://doi.org/10.1038/n{n}\n"
        for n in range(1, 6)
    )
    vancouver += (
        "6. WHO. Report [Internet]. 2020 [cited 2021 Jan 1]. Available from: https://who.int\n"
    )
    assert lint(vancouver, select=["RL807"]) == []
