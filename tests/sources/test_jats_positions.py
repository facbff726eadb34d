"""Property: whatever mix of character data, entities, CDATA, comments and inline markup a
`<mixed-citation>` holds, the reader's text is the text a reader of the XML sees (white space
collapsed), and every character of it maps to its own place in the file."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("lxml")

from hypothesis import given, settings
from hypothesis import strategies as st

from refslint.sources import read_document
from tests.sources.test_jats import assert_exact

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
        '<?xml version="1.0"?>\n<!DOCTYPE ref-list PUBLIC "-//NLM//DTD JATS (Z39.96) Journal '
        'Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">\n'
        "<ref-list>\n<ref><label>1</label>\n"
        f"<mixed-citation>Z{body}Z</mixed-citation></ref>\n</ref-list>\n"
    )
    (entry,) = read_document("a.xml", source).entries
    assert entry.text == "1 " + re.sub(r"\s+", " ", f"Z{seen}Z")
    assert_exact(entry, source)
