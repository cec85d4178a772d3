"""Het beroepsgeheim: wie het heeft, waar het geregeld is, en wanneer het wijkt.

"Het beroepsgeheim is de plicht om vertrouwelijke informatie die iemand te
weten is gekomen bij het uitoefenen van een beroep of ambt niet te delen met
derden" (003 r. 402).  Voor iedere zorg- en hulpverlener geldt een
beroepsgeheim (r. 410); het ontstaat door de aard van de relatie met de
cliënt, niet door de werkgever (r. 450).  Waar het geregeld is hangt af van
het beroep (r. 414–436, 5881–5960), zie :data:`BEROEPSGEHEIM_PER_ROL`.

Het beroepsgeheim is niet absoluut (r. 506, 6000).  Het wijkt alleen op een
grond die de bronnen erkennen (:class:`~privacyrecht.beoordeling.Doorbrekingsgrond`):

* uitdrukkelijke **toestemming** van de betrokkene (:func:`toestemming_doorbreking`,
  r. 506, 524–538);
* een **wettelijke verplichting** (r. 540–549, 6011–6016);
* een **meldrecht** (r. 572–604, 6018–6036);
* een **conflict van plichten**, met zes voorwaarden die elk een oordeel van de
  hulpverlener zijn (:data:`conflict_van_plichten`, r. 630–666, 6084–6112);
* een **wettelijke uitzondering**: wie rechtstreeks bij de behandeling is
  betrokken geldt niet als "ander" (art. 7:457 lid 2 BW, art. 7.3.11 lid 2
  Jeugdwet; 002 r. 1137–1139).

Om het beroepsgeheim te doorbreken is *daarnaast* een grondslag uit art. 6
AVG nodig (002 r. 1226–1230): het ene vervangt het andere niet.

>>> BEROEPSGEHEIM_PER_ROL[Rol.JEUGDBESCHERMER].soort.value
'beroepsgeheim jeugdhulp'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from privacyrecht import jeugdwet
from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import all_of, implies
from privacyrecht.bronnen import (
    BW_BOEK_7,
    EVRM,
    GRONDWET,
    HANDVAT,
    SR,
    WET_BIG,
    Bepaling,
    Passage,
    passage,
)
from privacyrecht.feiten import Feit, Rol, Toets

__all__ = [
    "BEROEPSGEHEIM_PER_ROL",
    "MEDISCH_BEROEPSGEHEIM",
    "RECHTSTREEKS_BETROKKENEN_WGBO",
    "WGBO_GEHEIMHOUDING",
    "Beroepsgeheim",
    "Soort",
    "beroepsgeheim_van",
    "conflict_van_plichten",
    "minimale_gegevensverwerking",
    "rechtstreeks_betrokken_wgbo",
    "toestemming_doorbreking",
]

#: Art. 88 Wet BIG: de geheimhoudingsplicht van wie een gereguleerd beroep
#: uitoefent (art. 3, 34 of 36a), over al wat hem bij de uitoefening van zijn
#: beroep als geheim is toevertrouwd of ter kennis is gekomen (003 r. 5894).
MEDISCH_BEROEPSGEHEIM = WET_BIG.bepaling("88")
#: Art. 7:457 lid 1 BW: geen inlichtingen aan anderen dan met toestemming van
#: de patiënt, en niet ten koste van de persoonlijke levenssfeer van een ander;
#: zonder die beperkingen als de wet tot verstrekking verplicht (003 r. 5898).
WGBO_GEHEIMHOUDING = BW_BOEK_7.bepaling("7:457", lid="1")
#: Art. 7:457 lid 2 BW: wie rechtstreeks betrokken is bij de uitvoering van de
#: behandelingsovereenkomst, en de vervanger, geldt niet als "ander", voor zover
#: de verstrekking noodzakelijk is voor hun werkzaamheden.
RECHTSTREEKS_BETROKKENEN_WGBO = BW_BOEK_7.bepaling("7:457", lid="2")
_ALGEMEEN = (EVRM.bepaling("8"), GRONDWET.bepaling("10"), SR.bepaling("272"))


class Soort(enum.StrEnum):
    """Waar het beroepsgeheim van een hulpverlener geregeld is (003 r. 414–436)."""

    MEDISCH = "medisch beroepsgeheim"
    AFGELEID = "afgeleid medisch beroepsgeheim"
    JEUGDHULP = "beroepsgeheim jeugdhulp"
    OVERIG = "beroepsgeheim overige hulpverleners"


@attrs.frozen(kw_only=True)
class Beroepsgeheim:
    """Het beroepsgeheim van een rol, met de bepalingen waar het geregeld is.

    Attributes:
        soort: medisch, afgeleid, jeugdhulp of overig.
        reden: waarom dit beroepsgeheim geldt, in gewone taal.
        bepalingen: waar het beroepsgeheim geregeld is.
        bron: de passages die dat zeggen.
        toestemming: de bepalingen die de verstrekking met toestemming regelen
            (leeg als het beroepsgeheim niet in een wet staat).
        rechtstreeks_betrokkenen: de bepaling die rechtstreeks betrokkenen
            uitzondert, of ``None``.
    """

    soort: Soort
    reden: str
    bepalingen: tuple[Bepaling, ...]
    bron: tuple[Passage, ...]
    toestemming: tuple[Bepaling, ...] = ()
    rechtstreeks_betrokkenen: Bepaling | None = None


_MEDISCH = Beroepsgeheim(
    soort=Soort.MEDISCH,
    reden=(
        "Het beroepsgeheim van artsen, verpleegkundigen, verloskundigen, psychiaters, "
        "fysiotherapeuten, gezondheidszorgpsychologen en andere (para)medische hulpverleners "
        "is geregeld in art. 88 Wet BIG en art. 7:457 BW (Wgbo)."
    ),
    bepalingen=(MEDISCH_BEROEPSGEHEIM, WGBO_GEHEIMHOUDING),
    bron=passage(416, 5890),
    toestemming=(WGBO_GEHEIMHOUDING,),
    rechtstreeks_betrokkenen=RECHTSTREEKS_BETROKKENEN_WGBO,
)
_AFGELEID = attrs.evolve(
    _MEDISCH,
    soort=Soort.AFGELEID,
    reden=(
        "Wie een medisch zorgverlener ondersteunt (doktersassistent, receptionist, "
        "leidinggevende) heeft een afgeleid beroepsgeheim: voor hem gelden dezelfde regels "
        "als voor de zorgverlener op wie het medisch beroepsgeheim rust."
    ),
    bron=passage(436, 5960),
)
_JEUGDHULP = Beroepsgeheim(
    soort=Soort.JEUGDHULP,
    reden=(
        "Voor jeugdhulpverleners, jeugdbeschermers en medewerkers van de jeugdreclassering is "
        "het beroepsgeheim geregeld in art. 7.3.11 lid 1 Jeugdwet (voor de gecertificeerde "
        "instelling via art. 7.3.1 lid 1 Jeugdwet)."
    ),
    bepalingen=(jeugdwet.BEROEPSGEHEIM,),
    bron=passage(422, 5902),
    toestemming=(jeugdwet.BEROEPSGEHEIM,),
    rechtstreeks_betrokkenen=jeugdwet.RECHTSTREEKS_BETROKKENEN,
)
_OVERIG = Beroepsgeheim(
    soort=Soort.OVERIG,
    reden=(
        "Voor overige hulpverleners, zoals maatschappelijk werkers, jongerenwerkers, "
        "gezinscoaches en leden van wijkteams die hulp of begeleiding bieden, is het "
        "beroepsgeheim afgeleid uit algemene privacybepalingen (art. 8 EVRM, art. 10 Grondwet, "
        "art. 272 Sr)."
    ),
    bepalingen=_ALGEMEEN,
    bron=passage(428, 5956),
)
_ONBEPAALD = attrs.evolve(
    _OVERIG,
    reden=(
        "Voor iedere zorg- en hulpverlener geldt een beroepsgeheim. Waar het geregeld is hangt "
        "af van het beroep (art. 88 Wet BIG en art. 7:457 BW, art. 7.3.11 Jeugdwet, of de "
        "algemene privacybepalingen); privacyrecht past hier de algemene bepalingen toe. Geef "
        "uw rol nauwkeuriger op als een van de andere geldt."
    ),
    bron=passage(410, 428),
)

#: Het beroepsgeheim per rol.  Het volgt uit de relatie met de cliënt, niet uit
#: de werkgever (003 r. 450): het geldt ook voor een hulpverlener in dienst van
#: de gemeente, een school of de politie.
BEROEPSGEHEIM_PER_ROL: Mapping[Rol, Beroepsgeheim] = MappingProxyType(
    {
        Rol.MEDISCH_ZORGVERLENER: _MEDISCH,
        Rol.ONDERSTEUNER_ZORGVERLENER: _AFGELEID,
        Rol.JEUGDHULPVERLENER: _JEUGDHULP,
        Rol.JEUGDBESCHERMER: _JEUGDHULP,
        Rol.JEUGDRECLASSERING: _JEUGDHULP,
        Rol.OVERIGE_HULPVERLENER: _OVERIG,
        Rol.ZORG_EN_HULPVERLENER: _ONBEPAALD,
    }
)


def beroepsgeheim_van(rol: Rol) -> Beroepsgeheim | None:
    """Het beroepsgeheim van wie in ``rol`` handelt, of ``None`` als die rol er geen heeft.

    >>> beroepsgeheim_van(Rol.LEERKRACHT) is None
    True
    """
    return BEROEPSGEHEIM_PER_ROL.get(rol)


# --- A. Toestemming -----------------------------------------------------------

_R_TOESTEMMING = passage(506, 524, 530, 536, 6009)


def _detail(
    key: Afgeleid,
    veld: str,
    vraag: str,
    *regels: int,
    waarom: tuple[Bepaling, ...],
    label: str = "",
) -> Regel:
    return afgeleid(
        key,
        sleutel=f"toestemming_beroepsgeheim.{veld}",
        vraag=vraag,
        waarom=waarom,
        bron=passage(*regels),
        label=label,
    )


def toestemming_doorbreking(geheim: Beroepsgeheim) -> Regel:
    """Geldige toestemming om ``geheim`` te doorbreken (003 r. 506, 524–538).

    Uitdrukkelijk, na vooraf te zijn verteld over doel, inhoud en mogelijke
    gevolgen, een vrije keuze waarvan de betrokkene de draagwijdte overziet,
    gegeven door de juiste persoon (gelet op de leeftijd), aantoonbaar, en als zij
    mondeling is gegeven vastgelegd in het cliëntdossier (van wie, waarvoor,
    wanneer).  De woorden "vrije keuze" en "draagwijdte" schrijft de handreiking
    toe aan art. 7:457 lid 1 BW (r. 530); die staan niet in de wettekst, maar in
    rechtspraak en beroepsrichtlijnen (te beoordelen).  Elke vraag noemt de
    bepalingen van dit beroepsgeheim.
    """
    waarom = geheim.toestemming or geheim.bepalingen
    return _toestemming_doorbreking(waarom)


def _toestemming_doorbreking(waarom: tuple[Bepaling, ...]) -> Regel:
    return all_of(
        feit(
            Feit.TOESTEMMING_BEROEPSGEHEIM,
            waarom=waarom,
            bron=passage(506, 551),
        ),
        _detail(
            Afgeleid.GEHEIM_UITDRUKKELIJK,
            "uitdrukkelijk",
            "Is de toestemming uitdrukkelijk gegeven?",
            506,
            waarom=waarom,
        ),
        _detail(
            Afgeleid.GEHEIM_GEINFORMEERD,
            "vooraf_geinformeerd",
            "Heeft u de betrokkene vooraf verteld over het doel, de inhoud en de mogelijke gevolgen van het doorbreken van het beroepsgeheim?",
            524,
            waarom=waarom,
        ),
        _detail(
            Afgeleid.GEHEIM_VRIJE_KEUZE,
            "vrije_keuze",
            "Is de toestemming een vrije keuze van de betrokkene?",
            530,
            waarom=waarom,
        ),
        _detail(
            Afgeleid.GEHEIM_DRAAGWIJDTE,
            "draagwijdte_overzien",
            "Overziet de betrokkene de draagwijdte van de toestemming?",
            530,
            waarom=waarom,
        ),
        implies(
            _detail(
                Afgeleid.GEHEIM_MONDELING,
                "mondeling",
                "Is de toestemming mondeling gegeven?",
                536,
                waarom=waarom,
            ),
            _detail(
                Afgeleid.GEHEIM_VASTGELEGD,
                "vastgelegd",
                "Heeft u de mondelinge toestemming vastgelegd in het cliëntdossier: van wie, waarvoor en wanneer?",
                536,
                waarom=waarom,
            ),
            label="Mondelinge toestemming is vastgelegd in het cliëntdossier (van wie, waarvoor, wanneer)",
        ),
        _detail(
            Afgeleid.GEHEIM_AANTOONBAAR,
            "aantoonbaar",
            "Kunt u aantonen dat de toestemming is gegeven?",
            536,
            waarom=waarom,
        ),
        _detail(
            Afgeleid.GEHEIM_JUISTE_PERSONEN,
            "door",
            (
                "Hoe oud is de betrokkene? Jonger dan 12 jaar geeft de ouder of voogd toestemming, "
                "van 12 tot 16 jaar ouder en jeugdige samen, vanaf 16 jaar de jeugdige zelf."
            ),
            506,
            waarom=waarom,
            label="Gaven de juiste personen toestemming, gelet op de leeftijd van de betrokkene?",
        ),
        label="Er is geldige toestemming om het beroepsgeheim te doorbreken",
        cites=(*waarom, *_R_TOESTEMMING),
    )


#: Art. 7:457 lid 2 BW: de ontvanger is rechtstreeks betrokken bij de uitvoering
#: van de behandelingsovereenkomst (of is de vervanger) en de gegevens zijn
#: noodzakelijk voor zijn werkzaamheden (002 r. 1137–1139).
rechtstreeks_betrokken_wgbo: Regel = all_of(
    feit(
        Feit.RECHTSTREEKS_BETROKKEN,
        waarom=(RECHTSTREEKS_BETROKKENEN_WGBO,),
        bron=passage(1137, 1139, bestand=HANDVAT),
    ),
    oordeel(
        Toets.NOODZAKELIJK_VOOR_WERKZAAMHEDEN,
        waarom=(RECHTSTREEKS_BETROKKENEN_WGBO,),
        bron=passage(1139, bestand=HANDVAT),
    ),
    label="De ontvanger is rechtstreeks betrokken en heeft de gegevens nodig voor zijn werk",
    cites=(RECHTSTREEKS_BETROKKENEN_WGBO, *passage(1137, 1139, bestand=HANDVAT)),
)

# --- D. Conflict van plichten -------------------------------------------------

_R_CVP = passage(632, 650, 656, 6086, 6088)


def _cvp(toets: Toets, *regels: int) -> Regel:
    return oordeel(toets, waarom=(), bron=passage(*regels))


#: Het conflict van plichten: de hulpverlener deelt informatie zonder
#: toestemming om een acuut gevaar af te wenden (003 r. 632–634, 6086).  "In
#: beginsel" moeten alle zes voorwaarden zijn vervuld (r. 6088), elk een oordeel
#: van de hulpverlener, die het beroepsgeheim doorbreekt — niet de politie of de
#: officier van justitie (r. 664):
#:
#: 1. gewetensnood door het handhaven van het beroepsgeheim (r. 632, 6092);
#: 2. het niet doorbreken levert waarschijnlijk ernstige schade op (r. 650, 6096);
#: 3. alles is geprobeerd om toestemming te krijgen, of vragen brengt iemand in
#:    gevaar (r. 638–646, 6100);
#: 4. het is vrijwel zeker dat het doorbreken de schade voorkomt of beperkt
#:    (r. 650, 6104);
#: 5. er is geen andere weg (subsidiariteit, r. 656, 6108);
#: 6. het beroepsgeheim wordt zo min mogelijk geschonden (proportionaliteit,
#:    r. 656, 6112).
#:
#: Het Handvat noemt er vijf, zonder de proportionaliteit (002 r. 1187–1222);
#: privacyrecht volgt de handreiking.  Het conflict van plichten is ongeschreven
#: recht: het citeert geen wetsartikel.
conflict_van_plichten: Regel = all_of(
    _cvp(Toets.CVP_GEWETENSNOOD, 632, 6092),
    _cvp(Toets.CVP_SCHADE, 650, 6096),
    _cvp(Toets.CVP_TOESTEMMING, 638, 644, 6100),
    _cvp(Toets.CVP_DOELMATIGHEID, 650, 6104),
    _cvp(Toets.CVP_SUBSIDIARITEIT, 656, 6108),
    _cvp(Toets.CVP_PROPORTIONALITEIT, 656, 6112),
    label="Aan alle voorwaarden voor een conflict van plichten is voldaan",
    cites=_R_CVP,
)

# --- Stap 3: minimale gegevensverwerking --------------------------------------

_R_MINIMAAL = passage(706, 712, 713, 714, 716)

#: Stap 3 van het Stappenplan Zorg- en hulpverleners (003 r. 704–716): de
#: gegevens zijn toereikend, ter zake dienend en beperkt tot het noodzakelijke,
#: en de verstrekking is effectief, evenredig en subsidiair.
minimale_gegevensverwerking: Regel = all_of(
    oordeel(Toets.MINIMALE_GEGEVENSVERWERKING, waarom=(), bron=passage(706)),
    oordeel(Toets.EFFECTIVITEIT, waarom=(), bron=passage(712)),
    oordeel(Toets.EVENREDIGHEID, waarom=(), bron=passage(713)),
    oordeel(Toets.SUBSIDIARITEIT, waarom=(), bron=passage(714)),
    label="De verstrekking is minimaal, effectief, evenredig en subsidiair",
    cites=_R_MINIMAAL,
)
