"""Regimekeuze en :func:`beoordeel`: welk recht en welk stappenplan geldt, en het antwoord.

Het stappenplan volgt uit de rol waarin de verstrekker handelt, niet alleen
uit de organisatie (003 r. 3956): een medewerker van de gemeente die voor de
burgemeester openbare-ordetaken verricht volgt het Stappenplan Gemeenten, een
medewerker van de gemeente die als hulpverlener werkt het Stappenplan Zorg-
en hulpverleners, een boa het Stappenplan Politie en boa's.  Voor een rol
waarvan het stappenplan nog niet is uitgewerkt is het antwoord ``onbeslist``,
met de reden: nooit een gok.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from privacyrecht import avg, wpg
from privacyrecht._bladeren import vervulde_bepalingen
from privacyrecht._casus import IDENTITEIT, OVER_HET_FEIT, SOORT_KEYS, Casus
from privacyrecht._engine import Run, Truth
from privacyrecht.beoordeling import (
    Antwoord,
    Beoordeling,
    Doorbreking,
    GegevensOordeel,
    Grondslag,
    Kanttekening,
    OpenVraag,
    PolitiegegevensOordeel,
    Rechtsstand,
    Regime,
    Uitkomst,
    Vervolgactie,
    Voorwaarde,
    Vraagsoort,
    Weigering,
)
from privacyrecht.beroepsgeheim import BEROEPSGEHEIM_PER_ROL, Soort
from privacyrecht.bronnen import (
    GEMEENTEWET,
    HANDREIKING,
    HANDREIKING_DATUM,
    HANDVAT,
    JEUGDWET,
    REGELINGEN,
    SV,
    WEC,
    WJSG,
    WPO,
    WVO_2020,
    Bepaling,
    Passage,
    passage,
)
from privacyrecht.feiten import (
    ARTIKEL_9_CATEGORIEEN,
    ROLLEN_PER_ORGANISATIE,
    Doel,
    Feit,
    Gegevenscategorie,
    Organisatie,
    Partij,
    Rol,
    Verstrekking,
)
from privacyrecht.stappenplannen import (
    GEMEENTEN,
    ONDERWIJS,
    POLITIE,
    POLITIE_PER_ONTVANGER,
    ZORG,
    ZORG_PER_SOORT,
    Stappenplan,
)
from privacyrecht.stappenplannen._basis import Bijdrage
from privacyrecht.stappenplannen.zorg import ZORG_BIJ_BEVOEGDE_AUTORITEIT

__all__ = ["beoordeel", "beoordeel_ontvangers", "kies_stappenplan"]

_FG = "de privacy officer of de functionaris voor gegevensbescherming (FG)"


@attrs.frozen(kw_only=True)
class _Keuze:
    stappenplan: Stappenplan | None
    regimes: tuple[Regime, ...]
    buiten_bereik: OpenVraag | None = None
    rechtsstand: tuple[Rechtsstand, ...] = ()
    vervolgacties: tuple[Vervolgactie, ...] = ()
    #: The Stappenplan Politie is chosen per recipient (the table of recipients).
    politie: bool = False
    #: A professional with a beroepsgeheim at a bevoegde autoriteit: after the
    #: zorg stappenplan, the Stappenplan Politie applies too (003 r. 948–952).
    daarna_politie: bool = False


def _niet_uitgewerkt(
    naam: str, reden: str, bron: tuple[Passage, ...], waarom: tuple[Bepaling, ...] = ()
) -> OpenVraag:
    return OpenVraag(
        soort=Vraagsoort.BUITEN_BEREIK,
        sleutel=naam,
        vraag=f"{reden} Het {naam} is in privacyrecht nog niet uitgewerkt; beoordeel de verstrekking volgens dat stappenplan.",
        waarom=waarom,
        bron=bron,
        wie=_FG,
    )


def _avg_regime(reden: str, bron: tuple[Passage, ...]) -> Regime:
    return Regime(
        naam="AVG en UAVG",
        van_toepassing=True,
        reden=reden,
        bron=bron,
        bepalingen=(avg.GRONDSLAGEN,),
    )


def _aangifte_regime(aangifte: bool) -> tuple[Regime, ...]:
    if not aangifte:
        return ()
    return (
        Regime(
            naam="Wetboek van Strafvordering (aangifte)",
            van_toepassing=True,
            reden="Het doel is aangifte: iedereen die kennis draagt van een strafbaar feit is bevoegd aangifte te doen.",
            bron=passage(4001, 4361),
            bepalingen=(SV.bepaling("161"),),
        ),
    )


def kies_stappenplan(v: Verstrekking) -> tuple[Stappenplan | None, tuple[Regime, ...]]:
    """Welk stappenplan en welke regimes gelden voor ``v``, met de redenen."""
    keuze = _keuze(v)
    return _plan(v, keuze), keuze.regimes


def _maak_politie_regimes(politietaak: bool | None) -> tuple[Regime, ...]:
    """The regimes at a bevoegde autoriteit, by whether the data are processed for the politietaak."""
    onbekend = (
        " Of de gegevens voor de politietaak zijn verwerkt, is nog onbekend."
        if politietaak is None
        else ""
    )
    return (
        Regime(
            naam="Wet politiegegevens",
            van_toepassing=politietaak,
            reden=(
                "U werkt bij een bevoegde autoriteit. Verwerkt zij persoonsgegevens voor de "
                "uitoefening van de politietaak, dan is de Wet politiegegevens van toepassing en heten "
                "die gegevens politiegegevens; niet voor de interne bedrijfsvoering of taken voor de "
                "burgemeester, zoals het toezicht op de APV." + onbekend
            ),
            bron=passage(759, 861, 878, 975, 979),
            bepalingen=(wpg.POLITIEGEGEVEN,),
        ),
        Regime(
            naam="Wettelijke geheimhoudingsplicht",
            van_toepassing=politietaak,
            reden=(
                "Op politiegegevens rust een geheimhoudingsplicht (art. 7 Wpg): in beginsel worden zij "
                "niet gedeeld; zij worden alleen ter beschikking gesteld of verstrekt waar de wet dat "
                "mogelijk maakt." + onbekend
            ),
            bron=passage(1055, 1057),
            bepalingen=(wpg.GEHEIMHOUDING,),
        ),
        Regime(
            naam="AVG en UAVG",
            van_toepassing=None if politietaak is None else not politietaak,
            reden=(
                "De AVG is van toepassing op persoonsgegevens die niet voor de politietaak worden "
                "verwerkt (r. 979), en bij de ontvanger nadat de politiegegevens zijn verstrekt "
                "(r. 1073)." + onbekend
            ),
            bron=passage(975, 979, 1073),
            bepalingen=(avg.GRONDSLAGEN,),
        ),
    )


_POLITIE_REGIMES_PER_FEIT = MappingProxyType(
    {t: _maak_politie_regimes(t) for t in (True, False, None)}
)
_POLITIE_REGIMES = _POLITIE_REGIMES_PER_FEIT[None]


def _politie_regimes(v: Verstrekking) -> tuple[Regime, ...]:
    return _POLITIE_REGIMES_PER_FEIT[v.feit(Feit.VERWERKT_VOOR_POLITIETAAK)]


def _plan(v: Verstrekking, keuze: _Keuze) -> Stappenplan | None:
    """The stappenplan of ``keuze`` for ``v`` (the police: per recipient)."""
    if keuze.politie:
        return _politieplan(v)
    return keuze.stappenplan


def _politieplan(v: Verstrekking) -> Stappenplan:
    """The Stappenplan Politie for the recipient of ``v``.

    A boa has his own verstrekkingenwijzer (003 r. 823, 1313), and the besluiten for
    boa's and the bijzondere opsporingsdiensten exclude parts of the Besluit
    politiegegevens: the table of the handreiking is the police's, so for them
    every recipient is asked about.
    """
    if wpg.eigen_verstrekkingenwijzer(v.verstrekker):
        return POLITIE
    return _POLITIEPLAN_PER_PARTIJ[(v.ontvanger.organisatie, v.ontvanger.rol)]


#: The Stappenplan Politie per kind of recipient (looked up once; the rows hash slowly).
_POLITIEPLAN_PER_PARTIJ: Mapping[tuple[Organisatie, Rol], Stappenplan] = MappingProxyType(
    {
        (org, rol): POLITIE if regel is None else POLITIE_PER_ONTVANGER[regel]
        for org, rollen in ROLLEN_PER_ORGANISATIE.items()
        for rol in rollen
        for regel in (wpg.wijzerregel(Partij(organisatie=org, rol=rol)),)
    }
)


#: How "bij ..." names an organisation that is not "een ..." (the others are "een gemeente" etc.).
_BIJ: Mapping[Organisatie, str] = MappingProxyType(
    {
        Organisatie.POLITIE: "de politie",
        Organisatie.OPENBAAR_MINISTERIE: "het openbaar ministerie",
        Organisatie.VEILIG_THUIS: "Veilig Thuis",
        Organisatie.RAAD_VOOR_DE_KINDERBESCHERMING: "de Raad voor de Kinderbescherming",
        Organisatie.RECLASSERING: "de reclassering",
        Organisatie.VERWIJSINDEX: "de verwijsindex",
        Organisatie.INSPECTIE: "de Inspectie Gezondheidszorg en Jeugd",
    }
)


def _zorg(org: Organisatie, rol: Rol) -> _Keuze:
    """A professional with a beroepsgeheim: the zorg stappenplan, and the AVG beside it."""
    geheim = BEROEPSGEHEIM_PER_ROL[rol]
    plan = (
        ZORG_BIJ_BEVOEGDE_AUTORITEIT[rol]
        if org in wpg.BEVOEGDE_AUTORITEITEN
        else ZORG
        if rol is Rol.ZORG_EN_HULPVERLENER
        else ZORG_PER_SOORT[geheim.soort]
    )
    werkgever = (
        f" U werkt bij {_BIJ.get(org, 'een ' + org.value)}, maar het beroepsgeheim ontstaat door "
        "de aard van de relatie met de cliënt; bij wie u in dienst bent speelt geen rol."
        if org not in {Organisatie.ZORGAANBIEDER, Organisatie.JEUGDHULPAANBIEDER}
        else ""
    )
    bepalingen = geheim.bepalingen
    if geheim.soort is Soort.JEUGDHULP and org is Organisatie.GECERTIFICEERDE_INSTELLING:
        # §7.3 Jeugdwet applies to the gecertificeerde instelling through art. 7.3.1 lid 1.
        bepalingen = (*bepalingen, JEUGDWET.bepaling("7.3.1", lid="1"))
    regimes = [
        _avg_regime(
            "Naast een grond om het beroepsgeheim te doorbreken is een grondslag uit art. 6 AVG "
            "nodig; voor bijzondere persoonsgegevens ook een uitzondering op art. 9 AVG.",
            (*passage(329), *passage(1226, bestand=HANDVAT)),
        ),
        Regime(
            naam="Beroepsgeheim",
            van_toepassing=True,
            reden=f"U handelt als {rol.value}. {geheim.reden}{werkgever}",
            bron=(*geheim.bron, *passage(410, 450)),
            bepalingen=bepalingen,
        ),
    ]
    daarna_politie = org in wpg.BEVOEGDE_AUTORITEITEN
    if daarna_politie:
        regimes.append(
            Regime(
                naam="Wet politiegegevens",
                van_toepassing=None,
                reden=(
                    "U werkt bij een bevoegde autoriteit en op u rust een (medisch) beroepsgeheim: "
                    "eerst geldt het stappenplan voor het beroepsgeheim; gaat het om politiegegevens, "
                    "dan daarna ook het Stappenplan Politie."
                ),
                bron=passage(948, 950, 952),
                bepalingen=(wpg.POLITIEGEGEVEN,),
            )
        )
    return _Keuze(stappenplan=plan, regimes=tuple(regimes), daarna_politie=daarna_politie)


def _geheimhouding_regime(verkregen: bool | None) -> Regime:
    """The secrecy that stays on data received under the Wpg or the Wjsg (003 r. 1073, 3993, 4287)."""
    return Regime(
        naam="Geheimhouding Wpg/Wjsg",
        van_toepassing=verkregen,
        reden=(
            "Op gegevens die op grond van de Wpg of Wjsg zijn verkregen blijft de "
            "geheimhoudingsplicht gelden (art. 7 lid 2 Wpg, art. 52 lid 1 Wjsg)."
            + ("" if verkregen is not None else " Of dat hier zo is, is nog onbekend.")
        ),
        bron=passage(1073, 3993, 4287),
        bepalingen=(wpg.GEHEIMHOUDING_ONTVANGER, WJSG.bepaling("52", lid="1")),
    )


def _met_geheimhouding(keuze: _Keuze, verkregen: bool | None) -> _Keuze:
    """The zorg choice, with the secrecy of data received from the police or the OM.

    At a bevoegde autoriteit the Stappenplan Politie follows and names the Wpg regimes itself.
    """
    if keuze.daarna_politie:
        return keuze
    return attrs.evolve(keuze, regimes=(*keuze.regimes, _geheimhouding_regime(verkregen)))


def _kies(org: Organisatie, rol: Rol, verkregen: bool | None, aangifte: bool) -> _Keuze:
    if rol in BEROEPSGEHEIM_PER_ROL:
        return _met_geheimhouding(_zorg(org, rol), verkregen)
    if rol is Rol.BOA or org in wpg.BEVOEGDE_AUTORITEITEN:
        return _Keuze(stappenplan=POLITIE, regimes=_POLITIE_REGIMES, politie=True)
    if org is Organisatie.OPENBAAR_MINISTERIE:
        naam = "Stappenplan Justitie"
        reden = "Het OM verwerkt justitiële en strafvorderlijke gegevens; de Wjsg gaat dan voor op de AVG."
        bron = passage(4737, 5494)
        return _Keuze(
            stappenplan=None,
            regimes=(
                Regime(
                    naam="Wet justitiële en strafvorderlijke gegevens",
                    van_toepassing=True,
                    reden=reden,
                    bron=bron,
                ),
                Regime(
                    naam="Wettelijke geheimhoudingsplicht",
                    van_toepassing=True,
                    reden=(
                        "Wie op grond van de Wjsg over gegevens beschikt is tot geheimhouding "
                        "verplicht (art. 52 Wjsg)."
                    ),
                    bron=passage(5655),
                    bepalingen=(WJSG.bepaling("52", lid="1"),),
                ),
            ),
            buiten_bereik=_niet_uitgewerkt(naam, reden, bron),
        )
    if org is Organisatie.GEMEENTE and rol is Rol.OPENBARE_ORDE:
        return _Keuze(
            stappenplan=GEMEENTEN,
            regimes=(
                _avg_regime(
                    "De (U)AVG is van toepassing op verwerkingen door de burgemeester in het kader van "
                    "de openbare orde; de Gemeentewet geeft geen aparte regels voor gegevensverwerking.",
                    passage(3958),
                ),
                Regime(
                    naam="Gemeentewet (openbare orde)",
                    van_toepassing=True,
                    reden="De burgemeester is belast met de handhaving van de openbare orde.",
                    bron=passage(3958, 4141),
                    bepalingen=(GEMEENTEWET.bepaling("172", lid="1"),),
                ),
                Regime(
                    naam="Beroepsgeheim",
                    van_toepassing=False,
                    reden="De Gemeentewet en APV's bevatten geen specifieke geheimhoudingsplicht.",
                    bron=passage(4287),
                ),
                _geheimhouding_regime(verkregen),
                *_aangifte_regime(aangifte),
            ),
        )
    if org is Organisatie.ONDERWIJSINSTELLING:  # wie werkzaam is in het onderwijs (r. 4300)
        return _Keuze(
            stappenplan=ONDERWIJS,
            regimes=(
                _avg_regime(
                    "Onderwijsinstellingen dienen zich aan de normen uit de (U)AVG te houden.",
                    passage(4304),
                ),
                Regime(
                    naam="Onderwijswetgeving (WPO, WVO 2020, WEC)",
                    van_toepassing=True,
                    reden="Voor scholen geldt daarnaast specifieke wetgeving, zoals de zorg voor de veiligheid op school.",
                    bron=passage(4304, 4463),
                    bepalingen=(WPO.bepaling("4c"), WVO_2020.bepaling("3.40"), WEC.bepaling("5a")),
                ),
                Regime(
                    naam="Beroepsgeheim",
                    van_toepassing=False,
                    reden="Voor leerkrachten geldt geen wettelijk geregeld beroepsgeheim (wel eventueel een contractuele geheimhoudingsplicht).",
                    bron=passage(4705),
                ),
                _geheimhouding_regime(verkregen),
                *_aangifte_regime(aangifte),
            ),
        )
    reden = (
        f"Voor een {org.value} in de rol '{rol.value}' heeft de handreiking geen stappenplan "
        "dat privacyrecht uitwerkt."
    )
    bron = passage(3956, 4300)
    return _Keuze(
        stappenplan=None,
        regimes=(Regime(naam="AVG en UAVG", van_toepassing=None, reden=reden, bron=bron),),
        buiten_bereik=OpenVraag(
            soort=Vraagsoort.BUITEN_BEREIK,
            sleutel="stappenplan",
            vraag=reden
            + " Beoordeel de verstrekking zelf aan de hand van de AVG, of kies de rol waarin u handelt.",
            bron=bron,
            wie=_FG,
        ),
    )


def _bepalingen_van(plan: Stappenplan) -> list[Bepaling]:
    """Every provision a stappenplan applies or can give as its answer."""
    found: list[Bepaling] = []
    for step in plan.procedure.steps.values():
        found.extend(
            c for leaf in step.predicate.leaves() for c in leaf.cites if isinstance(c, Bepaling)
        )
        for branch in (step.if_true, step.if_false):
            for add in branch.adds:
                if isinstance(add, (Grondslag, Weigering)):
                    found.append(add.bepaling)
                elif isinstance(add, (Voorwaarde, OpenVraag)):
                    found.extend(add.bepalingen if isinstance(add, Voorwaarde) else add.waarom)
    return found


def _met_rechtsstand(keuze: _Keuze) -> _Keuze:
    bepalingen = [b for r in keuze.regimes for b in r.bepalingen]
    if keuze.stappenplan is not None:
        bepalingen.extend(_bepalingen_van(keuze.stappenplan))
    vervolg: tuple[Vervolgactie, ...] = ()
    if keuze.buiten_bereik is not None:
        vervolg = (
            Vervolgactie(
                tekst="Raadpleeg de privacy officer of de FG.", bron=keuze.buiten_bereik.bron
            ),
        )
    return attrs.evolve(keuze, rechtsstand=_rechtsstand(bepalingen), vervolgacties=vervolg)


_ONBESLIST_PER_CATEGORIE = MappingProxyType(
    {c: GegevensOordeel(categorie=c, uitkomst=Uitkomst.ONBESLIST) for c in Gegevenscategorie}
)


def _dedupe(items: list[Bepaling]) -> tuple[Bepaling, ...]:
    out: list[Bepaling] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _uitkomst(run: Run[OpenVraag, Uitkomst, Bijdrage]) -> Uitkomst:
    return Uitkomst.ONBESLIST if run.outcome is None else run.outcome


def _grondslagen(uitkomst: Uitkomst, adds: tuple[Bijdrage, ...]) -> tuple[Bepaling, ...]:
    if uitkomst in {Uitkomst.MAG, Uitkomst.MOET}:
        return _dedupe([a.bepaling for a in adds if isinstance(a, Grondslag)])
    if uitkomst is Uitkomst.MAG_NIET:
        return _dedupe([a.bepaling for a in adds if isinstance(a, Weigering)])
    return ()


def _rechtsstand(bepalingen: list[Bepaling]) -> tuple[Rechtsstand, ...]:
    regelingen = {b.regeling.afkorting for b in bepalingen}
    stand = [
        Rechtsstand(regeling=r.afkorting, versie=r.versie, status=r.status.value)
        for r in REGELINGEN.values()
        if r.afkorting in regelingen
    ]
    stand.sort(key=lambda s: s.regeling)
    stand.append(
        Rechtsstand(
            regeling=f"Handreiking ({HANDREIKING})",
            versie=HANDREIKING_DATUM,
            status="richtsnoer (mei 2023)",
        )
    )
    return tuple(stand)


_INSTEMMING = Voorwaarde(
    tekst=(
        "Dat de betrokkene instemt met de hulpverlening, is geen toestemming om gegevens te "
        "verwerken of te verstrekken, en geen toestemming om het beroepsgeheim te doorbreken; "
        "daarvoor is een eigen grondslag of toestemming nodig."
    ),
    bron=passage(1308, 1330, bestand=HANDVAT),
)
_OPNIEUW = Vervolgactie(tekst="Beantwoord de open vragen en beoordeel de verstrekking opnieuw.")
_VASTLEGGEN = Vervolgactie(
    tekst="Leg de verstrekking en de afwegingen vast, zodat u ze kunt verantwoorden.",
    bron=passage(325, 4905),
)


def beoordeel(verstrekking: Verstrekking) -> Beoordeling:
    """Beoordeel ``verstrekking``: mag, moet, mag niet of onbeslist, en waarom.

    Een juridische uitkomst is altijd een waarde; er wordt alleen een fout
    gegeven bij ongeldige invoer (al bij het maken van de ``Verstrekking``).
    """
    keuze = _keuze(verstrekking)
    plan = _plan(verstrekking, keuze)
    if plan is None:
        return _buiten_bereik(verstrekking, keuze)
    casus = Casus(verstrekking)
    regimes = _politie_regimes(verstrekking) if keuze.politie else keuze.regimes
    eerst = _met_plan(verstrekking, casus, plan, regimes, keuze.rechtsstand)
    if not keuze.daarna_politie or eerst.uitkomst not in _TOESTEMMEND:
        return eerst
    daarna = _met_plan(
        verstrekking,
        casus,
        _politieplan(verstrekking),
        _politie_regimes(verstrekking),
        _POLITIE_RECHTSSTAND,
    )
    return _na_elkaar(eerst, daarna)


def beoordeel_ontvangers(
    verstrekking: Verstrekking, ontvangers: tuple[Partij, ...]
) -> tuple[tuple[Partij, Beoordeling], ...]:
    """Beoordeel dezelfde verstrekking voor meer ontvangers, elk apart.

    Bij politiegegevens eerst de ontvangers binnen de Wpg (ter beschikking
    stellen, stap 4A), dan de andere (stap 4B; 003 r. 1129, 1206, 1228).  Bij
    elke ontvanger horen zijn eigen grondslag, voorwaarden en open vragen.
    """
    volgorde = sorted(
        enumerate(ontvangers), key=lambda io: (not wpg.bevoegde_autoriteit(io[1]), io[0])
    )
    return tuple(
        (ontvanger, beoordeel(attrs.evolve(verstrekking, ontvanger=ontvanger)))
        for _, ontvanger in volgorde
    )


_TOESTEMMEND = frozenset({Uitkomst.MAG, Uitkomst.MOET})


def _met_plan(
    verstrekking: Verstrekking,
    casus: Casus,
    plan: Stappenplan,
    regimes: tuple[Regime, ...],
    rechtsstand: tuple[Rechtsstand, ...],
) -> Beoordeling:
    """The answer of one stappenplan."""
    run = plan.doorloop(casus)
    uitkomst = _uitkomst(run)
    delen = _Delen.uit(run)
    voorwaarden, vervolg = delen.voorwaarden, delen.vervolg
    vragen = [*run.open_questions, *delen.vragen]
    if verstrekking.instemming_hulpverlening is not None:
        voorwaarden.append(_INSTEMMING)
    if uitkomst is Uitkomst.ONBESLIST:
        grondslagen: tuple[Bepaling, ...] = ()
        vervolg.append(_OPNIEUW)
    elif uitkomst is Uitkomst.MAG_NIET:
        grondslagen = _dedupe(delen.weigering)
    else:
        grondslagen = _dedupe(delen.grond)
        vervolg.append(_VASTLEGGEN)
    politie = plan.sleutel == "politie"
    return Beoordeling(
        uitkomst=uitkomst,
        grondslagen=grondslagen,
        doorbrekingen=tuple(delen.doorbrekingen) if uitkomst in _TOESTEMMEND else (),
        regimes=regimes,
        stappenplan=plan.naam,
        open_vragen=_uniek(vragen),
        voorwaarden=tuple(voorwaarden),
        vervolgacties=tuple(vervolg),
        gegevens=(
            tuple(GegevensOordeel(categorie=c, uitkomst=uitkomst) for c in verstrekking.gegevens)
            if politie
            else _gegevens(plan, casus, uitkomst, grondslagen)
        ),
        stappen=plan.stappen(run, casus),
        te_beoordelen=tuple(delen.kanttekeningen),
        rechtsstand=rechtsstand,
        politiegegevens=_politiegegevens(plan, casus, uitkomst, grondslagen) if politie else (),
    )


_RANG = {Uitkomst.MAG_NIET: 0, Uitkomst.ONBESLIST: 1, Uitkomst.MAG: 2, Uitkomst.MOET: 3}


def _zwakste(a: Uitkomst, b: Uitkomst) -> Uitkomst:
    return a if _RANG[a] <= _RANG[b] else b


#: The steps that say the Wpg does not apply (the data are not politiegegevens).
_WPG_NIET_VAN_TOEPASSING = frozenset({"Stap 1A", "Stap 2A", "Stap 2B"})


def _na_elkaar(eerst: Beoordeling, daarna: Beoordeling) -> Beoordeling:
    """The zorg stappenplan, then the Stappenplan Politie (003 r. 948–952).

    Both must allow the verstrekking.  ``moet`` only where both say ``moet``:
    the Wpg does not oblige a professional to break his beroepsgeheim.  When
    the data are not politiegegevens, the zorg answer stands.
    """
    laatste = daarna.stappen[-1] if daarna.stappen else None
    if (
        laatste is not None
        and laatste.stap in _WPG_NIET_VAN_TOEPASSING
        and laatste.antwoord is Antwoord.NEE
    ):
        return attrs.evolve(
            eerst, stappen=(*eerst.stappen, *daarna.stappen), regimes=_samen(eerst, daarna)
        )
    uitkomst = _zwakste(eerst.uitkomst, daarna.uitkomst)
    if uitkomst is Uitkomst.MOET and eerst.uitkomst is not daarna.uitkomst:
        uitkomst = Uitkomst.MAG
    if uitkomst in _TOESTEMMEND:
        grondslagen = _dedupe([*eerst.grondslagen, *daarna.grondslagen])
        doorbrekingen = (*eerst.doorbrekingen, *daarna.doorbrekingen)
    else:
        grondslagen, doorbrekingen = daarna.grondslagen, ()
    per_categorie = {g.categorie: g for g in daarna.gegevens}
    return Beoordeling(
        uitkomst=uitkomst,
        grondslagen=grondslagen,
        doorbrekingen=doorbrekingen,
        regimes=_samen(eerst, daarna),
        stappenplan=f"{eerst.stappenplan}, daarna {daarna.stappenplan}",
        open_vragen=daarna.open_vragen,
        voorwaarden=(*eerst.voorwaarden, *daarna.voorwaarden),
        vervolgacties=tuple(
            dict.fromkeys(
                [a for a in eerst.vervolgacties if a is not _VASTLEGGEN]
                + list(daarna.vervolgacties)
            )
        ),
        gegevens=tuple(
            g
            if _RANG[g.uitkomst] <= _RANG[per_categorie[g.categorie].uitkomst]
            else per_categorie[g.categorie]
            for g in eerst.gegevens
        ),
        stappen=(*eerst.stappen, *daarna.stappen),
        te_beoordelen=(*eerst.te_beoordelen, *daarna.te_beoordelen),
        rechtsstand=tuple(dict.fromkeys((*eerst.rechtsstand, *daarna.rechtsstand))),
        politiegegevens=daarna.politiegegevens,
    )


def _samen(eerst: Beoordeling, daarna: Beoordeling) -> tuple[Regime, ...]:
    """The regimes of the zorg answer, with those of the Wpg as the police plan found them."""
    return (
        *(r for r in eerst.regimes if r.naam != "Wet politiegegevens"),
        *(r for r in daarna.regimes if r.naam != "AVG en UAVG"),
    )


def _politiegegevens(
    plan: Stappenplan, casus: Casus, uitkomst: Uitkomst, grondslagen: tuple[Bepaling, ...]
) -> tuple[PolitiegegevensOordeel, ...]:
    """Per soort politiegegeven: may it go, as if only that soort were asked for.

    Soorten whose facts on their own are the same (:data:`SOORT_KEYS`: art. 8 and
    13, say) are treated alike by every rule and share one run; when all soorten
    asked for are alike, the answer on the whole is the answer on each.
    """
    soorten = casus.verstrekking.politiegegevens
    if uitkomst in _TOESTEMMEND or len(soorten) <= 1:
        return tuple(
            PolitiegegevensOordeel(soort=s, uitkomst=uitkomst, bepalingen=grondslagen)
            for s in soorten
        )
    alleen = {s: casus.met_politiegegevens((s,)) for s in soorten}
    klassen = {s: tuple(c.facts.get(k) for k in SOORT_KEYS) for s, c in alleen.items()}
    if len(set(klassen.values())) == 1:
        return tuple(
            PolitiegegevensOordeel(soort=s, uitkomst=uitkomst, bepalingen=grondslagen)
            for s in soorten
        )
    gedeeld: dict[tuple[Truth | None, ...], tuple[Uitkomst, tuple[Bepaling, ...]]] = {}
    result = []
    for soort in soorten:
        verdict = gedeeld.get(klassen[soort])
        if verdict is None:
            run = plan.doorloop(alleen[soort])
            eigen = _uitkomst(run)
            verdict = gedeeld[klassen[soort]] = (eigen, _grondslagen(eigen, run.adds))
        result.append(
            PolitiegegevensOordeel(soort=soort, uitkomst=verdict[0], bepalingen=verdict[1])
        )
    return tuple(result)


@attrs.define
class _Delen:
    """The contributions of a run, sorted by kind."""

    grond: list[Bepaling] = attrs.field(factory=list)
    weigering: list[Bepaling] = attrs.field(factory=list)
    voorwaarden: list[Voorwaarde] = attrs.field(factory=list)
    vervolg: list[Vervolgactie] = attrs.field(factory=list)
    kanttekeningen: list[Kanttekening] = attrs.field(factory=list)
    vragen: list[OpenVraag] = attrs.field(factory=list)
    doorbrekingen: list[Doorbreking] = attrs.field(factory=list)

    @classmethod
    def uit(cls, run: Run[OpenVraag, Uitkomst, Bijdrage]) -> _Delen:
        delen = cls()
        for add in run.adds:
            if isinstance(add, Doorbreking):
                delen.doorbrekingen.append(add)
            elif isinstance(add, Grondslag):
                delen.grond.append(add.bepaling)
            elif isinstance(add, Weigering):
                delen.weigering.append(add.bepaling)
            elif isinstance(add, Voorwaarde):
                delen.voorwaarden.append(add)
            elif isinstance(add, Vervolgactie):
                delen.vervolg.append(add)
            elif isinstance(add, Kanttekening):
                delen.kanttekeningen.append(add)
            else:
                delen.vragen.append(add)
        return delen


def _uniek(vragen: list[OpenVraag]) -> tuple[OpenVraag, ...]:
    seen: set[tuple[Vraagsoort, str]] = set()
    out: list[OpenVraag] = []
    for vraag in vragen:
        key = (vraag.soort, vraag.sleutel)
        if key not in seen:
            seen.add(key)
            out.append(vraag)
    return tuple(out)


def _gegevensoordeel(
    plan: Stappenplan,
    casus: Casus,
    categorie: Gegevenscategorie,
    uitkomst: Uitkomst,
    grondslagen: tuple[Bepaling, ...],
) -> GegevensOordeel:
    """The verdict on one category; where it may go, with the exception that lifts a ban."""
    if uitkomst in {Uitkomst.MAG, Uitkomst.MOET} and categorie is not Gegevenscategorie.GEWOON:
        grondslagen = (*grondslagen, *vervulde_bepalingen(plan.categorieregels[categorie], casus))
    return GegevensOordeel(categorie=categorie, uitkomst=uitkomst, bepalingen=grondslagen)


def _gegevens(
    plan: Stappenplan,
    casus: Casus,
    uitkomst: Uitkomst,
    grondslagen: tuple[Bepaling, ...],
) -> tuple[GegevensOordeel, ...]:
    """Per category: may it go, and on which provisions.

    Each category is judged as if it were asked for on its own.  When the whole
    verstrekking may go, so may each part.  Otherwise a run is made per kind of
    category: the runs for single categories differ only in the category steps
    (art. 9 AVG, art. 10 AVG, art. 46 UAVG) and in the steps that ask whether
    only certain data are asked for (the aangifte: only data about the offence;
    the verwijsindex: only who the jongere is).  Two categories whose own rule
    gives the same value at the same step, and that answer those questions
    alike, get the same answer.
    """
    v = casus.verstrekking
    if uitkomst in {Uitkomst.MAG, Uitkomst.MOET} or len(v.gegevens) <= 1:
        return tuple(_gegevensoordeel(plan, casus, c, uitkomst, grondslagen) for c in v.gegevens)
    result = []
    gedeeld: dict[tuple[object, ...], tuple[Uitkomst, tuple[Bepaling, ...]]] = {}
    for categorie in v.gegevens:
        alleen = casus.met_gegevens((categorie,))
        truth = plan.categorieregels[categorie].truth(alleen)
        soort = "vrij" if truth is Truth.TRUE else _STAPSOORT[categorie]
        key = (soort, truth, _DEELVRAGEN[categorie])
        verdict = gedeeld.get(key)
        if verdict is None:
            run = plan.doorloop(alleen)
            eigen = _uitkomst(run)
            verdict = gedeeld[key] = (eigen, _grondslagen(eigen, run.adds))
        result.append(_gegevensoordeel(plan, casus, categorie, *verdict))
    return tuple(result)


#: For a category asked for on its own: is it data about the offence (the
#: aangifte routes) and does it only say who the jongere is (the verwijsindex)?
_DEELVRAGEN: Mapping[Gegevenscategorie, tuple[bool, bool]] = MappingProxyType(
    {c: (c in OVER_HET_FEIT, c in IDENTITEIT) for c in Gegevenscategorie}
)


#: Which category step a category meets (its own rule is tested there).
_STAPSOORT: Mapping[Gegevenscategorie, str] = MappingProxyType(
    {
        c: "art. 9 AVG"
        if c in ARTIKEL_9_CATEGORIEEN
        else "art. 10 AVG"
        if c is Gegevenscategorie.STRAFRECHTELIJK
        else "art. 46 UAVG"
        if c is Gegevenscategorie.BSN
        else "vrij"
        for c in Gegevenscategorie
    }
)


def _buiten_bereik(v: Verstrekking, keuze: _Keuze) -> Beoordeling:
    vraag = keuze.buiten_bereik
    if vraag is None:  # pragma: no cover - every choice without a plan names its question
        msg = "regime choice without a stappenplan must say why"
        raise AssertionError(msg)
    return Beoordeling(
        uitkomst=Uitkomst.ONBESLIST,
        grondslagen=(),
        doorbrekingen=(),
        regimes=keuze.regimes,
        stappenplan=None,
        open_vragen=(vraag,),
        voorwaarden=(),
        vervolgacties=keuze.vervolgacties,
        gegevens=tuple(_ONBESLIST_PER_CATEGORIE[c] for c in v.gegevens),
        stappen=(),
        te_beoordelen=(),
        rechtsstand=keuze.rechtsstand,
    )


#: Every choice, made once: by organisation, role, whether the data came from
#: the police or the OM (true, false, unknown) and whether the purpose is aangifte.
_KEUZES: Mapping[tuple[Organisatie, Rol, bool | None, bool], _Keuze] = MappingProxyType(
    {
        (org, rol, verkregen, aangifte): _met_rechtsstand(_kies(org, rol, verkregen, aangifte))
        for org, rollen in ROLLEN_PER_ORGANISATIE.items()
        for rol in rollen
        for verkregen in (True, False, None)
        for aangifte in (True, False)
    }
)


def _keuze(v: Verstrekking) -> _Keuze:
    return _KEUZES[
        (
            v.verstrekker.organisatie,
            v.verstrekker.rol,
            v.feit(Feit.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG),
            v.doel is Doel.AANGIFTE,
        )
    ]


#: The texts the Stappenplan Politie rests on, for the second half of a combined answer.
_POLITIE_RECHTSSTAND = _rechtsstand(_bepalingen_van(POLITIE))
