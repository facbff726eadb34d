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
    """Parameters for `/works`: the works with these DOIs, in one request (OR-ed, at most 50)."""
    joined = "|".join(f"{DOI_PREFIX}{doi}" for doi in dois)
    return {"filter": f"doi:{joined}", "per_page": str(len(dois)), "select": SELECT}


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
        doi=str(work.get("doi") or "").removeprefix(DOI_PREFIX).lower(),
        title=_text(work.get("title") or work.get("display_name")),
        containers=_unique([_text(source.get("display_name"))]),
        years=(year,) if isinstance(year, int) and not isinstance(year, bool) else (),
        volume=_text(biblio.get("volume")),
        issue=_text(biblio.get("issue")),
        first_page=_text(biblio.get("first_page")),
        families=tuple(family for family, _ in names if family),
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
            {"volume": shapes.text, "issue": shapes.text, "first_page": shapes.text}
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


def work_list(answer: Any) -> bool:
    """`/works?filter=...`: `results`, a list of works (empty when nothing matched)."""
    return isinstance(answer, Mapping) and shapes.list_of(_WORK)(answer.get("results"))


def results(answer: Mapping[str, Any]) -> list[Record]:
    return [from_openalex(work) for work in answer.get("results") or []]
