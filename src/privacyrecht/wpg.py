"""De Wet politiegegevens (Wpg) en het Besluit politiegegevens (Bpg), in de volgorde van de wet.

Wanneer een bevoegde autoriteit persoonsgegevens verwerkt voor de uitoefening
van de politietaak, is de Wpg van toepassing en heten die gegevens
politiegegevens (003 r. 759); de AVG is op die verwerking niet van toepassing
(art. 2 lid 2 onder d AVG: het is een kwestie van reikwijdte).  Dit module
bevat wie een bevoegde autoriteit is, wat een politiegegeven is, de
verwerkingsgronden, de geheimhouding met haar uitgangen, en de grondslagen
om ter beschikking te stellen of te verstrekken — met de tabel van ontvangers
uit de handreiking (r. 1317–1325) als gegevens (:data:`WIJZER`).

* **Bevoegde autoriteit** (r. 861–870): de politie, de Rijksrecherche, de
  Koninklijke Marechaussee, boa's en de bijzondere opsporingsdiensten (FIOD,
  NLA-DO, ILT-IOD, NVWA-IOD).  Een organisatie die nauw samenwerkt met een
  bevoegde autoriteit, zoals de partners in een RIEC, is dat zelf niet
  (r. 876).
* **Politiegegeven** (art. 1 onder a): een persoonsgegeven dat wordt verwerkt
  in het kader van de uitvoering van de politietaak (r. 965–979).  Niet:
  gegevens van de interne bedrijfsvoering, of van taken van de burgemeester
  zoals het toezicht op de APV — daarop is de AVG van toepassing (r. 975, 979).
* **Verwerkingsgronden** (art. 8, 9, 10, 13; r. 985–1007); art. 12
  (informanten) behandelt de handreiking niet.
* **Geheimhouding** (art. 7): wie politiegegevens verwerkt of ter beschikking
  krijgt is tot geheimhouding verplicht, behoudens voor zover een wettelijk
  voorschrift tot verstrekking verplicht, paragraaf 3 (art. 15–24) verstrekking
  toelaat, of de politietaak er in bijzondere gevallen toe noodzaakt (lid 1).
  Wie de gegevens verstrekt kreeg, blijft gebonden, behoudens een wettelijke
  verplichting of de noodzaak uit zijn eigen taak (lid 2; r. 1073).
* **Ter beschikking stellen** binnen de Wpg (art. 15; r. 1135–1210): "delen,
  tenzij": need-to-know, tenzij een grond van art. 2:13 Bpg zich verzet.
* **Verstrekken** buiten de Wpg (paragraaf 3; r. 1214–1228): "niet delen,
  tenzij": aan de gezagsdragers burgemeester en OM (art. 16), aan bij
  besluit aangewezen ontvangers (art. 18 met art. 4:1–4:4 Bpg), incidenteel
  voor een zwaarwegend algemeen belang (art. 19), of aan de partners van een
  samenwerkingsverband (art. 20).
* **Bewaartermijn en kwaliteit** (art. 4, 8–14; r. 2182–2216).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import all_of, any_of, not_
from privacyrecht.beoordeling import Vraagsoort
from privacyrecht.bronnen import BPG, WPG, Bepaling, Passage, passage
from privacyrecht.feiten import (
    ROLLEN_PER_ORGANISATIE,
    Doel,
    Feit,
    Organisatie,
    Partij,
    Politiegegevenssoort,
    Rol,
    Toets,
)

__all__ = [
    "AANGEWEZEN_ONTVANGERS",
    "BEPERKING_ART_9_EN_10",
    "BESLISSING_SAMENWERKINGSVERBAND",
    "BEVOEGDE_AUTORITEITEN",
    "BEVOEGDE_FUNCTIONARIS",
    "BEWAARTERMIJNEN",
    "DOELEN_ARTIKEL_19",
    "GEHEIMHOUDING",
    "GEHEIMHOUDING_ONTVANGER",
    "GEZAGSDRAGER_BURGEMEESTER",
    "GEZAGSDRAGER_OM",
    "INLICHTINGENDIENSTEN",
    "KWALITEIT",
    "MOGELIJK_WGS",
    "POLITIEGEGEVEN",
    "SAMENWERKINGSVERBAND",
    "TER_BESCHIKKING_STELLEN",
    "TOESTEMMING_ART_9_EN_10",
    "VASTLEGGING",
    "VERWERKINGSGROND",
    "WEIGERINGSGRONDEN",
    "WGS_SAMENWERKINGSVERBAND",
    "WIJZEN_OP_GEHEIMHOUDING",
    "WIJZER",
    "ZWAARWEGEND_ALGEMEEN_BELANG",
    "Ontvangstgrondslag",
    "art_9_en_10_bij_19_en_20",
    "art_9_of_10",
    "bevoegde_autoriteit",
    "doel_artikel_19",
    "doel_artikel_20",
    "eigen_verstrekkingenwijzer",
    "informanten",
    "persoonsgegeven",
    "wijzerregel",
]

# --- Bepalingen ------------------------------------------------------------------

#: Art. 1 onder a Wpg: het politiegegeven.
POLITIEGEGEVEN = WPG.bepaling("1", onder="a")
#: Art. 7 lid 1 Wpg: de geheimhoudingsplicht van wie politiegegevens verwerkt, met drie
#: uitgangen: een wettelijk voorschrift verplicht tot verstrekking, paragraaf 3 (art. 15–24)
#: laat haar toe, of de politietaak noodzaakt er in bijzondere gevallen toe.
GEHEIMHOUDING = WPG.bepaling("7", lid="1")
#: Art. 7 lid 2 Wpg: de geheimhoudingsplicht van wie politiegegevens ontving, met twee
#: uitgangen: een wettelijk voorschrift verplicht tot verstrekking, of zijn taak noodzaakt ertoe.
GEHEIMHOUDING_ONTVANGER = WPG.bepaling("7", lid="2")
#: De verwerkingsgronden van de Wpg per soort politiegegeven.
VERWERKINGSGROND: Mapping[Politiegegevenssoort, Bepaling] = MappingProxyType(
    {
        Politiegegevenssoort.ART_8: WPG.bepaling("8"),
        Politiegegevenssoort.ART_9: WPG.bepaling("9"),
        Politiegegevenssoort.ART_10_A: WPG.bepaling("10", lid="1", onder="a"),
        Politiegegevenssoort.ART_10_B: WPG.bepaling("10", lid="1", onder="b"),
        Politiegegevenssoort.ART_10_C: WPG.bepaling("10", lid="1", onder="c"),
        Politiegegevenssoort.ART_12: WPG.bepaling("12"),
        Politiegegevenssoort.ART_13: WPG.bepaling("13", lid="1"),
    }
)
#: Gegevens van art. 9 en 10 worden alleen gedeeld met toestemming van de
#: bevoegde functionaris (003 r. 1015, 1017).  De wet eist die instemming bij het
#: ter beschikking stellen (art. 9 lid 3, art. 10 lid 5 Wpg; de functionaris van
#: art. 2:10 Bpg), en bij verstrekking op grond van art. 19 en 20 lid 1 "overleg"
#: met die functionaris (art. 4:5 lid 2 Bpg).
TOESTEMMING_ART_9_EN_10 = (WPG.bepaling("9", lid="3"), WPG.bepaling("10", lid="5"))
#: De functionaris die instemt: de leider van het onderzoek of zijn plaatsvervanger
#: (art. 9), het hoofd van het team (art. 10).
BEVOEGDE_FUNCTIONARIS = BPG.bepaling("2:10")
#: Art. 4:5 Bpg: bij verstrekking op grond van art. 19 of 20 lid 1 geen gegevens van
#: art. 9 of 10, tenzij van art. 9 of 10 lid 1 onder a of c, strikt noodzakelijk voor
#: het doel van de verstrekking, na overleg met de functionaris van art. 2:10.
BEPERKING_ART_9_EN_10 = BPG.bepaling("4:5")
#: De bewaartermijnen per verwerkingsgrond, en art. 14 lid 2: uit het archief van
#: verwijderde gegevens wordt niets verstrekt op grond van art. 16–20 (r. 2186–2188).
BEWAARTERMIJNEN = (
    WPG.bepaling("8", lid="6"),
    WPG.bepaling("9", lid="4"),
    WPG.bepaling("10", lid="6"),
    WPG.bepaling("12", lid="6"),
    WPG.bepaling("14", lid="2"),
)
#: Art. 4 lid 1 Wpg: de bevoegde autoriteit controleert, voor zover praktisch
#: uitvoerbaar, de kwaliteit van politiegegevens voordat zij worden verstrekt.
KWALITEIT = WPG.bepaling("4", lid="1")
#: Art. 6:4 lid 2 Bpg: elke verstrekking op grond van paragraaf 3 wordt vastgelegd
#: (de verzoeker, de datum, de gegevens, het doel); niet bij verstrekking aan het OM.
VASTLEGGING = BPG.bepaling("6:4", lid="2")
#: Art. 4:8 Bpg: bij verstrekking op grond van art. 19 en 20 wijst de
#: verwerkingsverantwoordelijke de ontvanger op de geheimhoudingsplicht van art. 7 lid 2.
WIJZEN_OP_GEHEIMHOUDING = BPG.bepaling("4:8")
#: Art. 15 Wpg: ter beschikking stellen aan wie binnen de Wpg werkt.
TER_BESCHIKKING_STELLEN = WPG.bepaling("15")
#: Art. 2:13 Bpg: de gronden om niet of beperkt ter beschikking te stellen.
WEIGERINGSGRONDEN = BPG.bepaling("2:13")
#: Art. 16 lid 1 onder b Wpg: verstrekking aan de burgemeester, voor zover hij de
#: gegevens behoeft in verband met zijn gezag over de politie of de handhaving van
#: de openbare orde.  Art. 15 lid 2 (weigeren, voorwaarden) geldt alleen voor
#: onderdeel c (art. 16 lid 2): deze verstrekking kan niet worden geweigerd.
GEZAGSDRAGER_BURGEMEESTER = WPG.bepaling("16", lid="1", onder="b")
#: Art. 16 lid 1 onder a Wpg: verstrekking aan de leden van het OM, voor zover zij de
#: gegevens behoeven in verband met hun gezag over de politie of de opsporing, of
#: voor hun andere wettelijke taken.
GEZAGSDRAGER_OM = WPG.bepaling("16", lid="1", onder="a")
#: Art. 17 Wpg: verstrekking aan de inlichtingen- en veiligheidsdiensten (niet uitgewerkt, r. 1259).
INLICHTINGENDIENSTEN = WPG.bepaling("17")
#: Art. 18 Wpg: verstrekking aan bij besluit aangewezen personen of instanties.
AANGEWEZEN_ONTVANGERS = WPG.bepaling("18")
#: Art. 19 Wpg: incidentele verstrekking voor een zwaarwegend algemeen belang.
ZWAARWEGEND_ALGEMEEN_BELANG = WPG.bepaling("19")
#: Art. 20 lid 1 Wpg: verstrekking in een samenwerkingsverband, bij een beslissing in
#: overeenstemming met het bevoegd gezag, voor de vier doelen van art. 19.
SAMENWERKINGSVERBAND = WPG.bepaling("20", lid="1")
#: Art. 20 lid 2 Wpg: wat de beslissing vastlegt.
BESLISSING_SAMENWERKINGSVERBAND = WPG.bepaling("20", lid="2")
#: Art. 20 lid 3 Wpg (sinds 1 maart 2025, Wgs): aan een samenwerkingsverband van de
#: Wgs waaraan de politie deelneemt verstrekt zij de gegevens die nodig zijn voor het
#: doel van dat verband, tenzij zwaarwegende redenen zich daartegen verzetten.
WGS_SAMENWERKINGSVERBAND = WPG.bepaling("20", lid="3")

#: De organisaties die bevoegde autoriteit zijn (003 r. 861–870); een boa is
#: dat als boa, bij welke organisatie hij ook werkt.
BEVOEGDE_AUTORITEITEN: frozenset[Organisatie] = frozenset(
    {
        Organisatie.POLITIE,
        Organisatie.RIJKSRECHERCHE,
        Organisatie.KONINKLIJKE_MARECHAUSSEE,
        Organisatie.BIJZONDERE_OPSPORINGSDIENST,
    }
)

#: De vier doelen waarvoor politiegegevens incidenteel kunnen worden verstrekt
#: voor een zwaarwegend algemeen belang (003 r. 1488–1493, art. 19 Wpg).
DOELEN_ARTIKEL_19: frozenset[Doel] = frozenset(
    {
        Doel.VOORKOMEN_EN_OPSPOREN,
        Doel.OPENBARE_ORDE,
        Doel.HULP_AAN_HULPBEHOEVENDEN,
        Doel.TOEZICHT_NALEVING,
    }
)


#: Ontvangers die een samenwerkingsverband van de Wgs kunnen zijn: de verstrekker zegt
#: of dat zo is (een RIEC is het altijd, art. 2.16 Wgs; de andere organisaties nooit).
MOGELIJK_WGS: frozenset[Organisatie] = frozenset(
    {Organisatie.SAMENWERKINGSVERBAND, Organisatie.ANDERE_ORGANISATIE}
)


def bevoegde_autoriteit(partij: Partij) -> bool:
    """Of ``partij`` een bevoegde autoriteit is (003 r. 861–870)."""
    return partij.organisatie in BEVOEGDE_AUTORITEITEN or partij.rol is Rol.BOA


def eigen_verstrekkingenwijzer(partij: Partij) -> bool:
    """Of voor ``partij`` de tabel van de politie niet geldt.

    Een boa heeft een eigen verstrekkingenwijzer (003 r. 823, 1313); voor boa's en
    de bijzondere opsporingsdiensten sluiten hun besluiten delen van het Besluit
    politiegegevens uit (art. 2 lid 2 Besluit politiegegevens boa's: onder meer
    art. 4:2 lid 1 onder i; art. 2 lid 2 Besluit politiegegevens bod: onder meer
    art. 4:2 lid 1 onder f en i).  Voor hen vraagt privacyrecht elke ontvanger.
    """
    return partij.rol is Rol.BOA or partij.organisatie is Organisatie.BIJZONDERE_OPSPORINGSDIENST


# --- De wijzer: ontvangers in het Besluit politiegegevens (r. 1317–1325) ---------


@attrs.frozen(kw_only=True)
class Ontvangstgrondslag:
    """Een rij van de tabel van ontvangers in de handreiking (003 r. 1317–1325).

    De tabel is niet volledig: zij noemt de ontvangers die het meest relevant
    zijn bij het voorkomen van excessief geweld, en de handreiking vraagt
    "volledigheidshalve altijd" de volledige verstrekkingenwijzer te raadplegen
    (r. 1313).  Een ontvanger die niet in de tabel staat heeft dus niet
    daarom geen grondslag; dan is het een vraag aan de verstrekker.

    Attributes:
        ontvanger: de ontvanger zoals de tabel hem noemt.
        organisaties: de soorten organisatie waarop de rij ziet.
        rollen: de rollen bij die organisatie waarop de rij ziet (leeg: elke rol).
        genoemd: of de ontvanger in het Besluit politiegegevens is aangewezen.
        bepalingen: de bepalingen die de ontvanger aanwijzen.
        soorten: welke politiegegevens de ontvanger kan krijgen.
        doelen: de doelen waarvoor.
        aandachtspunten: de speciale aandachtspunten, zoals de tabel ze noemt.
        bron: de regel van de tabel.
        vervallen: als de bepaling die de tabel noemt sinds de handreiking is
            vervallen: wat er nu geldt (de rij geldt dan als "niet genoemd").
    """

    ontvanger: str
    organisaties: frozenset[Organisatie]
    rollen: frozenset[Rol] = frozenset()
    genoemd: bool
    bepalingen: tuple[Bepaling, ...] = ()
    soorten: frozenset[Politiegegevenssoort] = frozenset()
    doelen: frozenset[Doel] = frozenset()
    aandachtspunten: str
    bron: tuple[Passage, ...]
    vervallen: str = ""

    def past_bij(self, partij: Partij) -> bool:
        """Of ``partij`` deze ontvanger is."""
        return self.past(partij.organisatie, partij.rol)

    def past(self, organisatie: Organisatie, rol: Rol) -> bool:
        """Of een ontvanger van ``organisatie`` in ``rol`` deze ontvanger is."""
        return organisatie in self.organisaties and (not self.rollen or rol in self.rollen)


_ART_8_EN_13 = frozenset({Politiegegevenssoort.ART_8, Politiegegevenssoort.ART_13})
#: De gemeente als zodanig: elke rol behalve de burgemeester (een gezagsdrager)
#: en het college van B&W (een aangewezen ontvanger).
_GEMEENTE_ALS_ZODANIG = ROLLEN_PER_ORGANISATIE[Organisatie.GEMEENTE] - {
    Rol.BURGEMEESTER,
    Rol.COLLEGE_VAN_BW,
}

#: De tabel van ontvangers (003 r. 1317–1325), rij voor rij.
WIJZER: tuple[Ontvangstgrondslag, ...] = (
    Ontvangstgrondslag(
        ontvanger="Buurtpreventieteams",
        organisaties=frozenset({Organisatie.BUURTPREVENTIETEAM}),
        genoemd=False,
        aandachtspunten=(
            "Buurtpreventieteams worden niet genoemd als persoon of instelling die "
            "politiegegevens mag ontvangen."
        ),
        bron=passage(1318),
    ),
    Ontvangstgrondslag(
        ontvanger="Colleges van B&W",
        organisaties=frozenset({Organisatie.GEMEENTE}),
        rollen=frozenset({Rol.COLLEGE_VAN_BW}),
        genoemd=True,
        bepalingen=(AANGEWEZEN_ONTVANGERS, BPG.bepaling("4:2", lid="1", onder="i")),
        soorten=_ART_8_EN_13,
        doelen=frozenset({Doel.JEUGDHULP_NOODZAAK}),
        aandachtspunten=(
            "Gegevens t.b.v. de uitvoering van de taken beoordeling noodzaak tot jeugdhulp i.v.m. "
            "o.a. opvoedingspsychische problemen."
        ),
        bron=passage(1319),
    ),
    Ontvangstgrondslag(
        ontvanger="Gemeenten",
        organisaties=frozenset({Organisatie.GEMEENTE}),
        rollen=_GEMEENTE_ALS_ZODANIG,
        genoemd=False,
        aandachtspunten=(
            "Gemeenten als zodanig worden niet genoemd als persoon of instelling die "
            "politiegegevens mag ontvangen. Ook (medewerkers) afdelingen van een gemeente worden "
            "niet genoemd."
        ),
        bron=passage(1320),
    ),
    Ontvangstgrondslag(
        ontvanger="HALT-bureaus",
        organisaties=frozenset({Organisatie.HALT}),
        genoemd=True,
        bepalingen=(AANGEWEZEN_ONTVANGERS, BPG.bepaling("4:2", lid="1", onder="f")),
        soorten=_ART_8_EN_13,
        doelen=frozenset({Doel.ALTERNATIEVE_AFDOENING}),
        aandachtspunten=(
            "Gegevens die zijn nodig voor een alternatieve afdoening van strafbare feiten door "
            "minderjarigen."
        ),
        bron=passage(1321),
    ),
    Ontvangstgrondslag(
        ontvanger="Reclasseringswerkers",
        organisaties=frozenset({Organisatie.RECLASSERING}),
        genoemd=True,
        bepalingen=(AANGEWEZEN_ONTVANGERS, BPG.bepaling("4:2", lid="1", onder="g")),
        soorten=_ART_8_EN_13,
        doelen=frozenset(
            {
                Doel.RECLASSERING_HULP,
                Doel.RECLASSERING_ONDERZOEK,
                Doel.RECLASSERING_VOORLICHTING,
                Doel.FORENSISCHE_ZORG,
            }
        ),
        aandachtspunten=(
            "Gegevens noodzakelijk voor: 1. verlenen van hulp aan personen die worden verdacht van "
            "of zijn veroordeeld voor een strafbaar feit; 2. het doen van onderzoeken naar die "
            "personen t.b.v. beslissingen over vervolging, berechting of tenuitvoerlegging; 3. het "
            "voorbereiden en begeleiden van rechterlijke beslissingen en het uitbrengen van "
            "voorlichtingsrapporten; 4. de indicatiestelling ten behoeve van de forensische zorg."
        ),
        bron=passage(1322),
    ),
    Ontvangstgrondslag(
        ontvanger="School",
        organisaties=frozenset({Organisatie.ONDERWIJSINSTELLING}),
        genoemd=False,
        aandachtspunten=(
            "School wordt als zodanig niet genoemd als een instelling die politiegegevens mag "
            "ontvangen. Dit betekent dat alleen politiegegevens verstrekt mogen worden als de "
            "ontvanger binnen de school een rol heeft die wel in de wijzer staat. Bijvoorbeeld de "
            "directeur als benadeelde van de school, of als partij in een convenant (art. 20). "
            "Neem contact op met je privacyfunctionaris of leidinggevende."
        ),
        bron=passage(1323),
    ),
    Ontvangstgrondslag(
        ontvanger="Zorginstellingen en hulpverleners",
        organisaties=frozenset({Organisatie.ZORGAANBIEDER, Organisatie.JEUGDHULPAANBIEDER}),
        genoemd=False,
        aandachtspunten=(
            "Zorgpartners worden niet genoemd als persoon of instelling die politiegegevens mag "
            "ontvangen."
        ),
        bron=passage(1324),
    ),
    Ontvangstgrondslag(
        ontvanger="RIEC's",
        organisaties=frozenset({Organisatie.RIEC}),
        genoemd=False,
        aandachtspunten=(
            "Aan de daartoe aangewezen vertegenwoordigers van de deelnemende bestuursorganen aan "
            "een RIEC, voor zover het betreft politiegegevens die relevant zijn voor het "
            "geïntegreerd handhavend optreden bij de bestrijding van georganiseerde criminaliteit "
            "en er tussen de betreffende bestuursorganen schriftelijke afspraken zijn gemaakt over "
            "de gevallen waarin en de voorwaarden de gegevens worden verstrekt. Politiegegevens die "
            "worden verwerkt op basis van artikel 9 en 10 a en c Wpg kunnen uitsluitend worden "
            "verstrekt t.b.v. het analyseren van handhavingsknelpunten, het verrichten van "
            "integrale casusanalyses en het bepalen en uitvoeren van de uit deze analyses "
            "voortvloeiende interventies. Voor zover het gaat om art. 9 en art. 10, eerste lid "
            "onder a: slechts na instemming van het OM."
        ),
        bron=passage(1325),
        vervallen=(
            "De tabel noemt art. 18 Wpg en art. 4:3 lid 7 Bpg. Dat lid is vervallen: sinds de Wet "
            "gegevensverwerking door samenwerkingsverbanden (in werking 1 maart 2025) is het RIEC "
            "een samenwerkingsverband van die wet (art. 2.16 Wgs), waaraan de politie verstrekt op "
            "grond van art. 20 lid 3 Wpg."
        ),
    ),
)


def _eerste_rij(organisatie: Organisatie, rol: Rol) -> Ontvangstgrondslag | None:
    return next((regel for regel in WIJZER if regel.past(organisatie, rol)), None)


#: The row of the table per kind of recipient, looked up once.
_RIJ_PER_PARTIJ: Mapping[tuple[Organisatie, Rol], Ontvangstgrondslag | None] = MappingProxyType(
    {
        (organisatie, rol): _eerste_rij(organisatie, rol)
        for organisatie, rollen in ROLLEN_PER_ORGANISATIE.items()
        for rol in rollen
    }
)


def wijzerregel(ontvanger: Partij) -> Ontvangstgrondslag | None:
    """De rij van de tabel (r. 1317–1325) voor ``ontvanger``, of ``None`` als hij er niet in staat."""
    return _RIJ_PER_PARTIJ[(ontvanger.organisatie, ontvanger.rol)]


# --- Regels ----------------------------------------------------------------------

_SOORTVRAAG = (
    "Op grond van welk artikel van de Wpg (8, 9, 10, 12 of 13) zijn de politiegegevens verwerkt?"
)


def _soort(key: Afgeleid, label: str, waarom: tuple[Bepaling, ...], *regels: int) -> Regel:
    """A leaf on the soort of the politiegegevens (``Verstrekking.politiegegevens``)."""
    return afgeleid(
        key,
        sleutel="politiegegevens",
        vraag=_SOORTVRAAG,
        waarom=waarom,
        bron=passage(*regels),
        label=label,
    )


#: Stap 1A: werkt de verstrekker bij een bevoegde autoriteit (r. 861–880)?
bij_bevoegde_autoriteit: Regel = afgeleid(
    Afgeleid.VERSTREKKER_BEVOEGDE_AUTORITEIT,
    sleutel="verstrekker",
    vraag="Werkt u bij een bevoegde autoriteit (politie, Rijksrecherche, KMar, boa, bijzondere opsporingsdienst)?",
    waarom=(POLITIEGEGEVEN,),
    bron=passage(861, 876, 880),
)

#: Stap 4: valt de ontvanger onder de Wpg (r. 1113–1123)?
ontvanger_onder_wpg: Regel = afgeleid(
    Afgeleid.ONTVANGER_BEVOEGDE_AUTORITEIT,
    sleutel="ontvanger",
    vraag="Is de ontvanger een bevoegde autoriteit die onder de Wpg valt?",
    waarom=(TER_BESCHIKKING_STELLEN,),
    bron=passage(1113, 1123),
)

#: Structureel, vraag 1: staat de ontvanger in een wetsartikel (art. 4:1–4:4 Bpg; r. 1333)?
ontvanger_in_bpg: Regel = afgeleid(
    Afgeleid.ONTVANGER_IN_BPG,
    sleutel=Feit.ONTVANGER_IN_BPG.value,
    soort=Vraagsoort.FEIT,
    vraag=(
        "Staat de ontvanger genoemd in art. 4:1–4:4 van het Besluit politiegegevens? De tabel van de "
        "handreiking is niet volledig: raadpleeg de volledige verstrekkingenwijzer."
    ),
    waarom=(AANGEWEZEN_ONTVANGERS, BPG.bepaling("4:1")),
    bron=passage(1311, 1313, 1333),
    label="De ontvanger staat genoemd in het Besluit politiegegevens",
)

#: Structureel: mag de ontvanger deze soort politiegegevens krijgen (r. 1319–1325)?
soorten_volgens_bpg: Regel = _soort(
    Afgeleid.SOORTEN_VOLGENS_WIJZER,
    "De ontvanger mag volgens de tabel deze soort politiegegevens krijgen",
    (AANGEWEZEN_ONTVANGERS,),
    1319,
    1321,
    1322,
    1325,
)

#: Art. 4:5 Bpg (003 r. 1454): bij verstrekking op grond van art. 19 of 20 lid 1
#: gaan gegevens van art. 9 of 10 niet mee, tenzij het gegevens zijn van art. 9 of
#: 10 lid 1 onder a of c, die strikt noodzakelijk zijn voor het doel van de
#: verstrekking, na overleg met de bevoegde functionaris (art. 2:10 Bpg).  Gegevens
#: van art. 10 lid 1 onder b gaan nooit mee.
art_9_en_10_bij_19_en_20: Regel = any_of(
    _soort(
        Afgeleid.GEEN_ART_9_OF_10,
        "Het gaat niet om gegevens van art. 9 of 10 Wpg",
        (BEPERKING_ART_9_EN_10,),
        1454,
    ),
    all_of(
        _soort(
            Afgeleid.GEEN_ART_10B,
            "Het gaat niet om gegevens van art. 10 lid 1 onder b Wpg",
            (BEPERKING_ART_9_EN_10,),
            1454,
        ),
        oordeel(Toets.STRIKT_NOODZAKELIJK, waarom=(BEPERKING_ART_9_EN_10,), bron=passage(1454)),
        feit(
            Feit.TOESTEMMING_BEVOEGDE_FUNCTIONARIS,
            waarom=(BEPERKING_ART_9_EN_10, BEVOEGDE_FUNCTIONARIS),
            bron=passage(1454),
        ),
        label=(
            "Gegevens van art. 9 of 10 lid 1 onder a of c Wpg, strikt noodzakelijk voor het doel, "
            "na overleg met de bevoegde functionaris"
        ),
    ),
    label=(
        "Gegevens van art. 9 of 10 Wpg alleen als zij strikt noodzakelijk zijn, na overleg met de "
        "bevoegde functionaris (nooit van art. 10 lid 1 onder b)"
    ),
    cites=(BEPERKING_ART_9_EN_10, *passage(1454)),
)

#: Art. 20 lid 3 Wpg: is de ontvanger een samenwerkingsverband van de Wgs waaraan de politie deelneemt?
wgs_samenwerkingsverband: Regel = afgeleid(
    Afgeleid.ONTVANGER_WGS,
    sleutel=Feit.WGS_SAMENWERKINGSVERBAND.value,
    soort=Vraagsoort.FEIT,
    vraag=(
        "Is de ontvanger een samenwerkingsverband van de Wet gegevensverwerking door "
        "samenwerkingsverbanden (zoals een RIEC) waaraan de politie of de KMar deelneemt?"
    ),
    waarom=(WGS_SAMENWERKINGSVERBAND,),
    bron=passage(1382, 1384),
    label="De ontvanger is een samenwerkingsverband van de Wgs waaraan de politie deelneemt",
)

#: Incidenteel, vraag 1: een van de vier doelen (r. 1488–1493)?
doel_artikel_19: Regel = afgeleid(
    Afgeleid.DOEL_ARTIKEL_19,
    sleutel="doel",
    vraag=(
        "Is het doel van de verstrekking een van deze vier: het voorkomen en opsporen van strafbare "
        "feiten, het handhaven van de openbare orde, het verlenen van hulp aan hen die deze behoeven, "
        "of het toezicht op het naleven van regelgeving? Kies dat doel; past geen van de vier, kies dan 'ander doel'."
    ),
    waarom=(ZWAARWEGEND_ALGEMEEN_BELANG,),
    bron=passage(1488, 1490, 1491, 1492, 1493),
    label="Het doel is een van de vier doelen van de incidentele verstrekking",
)


#: Stap 2C: gaat het om gegevens van art. 9 of 10 (r. 985–999)?
art_9_of_10: Regel = not_(
    _soort(
        Afgeleid.GEEN_ART_9_OF_10,
        "Het gaat niet om gegevens van art. 9 of 10 Wpg",
        (*TOESTEMMING_ART_9_EN_10,),
        987,
    ),
    label="Het gaat om gegevens van art. 9 of 10 Wpg",
    cites=(*TOESTEMMING_ART_9_EN_10, *passage(987)),
)

#: Convenant: de doelen van art. 20 lid 1 Wpg zijn de vier van art. 19 (003 r. 5433–5438).
doel_artikel_20: Regel = afgeleid(
    Afgeleid.DOEL_ARTIKEL_19,
    sleutel="doel",
    vraag=(
        "Is het doel van de verstrekking een van deze vier: het voorkomen en opsporen van strafbare "
        "feiten, het handhaven van de openbare orde, het verlenen van hulp aan hen die deze behoeven, "
        "of het toezicht op het naleven van regelgeving? Kies dat doel; past geen van de vier, kies dan 'ander doel'."
    ),
    waarom=(SAMENWERKINGSVERBAND,),
    bron=passage(5433, 5435),
    label="Het doel is een van de vier doelen van art. 20 lid 1 Wpg",
)


#: Stap 2A: is er sprake van een tot een persoon te herleiden gegeven (r. 963–965)?
persoonsgegeven: Regel = afgeleid(
    Afgeleid.POLITIE_IDENTIFICEERBAAR,
    sleutel=Feit.IDENTIFICEERBAAR.value,
    soort=Vraagsoort.FEIT,
    vraag=(
        "Gaat het om informatie over een geïdentificeerde of identificeerbare natuurlijke persoon, "
        "zoals naam, adres, telefoonnummer, BSN, IP-adres, uiterlijke kenmerken of sociale en "
        "economische kenmerken? In de praktijk is daar al snel sprake van."
    ),
    waarom=(POLITIEGEGEVEN, WPG.bepaling("1", onder="b")),
    bron=passage(963, 965),
    label="Het gaat om een tot een persoon te herleiden gegeven",
)


#: Stap 2C: gaat het om gegevens over informanten (art. 12 Wpg; niet in de handreiking)?
informanten: Regel = _soort(
    Afgeleid.INFORMANTEN,
    "Het gaat om politiegegevens van art. 12 Wpg",
    (VERWERKINGSGROND[Politiegegevenssoort.ART_12],),
    985,
    987,
)
