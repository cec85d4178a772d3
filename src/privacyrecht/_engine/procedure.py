"""Executable step plans over three-valued predicates.

A :class:`Procedure` is a graph of :class:`Step` objects.  Each step asks one
question, answered by a predicate; the answer ``TRUE`` or ``FALSE`` selects a
:class:`Branch`, which goes to another step or ends in an outcome, and may add
*contributions* (for example the provision a route rests on).

When a step's predicate is ``UNKNOWN`` both branches are run:

* If they end in the same outcome, that outcome is the result: the unknown
  value does not matter.  Which branch's contributions (reasons) are kept
  depends on the kind of step and on whether the outcome is *affirmative*
  (a permission; the procedure's ``affirmative`` says which outcomes are):

  - A *gate* (for example "is it necessary?"; if not, the procedure ends):
    its false branch rests on the unknown answer itself, while the true
    branch went on and found a reason that holds regardless, so the true
    branch is kept.
  - An *alternative* looks for one of several routes (for example "is there
    consent?"; if not, the next possible ground is tried).  For an
    affirmative outcome its false branch found a route that holds whatever
    the answer is, so the false branch is kept.
  - A *route* only chooses between two continuations (for example "is the
    recipient the police?"): an affirmative outcome is kept only when both
    branches also give the same contributions.
  - For the same *refusal* on both branches of an alternative or a route,
    each branch fails for its own reasons; the reasons of both are kept.
* Otherwise the run is *undetermined*: its outcome is ``None`` and it lists
  the open questions of the step and of both continuations.

This makes a determined outcome sound: filling in the unknown values can never
change it.  (The choice of reasons for a gate assumes that a gate's false
branch ends the procedure, which :class:`Procedure` checks.)
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Generic, NamedTuple, TypeAlias, TypeVar

import attrs

from privacyrecht._engine.predicates import Citation, Context, Predicate
from privacyrecht._engine.truth import Truth
from privacyrecht.errors import ModelError

__all__ = ["Branch", "End", "Procedure", "Run", "Step", "StepKind", "Visit"]

P = TypeVar("P")
O = TypeVar("O")  # noqa: E741
C = TypeVar("C")


class StepKind(enum.Enum):
    """How a step's unknown answer is resolved (see the module docstring)."""

    GATE = "gate"
    ALTERNATIVE = "alternative"
    ROUTE = "route"


@attrs.frozen(kw_only=True)
class End(Generic[O]):
    """A terminal: the procedure ends with ``outcome``."""

    outcome: O


@attrs.frozen(kw_only=True)
class Branch(Generic[O, C]):
    """Where an answer leads (a step key or an :class:`End`) and what it adds."""

    to: str | End[O]
    adds: tuple[C, ...] = ()


@attrs.frozen(kw_only=True)
class Step(Generic[P, O, C]):
    """One question of a procedure."""

    key: str
    question: str
    predicate: Predicate[P]
    if_true: Branch[O, C]
    if_false: Branch[O, C]
    kind: StepKind = StepKind.GATE
    cites: tuple[Citation, ...] = ()


@attrs.frozen(kw_only=True)
class Visit(Generic[P, O, C]):
    """A step as it was passed, with the answer found."""

    step: Step[P, O, C]
    truth: Truth


@attrs.frozen(kw_only=True)
class Run(Generic[P, O, C]):
    """The result of running a procedure.

    ``outcome`` is ``None`` when the run is undetermined; ``open_questions``
    then says what must be answered.
    """

    outcome: O | None
    adds: tuple[C, ...]
    path: tuple[Visit[P, O, C], ...]
    open_questions: tuple[P, ...]


def _dedupe(items: tuple[P, ...]) -> tuple[P, ...]:
    """Drop repeated questions (the same payload object), keeping the first."""
    seen: set[int] = set()
    kept: list[P] = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            kept.append(item)
    return tuple(kept)


class _Tail(NamedTuple, Generic[P, O, C]):
    """The result from a step onwards (``outcome`` ``None``: undetermined)."""

    outcome: O | None
    adds: tuple[C, ...]
    path: tuple[Visit[P, O, C], ...]
    questions: tuple[P, ...]


#: A precomputed answer of a step: the visit to record, what the branch adds,
#: and the next step's key or (``None`` and) the outcome it ends in.
_Edge: TypeAlias = tuple["Visit[P, O, C]", tuple[C, ...], str | None, O | None]


def _never(_: object) -> bool:
    return False


