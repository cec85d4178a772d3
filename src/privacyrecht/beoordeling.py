"""Het antwoord: een :class:`Beoordeling` en de onderdelen waaruit die bestaat.

Een beoordeling zegt of de verstrekking *mag*, *moet*, *niet mag* of (nog)
*onbeslist* is; op welke bepalingen dat berust; welke regimes gelden en
waarom; wat nog moet worden uitgezocht of afgewogen, en door wie; onder welke
voorwaarden; wat daarna moet gebeuren; welke gegevens mee mogen; en hoe het
antwoord stap voor stap is bereikt.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from privacyrecht.bronnen import Bepaling, Passage
from privacyrecht.feiten import Gegevenscategorie, Oordeel, Politiegegevenssoort

__all__ = [
    "Antwoord",
    "Beoordeling",
    "Doorbreking",
    "Doorbrekingsgrond",
    "GegevensOordeel",
    "Grondslag",
    "Kanttekening",
    "OpenVraag",
    "PolitiegegevensOordeel",
    "Rechtsstand",
    "Regime",
    "Stap",
    "Uitkomst",
    "Vervolgactie",
    "Voorwaarde",
    "Vraagsoort",
    "Weigering",
]


class Uitkomst(enum.StrEnum):
    """De vier mogelijke uitkomsten."""

    MAG = "mag"
    MOET = "moet"
    MAG_NIET = "mag niet"
    ONBESLIST = "onbeslist"


class Vraagsoort(enum.StrEnum):
    """Wat voor vraag een open vraag is."""

    FEIT = "feit"
    OORDEEL = "oordeel"
    INVOER = "invoer"
    BUITEN_BEREIK = "buiten bereik"


@attrs.frozen(kw_only=True)
class OpenVraag:
    """Iets dat nog moet worden uitgezocht of afgewogen.

    Attributes:
        soort: een feit, een oordeel, ontbrekende invoer, of een vraag die
            buiten wat privacyrecht nu beoordeelt valt.
        sleutel: het label waarmee het antwoord kan worden opgegeven (de naam
            van het feit of de toets, of het invoerveld).
        vraag: de vraag, in gewone taal.
        waarom: de bepalingen waarvoor het antwoord ertoe doet.
        bron: de passages in de handreiking.
        wie: wie de vraag kan beantwoorden.
    """

    soort: Vraagsoort
    sleutel: str
    vraag: str
    waarom: tuple[Bepaling, ...] = ()
    bron: tuple[Passage, ...] = ()
    wie: str = ""


@attrs.frozen(kw_only=True)
class Grondslag:
    """Een bepaling waarop de verstrekking berust (bijdrage van een route)."""

    bepaling: Bepaling


class Doorbrekingsgrond(enum.StrEnum):
    """De gronden waarop een beroepsgeheim of geheimhoudingsplicht wijkt.

    De handreiking onderscheidt vier categorieën (003 r. 506, 6000–6005):
    uitdrukkelijke toestemming, een wettelijke verplichting, een meldrecht en
    een conflict van plichten.  Daarnaast erkent de wet zelf uitzonderingen
    (het Handvat: een "specifieke wettelijke verplichting dan wel
    bevoegdheid", 002 r. 1300): wie rechtstreeks bij de hulpverlening is
    betrokken geldt niet als "ander" (art. 7:457 lid 2 BW, art. 7.3.11 lid 2
    Jeugdwet), en de hulpverlener mag aangifte doen van een strafbaar feit
    tegen hemzelf, zijn medewerkers of zijn praktijk (art. 161 Sv, 003 r. 462).
    Voor politiegegevens geldt de geheimhoudingsplicht van art. 7 lid 1 Wpg:
    zij wijkt alleen voor het ter beschikking stellen of verstrekken waar de
    Wpg dat toelaat (003 r. 1057); wie de gegevens ontving mag ze alleen
    doorgeven als een wettelijk voorschrift daartoe verplicht of zijn taak het
    noodzakelijk maakt (r. 1073).  Iets anders is geen grond.
    """

    TOESTEMMING = "uitdrukkelijke toestemming van de betrokkene"
    WETTELIJKE_PLICHT = "wettelijke verplichting"
    MELDRECHT = "wettelijk meldrecht"
    CONFLICT_VAN_PLICHTEN = "conflict van plichten"
    WETTELIJKE_UITZONDERING = "wettelijke uitzondering op het beroepsgeheim"
    AANGIFTE = "aangifte van een strafbaar feit tegen de hulpverlening"
    WPG_VERSTREKKING = "ter beschikking stellen of verstrekken op grond van de Wpg"
    NOODZAAK_UIT_TAAK = "noodzaak tot mededeling uit de eigen taak"


@attrs.frozen(kw_only=True)
class Doorbreking:
    """Op welke grond het beroepsgeheim of de geheimhoudingsplicht wijkt.

    Attributes:
        grond: de soort grond.
        omschrijving: welke grond precies (bijvoorbeeld "meldrecht Veilig Thuis").
        bepalingen: de bepalingen die de grond geven; leeg bij een ongeschreven
            grond (het conflict van plichten).
        bron: de passages die de grond beschrijven.
    """

    grond: Doorbrekingsgrond
    omschrijving: str
    bepalingen: tuple[Bepaling, ...] = ()
    bron: tuple[Passage, ...] = ()


@attrs.frozen(kw_only=True)
class Weigering:
    """Een bepaling waaraan de verstrekking niet voldoet."""

    bepaling: Bepaling


@attrs.frozen(kw_only=True)
class Voorwaarde:
    """Een voorwaarde waaronder de verstrekking mag (of een grens aan wat mag)."""

    tekst: str
    bepalingen: tuple[Bepaling, ...] = ()
    bron: tuple[Passage, ...] = ()


@attrs.frozen(kw_only=True)
class Vervolgactie:
    """Wat de verstrekker hierna moet doen."""

    tekst: str
    bron: tuple[Passage, ...] = ()


@attrs.frozen(kw_only=True)
class Kanttekening:
    """Een keuze in de uitwerking die juridisch nog moet worden beoordeeld.

    De handreiking laat hier een tak open of is onduidelijk; privacyrecht
    volgt de genoemde lezing en maakt dat zichtbaar.
    """

    tekst: str
    bron: tuple[Passage, ...] = ()


@attrs.frozen(kw_only=True)
class Regime:
    """Een rechtsregime en of het op deze verstrekking van toepassing is.

    ``van_toepassing`` is ``None`` als dat nog niet is vast te stellen.
    """

    naam: str
    van_toepassing: bool | None
    reden: str
    bron: tuple[Passage, ...] = ()
    bepalingen: tuple[Bepaling, ...] = ()


@attrs.frozen(kw_only=True)
class PolitiegegevensOordeel:
    """Of politiegegevens van een soort (art. 8, 9, 10, 13 Wpg) in deze verstrekking mee mogen.

    Elke soort wordt beoordeeld alsof alleen die soort zou worden verstrekt: de
    ontvangers in het Besluit politiegegevens krijgen vaak alleen gegevens van
    art. 8 en 13 (003 r. 1319–1322), en voor gegevens van art. 9 en 10 gelden
    eigen voorwaarden (r. 1015, 1325, 1454).
    """

    soort: Politiegegevenssoort
    uitkomst: Uitkomst
    bepalingen: tuple[Bepaling, ...] = ()


@attrs.frozen(kw_only=True)
class GegevensOordeel:
    """Of een gegevenscategorie in deze verstrekking mee mag."""

    categorie: Gegevenscategorie
    uitkomst: Uitkomst
    bepalingen: tuple[Bepaling, ...] = ()


class Antwoord(enum.StrEnum):
    """Het antwoord op de vraag van een stap."""

    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"


@attrs.frozen(kw_only=True)
class Stap:
    """Een doorlopen stap van een stappenplan.

    Attributes:
        stap: de naam van de stap in de handreiking, zoals ``"Stap 2B"``.
        vraag: de vraag van de stap.
        antwoord: ja, nee of onbekend.
        bron: de passages waar de stap staat.
        bepalingen: de bepalingen die de stap toepast.
        oordelen: de oordelen die bij deze stap zijn gebruikt.
        redenen: bij *nee*: de deelvragen die het antwoord bepalen, met hun
            antwoord (bijvoorbeeld welke voorwaarde voor toestemming ontbreekt).
    """

    stap: str
    vraag: str
    antwoord: Antwoord
    bron: tuple[Passage, ...]
    bepalingen: tuple[Bepaling, ...] = ()
    oordelen: tuple[Oordeel, ...] = ()
    redenen: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Rechtsstand:
    """De versie van een regeling (of de handreiking) waarop het antwoord berust."""

    regeling: str
    versie: dt.date
    status: str


@attrs.frozen(kw_only=True)
class Beoordeling:
    """Het antwoord van :func:`privacyrecht.beoordeel`.

    Attributes:
        uitkomst: mag, moet, mag niet of onbeslist.
        grondslagen: de bepalingen die de uitkomst bepalen: waarop de
            verstrekking berust (mag, moet), of waaraan zij niet voldoet (mag niet).
            Bij een beroepsgeheim staan hier zowel de grondslag uit de AVG als
            de bepaling die het beroepsgeheim doet wijken.
        doorbrekingen: bij mag of moet, als de verstrekker een beroepsgeheim of
            geheimhoudingsplicht heeft: de grond waarop dat wijkt.
        regimes: welke regimes gelden, en waarom.
        stappenplan: het toegepaste stappenplan, als er een is.
        open_vragen: wat nog moet worden uitgezocht of afgewogen.
        voorwaarden: voorwaarden en grenzen van de verstrekking.
        vervolgacties: wat hierna moet gebeuren.
        gegevens: per gegevenscategorie of die mee mag.
        politiegegevens: bij politiegegevens: per soort (art. 8, 9, 10, 13 Wpg)
            of die mee mag.
        stappen: de doorlopen stappen.
        te_beoordelen: keuzes in de uitwerking die juridisch nog beoordeeld moeten worden.
        rechtsstand: de versies van de teksten waarop het antwoord berust.
    """

    uitkomst: Uitkomst
    grondslagen: tuple[Bepaling, ...]
    doorbrekingen: tuple[Doorbreking, ...]
    regimes: tuple[Regime, ...]
    stappenplan: str | None
    open_vragen: tuple[OpenVraag, ...]
    voorwaarden: tuple[Voorwaarde, ...]
    vervolgacties: tuple[Vervolgactie, ...]
    gegevens: tuple[GegevensOordeel, ...]
    stappen: tuple[Stap, ...]
    te_beoordelen: tuple[Kanttekening, ...]
    rechtsstand: tuple[Rechtsstand, ...]
    politiegegevens: tuple[PolitiegegevensOordeel, ...] = ()

    def toelichting(self) -> str:
        """De Nederlandse uitleg, stap voor stap, met bronvermelding."""
        from privacyrecht.weergave import als_tekst  # noqa: PLC0415

        return als_tekst(self)

    def als_json(self, *, inspringen: int | None = None) -> str:
        """Het antwoord als JSON (deterministisch: gesorteerde sleutels, geen tijdstempels)."""
        from privacyrecht.codec import beoordeling_naar_json  # noqa: PLC0415

        return beoordeling_naar_json(self, inspringen=inspringen)
