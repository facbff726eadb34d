"""RL569: a chapter's editors named without their role where the list's other chapters give it,
on lists written here in Citing Medicine, ABNT-like Portuguese, APA and Harvard; silent where the
list gives no role anywhere or leaves it out more than once (its own way, or authored books)."""

from __future__ import annotations


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, str(d.severity)) for d in lint(text, select=["RL569"])]


VANCOUVER = """\
1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
2. Patel R. Epidemiology of falls. In: Brown A, Green B, editors. Handbook of care. London: Arnold; 2015. p. 1-20.
3. Lee K. Sleep in infancy. In: Smith J, Jones P. Paediatric nursing. Oxford: Blackwell; 2018. p. 30-41.
4. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
"""


def test_a_chapter_without_its_editors_role_is_a_hint_where_another_gives_it(lint):
    found = lint(VANCOUVER, select=["RL569"])
    assert [(d.entry, str(d.severity)) for d in found] == [(3, "info")]
    assert found[0].message.startswith("the names after `In` carry no role, where entry 2's")


def test_a_portuguese_list_with_organizador_flags_the_chapter_without_it(lint):
    text = (
        "1 Melo LL, Maia EBS. Brinquedo terapêutico. In: Souza AIJ, organizador. Enfermagem "
        "pediátrica. Florianópolis: Papa-Livro; 2021. p. 217-40.\n"
        "2 Lima A. Saúde da família. Rev Bras Enferm. 2020;73(4):e20180812.\n"
        "3 Maia EB, Melo LL. O brinquedo terapêutico. In: Collet N, Toso BRGO, Vieira CS. "
        "Manual de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61.\n"
    )
    assert _found(lint, text) == [(3, "info")]


def test_a_list_that_gives_no_role_or_leaves_it_out_twice_is_left_alone(lint):
    # chapters of books their authors wrote, as Citing Medicine cites them: no role anywhere
    authored = VANCOUVER.replace("Brown A, Green B, editors.", "Brown A, Green B.")
    assert _found(lint, authored) == []
    twice = VANCOUVER + (
        "5. Kim B. Feeding. In: Moore T, Hall S. Infant care. Leeds: Kinetic; 2019. p. 5-9.\n"
    )
    assert _found(lint, twice) == []


def test_roles_before_the_names_in_brackets_or_in_other_languages_count(lint):
    text = (
        "1. Zheng, Y. (2020). Composite electrolytes. Chem Soc Rev, 49, 8790-8839.\n"
        "2. Patel, R. (2015). Falls. In A. Brown & B. Green (Eds.), Handbook of care "
        "(pp. 1-20). Arnold.\n"
        "3. Lee, K. (2018). Sleep. In J. Smith (Ed.), Paediatric nursing (pp. 30-41). "
        "Blackwell.\n"
        "4. Hogue, C. (2001). Databases. In: A. Baxevanis, B. Ouellette (Hrsg.): "
        "Bioinformatik (S. 83-109). Wiley.\n"
        "5. Smith, J. (2019). Fire. In Wildlife, edited by T. Moore, 5-9. Leeds: Kinetic.\n"
        "6. Lee, A. (2012). Aerogels. In: Proceedings of the Fifth Workshop on Aerogels, "
        "Dresden, 2012. Berlin: Springer, p. 12-19.\n"
    )
    assert _found(lint, text) == []
