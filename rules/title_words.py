"""Words of a title that lost their capital: the title's first word (RL554), a disease, virus or
law named after a person or a place (RL555), and a chemical element's symbol (RL556).

Each asks for evidence before it speaks. RL554 holds a title to the list's own habit (nearly
every other title opens with a capital) and leaves alone words that open in lower case in any
style (`mRNA`, `p53`, `in vitro`, `de novo`, `trans-`, a name set before a colon such as a
package's). RL555 reads a table of names compiled by hand (`eponyms.txt`); a name that is also
an English word counts only before the word it names (`down syndrome`). RL556 learns the
symbols a list prints with their capitals (`Al-Si`, `of Fe and Mn`) and flags the same symbol in
lower case (`eutectic si`, `al4c3`). All three stay quiet in titles that do not read as English.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .access_date import dates_after_names_apa
from .proper_nouns import _visible
from .spelling import FREQUENT, Words, english_words, is_word, reads_as_english
from .title_capitals import (
    _all_capitals,
    _long_words,
    _opens,
    _sentence_case,
    _title_case,
    name_words,
)

TITLE_CASE_TITLES = 8  # titles in title case, for the list to print its titles so
SLIPS = 0.2  # share of the other titles in sentence case that a title-case list may have
MIN_SMALL = 3  # small words a list's title-case titles write in lower case, to have that habit
_WORD = pattern(r"[^\W\d_]+")
LOST_LETTER_LENGTH = 5  # a shorter word lost its first letter as often as it is a symbol
MIN_CAPITALS = 4  # titles opening with a capital, for the list to have a habit
CAPITAL_SHARE = 0.8  # share of titles opening with a capital for a lower-case opening to be a slip

# --- RL554: the title's first word in lower case ------------------------------------------------

# The first word: after any quotation mark or bracket, a run of letters and what joins them.
_FIRST = pattern(r"[\s\"'“‘«(\[]*([^\W\d_][\w'’.\-‐]*)")
# Words that open a title in lower case in any style: Latin phrases of the sciences and the
# particles of names (`de novo`, `in vitro`, `von Willebrand`, `van Gogh`).
_LATIN = frozenset(
    "vitro vivo situ silico utero ovo vacuo toto extenso".split()  # noqa: SIM905
)
_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den ter ten le la al el ibn bin d l".split()  # noqa: SIM905
)
# Words that open what the grammar took for a title only where it cut the names or the date
# short: the word joining the last author (`Cohen, Kalman J. and Richard M. Cyert. Theory of the
# Firm`, Indonesian `dan`, German `und`) and a date not yet fixed (`Robson, E. (forthcoming)`).
_NOT_OPENINGS = frozenset("and dan und forthcoming".split())  # noqa: SIM905
# What may follow a name that opens a title (`vegan: community ecology`, `lme4 1.1`): a
# package, a tool or a data set keeps its own case.
_NAMED = pattern(r"\s*(?::|\d|\()")


def _opening(text: str) -> re.Match[str] | None:
    return _FIRST.match(text)


def _opens_lower(text: str) -> re.Match[str] | None:
    """The title's first word when it is an English word written wholly in lower case that no
    style keeps so, or None."""
    m = _opening(text)
    if m is None:
        return None
    word = m.group(1)
    first = word[0]
    if not ("a" <= first <= "z"):  # a capital, a Greek letter, a digit
        return None
    if any(c.isupper() or c.isdigit() for c in word):  # `mRNA`, `iPhone`, `p53`, `eIF4A1`
        return None
    if re.search(r"[-‐.'’]", word):  # `trans-`, `n-3`, `e-health`, `d'Alembert`, `et.`
        return None
    after = text[m.end() :]
    follower = re.match(r"\s+([^\W\d_]+)", after)
    if word in _PARTICLES or word in _NOT_OPENINGS:
        return None
    if follower and follower.group(1).lower() in _LATIN:
        return None
    if _NAMED.match(after):
        return None
    if len(word) < 3 or word not in english_words():
        return None  # a name the dictionary lacks (`limma`, `dplyr`)
    return m


def _first_letter_lost(text: str, words: Words) -> tuple[re.Match[str], str] | None:
    """The title's first word and the word it was, where it is in lower case, no English word,
    and one letter put before it makes a common word, one letter alone (`hemical`, `Chemical`):
    the capital was lost with the letter."""
    m = _opening(text)
    if m is None:
        return None
    word = m.group(1)
    if len(word) < LOST_LETTER_LENGTH or not (word.isascii() and word.isalpha()):
        return None
    if not word.islower() or word in words or _NAMED.match(text, m.end()):
        return None  # (a word before a colon, a number or a bracket: a tool's name)
    fits = [c + word for c in "abcdefghijklmnopqrstuvwxyz" if words.get(c + word) >= FREQUENT]
    return (m, fits[0].capitalize()) if len(fits) == 1 else None


def _cut(entry: str, start: int) -> bool:
    """Whether the title follows a letter or a digit with no stop between (`2006 update of
    ...`): the grammar took its first words for another element, and its first word is not
    the title's."""
    before = entry[:start].rstrip()
    return bool(before) and (before[-1].isalnum())


