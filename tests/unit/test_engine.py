"""Unit tests of the engine: predicates, trace, open questions, procedures."""

from __future__ import annotations

import pytest

from privacyrecht._engine import (
    Branch,
    Const,
    End,
    Leaf,
    Predicate,
    Procedure,
    Step,
    StepKind,
    Truth,
    all_of,
    any_of,
    const,
    evaluate,
    fact,
    implies,
    judgement,
    not_,
    reasons,
    unless,
)
from privacyrecht.errors import ModelError

T, F, U = Truth.TRUE, Truth.FALSE, Truth.UNKNOWN


class Ctx:
    def __init__(
        self, facts: dict[str, Truth] | None = None, judgements: dict[str, Truth] | None = None
    ) -> None:
        self.facts = facts or {}
        self.judgements = judgements or {}


A = fact("a", payload="qa")
B = fact("b", payload="qb")
J = judgement("j", payload="qj")


@pytest.mark.parametrize(
    ("value", "expected"), [(True, T), (False, F), (None, U)], ids=["true", "false", "none"]
)
def test_truth_of(value: bool | None, expected: Truth) -> None:
    assert Truth.of(value) is expected
    assert expected.known is (value is not None)


@pytest.mark.parametrize(
    ("a", "b", "conj", "disj"),
    [
        (T, T, T, T),
        (T, F, F, T),
        (T, U, U, T),
        (F, F, F, F),
        (F, U, F, U),
        (U, U, U, U),
    ],
)
def test_truth_tables(a: Truth, b: Truth, conj: Truth, disj: Truth) -> None:
    assert a & b is conj
    assert b & a is conj
    assert a | b is disj
    assert b | a is disj


def test_negation() -> None:
    assert ~T is F
    assert ~F is T
    assert ~U is U


def test_leaves_read_facts_and_judgements() -> None:
    ctx = Ctx({"a": T}, {"j": F})
    assert A.truth(ctx) is T
    assert J.truth(ctx) is F
    assert B.truth(ctx) is U
    assert B.open_questions(ctx) == ("qb",)
    assert A.open_questions(ctx) == ()
    assert list(A.leaves()) == [A]
    assert A.label == "a"


def test_const() -> None:
    with pytest.raises(ModelError, match="TRUE or FALSE"):
        const(U, label="never answerable")
    c: Const[str] = const(T, label="always")
    assert c.truth(Ctx()) is T
    assert c.open_questions(Ctx()) == ()
    assert list(c.leaves()) == []


@pytest.mark.parametrize(
    ("facts", "truth", "questions"),
    [
        ({"a": T, "b": T}, T, ()),
        ({"a": F}, F, ()),
        ({"a": T}, U, ("qb",)),
        ({}, U, ("qa", "qb")),
    ],
    ids=["both-true", "one-false", "one-unknown", "all-unknown"],
)
def test_all_of(facts: dict[str, Truth], truth: Truth, questions: tuple[str, ...]) -> None:
    p = all_of(A, B, label="a and b")
    assert p.truth(Ctx(facts)) is truth
    assert p.open_questions(Ctx(facts)) == questions


@pytest.mark.parametrize(
    ("facts", "truth", "questions"),
    [
        ({"a": F, "b": F}, F, ()),
        ({"b": T}, T, ()),
        ({"a": F}, U, ("qb",)),
        ({}, U, ("qa", "qb")),
    ],
    ids=["both-false", "one-true", "one-unknown", "all-unknown"],
)
def test_any_of(facts: dict[str, Truth], truth: Truth, questions: tuple[str, ...]) -> None:
    p = any_of(A, B, label="a or b")
    assert p.truth(Ctx(facts)) is truth
    assert p.open_questions(Ctx(facts)) == questions


def test_empty_combinators() -> None:
    assert all_of(label="none").truth(Ctx()) is T
    assert any_of(label="none").truth(Ctx()) is F


def test_not() -> None:
    p = not_(A, label="not a")
    assert p.truth(Ctx({"a": T})) is F
    assert p.open_questions(Ctx()) == ("qa",)
    assert p.children() == (A,)


@pytest.mark.parametrize(
    ("facts", "judgements", "truth", "questions"),
    [
        ({"a": F}, {}, F, ()),
        ({"a": T, "b": T}, {}, F, ()),
        ({"a": T, "b": F}, {"j": F}, T, ()),
        ({"a": T, "b": F}, {}, U, ("qj",)),
        ({"b": F}, {"j": F}, U, ("qa",)),
        ({}, {"j": F}, U, ("qa", "qb")),
    ],
    ids=[
        "rule-false",
        "exception-applies",
        "no-exception",
        "exception-unknown",
        "rule-unknown",
        "both-unknown",
    ],
)
def test_unless(
    facts: dict[str, Truth], judgements: dict[str, Truth], truth: Truth, questions: tuple[str, ...]
) -> None:
    p = unless(A, B, J, label="a unless b or j")
    ctx = Ctx(facts, judgements)
    assert p.truth(ctx) is truth
    assert p.open_questions(ctx) == questions
    assert [leaf.key for leaf in p.leaves()] == ["a", "b", "j"]


