"""Why a predicate has the value it has: the leaves that decide it.

For a known value, :func:`reasons` returns the leaves (and constants) whose
values make the predicate come out that way: for a false conjunction its false
parts, for a true disjunction its true parts, for a violated implication its
condition and its consequence, and so on down the tree.  An unknown value has
no reasons, only open questions.

>>> from privacyrecht._engine.predicates import all_of, fact
>>> from privacyrecht._engine.truth import Truth
>>> class Ctx:
...     facts = {"a": Truth.TRUE, "b": Truth.FALSE}
...     judgements: dict[str, Truth] = {}
>>> [p.key for p in reasons(all_of(fact("a", payload=1), fact("b", payload=2), label="a and b"), Ctx())]
['b']
"""

from __future__ import annotations

from typing import TypeVar

from privacyrecht._engine.predicates import (
    AllOf,
    AnyOf,
    Const,
    Context,
    Implies,
    Leaf,
    Not,
    Predicate,
    Unless,
)
from privacyrecht._engine.truth import Truth
from privacyrecht.errors import ModelError

__all__ = ["reasons"]

P = TypeVar("P")


def reasons(predicate: Predicate[P], ctx: Context) -> tuple[Predicate[P], ...]:
    """The leaves and constants that decide the known value of ``predicate`` in ``ctx``."""
    value = predicate.truth(ctx)
    if value is Truth.UNKNOWN:
        return ()
    found: list[Predicate[P]] = []
    _why(predicate, ctx, value, found)
    unique: dict[int, Predicate[P]] = {}
    for p in found:
        unique.setdefault(id(p), p)
    return tuple(unique.values())


def _parts_with(parts: tuple[Predicate[P], ...], ctx: Context, value: Truth) -> list[Predicate[P]]:
    return [p for p in parts if p.truth(ctx) is value]


def _why(p: Predicate[P], ctx: Context, value: Truth, found: list[Predicate[P]]) -> None:
    if isinstance(p, (Leaf, Const)):
        found.append(p)
    elif isinstance(p, Not):
        _why(p.part, ctx, ~value, found)
    elif isinstance(p, (AllOf, AnyOf)):
        # A conjunction is decided by its false parts when false and by all parts
        # when true; a disjunction the other way round.  Either way: the parts
        # that have the predicate's own value.
        for part in _parts_with(p.parts, ctx, value):
            _why(part, ctx, value, found)
    elif isinstance(p, Implies):
        _why_implies(p, ctx, value, found)
    elif isinstance(p, Unless):
        _why_unless(p, ctx, value, found)
    else:  # pragma: no cover - every kind of predicate is handled above
        msg = f"no reasons for {type(p).__name__}"
        raise ModelError(msg)


def _why_implies(p: Implies[P], ctx: Context, value: Truth, found: list[Predicate[P]]) -> None:
    # Violated: the condition holds and the consequence does not.  Satisfied:
    # the condition fails, or else the consequence holds.
    condition = p.condition.truth(ctx)
    if value is Truth.FALSE:
        _why(p.condition, ctx, Truth.TRUE, found)
        _why(p.consequence, ctx, Truth.FALSE, found)
    elif condition is Truth.FALSE:
        _why(p.condition, ctx, Truth.FALSE, found)
    else:
        _why(p.consequence, ctx, Truth.TRUE, found)


def _why_unless(p: Unless[P], ctx: Context, value: Truth, found: list[Predicate[P]]) -> None:
    rule = p.rule.truth(ctx)
    if value is Truth.TRUE or rule is Truth.FALSE:
        _why(p.rule, ctx, rule, found)
    if value is Truth.TRUE:
        for exception in p.exceptions:
            _why(exception, ctx, Truth.FALSE, found)
    elif rule is not Truth.FALSE:
        for exception in _parts_with(p.exceptions, ctx, Truth.TRUE):
            _why(exception, ctx, Truth.TRUE, found)