def _opens_with_capital(text: str) -> bool | None:
    m = _opening(text)
    if m is None:
        return None
    first = m.group(1)[0]
    if first.isupper():
        return True
    return False if "a" <= first <= "z" else None


@list_rule(
    code="RL554",
    name="title-case-slip",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A title's capitals against the list's: its first word in lower case, an article "
    "capitalised in title case, sentence case among title-case titles",
    fixable=True,
)
def title_case_slip(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a title whose first word is in lower case (`relationships of dental caries ...`) in a
    list whose titles open with a capital (four in five of them, four at least), and one whose
    first word lost its first letter with its capital (`hemical Composition`: no English word,
    and one letter alone before it makes a common one). It leaves alone:

    - words that open a title in lower case in every style: a symbol or a gene with a capital
      or a digit in it (`mRNA`, `p53`, `iPhone`, `eIF4A1`, `pH`, `tRNA`), a Greek letter, a
      chemical or Latin prefix joined by a hyphen (`trans-`, `n-3`, `e-health`), Latin phrases
      (`in vitro`, `in vivo`, `de novo`) and the particles of names (`van`, `von`, `de`);
    - `and` (`dan`, `und`) and `forthcoming`: the grammar cut the names before the word that joins
      the last author (`Cohen, Kalman J. and Richard M. Cyert.`) or read a date not yet fixed as
      the title's start; the title is elsewhere;
    - a word before a colon, a number or a bracket (`vegan: community ecology package`,
      `lme4 1.1`): a package or a tool named in its own case;
    - a word the English dictionary lacks (`limma`, `dplyr`), and titles not in English;
    - lists that print their titles in lower case.

    In a list that opens its subtitles after a colon with a capital (eight at least, and nine in
    ten of them), it flags a subtitle opened in lower case after a question or exclamation mark
    (`Politicizing masks? examining the volume`), and, in a list that dates its entries as APA
    does (`Names. (Year). Title.`), after a colon: APA capitalises every subtitle, while other
    styles keep a title as the work printed it.

    In a list that sets its titles in title case (eight at least, four in five of those whose
    case shows), it also flags a title in sentence case (`Smartphone fundoscopy`; a name's
    capital kept: `Multilevel Gaussian graphical model for multilevel networks`), one half in
    title case with two main words or more left in lower case (`The Cluster Graphical Lasso
    for improved estimation`; prepositions of any length are small words), and, where those
    titles keep their small words in lower case, an article capitalised after a preposition
    inside a title-case title (`Towards A Methodological Framework`).

    ## Why is this bad?
    Every style capitalises a title's first word; one in lower case was cut from its capital by
    a database or a tool, and a copy editor restores it.

    ## Fix safety
    Unsafe: read the work's own title first.

    ## Example
        1. Kavaliauskiene A, Zaborskis A. relationships of dental caries and malocclusion with
           oral health-related quality of life. Int J Environ Res Public Health. 2020;17:4072.
        2. Feldens CA, Kramer PF. Clarifying the impact of untreated dental caries on quality of
           life. Caries Res. 2016;50:414-21.
        3. Adams RT. Regional variation in hospital admissions for childhood asthma. BMJ.
           2002;324:3-4.
        4. Kim H, Lee S. Natural killer cells in the control of solid tumours. Cancer Res.
           2016;76:112-20.
        5. Park J, Cho K. Antigen escape after chimeric antigen receptor therapy in children.
           Blood. 2020;135:10-19.

    Use instead:
        1. Kavaliauskiene A, Zaborskis A. Relationships of dental caries and malocclusion with
           oral health-related quality of life. Int J Environ Res Public Health. 2020;17:4072.
        2. Feldens CA, Kramer PF. Clarifying the impact of untreated dental caries on quality of
           life. Caries Res. 2016;50:414-21.
        3. Adams RT. Regional variation in hospital admissions for childhood asthma. BMJ.
           2002;324:3-4.
        4. Kim H, Lee S. Natural killer cells in the control of solid tumours. Cancer Res.
           2016;76:112-20.
        5. Park J, Cho K. Antigen escape after chimeric antigen receptor therapy in children.
           Blood. 2020;135:10-19.
    """
    yield from _lower_openings(refs)
    yield from _title_case_slips(refs)
    yield from _lower_after_question(refs)


def _lower_openings(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    titles = [ref.title for ref in refs if ref.title is not None]
    votes = [v for t in titles if (v := _opens_with_capital(t.text)) is not None]
    capitals = votes.count(True)
    if capitals < MIN_CAPITALS or capitals < CAPITAL_SHARE * len(votes):
        return
    words = english_words()
    for ref in refs:
        title = ref.title
        if title is None or _all_capitals(title.text):
            continue
        m = _opens_lower(title.text)
        lost = None if m is not None else _first_letter_lost(title.text, words)
        if lost is not None:
            m = lost[0]
        if m is None or _cut(ref.text, title.span.start):
            continue
        if not reads_as_english(title.text, words):
            continue
        word = m.group(1)
        wanted = lost[1] if lost is not None else word[0].upper() + word[1:]
        span = Span(title.span.start + m.start(1), title.span.start + m.end(1))
        why = "has lost its first letter" if lost is not None else "opens in lower case"
        yield Diagnostic(
            span,
            f"the title {why} (`{word}`) where the list's titles open with a capital; "
            f"write `{wanted}`",
            fix=Fix.unsafe(Edit(span, wanted), message=f"Write `{wanted}`"),
            ref=ref,
        )


# a subtitle's first word after its colon, question mark or exclamation mark (led by the mark, so
# it is tried at marks alone; what stands before the mark is looked at after)
_SUBTITLE = pattern(r"(?P<mark>[:?!])\s+(?P<word>[^\W\d_][\w'’.\-‐]*)")
_BEFORE_MARK = pattern(r"[^\W\d_)\]'’\"”]")
MIN_SUBTITLES = 8  # subtitles after a colon capitalised, for the list to have that habit
SUBTITLE_SLIPS = 9  # ... and nine capitalised at least for each in lower case


def _lower_after_question(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A subtitle opened in lower case after a question or exclamation mark (`Politicizing masks?
    examining`), or in an APA list after a colon (`around: the effects`), in a list that
    capitalises its subtitles after a colon: eight at least, and nine in ten of them."""
    found = [
        (ref, m)
        for ref in refs
        if ref.title is not None and not _all_capitals(ref.title.text)
        for m in _SUBTITLE.finditer(ref.title.text)
        if m.start() and _BEFORE_MARK.match(ref.title.text, m.start() - 1)
    ]
    colons = [m.group("word")[0] for _, m in found if m.group("mark") == ":"]
    capitals = sum(c.isupper() for c in colons)
    lower = sum(c.islower() for c in colons)
    if capitals < MIN_SUBTITLES or lower * SUBTITLE_SLIPS > capitals:
        return
    words = english_words()
    # APA capitalises a subtitle after its colon; other styles keep the title as the work printed
    # it (`The USDA barley core collection: genetic diversity`)
    colon = dates_after_names_apa(refs)
    for ref, m in found:
        word = m.group("word")
        if (m.group("mark") == ":" and not colon) or not word.isalpha() or not word.islower():
            continue
        assert ref.title is not None
        if word not in words or not reads_as_english(ref.title.text, words):
            continue
        wanted = word[0].upper() + word[1:]
        base = ref.title.span.start
        span = Span(base + m.start("word"), base + m.end("word"))
        yield Diagnostic(
            span,
            f"the subtitle after `{m.group('mark')}` opens in lower case (`{word}`), where the "
            f"list capitalises {capitals} of its {capitals + lower} subtitles after a colon; "
            f"write `{wanted}`",
            fix=Fix.unsafe(Edit(span, wanted), message=f"Write `{wanted}`"),
            ref=ref,
        )


# Small words a title in title case writes in lower case, and the prepositions after which an
# article capitalised is a slip (`Towards A Framework`; `Vitamin A`, `Type A` follow a noun).
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or over per the to upon via vs with".split()  # noqa: SIM905
)
_MORE_PREPOSITIONS = """
towards toward through within without across among amongst beyond under after before during
against versus between about around behind
"""
_PREPOSITIONS = _SMALL | frozenset(_MORE_PREPOSITIONS.split())
_ARTICLE = pattern(r"(?<=\s)(A|An)(?=\s+[A-Z][a-z])")
_WORD_BEFORE = pattern(r"([^\W\d_]+)\s+$")


