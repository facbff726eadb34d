"""OpenAlex: the second opinion for everything scholarly, conference papers and preprints included.

Pure data: the questions to ask (`/works` with a title search or a DOI filter, `select` keeping
answers small) and the reading of its `work` objects into `Record`s. OpenAlex documents at most
10 requests a second and asks for a `mailto` to join its polite pool.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from refslint.lookup import shapes
from refslint.lookup.records import Record, _text, _unique

OPENALEX = "OpenAlex"
PER_SECOND = 10.0  # documented: https://docs.openalex.org (rate limits and authentication)
AT_ONCE = 3
ROWS = 5
BATCH = 50  # DOIs OR-ed in one filter: OpenAlex documents at most 50 values there
PER_PAGE = 200  # OpenAlex's largest page: room for works that share a DOI
SELECT = "id,doi,title,display_name,publication_year,type,biblio,authorships,primary_location"
DOI_PREFIX = "https://doi.org/"
_FILTER_BREAKS = str.maketrans({",": " ", "|": " ", "!": " ", ":": " "})


def title_search(title: str) -> dict[str, str]:
    """Parameters for `/works`: candidates whose title matches, best first.

    Commas, bars and colons are filter syntax in OpenAlex (and, or, name:value), so the title's
    own punctuation is turned into spaces; the search itself ignores punctuation.
    """
    words = " ".join(title.translate(_FILTER_BREAKS).split())
    return {"filter": f"title.search:{words}", "per_page": str(ROWS), "select": SELECT}


def doi_filter(dois: Sequence[str]) -> dict[str, str]:
    """Parameters for `/works`: the works with these DOIs, in one request (OR-ed, at most
    `BATCH`), on one page large enough for every work that shares one of them."""
    joined = "|".join(f"{DOI_PREFIX}{doi}" for doi in dois)
    return {"filter": f"doi:{joined}", "per_page": str(PER_PAGE), "select": SELECT}


def batchable(doi: str) -> bool:
    """Whether a DOI can be OR-ed into a filter: `|` and `,` are the filter's own syntax."""
    return "|" not in doi and "," not in doi


def doi_of(work: Mapping[str, Any]) -> str:
    """The bare DOI of a work, lower case: OpenAlex writes it as `https://doi.org/10...`."""
    doi = str(work.get("doi") or "").strip().lower()
    for prefix in (
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
    ):
        if doi.startswith(prefix):
            return doi[len(prefix) :]
    return doi.removeprefix("doi:")


def by_doi(answer: Mapping[str, Any], wanted: Sequence[str]) -> tuple[dict[str, Record], bool]:
    """The records of a DOI filter's answer by the DOI asked (the first work of each), and
    whether the answer accounts for itself: every work has a DOI that was asked, and the page
    holds every work counted. An answer that does not is no proof that the DOIs it lacks are
    missing."""
    asked = set(wanted)
    found: dict[str, Record] = {}
    whole = True
    works = answer.get("results") or []
    for work in works:
        doi = doi_of(work) if isinstance(work, Mapping) else ""
        if doi not in asked:
            whole = False
            continue
        found.setdefault(doi, from_openalex(work))
    count = (answer.get("meta") or {}).get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count > len(works):
        whole = False
    return found, whole


def _family(author: Mapping[str, Any]) -> tuple[str, str]:
    """("Ralser", "M") from "Markus Ralser": OpenAlex gives display names, not family names."""
    name = _text((author.get("author") or {}).get("display_name") or author.get("raw_author_name"))
    parts = name.replace(",", " ").split()
    if not parts:
        return "", ""
    if "," in name:  # "Ralser, Markus"
        family, given = name.split(",", 1)[0].strip(), parts[1:]
    else:
        family, given = parts[-1], parts[:-1]
    return family, "".join(part[0] for part in given if part[:1].isalpha()).upper()


def from_openalex(work: Mapping[str, Any]) -> Record:
    """An OpenAlex `work` object."""
    biblio = work.get("biblio") or {}
    source = (work.get("primary_location") or {}).get("source") or {}
    names = [_family(a) for a in work.get("authorships") or [] if isinstance(a, Mapping)]
    year = work.get("publication_year")
    return Record(
        source=OPENALEX,
        doi=doi_of(work),
        title=_text(work.get("title") or work.get("display_name")),
        containers=_unique([_text(source.get("display_name"))]),
        years=(year,) if isinstance(year, int) and not isinstance(year, bool) else (),
        volume=_text(biblio.get("volume")),
        issue=_text(biblio.get("issue")),
        first_page=_text(biblio.get("first_page")),
        last_page=_text(biblio.get("last_page")),
        families=tuple(family for family, _ in names if family),
        initials=tuple(initials for family, initials in names if family),
        type=_text(work.get("type")),
    )


_WORK = shapes.fields(
    {
        "doi": shapes.text,
        "title": shapes.text,
        "display_name": shapes.text,
        "publication_year": shapes.text,
        "type": shapes.text,
        "biblio": shapes.fields(
            {
                "volume": shapes.text,
                "issue": shapes.text,
                "first_page": shapes.text,
                "last_page": shapes.text,
            }
        ),
        "authorships": shapes.list_of(
            shapes.fields(
                {
                    "author": shapes.fields({"display_name": shapes.text}),
                    "raw_author_name": shapes.text,
                }
            )
        ),
        "primary_location": shapes.fields({"source": shapes.fields({"display_name": shapes.text})}),
    }
)


def work(answer: Any) -> bool:
    """`/works/https://doi.org/{doi}`: one work object."""
    return _WORK(answer)


def work_list(answer: Any) -> bool:
    """`/works?filter=...`: `results`, a list of works (empty when nothing matched)."""
    return isinstance(answer, Mapping) and shapes.list_of(_WORK)(answer.get("results"))


def results(answer: Mapping[str, Any]) -> list[Record]:
    return [from_openalex(work) for work in answer.get("results") or []]
