"""The legal invariants of the design (§4), over generated cases.

1. No verstrekking without a grondslag: ``mag``/``moet`` carries a statutory provision.
2. Unknown never yields permission: filling in unknowns cannot change ``mag``/``moet``;
   with nothing known the answer is ``onbeslist``.
3. Secrecy is only broken on a recognised ground: where the verstrekker holds a
   beroepsgeheim, ``mag``/``moet`` rests on a recognised ground and cites it; data
   a recipient received from the police leave only through an exit of art. 7
   lid 2 Wpg, and data received under the Wjsg not at all (not encoded).
4. Same case, same answer.
5. ``moet`` rests on a statutory duty; ``onbeslist`` names an open question; every
   step cites its source line.
7. A politiegegeven leaves the Wpg only through a statutory exit (art. 7 lid 1 with
   art. 15–20 Wpg), after stap 1 and 8; an art. 9/10 datum only with the consent of
   the bevoegde functionaris, and under art. 19/20 lid 1 only if strictly necessary
   and never of art. 10 lid 1 onder b (art. 4:5 Bpg).
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

import privacyrecht as pr
from privacyrecht import avg, wpg
from privacyrecht.beroepsgeheim import beroepsgeheim_van
from privacyrecht.bronnen import REGELINGEN
from privacyrecht.codec import beoordeling_naar_json
from privacyrecht.feiten import ART_9_EN_10_SOORTEN

from .strategies import alle_verstrekkingen, politieverstrekkingen, verstrekkingen

PERMISSION = {pr.Uitkomst.MAG, pr.Uitkomst.MOET}


@given(alle_verstrekkingen)
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

    def fill(value: bool | None) -> bool:
        return draw(st.booleans()) if value is None else value

    toestemming = v.toestemming
    if toestemming is not None:
        toestemming = attrs.evolve(
            toestemming,
            vrij=fill(toestemming.vrij),
            specifiek=fill(toestemming.specifiek),
            geinformeerd=fill(toestemming.geinformeerd),
            ondubbelzinnig=fill(toestemming.ondubbelzinnig),
            uitdrukkelijk=fill(toestemming.uitdrukkelijk),
            vastgelegd=fill(toestemming.vastgelegd),
        )
    geheim = v.toestemming_beroepsgeheim
    if geheim is not None:
        geheim = attrs.evolve(
            geheim,
            uitdrukkelijk=fill(geheim.uitdrukkelijk),
            vooraf_geinformeerd=fill(geheim.vooraf_geinformeerd),
            vrije_keuze=fill(geheim.vrije_keuze),
            draagwijdte_overzien=fill(geheim.draagwijdte_overzien),
            mondeling=fill(geheim.mondeling),
            vastgelegd=fill(geheim.vastgelegd),
            aantoonbaar=fill(geheim.aantoonbaar),
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
            toestemming_beroepsgeheim=geheim,
            betrokkene=pr.Betrokkene(leeftijd=leeftijd),
        )
    except pr.InputError:
        return None  # the filled-in case contradicts itself: not a possible world


@given(st.data(), alle_verstrekkingen)
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
        v,
        gegevens=(),
        feiten={},
        oordelen=(),
        toestemming=None,
        toestemming_beroepsgeheim=None,
        betrokkene=pr.Betrokkene(),
    )
    assert pr.beoordeel(bare).uitkomst is pr.Uitkomst.ONBESLIST


#: The grounds that need no statutory provision of their own: consent (for
#: hulpverleners whose beroepsgeheim is not in a statute) and the unwritten
#: conflict van plichten.  Both still cite the passages that describe them.
_ONGESCHREVEN = {pr.Doorbrekingsgrond.TOESTEMMING, pr.Doorbrekingsgrond.CONFLICT_VAN_PLICHTEN}
_GEHEIM_WPG = {wpg.GEHEIMHOUDING, wpg.GEHEIMHOUDING_ONTVANGER}


def _wpg_geheim(d: pr.Doorbreking) -> bool:
    """A ground on which the statutory secrecy of the Wpg gives way (art. 7 lid 1 or lid 2)."""
    return bool(d.bepalingen) and d.bepalingen[0] in _GEHEIM_WPG


@given(alle_verstrekkingen)
def test_3_secrecy_is_only_broken_on_a_recognised_ground(v: pr.Verstrekking) -> None:
    b = pr.beoordeel(v)
    if b.uitkomst not in PERMISSION:
        assert not b.doorbrekingen
        return
    politie = "Stappenplan Politie" in (b.stappenplan or "")
    if not politie and v.feit(pr.Feit.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG) is True:
        # Data received from the police or the OM leave only through an exit of
        # art. 7 lid 2 Wpg (003 r. 1073), never as Wjsg data (not encoded).
        assert v.feit(pr.Feit.VERKREGEN_OP_GROND_VAN_WJSG) is False, b.toelichting()
        exits = [d for d in b.doorbrekingen if d.bepalingen == (wpg.GEHEIMHOUDING_ONTVANGER,)]
        assert exits, b.toelichting()
        assert exits[0].grond in {
            pr.Doorbrekingsgrond.WETTELIJKE_PLICHT,
            pr.Doorbrekingsgrond.NOODZAAK_UIT_TAAK,
        }
    geheim = [d for d in b.doorbrekingen if not _wpg_geheim(d)]
    if beroepsgeheim_van(v.verstrekker.rol) is None:
        assert not geheim
        return
    if b.grondslagen == (avg.PERSOONSGEGEVEN,):
        # Anonymous collegial advice: nothing identifiable is shared (003 r. 514).
        assert v.feit(pr.Feit.ANONIEM_BESPROKEN) is True
        assert not b.doorbrekingen
        return
    assert geheim, b.toelichting()
    for d in geheim:
        assert isinstance(d.grond, pr.Doorbrekingsgrond)
        assert d.bron, d
        if d.grond not in _ONGESCHREVEN:
            assert d.bepalingen, d
            # A statutory ground is also among the provisions the answer rests on.
            assert set(d.bepalingen) <= set(b.grondslagen), (d, b.grondslagen)
    # Beside the secrecy ground, an AVG ground (002 r. 1226-1230) — or the aangifte (art. 161 Sv).
    regelingen = {g.regeling.afkorting for g in b.grondslagen}
    assert regelingen & {"AVG", "Sv"}, b.grondslagen


#: The provisions of paragraaf 3 of the Wpg that let politiegegevens go (003 r. 1057).
_WPG_UITGANGEN = {
    wpg.TER_BESCHIKKING_STELLEN,
    wpg.GEZAGSDRAGER_BURGEMEESTER,
    wpg.GEZAGSDRAGER_OM,
    wpg.AANGEWEZEN_ONTVANGERS,
    wpg.ZWAARWEGEND_ALGEMEEN_BELANG,
    wpg.SAMENWERKINGSVERBAND,
    wpg.WGS_SAMENWERKINGSVERBAND,
}


@given(alle_verstrekkingen)
def test_7_politiegegevens_leave_the_wpg_only_through_a_statutory_exit(v: pr.Verstrekking) -> None:
    """A politiegegeven never leaves without an exit of art. 7 Wpg, nor an art. 9/10 datum without its condition."""
    b = pr.beoordeel(v)
    if "Stappenplan Politie" not in (b.stappenplan or "") or b.uitkomst not in PERMISSION:
        return
    if b.stappen[-1].stap in {"Stap 2A", "Stap 2B"}:
        return  # no politiegegevens: the zorg answer stands (003 r. 948-952)
    exits = [d for d in b.doorbrekingen if d.grond is pr.Doorbrekingsgrond.WPG_VERSTREKKING]
    assert len(exits) == 1, b.toelichting()
    (exit_,) = exits
    assert exit_.bepalingen[0] is wpg.GEHEIMHOUDING
    route = set(exit_.bepalingen[1:]) & _WPG_UITGANGEN
    assert route, exit_
    assert route <= set(b.grondslagen), (route, b.grondslagen)
    # Stap 1 and 8 hold on every route (003 r. 930, 2184-2216).
    assert v.feit(pr.Feit.BEVOEGD_TOT_VERSTREKKEN) is True
    assert v.feit(pr.Feit.VERWERKT_VOOR_POLITIETAAK) is True
    assert v.feit(pr.Feit.BEWAARTERMIJN_VERSTREKEN) is False
    oordeel = v.oordeel(pr.Toets.JUIST_EN_ACTUEEL)
    assert oordeel is not None
    assert oordeel.antwoord
    soorten = set(v.politiegegevens)
    assert soorten, "the classification decides the route (003 r. 987)"
    assert pr.Politiegegevenssoort.ART_12 not in soorten
    if soorten & ART_9_EN_10_SOORTEN:
        # Consent of the bevoegde functionaris first (003 r. 1015, 1017).
        assert v.feit(pr.Feit.TOESTEMMING_BEVOEGDE_FUNCTIONARIS) is True
        if route & {wpg.ZWAARWEGEND_ALGEMEEN_BELANG, wpg.SAMENWERKINGSVERBAND}:
            # Art. 4:5 Bpg: strictly necessary, and never art. 10 lid 1 onder b.
            assert pr.Politiegegevenssoort.ART_10_B not in soorten
            strikt = v.oordeel(pr.Toets.STRIKT_NOODZAKELIJK)
            assert strikt is not None
            assert strikt.antwoord
        if wpg.AANGEWEZEN_ONTVANGERS in route:
            regel = wpg.wijzerregel(v.ontvanger)
            assert regel is None or wpg.eigen_verstrekkingenwijzer(v.verstrekker), (
                "the table's recipients get art. 8 and 13 data only"
            )
    for p in b.politiegegevens:
        assert p.uitkomst is b.uitkomst


@given(verstrekkingen())
def test_4_same_case_same_answer(v: pr.Verstrekking) -> None:
    first, second = pr.beoordeel(v), pr.beoordeel(v)
    assert first == second
    assert beoordeling_naar_json(first) == beoordeling_naar_json(second)


@given(alle_verstrekkingen)
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


@given(politieverstrekkingen())
def test_politiegegevens_verdict_is_the_verdict_on_that_soort_alone(v: pr.Verstrekking) -> None:
    """Minimisation (003 r. 1319-1325): what ``politiegegevens`` says of a soort is its own answer."""
    b = pr.beoordeel(v)
    assert [p.soort for p in b.politiegegevens] == (
        list(v.politiegegevens) if "Stappenplan Politie" in (b.stappenplan or "") else []
    )
    for oordeel in b.politiegegevens:
        alleen = pr.beoordeel(attrs.evolve(v, politiegegevens=(oordeel.soort,)))
        if b.uitkomst in PERMISSION:
            # What may go as a whole may go in part.
            assert alleen.uitkomst in PERMISSION, (oordeel.soort, alleen.toelichting())
            continue
        assert oordeel.uitkomst is alleen.uitkomst, (oordeel.soort, b.uitkomst)
        if alleen.uitkomst in PERMISSION:
            assert set(alleen.grondslagen) <= set(oordeel.bepalingen)
