"""A rule's documentation as `--explain CODE` prints it and the language server shows on hover."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refslint.rule import Rule


def explain_text(found: Rule) -> str:
    """The rule's code, name and summary, its traits on one line, then its documentation."""
    lines = [f"{found.code} {found.name}: {found.summary}"]
    traits = [
        f"category: {found.category}",
        f"severity: {found.severity}",
        f"fixable: {'yes' if found.fixable else 'no'}",
    ]
    if not found.default_enabled:
        traits.append("off by default")
    if found.origin:
        traits.append(f"from {found.origin}")
    lines.append("; ".join(traits))
    if found.docs:
        lines.extend(["", found.docs])
    return "\n".join(lines)


def explain_markdown(found: Rule) -> str:
    """The same as Markdown: the first line in bold, the documentation's examples as code."""
    from refslint.reporters.sarif import docs_markdown

    title, rest = explain_text(found).split("\n", 1)
    return f"**{title}**\n\n{docs_markdown(rest)}"
