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

from privacyrecht import avg
from privacyrecht._bladeren import vervulde_bepalingen
from privacyrecht._casus import IDENTITEIT, OVER_HET_FEIT, Casus
from privacyrecht._engine import Run, Truth
from privacyrecht.beoordeling import (
    Beoordeling,
    Doorbreking,
    GegevensOordeel,
    Grondslag,
    Kanttekening,
    OpenVraag,
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
    WPG,
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
    Rol,
    Verstrekking,
)
from privacyrecht.stappenplannen import GEMEENTEN, ONDERWIJS, ZORG, ZORG_PER_SOORT, Stappenplan
from privacyrecht.stappenplannen._basis import Bijdrage

__all__ = ["beoordeel", "kies_stappenplan"]

_FG = "de privacy officer of de functionaris voor gegevensbescherming (FG)"


@attrs.frozen(kw_only=True)
class _Keuze:
    stappenplan: Stappenplan | None
    regimes: tuple[Regime, ...]
    buiten_bereik: OpenVraag | None = None
    rechtsstand: tuple[Rechtsstand, ...] = ()
    vervolgacties: tuple[Vervolgactie, ...] = ()
    #: A regime that applies after the stappenplan and is not yet encoded: a
    #: permission of the stappenplan is then not the final answer.
    daarna: tuple[OpenVraag, ...] = ()


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
    return keuze.stappenplan, keuze.regimes


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
    plan = ZORG if rol is Rol.ZORG_EN_HULPVERLENER else ZORG_PER_SOORT[geheim.soort]
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
    daarna: tuple[OpenVraag, ...] = ()
    if org is Organisatie.POLITIE:
        reden = (
            "U werkt bij een bevoegde autoriteit en op u rust een (medisch) beroepsgeheim: doorloop "
            "eerst het stappenplan voor het beroepsgeheim; gaat het om politiegegevens, dan geldt "
            "daarna ook de Wet politiegegevens."
        )
        regimes.append(
            Regime(
                naam="Wet politiegegevens",
                van_toepassing=None,
                reden=reden,
                bron=passage(948, 950, 952),
                bepalingen=(WPG.bepaling("1"),),
            )
        )
        daarna = (
            _niet_uitgewerkt(
                "Stappenplan Politie", reden, passage(948, 950, 952), (WPG.bepaling("1"),)
            ),
        )
    return _Keuze(stappenplan=plan, regimes=tuple(regimes), daarna=daarna)


def _kies(org: Organisatie, rol: Rol, wpg: bool | None, aangifte: bool) -> _Keuze:
    if rol in BEROEPSGEHEIM_PER_ROL:
        return _zorg(org, rol)
    if rol is Rol.BOA or org is Organisatie.POLITIE:
        naam = "Stappenplan Politie"
        reden = "Politie en boa's verwerken politiegegevens; de Wpg gaat dan voor op de AVG."
        bron = passage(3956, 5204)
        return _Keuze(
            stappenplan=None,
            regimes=(
                Regime(
                    naam="Wet politiegegevens",
                    van_toepassing=True,
                    reden=reden,
                    bron=bron,
                    bepalingen=(WPG.bepaling("1"),),
                ),
                Regime(
                    naam="Wettelijke geheimhoudingsplicht",
                    van_toepassing=True,
                    reden=(
                        "Op politiegegevens rust een wettelijke geheimhoudingsplicht (art. 7 Wpg); "
                        "zij mogen alleen worden verstrekt waar de wet dat toelaat."
                    ),
                    bron=passage(1073, 4287),
                    bepalingen=(WPG.bepaling("7", lid="1"),),
                ),
            ),
            buiten_bereik=_niet_uitgewerkt(naam, reden, bron),
        )
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
                Regime(
                    naam="Geheimhouding Wpg/Wjsg",
                    van_toepassing=wpg,
                    reden=(
                        "Op gegevens die op grond van de Wpg of Wjsg zijn verkregen blijft de "
                        "geheimhoudingsplicht gelden."
                        + ("" if wpg is not None else " Of dat hier zo is, is nog onbekend.")
                    ),
                    bron=passage(3993, 4287),
                ),
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
    plan = keuze.stappenplan
    if plan is None:
        return _buiten_bereik(verstrekking, keuze)
    casus = Casus(verstrekking)
    run = plan.doorloop(casus)
    uitkomst = _uitkomst(run)
    delen = _Delen.uit(run)
    grond, weigering, voorwaarden, vervolg = (
        delen.grond,
        delen.weigering,
        delen.voorwaarden,
        delen.vervolg,
    )
    vragen = [*run.open_questions, *delen.vragen]
    if keuze.daarna and uitkomst in {Uitkomst.MAG, Uitkomst.MOET}:
        # The stappenplan allows it, but a regime that applies after it is not
        # yet encoded: not the final answer.
        uitkomst = Uitkomst.ONBESLIST
        vragen.extend(keuze.daarna)
    if verstrekking.instemming_hulpverlening is not None:
        voorwaarden.append(_INSTEMMING)
    if uitkomst is Uitkomst.ONBESLIST:
        grondslagen: tuple[Bepaling, ...] = ()
        vervolg.append(_OPNIEUW)
    elif uitkomst is Uitkomst.MAG_NIET:
        grondslagen = _dedupe(weigering)
    else:
        grondslagen = _dedupe(grond)
        vervolg.append(_VASTLEGGEN)
    return Beoordeling(
        uitkomst=uitkomst,
        grondslagen=grondslagen,
        doorbrekingen=tuple(delen.doorbrekingen)
        if uitkomst in {Uitkomst.MAG, Uitkomst.MOET}
        else (),
        regimes=keuze.regimes,
        stappenplan=plan.naam,
        open_vragen=_uniek(vragen),
        voorwaarden=tuple(voorwaarden),
        vervolgacties=tuple(vervolg),
        gegevens=_gegevens(plan, casus, uitkomst, grondslagen, daarna=bool(keuze.daarna)),
        stappen=plan.stappen(run, casus),
        te_beoordelen=tuple(delen.kanttekeningen),
        rechtsstand=keuze.rechtsstand,
    )


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
    *,
    daarna: bool,
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
            if daarna and eigen in {Uitkomst.MAG, Uitkomst.MOET}:
                eigen = Uitkomst.ONBESLIST  # a regime after the stappenplan is not encoded yet
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
        (org, rol, wpg, aangifte): _met_rechtsstand(_kies(org, rol, wpg, aangifte))
        for org, rollen in ROLLEN_PER_ORGANISATIE.items()
        for rol in rollen
        for wpg in (True, False, None)
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
