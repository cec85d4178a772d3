"""Bronnen: de regelingen, hun bepalingen en de passages uit de handreiking.

Elke regel in privacyrecht citeert twee soorten bronnen:

* een :class:`Bepaling` uit een :class:`Regeling` (wet, verordening, besluit),
  gestructureerd als regeling, artikel, lid en onderdeel;
* een :class:`Passage` uit een brondocument (bestand en regelnummer), de tekst
  die de regel overneemt.

Elke regeling legt vast tegen welke versie van de tekst de regels zijn
gecontroleerd (``versie``) en of de regels bij de geldende tekst zijn
bijgewerkt (``status``).  Zo draagt elk antwoord zijn *rechtsstand*.

>>> str(AVG.bepaling("6", lid="1", onder="e"))
'art. 6 lid 1 onder e AVG'
>>> str(BW_BOEK_7.bepaling("7:457", lid="1"))
'art. 7:457 lid 1 BW'
>>> Passage(regel=4001).cite()
'003_026876f3936cad21.txt r. 4001'
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = [
    "AVG",
    "BESLUIT_MELDCODE",
    "BPG",
    "BW_BOEK_1",
    "BW_BOEK_7",
    "EVRM",
    "GEMEENTEWET",
    "GRONDWET",
    "HANDREIKING",
    "HANDREIKING_DATUM",
    "HANDVAT",
    "JEUGDWET",
    "REGELINGEN",
    "SR",
    "SV",
    "UAVG",
    "WEC",
    "WET_BIG",
    "WGS",
    "WJSG",
    "WKKGZ",
    "WMO_2015",
    "WPG",
    "WPO",
    "WVO_2020",
    "Bepaling",
    "Passage",
    "Regeling",
    "Status",
    "passage",
]

#: Het primaire brondocument: de *Handreiking Gegevensdeling ter voorkoming van
#: excessief geweld* (Ministerie van Justitie en Veiligheid, mei 2023).
HANDREIKING = "003_026876f3936cad21.txt"
#: Het *Handvat gegevensuitwisseling in het zorg- en veiligheidsdomein* (2e herziene
#: druk): de algemene regels over beroepsgeheim, de soorten toestemming en drang.
HANDVAT = "002_efefe0b70f172480.txt"
#: De datum van de handreiking (colofon, 003 r. 6144–6162).
HANDREIKING_DATUM = dt.date(2023, 5, 1)


class Status(enum.Enum):
    """Of de regels van een regeling bij de geldende tekst zijn bijgewerkt."""

    #: De regels volgen de tekst van ``versie``, de geldende tekst.
    BIJGEWERKT = "bijgewerkt"
    #: De tekst is gewijzigd sinds de regels zijn geschreven; zie ``opmerking``.
    NIET_BIJGEWERKT = "niet bijgewerkt"
    #: De regeling wordt genoemd, maar haar regels zijn (nog) niet gecodeerd.
    NIET_UITGEWERKT = "niet uitgewerkt"


@attrs.frozen(kw_only=True)
class Regeling:
    """Een wet, verordening of besluit, met haar officiële identificatie.

    Attributes:
        afkorting: de gangbare afkorting, zoals ``"AVG"``.
        titel: de citeertitel.
        identificatie: BWB-id (``BWBR…``) of CELEX-nummer.
        versie: de datum van de (geconsolideerde) tekst waartegen de regels
            zijn gecontroleerd.
        status: of de regels bij die tekst zijn bijgewerkt.
        opmerking: wat er sinds de handreiking is veranderd, of wat nog ontbreekt.
        citeernaam: hoe een bepaling de regeling noemt, als dat anders is dan de
            afkorting (``"BW"`` voor elk boek van het Burgerlijk Wetboek).
    """

    afkorting: str
    titel: str
    identificatie: str
    versie: dt.date
    status: Status = Status.BIJGEWERKT
    opmerking: str = ""
    citeernaam: str = ""

    @property
    def is_eu(self) -> bool:
        """Of het een EU-handeling is (CELEX) in plaats van een BWB-regeling."""
        return not self.identificatie.startswith(("BWBR", "BWBV"))

    @property
    def link(self) -> str:
        """Link naar de geconsolideerde tekst van de regeling."""
        if self.is_eu:
            return f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{self.identificatie}"
        return f"https://wetten.overheid.nl/{self.identificatie}/{self.versie.isoformat()}"

    def bepaling(
        self, artikel: str, *, lid: str | None = None, onder: str | None = None
    ) -> Bepaling:
        """De bepaling ``artikel`` (met ``lid`` en ``onder``) van deze regeling."""
        return Bepaling(regeling=self, artikel=artikel, lid=lid, onder=onder)


def _citeervorm(b: Bepaling) -> str:
    parts = [f"art. {b.artikel}"]
    if b.lid is not None:
        parts.append(f"lid {b.lid}")
    if b.onder is not None:
        parts.append(f"onder {b.onder}")
    parts.append(b.regeling.citeernaam or b.regeling.afkorting)
    return " ".join(parts)


def _artikellink(b: Bepaling) -> str:
    regeling = b.regeling
    if regeling.is_eu:
        return regeling.link
    datum = regeling.versie.isoformat()
    return (
        f"https://wetten.overheid.nl/jci1.3:c:{regeling.identificatie}"
        f"&artikel={b.artikel}&z={datum}&g={datum}"
    )


@attrs.frozen(kw_only=True)
class Bepaling:
    """Een artikel, lid en onderdeel van een regeling.

    Drukt zich af zoals juristen citeren: ``art. 6 lid 1 onder e AVG``.

    Attributes:
        regeling: de regeling.
        artikel: het artikelnummer, zoals ``"6"``, ``"7:457"`` of ``"3.40"``.
        lid: het lid, of ``None``.
        onder: het onderdeel (letter), of ``None``.
        tekst: de citeervorm (afgeleid).
        link: link naar het artikel in de geconsolideerde tekst (afgeleid): voor
            BWB-regelingen een Juriconnect-link op artikelniveau met de
            versiedatum als geldigheids- en zichtdatum; voor EU-handelingen de
            tekst op EUR-Lex.
    """

    regeling: Regeling
    artikel: str
    lid: str | None = None
    onder: str | None = None
    tekst: str = attrs.field(init=False, eq=False)
    link: str = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Leid de citeervorm en de link af (eenmaal, bij het aanmaken)."""
        object.__setattr__(self, "tekst", _citeervorm(self))
        object.__setattr__(self, "link", _artikellink(self))

    def cite(self) -> str:
        """De citeervorm (zie :attr:`tekst`)."""
        return self.tekst

    def __str__(self) -> str:
        """De citeervorm (zie :attr:`tekst`)."""
        return self.tekst


