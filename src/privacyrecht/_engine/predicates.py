"""Frozen predicate objects over three-valued facts and judgements.

A predicate is built once, at import time, and evaluated many times.  Each
carries a ``label`` (what it asks, for people) and ``cites`` (the provisions
and source passages it encodes).  Leaves read a *fact* or a *judgement* from a
:class:`Context`; every leaf also carries an opaque ``payload`` of type ``P``
that the caller gets back, unchanged, when the leaf is still unknown and its
value matters (an *open question*).

>>> from privacyrecht._engine.truth import Truth
>>> class Ctx:
...     facts = {"a": Truth.TRUE}
...     judgements: dict[str, Truth] = {}
>>> rule = all_of(fact("a", payload="is a?"), judgement("j", payload="judge j"), label="a and j")
>>> rule.truth(Ctx())
<Truth.UNKNOWN: 'unknown'>
>>> rule.open_questions(Ctx())
('judge j',)
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping
from typing import Generic, Protocol, TypeVar

import attrs

from privacyrecht._engine.truth import Truth
from privacyrecht.errors import ModelError

__all__ = [
    "AllOf",
    "AnyOf",
    "Citation",
    "Const",
    "Context",
    "Evaluation",
    "Fact",
    "Implies",
    "Judgement",
    "Leaf",
    "Not",
    "Predicate",
    "TraceNode",
    "Unless",
    "all_of",
    "any_of",
    "const",
    "evaluate",
    "fact",
    "implies",
    "judgement",
    "not_",
    "unless",
]

P = TypeVar("P")


class Citation(Protocol):
    """Anything that can be cited: a provision or a source passage."""

    def cite(self) -> str:
        """Return the citation as text."""
        ...  # pragma: no cover


class Context(Protocol):
    """What a leaf reads: facts and judgements by key, as three-valued truth.

    A key that is absent is ``UNKNOWN``: a fact not given, a judgement not made.
    """

    @property
    def facts(self) -> Mapping[str, Truth]:
        """Known facts by key."""
        ...  # pragma: no cover

    @property
    def judgements(self) -> Mapping[str, Truth]:
        """Judgements made, by key."""
        ...  # pragma: no cover


_UNKNOWN = Truth.UNKNOWN


@attrs.frozen(kw_only=True)
class TraceNode:
    """One evaluated predicate, with the nodes it was computed from."""

    label: str
    truth: Truth
    cites: tuple[Citation, ...]
    children: tuple[TraceNode, ...] = ()


@attrs.frozen(kw_only=True)
class Evaluation(Generic[P]):
    """The result of :func:`evaluate`: truth, open questions and trace."""

    truth: Truth
    open_questions: tuple[P, ...]
    trace: TraceNode


@attrs.frozen(kw_only=True)
class Predicate(abc.ABC, Generic[P]):
    """Base class of all predicates."""

    label: str
    cites: tuple[Citation, ...] = ()

    @abc.abstractmethod
    def truth(self, ctx: Context) -> Truth:
        """Evaluate to a three-valued truth."""

    def open_questions(self, ctx: Context) -> tuple[P, ...]:
        """Payloads of the unknown leaves that keep this predicate unknown.

        Empty whenever the predicate is known: an unknown leaf whose value
        cannot change the result is not a question.
        """
        found: list[P] = []
        self.collect(ctx, found)
        return tuple(found)

    @abc.abstractmethod
    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """Evaluate, appending to ``found`` the questions that keep the result unknown.

        One pass: the truth is the same as :meth:`truth`; nothing is appended
        when the result is known.
        """

    @abc.abstractmethod
    def children(self) -> tuple[Predicate[P], ...]:
        """The direct sub-predicates."""

    def leaves(self) -> Iterator[Leaf[P]]:
        """Every leaf below this predicate, depth first, left to right."""
        for child in self.children():
            yield from child.leaves()

    def trace(self, ctx: Context) -> TraceNode:
        """Evaluate and return the whole tree of results."""
        return TraceNode(
            label=self.label,
            truth=self.truth(ctx),
            cites=self.cites,
            children=tuple(c.trace(ctx) for c in self.children()),
        )


@attrs.frozen(kw_only=True)
class Leaf(Predicate[P]):
    """A predicate that reads one value from the context."""

    key: str
    payload: P

    def children(self) -> tuple[Predicate[P], ...]:
        """Leaves have no children."""
        return ()

    def leaves(self) -> Iterator[Leaf[P]]:
        """A leaf is its own only leaf."""
        yield self

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """The value; the payload is a question while the value is unknown."""
        value = self.truth(ctx)
        if value is Truth.UNKNOWN:
            found.append(self.payload)
        return value


@attrs.frozen(kw_only=True)
class Fact(Leaf[P]):
    """A leaf that reads a fact."""

    def truth(self, ctx: Context) -> Truth:
        """The fact's value in ``ctx``."""
        return ctx.facts.get(self.key, _UNKNOWN)


