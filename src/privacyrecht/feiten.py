"""Het invoermodel: de verstrekking, de partijen, de gegevens, feiten en oordelen.

Alle invoer is onveranderlijk (frozen attrs, alleen trefwoordargumenten) en
wordt bij het aanmaken gecontroleerd.  Een feit dat niet is opgegeven is
*onbekend*, nooit onwaar; een oordeel dat niet is gegeven is *open*.

>>> v = Verstrekking(
...     verstrekker=Partij(organisatie=Organisatie.GEMEENTE, rol=Rol.OPENBARE_ORDE),
...     ontvanger=Partij(organisatie=Organisatie.POLITIE),
...     gegevens=(Gegevenscategorie.GEWOON,),
...     doel=Doel.OPENBARE_ORDE,
... )
>>> v.feit(Feit.STRAFBAAR_FEIT) is None
True
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from privacyrecht.errors import InputError, Problem

__all__ = [
    "ARTIKEL_9_CATEGORIEEN",
    "ART_9_EN_10_SOORTEN",
    "NIET_LEEG",
    "Betrokkene",
    "Doel",
    "Feit",
    "Gegevenscategorie",
    "InstemmingHulpverlening",
    "Oordeel",
    "Organisatie",
    "Partij",
    "Politiegegevenssoort",
    "Rol",
    "Toestemming",
    "ToestemmingBeroepsgeheim",
    "Toestemminggever",
    "Toets",
    "Verstrekking",
]


class Organisatie(enum.StrEnum):
    """Het soort organisatie van een partij."""

    GEMEENTE = "gemeente"
    ONDERWIJSINSTELLING = "onderwijsinstelling"
    POLITIE = "politie"
    OPENBAAR_MINISTERIE = "openbaar ministerie"
    ZORGAANBIEDER = "zorgaanbieder"
    JEUGDHULPAANBIEDER = "jeugdhulpaanbieder"
    GECERTIFICEERDE_INSTELLING = "gecertificeerde instelling"
    VEILIG_THUIS = "Veilig Thuis"
    RAAD_VOOR_DE_KINDERBESCHERMING = "Raad voor de Kinderbescherming"
    RECLASSERING = "reclassering"
    WONINGCORPORATIE = "woningcorporatie"
    SAMENWERKINGSVERBAND = "samenwerkingsverband"
    VERWIJSINDEX = "Verwijsindex risicojongeren"
    INSPECTIE = "Inspectie Gezondheidszorg en Jeugd"
    KONINKLIJKE_MARECHAUSSEE = "Koninklijke Marechaussee"
    RIJKSRECHERCHE = "Rijksrecherche"
    BIJZONDERE_OPSPORINGSDIENST = "bijzondere opsporingsdienst"
    HALT = "Halt-bureau"
    RIEC = "RIEC"
    BUURTPREVENTIETEAM = "buurtpreventieteam"
    INLICHTINGENDIENST = "inlichtingen- en veiligheidsdienst"
    ANDERE_ORGANISATIE = "andere organisatie"


class Rol(enum.StrEnum):
    """De hoedanigheid waarin een partij handelt (003 r. 3956).

    Een medewerker van de gemeente die openbare-ordetaken verricht voor de
    burgemeester handelt in een andere rol dan een medewerker van de gemeente
    die als hulpverlener werkt; daarvan hangt af welk stappenplan geldt.

    Voor zorg- en hulpverleners bepaalt de rol ook waar hun beroepsgeheim
    geregeld is (003 r. 414–436): een *medisch zorgverlener* (arts,
    verpleegkundige, verloskundige, psychiater, fysiotherapeut,
    gezondheidszorgpsycholoog of andere (para)medische hulpverlener) in art. 88
    Wet BIG en art. 7:457 BW; een *jeugdhulpverlener*, *jeugdbeschermer* of
    *medewerker jeugdreclassering* in art. 7.3.11 Jeugdwet; een *overige
    hulpverlener* (maatschappelijk werker, jongerenwerker, gezinscoach, lid
    van een wijkteam) in de algemene privacybepalingen; een *ondersteuner van
    een medisch zorgverlener* (doktersassistent, receptionist, leidinggevende)
    heeft een afgeleid beroepsgeheim.  *Zorg- en hulpverlener* zonder nadere
    aanduiding: het beroepsgeheim geldt (r. 410), de bron hangt van het beroep af.
    """

    OPENBARE_ORDE = "openbare-ordetaak voor de burgemeester"
    BURGEMEESTER = "burgemeester"
    COLLEGE_VAN_BW = "college van burgemeester en wethouders"
    SOCIAAL_DOMEIN = "sociaal domein"
    ZORG_EN_HULPVERLENER = "zorg- en hulpverlener"
    MEDISCH_ZORGVERLENER = "medisch zorgverlener"
    ONDERSTEUNER_ZORGVERLENER = "ondersteuner van een medisch zorgverlener"
    JEUGDHULPVERLENER = "jeugdhulpverlener"
    JEUGDBESCHERMER = "jeugdbeschermer"
    JEUGDRECLASSERING = "medewerker jeugdreclassering"
    OVERIGE_HULPVERLENER = "overige hulpverlener"
    BOA = "boa"
    LEERKRACHT = "leerkracht"
    ONDERWIJSMEDEWERKER = "andere medewerker onderwijs"
    POLITIEAMBTENAAR = "politieambtenaar"
    OPSPORINGSAMBTENAAR = "opsporingsambtenaar"
    OFFICIER_VAN_JUSTITIE = "officier van justitie"
    MEDEWERKER = "medewerker"


#: Welke rollen bij welke organisatie passen.  Een andere combinatie is een
#: tegenstrijdige invoer.
ROLLEN_PER_ORGANISATIE: Mapping[Organisatie, frozenset[Rol]] = MappingProxyType(
    {
        Organisatie.GEMEENTE: frozenset(
            {
                Rol.OPENBARE_ORDE,
                Rol.BURGEMEESTER,
                Rol.COLLEGE_VAN_BW,
                Rol.SOCIAAL_DOMEIN,
                Rol.ZORG_EN_HULPVERLENER,
                Rol.MEDISCH_ZORGVERLENER,
                Rol.JEUGDHULPVERLENER,
                Rol.OVERIGE_HULPVERLENER,
                Rol.BOA,
                Rol.MEDEWERKER,
            }
        ),
        Organisatie.ONDERWIJSINSTELLING: frozenset(
            {
                Rol.LEERKRACHT,
                Rol.ONDERWIJSMEDEWERKER,
                Rol.ZORG_EN_HULPVERLENER,
                Rol.OVERIGE_HULPVERLENER,
                Rol.MEDEWERKER,
            }
        ),
        Organisatie.POLITIE: frozenset(
            {
                Rol.POLITIEAMBTENAAR,
                Rol.BOA,
                Rol.ZORG_EN_HULPVERLENER,
                Rol.MEDISCH_ZORGVERLENER,
                Rol.ONDERSTEUNER_ZORGVERLENER,
                Rol.MEDEWERKER,
            }
        ),
        Organisatie.OPENBAAR_MINISTERIE: frozenset({Rol.OFFICIER_VAN_JUSTITIE, Rol.MEDEWERKER}),
        Organisatie.ZORGAANBIEDER: frozenset(
            {
                Rol.ZORG_EN_HULPVERLENER,
                Rol.MEDISCH_ZORGVERLENER,
                Rol.ONDERSTEUNER_ZORGVERLENER,
                Rol.OVERIGE_HULPVERLENER,
                Rol.MEDEWERKER,
            }
        ),
        Organisatie.JEUGDHULPAANBIEDER: frozenset(
            {
                Rol.JEUGDHULPVERLENER,
                Rol.ZORG_EN_HULPVERLENER,
                Rol.MEDISCH_ZORGVERLENER,
                Rol.ONDERSTEUNER_ZORGVERLENER,
                Rol.OVERIGE_HULPVERLENER,
                Rol.MEDEWERKER,
            }
        ),
        Organisatie.GECERTIFICEERDE_INSTELLING: frozenset(
            {Rol.JEUGDHULPVERLENER, Rol.JEUGDBESCHERMER, Rol.JEUGDRECLASSERING, Rol.MEDEWERKER}
        ),
        Organisatie.VEILIG_THUIS: frozenset({Rol.ZORG_EN_HULPVERLENER, Rol.MEDEWERKER}),
        Organisatie.RAAD_VOOR_DE_KINDERBESCHERMING: frozenset({Rol.MEDEWERKER}),
        Organisatie.RECLASSERING: frozenset({Rol.OVERIGE_HULPVERLENER, Rol.MEDEWERKER}),
        Organisatie.WONINGCORPORATIE: frozenset({Rol.MEDEWERKER}),
        Organisatie.SAMENWERKINGSVERBAND: frozenset({Rol.MEDEWERKER}),
        Organisatie.VERWIJSINDEX: frozenset({Rol.MEDEWERKER}),
        Organisatie.INSPECTIE: frozenset({Rol.MEDEWERKER}),
        Organisatie.KONINKLIJKE_MARECHAUSSEE: frozenset(
            {Rol.OPSPORINGSAMBTENAAR, Rol.MEDISCH_ZORGVERLENER, Rol.MEDEWERKER}
        ),
        Organisatie.RIJKSRECHERCHE: frozenset({Rol.OPSPORINGSAMBTENAAR, Rol.MEDEWERKER}),
        Organisatie.BIJZONDERE_OPSPORINGSDIENST: frozenset(
            {Rol.OPSPORINGSAMBTENAAR, Rol.MEDEWERKER}
        ),
        Organisatie.HALT: frozenset({Rol.MEDEWERKER}),
        Organisatie.RIEC: frozenset({Rol.MEDEWERKER}),
        Organisatie.BUURTPREVENTIETEAM: frozenset({Rol.MEDEWERKER}),
        Organisatie.INLICHTINGENDIENST: frozenset({Rol.MEDEWERKER}),
        Organisatie.ANDERE_ORGANISATIE: frozenset(
            set(Rol)
            - {Rol.OPENBARE_ORDE, Rol.BURGEMEESTER, Rol.COLLEGE_VAN_BW, Rol.OPSPORINGSAMBTENAAR}
        ),
    }
)


class Gegevenscategorie(enum.StrEnum):
    """De soorten persoonsgegevens die de AVG onderscheidt (003 r. 4793–4797).

    Naast gewone persoonsgegevens: elke bijzondere categorie van art. 9 lid 1
    AVG, persoonsgegevens van strafrechtelijke aard (art. 10 AVG, art. 1 UAVG)
    en het burgerservicenummer (art. 46 UAVG).
    """

    GEWOON = "gewoon persoonsgegeven"
    RAS_OF_ETNISCHE_AFKOMST = "ras of etnische afkomst"
    POLITIEKE_OPVATTINGEN = "politieke opvattingen"
    RELIGIEUZE_OVERTUIGINGEN = "religieuze of levensbeschouwelijke overtuigingen"
    VAKBONDSLIDMAATSCHAP = "lidmaatschap van een vakbond"
    GENETISCH = "genetische gegevens"
    BIOMETRISCH = "biometrische gegevens voor unieke identificatie"
    GEZONDHEID = "gezondheid"
    SEKSUEEL = "seksueel gedrag of seksuele gerichtheid"
    STRAFRECHTELIJK = "strafrechtelijk persoonsgegeven"
    BSN = "burgerservicenummer"


#: De bijzondere categorieën van art. 9 lid 1 AVG (003 r. 4256, 4807–4819).
ARTIKEL_9_CATEGORIEEN: frozenset[Gegevenscategorie] = frozenset(
    {
        Gegevenscategorie.RAS_OF_ETNISCHE_AFKOMST,
        Gegevenscategorie.POLITIEKE_OPVATTINGEN,
        Gegevenscategorie.RELIGIEUZE_OVERTUIGINGEN,
        Gegevenscategorie.VAKBONDSLIDMAATSCHAP,
        Gegevenscategorie.GENETISCH,
        Gegevenscategorie.BIOMETRISCH,
        Gegevenscategorie.GEZONDHEID,
        Gegevenscategorie.SEKSUEEL,
    }
)


class Doel(enum.StrEnum):
    """Het doel van de verstrekking."""

    AANGIFTE = "aangifte van een strafbaar feit"
    OPENBARE_ORDE = "handhaving van de openbare orde"
    VEILIGHEID_OP_SCHOOL = "sociale en fysieke veiligheid op school"
    BEGELEIDING_LEERLING = "begeleiding van de leerling"
    VOORKOMEN_EXCESSIEF_GEWELD = "voorkomen van excessief geweld"
    ZORG_EN_HULPVERLENING = "zorg en hulpverlening"
    WETTELIJKE_PLICHT = "voldoen aan een wettelijke plicht"
    COLLEGIAAL_ADVIES = "collegiaal advies"
    POLITIETAAK = "uitvoering van de politietaak"
    OPSPORING_EN_VERVOLGING = "opsporing en vervolging van strafbare feiten"
    VOORKOMEN_EN_OPSPOREN = "voorkomen en opsporen van strafbare feiten"
    HULP_AAN_HULPBEHOEVENDEN = "hulp aan hen die deze behoeven"
    TOEZICHT_NALEVING = "toezicht op de naleving van regelgeving"
    JEUGDHULP_NOODZAAK = "beoordeling van de noodzaak van jeugdhulp"
    ALTERNATIEVE_AFDOENING = "alternatieve afdoening van strafbare feiten door minderjarigen"
    RECLASSERING_HULP = "hulp aan verdachten of veroordeelden"
    RECLASSERING_ONDERZOEK = (
        "onderzoek voor beslissingen over vervolging, berechting of tenuitvoerlegging"
    )
    RECLASSERING_VOORLICHTING = "voorbereiden en begeleiden van rechterlijke beslissingen"
    FORENSISCHE_ZORG = "indicatiestelling voor forensische zorg"
    GEINTEGREERD_HANDHAVEN = "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
    ANDER_DOEL = "ander doel"


class Politiegegevenssoort(enum.StrEnum):
    """Op grond van welk artikel van de Wpg de politiegegevens zijn verwerkt (003 r. 985–1007).

    Dat bepaalt aan wie en onder welke voorwaarden ze kunnen worden verstrekt:
    gegevens van art. 9 en 10 alleen met toestemming van de bevoegde
    functionaris (r. 1015), en de ontvangers in het Besluit politiegegevens
    krijgen vaak alleen gegevens van art. 8 en 13 lid 1 (r. 1319–1322).
    Art. 12 Wpg (informanten) behandelt de handreiking niet.
    """

    ART_8 = "art. 8 Wpg"
    ART_9 = "art. 9 Wpg"
    ART_10_A = "art. 10 lid 1 onder a Wpg"
    ART_10_B = "art. 10 lid 1 onder b Wpg"
    ART_10_C = "art. 10 lid 1 onder c Wpg"
    ART_12 = "art. 12 Wpg"
    ART_13 = "art. 13 lid 1 Wpg"


#: De soorten van art. 9 en 10 Wpg: alleen met toestemming van de bevoegde
#: functionaris (003 r. 1015), en bij art. 19 en 20 alleen onder art. 4:5 Bpg.
ART_9_EN_10_SOORTEN: frozenset[Politiegegevenssoort] = frozenset(
    {
        Politiegegevenssoort.ART_9,
        Politiegegevenssoort.ART_10_A,
        Politiegegevenssoort.ART_10_B,
        Politiegegevenssoort.ART_10_C,
    }
)


class Feit(enum.StrEnum):
    """Feiten die de verstrekker kan opgeven (ja of nee; weglaten is *onbekend*).

    De vraag die bij elk feit hoort, en wie die kan beantwoorden, staat in
    :data:`privacyrecht.vocabulaire.FEITVRAGEN`.
    """

    IDENTIFICEERBAAR = "identificeerbare persoon"
    BINNEN_EIGEN_ORGANISATIE = "ontvanger binnen eigen organisatie"
    STRAFBAAR_FEIT = "strafbaar feit gepleegd"
    ONTVANGER_BETROKKEN_BIJ_LEERLING = "ontvanger betrokken bij de leerling"
    WETTELIJKE_PLICHT = "wettelijke plicht tot verstrekking"
    SPECIFIEKE_WETTELIJKE_BASIS = "specifieke wettelijke basis"
    VEILIGHEID_OP_SCHOOL = "veiligheid op school in het geding"
    OVERHEIDSINSTANTIE = "verstrekker is overheidsinstantie"
    VITAAL_BELANG = "noodzakelijk voor vitaal belang"
    GEEN_TOESTEMMING_MOGELIJK = "betrokkene kan geen toestemming geven"
    OVEREENKOMST = "noodzakelijk voor overeenkomst met betrokkene"
    TOESTEMMING_GEGEVEN = "toestemming gegeven"
    TOESTEMMING_BEROEPSGEHEIM = "toestemming om het beroepsgeheim te doorbreken"
    VERZAMELD_VOOR_DIT_DOEL = "verzameld voor dit doel"
    SPECIFIEKE_WET_VERDERE_VERWERKING = "specifieke wet staat verdere verwerking toe"
    KENNELIJK_OPENBAAR_GEMAAKT = "kennelijk zelf openbaar gemaakt"
    RECHTSVORDERING = "noodzakelijk voor rechtsvordering"
    SPECIALE_BEGELEIDING_LEERLING = "noodzakelijk voor speciale begeleiding leerling"
    ONDER_TOEZICHT_OVERHEID = "verwerking onder toezicht van de overheid"
    VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG = "verkregen op grond van Wpg of Wjsg"
    ORGAAN_TOEPASSING_STRAFRECHT = "orgaan belast met toepassing van het strafrecht"
    SAMENWERKINGSVERBAND = "verwerking door of voor samenwerkingsverband"
    AANVULLING_OP_GEZONDHEIDSGEGEVENS = "aanvulling op verwerking gezondheidsgegevens"
    BSN_WETTELIJK_TOEGESTAAN = "gebruik BSN wettelijk toegestaan"
    CONTRACTUELE_GEHEIMHOUDING = "contractuele geheimhoudingsplicht"
    ANONIEM_BESPROKEN = "casus anoniem besproken"
    STRAFBAAR_FEIT_TEGEN_HULPVERLENING = "strafbaar feit tegen de hulpverlening"
    AGRESSIE_SYMPTOOM_VAN_ZIEKTE = "agressie is symptoom van ziekte"
    ONDERTOEZICHTSTELLING = "jeugdige onder toezicht gesteld"
    VERZOEK_GI = "verzoek van de gecertificeerde instelling"
    VERZOEK_ONDERBOUWD = "verzoek onderbouwd"
    VERMOEDEN_HUISELIJK_GEWELD = "vermoeden van huiselijk geweld of kindermishandeling"
    CALAMITEIT_OF_GEWELD = "calamiteit of geweld bij de jeugdhulp"
    RECHTSTREEKS_BETROKKEN = "ontvanger rechtstreeks betrokken bij de hulpverlening"
    MELDINGSBEVOEGDE = "meldingsbevoegd voor de verwijsindex"
    NOODZAKELIJK_VOOR_BEHANDELING = "noodzakelijk voor goede behandeling of verzorging"
    MELDCODE_SIGNALEN = "meldcode: signalen in kaart gebracht"
    MELDCODE_CONSULTATIE = "meldcode: collegiale consultatie"
    MELDCODE_GESPREK = "meldcode: gesprek met de cliënt"
    MELDCODE_AFWEGINGSKADER = "meldcode: afwegingskader toegepast"
    MELDCODE_BESLUIT = "meldcode: besloten over melding en hulp"
    BEVOEGD_TOT_VERSTREKKEN = "aangewezen en geautoriseerd om politiegegevens te verstrekken"
    VERWERKT_VOOR_POLITIETAAK = "verwerkt voor de politietaak"
    TOESTEMMING_BEVOEGDE_FUNCTIONARIS = "toestemming van de bevoegde functionaris"
    EMBARGO_ONDERZOEK = "embargo-onderzoek"
    WEIGERINGSGROND_TER_BESCHIKKING = "grond om niet of beperkt ter beschikking te stellen"
    ONTVANGER_IN_BPG = "ontvanger genoemd in het Besluit politiegegevens"
    WGS_SAMENWERKINGSVERBAND = "ontvanger is een samenwerkingsverband van de Wgs"
    VERKREGEN_OP_GROND_VAN_WJSG = "verkregen van het OM op grond van de Wjsg"
    CONVENANT = "convenant met de ontvanger"
    INSTEMMING_BEVOEGD_GEZAG = "instemming van het bevoegd gezag met het samenwerkingsverband"
    GOEDKEURING_BEVOEGD_GEZAG = "goedkeuring van het bevoegd gezag"
    BEWAARTERMIJN_VERSTREKEN = "bewaartermijn verstreken"


class Toets(enum.StrEnum):
    """Oordelen die alleen de professional kan geven (open normen)."""

    PROPORTIONALITEIT = "proportionaliteit"
    SUBSIDIARITEIT = "subsidiariteit"
    RECHTMATIGHEID = "rechtmatigheid, behoorlijkheid en transparantie"
    DOELBINDING = "doelbinding"
    MINIMALE_GEGEVENSVERWERKING = "minimale gegevensverwerking"
    JUISTHEID = "juistheid"
    OPSLAGBEPERKING = "opslagbeperking"
    INTEGRITEIT = "integriteit en vertrouwelijkheid"
    BINNEN_REIKWIJDTE_TAAK = "binnen reikwijdte publieke taak"
    BEVOEGDHEID_ANDERE_AFDELING = "bevoegdheid andere afdeling"
    VERENIGBAARHEID = "verenigbaarheid"
    GERECHTVAARDIGD_BELANG = "gerechtvaardigd belang"
    NOODZAKELIJK_VOOR_BELANG = "noodzakelijk voor gerechtvaardigd belang"
    BELANG_WEEGT_ZWAARDER = "belang weegt zwaarder"
    NOODZAKELIJK_VOOR_PUBLIEKE_TAAK = "noodzakelijk voor publieke taak"
    AANGIFTE_ONDANKS_ZIEKTE = "aangifte ondanks ziekte verantwoord"
    LEVENSSFEER_ANDER = "persoonlijke levenssfeer van een ander niet geschaad"
    GOED_JEUGDHULPVERLENER = "zorg van een goed jeugdhulpverlener"
    NOODZAKELIJK_VOOR_WERKZAAMHEDEN = "noodzakelijk voor de werkzaamheden van de ontvanger"
    NOODZAKELIJK_VOOR_OTS = "noodzakelijk voor de ondertoezichtstelling"
    NOODZAKELIJK_VOOR_RAAD = "noodzakelijk voor de taken van de Raad"
    NOODZAKELIJK_VOOR_VEILIG_THUIS = "noodzakelijk voor Veilig Thuis"
    RISICO_ONTWIKKELING = "redelijk vermoeden van risico voor de ontwikkeling"
    CVP_GEWETENSNOOD = "conflict van plichten: gewetensnood"
    CVP_SCHADE = "conflict van plichten: ernstige schade"
    CVP_TOESTEMMING = "conflict van plichten: toestemmingsvereiste"
    CVP_DOELMATIGHEID = "conflict van plichten: doelmatigheid"
    CVP_SUBSIDIARITEIT = "conflict van plichten: subsidiariteit"
    CVP_PROPORTIONALITEIT = "conflict van plichten: proportionaliteit"
    EFFECTIVITEIT = "effectiviteit"
    EVENREDIGHEID = "evenredigheid"
    NEED_TO_KNOW = "need-to-know"
    AFSTEMMING_LEIDINGGEVENDE = "na afstemming met de leidinggevende ter beschikking stellen"
    BEHOEFTE_BURGEMEESTER = "burgemeester heeft de gegevens nodig voor zijn taak"
    NOODZAKELIJK_BURGEMEESTER = "direct relevant en noodzakelijk voor de burgemeester"
    BEHOEFTE_OM = "OM heeft de gegevens nodig voor zijn taak"
    NOODZAKELIJK_OM = "direct relevant en noodzakelijk voor het OM"
    DOEL_VOLGENS_BPG = "doel overeenkomstig het Besluit politiegegevens"
    NOODZAKELIJK_BPG = "noodzakelijk voor het doel in het Besluit politiegegevens"
    PROPORTIONEEL_BPG = "proportioneel voor het doel in het Besluit politiegegevens"
    SUBSIDIAIR_BPG = "subsidiair voor het doel in het Besluit politiegegevens"
    IN_LIJN_MET_CONVENANT = "in lijn met het convenant"
    STRIKT_NOODZAKELIJK = "strikt noodzakelijk voor het doel van de verstrekking"
    NOODZAKELIJK_SAMENWERKINGSVERBAND = "noodzakelijk voor het doel van het samenwerkingsverband"
    GEEN_ZWAARWEGENDE_REDENEN = "geen zwaarwegende redenen tegen verstrekking"
    NOODZAKELIJK_CONVENANT = "noodzakelijk voor het doel van het convenant"
    PROPORTIONEEL_CONVENANT = "proportioneel voor het doel van het convenant"
    SUBSIDIAIR_CONVENANT = "subsidiair voor het doel van het convenant"
    ZWAARWEGEND_ALGEMEEN_BELANG = "zwaarwegend algemeen belang"
    NOODZAKELIJK_INCIDENTEEL = "noodzakelijk voor het zwaarwegend algemeen belang"
    PROPORTIONEEL_INCIDENTEEL = "proportioneel voor het zwaarwegend algemeen belang"
    SUBSIDIAIR_INCIDENTEEL = "subsidiair voor het zwaarwegend algemeen belang"
    JUIST_EN_ACTUEEL = "juist en actueel"
    NOODZAAK_UIT_EIGEN_TAAK = "noodzaak tot mededeling uit de eigen taak"


class Toestemminggever(enum.StrEnum):
    """Wie toestemming geeft (003 r. 4425–4427)."""

    BETROKKENE = "betrokkene"
    OUDER = "ouder of voogd"


def _niet_leeg(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise InputError(
            [
                Problem(
                    path=f"$.{attribute.name}",
                    message=f"{attribute.name} mag niet leeg zijn",
                    expected=NIET_LEEG.get(attribute.name, "een tekst die niet leeg is"),
                )
            ]
        )


#: What an empty text field should have said (the same for the JSON reader).
NIET_LEEG: Mapping[str, str] = MappingProxyType(
    {
        "motivering": (
            "een tekst die zegt waarom de professional zo oordeelt (de afweging wordt vastgelegd)"
        ),
        "door": "wie het oordeel gaf (naam en functie)",
        "omvang": "waarvoor de toestemming of instemming geldt (welke gegevens of hulp, aan wie, waarvoor)",
    }
)


def _soort(
    kind: type[Any], verwacht: str
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator raising :class:`InputError` (with the field's path) for a wrong type."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InputError(
                [
                    Problem(
                        path=f"$.{attribute.name}",
                        message=f"verkeerd type: {type(value).__name__} {value!r}",
                        expected=verwacht,
                    )
                ]
            )

    return check


def _lijst(
    kind: type[Any], verwacht: str
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator for a sequence of ``kind``, naming every wrong item by its index."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        items = value if isinstance(value, tuple) else ()
        problems = [
            Problem(
                path=f"$.{attribute.name}[{i}]",
                message=f"verkeerd type: {type(item).__name__} {item!r}",
                expected=verwacht,
            )
            for i, item in enumerate(items)
            if not isinstance(item, kind)
        ]
        if problems:
            raise InputError(problems)

    return check


def _minstens_een(_: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    if not value:
        raise InputError(
            [Problem(path=f"$.{attribute.name}", message="leeg", expected="minstens één")]
        )


def _ja_nee_onbekend(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise InputError(
            [
                Problem(
                    path=f"$.{attribute.name}",
                    message=f"verkeerd type: {type(value).__name__} {value!r}",
                    expected="True, False of None (onbekend)",
                )
            ]
        )


def _gevers(value: Iterable[Toestemminggever]) -> tuple[Toestemminggever, ...]:
    return tuple(value)


def _categorieen(value: Iterable[Gegevenscategorie]) -> tuple[Gegevenscategorie, ...]:
    return tuple(value)


def _oordelen(value: Iterable[Oordeel]) -> tuple[Oordeel, ...]:
    return tuple(value)


def _soorten(value: Iterable[Politiegegevenssoort]) -> tuple[Politiegegevenssoort, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Partij:
    """Een partij: het soort organisatie en de rol waarin zij handelt."""

    organisatie: Organisatie = attrs.field(validator=_soort(Organisatie, "een Organisatie"))
    rol: Rol = attrs.field(default=Rol.MEDEWERKER, validator=_soort(Rol, "een Rol"))

    def __attrs_post_init__(self) -> None:
        """Controleer dat de rol bij de organisatie past."""
        toegestaan = ROLLEN_PER_ORGANISATIE[self.organisatie]
        if self.rol not in toegestaan:
            raise InputError(
                [
                    Problem(
                        path="$.rol",
                        message=(
                            f"tegenstrijdig: de rol {self.rol.value!r} past niet bij de organisatie "
                            f"{self.organisatie.value!r}"
                        ),
                        expected=", ".join(repr(r.value) for r in Rol if r in toegestaan),
                    )
                ]
            )


def _leeftijd(_: object, __: attrs.Attribute[int | None], value: int | None) -> None:
    if value is None:
        return
    if type(value) is not int or not 0 <= value <= 130:
        raise InputError(
            [
                Problem(
                    path="$.leeftijd",
                    message=f"ongeldige leeftijd {value!r}",
                    expected="een geheel getal van 0 tot en met 130, of weglaten",
                )
            ]
        )


@attrs.frozen(kw_only=True)
class Betrokkene:
    """De persoon over wie de gegevens gaan."""

    leeftijd: int | None = attrs.field(
        default=None, validator=_leeftijd, metadata={"schema": {"minimum": 0, "maximum": 130}}
    )


@attrs.frozen(kw_only=True)
class Oordeel:
    """Het oordeel van een professional over een open norm.

    Een oordeel legt vast wie oordeelde, wanneer, en waarom: de handreiking
    vraagt elke afweging vast te leggen (003 r. 325), en de motivering moet
    achteraf verantwoord kunnen worden (art. 5 lid 2 AVG).
    """

    toets: Toets = attrs.field(validator=_soort(Toets, "een Toets"))
    antwoord: bool = attrs.field(validator=_soort(bool, "True of False"))
    door: str = attrs.field(validator=[_soort(str, "tekst"), _niet_leeg])
    datum: dt.date = attrs.field(validator=_soort(dt.date, "een datum (datetime.date)"))
    motivering: str = attrs.field(validator=[_soort(str, "tekst"), _niet_leeg])


@attrs.frozen(kw_only=True)
class Toestemming:
    """Toestemming van de betrokkene als grondslag (art. 6 lid 1 onder a AVG).

    De geldigheidsvoorwaarden (003 r. 4415, 4942–4974) zijn afzonderlijke
    velden; een veld dat niet is ingevuld is onbekend.  Uitdrukkelijke en
    vastgelegde toestemming is nodig om het verbod van art. 9 AVG op te heffen
    (003 r. 5064, 4679).
    """

    door: tuple[Toestemminggever, ...] = attrs.field(
        converter=_gevers,
        validator=[
            _lijst(Toestemminggever, "een Toestemminggever"),
            _minstens_een,
        ],
    )
    omvang: str = attrs.field(validator=[_soort(str, "tekst"), _niet_leeg])
    vrij: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    specifiek: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    geinformeerd: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    ondubbelzinnig: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    uitdrukkelijk: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    vastgelegd: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)


@attrs.frozen(kw_only=True)
class ToestemmingBeroepsgeheim:
    """Toestemming van de betrokkene om het beroepsgeheim te doorbreken.

    Een andere toestemming dan die van art. 6 lid 1 onder a AVG
    (:class:`Toestemming`) en dan de instemming met de hulpverlening
    (:class:`InstemmingHulpverlening`): zij heft alleen de zwijgplicht op, en
    er is daarnaast een grondslag uit de AVG nodig (002 r. 1226–1230).  De
    typen zijn los van elkaar; de ene kan nooit voor de andere worden gebruikt.

    De voorwaarden (003 r. 506, 524, 530, 536) zijn afzonderlijke velden; een
    veld dat niet is ingevuld is onbekend:

    * ``uitdrukkelijk`` — uitdrukkelijke toestemming (r. 506);
    * ``vooraf_geinformeerd`` — vooraf verteld over het doel, de inhoud en de
      mogelijke gevolgen van het doorbreken (r. 524);
    * ``vrije_keuze`` en ``draagwijdte_overzien`` — een vrije keuze, waarvan de
      betrokkene de draagwijdte overziet (r. 530);
    * ``mondeling`` en ``vastgelegd`` — ook mondelinge toestemming is geldig,
      maar wordt dan in het cliëntdossier vastgelegd: van wie, waarvoor en
      wanneer (r. 536);
    * ``aantoonbaar`` — u kunt aantonen dat de toestemming is gegeven (r. 536).
    """

    door: tuple[Toestemminggever, ...] = attrs.field(
        converter=_gevers,
        validator=[_lijst(Toestemminggever, "een Toestemminggever"), _minstens_een],
    )
    omvang: str = attrs.field(validator=[_soort(str, "tekst"), _niet_leeg])
    uitdrukkelijk: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    vooraf_geinformeerd: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    vrije_keuze: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    draagwijdte_overzien: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    mondeling: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    vastgelegd: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)
    aantoonbaar: bool | None = attrs.field(default=None, validator=_ja_nee_onbekend)


@attrs.frozen(kw_only=True)
class InstemmingHulpverlening:
    """De instemming van de betrokkene met (vrijwillige) hulpverlening.

    De basis om hulp te starten, bijvoorbeeld door een wijkteam, de ggz of een
    jeugdhulpaanbieder.  Zij is geen toestemming om gegevens te verwerken of te
    verstrekken, en geen toestemming om het beroepsgeheim te doorbreken
    (002 r. 1308–1338): privacyrecht leidt er nooit een grondslag uit af, en
    meldt dat in het antwoord.
    """

    door: tuple[Toestemminggever, ...] = attrs.field(
        converter=_gevers,
        validator=[_lijst(Toestemminggever, "een Toestemminggever"), _minstens_een],
    )
    omvang: str = attrs.field(validator=[_soort(str, "tekst"), _niet_leeg])


def _freeze_feiten(value: Mapping[Feit, bool]) -> Mapping[Feit, bool]:
    return MappingProxyType(dict(sorted(value.items())))


def _check_feiten(_: object, __: attrs.Attribute[Any], value: Mapping[object, object]) -> None:
    problems = []
    for key, val in value.items():
        if not isinstance(key, Feit):
            problems.append(
                Problem(
                    path=f"$.feiten[{key!r}]", message=f"onbekend feit {key!r}", expected="een Feit"
                )
            )
        elif not isinstance(val, bool):
            problems.append(
                Problem(
                    path=f"$.feiten[{key.value!r}]",
                    message=f"verkeerd type: {type(val).__name__} {val!r}",
                    expected="True of False",
                )
            )
    if problems:
        raise InputError(problems)


@attrs.frozen(kw_only=True, eq=True)
class Verstrekking:
    """Een voorgenomen verstrekking van persoonsgegevens.

    Attributes:
        verstrekker: wie de gegevens wil verstrekken, en in welke rol.
        ontvanger: aan wie.
        gegevens: de soorten persoonsgegevens die mee zouden gaan.
        doel: waarvoor.
        betrokkene: over wie (leeftijd, voor de toestemmingsregels).
        feiten: opgegeven feiten; wat ontbreekt is onbekend.
        oordelen: gegeven oordelen van professionals.
        toestemming: toestemming van betrokkene of ouders als grondslag (art. 6
            lid 1 onder a AVG), als die er is.
        politiegegevens: op grond van welke artikelen van de Wpg de gegevens zijn
            verwerkt (alleen voor politiegegevens; leeg is onbekend).
        toestemming_beroepsgeheim: toestemming om het beroepsgeheim te doorbreken.
        instemming_hulpverlening: instemming met de hulpverlening zelf (geen
            grondslag en geen doorbrekingsgrond).
        omschrijving: vrije omschrijving van de casus (alleen voor de mens).
    """

    verstrekker: Partij = attrs.field(validator=_soort(Partij, "een Partij"))
    ontvanger: Partij = attrs.field(validator=_soort(Partij, "een Partij"))
    gegevens: tuple[Gegevenscategorie, ...] = attrs.field(
        converter=_categorieen,
        validator=_lijst(Gegevenscategorie, "een Gegevenscategorie"),
    )
    doel: Doel = attrs.field(validator=_soort(Doel, "een Doel"))
    betrokkene: Betrokkene = attrs.field(
        factory=Betrokkene, validator=_soort(Betrokkene, "een Betrokkene")
    )
    feiten: Mapping[Feit, bool] = attrs.field(
        factory=dict, converter=_freeze_feiten, validator=_check_feiten
    )
    oordelen: tuple[Oordeel, ...] = attrs.field(
        default=(),
        converter=_oordelen,
        validator=_lijst(Oordeel, "een Oordeel"),
    )
    politiegegevens: tuple[Politiegegevenssoort, ...] = attrs.field(
        default=(),
        converter=_soorten,
        validator=_lijst(Politiegegevenssoort, "een Politiegegevenssoort"),
    )
    toestemming: Toestemming | None = attrs.field(
        default=None, validator=attrs.validators.optional(_soort(Toestemming, "een Toestemming"))
    )
    toestemming_beroepsgeheim: ToestemmingBeroepsgeheim | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            _soort(ToestemmingBeroepsgeheim, "een ToestemmingBeroepsgeheim")
        ),
    )
    instemming_hulpverlening: InstemmingHulpverlening | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(
            _soort(InstemmingHulpverlening, "een InstemmingHulpverlening")
        ),
    )
    omschrijving: str = attrs.field(default="", validator=_soort(str, "tekst"))

    def __attrs_post_init__(self) -> None:
        """Controleer de invoer op tegenstrijdigheden."""
        from privacyrecht._samenhang import controleer  # noqa: PLC0415

        controleer(self)

    def feit(self, feit: Feit) -> bool | None:
        """Het opgegeven feit, of ``None`` als het onbekend is."""
        return self.feiten.get(feit)

    def oordeel(self, toets: Toets) -> Oordeel | None:
        """Het gegeven oordeel over ``toets``, of ``None`` als het ontbreekt."""
        for oordeel in self.oordelen:
            if oordeel.toets is toets:
                return oordeel
        return None