def _small_words(text: str) -> tuple[int, int]:
    """(in lower case, capitalised) of the small words inside a title, those that open a
    subtitle or a bracket left out."""
    lower = capital = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if m.start() == 0 or word.lower() not in _SMALL or _opens(text, m.start()):
            continue
        lower += word.islower()
        capital += word[0].isupper()
    return lower, capital


def _english_work(ref: Reference, title: str) -> bool:
    """Whether a title reads as English; one too short to tell (`Smartphone fundoscopy`) only in
    a journal whose name does (a title-case list in the humanities gives its foreign titles in
    their own sentence case: `Tristes tropiques`)."""
    words = english_words()
    english = reads_as_english(title, words)
    if english is not None:
        return english
    journal = ref.container.text if ref.container is not None else ""
    names = [w.lower() for w in _WORD.findall(journal) if len(w) >= 3]
    return bool(names) and all(w in words for w in names)


MIN_LOWER_MAIN = 2  # main words in lower case, for a title half in title case to be a slip


def _case_slip(text: str, vote: bool | None) -> str:
    """What a title not in title case is: in sentence case (its long words all in lower case, or
    most of them, a name's capital kept: `Multilevel Gaussian graphical model for multilevel
    networks`), or half in title case with main words left in lower case (`The Cluster Graphical
    Lasso for improved estimation`). Empty: neither, or too short to tell."""
    words = _long_words(text)
    if (words and all(w.islower() for w in words)) or _sentence_case(text):
        return "title in sentence case"
    lower = _lower_main_words(text)
    if vote is False and len(lower) >= MIN_LOWER_MAIN:
        shown = ", ".join(f"`{w}`" for w in lower)
        return f"main words in lower case ({shown}) in a title otherwise in title case"
    return ""


