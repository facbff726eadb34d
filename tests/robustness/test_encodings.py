"""Encodings through the command: every encoding refslint reads gives the same findings at the same
positions, a file broken in its encoding gets one line naming the byte offset, and a binary file is
skipped with a note without failing the run."""

from __future__ import annotations

import codecs
import json

import pytest

from refslint.cli import main

LIST = (
    "REFERENCES\r\n"
    "1. Müller K, Ødegård S. Hydrogen uptake in porous électrodes. J Test. 2020 Noc;12:1-9.\r\n"
    "2. Łukasz P. Ion channels. Ann Quant. 2031;3:44-50.\r\n"
)
ENCODINGS = {
    "utf-8": LIST.encode("utf-8"),
    "utf-8 with BOM": codecs.BOM_UTF8 + LIST.encode("utf-8"),
    "utf-16 LE with BOM": codecs.BOM_UTF16_LE + LIST.encode("utf-16-le"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + LIST.encode("utf-16-be"),
}


def lint_json(path, capsys) -> tuple[int, list[dict], str]:
    status = main(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    out, err = capsys.readouterr()
    return status, json.loads(out) if out.strip() else [], err


def positions(found: list[dict]) -> list[tuple]:
    return [(d["line"], d["column"], d["end_line"], d["end_column"], d["code"]) for d in found]


def test_every_supported_encoding_gives_the_same_findings(tmp_path, capsys):
    expected = None
    for name, data in ENCODINGS.items():
        path = tmp_path / "refs.txt"
        path.write_bytes(data)
        status, found, err = lint_json(path, capsys)
        assert status == 1 and err == "", name
        codes = {d["code"] for d in found}
        assert {"RL204", "RL201"} <= codes or "RL204" in codes, (name, codes)
        if expected is None:
            expected = positions(found)
        assert positions(found) == expected, name
    # "Noc" is not a month: line 2, where it stands in the file, whatever the encoding
    assert any(p[:2] == (2, LIST.splitlines()[1].index("Noc") + 1) for p in expected)


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_fix_writes_back_in_the_encoding_it_read(tmp_path, capsys, name):
    path = tmp_path / "refs.txt"
    path.write_bytes(ENCODINGS[name])
    main(["--offline", "--today", "2026-11-26", "--fix", "--unsafe-fixes", str(path)])
    capsys.readouterr()
    written = path.read_bytes()
    bom = {
        "utf-8": b"",
        "utf-8 with BOM": codecs.BOM_UTF8,
        "utf-16 LE with BOM": codecs.BOM_UTF16_LE,
        "utf-16 BE with BOM": codecs.BOM_UTF16_BE,
    }[name]
    assert written.startswith(bom)
    assert not bom or not written[len(bom) :].startswith(bom)  # one BOM, never doubled
    codec = {"utf-8": "utf-8", "utf-8 with BOM": "utf-8", "utf-16 LE with BOM": "utf-16-le",
             "utf-16 BE with BOM": "utf-16-be"}[name]  # fmt: skip
    text = written[len(bom) :].decode(codec)
    assert "2020 Nov;12" in text  # the fix was applied
    assert "\n" not in text.replace("\r\n", "")  # line endings kept


@pytest.mark.parametrize(
    ("data", "offset", "byte"),
    [
        (b"1. M\xfcller K. Title. J Test. 2020;1:1.\n", 4, "fc"),  # Latin-1 read as UTF-8
        (b"1. A B. T.\n2. \xed\xa0\x80 lone surrogate.\n", 14, "ed"),  # a surrogate in UTF-8
        (b"1. A B. T" + b"\xe2\x82", 9, "e2"),  # cut in the middle of a character
        (codecs.BOM_UTF8 + b"1. A\xff\n", 7, "ff"),  # after a UTF-8 BOM: offsets count the BOM
    ],
)
def test_a_file_invalid_in_its_encoding_gets_one_line_with_the_byte_offset(
    tmp_path, capsys, data, offset, byte
):
    path = tmp_path / "refs.txt"
    path.write_bytes(data)
    status = main(["--offline", str(path)])
    err = capsys.readouterr().err
    assert status == 2 and "Traceback" not in err
    assert err.splitlines() == [
        f"refslint: error: {path}: not UTF-8 text: cannot decode byte 0x{byte} at offset {offset}"
    ]


def test_invalid_utf16_names_its_offset(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "1. A".encode("utf-16-le") + b"\x00\xdc")  # lone low
    assert main(["--offline", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"refslint: error: {path}: not UTF-16-LE text: cannot decode byte 0x00 at offset 10"
    )


def test_a_binary_file_is_skipped_with_a_note_and_the_others_are_linted(tmp_path, capsys):
    image = tmp_path / "figure.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = tmp_path / "refs.txt"
    good.write_text("1. Smith J. A title. J Test. 2020;1:1-9.\n", encoding="utf-8")
    assert main(["--offline", "--today", "2026-11-26", str(image), str(good)]) == 0
    out, err = capsys.readouterr()
    assert err == f"refslint: note: {image}: binary file (NUL byte at offset 8): skipped\n"
    assert "Traceback" not in out
    assert main(["--offline", str(image)]) == 0  # on its own: nothing to lint, not a failure
    assert "skipped" in capsys.readouterr().err


def test_a_binary_file_in_a_walked_folder_does_not_fail_the_run(tmp_path, capsys):
    (tmp_path / "archive.tex").write_bytes(b"PK\x03\x04\x00\x00")
    (tmp_path / "refs.md").write_text("## References\n\n1. Smith J. T. J. 2020;1:1.\n")
    status = main(["--offline", "--today", "2026-11-26", "--format", "json", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status in (0, 1)
    assert "archive.tex: binary file (NUL byte at offset 4): skipped" in err
    assert "error" not in err
    json.loads(out)
