"""One run of refslint, whichever face asked for it: the command line, the language server or a
library call (`engine.lint_text`, which the rule tests use).

A `Session` owns what every face needs the same way: the installed rules, the config of each
file (an explicit file, a mapping, or the nearest config found), the rule selection (config,
then the caller's layer, then per-file ignores), the registry lookup policy, and the run-level
rules (`Kind.RUN`, such as RL409), which speak for the run once, in `finish()`. A face only
parses its arguments, prints or publishes, and speaks its protocol.

The lookup policy: with `cache_only` (the language server), each lint answers from the cache
and reports what it could not answer, for `look_up` to ask later; otherwise one service serves
the whole run, made from the first file's lookup table. Offline with no answers kept, there is
no service at all and the lookup code is never loaded.

Nothing here prints: what the session and its lookups see that is worth saying (a cache set
aside, a lookup table that differs) is a `refslint.notes.Note`, kept in `notes` and handed to the
face's `note` callback; lookup progress goes to the face's `progress` callback.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from refslint.config import Config
    from refslint.diagnostics import Located
    from refslint.engine import Begun
    from refslint.lookup.service import LookupService
    from refslint.lookup.settings import LookupSettings
    from refslint.model import Reference
    from refslint.notes import Note, Notify, Progress
    from refslint.registry import Selection
    from refslint.rule import Rule
    from refslint.sources.document import Document

STDIN_NAME = "<stdin>"


class SessionError(Exception):
    """A file cannot be linted as configured (a bad config, selector or lookup table, a broken
    plugin); the message is one line fit for the user, `cause` the error behind it."""

    def __init__(self, cause: Exception):
        super().__init__(str(cause))
        self.cause = cause


@dataclass
class Linted:
    """What linting one text found."""

    results: list[Located] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # rules (or the grammar) that raised
    entries: int = 0
    # cache-only lints: the references the cache could not answer, and where to ask for them
    unanswered: dict[str, Reference] = field(default_factory=dict)
    lookup_settings: LookupSettings | None = None


@dataclass
class Staged:
    """A file's lint with its offline part done (`Session.begin`), for `Session.complete` to
    finish once the registries have answered; plain data, so another process may finish it."""

    path: str
    text: str
    document: Document
    begun: Begun
    notes: list[Note]  # what `begin` saw worth saying, for the process that finishes it


class Session:
    """Config, rules and lookups for a run of any number of files: `lint(path, text)` for each,
    then `finish()` for what speaks of the whole run, then `close()`."""

    def __init__(
        self,
        *,
        selection: Selection | None = None,
        config: Path | None = None,
        settings: Mapping[str, Any] | None = None,
        today: dt.date | None = None,
        offline: bool = False,
        refresh: bool = False,
        strict_lookup: bool = False,
        cache_only: bool = False,
        watch_configs: bool = False,
        progress: Progress | None = None,
        note: Notify | None = None,
    ):
        self.selection = selection
        self.config_path = config
        self.today = today
        self.offline = offline
        self.refresh = refresh
        self.strict_lookup = strict_lookup
        self.cache_only = cache_only
        self.progress = progress
        self.notes: list[Note] = []  # everything said so far, for a caller that prints nothing
        self._told = note
        self._configs = _Configs(self, config, settings, watch_configs)
        self._chosen: dict[tuple[Path | None, tuple[str, ...]], tuple[Config, list[Rule]]] = {}
        self.lookup: LookupService | None = None  # the run's, once a chosen rule needs one
        self._lookup_settings: LookupSettings | None = (
            None  # the settings it follows (the first file's)
        )
        self._lookup_source = ""  # the file whose config's lookup table those are
        self._lookup_differs_told = False
        self._run_rules: dict[str, Rule] = {}  # run-level rules chosen for some file
        self._run_paths: dict[str, None] = {}  # the files they were chosen for, in order

    # --- set-up -----------------------------------------------------------------------------

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every installed rule, built-in and plugin."""
        from refslint.registry import RegistryError, load_rules

        try:
            return load_rules()
        except RegistryError as exc:
            raise SessionError(exc) from None

    def check_selection(self) -> None:
        """Refuse a selector that names no rule, before anything is linted."""
        from refslint import registry

        if self.selection is None:
            return
        try:
            registry.check_selectors(self.selection.selectors(), self.rules)
        except registry.SelectionError as exc:
            raise SessionError(exc) from None

    def config_for(self, path: str) -> Config:
        """The config `path` is linted with (read once, or again when it changed on disk if the
        session watches configs)."""
        return self._configs.for_path(path)

    def clear_configs(self) -> None:
        """Forget every config read, so the next lint reads them again."""
        self._configs.clear()
        self._chosen.clear()

    def rules_for(self, path: str, cfg: Config | None = None) -> list[Rule]:
        """The rules that lint `path`: its config's selection, then the session's, less the
        config's per-file ignores (none for standard input)."""
        from refslint import registry

        cfg = self.config_for(path) if cfg is None else cfg
        ignored = cfg.ignored_for(path) if path != STDIN_NAME else ()
        key = (cfg.path, ignored)
        known = self._chosen.get(key)
        if known is not None and known[0] is cfg:
            return known[1]
        layers = [cfg.selection] if self.selection is None else [cfg.selection, self.selection]
        try:
            chosen = registry.without(registry.select_rules(self.rules, layers), ignored)
        except registry.SelectionError as exc:
            raise SessionError(exc) from None
        strict = self.strict_lookup or bool(cfg.lookup.get("strict", False))
        chosen = _strict_keeps_note(chosen, self.rules, strict)
        self._chosen[key] = (cfg, chosen)
        return chosen

    def rules_run(self) -> list[Rule]:
        """Every rule chosen for some file so far, by code."""
        ran = {r.code: r for _cfg, rules in self._chosen.values() for r in rules}
        return [ran[code] for code in sorted(ran)]

    # --- linting ----------------------------------------------------------------------------

    def prepare(self, path: str) -> None:
        """Choose `path`'s config, rules and lookup table as its lint would, without linting it.

        A batch run (`refslint --jobs`) lints in worker processes, each with its own session; the
        run's session prepares each file linted, in order, so that the run-level rules, the lookup
        table and the notes about it are the run's, as when one process lints every file.
        """
        self._prepared(path)

    def _prepared(self, path: str) -> tuple[Config, list[Rule], Any, Any]:
        """The config, rules, context and lookup service (or None) of a lint of `path`."""
        from refslint.rule import Context, Kind

        cfg = self.config_for(path)
        rules = self.rules_for(path, cfg)
        ctx = Context(
            today=self.today or cfg.today or dt.date.today(),
            path=path,
            settings=cfg.options,
            style=cfg.style,
        )
        service: LookupService | None = None
        if any(r.requires_lookup for r in rules):
            service = self._lookup_for(cfg, path)
            if service is None:
                rules = [r for r in rules if not r.requires_lookup]
            else:
                ctx = dataclasses.replace(ctx, lookup=service)
        run_level = [r for r in rules if r.kind is Kind.RUN]
        if run_level:
            self._run_rules.update((r.code, r) for r in run_level)
            self._run_paths[path] = None  # the engine looks up for them, and leaves them
        return cfg, rules, ctx, service

    def lint(self, path: str, text: str, document: Document | None = None) -> Linted:
        """Lint `text` as the file at `path` (or `<stdin>`) with its config and rules.

        `document` is what a source that is not text (a Word file) found, with `text` the text it
        stands for (one line a paragraph); without it, `text` is read as its file type asks."""
        from refslint.engine import begin_entries
        from refslint.sources import read_document

        prepared = self._prepared(path)
        _cfg, rules, ctx, service = prepared
        try:
            if document is None:
                document = read_document(path, text)
            begun = begin_entries(document.entries, rules, ctx, source_text=text, document=document)
            return self._finished(prepared, text, document, begun)
        finally:
            if self.cache_only and service is not None:
                service.close()

    def begin(self, path: str, text: str) -> Staged:
        """The part of `lint(path, text)` that needs no registry answer: the text read, every
        entry parsed, the rules without `requires_lookup` run. A batch run (`refslint --jobs`)
        does this while the registries are asked, and `complete` (in this process or another)
        does the rest once the answers are in."""
        from refslint.engine import begin_entries
        from refslint.sources import read_document

        said = len(self.notes)
        _cfg, rules, ctx, service = self._prepared(path)
        try:
            document = read_document(path, text)
            begun = begin_entries(document.entries, rules, ctx, source_text=text, document=document)
        finally:
            if self.cache_only and service is not None:
                service.close()
        return Staged(path, text, document, begun, self.notes[said:])

    def complete(self, staged: Staged) -> Linted:
        """`lint(staged.path, staged.text)`, its offline part taken from `begin`: the answers
        fetched (from the cache, where the run's lookups put them), the lookup rules run. Linted
        again whole if the file's rules are no longer those `begin` ran."""
        from refslint.engine import offline_codes

        prepared = self._prepared(staged.path)
        if offline_codes(prepared[1]) != staged.begun.ran:
            return self.lint(staged.path, staged.text)
        try:
            return self._finished(prepared, staged.text, staged.document, staged.begun)
        finally:
            if self.cache_only and prepared[3] is not None:
                prepared[3].close()

    def _finished(
        self,
        prepared: tuple[Config, list[Rule], Any, Any],
        text: str,
        document: Document,
        begun: Begun,
    ) -> Linted:
        """The lint of `text` whose offline part `begun` holds: the rules that need answers."""
        from refslint.engine import finish_entries

        cfg, rules, ctx, service = prepared
        linted = Linted(entries=len(document.entries))
        linted.results = finish_entries(
            begun,
            document.entries,
            rules,
            ctx,
            source_text=text,
            failures=linted.failures,
            document=document,
        )
        if self.cache_only and service is not None:
            from refslint.lookup.cached import CacheOnly

            assert isinstance(service, CacheOnly)  # what `_lookup_for` makes, cache-only
            settings = self._settings(cfg)
            if not settings.offline:  # asked for the network: say what to ask it
                linted.unanswered = service.unanswered()
                linted.lookup_settings = settings
        return linted

    def finish(self) -> Linted:
        """The run-level rules, once every file is linted: each speaks at the top of the first
        file it was chosen for (a lookup rule: the first such file with a lookup that failed)."""
        from refslint.engine import lint_run
        from refslint.rule import Context

        finished = Linted()
        if not self._run_rules:
            return finished
        paths = list(self._run_paths)
        rules = list(self._run_rules.values())
        if any(r.requires_lookup for r in rules):
            failed = []
            if self.lookup is not None:
                failed = [p for p in self.lookup.failed_paths() if p in self._run_paths]
            if not failed:
                rules = [r for r in rules if not r.requires_lookup]
            else:
                paths = failed
        if not rules:
            return finished
        ctx = Context(
            today=self.today or dt.date.today(), path=paths[0], settings={}, lookup=self.lookup
        )
        finished.results = lint_run(rules, ctx, finished.failures)
        return finished

    def close(self) -> None:
        """Close the lookup service (its cache and connections), if the run made one."""
        if self.lookup is not None:
            self.lookup.close()

    def look_up(self, settings: LookupSettings, refs: Sequence[Reference]) -> str | None:
        """Ask the registries for `refs` and keep the answers in the cache (the language server
        does this away from its lints); what could not be verified, or None."""
        from refslint.lookup.service import LookupService

        service = LookupService(settings, notify=self.notify)
        try:
            service.prefetch(refs)
            return service.failure_note()
        finally:
            service.close()

    def notify(self, note: Note) -> None:
        """Keep `note` and hand it to the face (lookup threads call this too)."""
        self.notes.append(note)  # list.append is atomic
        if self._told is not None:
            self._told(note)

    # --- lookups ----------------------------------------------------------------------------

    def _settings(self, cfg: Config) -> LookupSettings:
        from refslint.lookup.settings import LookupSettings, SettingError

        try:
            return LookupSettings.resolve(
                cfg.lookup, offline=self.offline, refresh=self.refresh, strict=self.strict_lookup
            )
        except SettingError as exc:
            raise SessionError(exc) from None

    def _lookup_for(self, cfg: Config, path: str) -> LookupService | None:
        """The lookup service for a lint of `path`, or None when nothing could be answered."""
        from refslint.lookup.settings import SettingError

        settings = self._settings(cfg)
        if self.cache_only:
            from refslint.lookup.cached import CacheOnly

            try:  # a `cache-url` that cannot be used is said before anything is looked up
                return CacheOnly(settings, notify=self.notify)
            except SettingError as exc:
                raise SessionError(exc) from None
        if self._lookup_settings is None:
            self._lookup_settings, self._lookup_source = settings, path
            if not answers_nothing(settings):
                from refslint.lookup.service import LookupService

                try:
                    self.lookup = LookupService(
                        settings, progress=self.progress, notify=self.notify
                    )
                except SettingError as exc:
                    raise SessionError(exc) from None
        elif settings != self._lookup_settings and not self._lookup_differs_told:
            self._lookup_differs_told = True
            source = self._lookup_source
            from refslint.notes import Note

            self.notify(
                Note(
                    f"{path}: its config's [tool.refslint.lookup] table differs from that of "
                    f"{source}; one lookup table serves a run, so {source}'s is used"
                )
            )
        return self.lookup


