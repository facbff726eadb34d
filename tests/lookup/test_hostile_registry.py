"""A registry at its worst, through the real command: never a crash, a hang, a false "not found"
or a poisoned cache.

The fuzzing registry here holds every work it is asked about; whatever it sends instead of that
(wrong shapes, odd headers, trickles, bombs, resets, errors) may only ever make refslint say
"could not verify". A second run against a well-behaved registry over the same cache then finds
everything confirmed: nothing broken was kept.
"""

from __future__ import annotations

import copy
import gzip
import json
import random
import time
from typing import Any

import pytest

from refslint.cli import main
from tests.lookup.registry import recorded
from tests.lookup.test_faults import Faulty

SREP = recorded("crossref-work-journal-article-srep-article-number-16696.json")["message"]
TITLE = SREP["title"][0]
LOOKUP_FINDINGS = {"RL402", "RL403", "RL404", "RL405", "RL410", "RL411", "RL412"}


def work(doi: str) -> dict[str, Any]:
    """The recorded work under `doi`, with the article number a Scientific Reports DOI encodes."""
    message = copy.deepcopy(SREP)
    message["DOI"] = doi
    number = doi.lower().removeprefix("10.1038/srep")
    if number.isdigit():
        message["article-number"] = number
    return message


def the_list() -> str:
    """DOIs (batched and single), an entry found by search, and an arXiv preprint; each entry
    prints the article number its DOI encodes."""
    lines = [
        f"{n}. Tosatto L, Horrocks MH, Dear AJ. {TITLE}. Sci Rep. 2015;5:{16000 + n}. "
        f"doi:10.1038/srep{16000 + n}"
        for n in range(1, 6)
    ]
    lines.append(f"6. Tosatto L, Horrocks MH, Dear AJ. {TITLE}. Sci Rep. 2015;5:16696.")
    return "\n".join(lines) + "\n"


def good(handler) -> bytes:
    """What a sound registry that holds every work asked for would answer."""
    path, _, query = handler.path.partition("?")
    if path.startswith("/works/"):
        return json.dumps(
            {"status": "ok", "message-type": "work", "message": work(path[7:])}
        ).encode()
    if "filter=" in query:
        from urllib.parse import parse_qs

        wanted = parse_qs(query)["filter"][0].split(",")
        items = [work(value.removeprefix("doi:")) for value in wanted]
    else:
        items = [work("10.1038/srep16696")]
    body = {"status": "ok", "message-type": "work-list", "message": {"items": items}}
    return json.dumps(body).encode()


def answer(handler, status: int, body: bytes, **headers: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", headers.pop("kind", "application/json"))
    if "Content-Length" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def _trickle(handler) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 60:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.05)


