"""RL540 on a group's name inverted as a person's in a `Family, Given` list, read in the text
before the title: its words cut to initials with the little words kept (`Technology, S. U.
of.`), written out with a little word inside (`Union, Publications Office of the European.`),
its head noun taken for the given name (`Jupyter, Project,`), or an acronym doubled as a name
(`ISO Iso`); silent on persons, whatever particles follow their initials."""

from __future__ import annotations


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL540"])]


def _printed(found: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    return [(entry, message.split("`")[1]) for entry, message in found]


APA = (
    "References\n"
    "Carroll, B. W., & Ostlie, D. A. (2006). An introduction to modern astrophysics. Cambridge "
    "University Press.\n"
    "Kluyver, T., Ragan-Kelley, B., & team, J. development. (2016). Jupyter notebooks. In F. "
    "Loizides (Ed.), Positioning and Power in Academic Publishing (pp. 87–90).\n"
    "Technology, S. U. of. (n.d.). Megaparsec: cosmos. https://astronomy.example.edu/megaparsec\n"
    "Jupyter, Project, Bussonnier, Matthias, & Willing, Carol. (2018). Binder 2.0. Proceedings "
    "of the 17th Python in Science Conference, 113–120.\n"
)
CHICAGO = (
    "Bibliography\n"
    "Barnes, Nick. ‘Publish Your Computer Code: It Is Good Enough’. Nature 467 (2010): 753.\n"
    "Union, Publications Office of the European. ‘Evaluation of Research Careers’. Website, "
    "2017.\n"
)
IEEE = (
    "[1] A. Smith and B. Jones, “Big data,” IEEE Access, vol. 5, pp. 1–9, 2017.\n"
    "[2] ISO Iso. Information technology — reference architecture. Standard, 2016.\n"
    "[3] J. Doe, “Data lakes,” IEEE Access, vol. 6, pp. 10–19, 2018.\n"
)


def test_groups_inverted_in_an_apa_list(lint):
    assert _printed(_found(lint, APA)) == [
        (2, "team, J. development."),
        (3, "Technology, S. U. of."),
        (4, "Jupyter, Project"),
    ]


def test_a_group_with_its_little_words_inverted(lint):
    assert _printed(_found(lint, CHICAGO)) == [(2, "Union, Publications Office of the European")]


def test_an_acronym_doubled_as_a_name(lint):
    assert _printed(_found(lint, IEEE)) == [(2, "ISO Iso")]


def test_persons_are_left_alone(lint):
    text = (
        "References\n"
        "Beethoven, L. van. (1990). Letters. Oxford University Press.\n"
        "Goethe, J. W. von. (1998). Maxims and reflections. Penguin.\n"
        "Smith, J., & Doe, J. (2001). Notes on a survey. Journal of Surveys, 5, 1–9.\n"
        "Project, M. (2003). A surname that is a word. Journal of Surveys, 7, 1–9.\n"
        "Ito, Ito. (2005). A name printed twice. Journal of Surveys, 9, 1–9.\n"
    )
    assert _found(lint, text) == []
    # the same list read whole: a group among them is found
    inverted = "Technology, S. U. of. (n.d.). Megaparsec. https://astronomy.example.edu/mpc\n"
    assert _printed(_found(lint, text + inverted)) == [(6, "Technology, S. U. of.")]