@pytest.mark.parametrize(
    ("facts", "truth", "questions"),
    [
        ({"a": F}, T, ()),
        ({"b": T}, T, ()),
        ({"a": T, "b": F}, F, ()),
        ({"a": T}, U, ("qb",)),
        ({"b": F}, U, ("qa",)),
        ({}, U, ("qa", "qb")),
    ],
    ids=[
        "condition-false",
        "consequence-true",
        "violated",
        "consequence-unknown",
        "condition-unknown",
        "both-unknown",
    ],
)
def test_implies(facts: dict[str, Truth], truth: Truth, questions: tuple[str, ...]) -> None:
    p = implies(A, B, label="if a then b")
    assert p.truth(Ctx(facts)) is truth
    assert p.open_questions(Ctx(facts)) == questions
    assert p.children() == (A, B)


def test_evaluate_returns_trace() -> None:
    p = all_of(A, not_(B, label="not b"), label="a and not b", cites=())
    result = evaluate(p, Ctx({"a": T}))
    assert result.truth is U
    assert result.open_questions == ("qb",)
    assert result.trace.label == "a and not b"
    assert [c.truth for c in result.trace.children] == [T, U]
    assert result.trace.children[1].children[0].label == "b"


# --- Procedures ------------------------------------------------------------------


def _end(o: str, *adds: str) -> Branch[str, str]:
    return Branch(to=End(outcome=o), adds=adds)


def _yes(outcome: str) -> bool:
    return outcome == "yes"


def _plan(*steps: Step[str, str, str], start: str = "s1") -> Procedure[str, str, str]:
    return Procedure(
        key="p", title="P", start=start, steps={s.key: s for s in steps}, affirmative=_yes
    )


def test_procedure_follows_answers() -> None:
    plan = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=Branch(to="s2", adds=("via a",)),
            if_false=_end("no"),
            kind=StepKind.GATE,
        ),
        Step(key="s2", question="b?", predicate=B, if_true=_end("yes", "b"), if_false=_end("no")),
    )
    run = plan.run(Ctx({"a": T, "b": T}))
    assert run.outcome == "yes"
    assert run.adds == ("via a", "b")
    assert [v.step.key for v in run.path] == ["s1", "s2"]
    assert plan.run(Ctx({"a": F})).outcome == "no"


def test_gate_unknown_undetermined_lists_questions() -> None:
    plan = _plan(
        Step(key="s1", question="a?", predicate=A, if_true=Branch(to="s2"), if_false=_end("no")),
        Step(key="s2", question="b?", predicate=B, if_true=_end("yes"), if_false=_end("no")),
    )
    run = plan.run(Ctx())
    assert run.outcome is None
    assert run.open_questions == ("qa", "qb")
    assert [v.truth for v in run.path] == [U]


def test_gate_unknown_same_outcome_keeps_true_branch() -> None:
    plan = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=Branch(to="s2", adds=("a",)),
            if_false=_end("no", "not a"),
        ),
        Step(
            key="s2", question="b?", predicate=B, if_true=_end("yes"), if_false=_end("no", "not b")
        ),
    )
    run = plan.run(Ctx({"b": F}))
    assert run.outcome == "no"
    assert run.adds == ("a", "not b")
    assert [(v.step.key, v.truth) for v in run.path] == [("s1", U), ("s2", F)]


def test_alternative_unknown_same_outcome_keeps_false_branch() -> None:
    plan = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=_end("yes", "via a"),
            if_false=Branch(to="s2"),
            kind=StepKind.ALTERNATIVE,
        ),
        Step(
            key="s2", question="b?", predicate=B, if_true=_end("yes", "via b"), if_false=_end("no")
        ),
    )
    run = plan.run(Ctx({"b": T}))
    assert run.outcome == "yes"
    assert run.adds == ("via b",)
    assert [(v.step.key, v.truth) for v in run.path] == [("s1", U), ("s2", T)]
    undetermined = plan.run(Ctx({"b": F}))
    assert undetermined.outcome is None
    assert undetermined.open_questions == ("qa",)


def test_same_refusal_on_both_branches_keeps_both_reasons() -> None:
    for kind in (StepKind.ALTERNATIVE, StepKind.ROUTE):
        plan = _plan(
            Step(
                key="s1",
                question="a?",
                predicate=A,
                if_true=Branch(to="s2", adds=("via a",)),
                if_false=_end("no", "no ground"),
                kind=kind,
            ),
            Step(
                key="s2",
                question="b?",
                predicate=B,
                if_true=_end("yes"),
                if_false=_end("no", "not b"),
            ),
        )
        run = plan.run(Ctx({"b": F}))
        assert run.outcome == "no"
        assert run.adds == ("via a", "not b", "no ground")
        assert [(v.step.key, v.truth) for v in run.path] == [("s1", U), ("s2", F)]
        assert run.open_questions == ()


def test_default_procedure_has_no_affirmative_outcome() -> None:
    plan = Procedure(
        key="p",
        title="P",
        start="s1",
        steps={
            "s1": Step(
                key="s1",
                question="a?",
                predicate=A,
                if_true=_end("yes", "x"),
                if_false=_end("yes", "y"),
                kind=StepKind.ALTERNATIVE,
            )
        },
    )
    assert plan.run(Ctx()).adds == ("x", "y")


