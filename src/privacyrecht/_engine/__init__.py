"""The regime-agnostic engine: three-valued logic, predicates, procedures.

Private: users import the Dutch vocabulary from :mod:`privacyrecht`.
"""

from __future__ import annotations

from privacyrecht._engine.predicates import (
    AllOf,
    AnyOf,
    Citation,
    Const,
    Context,
    Evaluation,
    Fact,
    Implies,
    Judgement,
    Leaf,
    Not,
    Predicate,
    TraceNode,
    Unless,
    all_of,
    any_of,
    const,
    evaluate,
    fact,
    implies,
    judgement,
    not_,
    unless,
)
from privacyrecht._engine.procedure import Branch, End, Procedure, Run, Step, StepKind, Visit
from privacyrecht._engine.reasons import reasons
from privacyrecht._engine.truth import Truth

__all__ = [
    "AllOf",
    "AnyOf",
    "Branch",
    "Citation",
    "Const",
    "Context",
    "End",
    "Evaluation",
    "Fact",
    "Implies",
    "Judgement",
    "Leaf",
    "Not",
    "Predicate",
    "Procedure",
    "Run",
    "Step",
    "StepKind",
    "TraceNode",
    "Truth",
    "Unless",
    "Visit",
    "all_of",
    "any_of",
    "const",
    "evaluate",
    "fact",
    "implies",
    "judgement",
    "not_",
    "reasons",
    "unless",
]