def _lower_main_words(text: str) -> list[str]:
    """The main words after the first that a title writes in lower case, less those that keep it
    in title case too: prepositions of any length (`between`), Latin (`in vitro`), a word right
    after a capitalised one, an epithet after its genus (`Aspergillus niger`), and a part of a
    compound (`Long-term`)."""
    found = list(_WORD.finditer(text))
    lower = []
    for before, m in itertools.pairwise(found):
        word = m.group()
        if len(word) < 4 or not word.islower() or word in _PREPOSITIONS or word in _LATIN:
            continue
        if before.group()[0].isupper() and text[before.end() : m.start()] == " ":
            continue
        if text[m.start() - 1] in "-‐'’" or text[m.end() : m.end() + 1] in ("-", "‐"):
            continue  # a part of a compound (`Long-term`, `Self-report`)
        lower.append(word)
    return lower


def _title_case_slips(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A sentence-case title, or an article capitalised after a preposition, in a list that
    sets its titles in title case."""
    cased = [
        (ref, ref.title, _title_case(ref.title.text))
        for ref in refs
        if ref.title is not None and not _all_capitals(ref.title.text)
    ]
    votes = [v for _, _, v in cased if v is not None]
    if votes.count(True) < TITLE_CASE_TITLES or votes.count(False) > SLIPS * len(votes):
        return
    small = [_small_words(t.text) for _, t, v in cased if v]
    lowers_small = sum(lo for lo, _ in small) >= max(MIN_SMALL, 4 * sum(c for _, c in small))
    for ref, title, vote in cased:
        if vote is not True:
            if (slip := _case_slip(title.text, vote)) and _english_work(ref, title.text):
                yield Diagnostic(
                    title.span, f"{slip} where the list sets its titles in title case", ref=ref
                )
            continue
        if not lowers_small:
            continue
        for m in _ARTICLE.finditer(title.text):
            before = _WORD_BEFORE.search(title.text, max(0, m.start() - 30), m.start())
            if before is None or before.group(1).lower() not in _PREPOSITIONS:
                continue
            if _opens(title.text, m.start()):
                continue
            article = m.group(1)
            span = Span(title.span.start + m.start(), title.span.start + m.end())
            yield Diagnostic(
                span,
                f"`{article}` capitalised inside a title in title case, whose small words the "
                f"list writes in lower case; write `{article.lower()}`",
                fix=Fix.unsafe(Edit(span, article.lower()), message=f"Write `{article.lower()}`"),
                ref=ref,
            )


# --- RL555: an eponym in lower case ---------------------------------------------------------------


class Eponym(NamedTuple):
    form: str  # as the field writes it
    heads: frozenset[str]  # words one of which must follow; empty: none needed


@cache
def eponyms() -> dict[tuple[str, ...], Eponym]:
    """The table, by the name's words in lower case."""
    text = Path(__file__).with_name("eponyms.txt").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, _, heads = line.partition("\t")
        key = tuple(w.lower() for w in _WORD.findall(form))
        table[key] = Eponym(form, frozenset(heads.split()))
    return table


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """The lengths in words of the names each word begins, longest first: a title's word that
    begins none is passed over without a lookup of each length."""
    lengths: dict[str, set[int]] = {}
    for key in filter(None, eponyms()):
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}