def test_route_unknown_needs_same_contributions() -> None:
    plan = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=_end("yes", "x"),
            if_false=_end("yes", "y"),
            kind=StepKind.ROUTE,
        ),
    )
    assert plan.run(Ctx()).outcome is None
    same = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=_end("yes", "x"),
            if_false=_end("yes", "x"),
            kind=StepKind.ROUTE,
        ),
    )
    assert same.run(Ctx()).outcome == "yes"


def test_undetermined_dedupes_questions() -> None:
    plan = _plan(
        Step(
            key="s1",
            question="a?",
            predicate=A,
            if_true=Branch(to="s2"),
            if_false=Branch(to="s2"),
            kind=StepKind.ROUTE,
        ),
        Step(
            key="s2",
            question="a again?",
            predicate=all_of(A, B, label="a and b"),
            if_true=_end("yes"),
            if_false=_end("no"),
        ),
    )
    assert plan.run(Ctx()).open_questions == ("qa", "qb")


@pytest.mark.parametrize(
    ("steps", "start", "message"),
    [
        ((), "s1", "start step"),
        (
            (Step(key="x", question="", predicate=A, if_true=_end("y"), if_false=_end("n")),),
            "x",
            None,
        ),
    ],
)
def test_procedure_validation_start(
    steps: tuple[Step[str, str, str], ...], start: str, message: str | None
) -> None:
    if message is None:
        assert _plan(*steps, start=start).run(Ctx({"a": T})).outcome == "y"
    else:
        with pytest.raises(ModelError, match=message):
            _plan(*steps, start=start)


def test_procedure_rejects_bad_graphs() -> None:
    with pytest.raises(ModelError, match="unknown step"):
        _plan(
            Step(
                key="s1", question="", predicate=A, if_true=Branch(to="nowhere"), if_false=_end("n")
            )
        )
    with pytest.raises(ModelError, match="must end"):
        _plan(
            Step(key="s1", question="", predicate=A, if_true=_end("y"), if_false=Branch(to="s2")),
            Step(key="s2", question="", predicate=A, if_true=_end("y"), if_false=_end("n")),
        )
    with pytest.raises(ModelError, match="cycle"):
        _plan(
            Step(key="s1", question="", predicate=A, if_true=Branch(to="s2"), if_false=_end("n")),
            Step(key="s2", question="", predicate=A, if_true=Branch(to="s1"), if_false=_end("n")),
        )
    with pytest.raises(ModelError, match="stored under"):
        Procedure(
            key="p",
            title="P",
            start="s1",
            steps={
                "s1": Step(
                    key="other", question="", predicate=A, if_true=_end("y"), if_false=_end("n")
                )
            },
        )


# --- Reasons ---------------------------------------------------------------------

C = fact("c", payload="qc")


@pytest.mark.parametrize(
    ("predicate", "facts", "judgements", "expected"),
    [
        (all_of(A, B, label="a and b"), {"a": T, "b": F}, {}, ["b"]),
        (all_of(A, B, label="a and b"), {"a": T, "b": T}, {}, ["a", "b"]),
        (any_of(A, B, label="a or b"), {"a": F, "b": T}, {}, ["b"]),
        (any_of(A, B, label="a or b"), {"a": F, "b": F}, {}, ["a", "b"]),
        (not_(A, label="not a"), {"a": T}, {}, ["a"]),
        (implies(A, B, label="a then b"), {"a": T, "b": F}, {}, ["a", "b"]),
        (implies(A, B, label="a then b"), {"a": F}, {}, ["a"]),
        (implies(A, B, label="a then b"), {"b": T}, {}, ["b"]),
        (unless(A, B, J, label="a unless b or j"), {"a": F}, {}, ["a"]),
        (unless(A, B, J, label="a unless b or j"), {"a": T, "b": T}, {}, ["b"]),
        (unless(A, B, J, label="a unless b or j"), {"a": T, "b": F}, {"j": F}, ["a", "b", "j"]),
        (all_of(A, A, C, label="a twice"), {"a": F, "c": F}, {}, ["a", "c"]),
        (all_of(A, B, label="unknown"), {"a": T}, {}, []),
    ],
    ids=[
        "all-false",
        "all-true",
        "any-true",
        "any-false",
        "not",
        "implies-violated",
        "implies-no-condition",
        "implies-consequence",
        "unless-rule-fails",
        "unless-exception-applies",
        "unless-holds",
        "deduplicated",
        "unknown-has-none",
    ],
)
def test_reasons(
    predicate: Predicate[str],
    facts: dict[str, Truth],
    judgements: dict[str, Truth],
    expected: list[str],
) -> None:
    found = reasons(predicate, Ctx(facts, judgements))
    assert [r.key for r in found if isinstance(r, Leaf)] == expected


def test_reasons_of_a_constant() -> None:
    always: Const[str] = const(T, label="always")
    assert reasons(all_of(always, label="only"), Ctx()) == (always,)
