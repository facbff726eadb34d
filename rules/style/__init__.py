"""House style (RL8xx): a list's own conventions, learnt from it, and the entries that break them.

No style is configured. For each feature the rule looks at the entries where it applies, and only
when one form clearly dominates (at least `MIN_ENTRIES` such entries, and at least `DOMINANCE` of
them in one form) does it flag the others, naming the majority: a list of three entries, or one
split 60/40, is never lectured. Two forms that no Vancouver variant uses (`In.` and `pp.`) are also
flagged when the list has too few entries to set its own convention.

Where styles print an element differently by kind of work, its convention is learnt for each kind
apart (`conventions.deviations_by_work`): the DOI form (RL809; Citing Medicine prints a journal
article's as `doi:` and a preprint's as the link after `Available from:`) and access-note wording
(RL807). Other features are one convention for the whole list: a dash or an initial is printed one
way in every kind of work, and splitting the list would only hide deviations.

The rules live by concern: `pages` (RL801-RL804), `names` (RL805, RL806), `dates` (RL807,
RL812), `endings` (RL808, RL809), `journals` (RL810, RL811), `journal_names` (RL815),
`journal_variants` (RL816), `journal_periods` (RL817), `journal_doubled` (RL824), `years`
(RL813) and `hints` (RL814: the style family's form where the list is split); `conventions` is
what they share.
This package exposes every rule, so the `refslint.rules` entry point names the package alone.
"""

from __future__ import annotations

from .conventions import DOMINANCE, MIN_ENTRIES, Convention, convention
from .dates import access_note_wording, date_form_inconsistent
from .endings import identifier_link, terminal_punctuation
from .hints import style_family_hint
from .journal_doubled import journal_word_doubled
from .journal_names import journal_misspelt
from .journal_periods import journal_stray_period
from .journal_variants import journal_abbreviation_variant
from .journals import journal_form, journal_two_ways
from .names import author_initials, et_al_count
from .pages import (
    in_marker_inconsistent,
    page_marker_inconsistent,
    page_range_dash,
    page_range_form,
)
from .years import year_punctuation

__all__ = [
    "DOMINANCE",
    "MIN_ENTRIES",
    "Convention",
    "access_note_wording",
    "author_initials",
    "convention",
    "date_form_inconsistent",
    "et_al_count",
    "identifier_link",
    "in_marker_inconsistent",
    "journal_abbreviation_variant",
    "journal_form",
    "journal_misspelt",
    "journal_stray_period",
    "journal_two_ways",
    "journal_word_doubled",
    "page_marker_inconsistent",
    "page_range_dash",
    "page_range_form",
    "style_family_hint",
    "terminal_punctuation",
    "year_punctuation",
]