class Found(NamedTuple):
    start: int
    end: int
    written: str
    form: str


def _separated(text: str, words: Sequence[re.Match[str]]) -> bool:
    return all(text[a.end() : b.start()] in (" ", "-", "‐") for a, b in itertools.pairwise(words))


def lower_eponyms(text: str) -> Iterator[Found]:
    """Each name of the table with a word in lower case that the name capitalises."""
    table, starts = eponyms(), _lengths()
    visible = _visible(text)
    words = list(_WORD.finditer(visible))
    i = 0
    while i < len(words):
        for n in starts.get(words[i].group().lower(), ()):
            if n > len(words) - i:
                continue
            run = words[i : i + n]
            key = tuple(m.group().lower() for m in run)
            name = table.get(key)
            if name is None or not _separated(visible, run):
                continue
            start, end = run[0].start(), run[-1].end()
            before, after = visible[start - 1 : start], visible[end : end + 1]
            if (before and before in "-‐/") or (n == 1 and after and after in "-‐/"):
                break  # a piece of a longer compound (`anti-ebola`, `zika-like`)
            if name.heads and not _heads(visible, end, name.heads):
                break
            wanted = _WORD.findall(name.form)
            if any(
                m.group().islower() and w[0].isupper() for m, w in zip(run, wanted, strict=True)
            ):
                yield Found(start, end, text[start:end], _cased(text[start:end], name.form))
            i += n - 1
            break
        i += 1


# The nouns a physics or mathematics title names after a person (`the krotov method`, `the
# klein-gordon and wave equations`), read within three words of a name in lower case.
_NAMED_HEADS = frozenset(
    (
        *("equation", "equations", "method", "methods", "algorithm", "theorem", "inequality"),
        *("operator", "operators", "transform", "net", "nets", "model", "models", "theory"),
    )
)
_PAIR = pattern(r"(?<![\w\-‐])([a-zà-ÿ]{3,})[-‐]([a-zà-ÿ]{3,})(?![\w\-‐])")
_UNKNOWN_BEFORE = pattern(r"(?<![\w\-‐])([a-zà-ÿ]{4,})(?=[\s\-‐]+([a-z]+))")
_RARE = 2000  # a name as rare as this in English text (`gordon` 1047) stays a name in a pair
_PREFIXES = ("non-", "non‐")


