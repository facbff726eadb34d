"""The language server reads JATS XML: `.xml` files, and documents the editor calls XML."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("lxml")

from lsprotocol import types

from tests.lsp.test_server import apply, by_code, open_document, published

JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article"><back><ref-list>
<ref id="r1"><label>1</label>
  <mixed-citation>M&#xfc;ller K. Sleep &amp; memory. J Neurosci. 2019 Noc;39(4):123-30.</mixed-citation>
</ref>
</ref-list></back></article>
"""
LINE = JATS.splitlines()[3]


@pytest.mark.asyncio
async def test_an_xml_file_is_linted_as_jats_with_exact_ranges(client, folder):
    params = await open_document(client, folder / "article.xml", JATS)
    month = by_code(params)["RL204"]
    column = LINE.index("Noc")
    assert month.range == types.Range(
        start=types.Position(line=3, character=column),
        end=types.Position(line=3, character=column + 3),
    )


@pytest.mark.asyncio
async def test_a_buffer_the_editor_calls_xml_is_read_as_jats(client, folder):
    uri = "untitled:Untitled-1"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="xml", version=1, text=JATS)
        )
    )
    params = await published(client, uri)
    assert by_code(params)["RL204"].range.start == types.Position(
        line=3, character=LINE.index("Noc")
    )


@pytest.mark.asyncio
async def test_xml_that_is_not_jats_or_not_yet_well_formed_has_no_findings(client, folder: Path):
    params = await open_document(client, folder / "pom.xml", "<project><a>1</a></project>\n")
    assert not params.diagnostics
    half_typed = JATS.replace("</ref-list>", "")
    params = await open_document(client, folder / "typing.xml", half_typed)
    assert not params.diagnostics
    params = await open_document(client, folder / "article.xml", JATS)  # the server is still up
    assert "RL204" in by_code(params)


@pytest.mark.asyncio
async def test_disable_action_in_xml_writes_an_xml_comment(client, folder):
    path = folder / "article.xml"
    params = await open_document(client, path, JATS)
    month = by_code(params)["RL204"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=month.range,
            context=types.CodeActionContext(diagnostics=[month]),
        )
    )
    disable = [a for a in actions if a.title == "Disable RL204 for this entry"]
    assert disable
    (edit,) = disable[0].edit.changes[path.as_uri()]
    assert edit.new_text.strip() == "<!-- refslint: disable=RL204 -->"
    silenced = apply(JATS, disable[0].edit, path.as_uri())
    params = await open_document(client, folder / "silenced.xml", silenced)
    assert "RL204" not in by_code(params)