@attrs.frozen(kw_only=True)
class Judgement(Leaf[P]):
    """A leaf that reads a professional judgement."""

    def truth(self, ctx: Context) -> Truth:
        """The judgement's value in ``ctx``."""
        return ctx.judgements.get(self.key, _UNKNOWN)


def _known(_: object, __: attrs.Attribute[Truth], value: Truth) -> None:
    if value is Truth.UNKNOWN:
        # An unknown constant could never be answered: every unknown must come
        # from a leaf that names its open question.
        msg = "a constant must be TRUE or FALSE"
        raise ModelError(msg)


@attrs.frozen(kw_only=True)
class Const(Predicate[P]):
    """A predicate with a fixed, known value (a rule that always or never holds)."""

    value: Truth = attrs.field(validator=_known)

    def truth(self, ctx: Context) -> Truth:  # noqa: ARG002
        """The fixed value."""
        return self.value

    def collect(self, ctx: Context, found: list[P]) -> Truth:  # noqa: ARG002
        """A constant asks nothing."""
        return self.value

    def children(self) -> tuple[Predicate[P], ...]:
        """Constants have no children."""
        return ()


@attrs.frozen(kw_only=True)
class AllOf(Predicate[P]):
    """Kleene conjunction of the parts (true for no parts)."""

    parts: tuple[Predicate[P], ...]

    def truth(self, ctx: Context) -> Truth:
        """``FALSE`` if a part is false, else ``UNKNOWN`` if one is unknown."""
        result = Truth.TRUE
        for part in self.parts:
            value = part.truth(ctx)
            if value is Truth.FALSE:
                return Truth.FALSE
            if value is Truth.UNKNOWN:
                result = Truth.UNKNOWN
        return result

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """Questions of the unknown parts, while no part is false."""
        mark = len(found)
        result = Truth.TRUE
        for part in self.parts:
            value = part.collect(ctx, found)
            if value is Truth.FALSE:
                del found[mark:]
                return Truth.FALSE
            if value is Truth.UNKNOWN:
                result = Truth.UNKNOWN
        return result

    def children(self) -> tuple[Predicate[P], ...]:
        """The parts."""
        return self.parts


@attrs.frozen(kw_only=True)
class AnyOf(Predicate[P]):
    """Kleene disjunction of the parts (false for no parts)."""

    parts: tuple[Predicate[P], ...]

    def truth(self, ctx: Context) -> Truth:
        """``TRUE`` if a part is true, else ``UNKNOWN`` if one is unknown."""
        result = Truth.FALSE
        for part in self.parts:
            value = part.truth(ctx)
            if value is Truth.TRUE:
                return Truth.TRUE
            if value is Truth.UNKNOWN:
                result = Truth.UNKNOWN
        return result

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """Questions of the unknown parts, while no part is true."""
        mark = len(found)
        result = Truth.FALSE
        for part in self.parts:
            value = part.collect(ctx, found)
            if value is Truth.TRUE:
                del found[mark:]
                return Truth.TRUE
            if value is Truth.UNKNOWN:
                result = Truth.UNKNOWN
        return result

    def children(self) -> tuple[Predicate[P], ...]:
        """The parts."""
        return self.parts


@attrs.frozen(kw_only=True)
class Not(Predicate[P]):
    """Kleene negation."""

    part: Predicate[P]

    def truth(self, ctx: Context) -> Truth:
        """The negated value."""
        return ~self.part.truth(ctx)

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """The negated value; the part's questions."""
        return ~self.part.collect(ctx, found)

    def children(self) -> tuple[Predicate[P], ...]:
        """The negated part."""
        return (self.part,)


