"""RL577: one author's initials printed in two orders, a given name run into the surname, or a
surname's first word taken for an initial; only where the entries share a co-author."""

from functools import partial

import pytest

from tests.timing import assert_linear


def _found(lint, entries):
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    return [(d.entry, d.message) for d in lint(text, select="RL577")]


AUTHOR_DATE = [
    "Akman, H.B., Oyken, M., Can, T. and Erson-Bensan, A.E. (2015) UTR shortening in breast "
    "cancer. Hum. Mol. Genet., 24, 6910–6920.",
    "Akman, B.H., Can, T. and Elif Erson-Bensan, A. (2012) Upregulation of CDC6. Nucleic Acids "
    "Res., 40, 10679–10688.",
    "Abdelbaki, A., Akman, H.B., Can, T. and Lindon, C. (2020) Destruction at mitotic exit. J. "
    "Cell Sci., 133, 1–9.",
]


def test_reversed_initials_and_a_run_in_given_name_are_found(lint):
    found = _found(lint, AUTHOR_DATE)
    assert [entry for entry, _ in found] == [2, 2]
    assert "`Akman, B.H.` is printed `Akman, H.B.` in entry 1" in found[0][1]
    assert "initials reversed" in found[0][1]
    assert "`Elif Erson-Bensan, A.` is printed `Erson-Bensan, A.E.` in entry 1" in found[1][1]
    assert "given name run into the surname" in found[1][1]


def test_vancouver_and_initials_first_styles_are_read_too(lint):
    vancouver = [
        "Akman HB, Oyken M, Can T. UTR shortening in breast cancer. Hum Mol Genet. "
        "2015;24:6910-20.",
        "Akman BH, Can T. Upregulation of CDC6. Nucleic Acids Res. 2012;40:10679-88.",
        "Abdelbaki A, Akman HB, Can T. Destruction at mitotic exit. J Cell Sci. 2020;133:1-9.",
    ]
    assert [entry for entry, _ in _found(lint, vancouver)] == [2]
    ieee = [
        "H. B. Akman, M. Oyken, and T. Cannon, “UTR shortening,” Hum. Mol. Genet., vol. 24, "
        "pp. 6910–6920, 2015.",
        "B. H. Akman and T. Cannon, “Upregulation of CDC6,” Nucleic Acids Res., vol. 40, "
        "pp. 10679–10688, 2012.",
        "A. Abdelbaki, H. B. Akman, and T. Cannon, “Mitotic exit,” J. Cell Sci., vol. 133, "
        "pp. 1–9, 2020.",
    ]
    assert [entry for entry, _ in _found(lint, ieee)] == [2]


def test_a_surname_cut_at_its_particle_is_found_on_the_cut_printing(lint):
    entries = [
        "Sánchez, S.F.; Kennicutt, R.C.; Gil de Paz, A. CALIFA. Astron. Astrophys. 2012, 538, A8.",
        "Sánchez, S.F.; Pérez, E.; de Paz, A.G. Pipe3D. Rev. Mex. Astron. Astrofis. 2016, 52, 21.",
    ]
    found = _found(lint, entries)
    assert [entry for entry, _ in found] == [2]
    assert "surname cut" in found[0][1]


@pytest.mark.parametrize(
    "entries",
    [
        # no shared co-author: two people may share a surname
        [
            "Akman HB, Oyken M. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman BH, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
        # both printed in one entry: two people of one team
        [
            "Akman HB, Akman BH, Can T. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman BH, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
            "Akman HB, Can T. Third work. J Cell Sci. 2020;133:1-9.",
        ],
        # a short surname with one shared co-author only: `Li HB` and `Li BH` are often two people
        [
            "Li HB, Wang Q. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Li BH, Wang Q. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
        # a word before a one-word surname may be a double surname (`García Márquez`)
        [
            "García Márquez G, Ortiz A. First work. Rev Med Chile. 2015;24:69-70.",
            "Márquez GG, Ortiz A. Second work. Rev Med Chile. 2012;40:106-8.",
        ],
        # different initials, not reordered ones
        [
            "Akman HB, Can T. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman HC, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
    ],
)
def test_silent_where_two_people_are_as_likely(lint, entries):
    assert _found(lint, entries) == []


# --- scale -----------------------------------------------------------------------------------


def _common_surname(n: int) -> str:
    """`n` entries by `Wang X.Y.` or `Wang Y.X.` (every other one), each with a co-author of its
    own: the worst case, one surname printed two ways everywhere and no evidence of one person."""
    return "".join(
        f"{i}. Wang {'XY' if i % 2 else 'YX'}, Coauthor{i} A. A study {i}. "
        f"J Biol Chem. 2010;285:{i}-9.\n"
        for i in range(1, n + 1)
    )


def test_comparing_printings_grows_linearly_with_the_list(lint):
    """Four times the entries, well under sixteen times the time: an odd printing is compared
    only with the entries of the usual one that share a co-author, never with all of them."""

    def silent(text: str) -> None:
        assert lint(text, select=["RL577"]) == []

    small, large = _common_surname(500), _common_surname(2000)
    assert_linear(partial(silent, small), partial(silent, large), bound=8)
