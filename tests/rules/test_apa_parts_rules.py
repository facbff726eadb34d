"""What the rules say of the forms numbered lists borrow from APA, now that the grammar reads them:
a proceedings paper or chapter with `(pp. a–b)` after the book, and a journal article online
ahead of print, are no web pages (no RL304) and carry what RL501 asks of them; what is really
missing is still reported, and a web page still needs its access date."""

from __future__ import annotations

import pytest

from refslint.api import Severity

VANCOUVER = (
    "1. Zheng Y, Yao Y. Composite electrolytes for lithium batteries. Chem Soc Rev. "
    "2020;49:8790-839.\n"
    "2. Wang C, Aykol M. Ionic conduction in solids. ACS Nano. 2020;14:5510-9.\n"
    "3. Lee K, Park J. Grasping objects in clutter. In 2019 IEEE International Conference on "
    "Robotics and Automation (ICRA) (pp. 1120–1126). 2019. "
    "https://doi.org/10.1109/ICRA.2019.8793001\n"
    "4. Smith J. Cardiac surgery in the elderly. In Brown A, White B (eds.) Heart Surgery: "
    "Principles and Practice (pp. 97–102). Springer: Cham. 2021. "
    "https://doi.org/10.1007/978-3-030-12345-6_7\n"
    "5. Gao YC, Yao N. Reductive stability of electrolytes. J Am Chem Soc. 2023;145:23764-70.\n"
    "6. Rossi M, Bianchi L. Sleep and memory consolidation in adults. J Sleep Res. 2025. Online "
    "ahead of print. https://doi.org/10.1111/jsr.14001\n"
    "7. Kim H, Choi S. Stroke outcomes after thrombectomy. Stroke. 2024 [Epub ahead of print]. "
    "doi: 10.1161/STROKEAHA.124.04321\n"
    "8. Tanaka Y. Dopamine and reward. In Ito K (ed.) Neurobiology of Motivation (pp. 45–60). "
    "Tokyo: Kyoto University Press. 2018.\n"
    "9. Meyer T. Valve repair. In: Brown A, editor. Cardiac Surgery. Springer: Berlin, "
    "Heidelberg. 2015.\n"
)

APA = (
    "1. Baddeley, A. (2012). Working memory: Theories, models, and controversies. Annual Review "
    "of Psychology, 63, 1–29. https://doi.org/10.1146/annurev-psych-120710-100422\n"
    "2. Miyake, A., & Shah, P. (1999). Toward unified theories of working memory. In A. Miyake & "
    "P. Shah (Eds.), Models of working memory (pp. 442–481). Cambridge University Press.\n"
    "3. Oberauer, K., & Lewandowsky, S. (2025). Forgetting in working memory. Psychological "
    "Review. Advance online publication. https://doi.org/10.1037/rev0000500\n"
    "4. He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image "
    "recognition. In 2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR) "
    "(pp. 770–778). IEEE. https://doi.org/10.1109/CVPR.2016.90\n"
)


def _findings(found) -> list[tuple[str, int | None]]:
    return [(d.code, d.entry) for d in found if d.severity is not Severity.INFO]


@pytest.mark.parametrize("listed", [VANCOUVER, APA], ids=["vancouver", "apa"])
def test_the_borrowed_forms_raise_no_alarm(lint, listed):
    assert _findings(lint(listed)) == []


def test_a_web_page_in_the_same_list_still_needs_its_access_date(lint):
    page = (
        "10. World Health Organization. Hepatitis B fact sheet [Internet]. 2023. Available from: "
        "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b\n"
    )
    assert _findings(lint(VANCOUVER + page, select=["RL304"])) == [("RL304", 10)]


def test_a_chapter_with_no_publisher_after_its_pages_is_still_reported(lint):
    chapter = (
        "10. Smith J. Cardiac surgery. In Brown A (eds.) Heart Surgery (pp. 97–102). 2021. "
        "https://doi.org/10.1007/978-3-030-12345-6_8\n"
    )
    found = lint(VANCOUVER + chapter, select=["RL501", "RL304"])
    assert _findings(found) == [("RL501", 10)]
    assert "book chapter has no publisher" in found[0].message


def test_an_article_with_neither_the_mark_nor_a_doi_still_lacks_its_volume(lint):
    article = "10. Rossi M. Sleep spindles. J Sleep Res. 2025:e14003.\n"
    found = lint(VANCOUVER + article, select=["RL501"])
    assert _findings(found) == [("RL501", 10)]


def test_a_place_alone_after_the_book_still_lacks_its_publisher(lint):
    chapter = "10. Smith J. Valve repair. In: Brown A, editor. Cardiac Surgery. London. 2019.\n"
    assert _findings(lint(VANCOUVER + chapter, select=["RL501"])) == [("RL501", 10)]


def test_a_book_with_its_publisher_before_its_place_lacks_nothing(lint):
    books = (
        "10. Brown T. Cardiac Surgery in the Adult. 5th edn. McGraw-Hill: New York. 2017.\n"
        "11. Brown T. Cardiac CT. Springer: Berlin, Heidelberg. 2019. "
        "https://doi.org/10.1007/978-3-662-00001-1\n"
    )
    assert _findings(lint(VANCOUVER + books, select=["RL501", "RL521", "RL304"])) == []


@pytest.mark.parametrize("mark", ["Online ahead of print.", "Advance online publication."])
def test_an_article_marked_as_out_before_its_issue_needs_no_volume_even_without_a_doi(lint, mark):
    article = f"10. Rossi M. Sleep spindles in adults. J Sleep Res. 2025. {mark}\n"
    assert _findings(lint(VANCOUVER + article, select=["RL501"])) == []