def derived_eponyms(text: str) -> Iterator[Found]:
    """Names in lower case that the table reads only in part: a tabled name's `-ian` or plural
    (`non-markovian`, `hamiltonians`), a pair of names joined by a hyphen before the noun they
    name (`klein-gordon equation`), and a word no dictionary knows right before such a noun
    (`krotov method`, `petri-net`)."""
    table, visible = eponyms(), _visible(text)
    words = list(_WORD.finditer(visible))
    for m in words:
        word = m.group()
        if not word.islower():
            continue
        before = visible[max(0, m.start() - 4) : m.start()]
        if m.start() and visible[m.start() - 1] in "-‐/" and before not in _PREFIXES:
            continue  # a piece of a compound (`anti-ebola`); `non-` is a prefix
        for stem in (word[:-1], word[:-3], word[:-4]):
            name = table.get((stem,))
            if name is not None and not name.heads and word[len(stem) :] in _ENDINGS:
                form = name.form + word[len(stem) :]
                yield Found(m.start(), m.end(), text[m.start() : m.end()], form)
                break
    for m in _PAIR.finditer(visible):  # (the word lists are read only for a suspect)
        pair = m.group(1), m.group(2)
        if not _named(visible, m) or not all(w in name_words() for w in pair):
            continue
        if all(english_words().get(w, 0) < _RARE for w in pair):
            form = "-".join(w.capitalize() for w in pair)
            yield Found(m.start(), m.end(), text[m.start() : m.end()], _cased(m.group(), form))
    for m in _UNKNOWN_BEFORE.finditer(visible):
        word = m.group(1)
        if (
            m.group(2) in _NAMED_HEADS
            and any(c in "aeiouy" for c in word)
            and (m.start() == 0 or visible[m.start() - 1] not in "-‐/")
            and not is_word(word, english_words())
        ):
            yield Found(m.start(), m.end(), text[m.start() : m.end()], word.capitalize())


_ENDINGS = frozenset(("s", "ian", "ians"))


def _named(text: str, pair: re.Match[str]) -> bool:
    """Whether one of the three words after a pair is a noun named after persons."""
    after = _WORD.findall(text[pair.end() : pair.end() + 40])[:3]
    return any(w.lower() in _NAMED_HEADS for w in after)


def _heads(text: str, end: int, heads: frozenset[str]) -> bool:
    m = re.match(r"(?:['’]s?)?[\s\-‐]+([^\W\d_]+)", text[end : end + 40])
    return m is not None and m.group(1).lower() in heads


def _cased(written: str, form: str) -> str:
    """`written` with each of its words in the form's case, its separators kept."""
    parts = _WORD.findall(form)
    out, at = [], 0
    for word in parts:
        m = re.compile(re.escape(word), re.I).search(written, at)
        if m is None:
            return form
        out.append(written[at : m.start()] + word)
        at = m.end()
    return "".join(out) + written[at:]


def _blanked(text: str, found: Sequence[Found]) -> str:
    chars = list(text)
    for f in found:
        chars[f.start : f.end] = " " * (f.end - f.start)
    return "".join(chars)


