"""Addresses damaged on their way into the list (RL420) or copied from behind a login (RL421).

An address is read from the entry's text itself (`https://...`, `www....`, and the DOI), not
from the grammar's fields, so an entry the grammar could not read is still checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

_ADDRESS = pattern(r"(?:(?:https?|ftp)://|\bwww\.)\S+|\b10\.\d{4,9}/\S+", 0)
# Signs no address holds (an address writes them percent-encoded): each is what a word processor
# or a web page made of an HTML entity whose `;` was missing (`&region=` read as `&reg` + `ion=`)
# or of a character it replaced on the way (a small tilde for `~`, `×` for `x`)
_ENTITIES = {
    "®": "&reg",
    "©": "&copy",
    "¶": "&para",
    "§": "&sect",
    "¬": "&not",
    "×": "&times",
    "£": "&pound",
    "¢": "&cent",
    "¥": "&yen",
    "°": "&deg",
    "±": "&plusmn",
}
_LOOKALIKES = {"˜": "~", "×": "x", "∼": "~", "‐": "-", "–": "-"}
_PARAMETER = pattern(r"[^=&#]*=?")
_SIGNS = frozenset(_ENTITIES) | frozenset("˜∼¨´¯¸")
_ANY_SIGN = pattern("[" + "".join(sorted(_SIGNS)) + "]")


def _addresses(ref: Reference) -> Iterator[tuple[int, str]]:
    for found in _ADDRESS.finditer(ref.text, ref.body_start):
        yield found.start(), found.group().rstrip(".,;)]>")


def _repair(address: str, at: int) -> str:
    """What the sign at `at` most likely stood for."""
    sign = address[at]
    after = address[at + 1 : at + 2]
    if sign in _ENTITIES and "?" in address[:at] and (after.isalpha() or after == "="):
        entity = _ENTITIES[sign]
        name = _PARAMETER.match(address, at + 1)
        whole = f"{entity}{name.group() if name else after}"
        return f"`{sign}` where `{whole}` stood (read as the HTML entity `{entity};`)"
    if sign in _LOOKALIKES and sign not in "‐–":
        return f"`{sign}` for `{_LOOKALIKES[sign]}`"
    if sign == "¬":
        return "a stray `¬`, the mark of a line break in a word (remove it)"
    return f"a stray `{sign}`"


@rule(
    code="RL420",
    name="address-damaged",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="An address or DOI holds a sign no address holds (`®ion=`, `˜user`, `gk×1000`)",
)
def address_damaged(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a web address or DOI holding a sign that addresses never hold unencoded: a registered
    sign where a query's `&reg...` was read as an HTML entity (`lang=pt®ion=BR` for
    `lang=pt&region=BR`), a small tilde `˜` (U+02DC) for `~`, a multiplication sign for `x`
    (`10.1093/nar/gk×1000`), a stray `¬` or `§`, an en dash between figures in a DOI
    (`10.22363/2658-4670-2024-32-2-135–139`, a page range's hyphen a word processor turned).

    ## Why is this bad?
    The link leads nowhere, or to another page: the browser sends the sign percent-encoded,
    and the server knows no such address.

    ## Example
        1. Sigma-Aldrich. Lipase from Candida rugosa [Internet]. [cited 2026 Oct 1].
           Available from:
           https://www.sigmaaldrich.com/catalog/product/sigma/l1754?lang=pt®ion=BR

    Use instead:
        1. Sigma-Aldrich. Lipase from Candida rugosa [Internet]. [cited 2026 Oct 1].
           Available from:
           https://www.sigmaaldrich.com/catalog/product/sigma/l1754?lang=pt&region=BR

    A backslash that TeX put before a sign it escapes, raw or percent-encoded (`edit\\#gid=0`,
    `edit%5C#gid=0`), is flagged too.

    ## Limitations
    A character lost from an address (`web.media.mit.edu/mellis/` for `/~mellis/`) leaves
    nothing to see offline.
    """
    if "%5" in ref.text or "\\" in ref.text:
        yield from _tex_escapes(ref)
    if "–" in ref.text:
        yield from _dashed_dois(ref)
    if not _ANY_SIGN.search(ref.text):
        return  # nearly every entry: one pass over its text instead of reading its addresses
    for start, address in _addresses(ref):
        for at, char in enumerate(address):
            if char not in _SIGNS:
                continue
            yield Diagnostic(
                Span(start + at, start + at + 1),
                f"address '{address}' is damaged: {_repair(address, at)}",
            )
            break


# an en dash between two figures inside a DOI (`10.22363/2658-4670-2024-32-2-135–139`): a word
# processor's, made of the hyphen of a page range the suffix holds; DOIs print hyphens
_DOI_DASH = pattern(r"\b10\.\d{4,9}/[^\s–]*\d(?P<dash>–)\d")


