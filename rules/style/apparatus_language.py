"""The language of a list's access apparatus (`[cited ...]` and `Available from:`, or `[citado
...]` and `Disponível em:`), learnt from the list for RL807: one entry in Portuguese among
English ones is a note left as the source printed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from refslint.api import Diagnostic, Edit, Fix, Reference, Span, pattern

# Each apparatus word, the languages it belongs to, and its English form. `citado` is Portuguese
# and Spanish alike; an entry's language is what all its words share. A note's bracket or
# semicolon is matched, not looked behind at: four lookbehinds first were tried at every character
# (two fifths of the time). The words are read by their groups.
_WORDS = pattern(
    r"(?i)[\[;] ?"
    r"(?P<note>cited|accessed|updated|citad[oa]|atualizad[oa]|actualizad[oa]|consultad[oa]"
    r"|acessad[oa]|disserta[çc][ãa]o|tese|tesis)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?P<label>available\s+from|dispon[ií]vel\s+em|disponible\s+en)(?=\s*:)"
)
_LANGUAGES: dict[str, tuple[frozenset[str], str]] = {
    "cited": (frozenset({"English"}), "cited"),
    "accessed": (frozenset({"English"}), "accessed"),
    "updated": (frozenset({"English"}), "updated"),
    "available from": (frozenset({"English"}), "Available from"),
    "citado": (frozenset({"Portuguese", "Spanish"}), "cited"),
    "citada": (frozenset({"Portuguese", "Spanish"}), "cited"),
    "atualizado": (frozenset({"Portuguese"}), "updated"),
    "atualizada": (frozenset({"Portuguese"}), "updated"),
    "actualizado": (frozenset({"Spanish"}), "updated"),
    "actualizada": (frozenset({"Spanish"}), "updated"),
    "consultado": (frozenset({"Portuguese", "Spanish"}), "cited"),
    "consultada": (frozenset({"Portuguese", "Spanish"}), "cited"),
    "acessado": (frozenset({"Portuguese"}), "cited"),
    "acessada": (frozenset({"Portuguese"}), "cited"),
    # a thesis's mark (`[dissertação]`, `[tese]`, `[tesis]`), which Citing Medicine words
    # `[dissertation]`, `[thesis]`
    "dissertação": (frozenset({"Portuguese"}), "dissertation"),
    "dissertacao": (frozenset({"Portuguese"}), "dissertation"),
    "dissertaçao": (frozenset({"Portuguese"}), "dissertation"),
    "dissertacão": (frozenset({"Portuguese"}), "dissertation"),
    "tese": (frozenset({"Portuguese"}), "thesis"),
    "tesis": (frozenset({"Spanish"}), "thesis"),
    "disponível em": (frozenset({"Portuguese"}), "Available from"),
    "disponivel em": (frozenset({"Portuguese"}), "Available from"),
    "disponible en": (frozenset({"Spanish"}), "Available from"),
}
# What each of `_WORDS`'s words begins with, in lower case: an ASCII entry without any of them
# is passed over without `_WORDS`'s lookbehinds tried at every character.
_ASCII_STEMS = (
    *("cited", "accessed", "updated", "citad", "atualizad", "actualizad", "consultad", "acessad"),
    *("dissertac", "tese", "tesis"),
    *("available", "dispon"),
)
MIN_ENTRIES = 5  # entries with an apparatus word before the list has a language for it
SHARE = 2 / 3  # the share of them one language needs


class Words(NamedTuple):
    languages: frozenset[str]  # the languages every one of the entry's words belongs to
    found: list[tuple[Span, str]]  # each word and its English form


def _words(ref: Reference) -> Words | None:
    """The entry's apparatus words outside its links; None where it has none, or mixes them."""
    text = ref.text
    if text.isascii() and not any(word in text.lower() for word in _ASCII_STEMS):
        return None  # `_WORDS` ignores case, which in ASCII text is what `lower` does
    kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
    languages: frozenset[str] | None = None
    found = []
    labels: set[str] = set()
    for m in _WORDS.finditer(ref.text, ref.body_start):
        group = "note" if m.group("note") else "label"
        if any(span.start <= m.start(group) < span.end for span in kept):
            continue
        key = " ".join(m.group(group).lower().split())
        if group == "label" and key in labels:
            continue  # a label printed twice is RL597's; its first copy speaks for both
        labels.add(key)
        langs, english = _LANGUAGES[key]
        languages = langs if languages is None else languages & langs
        found.append((Span(m.start(group), m.end(group)), english))
    if not found or not languages:
        return None
    return Words(languages, found)


def _list_language(words: Iterable[Words]) -> tuple[str, int, int] | None:
    """The language most entries' apparatus is in, with how many are and how many have one."""
    entries = list(words)
    if len(entries) < MIN_ENTRIES:
        return None
    counts: Counter[str] = Counter(lang for w in entries for lang in w.languages)
    language, count = counts.most_common(1)[0]
    if count < SHARE * len(entries):
        return None
    return language, count, len(entries)


def other_language(refs: Sequence[Reference], skip: set[int]) -> Iterator[Diagnostic]:
    """Entries whose access note and link label are in another language than most of the
    list's (`[citado ...]`, `Disponível em:` among `[cited ...]`, `Available from:`). Entries in
    `skip` (by `id`) were flagged already."""
    by_ref = [(ref, w) for ref in refs if (w := _words(ref)) is not None]
    learnt = _list_language(w for _, w in by_ref)
    if learnt is None:
        return
    language, count, total = learnt
    for ref, w in by_ref:
        if language in w.languages or id(ref) in skip:
            continue
        printed = ", ".join(f"`{ref.text[s.start : s.end]}`" for s, _ in w.found)
        fix = None
        if language == "English":
            edits = [
                Edit(span, english if ref.text[span.start].isupper() else english.lower())
                for span, english in w.found
            ]
            fix = Fix.safe(*edits, message="Write the apparatus in English")
        first, last = w.found[0][0], w.found[-1][0]
        yield Diagnostic(
            Span(first.start, last.end),
            f"access apparatus in {'/'.join(sorted(w.languages))} ({printed}); {count} of "
            f"{total} entries with an access note or link label write it in {language}",
            fix=fix,
            ref=ref,
        )
