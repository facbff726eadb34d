"""The words that introduce an entry's link (`Available from:`, `Available:`, `Disponível em:`),
learnt from the list for RL807.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import Diagnostic, Edit, Fix, Reference, Span, pattern, year_after_names

from .conventions import DOMINANCE, convention

# One to three words and a colon right before the link, after the period, comma, semicolon or
# bracket that closes the element before them. Without the colon, words before a link may as well
# end a title, so they set no form.
_LEAD = pattern(r"(?:^|(?<=[.,;\]]))\s*(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:)\s*<?\s*$")
_LOOK_BACK = 40  # characters before the link where its words can stand


class Lead(NamedTuple):
    span: Span
    printed: str
    form: str  # lower case, spaces single: "available from:"


def _lead(ref: Reference) -> Lead | None:
    if not ref.urls:
        return None
    end = ref.urls[0].span.start
    start = max(ref.body_start, end - _LOOK_BACK)
    m = _LEAD.search(ref.text[start:end])
    if m is None:
        return None
    printed = m.group("words")
    span = Span(start + m.start("words"), start + m.end("words"))
    form = " ".join(printed.replace(":", " :").lower().split()).replace(" :", ":")
    return Lead(span, printed, form)


def _bare(ref: Reference, form: str) -> Lead | None:
    """The list's words before a link printed without their colon (`available at https://`
    among `available at: https://`)."""
    if not ref.urls:
        return None
    end = ref.urls[0].span.start
    start = max(ref.body_start, end - _LOOK_BACK)
    words = r"\s+".join(map(re.escape, form.rstrip(":").split()))
    m = re.search(rf"(?:^|(?<=[.,;\]]))\s*(?P<words>(?i:{words}))\s*$", ref.text[start:end])
    if m is None:
        return None
    printed = m.group("words")
    return Lead(Span(start + m.start("words"), start + m.end("words")), printed, printed.lower())


def _one_word_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one word dropped or added (`disponível:`, `disponível em:`)."""
    short, long = sorted((a.rstrip(":").split(), b.rstrip(":").split()), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


MIN_BARE = 5  # links standing bare before a list counts as printing its links so


def _apa(ref: Reference) -> bool:
    """Whether the entry dates itself as APA does, the year in parentheses after the names and a
    period after them (`Smith, J. (2020). Title`); Harvard's `(2020) Title` takes no period."""
    date = ref.date
    if date is None or not year_after_names(ref, parenthesized=True):
        return False
    return ref.text[date.span.end : date.span.end + 2].replace(" ", "").startswith(").")


def _labels_among_bare(
    refs: Sequence[Reference], leads: list[tuple[Reference, Lead]]
) -> Iterator[Diagnostic]:
    """In an APA list whose links stand bare (`Title. https://...`), a link introduced by a
    label and its colon (`URL:`, `Available from:`), which APA does not print."""
    if not leads or sum(map(_apa, refs)) < DOMINANCE * len(refs):
        return
    labelled = {id(ref) for ref, _ in leads}
    bare = sum(1 for ref in refs if ref.urls and id(ref) not in labelled)
    if bare < MIN_BARE or bare < DOMINANCE * (bare + len(leads)):
        return
    for ref, lead in leads:
        yield Diagnostic(
            lead.span,
            f"link introduced by `{lead.printed}`, a label APA does not print; {bare} of the "
            f"list's {bare + len(leads)} links stand without one",
            ref=ref,
        )


def link_wording(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Entries whose link is introduced in other words than the list's. The list's form is the
    one at least five entries and 80% of them share; in a list with three or four such entries,
    the form all others share, where the odd one has one word more or less (`disponível:` among
    `disponível em:`): a slip, not another style."""
    leads = [(ref, lead) for ref in refs if (lead := _lead(ref)) is not None]
    forms = [lead.form for _, lead in leads]
    found = convention(forms)
    if found is not None:
        form = found.form
    else:
        yield from _labels_among_bare(refs, leads)
        counts = Counter(forms)
        if not 3 <= len(forms) < 5 or len(counts) != 2:
            return
        (form, many), (other, _) = counts.most_common()
        if many != len(forms) - 1 or not _one_word_apart(form, other):
            return
    printed = Counter(lead.printed for _, lead in leads if lead.form == form).most_common(1)[0][0]
    if found is not None:
        why = found.says(f"links are introduced by `{printed}`")
    else:
        why = f"the list's {len(forms) - 1} other links are introduced by `{printed}`"
    odd = [(ref, lead) for ref, lead in leads if lead.form != form]
    if found is not None and form.endswith(":"):  # (the same words without their colon)
        led = {id(ref) for ref, _ in leads}
        odd += [(ref, lead) for ref in refs if id(ref) not in led and (lead := _bare(ref, form))]
        odd.sort(key=lambda pair: pair[0].index)
    for ref, lead in odd:
        wanted = _same_case(printed, lead.printed)
        yield Diagnostic(
            lead.span,
            f"link introduced by `{lead.printed}`; {why}",
            fix=Fix.safe(Edit(lead.span, wanted), message=f"Write `{wanted}`"),
            ref=ref,
        )


def _same_case(wanted: str, printed: str) -> str:
    """`wanted`, its first letter in the case of `printed`'s (after a comma or a period)."""
    if printed[:1].isupper():
        return wanted[:1].upper() + wanted[1:]
    return wanted[:1].lower() + wanted[1:]
