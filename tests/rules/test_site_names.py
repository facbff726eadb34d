"""RL868: a web service's name printed in another case than its own, in entries written here in
several styles; silent on the service's own spelling, on a title in capitals and inside links and
identifiers."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits


def _found(lint, text: str) -> list[str]:
    return [d.message for d in lint(text, select=["RL868"])]


@pytest.mark.parametrize(
    ("entry", "printed", "name"),
    [
        (  # eLife's software entry
            "Siegel DA. 2020. Comparative APA analysis. Github. URL: https://example.org/apa",
            "Github",
            "GitHub",
        ),
        (  # APA preprint
            "Lee, A., & Kim, B. (2021). Translation in neurons. Biorxiv. "
            "https://doi.org/10.1101/2021.01.01.425000",
            "Biorxiv",
            "bioRxiv",
        ),
        (  # Vancouver, a database named in the title
            "Kim S, Chen J. Pubchem in 2021: new data content and improved web interfaces. "
            "Nucleic Acids Res. 2021;49:D1388-95.",
            "Pubchem",
            "PubChem",
        ),
        (  # IEEE web page
            '[1] A. Lee, "Lecture on sparse models," Youtube, 2020. [Online]. Available: '
            "https://example.org/v/1",
            "Youtube",
            "YouTube",
        ),
        (  # Harvard, the name in lower case outside its address
            "Lee, A. (2019) Survey scripts, available on github (accessed 3 May 2020).",
            "github",
            "GitHub",
        ),
    ],
)
def test_a_service_name_in_another_case(lint, entry, printed, name):
    text = f"1. {entry}\n"
    (finding,) = lint(text, select=["RL868"])
    assert finding.message == f"`{printed}` is the service's name in another case; write `{name}`"
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None and name in fixed and printed not in fixed.replace(name, "")


@pytest.mark.parametrize(
    "entry",
    [
        "Siegel DA. 2020. Comparative APA analysis. GitHub. URL: https://github.com/x/apa",
        "Lee, A. (2021). Translation in neurons. bioRxiv. https://doi.org/10.1101/2021.01.01.425000",
        "LEE A. MINING GITHUB FOR SOFTWARE CITATIONS. J SOFTW. 2020;12:1-9.",
        "Lee A. Pages. 2020. Available from: https://lee.github.io/pages/",
        "Lee A. Sparse models. arXiv:2101.00001 [Preprint]. 2021.",
        "Lee A. Sparse models. 2021. Available from: https://arxiv.org/abs/2101.00001",
        "Lee A. Data. 2020. Available from: https://www.ncbi.nlm.nih.gov/pubmed/123",
        "Lee A. Our Pubmedical notes. J Notes. 2020;1:1-2.",  # another word
    ],
)
def test_own_spelling_capitals_and_addresses_pass(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []


def test_the_rule_grows_linearly_with_the_list():
    import datetime as dt

    from refslint.grammar import parse_entry
    from refslint.registry import load_rules
    from refslint.rule import Context
    from refslint.sources.plaintext import read_entries
    from tests.timing import assert_linear, rule_run

    entries = (
        "Siegel DA. 2020. Analysis {n}. Github. URL: https://github.com/x/apa{n}",
        "Lee A. Models {n}. arXiv:2101.{n:05d} [Preprint]. 2021.",
        "Kim S. Cells {n}. Nucleic Acids Res. 2021;49:D1388-95.",
    )

    def refs(count: int):
        text = "".join(f"{n}. {entries[n % 3].format(n=n)}\n" for n in range(1, count + 1))
        return [parse_entry(e) for e in read_entries(text)]

    ctx = Context(today=dt.date(2026, 12, 7))
    (rule,) = [r for r in load_rules() if r.code == "RL868"]
    assert_linear(rule_run(rule, refs(200), ctx), rule_run(rule, refs(400), ctx), bound=3)
