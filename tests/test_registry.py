"""Rule discovery through entry points, and selection by code and prefix."""

from __future__ import annotations

import pytest

from refslint.api import Category, Severity, rule
from refslint.registry import (
    RegistryError,
    Selection,
    SelectionError,
    load_rules,
    select_rules,
    split_codes,
    without,
)

RULE_SOURCE = """
from refslint.api import Category, Diagnostic, Severity, rule

@rule(code="{code}", name="{name}", category=Category.FORMAT, severity=Severity.INFO, summary="s")
def check(ref, ctx):
    yield from ()
"""


def make(code: str, *, default_enabled: bool = True):
    @rule(
        code=code,
        name=code.lower(),
        category=Category.FORMAT,
        severity=Severity.ERROR,
        summary="s",
        default_enabled=default_enabled,
    )
    def check(ref, ctx):
        yield from ()

    return check


RULES = [
    make("RL101"),
    make("RL102"),
    make("RL301"),
    make("RL302"),
    make("RL801", default_enabled=False),
]


def chosen(*layers: Selection) -> list[str]:
    return [r.code for r in select_rules(RULES, layers)]


def test_builtin_rules_are_discovered_sorted_and_unique():
    rules = load_rules()
    codes = [r.code for r in rules]
    assert codes == sorted(set(codes))
    parse = next(r for r in rules if r.code == "RL001")
    assert parse.name == "parse-error"
    assert parse.origin == "plugin 'parse' (dist refslint)"


def test_default_set_leaves_out_opt_in_rules():
    assert chosen() == ["RL101", "RL102", "RL301", "RL302"]


def test_select_replaces_extend_select_adds_ignore_removes():
    assert chosen(Selection(select=("RL3",))) == ["RL301", "RL302"]
    assert chosen(Selection(extend_select=("RL801",))) == [
        "RL101",
        "RL102",
        "RL301",
        "RL302",
        "RL801",
    ]
    assert chosen(Selection(ignore=("RL1",))) == ["RL301", "RL302"]
    assert chosen(Selection(select=("ALL",))) == [r.code for r in RULES]


def test_the_more_specific_selector_wins_and_ignore_wins_ties():
    assert chosen(Selection(select=("RL3",), ignore=("RL301",))) == ["RL302"]
    assert chosen(Selection(select=("RL301",), ignore=("RL3",))) == ["RL301"]
    assert chosen(Selection(select=("RL3",), ignore=("RL3",))) == []
    assert chosen(Selection(select=("ALL",), ignore=("ALL",))) == []


def test_a_later_layer_with_select_starts_afresh():
    config = Selection(select=("RL1",), ignore=("RL102",))
    assert chosen(config, Selection()) == ["RL101"]
    assert chosen(config, Selection(extend_select=("RL301",))) == ["RL101", "RL301"]
    assert chosen(config, Selection(select=("RL102",))) == ["RL102"]


def test_unknown_selectors_are_errors_with_a_suggestion():
    with pytest.raises(
        SelectionError, match=r"unknown rule code or prefix 'RL3O1' \(did you mean 'RL301'\?\)"
    ):
        chosen(Selection(select=("RL3O1",)))
    with pytest.raises(SelectionError, match="'RL9'"):
        chosen(Selection(ignore=("RL9",)))


def test_split_codes_and_without():
    assert split_codes(" rl1, RL204 ,,") == ("RL1", "RL204")
    assert [r.code for r in without(RULES, ["RL1", "RL302"])] == ["RL301", "RL801"]
    assert without(RULES, ["ALL"]) == []


def test_a_plugin_module_contributes_every_rule_it_holds(plugin):
    plugin(
        RULE_SOURCE.format(code="XT001", name="extra-one")
        + RULE_SOURCE.format(code="XT002", name="extra-two").replace("def check", "def check2")
    )
    codes = [r.code for r in load_rules()]
    assert {"XT001", "XT002"} <= set(codes)
    assert codes == sorted(codes)


def test_a_plugin_can_name_one_rule_object(plugin):
    plugin(RULE_SOURCE.format(code="XT003", name="extra-three"), target="check")
    extra = next(r for r in load_rules() if r.code == "XT003")
    assert extra.origin.startswith("plugin 'extra1' (dist refslint-test-plugin-1)")


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        (
            "raise ImportError('no module named lookupx')",
            None,
            r"plugin 'extra1' \(dist refslint-test-plugin-1\): cannot load .*"
            r"ImportError: no module named lookupx",
        ),
        (
            RULE_SOURCE.format(code="rl1", name="lower"),
            None,
            r"plugin 'extra1' \(dist refslint-test-plugin-1\): rule 'lower' has code 'rl1'",
        ),
        (
            RULE_SOURCE.format(code="RL101", name="clash"),
            None,
            r"^plugin '(numbering|extra1)' .*: "
            r"rule code RL101 is also declared by plugin '(numbering|extra1)'",
        ),
        (
            "check = 42",
            "check",
            r"plugin 'extra1' .*: .*:check is neither a module nor a Rule \(int\)",
        ),
    ],
)
def test_broken_plugins_are_named(plugin, source, target, message):
    plugin(source, target=target)
    with pytest.raises(RegistryError, match=message):
        load_rules()