@attrs.frozen(kw_only=True)
class Passage:
    """Een regel uit een brondocument: bestand en regelnummer."""

    regel: int
    bestand: str = HANDREIKING
    _tekst: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Leid de verwijzing af (eenmaal, bij het aanmaken)."""
        object.__setattr__(self, "_tekst", f"{self.bestand} r. {self.regel}")

    def cite(self) -> str:
        """De verwijzing zoals in de feature-bestanden: ``<bestand> r. <regel>``."""
        return self._tekst

    def __str__(self) -> str:
        """De verwijzing (zie :meth:`cite`)."""
        return self.cite()


def passage(*regels: int, bestand: str = HANDREIKING) -> tuple[Passage, ...]:
    """Passages op ``regels`` van ``bestand`` (standaard de handreiking).

    >>> [p.regel for p in passage(4001, 4361)]
    [4001, 4361]
    """
    return tuple(Passage(regel=r, bestand=bestand) for r in regels)


#: De AVG (CELEX 32016R0679).
AVG = Regeling(
    afkorting="AVG",
    titel="Algemene verordening gegevensbescherming (Verordening (EU) 2016/679)",
    identificatie="32016R0679",
    versie=dt.date(2016, 5, 4),
    opmerking="Tekst zoals bekendgemaakt in PB L 119 van 4 mei 2016; sindsdien niet gewijzigd.",
)
#: De Uitvoeringswet AVG (BWBR0040940), tekst vanaf 1 september 2026.
UAVG = Regeling(
    afkorting="UAVG",
    titel="Uitvoeringswet Algemene verordening gegevensbescherming",
    identificatie="BWBR0040940",
    versie=dt.date(2026, 9, 1),
    opmerking=(
        "Gecontroleerd tegen de tekst die geldt vanaf 1 september 2026 (Verzamelwet "
        "gegevensbescherming). Sinds de handreiking (mei 2023) is de definitie van "
        "'persoonsgegevens van strafrechtelijke aard' (art. 1) beperkt: een door de rechter "
        "opgelegd verbod naar aanleiding van onrechtmatig of hinderlijk gedrag valt er niet "
        "meer onder (vgl. 003 r. 4834); art. 22 lid 2 onder e en art. 32 onder d zijn anders "
        "geformuleerd; art. 23a en 30a–30b zijn nieuw (hier niet van belang)."
    ),
)
#: Het Wetboek van Strafvordering (BWBR0001903).
SV = Regeling(
    afkorting="Sv",
    titel="Wetboek van Strafvordering",
    identificatie="BWBR0001903",
    versie=dt.date(2026, 7, 1),
    opmerking=(
        "Art. 160–162 gecontroleerd tegen de tekst van 1 juli 2026. Het nieuwe Wetboek van "
        "Strafvordering (nieuwe nummering) is op de rechtsstand nog niet in werking."
    ),
)
#: De Gemeentewet (BWBR0005416).
GEMEENTEWET = Regeling(
    afkorting="Gemeentewet",
    titel="Gemeentewet",
    identificatie="BWBR0005416",
    versie=dt.date(2026, 10, 1),
)
#: De Wet op het primair onderwijs (BWBR0003420).
WPO = Regeling(
    afkorting="WPO",
    titel="Wet op het primair onderwijs",
    identificatie="BWBR0003420",
    versie=dt.date(2026, 8, 1),
)
#: De Wet voortgezet onderwijs 2020 (BWBR0044212).
WVO_2020 = Regeling(
    afkorting="WVO 2020",
    titel="Wet voortgezet onderwijs 2020",
    identificatie="BWBR0044212",
    versie=dt.date(2026, 8, 1),
)
#: De Wet op de expertisecentra (BWBR0003549).
WEC = Regeling(
    afkorting="WEC",
    titel="Wet op de expertisecentra",
    identificatie="BWBR0003549",
    versie=dt.date(2026, 8, 1),
)
#: De Wet politiegegevens (BWBR0022463).
WPG = Regeling(
    afkorting="Wpg",
    titel="Wet politiegegevens",
    identificatie="BWBR0022463",
    versie=dt.date(2025, 7, 1),
    opmerking=(
        "Stappenplan Politie gecodeerd (art. 1, 7, 8–13, 15–20). Art. 20 gelezen zoals gewijzigd "
        "door de Wet gegevensverwerking door samenwerkingsverbanden (in werking 1 maart 2025)."
    ),
)
#: Het Besluit politiegegevens (BWBR0023086): de ontvangers van art. 4:1–4:4.
BPG = Regeling(
    afkorting="Bpg",
    titel="Besluit politiegegevens",
    identificatie="BWBR0023086",
    versie=dt.date(2026, 6, 12),
    opmerking=(
        "Alleen de ontvangers uit de tabel van de handreiking (r. 1317–1325) zijn gecodeerd; "
        "voor de andere ontvangers vraagt privacyrecht de verstrekker."
    ),
)
#: De Wet justitiële en strafvorderlijke gegevens (BWBR0014194); alleen genoemd.
WJSG = Regeling(
    afkorting="Wjsg",
    titel="Wet justitiële en strafvorderlijke gegevens",
    identificatie="BWBR0014194",
    versie=dt.date(2026, 9, 1),
    status=Status.NIET_UITGEWERKT,
    opmerking="Alleen genoemd (ontvangst door de burgemeester, geheimhouding); Stappenplan Justitie volgt.",
)
#: De Wet gegevensverwerking door samenwerkingsverbanden (BWBR0049962); nog niet uitgewerkt.
WGS = Regeling(
    afkorting="WGS",
    titel="Wet gegevensverwerking door samenwerkingsverbanden",
    identificatie="BWBR0049962",
    versie=dt.date(2025, 7, 5),
    status=Status.NIET_UITGEWERKT,
    opmerking=(
        "In werking sinds 1 maart 2025, na de handreiking (mei 2023). De regels voor "
        "samenwerkingsverbanden (o.a. Zorg- en Veiligheidshuizen) zijn nog niet gecodeerd."
    ),
)
#: Burgerlijk Wetboek Boek 7 (BWBR0005290): het medisch beroepsgeheim (Wgbo).
BW_BOEK_7 = Regeling(
    afkorting="BW Boek 7",
    citeernaam="BW",
    titel="Burgerlijk Wetboek Boek 7",
    identificatie="BWBR0005290",
    versie=dt.date(2026, 1, 1),
    opmerking=(
        "Art. 7:457 (geheimhouding, leden 1–3) en art. 7:465 (toestemming van minderjarigen) "
        "gecodeerd."
    ),
)
#: Burgerlijk Wetboek Boek 1 (BWBR0002656): het meldrecht tegenover de Raad voor de
#: Kinderbescherming (art. 1:240).
BW_BOEK_1 = Regeling(
    afkorting="BW Boek 1",
    citeernaam="BW",
    titel="Burgerlijk Wetboek Boek 1",
    identificatie="BWBR0002656",
    versie=dt.date(2025, 7, 5),
    opmerking="Alleen art. 1:240 (meldrecht Raad voor de Kinderbescherming) gecodeerd.",
)
#: De Jeugdwet (BWBR0034925).
JEUGDWET = Regeling(
    afkorting="Jeugdwet",
    titel="Jeugdwet",
    identificatie="BWBR0034925",
    versie=dt.date(2026, 1, 1),
    opmerking=(
        "Art. 7.3.11 (alle vijf leden), art. 7.1.4.1 (verwijsindex), art. 4.1.7 (meldcode) en "
        "art. 4.1.8 (meldplicht calamiteiten en geweld) gecodeerd."
    ),
)
#: De Wet maatschappelijke ondersteuning 2015 (BWBR0035362).
WMO_2015 = Regeling(
    afkorting="Wmo 2015",
    titel="Wet maatschappelijke ondersteuning 2015",
    identificatie="BWBR0035362",
    versie=dt.date(2026, 1, 1),
    opmerking="Art. 5.2.6 (meldrecht Veilig Thuis) en art. 3.3 (meldcode) gecodeerd.",
)
#: De Wet op de beroepen in de individuele gezondheidszorg (BWBR0006251).
WET_BIG = Regeling(
    afkorting="Wet BIG",
    titel="Wet op de beroepen in de individuele gezondheidszorg",
    identificatie="BWBR0006251",
    versie=dt.date(2025, 7, 5),
    opmerking="Alleen art. 88 (geheimhouding) gecodeerd.",
)
#: De Wet kwaliteit, klachten en geschillen zorg (BWBR0037173).
WKKGZ = Regeling(
    afkorting="Wkkgz",
    titel="Wet kwaliteit, klachten en geschillen zorg",
    identificatie="BWBR0037173",
    versie=dt.date(2026, 1, 1),
    opmerking="Alleen art. 8 (meldcode) gecodeerd.",
)
#: Het Wetboek van Strafrecht (BWBR0001854).
SR = Regeling(
    afkorting="Sr",
    titel="Wetboek van Strafrecht",
    identificatie="BWBR0001854",
    versie=dt.date(2026, 1, 1),
    opmerking="Alleen art. 272 (schending van een geheimhoudingsplicht) genoemd als bron van het beroepsgeheim.",
)
#: De Grondwet (BWBR0001840).
GRONDWET = Regeling(
    afkorting="Grondwet",
    titel="Grondwet",
    identificatie="BWBR0001840",
    versie=dt.date(2023, 2, 22),
    opmerking="Alleen art. 10 (eerbiediging van de persoonlijke levenssfeer) genoemd als bron van het beroepsgeheim.",
)
#: Het Europees Verdrag tot bescherming van de rechten van de mens (BWBV0001000).
EVRM = Regeling(
    afkorting="EVRM",
    titel="Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden",
    identificatie="BWBV0001000",
    versie=dt.date(2021, 8, 1),
    opmerking="Alleen art. 8 (recht op eerbiediging van het privéleven) genoemd als bron van het beroepsgeheim.",
)
#: Het Besluit verplichte meldcode huiselijk geweld en kindermishandeling (BWBR0033723).
BESLUIT_MELDCODE = Regeling(
    afkorting="Besluit verplichte meldcode",
    titel="Besluit verplichte meldcode huiselijk geweld en kindermishandeling",
    identificatie="BWBR0033723",
    versie=dt.date(2019, 1, 1),
    opmerking=(
        "Art. 2 lid 2 (de vijf stappen) gecodeerd als de meldcodeprocedure; het afwegingskader "
        "(art. 2 lid 1 onder b) is sinds 1 januari 2019 verplicht."
    ),
)

#: Alle geregistreerde regelingen, op afkorting.
REGELINGEN: Mapping[str, Regeling] = MappingProxyType(
    {
        r.afkorting: r
        for r in (
            AVG,
            UAVG,
            SV,
            SR,
            GEMEENTEWET,
            WPO,
            WVO_2020,
            WEC,
            WPG,
            BPG,
            WJSG,
            WGS,
            BW_BOEK_1,
            BW_BOEK_7,
            WET_BIG,
            JEUGDWET,
            WMO_2015,
            WKKGZ,
            BESLUIT_MELDCODE,
            GRONDWET,
            EVRM,
        )
    }
)
