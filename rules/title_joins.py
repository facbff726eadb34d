"""An English title whose `and` is another language's (RL854): `Publications und Datasets`."""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

from .spelling import english_words, reads_as_english

# `and` in languages whose word is no English word: German, Swedish, Danish and Norwegian
_JOIN = pattern(r"(?<![\w-])(?:und|och|og)(?![\w-])")
# little words only English prints (not `in`, `an`, `so`, which German shares)
_ENGLISH_LITTLE = pattern(
    r"(?i)(?<![\w-])(?:of|the|for|with|from|to|are|is|we|how|what|why|into|this|that|their"
    r"|its|by|on|at)(?![\w-])"
)
# little words of German and the Scandinavian languages, and their letters: a title in them
_OTHER_LITTLE = pattern(
    r"(?i)(?<![\w-])(?:der|die|das|des|dem|den|zur|zum|für|von|vom|mit|auf|über|bei|ein|eine"
    r"|einer|ist|sind|wie|zu|als|nach|aus|att|av|för|med|på|til|af|ikke|er|et|en)"
    r"(?![\w-])|[äöüßåæø]"
)


@rule(
    code="RL854",
    name="title-join-in-another-language",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An English title joins its words with another language's `and` (`und`)",
    fixable=True,
)
def title_join_in_another_language(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags German, Swedish, Danish or Norwegian `and` (`und`, `och`, `og`) inside a title that
    reads as English: most of its words are English, it has English little words (`of`, `the`,
    `for`) and none of those languages' (`der`, `für`, `att`) or their letters (`ä`, `å`).

    ## Why is this bad?
    A title is cited in its own language, whatever the list's; `und` in an English title was
    typed by an author writing in German, or put there by a search and replace of the names'
    `and`, and no reader or catalogue finds the title so.

    ## Example
        1. Roy, Dwaipayan, und Philipp Mayr. 2022. "Studying Retrievability of Publications
           und Datasets in an Integrated Retrieval System." In Proceedings of JCDL, 1–9.

    Use instead:
        1. Roy, Dwaipayan, und Philipp Mayr. 2022. "Studying Retrievability of Publications
           and Datasets in an Integrated Retrieval System." In Proceedings of JCDL, 1–9.

    ## Limitations
    A German title with English terms (`Open Access und Open Science`) has no English little
    word and is left alone; so is a title too short to tell its language.

    ## Fix safety
    Unsafe: the word is replaced by `and`; a title quoting a German phrase keeps its `und`.
    """
    title = ref.title
    if title is None:
        return
    text = ref.text[title.span.start : title.span.end]
    joins = list(_JOIN.finditer(text))
    if not joins or _OTHER_LITTLE.search(text) or not _ENGLISH_LITTLE.search(text):
        return
    if reads_as_english(_JOIN.sub(" ", text), english_words()) is not True:
        return
    for m in joins:
        at = Span(title.span.start + m.start(), title.span.start + m.end())
        yield Diagnostic(
            at,
            f"`{m.group()}` joins words of an English title; a title keeps its own language "
            f"(`and`)",
            fix=Fix.unsafe(Edit(at, "and"), message="Write `and`"),
        )
