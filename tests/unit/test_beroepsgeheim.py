"""The secrecy layer: who holds a beroepsgeheim, the three kinds of consent, the meldcode."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import privacyrecht as pr
from privacyrecht import meldcode
from privacyrecht.beroepsgeheim import BEROEPSGEHEIM_PER_ROL, Soort, beroepsgeheim_van
from privacyrecht.codec import beoordeling_naar_json, verstrekking_uit_dict

Org, R, F, T = pr.Organisatie, pr.Rol, pr.Feit, pr.Toets


def _o(toets: pr.Toets, antwoord: bool = True) -> pr.Oordeel:
    return pr.Oordeel(
        toets=toets, antwoord=antwoord, door="A. Arts", datum=dt.date(2026, 12, 1), motivering="m"
    )


_MINIMAAL = tuple(
    _o(t)
    for t in (
        T.MINIMALE_GEGEVENSVERWERKING,
        T.EFFECTIVITEIT,
        T.EVENREDIGHEID,
        T.SUBSIDIARITEIT,
        T.NOODZAKELIJK_VOOR_VEILIG_THUIS,
    )
)


def _melding(
    org: pr.Organisatie = Org.ZORGAANBIEDER, rol: pr.Rol = R.MEDISCH_ZORGVERLENER
) -> pr.Verstrekking:
    return pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=org, rol=rol),
        ontvanger=pr.Partij(organisatie=Org.VEILIG_THUIS),
        gegevens=[pr.Gegevenscategorie.GEWOON],
        doel=pr.Doel.VOORKOMEN_EXCESSIEF_GEWELD,
        feiten={
            F.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG: False,
            F.VERMOEDEN_HUISELIJK_GEWELD: True,
            F.TOESTEMMING_BEROEPSGEHEIM: False,
            F.WETTELIJKE_PLICHT: False,
        },
        oordelen=_MINIMAAL,
    )


@pytest.mark.parametrize(
    ("rol", "soort", "bepaling"),
    [
        (R.MEDISCH_ZORGVERLENER, Soort.MEDISCH, "art. 88 Wet BIG"),
        (R.MEDISCH_ZORGVERLENER, Soort.MEDISCH, "art. 7:457 lid 1 BW"),
        (R.ONDERSTEUNER_ZORGVERLENER, Soort.AFGELEID, "art. 88 Wet BIG"),
        (R.JEUGDHULPVERLENER, Soort.JEUGDHULP, "art. 7.3.11 lid 1 Jeugdwet"),
        (R.JEUGDBESCHERMER, Soort.JEUGDHULP, "art. 7.3.11 lid 1 Jeugdwet"),
        (R.JEUGDRECLASSERING, Soort.JEUGDHULP, "art. 7.3.11 lid 1 Jeugdwet"),
        (R.OVERIGE_HULPVERLENER, Soort.OVERIG, "art. 272 Sr"),
        (R.ZORG_EN_HULPVERLENER, Soort.OVERIG, "art. 8 EVRM"),
    ],
)
def test_the_beroepsgeheim_follows_the_profession(rol: pr.Rol, soort: Soort, bepaling: str) -> None:
    geheim = beroepsgeheim_van(rol)
    assert geheim is not None
    assert geheim.soort is soort
    assert bepaling in [b.tekst for b in geheim.bepalingen]
    assert geheim.bron


@pytest.mark.parametrize(
    "rol",
    [
        R.LEERKRACHT,
        R.ONDERWIJSMEDEWERKER,
        R.OPENBARE_ORDE,
        R.BURGEMEESTER,
        R.BOA,
        R.POLITIEAMBTENAAR,
    ],
)
def test_roles_without_a_beroepsgeheim(rol: pr.Rol) -> None:
    """No statutory beroepsgeheim for teachers (003 r. 4705), nor for public-order or police roles."""
    assert beroepsgeheim_van(rol) is None
    assert rol not in BEROEPSGEHEIM_PER_ROL


@pytest.mark.parametrize("org", [Org.GEMEENTE, Org.ONDERWIJSINSTELLING, Org.JEUGDHULPAANBIEDER])
def test_not_the_employer_but_the_relation_with_the_client_decides(org: pr.Organisatie) -> None:
    """003 r. 450: a hulpverlener employed by the gemeente or a school has the same beroepsgeheim."""
    b = pr.beoordeel(_melding(org, R.OVERIGE_HULPVERLENER))
    assert b.uitkomst is pr.Uitkomst.MAG, b.toelichting()
    assert b.stappenplan == "Stappenplan Zorg- en hulpverleners"
    assert [r.van_toepassing for r in b.regimes if r.naam == "Beroepsgeheim"] == [True]


def test_the_answer_names_both_the_avg_ground_and_the_secrecy_ground() -> None:
    b = pr.beoordeel(_melding())
    assert [g.tekst for g in b.grondslagen] == ["art. 5.2.6 Wmo 2015", "art. 6 lid 3 AVG"]
    (doorbreking,) = b.doorbrekingen
    assert doorbreking.grond is pr.Doorbrekingsgrond.MELDRECHT
    assert [p.tekst for p in doorbreking.bepalingen] == ["art. 5.2.6 Wmo 2015"]
    data = json.loads(beoordeling_naar_json(b))
    assert data["doorbrekingen"][0]["grond"] == "wettelijk meldrecht"
    assert data["doorbrekingen"][0]["bepalingen"] == ["art. 5.2.6 Wmo 2015"]
    assert "Het beroepsgeheim of de geheimhoudingsplicht wijkt op grond van:" in b.toelichting()


def test_a_refusal_has_no_doorbreking() -> None:
    v = _melding()
    b = pr.beoordeel(
        pr.Verstrekking(
            verstrekker=v.verstrekker,
            ontvanger=v.ontvanger,
            gegevens=v.gegevens,
            doel=v.doel,
            feiten={
                F.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG: False,
                **v.feiten,
                F.VERMOEDEN_HUISELIJK_GEWELD: False,
                F.RECHTSTREEKS_BETROKKEN: False,
            },
            oordelen=(*v.oordelen, *(_o(t, antwoord=False) for t in (T.CVP_GEWETENSNOOD,))),
        )
    )
    assert b.uitkomst is pr.Uitkomst.MAG_NIET, b.toelichting()
    assert b.doorbrekingen == ()
    assert "art. 88 Wet BIG" in [g.tekst for g in b.grondslagen]


def test_a_medical_professional_at_the_police_still_meets_the_wpg() -> None:
    """003 r. 948-952: the zorg stappenplan first, then the Stappenplan Politie."""
    b = pr.beoordeel(_melding(Org.POLITIE, R.MEDISCH_ZORGVERLENER))
    assert (
        b.stappenplan == "Stappenplan Zorg- en hulpverleners, daarna Stappenplan Politie en boa's"
    )
    assert b.uitkomst is pr.Uitkomst.ONBESLIST
    assert F.BEVOEGD_TOT_VERSTREKKEN.value in [q.sleutel for q in b.open_vragen]
    assert b.grondslagen == ()
    assert b.doorbrekingen == ()
    assert [g.uitkomst for g in b.gegevens] == [pr.Uitkomst.ONBESLIST]
    # Data not processed for the politietaak are no politiegegevens: the zorg answer stands.
    v = _melding(Org.POLITIE, R.MEDISCH_ZORGVERLENER)
    geen = pr.beoordeel(
        attrs.evolve(
            v,
            feiten={
                **v.feiten,
                F.BEVOEGD_TOT_VERSTREKKEN: True,
                F.VERWERKT_VOOR_POLITIETAAK: False,
            },
        )
    )
    assert geen.uitkomst is pr.Uitkomst.MAG, geen.toelichting()
    assert "art. 5.2.6 Wmo 2015" in [g.tekst for g in geen.grondslagen]
    assert [s.stap for s in geen.stappen][-1] == "Stap 2B"


def test_agreeing_to_the_help_is_no_consent_to_share() -> None:
    v = _melding()
    with_help = pr.Verstrekking(
        verstrekker=v.verstrekker,
        ontvanger=pr.Partij(organisatie=Org.ZORGAANBIEDER),
        gegevens=v.gegevens,
        doel=pr.Doel.ZORG_EN_HULPVERLENING,
        feiten={
            F.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG: False,
            F.TOESTEMMING_BEROEPSGEHEIM: False,
            F.WETTELIJKE_PLICHT: False,
            F.RECHTSTREEKS_BETROKKEN: False,
        },
        oordelen=(_o(T.CVP_GEWETENSNOOD, antwoord=False),),
        instemming_hulpverlening=pr.InstemmingHulpverlening(
            door=[pr.Toestemminggever.BETROKKENE], omvang="gezinscoaching"
        ),
    )
    b = pr.beoordeel(with_help)
    # The agreement to the help lifts nothing: refused on the beroepsgeheim itself.
    assert b.uitkomst is pr.Uitkomst.MAG_NIET, b.toelichting()
    assert [g.tekst for g in b.grondslagen] == ["art. 88 Wet BIG", "art. 7:457 lid 1 BW"]
    assert b.doorbrekingen == ()
    assert any("instemt met de hulpverlening" in w.tekst for w in b.voorwaarden)


def test_the_kinds_of_consent_cannot_stand_in_for_one_another() -> None:
    geheim = pr.ToestemmingBeroepsgeheim(door=[pr.Toestemminggever.BETROKKENE], omvang="x")
    v = _melding()
    with pytest.raises(pr.InputError) as caught:
        pr.Verstrekking(
            verstrekker=v.verstrekker,
            ontvanger=v.ontvanger,
            gegevens=v.gegevens,
            doel=v.doel,
            toestemming=geheim,  # type: ignore[arg-type]
        )
    assert [p.path for p in caught.value.problems] == ["$.toestemming"]
    assert caught.value.problems[0].expected == "een Toestemming"


def test_consent_object_and_fact_must_agree() -> None:
    v = _melding()
    with pytest.raises(pr.InputError) as caught:
        pr.Verstrekking(
            verstrekker=v.verstrekker,
            ontvanger=v.ontvanger,
            gegevens=v.gegevens,
            doel=v.doel,
            feiten={
                F.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG: False,
                F.TOESTEMMING_BEROEPSGEHEIM: False,
                F.ANONIEM_BESPROKEN: True,
                F.IDENTIFICEERBAAR: True,
            },
            toestemming_beroepsgeheim=pr.ToestemmingBeroepsgeheim(
                door=[pr.Toestemminggever.BETROKKENE], omvang="x"
            ),
        )
    paths = [p.path for p in caught.value.problems]
    assert '$.feiten["toestemming om het beroepsgeheim te doorbreken"]' in paths
    assert '$.feiten["casus anoniem besproken"]' in paths


def test_json_reads_the_consent_to_lift_the_secrecy_and_names_bad_fields() -> None:
    data = {
        "verstrekker": {"organisatie": "zorgaanbieder", "rol": "medisch zorgverlener"},
        "ontvanger": {"organisatie": "Veilig Thuis"},
        "gegevens": ["gewoon persoonsgegeven"],
        "doel": "voorkomen van excessief geweld",
        "toestemming_beroepsgeheim": {
            "door": ["betrokkene"],
            "omvang": "aan Veilig Thuis",
            "mondeling": True,
        },
    }
    v = verstrekking_uit_dict(data)
    assert v.toestemming_beroepsgeheim is not None
    assert v.toestemming_beroepsgeheim.mondeling is True
    bad = {**data, "toestemming_beroepsgeheim": {"door": [], "omvang": "", "mondelling": True}}
    with pytest.raises(pr.InputError) as caught:
        verstrekking_uit_dict(bad)
    paths = {p.path for p in caught.value.problems}
    assert {"$.toestemming_beroepsgeheim.omvang", "$.toestemming_beroepsgeheim.mondelling"} <= paths


def test_meldcode_says_where_the_professional_stands() -> None:
    stappen = [
        F.MELDCODE_SIGNALEN,
        F.MELDCODE_CONSULTATIE,
        F.MELDCODE_GESPREK,
        F.MELDCODE_AFWEGINGSKADER,
        F.MELDCODE_BESLUIT,
    ]
    for gezet in range(len(stappen)):
        feiten = dict.fromkeys(stappen[:gezet], True) | {stappen[gezet]: False}
        stand = meldcode.stand(feiten)
        assert stand.volgende is list(meldcode.Meldcodestap)[gezet]
        assert len(stand.doorlopen) == gezet
    klaar = meldcode.stand(dict.fromkeys(stappen, True))
    assert klaar.volgende is meldcode.Meldcodestap.DOORLOPEN
    assert "een recht, geen plicht" in klaar.melden
    onbekend = meldcode.stand({F.MELDCODE_SIGNALEN: True})
    assert onbekend.volgende is None
    assert next(q.sleutel for q in onbekend.open_vragen) == F.MELDCODE_CONSULTATIE.value
