"""JATS XML: refs found in order, labels, positions exact in the file, structured citations read
field by field, non-JATS XML skipped, and fixes that never break the XML."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("lxml")

from lxml import etree

from refslint.cli import main
from refslint.engine import lint_text
from refslint.lines import LineIndex
from refslint.model import Entry, Kind
from refslint.sources import SourceError, read_document
from refslint.sources.jats import NotJats
from tests.data import JATS_ELIFE, JATS_PLOS, JATS_SCIELO

TODAY = "2026-01-01"


def entries(path: Path) -> list[Entry]:
    return read_document(str(path), path.read_text("utf-8")).entries


def assert_exact(entry: Entry, source: str) -> int:
    """Every character of the entry is, at its reported line and column, that character in the
    file, an entity (`&#233;`) that decodes to it, white space it stands for, or (a separator a
    structured citation's rendering adds) inside a tag. Returns how many were entities."""
    lines = LineIndex(source)
    entities = 0
    for index, char in enumerate(entry.text):
        at = entry.positions.position(index)
        offset = lines.offset(at.line, at.column)
        found = source[offset]
        entity = re.match(r"&#?\w+;", source[offset:])
        if found == char and entity is None:
            continue
        if entity is not None:
            reference = source[offset : source.index(";", offset) + 1]
            decoded = html.unescape(reference)
            assert decoded == char or (char == " " and decoded.isspace()), (index, reference)
            entities += 1
        elif source[offset - 1] == "<":  # a separator, placed inside a tag
            assert entry.reference is not None or char == " ", (index, char)
        else:
            assert char == " " and found.isspace(), (index, char, at, found)
    return entities


def lint_json(path: Path, capsys, *args: str) -> list[dict]:
    main(["--offline", "--today", TODAY, "--format", "json", *args, str(path)])
    return json.loads(capsys.readouterr().out)


def quoted(source: str, found: dict) -> str:
    lines = LineIndex(source)
    start = lines.offset(found["line"], found["column"])
    return source[start : lines.offset(found["end_line"], found["end_column"])]


# --- SciELO (Brazilian Journal of Nephrology): mixed and element citations, entities ----------


def test_scielo_every_ref_found_with_its_label():
    found = entries(JATS_SCIELO)
    assert len(found) == 40
    # ref B32 is labelled "1" in the publisher's file ("1 32. Centers for Disease ..."): a real
    # fault, kept as it is
    assert [e.number for e in found] == [*range(1, 32), 1, *range(33, 41)]
    assert all(e.reference is None for e in found)  # read from <mixed-citation>, not element


def test_scielo_positions_are_exact_through_character_references():
    source = JATS_SCIELO.read_text("utf-8")
    found = entries(JATS_SCIELO)
    decoded = sum(assert_exact(entry, source) for entry in found)
    assert decoded > 50  # Minist&#233;rio, Sa&#250;de, &#8211; ...
    assert "Ministério da Saúde" in found[0].text


def test_scielo_known_faults_at_the_right_refs(capsys):
    source = JATS_SCIELO.read_text("utf-8")
    found = {(d["code"], d["entry"]): d for d in lint_json(JATS_SCIELO, capsys)}
    repeated = found[("RL102", 1)]
    # SciELO prints the number inside the citation too: the finding points at that "1"
    line = source.splitlines()[repeated["line"] - 1]
    assert line.strip().startswith("<mixed-citation>1 32. Centers for Disease Control")
    assert line[repeated["column"] - 1 - len("<mixed-citation>") :].startswith("<mixed-citation>1 ")
    assert quoted(source, repeated) == "1"
    assert ("RL101", 33) in found  # 32 is missing: its ref is labelled 1
    duplicate = found[("RL408", 37)]
    assert quoted(source, duplicate) == "10.1093/jpids/piab098"
    assert "entry 34" in duplicate["message"]


def test_scielo_body_citations_are_checked_against_the_list(capsys):
    source = JATS_SCIELO.read_text("utf-8")
    found = lint_json(JATS_SCIELO, capsys)
    citation = [(d["code"], d["entry"]) for d in found if d["category"] == "citation"]
    assert sorted(citation) == [("RL702", 10), ("RL703", 13)]
    (order,) = [d for d in found if d["code"] == "RL703"]
    assert quoted(source, order) == '<xref ref-type="bibr" rid="B13">9</xref>'


def test_xref_groups_ranges_and_unknown_rids():
    source = (
        """<article article-type="research-article"><body>
<p>Known [<xref ref-type="bibr" rid="a">1</xref>&#x2013;<xref ref-type="bibr" rid="d">4</xref>],
then [<xref ref-type="bibr" rid="f">6</xref>, <xref ref-type="bibr" rid="e">5</xref>] and
<xref ref-type="bibr" rid="zz">9</xref>; a figure <xref ref-type="fig" rid="f1">1</xref>.</p>
</body><back><ref-list>"""
        + "".join(
            f'<ref id="{key}"><label>{n}</label><mixed-citation>Author{n} A. Title {n}. J Test. '
            f"2001;{n}:1-2.</mixed-citation></ref>"
            for n, key in enumerate("abcdefg", start=1)
        )
        + "</ref-list></back></article>"
    )
    document = read_document("a.xml", source)
    assert document.citations is not None
    cited = [(c.key, c.number, c.group) for c in document.citations]
    assert cited == [
        ("a", 1, 1), ("2", 2, 1), ("3", 3, 1), ("d", 4, 1),
        ("f", 6, 2), ("e", 5, 2),
        ("zz", None, 3),
    ]  # fmt: skip
    found = {
        (d.entry, d.code)
        for d in lint_text(source, path="a.xml", today=dt.date(2026, 1, 1), offline=True)
        if d.category == "citation"
    }
    assert found == {(None, "RL701"), (7, "RL702")}


def test_a_sub_article_and_a_pmc_article_set_keep_to_the_main_list():
    def ref(key: str, n: int) -> str:
        return f'<ref id="{key}"><label>{n}</label><mixed-citation>A{n} B. T. J. 2001;1:1-2.</mixed-citation></ref>'

    article = (
        '<article article-type="research-article"><body><p>See <xref ref-type="bibr" rid="a">1'
        f"</xref>.</p></body><back><ref-list>{ref('a', 1)}{ref('b', 2)}</ref-list></back>"
        '<sub-article article-type="translation"><body><p><xref ref-type="bibr" rid="x">1</xref>'
        f"</p></body><back><ref-list>{ref('x', 1)}</ref-list></back></sub-article></article>"
    )
    document = read_document("a.xml", article)
    assert [e.number for e in document.entries] == [1, 2]
    assert document.citations is not None and [c.key for c in document.citations] == ["a"]
    articles = read_document("set.xml", f"<pmc-articleset>{article}{article}</pmc-articleset>")
    assert [e.number for e in articles.entries] == [1, 2]


def test_no_xref_no_citation_rules():
    assert read_document(str(JATS_PLOS), JATS_PLOS.read_text("utf-8")).citations is None


def test_scielo_element_citations_read_alone():
    """The same 40 refs read from their <element-citation>s (the mixed ones taken out)."""
    source = re.sub(
        r"<mixed-citation>.*?</mixed-citation>", "", JATS_SCIELO.read_text("utf-8"), flags=re.S
    )
    found = read_document("s.xml", source).entries
    assert len(found) == 40 and all(e.reference is not None for e in found)
    for entry in found:
        assert_exact(entry, source)
    diagnostics = lint_text(source, path="s.xml", today=dt.date(2026, 1, 1), offline=True)
    by_code: dict[str, set[int | None]] = {}
    for d in diagnostics:
        by_code.setdefault(d.code, set()).add(d.entry)
    # "[cited 2022 Mar 5]" in <date-in-citation>: stale, and read as a date, not a month "cited"
    assert len([d for d in diagnostics if d.code == "RL301"]) == 11
    assert "RL204" not in by_code
    # the publisher's <pub-id pub-id-type="doi"> holds "doi: http://dx.doi.org/10...": malformed
    assert len([d for d in diagnostics if d.code == "RL401"]) == 28
    assert by_code["RL501"] == {13}  # its <element-citation> has no <year>
    # refs 2 and 3 differ only in a bulletin number the structured form leaves out
    assert by_code["RL601"] == {3}
    assert not {code for code in by_code if code.startswith(("RL0", "RL51", "RL8"))}


# --- PLOS ONE: the whole article on one line ------------------------------------------------


def test_plos_one_line_file_refs_labels_and_columns():
    source = JATS_PLOS.read_text("utf-8")
    found = entries(JATS_PLOS)
    assert [e.number for e in found] == list(range(1, 62))
    for entry in found:
        assert_exact(entry, source)
    first = found[0]
    assert {first.positions.position(i).line for i in range(len(first.text))} == {2}
    # names and years stand in elements with no space between them in the XML
    assert first.text.startswith("1 Mora C, Aburto-Oropeza O, Ayala Bocos A,")


def test_plos_findings_point_into_the_line(capsys):
    source = JATS_PLOS.read_text("utf-8")
    found = lint_json(JATS_PLOS, capsys)
    assert found and {d["line"] for d in found} == {2}
    for d in found:
        assert quoted(source, d) or d["column"] == d["end_column"]
    # "Newman SJ, Williams DMcB (2001)": the grammar stops at the name, in entry 50
    stray = [d for d in found if d["code"] == "RL001" and "Williams" in d["message"]]
    assert [d["entry"] for d in stray] == [50]
    lines = LineIndex(source)
    assert source[lines.offset(2, stray[0]["column"]) :].startswith(
        "Williams</surname><given-names>DMcB</given-names></name> (<year>2001</year>)"
    )


# --- eLife: structured element citations, no labels -------------------------------------------


def test_elife_refs_without_labels_are_numbered_by_position():
    found = entries(JATS_ELIFE)
    assert len(found) == 137
    assert [e.number for e in found] == [None] * 137
    assert [e.index for e in found] == list(range(1, 138))
    assert all(e.reference is not None for e in found)


def test_elife_structured_fields_map_to_their_elements():
    source = JATS_ELIFE.read_text("utf-8")
    first = entries(JATS_ELIFE)[0]
    ref = first.reference
    assert ref is not None
    assert [a.family for a in ref.authors] == ["Abed", "Goldstein", "Albanyan", "Jin", "Hu"]
    assert ref.authors[0].initials == "DA"
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text.startswith("Discovery of direct inhibitors")
    assert ref.container is not None and ref.container.text == "Acta Pharmaceutica Sinica B"
    assert ref.date is not None and ref.date.year == 2015
    assert ref.volume is not None and ref.volume.text == "5"
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("285", "299")
    assert ref.doi is not None and ref.doi.text == "10.1016/j.apsb.2015.05.008"
    assert ref.pmid is not None and ref.pmid.text == "26579458"
    lines = LineIndex(source)
    for field in (ref.doi, ref.container, ref.volume):
        start = first.positions.position(field.span.start)
        offset = lines.offset(start.line, start.column)
        assert source[offset : offset + len(field.text)] == field.text
    assert_exact(first, source)


def test_elife_clean_structured_ref_raises_nothing(capsys):
    found = lint_json(JATS_ELIFE, capsys)
    assert not [d for d in found if d["entry"] == 1]
    # no punctuation or house-style rule speaks about a structured citation
    assert not [d for d in found if d["code"].startswith(("RL0", "RL51", "RL8"))]


# --- what the reader refuses or skips --------------------------------------------------------


def test_xml_that_is_not_jats_is_skipped_with_a_note(tmp_path, capsys):
    path = tmp_path / "pom.xml"
    path.write_text("<project><modelVersion>4.0.0</modelVersion></project>\n", "utf-8")
    with pytest.raises(NotJats):
        read_document(str(path), path.read_text("utf-8"))
    assert main(["--offline", str(path)]) == 0
    err = capsys.readouterr().err
    assert "XML, but not JATS (its root element is <project>): skipped" in err
    assert "Traceback" not in err


def test_xml_that_does_not_parse_fails_the_run_in_one_line(tmp_path, capsys):
    path = tmp_path / "broken.xml"
    path.write_text("<article><back><ref-list><ref></ref-list></back></article>\n", "utf-8")
    with pytest.raises(SourceError):
        read_document(str(path), path.read_text("utf-8"))
    assert main(["--offline", str(path)]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert len(errors) == 1 and "not well-formed XML: line 1" in errors[0]


def test_missing_extra_is_one_line_naming_it(tmp_path):
    path = tmp_path / "refs.xml"
    path.write_text("<ref-list><ref><mixed-citation>A</mixed-citation></ref></ref-list>\n")
    blocked = "import sys; sys.modules['lxml'] = None; from refslint.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", blocked, "--offline", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "error:" in line]
    assert errors == [
        f"refslint: error: {path}: reading JATS XML needs the 'jats' extra: pip install 'refslint[jats]'"
    ]
    assert "Traceback" not in done.stderr


def test_docbook_article_is_not_jats(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text('<article xmlns="http://docbook.org/ns/docbook"><title>x</title></article>')
    with pytest.raises(NotJats):
        read_document(str(path), path.read_text())


# --- markup, entities and CDATA in one mixed citation ----------------------------------------

ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article"><back><ref-list>
<!-- refslint: disable=RL301 -->
<ref id="r1"><label>[1]</label>
  <mixed-citation publication-type="journal"><person-group person-group-type="author"><name><surname>M&#xfc;ller</surname> <given-names>K</given-names></name>, <name><surname>Smith</surname> <given-names>J</given-names></name></person-group>. <article-title>Sleep &amp; memory in <italic>Drosophila</italic></article-title>. <source>J Neurosci</source>. <year>2019</year> Noc;<volume>39</volume>(<issue>4</issue>):<fpage>123</fpage>&#x2013;<lpage>30</lpage>.</mixed-citation>
</ref>
<ref id="r2"><label>2.</label>
  <mixed-citation>Brown T. <![CDATA[Risk & reward <in> trials]]>. Trials. 2018 Noc;12(3):45-51.</mixed-citation>
</ref>
</ref-list></back></article>
"""


def test_nested_markup_entities_and_cdata_map_back(tmp_path):
    path = tmp_path / "refs.xml"
    path.write_text(ARTICLE, "utf-8")
    first, second = entries(path)
    assert first.number == 1 and second.number == 2
    assert first.text == (
        "[1] Müller K, Smith J. Sleep & memory in Drosophila. J Neurosci. 2019 Noc;39(4):123–30."
    )
    assert second.text == "2. Brown T. Risk & reward <in> trials. Trials. 2018 Noc;12(3):45-51."
    assert assert_exact(first, ARTICLE) == 3  # &#xfc; &amp; &#x2013;
    assert assert_exact(second, ARTICLE) == 0  # CDATA content maps to itself


def test_fix_changes_only_plain_character_data_and_the_xml_still_parses(tmp_path, capsys):
    path = tmp_path / "refs.xml"
    path.write_text(ARTICLE, "utf-8")
    main(["--offline", "--today", TODAY, "--fix", "--unsafe-fixes", str(path)])
    capsys.readouterr()
    fixed = path.read_text("utf-8")
    etree.fromstring(fixed.encode("utf-8"))  # still well-formed
    assert fixed == ARTICLE.replace(" Noc;", " Nov;")
    main(["--offline", "--today", TODAY, "--fix", "--unsafe-fixes", str(path)])
    assert path.read_text("utf-8") == fixed  # a second --fix changes nothing


def test_fix_across_markup_or_an_entity_is_shown_not_applied(tmp_path, capsys):
    source = ARTICLE.replace("2019</year> Noc", "2019</year> No&#99;").replace(
        "2018 Noc", "2018 <bold>No</bold>c"
    )
    path = tmp_path / "refs.xml"
    path.write_text(source, "utf-8")
    found = [d for d in lint_json(path, capsys) if d["code"] == "RL204"]
    assert len(found) == 2
    assert all(d["fix"]["applicability"] == "display-only" for d in found)
    assert all("not applied" in d["fix"]["message"] for d in found)
    main(["--offline", "--today", TODAY, "--fix", "--unsafe-fixes", str(path)])
    assert path.read_text("utf-8") == source


def codes(source: str) -> set[str]:
    return {
        d.code for d in lint_text(source, path="a.xml", today=dt.date(2026, 1, 1), offline=True)
    }


def test_a_period_is_added_to_the_text_but_never_inside_a_field(tmp_path, capsys):
    refs = [
        f"<ref><label>{n}</label><mixed-citation>Author{n} A. Title {n}. J Test. "
        f"2001;{n}:1-2.</mixed-citation></ref>"
        for n in range(1, 11)
    ]
    refs.append(
        "<ref><label>11</label><mixed-citation>Author5 A. Title 5. J Test. 2001;5:1-2"
        "</mixed-citation></ref>"
    )
    refs.append(
        "<ref><label>12</label><mixed-citation>Author6 A. Title 6. J Test. 2001;6:"
        "<fpage>1</fpage>-<lpage>2</lpage></mixed-citation></ref>"
    )
    source = "<ref-list>\n" + "\n".join(refs) + "\n</ref-list>\n"
    path = tmp_path / "refs.xml"
    path.write_text(source, "utf-8")
    ending = {d["entry"]: d["fix"] for d in lint_json(path, capsys) if d["code"] == "RL808"}
    assert ending[11]["applicability"] == "safe"
    assert ending[12]["applicability"] == "display-only"  # the period would join <lpage>
    main(["--offline", "--today", TODAY, "--fix", str(path)])
    fixed = path.read_text("utf-8")
    etree.fromstring(fixed.encode("utf-8"))
    assert fixed == source.replace("2001;5:1-2</mixed", "2001;5:1-2.</mixed")


def test_suppression_comment_before_a_ref():
    source = ARTICLE.replace("<year>2019</year>", "<year>2019</year> [cited 2020 Jan 5]")
    assert "RL301" in codes(source.replace("<!-- refslint: disable=RL301 -->", ""))
    assert "RL301" not in codes(source)
    assert "RL204" in codes(source)  # the comment silences only what it names


def test_structured_citation_faults_are_found_field_by_field(tmp_path):
    source = """<ref-list xmlns:xlink="http://www.w3.org/1999/xlink">
<ref><label>1</label><element-citation publication-type="journal">
  <person-group person-group-type="author"><name><surname>Lee</surname><given-names>K</given-names></name></person-group>
  <article-title>Gut microbiota in infancy</article-title><source>Pediatr Res</source>
  <year>2019</year><month>2</month><day>30</day><volume>85</volume><fpage>216</fpage><lpage>210</lpage>
  <pub-id pub-id-type="doi">10.123/pr.2019.1</pub-id>
</element-citation></ref>
<ref><label>3</label><element-citation publication-type="webpage">
  <collab>World Health Organization</collab><source>Global tuberculosis report</source>
  <year>2031</year><month>13</month>
  <ext-link ext-link-type="uri" xlink:href="https://www.who.int/tb">https://www.who.int/tb</ext-link>
  <date-in-citation content-type="access-date" iso-8601-date="2020-01-05">cited 2020 Jan 5</date-in-citation>
</element-citation></ref>
</ref-list>
"""
    found = lint_text(source, path="refs.xml", today=dt.date(2026, 1, 1), offline=True)
    codes = {(d.entry, d.code) for d in found}
    assert {
        (1, "RL203"),
        (1, "RL502"),
        (1, "RL401"),
        (3, "RL101"),
        (3, "RL201"),
        (3, "RL204"),
        (3, "RL301"),
    } <= codes
    lines = LineIndex(source)
    for d in found:
        if d.code in ("RL203", "RL401", "RL204"):
            got = source[lines.offset(d.line, d.column) : lines.offset(d.end_line, d.end_column)]
            assert got in ("30", "10.123/pr.2019.1", "13"), (d.code, got)


def test_readme_example_is_what_the_command_prints(capsys):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme[readme.index("\n## JATS XML\n") :]
    start = section.index("```text\n$ refslint")
    block = section[start : section.index("```\n", start + 8)]
    command, *shown = block.splitlines()[1:]
    assert command.startswith("$ refslint --offline --today 2026-01-01 tests/data/jats/")
    main(["--offline", "--today", TODAY, str(JATS_SCIELO)])
    printed = capsys.readouterr().out.splitlines()
    relative = [
        line.replace(str(JATS_SCIELO), "tests/data/jats/" + JATS_SCIELO.name) for line in printed
    ]
    assert shown and all(line in relative for line in shown)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_crlf_a_byte_order_mark_and_utf16(tmp_path, capsys, encoding):
    source = (
        '<?xml version="1.0" encoding="ENC"?>\r\n<ref-list>\r\n<ref><label>1</label>\r\n'
        "<mixed-citation>Smith J. A title. Nature. 2020 Noc;5:1-5.</mixed-citation></ref>"
        "</ref-list>\r\n"
    ).replace("ENC", encoding.removesuffix("-sig").upper())
    path = tmp_path / "refs.xml"
    path.write_bytes(source.encode(encoding))  # Python's UTF-16 codec writes a BOM
    (found,) = lint_json(path, capsys)
    line = source.split("\r\n")[3]
    assert (found["code"], found["line"], found["column"]) == ("RL204", 4, line.index("Noc") + 1)