def answers_nothing(settings: LookupSettings) -> bool:
    """Offline with no answers kept: a lookup could answer nothing, so no lookup rule need run
    (and the lookup code need not load)."""
    return bool(settings.offline) and not settings.keeps_answers


def _strict_keeps_note(chosen: list[Rule], rules: Sequence[Rule], strict: bool) -> list[Rule]:
    """Under `--strict-lookup`, a lookup that could not verify is an error whatever the selection:
    the run-level lookup note (RL409) runs whenever any lookup rule does, so a CI gate never
    passes unverified."""
    from refslint.rule import Kind

    if not strict or not any(r.requires_lookup for r in chosen):
        return chosen
    note = [r for r in rules if r.kind is Kind.RUN and r.requires_lookup and r not in chosen]
    return [*chosen, *note]


class _Configs:
    """Config per file: an explicit file for all, a mapping for all, else the nearest one found.
    Each is read once; watching, the nearest is looked for again on each lint and read again
    when its modification time or size changed."""

    def __init__(
        self,
        session: Session,
        explicit: Path | None,
        mapping: Mapping[str, Any] | None,
        watch: bool,
    ):
        self._session = session
        self._explicit = explicit
        self._mapping = mapping
        self._watch = watch
        self._fixed: Config | None = None
        self._nearest: dict[Path, Path | None] = {}
        self._loaded: dict[Path | None, tuple[tuple[int, int], Config]] = {}

    def clear(self) -> None:
        self._nearest.clear()
        self._loaded.clear()

    def for_path(self, path: str) -> Config:
        from refslint import config

        try:
            if self._mapping is not None or self._explicit is not None:
                return self._fixed_config()
            folder = self._folder(path)
            if self._watch or folder not in self._nearest:
                self._nearest[folder] = config.find(folder)
            return self._load(self._nearest[folder])
        except (config.ConfigError, OSError) as exc:
            raise SessionError(exc) from None

    def _fixed_config(self) -> Config:
        from refslint import config

        if self._fixed is None:
            if self._mapping is not None:
                self._fixed = config.from_mapping(
                    self._mapping, self._session.rules, source="settings"
                )
            else:
                assert self._explicit is not None
                if not self._explicit.is_file():
                    raise config.ConfigError(f"{self._explicit}: config file not found")
                self._fixed = config.load(self._explicit, self._session.rules)
        return self._fixed

    @staticmethod
    def _folder(path: str) -> Path:
        if path == STDIN_NAME:
            return Path.cwd()
        folder = Path(path).parent
        return folder if folder.is_dir() else Path.cwd()

    def _load(self, found: Path | None) -> Config:
        from refslint import config

        if found is None:
            cached = self._loaded.get(None)
            if cached is None:
                cached = ((0, 0), config.Config())
                self._loaded[None] = cached
            return cached[1]
        stamp = (0, 0)
        if self._watch:
            status = found.stat()
            stamp = (status.st_mtime_ns, status.st_size)
        cached = self._loaded.get(found)
        if cached is None or cached[0] != stamp:
            cached = (stamp, config.load(found, self._session.rules))
            self._loaded[found] = cached
        return cached[1]