@list_rule(
    code="RL555",
    name="eponym-lower-case",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="A disease, virus, test or law named after a person or place in lower case",
    fixable=True,
)
def eponym_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a name from a person or a place that names a virus, a disease, a syndrome, a
    statistical test or a law of physics, written in lower case in an English title: `zika
    virus`, `ebola`, `alzheimer's disease`, `crohn disease`, `kaplan-meier`, `markov chains`,
    `schrödinger equation`, `raman spectroscopy`, `golgi apparatus`. The names are a table
    compiled by hand (some 160), read with their `-ian` and plural forms (`non-markovian`,
    `hamiltonians`); beyond it, two names joined by a hyphen before the noun they name
    (`klein-gordon equation`) and a word no dictionary knows right before such a noun (`the
    krotov method`, `petri-net`) count too. A name that is also an English word counts only
    before the word it names (`down syndrome`, `graves disease`, `cox regression`). It leaves
    alone a piece of a compound (`anti-ebola`), names in addresses and code, a title all in
    capitals, and titles not in English (Portuguese and Spanish write `vírus zika` and `doença de
    alzheimer` in their own way); place names of countries and regions are RL575's.

    ## Why is this bad?
    A name keeps its capital in every style, sentence case included; in lower case it was
    lowered by a database or a tool, and a copy editor restores it.

    ## Fix safety
    Unsafe: the fix writes the name as the table does; read the work's own title first.

    ## Example
        1. Giovanetti M, Faria NR. Genomic and epidemiological surveillance of zika virus in
           the Amazon region. Cell Rep. 2020;30:2275-83.

    Use instead:
        1. Giovanetti M, Faria NR. Genomic and epidemiological surveillance of Zika virus in
           the Amazon region. Cell Rep. 2020;30:2275-83.
    """
    for ref in refs:
        title = ref.title
        if title is None or _all_capitals(title.text):
            continue
        found = list(lower_eponyms(title.text))  # the dictionary is read only for a suspect
        seen = {(f.start, f.end) for f in found}
        found += [f for f in derived_eponyms(title.text) if (f.start, f.end) not in seen]
        if not found or not reads_as_english(_blanked(title.text, found), english_words()):
            continue
        for f in found:
            span = Span(title.span.start + f.start, title.span.start + f.end)
            yield Diagnostic(
                span,
                f"`{f.written}` in the title is a name in lower case: `{f.form}`",
                fix=Fix.unsafe(Edit(span, f.form), message=f"Write `{f.form}`"),
                ref=ref,
            )


# --- RL556: a chemical element's symbol in lower case -----------------------------------------

# The symbols of the elements (IUPAC). Those of one letter are left out: a lower-case `c` or `n`
# is as often a variable, a unit or an index.
_TABLE = """
He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc
Ru Rh Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta Re Os Ir
Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds
Rg Cn Nh Fl Mc Lv Ts Og
"""
SYMBOLS = frozenset(_TABLE.split())
SINGLE = frozenset("H B C N O F P S K V Y I W U".split())  # noqa: SIM905
# Symbols that are, in lower case, English words or parts of English prose (`as`, `in`, `be`),
# never taken for a symbol when written alone.
_PROSE = frozenset("he be as at in no am es os pa re la ne mo ta er po ar co ni ga".split())  # noqa: SIM905
# A symbol printed with its capital: alone, or a part of an alloy or a compound (`Al-11.5Si-0.4Mg`,
# `AlN`, `Al4C3`).
_CHEMICAL = pattern(
    r"(?<![\w\-‐])(?:\d+(?:\.\d+)?(?:wt%|at%|%)?)?[A-Z][a-z]?(?:[\w.%\-‐]*)(?![\w])"
)
_PIECE = pattern(r"([A-Z][a-z]?)(\d+(?:\.\d+)?)?")
_ANY_SYMBOL = SYMBOLS | SINGLE
_HYPHEN = pattern(r"[-‐]")
_AMOUNT = pattern(r"^\d+(?:\.\d+)?(?:wt%|at%|%)?")  # an alloy's share before its symbol
# A lower-case token of letters and digits standing alone (`si`, `al4c3`); matched whole, its
# symbols read after (a pattern of one- or two-letter pieces would backtrack exponentially).
_LOWER_TOKEN = pattern(r"(?<![\w\-‐/.'’])[a-z][a-z\d]*(?![\w\-‐/'’])")
MAX_FORMULA = 16  # characters: a longer lower-case token is a word, not a formula


def _pieces(token: str) -> list[str] | None:
    """The symbols of a compound or an alloy written with capitals (`Al4C3`, `Al-11.5Si-0.4Mg`,
    `AlN`), or None when any part is not an element."""
    symbols = []
    for part in _HYPHEN.split(token):
        part = _AMOUNT.sub("", part, count=1)
        at = 0
        while at < len(part):
            m = _PIECE.match(part, at)
            if m is None or m.group(1) not in _ANY_SYMBOL:
                return None
            symbols.append(m.group(1))
            at = m.end()
    return symbols or None


def learn_symbols(titles: Sequence[str]) -> frozenset[str]:
    """The two-letter symbols the list prints with their capitals inside its titles: in an alloy
    or a compound of symbols only (`Al-Si`, `Al4C3`, `AlN`), or alone among lower-case words
    (`extraction of Al from`)."""
    learnt: set[str] = set()
    for text in titles:
        if _all_capitals(text):
            continue
        visible = _visible(text)
        for m in _CHEMICAL.finditer(visible):
            token = m.group()
            symbols = _pieces(token)
            if symbols is None:
                continue
            if len(symbols) > 1:
                learnt.update(s for s in symbols if len(s) == 2)
            elif len(token) == 2 and m.start() > 0 and _among_lower(visible, m):
                learnt.add(token)
    return frozenset(learnt)


def _among_lower(text: str, m: re.Match[str]) -> bool:
    """Whether the words on both sides of the match are in lower case (a symbol in prose, not a
    word of a title in title case)."""
    before = re.search(r"([^\W\d_]+)[\s,]+$", text[: m.start()])
    after = re.match(r"[\s,]+([^\W\d_]+)", text[m.end() :])
    return bool(before and after and before.group(1).islower() and after.group(1).islower())


def _split_formula(token: str, learnt: frozenset[str]) -> list[str] | None:
    """The one way to read a lower-case token as symbols with counts (`al4c3`: Al4C3), using
    only symbols of two letters the list prints and symbols of one letter; None when there is
    none or more than one (`co2` reads as CO2 and as Co2)."""
    ways: list[list[str]] = []
    dead: set[int] = set()  # where no reading of the rest begins: each is tried once

    def walk(at: int, done: list[str]) -> None:
        if len(ways) > 1 or at in dead:
            return
        if at == len(token):
            ways.append(done)
            return
        found = len(ways)
        for size in (2, 1):
            letters = token[at : at + size]
            if len(letters) < size or not letters.isalpha():
                continue
            symbol = letters.capitalize()
            if symbol not in (learnt if size == 2 else SINGLE):
                continue
            digits = re.match(r"\d*(?:\.\d+)?", token[at + size :])
            count = digits.group() if digits else ""
            walk(at + size + len(count), [*done, symbol + count])
        if len(ways) == found:
            dead.add(at)

    walk(0, [])
    return ways[0] if len(ways) == 1 else None


def lower_symbols(text: str, learnt: frozenset[str]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, written, wanted) of each symbol or formula of the list's symbols written in
    lower case: a two-letter symbol alone (`eutectic si`), or a formula with a digit and a
    symbol of two letters, two symbols at least (`al4c3`)."""
    visible = _visible(text)
    for m in _LOWER_TOKEN.finditer(visible):
        token = m.group()
        if token.isalpha():
            if len(token) != 2 or token in _PROSE or token.capitalize() not in learnt:
                continue
            if re.search(r"\bet\s+$", visible[: m.start()]):
                continue  # `et al`
            yield m.start(), m.end(), token, token.capitalize()
            continue
        if len(token) > MAX_FORMULA or not any(c.isdigit() for c in token):
            continue
        symbols = _split_formula(token, learnt)
        if symbols is None or len(symbols) < 2 or not any(s[:2] in learnt for s in symbols):
            continue  # one symbol and a count is as often a marker's name (`cd4` is `CD4`)
        yield m.start(), m.end(), token, "".join(symbols)