def _dashed_dois(ref: Reference) -> Iterator[Diagnostic]:
    for found in _DOI_DASH.finditer(ref.text, ref.body_start):
        at = found.start("dash")
        doi = ref.text[found.start() :].split()[0].rstrip(".,;)]>")
        yield Diagnostic(
            Span(at, at + 1),
            f"address '{doi}' is damaged: `–` for `-` (a word processor's dash in the DOI)",
        )


# TeX's escape left before a sign it escapes (`edit\#gid`, `a\_b`), raw or percent-encoded by
# the browser it was pasted into (`edit%5C#gid=0`): no address holds a backslash there
_TEX_ESCAPE = pattern(r"(?:%5[Cc]|\\)(?=[#_&%$~])")


def _tex_escapes(ref: Reference) -> Iterator[Diagnostic]:
    for start, address in _addresses(ref):
        found = _TEX_ESCAPE.search(address)
        if found is not None:
            at = start + found.start()
            yield Diagnostic(
                Span(at, start + found.end()),
                f"address '{address}' is damaged: `{found.group()}` before "
                f"`{address[found.end()]}`, TeX's escape of the sign left in (remove it)",
            )
            return


# A page a database or a library's proxy shows instead of the work: a login form (a server
# script named for logging in, `login.aspx`, or a login path given where to return to,
# `/login?returnUrl=...`, or EBSCO's `ErrCrlNotAuth`), or a proxy's rewritten host
# (`www-sciencedirect-com.ezproxy.lib.example.edu`, `*.idm.oclc.org`). A page about logging in
# (`auth0.com/docs/login`) and a host merely named proxy (`proxy.golang.org`) are no such thing.
_LOGIN_SCRIPT = pattern(
    r"(?:^|[/=]|%2f|%3d)(?:log-?in|log-?on|sign-?in)\.(?:aspx?|jsp|php|do|cfm)(?=$|[/?&#%])", re.I
)
_LOGIN_PATH = pattern(r"/(?:log-?in|log-?on|sign-?in)/?$", re.I)
_NOT_AUTHORISED = pattern(r"ErrCrlNotAuth", re.I)
# a rewritten host: the publisher's name with hyphens for dots, then the proxy's own domain
_PROXY_HOST = pattern(
    r"ezproxy|\.idm\.oclc\.org$|^[a-z0-9-]+-(?:com|org|net|edu|gov)\.(?:[a-z0-9-]+\.)*"
    r"(?:proxy|ezp|libproxy|lib)[a-z0-9-]*\.",
    0,
)
# the words one of these addresses must hold, found by plain substring search
_LOGIN_WORDS = (
    "login", "logon", "log-in", "log-on", "signin", "sign-in",
    "proxy", "ezp", "idm.oclc", "errcrl", "-com.", "-org.",
)  # fmt: skip


def _behind_login(address: str) -> str | None:
    try:
        parts = urlsplit(address if "://" in address else f"https://{address}")
    except ValueError:
        return None
    host = parts.netloc.lower()
    if _PROXY_HOST.search(host):
        return f"a library proxy's address ({host})"
    where = f"{parts.path}?{parts.query}"
    if (
        _LOGIN_SCRIPT.search(where)
        or (parts.query and _LOGIN_PATH.search(parts.path))
        or _NOT_AUTHORISED.search(parts.query)
    ):
        return "a login page's address"
    return None


@rule(
    code="RL421",
    name="address-behind-login",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="An address copied from behind a login: a database's login redirect or a proxy",
)
def address_behind_login(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an address that leads to a login, not to the work: a database's redirect to its login
    form (`...&resultLocal=ErrCrlNotAuth&crlhashurl=login.aspx...`), or a library proxy's
    rewritten address (`www-nature-com.ezproxy.example.edu`, `*.idm.oclc.org`).

    ## Why is this bad?
    Readers outside the library that copied it meet a login form; the address is no stable link
    to the work. The publisher's address or the DOI is.

    ## Example
        1. Rodriguez C. Time to change. Can J Crit Care Nurs. 2016;27(2):42. Available from:
           https://web.a.ebscohost.com/abstract?direct=true&resultLocal=ErrCrlNotAuth&crlhashurl=login.aspx

    Use instead:
        1. Rodriguez C. Time to change. Can J Crit Care Nurs. 2016;27(2):42.
    """
    lowered = ref.text.lower()
    if not any(word in lowered for word in _LOGIN_WORDS):
        return  # nearly every entry: one pass over its text instead of reading its addresses
    for start, address in _addresses(ref):
        if address.startswith("10."):
            continue
        why = _behind_login(address)
        if why is not None:
            yield Diagnostic(
                Span(start, start + len(address)),
                f"address is {why}, not a stable link to the work; give the publisher's "
                "address or the DOI",
            )
