"""The engine: Kleene laws, agreement with a naive evaluator, soundness."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from privacyrecht._engine import (
    AllOf,
    AnyOf,
    Branch,
    Const,
    End,
    Fact,
    Implies,
    Judgement,
    Leaf,
    Not,
    Predicate,
    Procedure,
    Step,
    StepKind,
    Truth,
    Unless,
    reasons,
)

from .strategies import KEYS, Ctx, contexts, predicates, truths

_NUM = {Truth.FALSE: Fraction(0), Truth.UNKNOWN: Fraction(1, 2), Truth.TRUE: Fraction(1)}
_BACK = {v: k for k, v in _NUM.items()}


def naive(p: Predicate[str], ctx: Ctx) -> Truth:
    """Kleene logic as min/max over 0 < 1/2 < 1: an independent oracle."""
    return _BACK[_value(p, ctx)]


def _value(p: Predicate[str], ctx: Ctx) -> Fraction:  # noqa: PLR0911 - one return per node kind
    if isinstance(p, Leaf):
        return _NUM[p.truth(ctx)]
    if isinstance(p, Const):
        return _NUM[p.value]
    if isinstance(p, AllOf):
        return min((_value(c, ctx) for c in p.parts), default=Fraction(1))
    if isinstance(p, AnyOf):
        return max((_value(c, ctx) for c in p.parts), default=Fraction(0))
    if isinstance(p, Not):
        return 1 - _value(p.part, ctx)
    if isinstance(p, Implies):
        return max(1 - _value(p.condition, ctx), _value(p.consequence, ctx))
    if isinstance(p, Unless):
        exceptions = max((_value(c, ctx) for c in p.exceptions), default=Fraction(0))
        return min(_value(p.rule, ctx), 1 - exceptions)
    raise AssertionError(p)


@given(truths, truths, truths)
def test_kleene_laws(a: Truth, b: Truth, c: Truth) -> None:
    assert a & b is b & a
    assert a | b is b | a
    assert (a & b) & c is a & (b & c)
    assert (a | b) | c is a | (b | c)
    assert a & (b | c) is (a & b) | (a & c)
    assert a | (b & c) is (a | b) & (a | c)
    assert ~(a & b) is ~a | ~b
    assert ~(a | b) is ~a & ~b
    assert ~~a is a
    assert a & Truth.TRUE is a
    assert a | Truth.FALSE is a
    assert a & (a | b) is a
    assert a | (a & b) is a


@given(predicates, contexts)
def test_agrees_with_naive_evaluator(p: Predicate[str], ctx: Ctx) -> None:
    assert p.truth(ctx) is naive(p, ctx)


@given(predicates, contexts)
def test_known_results_are_sound(p: Predicate[str], ctx: Ctx) -> None:
    value = p.truth(ctx)
    if value.known:
        assert all(p.truth(full) is value for full in ctx.completions())


@given(predicates, contexts)
def test_open_questions_iff_unknown(p: Predicate[str], ctx: Ctx) -> None:
    questions = p.open_questions(ctx)
    if p.truth(ctx) is Truth.UNKNOWN:
        assert questions
        unknown = {leaf.payload for leaf in p.leaves() if leaf.truth(ctx) is Truth.UNKNOWN}
        assert set(questions) <= unknown
    else:
        assert questions == ()


@st.composite
def procedures(draw: st.DrawFn) -> Procedure[str, str, str]:
    """A random layered step plan over random predicates."""
    n = draw(st.integers(1, 5))
    outcomes = st.sampled_from(["mag", "mag niet"])
    steps = []
    for i in range(n):
        kind = draw(st.sampled_from(list(StepKind)))
        later = [f"s{j}" for j in range(i + 1, n)]

        def branch(*, may_continue: bool, later: list[str] = later) -> Branch[str, str]:
            adds = tuple(draw(st.lists(st.sampled_from(["x", "y"]), max_size=1)))
            if may_continue and later and draw(st.booleans()):
                return Branch(to=draw(st.sampled_from(later)), adds=adds)
            return Branch(to=End(outcome=draw(outcomes)), adds=adds)

        steps.append(
            Step(
                key=f"s{i}",
                question="?",
                predicate=draw(predicates),
                if_true=branch(may_continue=True),
                if_false=branch(may_continue=kind is not StepKind.GATE),
                kind=kind,
            )
        )
    return Procedure(key="p", title="P", start="s0", steps={s.key: s for s in steps})


@given(procedures(), contexts)
def test_procedure_outcomes_are_sound(plan: Procedure[str, str, str], ctx: Ctx) -> None:
    run = plan.run(ctx)
    if run.outcome is None:
        assert run.open_questions
    else:
        assert all(plan.run(full).outcome == run.outcome for full in ctx.completions())
    assert KEYS


@given(procedures(), contexts)
def test_trace_records_each_answer_as_found(plan: Procedure[str, str, str], ctx: Ctx) -> None:
    run = plan.run(ctx)
    for visit in run.path:
        assert visit.truth is visit.step.predicate.truth(ctx)
    keys = [v.step.key for v in run.path]
    assert keys[0] == plan.start
    assert len(keys) == len(set(keys))


@given(predicates, contexts)
def test_reasons_suffice(p: Predicate[str], ctx: Ctx) -> None:
    """Keeping only the values of the reasons (all else unknown) gives the same answer."""
    value = p.truth(ctx)
    why = reasons(p, ctx)
    if not value.known:
        assert why == ()
        return
    facts = {r.key: ctx.fact(r.key) for r in why if isinstance(r, Fact)}
    judgements = {r.key: ctx.judgement(r.key) for r in why if isinstance(r, Judgement)}
    assert p.truth(Ctx(facts, judgements)) is value
    assert all(isinstance(r, Leaf | Const) for r in why)
