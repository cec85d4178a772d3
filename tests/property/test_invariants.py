"""The legal invariants of the design (§4), over generated cases.

1. No verstrekking without a grondslag: ``mag``/``moet`` carries a statutory provision.
2. Unknown never yields permission: filling in unknowns cannot change ``mag``/``moet``;
   with nothing known the answer is ``onbeslist``.
4. Same case, same answer.
5. ``moet`` rests on a statutory duty; ``onbeslist`` names an open question; every
   step cites its source line.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

import privacyrecht as pr
from privacyrecht.bronnen import REGELINGEN
from privacyrecht.codec import beoordeling_naar_json

from .strategies import verstrekkingen

PERMISSION = {pr.Uitkomst.MAG, pr.Uitkomst.MOET}


@given(verstrekkingen())
def test_1_no_verstrekking_without_grondslag(v: pr.Verstrekking) -> None:
    b = pr.beoordeel(v)
    if b.uitkomst in PERMISSION:
        assert b.grondslagen
        for g in b.grondslagen:
            assert isinstance(g, pr.Bepaling)
            assert REGELINGEN[g.regeling.afkorting] is g.regeling


@st.composite
def completion(draw: st.DrawFn, v: pr.Verstrekking) -> pr.Verstrekking | None:
    """``v`` with (some of) its unknown facts, judgements and consent details filled in."""
    feiten = dict(v.feiten)
    for feit in pr.Feit:
        if feit not in feiten and draw(st.booleans()):
            feiten[feit] = draw(st.booleans())
    gegeven = {o.toets for o in v.oordelen}
    extra = tuple(
        pr.Oordeel(
            toets=t,
            antwoord=draw(st.booleans()),
            door="toetser",
            datum=dt.date(2026, 12, 1),
            motivering="m",
        )
        for t in pr.Toets
        if t not in gegeven and draw(st.booleans())
    )
    toestemming = v.toestemming
    if toestemming is not None:

        def fill(value: bool | None) -> bool:
            return draw(st.booleans()) if value is None else value

        toestemming = attrs.evolve(
            toestemming,
            vrij=fill(toestemming.vrij),
            specifiek=fill(toestemming.specifiek),
            geinformeerd=fill(toestemming.geinformeerd),
            ondubbelzinnig=fill(toestemming.ondubbelzinnig),
            uitdrukkelijk=fill(toestemming.uitdrukkelijk),
            vastgelegd=fill(toestemming.vastgelegd),
        )
    leeftijd = (
        v.betrokkene.leeftijd
        if v.betrokkene.leeftijd is not None
        else draw(st.none() | st.integers(0, 30))
    )
    try:
        return attrs.evolve(
            v,
            feiten=feiten,
            oordelen=(*v.oordelen, *extra),
            toestemming=toestemming,
            betrokkene=pr.Betrokkene(leeftijd=leeftijd),
        )
    except pr.InputError:
        return None  # the filled-in case contradicts itself: not a possible world


@given(st.data(), verstrekkingen())
def test_2_unknown_never_yields_permission(data: st.DataObject, v: pr.Verstrekking) -> None:
    b = pr.beoordeel(v)
    if b.uitkomst not in PERMISSION:
        return
    for _ in range(3):
        filled = data.draw(completion(v))
        if filled is not None:
            assert pr.beoordeel(filled).uitkomst is b.uitkomst, (v, filled)


@given(verstrekkingen())
def test_2_nothing_known_is_onbeslist(v: pr.Verstrekking) -> None:
    bare = attrs.evolve(
        v, gegevens=(), feiten={}, oordelen=(), toestemming=None, betrokkene=pr.Betrokkene()
    )
    assert pr.beoordeel(bare).uitkomst is pr.Uitkomst.ONBESLIST


@given(verstrekkingen())
def test_4_same_case_same_answer(v: pr.Verstrekking) -> None:
    first, second = pr.beoordeel(v), pr.beoordeel(v)
    assert first == second
    assert beoordeling_naar_json(first) == beoordeling_naar_json(second)


@given(verstrekkingen())
def test_5_answers_explain_themselves(v: pr.Verstrekking) -> None:
    b = pr.beoordeel(v)
    if b.uitkomst is pr.Uitkomst.MOET:
        assert b.grondslagen
    if b.uitkomst is pr.Uitkomst.ONBESLIST:
        assert b.open_vragen
        assert not b.grondslagen
    if b.uitkomst is pr.Uitkomst.MAG_NIET:
        assert b.grondslagen, "mag niet names the provision it fails"
    for stap in b.stappen:
        assert stap.bron, stap.stap
    assert {g.categorie for g in b.gegevens} == set(v.gegevens)
    assert b.rechtsstand


@given(verstrekkingen())
def test_gegevens_verdict_is_the_verdict_on_that_category_alone(v: pr.Verstrekking) -> None:
    """Minimisation: what ``gegevens`` says of a category is the answer for it on its own."""
    b = pr.beoordeel(v)
    for oordeel in b.gegevens:
        alleen = pr.beoordeel(attrs.evolve(v, gegevens=(oordeel.categorie,)))
        assert oordeel.uitkomst is alleen.uitkomst, (oordeel.categorie, b.uitkomst)
        if alleen.uitkomst is pr.Uitkomst.MAG:
            assert set(alleen.grondslagen) <= set(oordeel.bepalingen)
