"""Kleene's strong three-valued logic.

``Truth`` has three values: ``TRUE``, ``FALSE`` and ``UNKNOWN``.  ``UNKNOWN``
means "not yet known": a fact that was not given, a judgement that was not
made.  The connectives are Kleene's strong ones, so a result that is ``TRUE``
or ``FALSE`` stays the same whatever the unknown inputs later turn out to be.

>>> Truth.TRUE & Truth.UNKNOWN
<Truth.UNKNOWN: 'unknown'>
>>> Truth.FALSE & Truth.UNKNOWN
<Truth.FALSE: 'false'>
>>> ~Truth.UNKNOWN
<Truth.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import enum

__all__ = ["Truth"]


class Truth(enum.Enum):
    """A three-valued truth value."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"

    # Members are singletons compared by identity; the C-level identity hash
    # keeps dictionary look-ups keyed by truth values off the Python level.
    __hash__ = object.__hash__

    @classmethod
    def of(cls, value: bool | None) -> Truth:
        """Map ``True``/``False``/``None`` to a truth value.

        >>> Truth.of(None)
        <Truth.UNKNOWN: 'unknown'>
        """
        if value is None:
            return cls.UNKNOWN
        return cls.TRUE if value else cls.FALSE

    @property
    def known(self) -> bool:
        """Whether the value is ``TRUE`` or ``FALSE``."""
        return self is not Truth.UNKNOWN

    def __and__(self, other: Truth) -> Truth:
        """Kleene conjunction."""
        if self is Truth.FALSE or other is Truth.FALSE:
            return Truth.FALSE
        if self is Truth.TRUE and other is Truth.TRUE:
            return Truth.TRUE
        return Truth.UNKNOWN

    def __or__(self, other: Truth) -> Truth:
        """Kleene disjunction."""
        if self is Truth.TRUE or other is Truth.TRUE:
            return Truth.TRUE
        if self is Truth.FALSE and other is Truth.FALSE:
            return Truth.FALSE
        return Truth.UNKNOWN

    def __invert__(self) -> Truth:
        """Kleene negation."""
        if self is Truth.TRUE:
            return Truth.FALSE
        if self is Truth.FALSE:
            return Truth.TRUE
        return Truth.UNKNOWN
