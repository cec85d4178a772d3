"""Stappenplan Politie en boa's (003 r. 753–2244).

Voor de verwerkingsverantwoordelijken van de bevoegde autoriteiten en wie
door hen is aangewezen of geautoriseerd om politiegegevens te verstrekken
(r. 759, 813).  "Nadrukkelijk geen checklist of afvinklijstje": per casus
wordt een individuele afweging gemaakt en vastgelegd (r. 771–775).

* **Stap 1** — werkt u bij een bevoegde autoriteit, en bent u bevoegd om te
  verstrekken (r. 857–952)?
* **Stap 2** — gaat het om politiegegevens: tot een persoon herleidbaar, en
  verwerkt voor de politietaak (r. 961–981)?  Welke (art. 8, 9, 10, 13)?
  Gegevens van art. 9 en 10 alleen met toestemming van de bevoegde
  functionaris (r. 985–1017).
* **Stap 3** — geheimhouding: in beginsel niet delen (r. 1053–1075).
* **Stap 4** — de ontvanger.  (A) binnen de Wpg: ter beschikking stellen,
  "delen, tenzij" (art. 15; r. 1135–1210).  (B) buiten de Wpg: "niet delen,
  tenzij" (r. 1214–1228): de gezagsdragers burgemeester en OM (art. 16), een
  ontvanger die het Besluit politiegegevens aanwijst (art. 18, structureel),
  een convenantpartner (art. 20), of incidenteel voor een zwaarwegend
  algemeen belang (art. 19).  Een *nee* bij de gezagsdrager, structureel of
  convenant is geen verbod: dan volgt de volgende route (r. 1253, 1344, 1400,
  1446, 1706, 1769, 1874, 1914, 2018, 2074); alleen een *nee* bij de
  incidentele verstrekking betekent: niet verstrekken (r. 1511, 1569, 1830,
  1968, 2136).
* **Stap 5–7** — noodzakelijkheid, proportionaliteit, subsidiariteit, per
  route (r. 1604–2148); de gezagsdragers slaan stap 6 en 7 over (r. 1618, 1644).
* **Stap 8** — niet te lang bewaard, juist en actueel (r. 2182–2216).

De tabel van ontvangers (r. 1317–1325) bepaalt de structurele route: er is
één procedure per rij (:data:`POLITIE_PER_ONTVANGER`), zodat elk antwoord de
bepaling van de ontvanger noemt.  Voor een ontvanger die niet in de tabel staat,
en altijd voor een boa (die een eigen verstrekkingenwijzer heeft, r. 823,
1313), vraagt privacyrecht of het Besluit de ontvanger noemt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from privacyrecht import avg, wpg
from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import Branch, Step, StepKind, not_
from privacyrecht.beoordeling import (
    Doorbreking,
    Doorbrekingsgrond,
    Grondslag,
    Kanttekening,
    OpenVraag,
    Uitkomst,
    Vervolgactie,
    Voorwaarde,
    Vraagsoort,
    Weigering,
)
from privacyrecht.bronnen import BPG, WPG, Bepaling, passage
from privacyrecht.feiten import Feit, Politiegegevenssoort, Toets
from privacyrecht.stappenplannen._basis import (
    Bijdrage,
    Stappenplan,
    eind,
    geen_persoonsgegevens,
    maak_stappenplan,
    naar,
    stap,
)

__all__ = ["POLITIE", "POLITIE_PER_ONTVANGER", "politieplan"]

_Stap = Step[OpenVraag, Uitkomst, Bijdrage]
_Tak = Branch[Uitkomst, Bijdrage]
_FG = "de privacy officer of de functionaris voor gegevensbescherming (FG)"

_KWALITEIT = wpg.KWALITEIT
#: Wie verstrekt: de verwerkingsverantwoordelijke (art. 1 onder f Wpg), of wie hij
#: daartoe aanwijst en autoriseert (003 r. 930).
_AUTORISATIE = WPG.bepaling("1", onder="f")

_EMBARGO = BPG.bepaling("2:13", lid="1", onder="f")
_STRENGER = Kanttekening(
    tekst=(
        "De handreiking vraagt voor elke verstrekking van gegevens van art. 9 of 10 Wpg eerst "
        "toestemming van de bevoegde functionaris (r. 1015). De wet eist instemming bij het ter "
        "beschikking stellen (art. 9 lid 3, art. 10 lid 5 Wpg), overleg bij verstrekking op grond "
        "van art. 19 en 20 lid 1 (art. 4:5 lid 2 Bpg), en niets bij de gezagsdragers en de "
        "ontvangers van het Besluit; privacyrecht volgt de strengere regel van de handreiking."
    ),
    bron=passage(1015, 1017, 1454),
)
_BEPERKING_BIJ_WGS = Kanttekening(
    tekst=(
        "Art. 4:5 Bpg (gegevens van art. 9 en 10) noemt alleen art. 19 en art. 20 lid 1; "
        "privacyrecht past de beperking ook bij art. 20 lid 3 toe, tot een lezing van de Wgs en haar "
        "besluiten anders uitwijst."
    ),
    bron=passage(1454),
)

_GEHEIMHOUDING_BLIJFT = Voorwaarde(
    tekst=(
        "Wijs de ontvangende partij op de geheimhoudingsplicht die op de gegevens blijft rusten: "
        "zij mag ze niet verder verstrekken, tenzij een wettelijk voorschrift daartoe verplicht of "
        "het noodzakelijk is voor de uitvoering van haar taak (art. 7 Wpg; bij verstrekking op grond "
        "van art. 19 en 20 Wpg schrijft art. 4:8 Bpg dat voor)."
    ),
    bepalingen=(wpg.GEHEIMHOUDING_ONTVANGER, wpg.WIJZEN_OP_GEHEIMHOUDING),
    bron=passage(1073, 2208),
)
_GEHEIMHOUDING_BINNEN_WPG = Voorwaarde(
    tekst=(
        "Wie politiegegevens ter beschikking krijgt, is zelf tot geheimhouding verplicht (art. 7 "
        "lid 1 Wpg); stel alleen ter beschikking wat de ontvanger voor zijn taak nodig heeft."
    ),
    bepalingen=(wpg.GEHEIMHOUDING, wpg.TER_BESCHIKKING_STELLEN),
    bron=passage(1055, 1147),
)
_VASTLEGGEN = Voorwaarde(
    tekst=(
        "Leg de verstrekking vast, met de afweging: waarom u vindt dat de verstrekking noodzakelijk "
        "is, proportioneel en subsidiair (en waar dat geldt: waarom er een zwaarwegend algemeen "
        "belang is). Leg in elk geval vast: de identiteit van de verzoeker, de datum, een "
        "omschrijving van de verstrekte gegevens en het doel (art. 6:4 lid 2 Bpg; niet verplicht "
        "bij verstrekking aan het OM, lid 4)."
    ),
    bepalingen=(wpg.VASTLEGGING,),
    bron=passage(773, 775, 2024, 2080, 2208),
)
_BRON_EN_DATUM = Voorwaarde(
    tekst=(
        "Informeer de ontvangende partij goed over de kwaliteit van de gegevens: geef bijvoorbeeld "
        "aan dat ze niet op eigen waarnemingen berusten, en noem uitdrukkelijk de datum van de "
        "verwerking."
    ),
    bepalingen=(_KWALITEIT,),
    bron=passage(2190, 2192),
)
_ALLEEN_BETROKKENEN = Voorwaarde(
    tekst=(
        "Verstrek alleen gegevens over de personen die bij de zaak betrokken zijn, en alleen wat de "
        "ontvanger nodig heeft om zijn taak uit te voeren (need-to-know)."
    ),
    bron=passage(1610, 1626, 1652),
)
_EIGEN_GRONDSLAG = Voorwaarde(
    tekst=(
        "Na de verstrekking vallen de gegevens bij de ontvanger onder de AVG: hij heeft een eigen "
        "grondslag nodig en mag ze alleen verwerken voor het doel waarvoor hij ze kreeg."
    ),
    bepalingen=(avg.GRONDSLAGEN,),
    bron=passage(1073),
)


def _doorbreking(omschrijving: str, *bepalingen: Bepaling, bron: tuple[int, ...]) -> Doorbreking:
    return Doorbreking(
        grond=Doorbrekingsgrond.WPG_VERSTREKKING,
        omschrijving=omschrijving,
        bepalingen=(wpg.GEHEIMHOUDING, *bepalingen),
        bron=passage(1057, *bron),
    )


def _buiten(sleutel: str, vraag: str, waarom: tuple[Bepaling, ...], *regels: int) -> OpenVraag:
    return OpenVraag(
        soort=Vraagsoort.BUITEN_BEREIK,
        sleutel=sleutel,
        vraag=vraag,
        waarom=waarom,
        bron=passage(*regels),
        wie=_FG,
    )


_WPG_NIET = _buiten(
    "Wpg niet van toepassing",
    (
        "Het gaat niet om politiegegevens, dus de Wpg is niet van toepassing; kies een ander "
        "stappenplan. Voor persoonsgegevens die de politie niet voor de politietaak verwerkt (de "
        "interne bedrijfsvoering, taken voor de burgemeester zoals het toezicht op de APV) geldt de "
        "AVG; daarvoor heeft privacyrecht nog geen stappenplan voor de politie."
    ),
    (wpg.POLITIEGEGEVEN,),
    975,
    979,
    981,
)


# --- Stap 1 en 2 ---------------------------------------------------------------


def _stap_1_en_2() -> tuple[_Stap, ...]:
    return (
        stap(
            "Stap 1A",
            "Werkt u bij een bevoegde autoriteit?",
            wpg.bij_bevoegde_autoriteit,
            soort=StepKind.ROUTE,
            bron=passage(861, 876, 880),
            ja=naar("Stap 1B"),
            nee=eind(Uitkomst.ONBESLIST, _WPG_NIET),
        ),
        stap(
            "Stap 1B",
            "Bent u bevoegd om de politiegegevens te verstrekken?",
            feit(
                Feit.BEVOEGD_TOT_VERSTREKKEN,
                waarom=(_AUTORISATIE,),
                bron=passage(930, 932),
            ),
            bron=passage(930, 932, 944),
            ja=naar("Stap 2A"),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=_AUTORISATIE),
                Vervolgactie(
                    tekst=(
                        "Politiegegevens mogen alleen worden verstrekt door de "
                        "verwerkingsverantwoordelijke of wie daartoe is aangewezen en geautoriseerd: "
                        "leg de vraag aan hen voor."
                    ),
                    bron=passage(930),
                ),
            ),
        ),
        stap(
            "Stap 2A",
            "Is er sprake van een tot een persoon te herleiden gegeven?",
            wpg.persoonsgegeven,
            bron=passage(963, 965),
            ja=naar("Stap 2B"),
            nee=geen_persoonsgegevens(
                (
                    Kanttekening(
                        tekst=(
                            "Bij stap 2A 'nee' verwijst de handreiking naar een ander stappenplan "
                            "(r. 981). Zonder persoonsgegevens zijn de Wpg en de AVG niet van "
                            "toepassing; privacyrecht geeft daarom, als in het Stappenplan Gemeenten, "
                            "'mag' op het ontbreken van persoonsgegevens. Een ambtsgeheim kan nog "
                            "in de weg staan."
                        ),
                        bron=passage(965, 981),
                    ),
                )
            ),
        ),
        stap(
            "Stap 2B",
            "Is het persoonsgegeven verwerkt in het kader van (de uitvoering van) een politietaak?",
            feit(
                Feit.VERWERKT_VOOR_POLITIETAAK,
                waarom=(wpg.POLITIEGEGEVEN,),
                bron=passage(971, 973, 975, 979),
            ),
            soort=StepKind.ROUTE,
            bron=passage(971, 973, 981),
            ja=naar("Stap 2C: informanten"),
            nee=eind(Uitkomst.ONBESLIST, _WPG_NIET),
        ),
        stap(
            "Stap 2C: informanten",
            "Gaat het om politiegegevens van art. 12 Wpg (informanten)?",
            wpg.informanten,
            soort=StepKind.ROUTE,
            bron=passage(985, 987),
            ja=eind(
                Uitkomst.ONBESLIST,
                _buiten(
                    "art. 12 Wpg",
                    (
                        "Gegevens over informanten (art. 12 Wpg) behandelt de handreiking niet; "
                        "privacyrecht werkt hun verstrekking niet uit."
                    ),
                    (wpg.VERWERKINGSGROND[Politiegegevenssoort.ART_12],),
                    985,
                    987,
                ),
            ),
            nee=naar("Stap 2C"),
        ),
        stap(
            "Stap 2C",
            "Gaat het om politiegegevens van art. 9 of 10 Wpg?",
            wpg.art_9_of_10,
            soort=StepKind.ROUTE,
            bron=passage(985, 993, 997),
            ja=naar("Stap 2C: toestemming"),
            nee=naar("Stap 4"),
        ),
        stap(
            "Stap 2C: toestemming",
            "Heeft de bevoegde functionaris toestemming gegeven om deze gegevens te delen?",
            feit(
                Feit.TOESTEMMING_BEVOEGDE_FUNCTIONARIS,
                waarom=(*wpg.TOESTEMMING_ART_9_EN_10, wpg.BEVOEGDE_FUNCTIONARIS),
                bron=passage(1015, 1017),
            ),
            bron=passage(1015, 1017),
            ja=naar("Stap 4", _STRENGER),
            nee=eind(
                Uitkomst.MAG_NIET,
                *(Weigering(bepaling=b) for b in wpg.TOESTEMMING_ART_9_EN_10),
                _STRENGER,
                Vervolgactie(
                    tekst=(
                        "Vraag eerst toestemming aan de bevoegde functionaris: vaak de aangewezen "
                        "leider van het onderzoek, zijn plaatsvervanger of het hoofd van het team dat "
                        "het politiegegeven verwerkt."
                    ),
                    bron=passage(1015, 1017),
                ),
            ),
        ),
    )


# --- Stap 8 -----------------------------------------------------------------------


def _stap_8(route: str, uitkomst: Uitkomst, *adds: Bijdrage) -> tuple[_Stap, ...]:
    """Stap 8 voor ``route``: niet te lang bewaard, juist en actueel (r. 2182–2216).

    Verwijderde gegevens worden alleen nog bewaard voor klachten en verantwoording
    (art. 14 lid 1 Wpg); verstrekt op grond van art. 16–20 worden ze niet (lid 2).
    """
    achter = f" ({route})" if route else ""
    ter_beschikking = route in {"ter beschikking stellen", "na afstemming"}
    bewaard = WPG.bepaling("14", lid="1") if ter_beschikking else wpg.BEWAARTERMIJNEN[-1]
    geheim = _GEHEIMHOUDING_BINNEN_WPG if ter_beschikking else _GEHEIMHOUDING_BLIJFT
    return (
        stap(
            f"Stap 8A{achter}",
            "Zijn de politiegegevens niet te lang bewaard (is de bewaartermijn niet verstreken)?",
            not_(
                feit(
                    Feit.BEWAARTERMIJN_VERSTREKEN,
                    waarom=wpg.BEWAARTERMIJNEN,
                    bron=passage(2186, 2188),
                ),
                label="De bewaartermijn is niet verstreken",
                cites=(*wpg.BEWAARTERMIJNEN, *passage(2186, 2188)),
            ),
            bron=passage(2184, 2186, 2188),
            ja=naar(f"Stap 8B{achter}"),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=bewaard),
                Kanttekening(
                    tekst=(
                        "De handreiking drukt bij de bewaartermijn geen tak af, maar zegt: dan mogen "
                        "politiegegevens niet meer worden verwerkt en dus ook niet worden verstrekt "
                        "(r. 2188). Privacyrecht leest dat als 'mag niet', ook op de routes die "
                        "verplichten (ter beschikking stellen, gezagsdragers)."
                    ),
                    bron=passage(2188, 1234),
                ),
            ),
        ),
        stap(
            f"Stap 8B{achter}",
            "Zijn de politiegegevens juist en actueel?",
            oordeel(Toets.JUIST_EN_ACTUEEL, waarom=(_KWALITEIT,), bron=passage(2190, 2192, 2198)),
            bron=passage(2190, 2192, 2198, 2204),
            ja=eind(uitkomst, *adds, geheim, _VASTLEGGEN, _BRON_EN_DATUM),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=_KWALITEIT),
                Vervolgactie(
                    tekst=(
                        "Verstrek de politiegegevens niet; ga na of er gegevens zijn die wel juist en "
                        "actueel zijn."
                    ),
                    bron=passage(2214, 2216),
                ),
            ),
        ),
    )


# --- Stap 4A: ter beschikking stellen -------------------------------------------


_R_4A = (1139, 1147)


def _ter_beschikking() -> tuple[_Stap, ...]:
    grondslag = (
        Grondslag(bepaling=wpg.TER_BESCHIKKING_STELLEN),
        _doorbreking(
            "Ter beschikking stellen aan wie binnen de Wpg politiegegevens verwerkt",
            wpg.TER_BESCHIKKING_STELLEN,
            bron=_R_4A,
        ),
    )
    return (
        stap(
            "Stap 4",
            "Valt de ontvangende partij onder de Wpg (een bevoegde autoriteit)?",
            wpg.ontvanger_onder_wpg,
            soort=StepKind.ROUTE,
            bron=passage(1113, 1123, 1129),
            ja=naar("Stap 4A: need-to-know"),
            nee=naar("Stap 4B: politietaak"),
        ),
        stap(
            "Stap 4B: politietaak",
            (
                "Verstrekt u de gegevens aan iemand buiten de Wpg omdat de politietaak daar in een "
                "bijzonder geval toe noodzaakt (zoals medische hulp aan een gewonde verdachte, of een "
                "buurtonderzoek met een compositietekening)?"
            ),
            afgeleid(
                Afgeleid.DOEL_POLITIETAAK,
                sleutel="doel",
                vraag="Is het doel de uitvoering van de politietaak zelf?",
                waarom=(wpg.GEHEIMHOUDING,),
                bron=passage(1071),
            ),
            soort=StepKind.ROUTE,
            bron=passage(1069, 1071),
            ja=eind(
                Uitkomst.ONBESLIST,
                _buiten(
                    "politietaak noodzaakt tot verstrekking",
                    (
                        "De geheimhoudingsplicht mag wijken wanneer de politietaak in bijzondere "
                        "gevallen tot verstrekking noodzaakt (art. 7 lid 1 Wpg, derde uitgang). De "
                        "handreiking werkt dat niet uit (r. 1071) en privacyrecht ook niet."
                    ),
                    (wpg.GEHEIMHOUDING,),
                    1071,
                ),
            ),
            nee=naar("Stap 4B: burgemeester"),
        ),
        stap(
            "Stap 4A: need-to-know",
            "Heeft de ontvangende partij de politiegegevens nodig voor de uitvoering van haar taak (need-to-know)?",
            oordeel(Toets.NEED_TO_KNOW, waarom=(wpg.TER_BESCHIKKING_STELLEN,), bron=passage(1147)),
            bron=passage(1139, 1147, 1160),
            ja=naar("Stap 4A: embargo"),
            nee=eind(Uitkomst.MAG_NIET, Weigering(bepaling=wpg.TER_BESCHIKKING_STELLEN)),
        ),
        stap(
            "Stap 4A: embargo",
            "Gaat het om een embargo-onderzoek, aangewezen door het College van procureurs-generaal?",
            feit(Feit.EMBARGO_ONDERZOEK, waarom=(_EMBARGO,), bron=passage(1200)),
            soort=StepKind.ROUTE,
            bron=passage(1196, 1200, 1210),
            ja=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=_EMBARGO),
                Kanttekening(
                    tekst=(
                        "De handreiking zegt bij het embargo-onderzoek 'Dan mag u niet verstrekken' "
                        "(r. 1200) en bij de andere gronden: afstemmen met de leidinggevende "
                        "(r. 1202). Privacyrecht volgt de handreiking. Art. 2:13 lid 1 onder f Bpg "
                        "maakt het embargo-onderzoek een grond waarop de terbeschikkingstelling kan "
                        "worden geweigerd of beperkt: de wet laat de beslissing aan de "
                        "verwerkingsverantwoordelijke."
                    ),
                    bron=passage(1200, 1202),
                ),
            ),
            nee=naar("Stap 4A: uitzonderingsgrond"),
        ),
        stap(
            "Stap 4A: uitzonderingsgrond",
            (
                "Is er een wettelijke uitzonderingsgrond op basis waarvan de politiegegevens niet of "
                "slechts beperkt ter beschikking moeten worden gesteld (art. 2:13 Bpg)?"
            ),
            feit(
                Feit.WEIGERINGSGROND_TER_BESCHIKKING,
                waarom=(wpg.WEIGERINGSGRONDEN,),
                bron=passage(1196, 1198, 1199, 1210),
            ),
            soort=StepKind.ROUTE,
            bron=passage(1196, 1198, 1199, 1202, 1210),
            ja=naar(
                "Stap 4A: afstemmen",
                Kanttekening(
                    tekst=(
                        "De handreiking noemt als grond ook een 'ernstig misdrijf (terrorisme, "
                        "mensenhandel, mensensmokkel, omkoping ambtenaar)' (r. 1199); art. 2:13 lid 1 "
                        "onder e Bpg noemt alleen gegevens die op grond van art. 10 lid 1 onder b Wpg "
                        "worden verwerkt. De lijst van art. 2:13 is gesloten ('kan alleen')."
                    ),
                    bron=passage(1199, 1210),
                ),
            ),
            nee=naar("Stap 8A (ter beschikking stellen)"),
        ),
        stap(
            "Stap 4A: afstemmen",
            (
                "Stem met uw leidinggevende af of de politiegegevens helemaal niet of slechts deels ter "
                "beschikking worden gesteld. Worden ze (deels) ter beschikking gesteld?"
            ),
            oordeel(
                Toets.AFSTEMMING_LEIDINGGEVENDE,
                waarom=(wpg.WEIGERINGSGRONDEN,),
                bron=passage(1202),
            ),
            bron=passage(1202),
            ja=naar("Stap 8A (na afstemming)"),
            nee=eind(Uitkomst.MAG_NIET, Weigering(bepaling=wpg.WEIGERINGSGRONDEN)),
        ),
        *_stap_8(
            "ter beschikking stellen",
            Uitkomst.MOET,
            *grondslag,
            Voorwaarde(
                tekst=(
                    "U moet de politiegegevens ter beschikking stellen. Is er nog een andere "
                    "ontvanger die niet onder de Wpg valt, beoordeel die verstrekking dan apart "
                    "(stap 4B)."
                ),
                bepalingen=(wpg.TER_BESCHIKKING_STELLEN,),
                bron=passage(1204, 1206),
            ),
            Kanttekening(
                tekst=(
                    "De handreiking sluit de route 'ter beschikking stellen' af na stap 4A (r. 1204), "
                    "maar stap 8 spreekt ook van 'terbeschikkingstelling' (r. 2184). Privacyrecht past "
                    "stap 8 (bewaartermijn, juist en actueel) ook hier toe."
                ),
                bron=passage(1204, 2184),
            ),
        ),
        *_stap_8(
            "na afstemming",
            Uitkomst.MAG,
            *grondslag,
            Voorwaarde(
                tekst=(
                    "Stel alleen ter beschikking wat u na afstemming met uw leidinggevende heeft "
                    "besloten; de grond om niet of beperkt ter beschikking te stellen geldt voor de rest."
                ),
                bepalingen=(wpg.WEIGERINGSGRONDEN,),
                bron=passage(1202),
            ),
        ),
    )


# --- Stap 4B: gezagsdragers -----------------------------------------------------


def _gezagsdragers() -> tuple[_Stap, ...]:
    def gezag(  # noqa: PLR0913
        naam: str,
        *,
        afgeleid_key: Afgeleid,
        behoefte: Toets,
        noodzaak: Toets,
        bepaling: Bepaling,
        regels: tuple[int, ...],
        regels_5: tuple[int, ...],
        volgende: str,
    ) -> tuple[_Stap, ...]:
        kort = "burgemeester" if "burgemeester" in naam else "OM"
        return (
            stap(
                f"Stap 4B: {kort}",
                f"Is de ontvanger {naam}?",
                afgeleid(
                    afgeleid_key,
                    sleutel="ontvanger",
                    vraag=f"Is de ontvanger {naam}?",
                    waarom=(bepaling,),
                    bron=passage(1220),
                ),
                soort=StepKind.ROUTE,
                bron=passage(1216, 1220),
                ja=naar(f"Gezagsdrager: {kort}"),
                nee=naar(volgende),
            ),
            stap(
                f"Gezagsdrager: {kort}",
                f"Heeft {naam} de politiegegevens nodig voor zijn taak?",
                oordeel(behoefte, waarom=(bepaling,), bron=passage(*regels)),
                soort=StepKind.ALTERNATIVE,
                bron=passage(*regels),
                ja=naar(f"Stap 5: {kort}"),
                nee=naar("Structureel: ontvanger"),
            ),
            stap(
                f"Stap 5: {kort}",
                f"Zijn de politiegegevens direct relevant en noodzakelijk voor {naam}?",
                oordeel(noodzaak, waarom=(bepaling,), bron=passage(*regels_5)),
                soort=StepKind.ALTERNATIVE,
                bron=passage(*regels_5),
                ja=naar(
                    "Stap 8A (gezagsdrager)",
                    Grondslag(bepaling=bepaling),
                    _doorbreking(
                        f"Verstrekking aan {naam} als gezagsdrager", bepaling, bron=regels
                    ),
                    Voorwaarde(
                        tekst=(
                            f"De Wpg verplicht tot verstrekking aan {naam} voor zover dat voor de taak "
                            "nodig is; die verstrekking kan niet worden geweigerd of aan beperkende "
                            "voorwaarden worden onderworpen."
                        ),
                        bepalingen=(bepaling,),
                        bron=passage(regels[0]),
                    ),
                    _ALLEEN_BETROKKENEN,
                ),
                nee=naar("Structureel: ontvanger"),
            ),
        )

    return (
        *gezag(
            "de burgemeester",
            afgeleid_key=Afgeleid.ONTVANGER_BURGEMEESTER,
            behoefte=Toets.BEHOEFTE_BURGEMEESTER,
            noodzaak=Toets.NOODZAKELIJK_BURGEMEESTER,
            bepaling=wpg.GEZAGSDRAGER_BURGEMEESTER,
            regels=(1234, 1236, 1241, 1247, 1253),
            regels_5=(1612, 1618, 1624, 1626),
            volgende="Stap 4B: OM",
        ),
        *gezag(
            "het Openbaar Ministerie",
            afgeleid_key=Afgeleid.ONTVANGER_OM,
            behoefte=Toets.BEHOEFTE_OM,
            noodzaak=Toets.NOODZAKELIJK_OM,
            bepaling=wpg.GEZAGSDRAGER_OM,
            regels=(1295, 1297, 1299),
            regels_5=(1632, 1634, 1644, 1650),
            volgende="Stap 4B: inlichtingendienst",
        ),
        stap(
            "Stap 4B: inlichtingendienst",
            "Is de ontvanger een inlichtingen- en veiligheidsdienst?",
            afgeleid(
                Afgeleid.ONTVANGER_INLICHTINGENDIENST,
                sleutel="ontvanger",
                vraag="Is de ontvanger een inlichtingen- en veiligheidsdienst?",
                waarom=(wpg.INLICHTINGENDIENSTEN,),
                bron=passage(1259),
            ),
            soort=StepKind.ROUTE,
            bron=passage(1259),
            ja=eind(
                Uitkomst.ONBESLIST,
                _buiten(
                    "inlichtingen- en veiligheidsdiensten",
                    (
                        "Voor verstrekking aan de inlichtingen- en veiligheidsdiensten gelden "
                        "gelijksoortige regels (art. 17 Wpg), die de handreiking niet uitwerkt en "
                        "privacyrecht ook niet."
                    ),
                    (wpg.INLICHTINGENDIENSTEN,),
                    1259,
                ),
            ),
            nee=naar("Structureel: ontvanger"),
        ),
    )


# --- Structureel (art. 18 Wpg, art. 4:1–4:4 Bpg) --------------------------------


def _structureel(regel: wpg.Ontvangstgrondslag | None) -> tuple[_Stap, ...]:
    bepalingen = regel.bepalingen if regel is not None and regel.genoemd else ()
    grondslagen: tuple[Bijdrage, ...] = (
        *(Grondslag(bepaling=b) for b in (bepalingen or (wpg.AANGEWEZEN_ONTVANGERS,))),
        _doorbreking(
            "Structurele verstrekking aan een ontvanger die het Besluit politiegegevens aanwijst",
            *(bepalingen or (wpg.AANGEWEZEN_ONTVANGERS,)),
            bron=(1311, 1331),
        ),
        _EIGEN_GRONDSLAG,
    )
    if not bepalingen:
        grondslagen = (
            *grondslagen,
            Voorwaarde(
                tekst=(
                    "Leg vast op welk artikel van het Besluit politiegegevens (art. 4:1–4:4) de "
                    "verstrekking berust, met de ontvanger en het doel zoals het artikel ze noemt."
                ),
                bepalingen=(wpg.AANGEWEZEN_ONTVANGERS,),
                bron=passage(1311, 1331),
            ),
        )
    naar_convenant = (
        ()
        if regel is None or regel.genoemd
        else (
            Kanttekening(
                tekst=f"Volgens de tabel van de handreiking ({regel.ontvanger}): {regel.aandachtspunten}",
                bron=regel.bron,
            ),
        )
    )
    q1 = stap(
        "Structureel: ontvanger",
        "Is er een wetsartikel (art. 4:1–4:4 Besluit politiegegevens) waarin de door u beoogde ontvangende partij staat genoemd?",
        wpg.ontvanger_in_bpg,
        soort=StepKind.ALTERNATIVE,
        bron=(*passage(1311, 1313, 1333), *(regel.bron if regel is not None else ())),
        ja=naar("Structureel: doel"),
        nee=naar("Samenwerkingsverband (Wgs)", *naar_convenant),
    )
    if regel is None:
        doel: Regel = oordeel(
            Toets.DOEL_VOLGENS_BPG,
            waarom=(wpg.AANGEWEZEN_ONTVANGERS,),
            bron=passage(1331, 1334),
        )
        na_doel = "Stap 5: structureel"
    else:
        doel = afgeleid(
            Afgeleid.DOEL_VOLGENS_WIJZER,
            sleutel="doel",
            vraag="Welk doel heeft de verstrekking?",
            waarom=bepalingen or (wpg.AANGEWEZEN_ONTVANGERS,),
            bron=(*regel.bron, *passage(1331)),
            label=f"Het doel is een doel waarvoor {regel.ontvanger} zijn aangewezen",
        )
        na_doel = "Structureel: soort politiegegevens"
    stappen = [
        q1,
        stap(
            "Structureel: doel",
            "Komt het door u beoogde doel van de verstrekking overeen met het in het wetsartikel genoemde doel?",
            doel,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1331, 1334),
            ja=naar(na_doel),
            nee=naar("Samenwerkingsverband (Wgs)"),
        ),
    ]
    if regel is not None:
        stappen.append(
            stap(
                "Structureel: soort politiegegevens",
                "Mag de ontvanger volgens het wetsartikel deze soort politiegegevens krijgen?",
                wpg.soorten_volgens_bpg,
                soort=StepKind.ALTERNATIVE,
                bron=regel.bron,
                ja=naar("Stap 5: structureel"),
                nee=naar("Samenwerkingsverband (Wgs)"),
            )
        )
    stappen.extend(
        _toetsen(
            "structureel",
            (Toets.NOODZAKELIJK_BPG, Toets.PROPORTIONEEL_BPG, Toets.SUBSIDIAIR_BPG),
            wpg.AANGEWEZEN_ONTVANGERS,
            ((1688, 1692, 1693, 1694), (1866, 1868, 1870, 1872), (2004, 2006, 2024)),
            soort=StepKind.ALTERNATIVE,
            anders=naar("Samenwerkingsverband (Wgs)"),
            daarna=naar("Stap 8A", *grondslagen),
            vragen=(
                "Vindt u de verstrekking voor het in het wetsartikel genoemde doel noodzakelijk (need-to-know, in plaats van nice-to-know)?",
                None,
                None,
            ),
        )
    )
    return tuple(stappen)


_VRAGEN_567 = (
    "Vindt u de verstrekking noodzakelijk (need-to-know, in plaats van nice-to-know)?",
    "Staat het belang van de verstrekking van politiegegevens volgens u in verhouding tot de inbreuk op de persoonlijke levenssfeer van betrokkene (proportionaliteit)?",
    "Kan de ontvangende partij niet via een andere, minder ingrijpende weg aan de gegevens komen (subsidiariteit)?",
)


def _toetsen(  # noqa: PLR0913
    route: str,
    toetsen: tuple[Toets, Toets, Toets],
    bepaling: Bepaling,
    regels: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]],
    *,
    soort: StepKind,
    anders: _Tak,
    daarna: _Tak,
    vragen: tuple[str | None, str | None, str | None] = (None, None, None),
) -> tuple[_Stap, ...]:
    """Stap 5, 6 en 7 van een route: noodzakelijk, proportioneel, subsidiair."""
    keys = (f"Stap 5: {route}", f"Stap 6: {route}", f"Stap 7: {route}")
    out = []
    for i, (key, toets, bron) in enumerate(zip(keys, toetsen, regels, strict=True)):
        out.append(
            stap(
                key,
                vragen[i] or _VRAGEN_567[i],
                oordeel(toets, waarom=(bepaling,), bron=passage(*bron)),
                soort=soort,
                bron=passage(*bron),
                ja=naar(keys[i + 1]) if i < 2 else daarna,
                nee=anders,
            )
        )
    return tuple(out)


# --- Convenant (art. 20 Wpg) -------------------------------------------------------


def _wgs() -> tuple[_Stap, ...]:
    """Art. 20 lid 3 Wpg: samenwerkingsverbanden van de Wgs (sinds 1 maart 2025)."""
    bepaling = wpg.WGS_SAMENWERKINGSVERBAND
    nieuw = Kanttekening(
        tekst=(
            "Deze route staat niet in de handreiking (mei 2023): art. 20 lid 3 Wpg geldt sinds 1 maart "
            "2025 (Wet gegevensverwerking door samenwerkingsverbanden). Privacyrecht vraagt hem "
            "na de structurele route en voor het convenant."
        ),
        bron=passage(1382, 1384),
    )
    return (
        stap(
            "Samenwerkingsverband (Wgs)",
            (
                "Is de ontvanger een samenwerkingsverband van de Wet gegevensverwerking door "
                "samenwerkingsverbanden waaraan de politie deelneemt, zoals een RIEC?"
            ),
            wpg.wgs_samenwerkingsverband,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1382, 1384, 1325),
            ja=naar("Samenwerkingsverband (Wgs): bevoegd gezag"),
            nee=naar("Convenant"),
        ),
        stap(
            "Samenwerkingsverband (Wgs): bevoegd gezag",
            "Is de verstrekking in overeenstemming met het bevoegd gezag (burgemeester of officier van justitie)?",
            feit(Feit.INSTEMMING_BEVOEGD_GEZAG, waarom=(bepaling,), bron=passage(1406)),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1406),
            ja=naar("Samenwerkingsverband (Wgs): noodzakelijk"),
            nee=naar("Convenant"),
        ),
        stap(
            "Samenwerkingsverband (Wgs): noodzakelijk",
            "Is de verstrekking noodzakelijk voor het doel van het samenwerkingsverband?",
            oordeel(
                Toets.NOODZAKELIJK_SAMENWERKINGSVERBAND, waarom=(bepaling,), bron=passage(1384)
            ),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1384),
            ja=naar("Samenwerkingsverband (Wgs): art. 9 en 10"),
            nee=naar("Convenant"),
        ),
        stap(
            "Samenwerkingsverband (Wgs): art. 9 en 10",
            (
                "Gaat het om gegevens van art. 9 of 10 Wpg: zijn ze strikt noodzakelijk voor het doel, en "
                "is er overleg gevoerd met de bevoegde functionaris?"
            ),
            wpg.art_9_en_10_bij_19_en_20,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1015, 1454),
            ja=naar("Samenwerkingsverband (Wgs): zwaarwegende redenen", _BEPERKING_BIJ_WGS),
            nee=naar("Convenant", _BEPERKING_BIJ_WGS),
        ),
        stap(
            "Samenwerkingsverband (Wgs): zwaarwegende redenen",
            "Verzetten zich geen zwaarwegende redenen tegen de verstrekking?",
            oordeel(Toets.GEEN_ZWAARWEGENDE_REDENEN, waarom=(bepaling,), bron=passage(1384)),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1384),
            ja=naar(
                "Stap 8A (samenwerkingsverband)",
                Grondslag(bepaling=bepaling),
                _doorbreking(
                    "Verstrekking aan een samenwerkingsverband van de Wgs", bepaling, bron=(1384,)
                ),
                _EIGEN_GRONDSLAG,
                nieuw,
            ),
            nee=naar("Convenant"),
        ),
    )


def _convenant() -> tuple[_Stap, ...]:
    bepaling = wpg.SAMENWERKINGSVERBAND
    return (
        stap(
            "Convenant",
            "Is er met de beoogde ontvangende partij een convenant gesloten?",
            feit(Feit.CONVENANT, waarom=(bepaling,), bron=passage(1384, 1386, 1388)),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1382, 1384, 1386, 1388, 1400),
            ja=naar("Convenant: doel"),
            nee=naar("Incidenteel: doel"),
        ),
        stap(
            "Convenant: doel",
            (
                "Dient de verstrekking een van de doelen van art. 20 lid 1 Wpg: het voorkomen en "
                "opsporen van strafbare feiten, het handhaven van de openbare orde, het verlenen van "
                "hulp aan hen die deze behoeven, of het toezicht op het naleven van regelgeving?"
            ),
            wpg.doel_artikel_20,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1406, 5433, 5435),
            ja=naar("Convenant: instemming bevoegd gezag"),
            nee=naar("Incidenteel: doel"),
        ),
        stap(
            "Convenant: instemming bevoegd gezag",
            (
                "Een convenant is op zichzelf geen grondslag; de verstrekking berust op art. 20 Wpg. "
                "Is de verstrekking in overeenstemming met het bevoegd gezag (burgemeester of officier "
                "van justitie)?"
            ),
            feit(Feit.INSTEMMING_BEVOEGD_GEZAG, waarom=(bepaling,), bron=passage(1406)),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1406),
            ja=naar("Convenant: in lijn"),
            nee=naar("Incidenteel: doel"),
        ),
        stap(
            "Convenant: in lijn",
            "Vindt u dat de beoogde verstrekking in lijn is met het convenant?",
            oordeel(
                Toets.IN_LIJN_MET_CONVENANT,
                waarom=(bepaling, wpg.BESLISSING_SAMENWERKINGSVERBAND),
                bron=passage(1440, 1442, 1443, 1444),
            ),
            soort=StepKind.ALTERNATIVE,
            bron=passage(1440, 1442, 1443, 1444, 1446),
            ja=naar("Convenant: art. 9 en 10"),
            nee=naar("Incidenteel: doel"),
        ),
        stap(
            "Convenant: art. 9 en 10",
            (
                "Gaat het om gegevens van art. 9 of 10 Wpg: zijn ze van art. 9 of art. 10 lid 1 onder a "
                "of c, strikt noodzakelijk voor het doel, en is er overleg gevoerd met de bevoegde "
                "functionaris?"
            ),
            wpg.art_9_en_10_bij_19_en_20,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1454),
            ja=naar("Stap 5: convenant"),
            nee=naar("Incidenteel: doel"),
        ),
        *_toetsen(
            "convenant",
            (
                Toets.NOODZAKELIJK_CONVENANT,
                Toets.PROPORTIONEEL_CONVENANT,
                Toets.SUBSIDIAIR_CONVENANT,
            ),
            bepaling,
            ((1740, 1744, 1747, 1753), (1906, 1910, 1912), (2060, 2062, 2080, 2086)),
            soort=StepKind.ALTERNATIVE,
            anders=naar("Incidenteel: doel"),
            daarna=naar(
                "Stap 8A",
                Grondslag(bepaling=bepaling),
                _doorbreking(
                    "Verstrekking aan een partner in een samenwerkingsverband",
                    bepaling,
                    bron=(1406,),
                ),
                _EIGEN_GRONDSLAG,
                Voorwaarde(
                    tekst=(
                        "Leg in de beslissing tot verstrekking vast: voor welk zwaarwegend algemeen "
                        "belang de verstrekking noodzakelijk is, voor welk samenwerkingsverband en met "
                        "welk doel, welke gegevens, onder welke voorwaarden en aan wie (dat kan in het "
                        "convenant); en leg elke verstrekking vast: de identiteit van de verzoeker, "
                        "het doel, een omschrijving van de gegevens en de datum."
                    ),
                    bepalingen=(wpg.BESLISSING_SAMENWERKINGSVERBAND, wpg.VASTLEGGING),
                    bron=passage(2080, 5444),
                ),
            ),
            vragen=(
                "Vindt u de verstrekking noodzakelijk voor het in het convenant genoemde doel (need to know, in plaats van nice to know)?",
                None,
                None,
            ),
        ),
    )


# --- Incidenteel (art. 19 Wpg) -----------------------------------------------------


def _incidenteel() -> tuple[_Stap, ...]:
    bepaling = wpg.ZWAARWEGEND_ALGEMEEN_BELANG
    weigering = (Weigering(bepaling=wpg.GEHEIMHOUDING), Weigering(bepaling=bepaling))

    def niet(*regels: int) -> _Tak:
        return eind(
            Uitkomst.MAG_NIET,
            *weigering,
            Vervolgactie(
                tekst="U mag de politiegegevens niet verstrekken. Sluit het stappenplan af.",
                bron=passage(*regels),
            ),
        )

    return (
        stap(
            "Incidenteel: doel",
            "Beoogt u met de verstrekking een van deze doelen: het voorkomen en opsporen van strafbare feiten, het handhaven van de openbare orde, het verlenen van hulp aan hen die deze behoeven, of het toezicht op het naleven van regelgeving?",
            wpg.doel_artikel_19,
            bron=passage(1484, 1486, 1488, 1495),
            ja=naar("Incidenteel: zwaarwegend algemeen belang"),
            nee=niet(1511),
        ),
        stap(
            "Incidenteel: zwaarwegend algemeen belang",
            "Is er volgens u sprake van een zwaarwegend algemeen belang?",
            oordeel(
                Toets.ZWAARWEGEND_ALGEMEEN_BELANG,
                waarom=(bepaling,),
                bron=passage(1546, 1550, 1554, 1555, 1556, 1557),
            ),
            bron=passage(1546, 1550, 1552, 1557, 1563),
            ja=naar("Incidenteel: art. 9 en 10"),
            nee=niet(1569),
        ),
        stap(
            "Incidenteel: art. 9 en 10",
            (
                "Gaat het om gegevens van art. 9 of 10 Wpg: zijn ze van art. 9 of art. 10 lid 1 onder a "
                "of c, strikt noodzakelijk voor het doel, en is er overleg gevoerd met de bevoegde "
                "functionaris?"
            ),
            wpg.art_9_en_10_bij_19_en_20,
            bron=passage(1015, 1454),
            ja=naar("Stap 5: incidenteel"),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=wpg.BEPERKING_ART_9_EN_10),
                Kanttekening(
                    tekst=(
                        "De handreiking noemt de beperking voor gegevens van art. 9 en 10 bij het "
                        "convenant (r. 1454); art. 4:5 Bpg geldt ook voor de verstrekking op grond "
                        "van art. 19 Wpg."
                    ),
                    bron=passage(1454),
                ),
            ),
        ),
        *_toetsen(
            "incidenteel",
            (
                Toets.NOODZAKELIJK_INCIDENTEEL,
                Toets.PROPORTIONEEL_INCIDENTEEL,
                Toets.SUBSIDIAIR_INCIDENTEEL,
            ),
            bepaling,
            ((1805, 1809, 1812, 1818), (1946, 1950, 1952, 1956), (2122, 2124, 2142)),
            soort=StepKind.GATE,
            anders=niet(1830, 1968, 2136),
            daarna=naar("Incidenteel: goedkeuring bevoegd gezag"),
            vragen=(
                "Vindt u de verstrekking voor dat andere doel noodzakelijk (need to know, in plaats van nice to know)?",
                None,
                None,
            ),
        ),
        stap(
            "Incidenteel: goedkeuring bevoegd gezag",
            (
                "Heeft het bevoegd gezag de verstrekking goedgekeurd (de burgemeester voor de openbare "
                "orde en de hulpverlening, de officier van justitie voor de strafrechtelijke handhaving)?"
            ),
            feit(Feit.GOEDKEURING_BEVOEGD_GEZAG, waarom=(bepaling,), bron=passage(2148)),
            bron=passage(2148),
            ja=naar(
                "Stap 8A",
                Grondslag(bepaling=bepaling),
                _doorbreking(
                    "Incidentele verstrekking voor een zwaarwegend algemeen belang",
                    bepaling,
                    bron=(1486, 1546),
                ),
                _EIGEN_GRONDSLAG,
                Kanttekening(
                    tekst=(
                        "De handreiking noemt de goedkeuring van het bevoegd gezag alleen bij stap 7 van "
                        "de incidentele verstrekking (r. 2148); privacyrecht vraagt haar daar, als "
                        "vereiste dat niet kan worden gepasseerd, en niet bij de structurele route of "
                        "het convenant (daar stemt het bevoegd gezag in met het samenwerkingsverband)."
                    ),
                    bron=passage(2148, 1406),
                ),
            ),
            nee=eind(
                Uitkomst.MAG_NIET,
                *weigering,
                Vervolgactie(
                    tekst=(
                        "Vraag de goedkeuring van het bevoegd gezag; zonder die goedkeuring mag u niet "
                        "verstrekken, ook niet bij een acute noodzaak."
                    ),
                    bron=passage(2148),
                ),
            ),
        ),
    )


def politieplan(regel: wpg.Ontvangstgrondslag | None) -> Stappenplan:
    """Het Stappenplan Politie voor een ontvanger uit de tabel (``regel``), of een andere ontvanger."""
    return maak_stappenplan(
        sleutel="politie",
        naam="Stappenplan Politie en boa's",
        voor_wie=(
            "Verwerkingsverantwoordelijken bij een bevoegde autoriteit (politie, Rijksrecherche, "
            "KMar, boa's, bijzondere opsporingsdiensten) en wie door hen is aangewezen of "
            "geautoriseerd om politiegegevens te verstrekken."
        ),
        bron=passage(753, 759, 813),
        toestemming=avg.toestemming(leeftijdsregel="uavg", bron=(4141, 4942)),
        stappen=(
            *_stap_1_en_2(),
            *_ter_beschikking(),
            *_gezagsdragers(),
            *_structureel(regel),
            *_wgs(),
            *_convenant(),
            *_incidenteel(),
            *_stap_8("gezagsdrager", Uitkomst.MOET),
            *_stap_8("samenwerkingsverband", Uitkomst.MOET),
            *_stap_8("", Uitkomst.MAG),
        ),
        start="Stap 1A",
    )


#: Het stappenplan per rij van de tabel van ontvangers (r. 1317–1325).
POLITIE_PER_ONTVANGER: Mapping[wpg.Ontvangstgrondslag, Stappenplan] = MappingProxyType(
    {regel: politieplan(regel) for regel in wpg.WIJZER}
)
#: Het stappenplan voor een ontvanger die niet in de tabel staat (en voor elke verstrekking door een boa).
POLITIE = politieplan(None)
