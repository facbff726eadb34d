"""Property: whatever mix of character data, entities, CDATA, comments and inline markup a
`<mixed-citation>` holds, the reader's text is the text a reader of the XML sees (white space
collapsed), and every character of it maps to its own place in the file."""

from __future__ import annotations

import re
from functools import partial

import pytest

pytest.importorskip("lxml")

from hypothesis import event, given, settings
from hypothesis import strategies as st
from lxml import etree

from refslint.lines import LineIndex
from refslint.sources import read_document
from tests.sources.test_jats import assert_exact
from tests.timing import assert_linear

ALPHABET = "abcXYZ &<>é–.,:()\n\t"
NAMED = {"&": "amp", "<": "lt", ">": "gt", "é": "eacute", "–": "ndash"}
FORMS = ("plain", "decimal", "hex", "named", "cdata", "italic", "comment")


def write(text: str, form: str) -> str:
    """`text` as the XML would hold it in the given form (a named entity such as `&eacute;` is
    declared by the DTD the DOCTYPE names, which is not read: the reader knows HTML's names)."""
    if form == "decimal":
        return "".join(f"&#{ord(c)};" for c in text)
    if form == "hex":
        return "".join(f"&#x{ord(c):x};" for c in text)
    if form == "named":
        return "".join(f"&{NAMED[c]};" if c in NAMED else escape(c) for c in text)
    if form == "cdata":
        return f"<![CDATA[{text}]]>"
    if form == "italic":
        return f"<italic>{escape(text)}</italic>"
    return escape(text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DOCTYPE = (
    '<!DOCTYPE ref-list PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN"'
    ' "JATS-journalpublishing1.dtd">'
)


pieces = st.lists(
    st.tuples(st.text(ALPHABET, min_size=1, max_size=12), st.sampled_from(FORMS)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(pieces)
def test_every_character_maps_back(parts):
    body = "".join(
        "<!-- a comment -->" if form == "comment" else write(text, form) for text, form in parts
    )
    seen = "".join(text for text, form in parts if form != "comment")
    source = (
        f'<?xml version="1.0"?>\n{DOCTYPE}\n'
        "<ref-list>\n<ref><label>1</label>\n"
        f"<mixed-citation>Z{body}Z</mixed-citation></ref>\n</ref-list>\n"
    )
    (entry,) = read_document("a.xml", source).entries
    assert entry.text == "1 " + re.sub(r"\s+", " ", f"Z{seen}Z")
    assert_exact(entry, source)


def parsed(text: str) -> tuple[list[str], str]:
    """The element names in document order, and all the text (entities as lxml keeps them)."""
    tree = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    return [str(e.tag) for e in tree.iter()], "".join(tree.itertext())


@settings(max_examples=200, deadline=None)
@given(pieces, st.data())
def test_an_edit_the_guard_allows_keeps_the_xml_well_formed(parts, data):
    """Any edit of the file that the reader's guard allows leaves well-formed XML with the same
    elements, whose text changed by exactly that edit: `--fix` cannot corrupt a file, whatever
    a rule asks for."""
    body = "".join(
        "<!-- a comment -->" if form == "comment" else write(text, form) for text, form in parts
    )
    source = (
        f"{DOCTYPE}<ref-list><ref><label>1</label>"
        f"<mixed-citation>Z{body}Z</mixed-citation></ref></ref-list>"
    )
    document = read_document("a.xml", source)
    guard = document.edit_guard
    assert guard is not None
    (entry,) = document.entries
    lines = LineIndex(source)
    # mostly where the entry's characters stand (so many edits are allowed), sometimes anywhere
    offsets = [
        lines.offset(p.line, p.column)
        for p in (entry.positions.position(i) for i in range(len(entry.text)))
    ]
    start = data.draw(st.sampled_from(offsets) | st.integers(len(DOCTYPE), len(source)))
    end = data.draw(st.integers(start, min(len(source), start + 8)))
    new = data.draw(st.text("ab <&>.", max_size=3))
    allowed = guard(start, end, new)
    event("allowed" if allowed else "refused")
    if not allowed:
        return
    edited = source[:start] + new + source[end:]
    tags, text = parsed(source)
    tags_after, text_after = parsed(edited)  # raises if the edit broke the XML
    assert tags_after == tags
    assert len(text_after) - len(text) == len(new) - (end - start)
    assert new in text_after


def test_reading_is_linear_in_the_number_of_refs():
    """Twice the refs take about twice as long to read (best CPU time of three): a scan or a
    text join that went quadratic would take four times as long."""

    def article(n: int) -> str:
        refs = "".join(
            f'<ref id="r{i}"><label>{i}</label><mixed-citation><person-group><name><surname>'
            f"M&#xfc;ller{i}</surname> <given-names>K</given-names></name></person-group>. "
            f"Title &amp; more {i}. <source>J Test</source>. 2001;{i}:1-2.</mixed-citation>"
            f'<element-citation publication-type="journal"><source>J</source><year>2001</year>'
            f"</element-citation></ref>\n"
            for i in range(1, n + 1)
        )
        return f'<article article-type="research-article"><back><ref-list>{refs}</ref-list></back></article>'

    small, large = article(400), article(800)
    assert_linear(
        partial(read_document, "a.xml", small), partial(read_document, "a.xml", large), bound=3
    )
