"""A code or data repository cited by its host alone (RL559): `R. Mull (2022). GitHub,
https://github.com/...` names who wrote the work and where it is kept, but not what it is.

The entry is read for words, not for a grammar's title: what is left once the names, the date,
the links, the identifiers and the access note are set aside must be nothing but the host's name
and the words that announce a link (`GitHub repository`, `Available from`). Any other word is a
title, in whatever style, and the rule stays silent.
"""

from __future__ import annotations

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

# the hosts that keep code and data under a project's own name
_HOSTS = {
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "bitbucket.org": "Bitbucket",
    "sourceforge.net": "SourceForge",
    "codeberg.org": "Codeberg",
    "zenodo.org": "Zenodo",
    "figshare.com": "figshare",
}
# words that may stand beside a host's link without naming the work
_APPARATUS_WORDS = (
    "github gitlab bitbucket sourceforge codeberg zenodo figshare repository repositories "
    "software code source computer program online available at from on via retrieved accessed "
    "url internet web site website"
)
_APPARATUS = frozenset(_APPARATUS_WORDS.split(" "))
_WORD = pattern(r"[^\W\d_]+")


def _host(url: str) -> str | None:
    try:
        netloc = urlsplit(url if "://" in url else f"https://{url}").netloc.lower()
    except ValueError:
        return None
    netloc = netloc.removeprefix("www.")
    for host, name in _HOSTS.items():
        if netloc == host or netloc.endswith(f".{host}"):
            return name
    return None


def _set_aside(ref: Reference) -> list[Span]:
    spans = [f.span for f in (ref.label, ref.doi, ref.doi_marker, *ref.urls) if f is not None]
    spans += [s for s in (ref.authors_span,) if s is not None]
    spans += [f.span for f in (ref.et_al, ref.access_note) if f is not None]
    spans += [d.span for d in ref.dates]
    if ref.date is not None:
        spans.append(ref.date.span)
    return spans


@rule(
    code="RL559",
    name="repository-without-title",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A code or data repository cited by its host alone, with no title (`GitHub, https://...`)",
)
def repository_without_title(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry whose link leads to a code or data host (GitHub, GitLab, Bitbucket,
    SourceForge, Codeberg, Zenodo, figshare) and whose only words, once the names, the date,
    the links and the access note are set aside, are the host's name and words that announce
    a link (`GitHub`, `GitHub repository`, `Available from`). A repository cited with its
    title, in any style (`Thermal ALE of HfO2 [software]. GitHub; 2022.`, `Mull R. Thermal-ALE:
    scripts. 2022. https://github.com/...`), is left alone.

    ## Why is this bad?
    The host is where the work is kept, not what it is: the reader learns neither the
    repository's name nor what it holds until the link is followed, and a link that dies
    leaves nothing to search for.

    ## Example
        1. Mull R. GitHub; 2022 [cited 2026 Nov 20]. Available from:
           https://github.com/RitaMull/Thermal-ALE-aHfO2-using-HF

    Use instead:
        1. Mull R. Thermal-ALE-aHfO2-using-HF [software]. GitHub; 2022 [cited 2026 Nov 20].
           Available from: https://github.com/RitaMull/Thermal-ALE-aHfO2-using-HF
    """
    hosts = [(url, name) for url in ref.urls if (name := _host(url.text)) is not None]
    if not hosts:
        return
    aside = _set_aside(ref)
    text = ref.text
    for m in _WORD.finditer(text):
        if any(s.start <= m.start() < s.end for s in aside):
            continue
        if m.group().lower() not in _APPARATUS:
            return  # a word of a title
    url, name = hosts[0]
    yield Diagnostic(
        url.span,
        f"repository cited by its host alone (`{name}`) with no title: give the "
        f"repository's or the work's name before the link",
    )
