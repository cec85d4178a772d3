"""Which stappenplan and which regimes apply, by the role of the verstrekker (003 r. 3956, 4300)."""

from __future__ import annotations

import attrs
import pytest

import privacyrecht as pr
from privacyrecht import wpg
from privacyrecht.beroepsgeheim import Soort
from privacyrecht.regimekeuze import _politieplan, kies_stappenplan
from privacyrecht.stappenplannen import (
    GEMEENTEN,
    ONDERWIJS,
    POLITIE,
    POLITIE_PER_ONTVANGER,
    ZORG,
    ZORG_PER_SOORT,
)
from privacyrecht.stappenplannen.zorg import ZORG_BIJ_BEVOEGDE_AUTORITEIT

Org, R = pr.Organisatie, pr.Rol


def _v(org: pr.Organisatie, rol: pr.Rol) -> pr.Verstrekking:
    return pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=org, rol=rol),
        ontvanger=pr.Partij(organisatie=Org.POLITIE),
        gegevens=[pr.Gegevenscategorie.GEWOON],
        doel=pr.Doel.VOORKOMEN_EXCESSIEF_GEWELD,
    )


@pytest.mark.parametrize(
    ("org", "rol", "plan", "regime"),
    [
        (Org.GEMEENTE, R.OPENBARE_ORDE, GEMEENTEN, "Gemeentewet (openbare orde)"),
        (
            Org.ONDERWIJSINSTELLING,
            R.LEERKRACHT,
            ONDERWIJS,
            "Onderwijswetgeving (WPO, WVO 2020, WEC)",
        ),
        (
            Org.ONDERWIJSINSTELLING,
            R.MEDEWERKER,
            ONDERWIJS,
            "Onderwijswetgeving (WPO, WVO 2020, WEC)",
        ),
        # A hulpverlener employed by the gemeente or a school follows the zorg
        # stappenplan (003 r. 450, 3956); the beroepsgeheim follows the profession.
        (Org.GEMEENTE, R.JEUGDHULPVERLENER, ZORG_PER_SOORT[Soort.JEUGDHULP], "Beroepsgeheim"),
        (Org.GEMEENTE, R.OVERIGE_HULPVERLENER, ZORG_PER_SOORT[Soort.OVERIG], "Beroepsgeheim"),
        (Org.ONDERWIJSINSTELLING, R.ZORG_EN_HULPVERLENER, ZORG, "Beroepsgeheim"),
        (Org.ZORGAANBIEDER, R.MEDISCH_ZORGVERLENER, ZORG_PER_SOORT[Soort.MEDISCH], "AVG en UAVG"),
        # A medical professional inside a bevoegde autoriteit runs the zorg
        # stappenplan first, and the Wpg after it (003 r. 948-952).
        (
            Org.POLITIE,
            R.MEDISCH_ZORGVERLENER,
            ZORG_BIJ_BEVOEGDE_AUTORITEIT[R.MEDISCH_ZORGVERLENER],
            "Wet politiegegevens",
        ),
        (Org.GEMEENTE, R.BOA, POLITIE, "Wet politiegegevens"),
        (Org.POLITIE, R.POLITIEAMBTENAAR, POLITIE, "Wet politiegegevens"),
        (Org.KONINKLIJKE_MARECHAUSSEE, R.OPSPORINGSAMBTENAAR, POLITIE, "Wet politiegegevens"),
        (Org.BIJZONDERE_OPSPORINGSDIENST, R.OPSPORINGSAMBTENAAR, POLITIE, "Wet politiegegevens"),
        (
            Org.OPENBAAR_MINISTERIE,
            R.OFFICIER_VAN_JUSTITIE,
            None,
            "Wet justitiële en strafvorderlijke gegevens",
        ),
        (Org.GEMEENTE, R.SOCIAAL_DOMEIN, None, "AVG en UAVG"),
    ],
    ids=lambda x: getattr(x, "value", getattr(x, "sleutel", str(x))),
)
def test_stappenplan_by_role(org: pr.Organisatie, rol: pr.Rol, plan: object, regime: str) -> None:
    gekozen, regimes = kies_stappenplan(_v(org, rol))
    assert gekozen is plan
    assert regime in [r.naam for r in regimes]
    assert all(r.reden and r.bron for r in regimes)


