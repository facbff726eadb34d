"""LaTeX manuscripts: `thebibliography` entries, decoding, comments, citations and positions."""

from __future__ import annotations

import pytest

from refslint.cli import main
from refslint.sources import read_document
from tests.sources.manuscript_checks import MANUSCRIPTS, assert_maps_back, findings, quoted

ONE = "Kern JH, Ortiz MA. Cytokine patterns in graft rejection. J Immunol. 1994;152:2110-8."


def bibliography(items: str, body: str = "") -> str:
    return f"{body}\\begin{{thebibliography}}{{99}}\n{items}\\end{{thebibliography}}\n"


def test_bibitems_with_and_without_labels_are_numbered_by_position():
    text = bibliography(
        f"\\bibitem{{kern}} {ONE}\n\\bibitem[Dahl(2006)]{{dahl}}\n  Dahl PK. A title. 2006.\n"
    )
    found = read_document("paper.tex", text).entries
    assert [(e.index, e.number, e.label_end) for e in found] == [(1, 1, 0), (2, 2, 0)]
    assert [e.text for e in found] == [ONE, "Dahl PK. A title. 2006."]


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        ("\\emph{Cytokine} \\textit{patterns} \\textbf{in}", "Cytokine patterns in"),
        ("{\\em Cytokine} {\\it patterns}", "Cytokine patterns"),
        (
            'M{\\"o}ller, M\\"{o}ller, M\\"oller, Ren\\\'e, Ren\\\'{e}',
            "Möller, Möller, Möller, René, René",
        ),
        (
            "\\o, Jens\\o n, {\\O}re, Stra\\ss e, \\L ukasz, \\aa",
            "ø, Jensøn, Øre, Straße, Łukasz, å",
        ),
        ('\\v{C}ech, \\c{c}a, na\\"{\\i}ve, \\H{o}', "Čech, ça, naïve, ő"),
        ("pages 12--20, a---b", "pages 12–20, a—b"),
        ("J.~Immunol.\\ Res, A\\&B, 50\\%, a\\_b", "J. Immunol. Res, A&B, 50%, a_b"),
        ("\\url{https://x.org/~a_b--c}", "https://x.org/~a_b--c"),
        ("\\doi{10.1038/nm--1}", "doi:10.1038/nm--1"),
        ("doi: \\doi{10.1038/nm1}", "doi: 10.1038/nm1"),
        ("\\href{https://who.int/r}{the report}", "the report https://who.int/r"),
        ("\\href{https://doi.org/10.1/x}{10.1/x}", "10.1/x"),
        ("A title.\n  \\newblock Lancet.", "A title. Lancet."),
        ("``Quoted'' {DNA}", '"Quoted" DNA'),
    ],
)
def test_commands_and_accents_are_decoded_for_parsing(latex: str, plain: str):
    text = bibliography(f"\\bibitem{{k}} Kern JH. {latex}\n")
    (entry,) = read_document("paper.tex", text).entries
    assert entry.text == f"Kern JH. {plain}"
    decoded = 'öéøØßŁåČçïő–—&%_"' + ("doi:" if "\\doi{10.1038/nm--1}" in latex else "")
    assert_maps_back(entry, text, decoded=decoded)


def test_comments_are_ignored_and_an_escaped_percent_is_not_one():
    text = bibliography(
        "% \\bibitem{ghost} Ghost G. Not an entry. 2000.\n"
        "\\bibitem{kern} Kern JH, Ortiz MA. Cytokine patterns in graft% a comment\n"
        "  rejection. J Immunol. 1994;152:2110-8. % 50\\% of it\n"
        "\\bibitem{b} Yield of 50\\% here. 2020.\n"
    )
    found = read_document("paper.tex", text).entries
    # a comment eats its line ending, as in TeX: "graft%\n  rejection" is "graftrejection"
    assert [e.text for e in found] == [
        ONE.replace("graft rejection", "graftrejection"),
        "Yield of 50% here. 2020.",
    ]


def test_every_character_maps_back_through_wrapping_markup_and_accents():
    text = (MANUSCRIPTS / "paper.tex").read_text(encoding="utf-8")
    found = read_document("paper.tex", text).entries
    assert len(found) == 4
    for entry in found:
        assert_maps_back(entry, text, decoded="öüøŁÉé–")
    renard = found[3]
    for needle, where in (("Rénard", (15, 18)), ("Łukasz", (15, 30)), ("Élan", (15, 48))):
        position = renard.positions.position(renard.text.index(needle))
        assert (position.line, position.column) == where, needle