def _reset(handler) -> None:
    body = good(handler)
    answer(handler, 200, b"", Content_Length=str(len(body)))
    handler.wfile.write(body[: len(body) // 3])
    handler.wfile.flush()
    handler.connection.close()


ODD_FIELDS = {
    "message": {"DOI": 5, "title": {"a": 1}, "author": "Smith", "issued": {"date-parts": "2015"}}
}
FAULTS = {
    "a JSON list": lambda h: answer(h, 200, b"[1, 2]"),
    "a JSON string": lambda h: answer(h, 200, b'"ok"'),
    "null": lambda h: answer(h, 200, b"null"),
    "odd field types": lambda h: answer(h, 200, json.dumps(ODD_FIELDS).encode()),
    "deep nesting": lambda h: answer(h, 200, b'{"message":' + b"[" * 50_000 + b"]" * 50_000 + b"}"),
    "an HTML page": lambda h: answer(h, 200, b"<html>Service Unavailable</html>", kind="text/html"),
    "odd limit headers": lambda h: answer(
        h,
        200,
        good(h),
        x_concurrency_limit="inf",
        x_rate_limit_limit="nan",
        x_rate_limit_interval="1e999s",
        Retry_After="Wed, 21 Oct 2015 07:28:00 -0000",
    ),
    "gzip": lambda h: answer(h, 200, gzip.compress(good(h)), Content_Encoding="gzip"),
    "a gzip bomb": lambda h: answer(
        h, 200, gzip.compress(b" " * (40 * 2**20)), Content_Encoding="gzip"
    ),
    "damaged gzip": lambda h: answer(h, 200, b"\x1f\x8b\x08garbage", Content_Encoding="gzip"),
    "a 500": lambda h: answer(h, 500, b"{}"),
    "a 429": lambda h: answer(h, 429, b"{}", Retry_After="0"),
    "trickled headers": _trickle,
    "a reset": _reset,
}


def serve(behaviour) -> Faulty:
    server = Faulty(behaviour)
    server.httpd.handle_error = lambda *args: None  # its own broken pipes are not refslint's
    return server


def fuzzing(seed: int, faults: list[str]):
    rng = random.Random(seed)

    def behave(handler) -> None:
        choice = rng.choice([*faults, "good", "good"])
        if choice == "good":
            answer(handler, 200, good(handler))
        else:
            FAULTS[choice](handler)

    return behave


def run(tmp_path, capsys, url: str, *extra: str) -> tuple[int, list[dict[str, Any]], str]:
    refs = tmp_path / "refs.txt"
    refs.write_text(the_list(), encoding="utf-8")
    config = tmp_path / "refslint.toml"
    config.write_text("[lookup]\ntimeout = 0.8\nbudget = 6\n", encoding="utf-8")
    extra = extra or ("--select", "RL4")  # the lookup rules: the list repeats one work on purpose
    code = main([str(refs), "--format", "json", "--today", "2026-12-01", *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out or "[]"), err


@pytest.fixture
def pointed(tmp_path, monkeypatch):
    def point(url: str) -> None:
        monkeypatch.setenv("REFSLINT_CROSSREF_URL", url)
        monkeypatch.setenv("REFSLINT_DATACITE_URL", url)
        monkeypatch.setenv("REFSLINT_OPENALEX_URL", url)
        monkeypatch.setenv("REFSLINT_PUBMED_URL", url)

    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    return point


@pytest.mark.parametrize("seed", range(6))
def test_a_fuzzing_registry_never_breaks_a_run_nor_poisons_the_cache(
    seed, tmp_path, capsys, pointed
):
    server = serve(fuzzing(seed, list(FAULTS)))
    pointed(server.url)
    try:
        started = time.monotonic()
        code, found, err = run(tmp_path, capsys, server.url)
        assert time.monotonic() - started < 6 + 4  # the budget, and the offline work
        assert code in (0, 1), err
        assert "internal error" not in err and "Traceback" not in err
        assert not {d["code"] for d in found} & LOOKUP_FINDINGS, found
    finally:
        server.close()
    sound = serve(lambda h: answer(h, 200, good(h)))
    pointed(sound.url)
    try:  # same cache, a sound registry: what the fuzzing run kept must be sound too
        code, found, err = run(tmp_path, capsys, sound.url)
        assert [d["code"] for d in found] == [], found
        assert code == 0
    finally:
        sound.close()


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_alone_is_could_not_verify_at_worst(fault, tmp_path, capsys, pointed):
    server = serve(lambda h: FAULTS[fault](h))
    pointed(server.url)
    try:
        code, found, err = run(tmp_path, capsys, server.url)
        assert "internal error" not in err and "Traceback" not in err
        assert {d["code"] for d in found} <= {"RL409"}, found
        assert code == 0  # an info note: an offline commit is not blocked
    finally:
        server.close()


def test_404_for_everything_is_a_broken_registry_not_a_list_of_missing_works(
    tmp_path, capsys, pointed
):
    server = serve(lambda h: answer(h, 404, b"<html>Not Found</html>", kind="text/html"))
    pointed(server.url)
    try:
        code, found, _ = run(tmp_path, capsys, server.url)
        assert [d["code"] for d in found] == ["RL409"]
        assert "answers 'not found' even for 10.5555/12345678" in found[0]["message"]
        assert "could not verify 6 entries" in found[0]["message"]
    finally:
        server.close()
    sound = serve(lambda h: answer(h, 200, good(h)))
    pointed(sound.url)
    try:  # the address corrected: nothing of the broken one is believed
        code, found, _ = run(tmp_path, capsys, sound.url)
        assert found == [] and code == 0
    finally:
        sound.close()


def test_strict_lookup_fails_the_gate_whatever_the_selection(tmp_path, capsys, pointed):
    pointed("http://127.0.0.1:9")  # nothing listens: the registries are down
    for selection in (["--select", "RL404"], ["--select", "RL4", "--ignore", "RL409"]):
        code, found, _ = run(tmp_path, capsys, "", "--strict-lookup", *selection)
        assert code == 1
        assert [(d["code"], d["severity"]) for d in found] == [("RL409", "error")]
    refs = tmp_path / "refs.txt"
    code = main([str(refs), "--format", "sarif", "--strict-lookup", "--select", "RL404"])
    log = json.loads(capsys.readouterr().out)
    assert code == 1
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    code = main([str(refs), "--strict-lookup", "--select", "RL404"])
    assert "All checks passed" not in capsys.readouterr().out


def test_a_broken_second_opinion_is_named_by_its_own_address(
    tmp_path, capsys, pointed, monkeypatch
):
    def crossref(h) -> None:
        """Holds the known DOI and the searched work, not the list's DOIs."""
        path = h.path.split("?")[0]
        if "filter=" in h.path:
            body = {"status": "ok", "message-type": "work-list", "message": {"items": []}}
            return answer(h, 200, json.dumps(body).encode())
        if path.startswith("/works/") and not path.startswith("/works/10.5555/"):
            return answer(h, 404, b"Resource not found.", kind="text/plain")
        return answer(h, 200, good(h))

    sound = serve(crossref)
    broken = serve(lambda h: answer(h, 404, b"<html>Not Found</html>", kind="text/html"))
    pointed(sound.url)
    monkeypatch.setenv("REFSLINT_OPENALEX_URL", broken.url)
    monkeypatch.setenv("REFSLINT_REGISTRIES", "crossref,openalex")
    try:
        _, found, _ = run(tmp_path, capsys, sound.url)
        assert [d["code"] for d in found] == ["RL409"]
        assert (
            f"{broken.url} answers 'not found' even for 10.7717/peerj.4375" in found[0]["message"]
        )
    finally:
        sound.close()
        broken.close()
