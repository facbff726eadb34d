"""The quick checks some rules make before their long patterns (RL557's `l` for a 1, RL571's
split given name) hold wherever the long pattern matches: a rule that skips an entry on the quick
check's word finds nothing there. Read over every published list in tests/data and the rules' own
examples, so a long pattern widened without its quick check fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from refslint_rules import entry_marks, split_names
from refslint_rules.access_date import ACCESS_IN_OTHER_WORDS
from refslint_rules.style.dates import in_other_words

from refslint.grammar import parse_entry
from refslint.model import Reference
from refslint.registry import load_rules
from refslint.sources.plaintext import read_entries
from tests.data import DATA, REVIEW_124

SHAPES = (
    "Xu, J., Zhou, W. hua and Liu, A. wen (2013) A target in cancer. PLoS One, 8, e56919.",
    "Zhou, W.-hua, Li, A. B. wen, (2019) Titles. J Things, 2, 1-9.",
    "Ahola T, Kaariainen L. Protein nsPl and nsP3 of a virus. Proc Natl Acad Sci USA. 1995;92:507.",
    "Smith J. IL-l and IL-6 in disease. Cytokine. 2001;3:1-9.",
    "Silva A. Um título. Rev Saude. 2020;1:1-9. Acesso em: 3 nov. 2023.",
    "Silva A. Um título. Rev Saude. 2020;1:1-9. ACESSADO EM 01/07/2021.",
    "Lopez B. Un título. Rev Esp. 2020;1:1-9. Consultado el 3 de mayo de 2021.",
    "Dupont C. Un titre. Rev Fr. 2020;1:1-9. Consulte le 3 mai 2021.",
    "Dupont C. Un titre. Rev Fr. 2020;1:1-9. Consulté le 3 mai 2021.",
    "Rossi D. Un titolo. Riv It. 2020;1:1-9. Accesso il 3 maggio 2021; consultato il 4.",
    "Muller E. Ein Titel. Z Dt. 2020;1:1-9. Abgerufen am 3. Mai 2021. Zugriff am 4. Mai 2021.",
    "Muller E. Ein Titel. Z Dt. 2020;1:1-9. Aufgerufen am 3; zugegriffen am 4. Mai 2021.",
    "Smith F. A page. 2020. Last access on 05/21/2021. Date of access: 3 May 2021.",
    "Garcia G. Un título. Rev. 2020;1:1-9. Accedido en 3 de mayo de 2021.",
)


def _refs() -> Iterator[Reference]:
    paths = [REVIEW_124, *sorted(DATA.glob("real-lists/*.txt"))]
    paths += sorted(DATA.glob("unseen-lists*/*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts.append("".join(f"{n}. {shape}\n" for n, shape in enumerate(SHAPES, 1)))
    for rule in load_rules():  # the rules' own bad and good examples
        texts += [m.group(1) for m in re.finditer(r"\n {8}(1\. .+?)\n\n", rule.docs, re.S)]
    for text in texts:
        for entry in read_entries(text):
            yield parse_entry(entry)


@pytest.fixture(scope="module")
def refs() -> list[Reference]:
    return list(_refs())


def test_every_split_name_has_a_comma_and_an_initial_before_the_date(refs):
    matched = 0
    for ref in refs:
        for m in split_names._SPLIT.finditer(ref.text, ref.body_start):
            matched += 1
            assert split_names._COMMA_INITIAL.search(ref.text, ref.body_start, m.end()), ref.text
    assert matched >= 2  # the shapes above at least: the check is tried


def test_every_letter_for_a_one_ends_as_the_quick_check_asks(refs):
    matched = 0
    for ref in refs:
        for m in entry_marks._LETTER_ONE.finditer(ref.text, ref.body_start):
            matched += 1
            assert entry_marks._LETTER_ONE_END.match(ref.text, m.end() - 2), ref.text
    assert matched >= 2


def test_an_entry_the_access_hints_pass_holds_no_access_note_in_other_words(refs):
    matched = 0
    for ref in refs:
        found = ACCESS_IN_OTHER_WORDS.search(ref.text)
        quick = in_other_words(ref.text)
        matched += found is not None
        assert (quick and quick.span()) == (found and found.span()), ref.text
    assert matched >= 12  # the shapes above at least, every word of the pattern among them
