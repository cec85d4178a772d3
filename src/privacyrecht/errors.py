"""The errors privacyrecht raises.

A legal outcome is never an exception: ``mag niet`` and ``onbeslist`` are
values of :class:`privacyrecht.Uitkomst`.  Exceptions are for misuse only:
bad input, or a rule model that contradicts itself.  Every error subclasses
:class:`PrivacyrechtError` *and* the matching builtin, so ``except ValueError``
keeps working.
"""

from __future__ import annotations

import json

import attrs

__all__ = ["InputError", "ModelError", "PrivacyrechtError", "Problem", "join_path"]


def join_path(path: str, part: str | int) -> str:
    """Extend the JSON path ``path`` by a list index or an object key.

    >>> join_path("$.feiten", "strafbaar feit gepleegd")
    '$.feiten["strafbaar feit gepleegd"]'
    >>> join_path("$", "doel"), join_path("$.gegevens", 0)
    ('$.doel', '$.gegevens[0]')
    """
    if isinstance(part, int):
        return f"{path}[{part}]"
    if part.isidentifier():
        return f"{path}.{part}"
    return f"{path}[{json.dumps(part, ensure_ascii=False)}]"


class PrivacyrechtError(Exception):
    """Root of every error raised by privacyrecht."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with the input.

    Attributes:
        path: JSON path of the offending value, e.g. ``$.oordelen[0].motivering``.
        message: what is wrong, in Dutch (the users' language).
        expected: what would have been accepted (labels, a type, a range).
        suggestion: the closest accepted label, for a misspelt one.
    """

    path: str
    message: str
    expected: str = ""
    suggestion: str = ""

    def __str__(self) -> str:
        """One line: path, message, expectation and suggestion."""
        text = f"{self.path}: {self.message}"
        if self.expected:
            text += f" (verwacht: {self.expected})"
        if self.suggestion:
            text += f" — bedoelde u {self.suggestion!r}?"
        return text


class InputError(PrivacyrechtError, ValueError):
    """The input is not a valid case; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        """Collect ``problems`` (at least one)."""
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"ongeldige invoer ({len(self.problems)} probleem/problemen):\n{lines}")


class ModelError(PrivacyrechtError, ValueError):
    """A rule model (predicate or procedure) is inconsistent."""