def test_without_stappenplan_the_answer_says_which_and_why() -> None:
    b = pr.beoordeel(_v(Org.OPENBAAR_MINISTERIE, R.OFFICIER_VAN_JUSTITIE))
    assert b.uitkomst is pr.Uitkomst.ONBESLIST
    assert b.stappenplan is None
    assert [q.sleutel for q in b.open_vragen] == ["Stappenplan Justitie"]
    assert b.open_vragen[0].soort is pr.Vraagsoort.BUITEN_BEREIK
    assert b.grondslagen == ()


def test_the_police_plan_follows_the_recipient_in_the_table() -> None:
    """Each row of the table of recipients has its own procedure, citing its own article."""
    halt = pr.Partij(organisatie=Org.HALT)
    regel = wpg.wijzerregel(halt)
    assert regel is not None
    assert regel.bepalingen[-1].tekst == "art. 4:2 lid 1 onder f Bpg"
    assert (
        _politieplan(attrs.evolve(_v(Org.POLITIE, R.POLITIEAMBTENAAR), ontvanger=halt))
        is (POLITIE_PER_ONTVANGER[regel])
    )
    # A boa has his own verstrekkingenwijzer: every recipient is asked about.
    assert _politieplan(attrs.evolve(_v(Org.GEMEENTE, R.BOA), ontvanger=halt)) is POLITIE
    # A recipient outside the table: the generic procedure.
    veilig_thuis = pr.Partij(organisatie=Org.VEILIG_THUIS)
    assert (
        _politieplan(attrs.evolve(_v(Org.POLITIE, R.POLITIEAMBTENAAR), ontvanger=veilig_thuis))
        is POLITIE
    )


def test_a_category_outside_the_aangifte_route_does_not_share_its_verdict() -> None:
    """Health data with valid explicit consent still do not go with an aangifte (003 r. 4001).

    Regression: the per-category verdict was shared between categories whose own
    rule holds, also when the aangifte route treated them differently.
    """
    v = pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=Org.GEMEENTE, rol=R.OPENBARE_ORDE),
        ontvanger=pr.Partij(organisatie=Org.POLITIE),
        gegevens=(pr.Gegevenscategorie.GEWOON, pr.Gegevenscategorie.GEZONDHEID),
        doel=pr.Doel.AANGIFTE,
        betrokkene=pr.Betrokkene(leeftijd=30),
        feiten={pr.Feit.STRAFBAAR_FEIT: True},
        toestemming=pr.Toestemming(
            door=(pr.Toestemminggever.BETROKKENE,),
            omvang="de melding aan de politie",
            vrij=True,
            specifiek=True,
            geinformeerd=True,
            ondubbelzinnig=True,
            uitdrukkelijk=True,
            vastgelegd=True,
        ),
    )
    per_categorie = {g.categorie: g.uitkomst for g in pr.beoordeel(v).gegevens}
    assert per_categorie[pr.Gegevenscategorie.GEWOON] is pr.Uitkomst.MAG
    alleen = pr.beoordeel(attrs.evolve(v, gegevens=(pr.Gegevenscategorie.GEZONDHEID,)))
    assert per_categorie[pr.Gegevenscategorie.GEZONDHEID] is alleen.uitkomst
    assert alleen.uitkomst is pr.Uitkomst.ONBESLIST


def test_several_recipients_are_assessed_each_with_the_wpg_recipients_first() -> None:
    """003 r. 1129, 1206, 1228: ter beschikking stellen first, then the others."""
    v = pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=Org.POLITIE, rol=R.POLITIEAMBTENAAR),
        ontvanger=pr.Partij(organisatie=Org.POLITIE),
        gegevens=(pr.Gegevenscategorie.GEWOON,),
        doel=pr.Doel.POLITIETAAK,
        politiegegevens=(pr.Politiegegevenssoort.ART_8,),
        feiten={pr.Feit.BEVOEGD_TOT_VERSTREKKEN: True, pr.Feit.VERWERKT_VOOR_POLITIETAAK: True},
    )
    halt = pr.Partij(organisatie=Org.HALT)
    kmar = pr.Partij(organisatie=Org.KONINKLIJKE_MARECHAUSSEE)
    uitkomsten = pr.beoordeel_ontvangers(v, (halt, kmar))
    assert [o for o, _ in uitkomsten] == [kmar, halt]
    # Each answer is that of the recipient alone, with its own route.
    for ontvanger, b in uitkomsten:
        assert b == pr.beoordeel(attrs.evolve(v, ontvanger=ontvanger))
    assert uitkomsten[0][1].stappen[6].stap == "Stap 4"
    assert uitkomsten[0][1].stappen[6].antwoord is pr.Antwoord.JA
    assert uitkomsten[1][1].stappen[6].antwoord is pr.Antwoord.NEE
