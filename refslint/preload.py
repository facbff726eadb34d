"""Imported once by the fork server that starts `refslint --jobs` workers: it loads the rules and
builds the grammar's parser there, so every worker forked from it starts with both ready instead
of spending its first half second on them.

Whatever fails here is left for the worker to meet and report as one process would: the run's
own process has already loaded the same rules without error.
"""

from __future__ import annotations

import contextlib

with contextlib.suppress(Exception):
    from refslint.grammar import parser
    from refslint.registry import load_rules

    load_rules()
    parser()