@attrs.frozen(kw_only=True)
class Procedure(Generic[P, O, C]):
    """A validated, acyclic graph of steps starting at ``start``."""

    key: str
    title: str
    start: str
    steps: Mapping[str, Step[P, O, C]]
    affirmative: Callable[[O], bool] = attrs.field(default=_never)
    _visits: Mapping[tuple[str, Truth], Visit[P, O, C]] = attrs.field(
        init=False, repr=False, eq=False
    )
    _edges: Mapping[str, tuple[Predicate[P], _Edge[P, O, C], _Edge[P, O, C]]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        """Check that every target exists and that the graph has no cycle."""
        visits = {(k, t): Visit(step=s, truth=t) for k, s in self.steps.items() for t in Truth}
        object.__setattr__(self, "_visits", visits)

        def edge(key: str, truth: Truth, branch: Branch[O, C]) -> _Edge[P, O, C]:
            if isinstance(branch.to, End):
                return (visits[(key, truth)], branch.adds, None, branch.to.outcome)
            return (visits[(key, truth)], branch.adds, branch.to, None)

        object.__setattr__(
            self,
            "_edges",
            {
                k: (s.predicate, edge(k, Truth.TRUE, s.if_true), edge(k, Truth.FALSE, s.if_false))
                for k, s in self.steps.items()
            },
        )
        if self.start not in self.steps:
            msg = f"{self.key}: start step {self.start!r} does not exist"
            raise ModelError(msg)
        for key, step in self.steps.items():
            if key != step.key:
                msg = f"{self.key}: step stored under {key!r} is called {step.key!r}"
                raise ModelError(msg)
            for branch in (step.if_true, step.if_false):
                if isinstance(branch.to, str) and branch.to not in self.steps:
                    msg = f"{self.key}: step {key!r} leads to unknown step {branch.to!r}"
                    raise ModelError(msg)
            if step.kind is StepKind.GATE and isinstance(step.if_false.to, str):
                msg = f"{self.key}: gate {key!r} must end the procedure when false"
                raise ModelError(msg)
        self._check_acyclic(self.start, ())

    def _check_acyclic(self, key: str, above: tuple[str, ...]) -> None:
        if key in above:
            msg = f"{self.key}: cycle through step {key!r}"
            raise ModelError(msg)
        step = self.steps[key]
        for branch in (step.if_true, step.if_false):
            if isinstance(branch.to, str):
                self._check_acyclic(branch.to, (*above, key))

    def run(self, ctx: Context) -> Run[P, O, C]:
        """Run the procedure on ``ctx``.

        Each step is evaluated at most once per run: the result from a step
        onwards does not depend on how the step was reached, so it is kept and
        reused when both branches of an unknown answer meet again.
        """
        # Fast path: follow known answers without recursion; explore only from
        # the first unknown answer on.
        key = self.start
        adds: list[C] = []
        path: list[Visit[P, O, C]] = []
        edges = self._edges
        while True:
            predicate, if_true, if_false = edges[key]
            truth = predicate.truth(ctx)
            if truth is Truth.TRUE:
                visit, branch_adds, target, outcome = if_true
            elif truth is Truth.FALSE:
                visit, branch_adds, target, outcome = if_false
            else:
                tail = self._tail(key, ctx, {})
                return Run(
                    outcome=tail.outcome,
                    adds=(*adds, *tail.adds),
                    path=(*path, *tail.path),
                    open_questions=_dedupe(tail.questions),
                )
            path.append(visit)
            if branch_adds:
                adds.extend(branch_adds)
            if target is None:
                return Run(outcome=outcome, adds=tuple(adds), path=tuple(path), open_questions=())
            key = target

    def _tail(self, key: str, ctx: Context, memo: dict[str, _Tail[P, O, C]]) -> _Tail[P, O, C]:
        """The result from step ``key`` onwards: outcome, contributions, path, questions."""
        known = memo.get(key)
        if known is not None:
            return known
        predicate, if_true, if_false = self._edges[key]
        questions: list[P] = []
        truth = predicate.collect(ctx, questions)
        if truth is Truth.TRUE:
            result = self._take(if_true, ctx, memo)
        elif truth is Truth.FALSE:
            result = self._take(if_false, ctx, memo)
        else:
            yes = self._take(if_true, ctx, memo)
            no = self._take(if_false, ctx, memo)
            visit = self._visits[(key, truth)]
            result = self._merge(self.steps[key], visit, yes, no, tuple(questions))
        memo[key] = result
        return result

    def _take(
        self, edge: _Edge[P, O, C], ctx: Context, memo: dict[str, _Tail[P, O, C]]
    ) -> _Tail[P, O, C]:
        """The result of following ``edge``: its visit and contributions, then the rest."""
        visit, adds, target, outcome = edge
        if target is None:
            return tuple.__new__(_Tail, (outcome, adds, (visit,), ()))
        rest = self._tail(target, ctx, memo)
        return tuple.__new__(
            _Tail,
            (
                rest.outcome,
                adds + rest.adds if adds else rest.adds,
                (visit, *rest.path),
                rest.questions,
            ),
        )

    def _merge(
        self,
        step: Step[P, O, C],
        visit: Visit[P, O, C],
        yes: _Tail[P, O, C],
        no: _Tail[P, O, C],
        own: tuple[P, ...],
    ) -> _Tail[P, O, C]:
        # ``yes`` and ``no`` start with this step answered; the trace records it
        # as unknown.
        if no.outcome is not None and no.outcome == yes.outcome:
            if step.kind is StepKind.GATE:
                return tuple.__new__(_Tail, (yes.outcome, yes.adds, (visit, *yes.path[1:]), ()))
            if not self.affirmative(no.outcome):
                # The same refusal either way, each time for the reasons of its own
                # branch: report the reasons of both (the true branch's path, which
                # went further, is the trace).
                known = {id(a) for a in yes.adds}
                extra = tuple(a for a in no.adds if id(a) not in known)
                return tuple.__new__(
                    _Tail, (yes.outcome, yes.adds + extra, (visit, *yes.path[1:]), ())
                )
            if step.kind is StepKind.ALTERNATIVE or no.adds == yes.adds:
                return tuple.__new__(_Tail, (no.outcome, no.adds, (visit, *no.path[1:]), ()))
        questions = own + yes.questions + no.questions
        return tuple.__new__(_Tail, (None, (), (visit,), questions))