@list_rule(
    code="RL556",
    name="element-symbol-lower-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A chemical element's symbol in lower case where the list prints it with its capital",
    fixable=True,
)
def element_symbol_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns the symbols of two letters that the list prints with their capitals in its titles,
    in an alloy or a compound (`Al-Si`, `Al-11.5Si-0.4Mg`, `AlN`) or alone among lower-case
    words (`extraction of Al from`), and flags the same symbol written in lower case in an
    English title (`eutectic si`, `removal of impurities from al`), or a formula of two of
    them or more with a count (`al4c3` for `Al4C3`; `cd4` is the marker `CD4`). It leaves alone
    symbols the list never prints, symbols that are English words in lower case (`as`, `in`,
    `be`, `no`), `et al`, pieces of hyphenated words, a formula that reads two ways (`co2`), and
    titles not in English (`si` and `al` are Spanish, Italian and French words).

    ## Why is this bad?
    A symbol has a fixed case; `si` is no symbol, and a copy editor restores `Si`.

    ## Fix safety
    Unsafe: the fix capitalises the symbol as the list prints it elsewhere.

    ## Example
        1. Mazahery A, Shabani MO. Modification mechanism of eutectic si in casting Al-Si
           alloys. JOM. 2014;66:726-38.

    Use instead:
        1. Mazahery A, Shabani MO. Modification mechanism of eutectic Si in casting Al-Si
           alloys. JOM. 2014;66:726-38.
    """
    titles = [ref.title for ref in refs if ref.title is not None]
    learnt = learn_symbols([t.text for t in titles])
    if not learnt:
        return
    words = english_words()
    for ref in refs:
        title = ref.title
        if title is None or _all_capitals(title.text):
            continue
        found = list(lower_symbols(title.text, learnt))
        if not found or not reads_as_english(title.text, words):
            continue
        for start, end, written, wanted in found:
            span = Span(title.span.start + start, title.span.start + end)
            yield Diagnostic(
                span,
                f"`{written}` in the title is an element's symbol in lower case, which the list "
                f"prints with its capital: `{wanted}`",
                fix=Fix.unsafe(Edit(span, wanted), message=f"Write `{wanted}`"),
                ref=ref,
            )