@attrs.frozen(kw_only=True)
class Unless(Predicate[P]):
    """A rule with exceptions: the rule holds and no exception applies."""

    rule: Predicate[P]
    exceptions: tuple[Predicate[P], ...]

    def truth(self, ctx: Context) -> Truth:
        """``rule AND NOT (any exception)``, in Kleene logic."""
        value = self.rule.truth(ctx)
        if value is Truth.FALSE:
            return Truth.FALSE
        for exception in self.exceptions:
            applies = exception.truth(ctx)
            if applies is Truth.TRUE:
                return Truth.FALSE
            if applies is Truth.UNKNOWN:
                value = Truth.UNKNOWN
        return value

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """Questions of the rule and of the exceptions still unknown."""
        mark = len(found)
        value = self.rule.collect(ctx, found)
        if value is Truth.FALSE:
            del found[mark:]
            return Truth.FALSE
        for exception in self.exceptions:
            applies = exception.collect(ctx, found)
            if applies is Truth.TRUE:
                del found[mark:]
                return Truth.FALSE
            if applies is Truth.UNKNOWN:
                value = Truth.UNKNOWN
        return value

    def children(self) -> tuple[Predicate[P], ...]:
        """The rule, then the exceptions."""
        return (self.rule, *self.exceptions)


@attrs.frozen(kw_only=True)
class Implies(Predicate[P]):
    """Kleene implication: if ``condition`` holds, ``consequence`` must hold.

    The same as ``any_of(not_(condition), consequence)``, in one node.
    """

    condition: Predicate[P]
    consequence: Predicate[P]

    def truth(self, ctx: Context) -> Truth:
        """``TRUE`` when the condition is false or the consequence true."""
        condition = self.condition.truth(ctx)
        if condition is Truth.FALSE:
            return Truth.TRUE
        consequence = self.consequence.truth(ctx)
        if consequence is Truth.TRUE:
            return Truth.TRUE
        if condition is Truth.TRUE and consequence is Truth.FALSE:
            return Truth.FALSE
        return Truth.UNKNOWN

    def collect(self, ctx: Context, found: list[P]) -> Truth:
        """Questions of the condition and the consequence, while unknown."""
        mark = len(found)
        condition = self.condition.collect(ctx, found)
        if condition is Truth.FALSE:
            del found[mark:]
            return Truth.TRUE
        consequence = self.consequence.collect(ctx, found)
        if consequence is Truth.TRUE:
            del found[mark:]
            return Truth.TRUE
        if condition is Truth.TRUE and consequence is Truth.FALSE:
            return Truth.FALSE
        return Truth.UNKNOWN

    def children(self) -> tuple[Predicate[P], ...]:
        """The condition, then the consequence."""
        return (self.condition, self.consequence)


def implies(
    condition: Predicate[P],
    consequence: Predicate[P],
    *,
    label: str,
    cites: tuple[Citation, ...] = (),
) -> Implies[P]:
    """If ``condition`` holds, ``consequence`` must hold (Kleene implication)."""
    return Implies(condition=condition, consequence=consequence, label=label, cites=cites)


def fact(key: str, *, payload: P, label: str = "", cites: tuple[Citation, ...] = ()) -> Fact[P]:
    """A leaf reading fact ``key``; ``payload`` is returned while it is unknown."""
    return Fact(key=key, payload=payload, label=label or key, cites=cites)


def judgement(
    key: str, *, payload: P, label: str = "", cites: tuple[Citation, ...] = ()
) -> Judgement[P]:
    """A leaf reading judgement ``key``; ``payload`` is returned while it is unknown."""
    return Judgement(key=key, payload=payload, label=label or key, cites=cites)


def const(value: Truth, *, label: str, cites: tuple[Citation, ...] = ()) -> Const[P]:
    """A predicate with a fixed value."""
    return Const(value=value, label=label, cites=cites)


def all_of(*parts: Predicate[P], label: str, cites: tuple[Citation, ...] = ()) -> AllOf[P]:
    """Kleene conjunction."""
    return AllOf(parts=parts, label=label, cites=cites)


def any_of(*parts: Predicate[P], label: str, cites: tuple[Citation, ...] = ()) -> AnyOf[P]:
    """Kleene disjunction."""
    return AnyOf(parts=parts, label=label, cites=cites)


def not_(part: Predicate[P], *, label: str, cites: tuple[Citation, ...] = ()) -> Not[P]:
    """Kleene negation."""
    return Not(part=part, label=label, cites=cites)


def unless(
    rule: Predicate[P],
    *exceptions: Predicate[P],
    label: str,
    cites: tuple[Citation, ...] = (),
) -> Unless[P]:
    """``rule`` holds unless one of ``exceptions`` applies."""
    return Unless(rule=rule, exceptions=exceptions, label=label, cites=cites)


def evaluate(predicate: Predicate[P], ctx: Context) -> Evaluation[P]:
    """Evaluate ``predicate`` and return truth, open questions and trace."""
    return Evaluation(
        truth=predicate.truth(ctx),
        open_questions=predicate.open_questions(ctx),
        trace=predicate.trace(ctx),
    )