def test_cite_commands_in_the_body_resolve_keys_to_entries():
    body = (
        "\\begin{document}\nText \\cite{a,b} and \\citep{c}, \\citet{a}, \\cite[p.~4]{b},\n"
        "\\citep[see][chap. 2]{missing} % and \\cite{commented}\n"
    )
    items = "".join(f"\\bibitem{{{key}}} {key.upper()} A. A title. 2001.\n" for key in "abc")
    document = read_document("paper.tex", bibliography(items, body) + "\\end{document}\n")
    assert [(c.key, c.number, c.group) for c in document.citations] == [
        ("a", 1, 1),
        ("b", 2, 1),
        ("c", 3, 2),
        ("a", 1, 3),
        ("b", 2, 4),
        ("missing", None, 5),
    ]
    missing = document.citations[-1].location
    assert (missing.line, missing.column, missing.end_column) == (3, 22, 29)


def test_a_bare_bibliography_has_no_body_text():
    text = "\\documentclass{article}\n\\begin{document}\n" + bibliography(f"\\bibitem{{k}} {ONE}\n")
    assert read_document("refs.tex", text).citations is None


def test_a_list_typed_as_text_under_a_heading_is_still_read():
    text = f"\\section*{{References}}\n\nReferences\n\n1. {ONE}\n"
    assert [e.text for e in read_document("refs.tex", text).entries] == [f"1. {ONE}"]


def test_manuscript_reports_what_the_plain_text_list_reports(capsys):
    """The acceptance test: the same faults, each at its place in the LaTeX file. The numbering
    fault of the plain list has no counterpart: LaTeX numbers its entries itself."""
    plain = [d for d in findings(MANUSCRIPTS / "references.txt", capsys) if d["code"] != "RL101"]
    paper = MANUSCRIPTS / "paper.tex"
    found = findings(paper, capsys)
    assert [(d["code"], d["message"]) for d in found] == [(d["code"], d["message"]) for d in plain]
    assert [d["entry"] for d in found] == [2, 3, 4]  # by position
    text = paper.read_text(encoding="utf-8")
    assert [(d["line"], d["column"], quoted(text, d)) for d in found] == [
        (12, 8, "Noc"),
        (14, 43, "2020~Jan~3"),
        (15, 87, "2031"),
    ]


FOLD_UMLAUT = '''
from refslint.api import Category, Diagnostic, Edit, Fix, Severity, Span, rule

@rule(code="XU001", name="umlaut", category=Category.FORMAT, severity=Severity.WARNING,
      summary="An umlaut", fixable=True)
def umlaut(ref, ctx):
    """## What it does
    Folds umlauts.
    """
    at = ref.text.find("ö")
    if at >= 0:
        edit = Edit(Span(at, at + 1), "oe")
        yield Diagnostic(Span(at, at + 1), "umlaut", fix=Fix.safe(edit, message="Fold it"))
'''


def test_a_fix_is_offered_only_where_the_file_says_what_the_entry_says(tmp_path, capsys, plugin):
    """An edit of decoded text (`{\\"o}` read as "ö") cannot be applied to the file as it stands,
    so it is not offered; the same edit of a literal "ö" is."""
    plugin(FOLD_UMLAUT)
    entry = "Kern JH. Graft rejection in Malm{ö}. J Immunol. 1994;152:2110-8.\n"
    decoded = tmp_path / "decoded.tex"
    decoded.write_text(bibliography(f"\\bibitem{{k}} {entry}".replace("ö", '\\"o')), "utf-8")
    literal = tmp_path / "literal.tex"
    literal.write_text(bibliography(f"\\bibitem{{k}} {entry}"), "utf-8")
    for path, fixable in ((decoded, False), (literal, True)):
        found = findings(path, capsys, "--select", "XU001")
        assert [d["code"] for d in found] == ["XU001"]
        assert (found[0]["fix"] is not None) is fixable, path.name
    main(["--select", "XU001", "--fix", str(decoded), str(literal)])
    assert '{\\"o}' in decoded.read_text("utf-8")
    assert "Malm{oe}" in literal.read_text("utf-8")
