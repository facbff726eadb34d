"""refslint: a linter for numbered reference lists."""

__version__ = "0.1.0"
