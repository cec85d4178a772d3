"""Stappenplan Zorg- en hulpverleners (003 r. 311–749).

Voor zorg- en hulpverleners die hulp, begeleiding, ondersteuning of zorg
verlenen (r. 317), ook als zij bij of namens de gemeente, een school of de
politie werken (r. 450, 948–952, 3956).  Op hen rust een beroepsgeheim
(:mod:`privacyrecht.beroepsgeheim`); daarnaast geldt de AVG (r. 329).

Het stappenplan:

* **Collegiaal advies** — wie de casus anoniem, zonder bijzondere kenmerken,
  met een collega bespreekt, schendt het beroepsgeheim niet (r. 514).
* **Stap 1: aangifte** — (A) bij een strafbaar feit tegen uzelf, uw
  medewerkers of uw praktijk mag u aangifte doen (art. 161 Sv), met alleen naam
  en eventueel adres, zonder informatie over de behandeling, en met
  terughoudendheid als de agressie een symptoom van een ziekte is (r. 460–472,
  486–488); (B) een strafbaar feit dat u bij de behandeling te weten kwam valt
  onder het beroepsgeheim: vervolg het stappenplan (r. 476–492).
* **Stap 2: doorbreken van het beroepsgeheim** — in de volgorde van de tekst:
  (A) toestemming, (B) een wettelijke verplichting, (C) een meldrecht, (D) een
  conflict van plichten (r. 504–678).  Geen van alle: "niet mogelijk om
  gegevens te delen" (r. 678).  Privacyrecht voegt de wettelijke uitzondering
  voor rechtstreeks betrokkenen toe (art. 7:457 lid 2 BW, art. 7.3.11 lid 2
  Jeugdwet), als laatste, en meldt dat.
* **Stap 3: minimale gegevensverwerking** — toereikend, ter zake dienend,
  beperkt tot het noodzakelijke; effectiviteit, evenredigheid, subsidiariteit
  (r. 704–729).  Bij een wettelijke plicht begrenst stap 3 wát u verstrekt,
  niet óf.
* **AVG** — naast de grond om het beroepsgeheim te doorbreken is een
  grondslag uit art. 6 AVG nodig (002 r. 1226–1230), en voor bijzondere en
  strafrechtelijke persoonsgegevens een uitzondering op het verbod van art. 9
  of 10 AVG.  De handreiking noemt bij dit stappenplan geen AVG-grondslag;
  privacyrecht loopt de grondslagen van art. 6 lid 1 AVG na.
* **Uitkomst** — bij een wettelijke plicht *moet* de verstrekking, anders
  *mag* zij; leg uw afweging vast (r. 722–723).

Het beroepsgeheim verschilt per beroep (r. 414–436).  Daarom bestaat dit
stappenplan in een uitvoering per soort beroepsgeheim, met de bepalingen van
dat beroepsgeheim: :data:`ZORG_PER_SOORT`.  :data:`ZORG` is de uitvoering voor
een zorg- en hulpverlener zonder nadere aanduiding.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from privacyrecht import avg, jeugdwet
from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import Step, StepKind, all_of, any_of
from privacyrecht.beoordeling import (
    Doorbreking,
    Doorbrekingsgrond,
    Grondslag,
    Kanttekening,
    OpenVraag,
    Uitkomst,
    Vervolgactie,
    Voorwaarde,
    Weigering,
)
from privacyrecht.beroepsgeheim import (
    BEROEPSGEHEIM_PER_ROL,
    Beroepsgeheim,
    Soort,
    conflict_van_plichten,
    minimale_gegevensverwerking,
    rechtstreeks_betrokken_wgbo,
    toestemming_doorbreking,
)
from privacyrecht.bronnen import HANDVAT, UAVG, Bepaling, passage
from privacyrecht.feiten import (
    ROLLEN_PER_ORGANISATIE,
    Feit,
    Gegevenscategorie,
    Organisatie,
    Rol,
    Toets,
)
from privacyrecht.sectorwetten import (
    AANGIFTEBEVOEGDHEID,
    MELDCODEPLICHT,
    MELDRECHT_RAAD,
    MELDRECHT_VEILIG_THUIS,
    VRIJSTELLING_AANGIFTEPLICHT,
    aangifte_bij_politie,
    meldrecht_raad,
    meldrecht_veilig_thuis,
)
from privacyrecht.stappenplannen._basis import (
    Bijdrage,
    Stappenplan,
    categorie_stappen,
    doorverstrekking_stappen,
    eind,
    maak_stappenplan,
    naar,
    stap,
)

__all__ = ["ZORG", "ZORG_BIJ_BEVOEGDE_AUTORITEIT", "ZORG_PER_SOORT", "wettelijke_plicht"]

#: The organisations that are a bevoegde autoriteit (as in ``privacyrecht.wpg``).
_BEVOEGDE_AUTORITEITEN = (
    Organisatie.POLITIE,
    Organisatie.RIJKSRECHERCHE,
    Organisatie.KONINKLIJKE_MARECHAUSSEE,
    Organisatie.BIJZONDERE_OPSPORINGSDIENST,
)

_S = Step[OpenVraag, Uitkomst, Bijdrage]
_STAP_2A = "Stap 2A: toestemming"
_STAP_3 = "Stap 3"
_AVG = "AVG-grondslag: wettelijke verplichting"
_VASTLEGGEN = Voorwaarde(
    tekst="Leg uw afweging vast, zodat achteraf inzichtelijk is waarop zij berust.",
    bron=passage(325, 652, 723),
)

#: Een wettelijke verplichting tot verstrekking (003 r. 543): de informatieplicht
#: bij ondertoezichtstelling (art. 7.3.11 lid 4 Jeugdwet), de meldplicht bij
#: calamiteiten en geweld (art. 4.1.8 Jeugdwet), of een andere plicht die de
#: verstrekker noemt; de opsomming van de handreiking is niet uitputtend.
wettelijke_plicht: Regel = any_of(
    jeugdwet.ots_informatieplicht,
    jeugdwet.meldplicht_calamiteiten,
    avg.wettelijke_verplichting,
    label="Er rust een wettelijke verplichting tot deze verstrekking op u",
    cites=(avg.GRONDSLAG_WETTELIJKE_VERPLICHTING, *passage(543, 549, 6013)),
)

_MELDRECHT = any_of(
    meldrecht_veilig_thuis,
    meldrecht_raad,
    jeugdwet.verwijsindex_melding,
    jeugdwet.ots_informatierecht,
    label="Er is een wettelijk meldrecht voor deze verstrekking",
    cites=(
        MELDRECHT_VEILIG_THUIS,
        MELDRECHT_RAAD,
        jeugdwet.VERWIJSINDEX_MELDING,
        jeugdwet.OTS_INFORMATIEPLICHT,
        *passage(574, 592),
    ),
)

_AVG_TOESTEMMING = avg.toestemming(leeftijdsregel="uavg", bron=(4942,))

#: UAVG art. 30 lid 3 onder a: hulpverleners en instellingen voor
#: gezondheidszorg of maatschappelijke dienstverlening mogen gezondheidsgegevens
#: verwerken voor zover dat noodzakelijk is voor een goede behandeling of
#: verzorging van de betrokkene; lid 4: alleen door wie tot geheimhouding is verplicht.
_BEHANDELING = feit(
    Feit.NOODZAKELIJK_VOOR_BEHANDELING,
    waarom=(UAVG.bepaling("30", lid="3", onder="a"), UAVG.bepaling("30", lid="4")),
    bron=passage(329, 5060),
)

#: The exceptions only this stappenplan adds per category: health data for a
#: good treatment (art. 30 lid 3 onder a UAVG), the BSN in the verwijsindex
#: (art. 7.1.4.2 Jeugdwet).
_EXTRA: avg.Extra = MappingProxyType(
    {
        Gegevenscategorie.GEZONDHEID: (_BEHANDELING,),
        Gegevenscategorie.BSN: (jeugdwet.verwijsindex_melding,),
    }
)


def _doorbreking(
    grond: Doorbrekingsgrond,
    omschrijving: str,
    geheim: Beroepsgeheim,
    *regels: int,
    bepalingen: tuple[Bepaling, ...] | None = None,
) -> Doorbreking:
    """The ground; without ``bepalingen`` those that allow consent for this beroepsgeheim."""
    return Doorbreking(
        grond=grond,
        omschrijving=omschrijving,
        bepalingen=geheim.toestemming if bepalingen is None else bepalingen,
        bron=passage(*regels),
    )


def _weigering(geheim: Beroepsgeheim) -> tuple[Bijdrage, ...]:
    return tuple(Weigering(bepaling=b) for b in geheim.bepalingen)


def _collegiaal_advies() -> tuple[_S, ...]:
    return (
        stap(
            "Collegiaal advies",
            "Vraagt u een collega om advies over de casus?",
            afgeleid(
                Afgeleid.DOEL_COLLEGIAAL_ADVIES,
                sleutel="doel",
                vraag="Is het doel collegiaal advies?",
                waarom=(avg.PERSOONSGEGEVEN,),
                bron=passage(514),
            ),
            soort=StepKind.ROUTE,
            ja=naar("Collegiaal advies: anoniem"),
            nee=naar("Stap 1"),
        ),
        stap(
            "Collegiaal advies: anoniem",
            "Bespreekt u de casus anoniem, zonder bijzondere kenmerken te noemen?",
            feit(Feit.ANONIEM_BESPROKEN, waarom=(avg.PERSOONSGEGEVEN,), bron=passage(514)),
            soort=StepKind.ALTERNATIVE,
            ja=eind(
                Uitkomst.MAG,
                Grondslag(bepaling=avg.PERSOONSGEGEVEN),
                Voorwaarde(
                    tekst=(
                        "Bespreek de casus anoniem en noem geen bijzondere kenmerken; dan schendt u "
                        "uw beroepsgeheim niet en verstrekt u geen persoonsgegevens."
                    ),
                    bepalingen=(avg.PERSOONSGEGEVEN,),
                    bron=passage(514),
                ),
                Kanttekening(
                    tekst=(
                        "Anoniem collegiaal advies is geen verstrekking van persoonsgegevens: de "
                        "uitkomst 'mag' rust op het ontbreken van persoonsgegevens (art. 4 onder 1 "
                        "AVG), niet op een grondslag of een doorbrekingsgrond."
                    ),
                    bron=passage(514),
                ),
            ),
            nee=naar("Stap 1"),
        ),
    )


def _stap_1(geheim: Beroepsgeheim) -> tuple[_S, ...]:
    aangifte = Doorbreking(
        grond=Doorbrekingsgrond.AANGIFTE,
        omschrijving="aangifte van een strafbaar feit tegen uzelf, uw medewerkers of uw praktijk",
        bepalingen=(AANGIFTEBEVOEGDHEID,),
        bron=passage(462, 488),
    )
    mag_aangifte = (
        Grondslag(bepaling=AANGIFTEBEVOEGDHEID),
        aangifte,
        Voorwaarde(
            tekst=(
                "Verstrek niet meer dan noodzakelijk is voor de aangifte: de naam en eventueel het "
                "adres van de cliënt, maar geen informatie over de behandeling."
            ),
            bepalingen=(AANGIFTEBEVOEGDHEID, avg.NOODZAKELIJKHEID),
            bron=passage(468),
        ),
        Voorwaarde(
            tekst="U kunt ervoor kiezen aangifte te doen; het stappenplan hoeft u niet verder te volgen.",
            bepalingen=(AANGIFTEBEVOEGDHEID,),
            bron=passage(488),
        ),
        Kanttekening(
            tekst=(
                "De handreiking noemt voor de aangifte geen grondslag uit de AVG en behandelt haar "
                "vóór de doorbrekingsgronden; privacyrecht geeft art. 161 Sv als grondslag en als "
                "grond om het beroepsgeheim te laten wijken (stap 1A)."
            ),
            bron=passage(462, 488),
        ),
    )
    buiten = naar(
        _STAP_2A,
        Voorwaarde(
            tekst=(
                "Wat u bij de behandeling te weten kwam over een strafbaar feit van uw cliënt valt "
                "onder het beroepsgeheim; als verschoningsgerechtigde bent u vrijgesteld van de "
                "aangifteplicht (art. 160 lid 2 Sv)."
            ),
            bepalingen=(*geheim.bepalingen, VRIJSTELLING_AANGIFTEPLICHT),
            bron=passage(478, 480, 492),
        ),
        Kanttekening(
            tekst=(
                "De uitzondering van r. 478 (aangifte neemt gevaar voor anderen weg en dat belang "
                "weegt zwaarder dan het beroepsgeheim) weegt privacyrecht als conflict van plichten "
                "in stap 2D: 'Vervolg het stappenplan om te onderzoeken of het beroepsgeheim kan "
                "worden doorbroken' (r. 492)."
            ),
            bron=passage(478, 492),
        ),
    )
    return (
        stap(
            "Stap 1",
            "Wilt u aangifte doen bij de politie?",
            aangifte_bij_politie,
            bron=passage(458),
            soort=StepKind.ROUTE,
            ja=naar("Stap 1: strafbaar feit"),
            nee=naar(_STAP_2A),
        ),
        stap(
            "Stap 1: strafbaar feit",
            "Is er een strafbaar feit gepleegd?",
            feit(Feit.STRAFBAAR_FEIT, waarom=(AANGIFTEBEVOEGDHEID,), bron=passage(498, 500)),
            soort=StepKind.ROUTE,
            ja=naar("Stap 1A"),
            nee=naar(_STAP_2A),
        ),
        stap(
            "Stap 1A",
            "Is het strafbare feit gepleegd tegen uzelf, uw medewerkers of uw praktijk?",
            feit(
                Feit.STRAFBAAR_FEIT_TEGEN_HULPVERLENING,
                waarom=(AANGIFTEBEVOEGDHEID, *geheim.bepalingen),
                bron=passage(460, 462, 476, 478),
            ),
            soort=StepKind.ROUTE,
            ja=naar("Stap 1A: gegevens"),
            nee=buiten,
        ),
        stap(
            "Stap 1A: gegevens",
            "Verstrekt u alleen wat de aangifte nodig heeft (naam, eventueel adres, het feit), zonder informatie over de behandeling?",
            afgeleid(
                Afgeleid.ALLEEN_GEGEVENS_OVER_HET_FEIT,
                sleutel="gegevens",
                vraag=(
                    "Gaat het alleen om gewone gegevens (naam, adres) en het strafbare feit? "
                    "Informatie over de behandeling hoort niet in de aangifte."
                ),
                waarom=(AANGIFTEBEVOEGDHEID, avg.NOODZAKELIJKHEID),
                bron=passage(468),
            ),
            soort=StepKind.ALTERNATIVE,
            ja=naar("Stap 1A: symptoom van een ziekte"),
            nee=naar(
                _STAP_2A,
                Kanttekening(
                    tekst=(
                        "Informatie over de behandeling hoort niet in de aangifte (r. 468); voor "
                        "die gegevens volgt privacyrecht de rest van het stappenplan."
                    ),
                    bron=passage(468),
                ),
            ),
        ),
        stap(
            "Stap 1A: symptoom van een ziekte",
            "Is het agressieve gedrag een symptoom van een ziekte?",
            feit(
                Feit.AGRESSIE_SYMPTOOM_VAN_ZIEKTE,
                waarom=(AANGIFTEBEVOEGDHEID,),
                bron=passage(464),
            ),
            soort=StepKind.ROUTE,
            ja=naar("Stap 1A: terughoudendheid"),
            nee=eind(Uitkomst.MAG, *mag_aangifte),
        ),
        stap(
            "Stap 1A: terughoudendheid",
            (
                "Het agressieve gedrag is een symptoom van een ziekte; daarom bent u terughoudend. "
                "Is aangifte na die afweging toch verantwoord?"
            ),
            oordeel(
                Toets.AANGIFTE_ONDANKS_ZIEKTE, waarom=(AANGIFTEBEVOEGDHEID,), bron=passage(464)
            ),
            soort=StepKind.ALTERNATIVE,
            ja=eind(Uitkomst.MAG, *mag_aangifte),
            nee=naar(
                _STAP_2A,
                Voorwaarde(
                    tekst="U doet geen aangifte; vervolg het stappenplan.",
                    bron=passage(494, 496),
                ),
            ),
        ),
    )


def _toestemming(geheim: Beroepsgeheim) -> Regel:
    geldig = toestemming_doorbreking(geheim)
    if geheim.soort is Soort.JEUGDHULP:
        return jeugdwet.toestemming_lid_1(geldig)
    if geheim.toestemming:
        return all_of(
            geldig,
            oordeel(Toets.LEVENSSFEER_ANDER, waarom=geheim.toestemming, bron=passage(5898)),
            label="Toestemming, zonder schade aan de levenssfeer van een ander (art. 7:457 lid 1 BW)",
            cites=(*geheim.toestemming, *passage(530, 5898)),
        )
    return geldig


def _naar_stap_3(doorbreking: Doorbreking, *extra: Bijdrage) -> tuple[Bijdrage, ...]:
    # The provision that gives a statutory ground is a grondslag of the answer;
    # consent lifts the secrecy but is not itself a ground for processing.
    grondslagen = (
        ()
        if doorbreking.grond is Doorbrekingsgrond.TOESTEMMING
        else tuple(Grondslag(bepaling=b) for b in doorbreking.bepalingen)
    )
    return (doorbreking, *grondslagen, *extra)


def _stap_2(geheim: Beroepsgeheim) -> tuple[_S, ...]:
    toestemming = _doorbreking(
        Doorbrekingsgrond.TOESTEMMING,
        "uitdrukkelijke toestemming van de betrokkene",
        geheim,
        506,
        524,
        551,
    )
    plicht_ots = _doorbreking(
        Doorbrekingsgrond.WETTELIJKE_PLICHT,
        "informatieplicht bij ondertoezichtstelling (desgevraagd)",
        geheim,
        545,
        547,
        6015,
        bepalingen=(jeugdwet.OTS_INFORMATIEPLICHT,),
    )
    plicht_calamiteit = _doorbreking(
        Doorbrekingsgrond.WETTELIJKE_PLICHT,
        "meldplicht bij calamiteiten en geweld bij de jeugdhulp",
        geheim,
        6016,
        bepalingen=(jeugdwet.MELDPLICHT_CALAMITEITEN,),
    )
    plicht_andere = _doorbreking(
        Doorbrekingsgrond.WETTELIJKE_PLICHT,
        "een andere wettelijke verplichting (noem de bepaling)",
        geheim,
        543,
        549,
        bepalingen=(avg.GRONDSLAG_WETTELIJKE_VERPLICHTING,),
    )
    vt = _doorbreking(
        Doorbrekingsgrond.MELDRECHT,
        "meld- en informatierecht Veilig Thuis",
        geheim,
        576,
        578,
        bepalingen=(MELDRECHT_VEILIG_THUIS,),
    )
    raad = _doorbreking(
        Doorbrekingsgrond.MELDRECHT,
        "meldrecht tegenover de Raad voor de Kinderbescherming",
        geheim,
        580,
        582,
        bepalingen=(MELDRECHT_RAAD,),
    )
    vir = _doorbreking(
        Doorbrekingsgrond.MELDRECHT,
        "meldrecht verwijsindex risicojongeren",
        geheim,
        584,
        586,
        bepalingen=(jeugdwet.VERWIJSINDEX_MELDING,),
    )
    gi = _doorbreking(
        Doorbrekingsgrond.MELDRECHT,
        "informatierecht tegenover de gecertificeerde instelling bij ondertoezichtstelling (uit eigen beweging)",
        geheim,
        547,
        6015,
        bepalingen=(jeugdwet.OTS_INFORMATIEPLICHT,),
    )
    cvp = _doorbreking(
        Doorbrekingsgrond.CONFLICT_VAN_PLICHTEN,
        "conflict van plichten",
        geheim,
        632,
        634,
        6086,
        bepalingen=(),
    )
    geen_grond = eind(
        Uitkomst.MAG_NIET,
        *_weigering(geheim),
        Vervolgactie(
            tekst=(
                "Deel de gegevens niet. Twijfelt u, vraag dan een collega anoniem om advies, zonder "
                "bijzondere kenmerken te noemen."
            ),
            bron=passage(514, 678),
        ),
    )
    stappen: list[_S] = [
        stap(
            _STAP_2A,
            "Heeft u toestemming van uw cliënt om het beroepsgeheim te doorbreken?",
            _toestemming(geheim),
            soort=StepKind.ALTERNATIVE,
            bron=passage(522, 524, 530, 536, 551),
            ja=naar(
                _STAP_3,
                *_naar_stap_3(toestemming),
                Kanttekening(
                    tekst=(
                        "De handreiking drukt bij stap 2A geen antwoorden af; privacyrecht leest "
                        "'ja' als: ga door naar stap 3, en 'nee' als: onderzoek de volgende grond."
                    ),
                    bron=passage(551),
                ),
            ),
            nee=naar("Stap 2B: informatieplicht ondertoezichtstelling"),
        ),
        stap(
            "Stap 2B: informatieplicht ondertoezichtstelling",
            "Vraagt de gecertificeerde instelling die de ondertoezichtstelling uitvoert u met redenen om informatie?",
            jeugdwet.ots_informatieplicht,
            soort=StepKind.ALTERNATIVE,
            ja=naar(_STAP_3, *_naar_stap_3(plicht_ots)),
            nee=naar("Stap 2B: meldplicht calamiteiten"),
        ),
        stap(
            "Stap 2B: meldplicht calamiteiten",
            "Meldt uw organisatie een calamiteit of geweld bij de jeugdhulp aan de Inspectie?",
            jeugdwet.meldplicht_calamiteiten,
            soort=StepKind.ALTERNATIVE,
            ja=naar(_STAP_3, *_naar_stap_3(plicht_calamiteit)),
            nee=naar("Stap 2B: andere wettelijke plicht"),
        ),
        stap(
            "Stap 2B: andere wettelijke plicht",
            "Is het wettelijk verplicht om de gegevens te verstrekken?",
            avg.wettelijke_verplichting,
            soort=StepKind.ALTERNATIVE,
            bron=passage(543, 549),
            ja=naar(
                _STAP_3,
                *_naar_stap_3(plicht_andere),
                Voorwaarde(
                    tekst=(
                        "Leg vast welke wettelijke bepaling u tot verstrekking verplicht. De "
                        "aangifteplicht van art. 160 lid 1 Sv geldt niet voor een "
                        "verschoningsgerechtigde (art. 160 lid 2 Sv)."
                    ),
                    bepalingen=(avg.GRONDSLAG_WETTELIJKE_VERPLICHTING, VRIJSTELLING_AANGIFTEPLICHT),
                    bron=passage(480, 543),
                ),
            ),
            nee=naar("Stap 2C: Veilig Thuis"),
        ),
        stap(
            "Stap 2C: Veilig Thuis",
            "Meldt u een vermoeden van kindermishandeling of huiselijk geweld bij Veilig Thuis?",
            meldrecht_veilig_thuis,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                _STAP_3,
                *_naar_stap_3(vt),
                Voorwaarde(
                    tekst=(
                        "Melden is een recht, geen plicht. Volg de stappen van de meldcode van uw "
                        "organisatie (art. 3.3 Wmo 2015, art. 4.1.7 Jeugdwet, art. 8 Wkkgz) en "
                        "gebruik het afwegingskader van uw beroepsgroep."
                    ),
                    bepalingen=MELDCODEPLICHT,
                    bron=(*passage(574, 578, 6068), *passage(1169, bestand=HANDVAT)),
                ),
                Kanttekening(
                    tekst=(
                        "De handreiking noemt art. 4.1.7 Jeugdwet en art. 8 Wkkgz naast art. 5.2.6 "
                        "Wmo 2015 als meldrecht (r. 578); het zijn de bepalingen over de meldcode. "
                        "Het meldrecht zelf staat in art. 5.2.6 Wmo 2015."
                    ),
                    bron=passage(578),
                ),
            ),
            nee=naar("Stap 2C: Raad voor de Kinderbescherming"),
        ),
        stap(
            "Stap 2C: Raad voor de Kinderbescherming",
            "Verstrekt u gegevens aan de Raad voor de Kinderbescherming die nodig kunnen zijn voor de taken van de Raad?",
            meldrecht_raad,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                _STAP_3,
                *_naar_stap_3(raad),
                Voorwaarde(
                    tekst="De Raad moet goed onderbouwen waarom de gegevens noodzakelijk zijn.",
                    bepalingen=(MELDRECHT_RAAD,),
                    bron=passage(582),
                ),
            ),
            nee=naar("Stap 2C: verwijsindex"),
        ),
        stap(
            "Stap 2C: verwijsindex",
            "Meldt u de jongere in de verwijsindex risicojongeren?",
            jeugdwet.verwijsindex_melding,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                _STAP_3,
                *_naar_stap_3(vir),
                Voorwaarde(
                    tekst=(
                        "In de verwijsindex wordt geen informatie gedeeld, alleen wie de jongere is en "
                        "wie de melding deed. Voor het delen van gegevens met andere melders blijft "
                        "het beroepsgeheim gelden."
                    ),
                    bepalingen=(jeugdwet.VERWIJSINDEX_MELDING, jeugdwet.VERWIJSINDEX_BSN),
                    bron=passage(586),
                ),
                Kanttekening(
                    tekst=(
                        "De handreiking noemt 'artikel 7.1.4.1 BW' (r. 586) en 'de naam van de "
                        "jongere'; het is art. 7.1.4.1 Jeugdwet (r. 6032), en de wet slaat naast het "
                        "BSN van de jeugdige alleen gegevens van de melder op (art. 7.1.4.2–7.1.4.3 "
                        "Jeugdwet). Melden kan alleen een meldingsbevoegde (art. 7.1.1.2 Jeugdwet)."
                    ),
                    bron=passage(586, 6032),
                ),
            ),
            nee=naar("Stap 2C: gecertificeerde instelling"),
        ),
        stap(
            "Stap 2C: gecertificeerde instelling",
            "Informeert u uit eigen beweging de gecertificeerde instelling die de ondertoezichtstelling uitvoert?",
            jeugdwet.ots_informatierecht,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                _STAP_3,
                *_naar_stap_3(gi),
                Kanttekening(
                    tekst=(
                        "De handreiking noemt bij de ondertoezichtstelling alleen de plicht op verzoek "
                        "(r. 547); art. 7.3.11 lid 4 Jeugdwet geeft ook het recht om uit eigen "
                        "beweging te informeren. Privacyrecht behandelt dat als meldrecht."
                    ),
                    bron=passage(547, 6015),
                ),
            ),
            nee=naar("Stap 2D"),
        ),
        stap(
            "Stap 2D",
            "Kunt u een beroep doen op het conflict van plichten?",
            conflict_van_plichten,
            soort=StepKind.ALTERNATIVE,
            bron=passage(630, 632, 650, 656, 666, 6088),
            ja=naar(
                _STAP_3,
                *_naar_stap_3(cvp),
                Voorwaarde(
                    tekst=(
                        "U, de hulpverlener, beslist over het doorbreken van uw beroepsgeheim, niet "
                        "de politie of de officier van justitie. Leg uw afweging vast."
                    ),
                    bron=passage(652, 664),
                ),
                Kanttekening(
                    tekst=(
                        "Het conflict van plichten heft het verbod van art. 9 AVG niet op; voor "
                        "gezondheidsgegevens en andere bijzondere persoonsgegevens vraagt "
                        "privacyrecht daarom een uitzondering van art. 9 lid 2 AVG. De handreiking "
                        "zegt daar niets over (r. 664)."
                    ),
                    bron=passage(664),
                ),
            ),
            nee=geen_grond
            if geheim.rechtstreeks_betrokkenen is None
            else naar("Stap 2: rechtstreeks betrokkenen"),
        ),
    ]
    if geheim.rechtstreeks_betrokkenen is not None:
        regel = (
            jeugdwet.rechtstreeks_betrokken
            if geheim.soort is Soort.JEUGDHULP
            else rechtstreeks_betrokken_wgbo
        )
        stappen.append(
            stap(
                "Stap 2: rechtstreeks betrokkenen",
                "Is de ontvanger rechtstreeks betrokken bij de hulpverlening (of uw vervanger), en heeft hij de gegevens nodig voor zijn werk?",
                regel,
                soort=StepKind.ALTERNATIVE,
                ja=naar(
                    _STAP_3,
                    Doorbreking(
                        grond=Doorbrekingsgrond.WETTELIJKE_UITZONDERING,
                        omschrijving="rechtstreeks betrokken bij de hulpverlening, of vervanger",
                        bepalingen=(geheim.rechtstreeks_betrokkenen,),
                        bron=passage(1137, 1139, bestand=HANDVAT),
                    ),
                    Grondslag(bepaling=geheim.rechtstreeks_betrokkenen),
                    Kanttekening(
                        tekst=(
                            "De handreiking noemt vier doorbrekingsgronden (r. 506); de uitzondering "
                            "voor rechtstreeks betrokkenen staat in de wet en in het Handvat "
                            "(002 r. 1137). Privacyrecht toetst haar als laatste."
                        ),
                        bron=(*passage(506), *passage(1137, bestand=HANDVAT)),
                    ),
                ),
                nee=geen_grond,
            )
        )
    return tuple(stappen)


def _stap_3() -> tuple[_S, ...]:
    return (
        stap(
            _STAP_3,
            (
                "Voldoet de gegevensverstrekking aan de eisen van minimale gegevensverwerking en van "
                "effectiviteit, evenredigheid en subsidiariteit?"
            ),
            minimale_gegevensverwerking,
            soort=StepKind.ALTERNATIVE,
            bron=passage(704, 706, 712, 716),
            ja=naar(_AVG),
            nee=naar("Stap 3: wettelijke plicht"),
        ),
        stap(
            "Stap 3: wettelijke plicht",
            "Rust er een wettelijke plicht op u om te verstrekken?",
            wettelijke_plicht,
            soort=StepKind.ROUTE,
            ja=naar(
                _AVG,
                Voorwaarde(
                    tekst=(
                        "Er rust een wettelijke plicht op u: verstrek wat de plicht vraagt, niet meer. "
                        "Stap 3 begrenst wát u verstrekt (toereikend, ter zake dienend, beperkt tot "
                        "het noodzakelijke), niet óf u verstrekt."
                    ),
                    bepalingen=(avg.NOODZAKELIJKHEID,),
                    bron=passage(706, 716),
                ),
            ),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=avg.NOODZAKELIJKHEID),
                Vervolgactie(
                    tekst="Het is niet mogelijk om de gegevens te delen.", bron=passage(729)
                ),
            ),
        ),
    )


def _avg_stappen(*, doorverstrekking: bool = True) -> tuple[_S, ...]:
    eerste_categorie = "Bijzondere persoonsgegevens"
    geen_grondslag = eind(
        Uitkomst.MAG_NIET,
        Weigering(bepaling=avg.GRONDSLAGEN),
        Vervolgactie(tekst="Raadpleeg de privacy officer of de FG.", bron=passage(329)),
        Kanttekening(
            tekst=(
                "Naast een grond om het beroepsgeheim te doorbreken is een grondslag uit art. 6 AVG "
                "nodig (002 r. 1226–1230); de handreiking noemt die bij dit stappenplan niet. "
                "Zonder grondslag leest privacyrecht: de verstrekking mag niet."
            ),
            bron=(*passage(329), *passage(1226, 1230, bestand=HANDVAT)),
        ),
    )
    return (
        stap(
            _AVG,
            "Rust op u een wettelijke verplichting tot deze verstrekking (art. 6 lid 1 onder c AVG)?",
            wettelijke_plicht,
            soort=StepKind.ALTERNATIVE,
            bron=(*passage(329), *passage(1226, bestand=HANDVAT)),
            ja=naar(eerste_categorie, Grondslag(bepaling=avg.GRONDSLAG_WETTELIJKE_VERPLICHTING)),
            nee=naar("AVG-grondslag: wettelijk meldrecht"),
        ),
        stap(
            "AVG-grondslag: wettelijk meldrecht",
            "Regelt een wet het meldrecht waarop u verstrekt (art. 6 lid 3 AVG)?",
            _MELDRECHT,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                eerste_categorie,
                Grondslag(bepaling=avg.RECHTSGROND_LIDSTATELIJK_RECHT),
                Kanttekening(
                    tekst=(
                        "De handreiking noemt bij de meldrechten geen grondslag uit de AVG. "
                        "Privacyrecht neemt de wettelijke regeling van het meldrecht als rechtsgrond "
                        "in het lidstatelijk recht (art. 6 lid 3 AVG), zoals bij een specifieke "
                        "wettelijke basis in het Stappenplan Gemeenten."
                    ),
                    bron=passage(574, 4153),
                ),
            ),
            nee=naar("AVG-grondslag: toestemming"),
        ),
        stap(
            "AVG-grondslag: toestemming",
            "Heeft de betrokkene geldig toestemming gegeven voor de verwerking (art. 6 lid 1 onder a AVG)?",
            _AVG_TOESTEMMING,
            soort=StepKind.ALTERNATIVE,
            ja=naar(
                eerste_categorie,
                Grondslag(bepaling=avg.GRONDSLAG_TOESTEMMING),
                Kanttekening(
                    tekst=(
                        "Toestemming als grondslag (art. 6 lid 1 onder a AVG) is een andere "
                        "toestemming dan die om het beroepsgeheim te doorbreken en dan de instemming "
                        "met de hulp; privacyrecht vraagt ze afzonderlijk (002 r. 1226–1338). Een "
                        "overheidsorgaan, zoals een wijkteam van de gemeente, kan zelden op "
                        "toestemming steunen: bij afhankelijkheid is zij niet vrij (overweging 43 AVG)."
                    ),
                    bron=passage(772, 1226, 1308, bestand=HANDVAT),
                ),
            ),
            nee=naar("AVG-grondslag: overeenkomst"),
        ),
        stap(
            "AVG-grondslag: overeenkomst",
            "Is de verstrekking noodzakelijk voor een overeenkomst met de betrokkene, zoals de behandelingsovereenkomst (art. 6 lid 1 onder b AVG)?",
            avg.overeenkomst,
            soort=StepKind.ALTERNATIVE,
            ja=naar(eerste_categorie, Grondslag(bepaling=avg.GRONDSLAG_OVEREENKOMST)),
            nee=naar("AVG-grondslag: vitaal belang"),
        ),
        stap(
            "AVG-grondslag: vitaal belang",
            "Is de verstrekking noodzakelijk voor een vitaal belang, terwijl de betrokkene geen toestemming kan geven?",
            avg.vitaal_belang,
            soort=StepKind.ALTERNATIVE,
            ja=naar(eerste_categorie, Grondslag(bepaling=avg.GRONDSLAG_VITAAL_BELANG)),
            nee=naar("AVG-grondslag: publieke taak"),
        ),
        stap(
            "AVG-grondslag: publieke taak",
            "Verstrekt u als overheidsinstantie, noodzakelijk voor een wettelijke taak van algemeen belang?",
            all_of(
                feit(
                    Feit.OVERHEIDSINSTANTIE,
                    waarom=(avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG,),
                    bron=passage(3956),
                ),
                oordeel(
                    Toets.NOODZAKELIJK_VOOR_PUBLIEKE_TAAK,
                    waarom=(avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG,),
                    bron=passage(3956),
                ),
                label="Noodzakelijk voor een wettelijke taak van algemeen belang (art. 6 lid 1 onder e AVG)",
                cites=(avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG, *passage(3956)),
            ),
            soort=StepKind.ALTERNATIVE,
            ja=naar(eerste_categorie, Grondslag(bepaling=avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG)),
            nee=naar("AVG-grondslag: gerechtvaardigd belang"),
        ),
        stap(
            "AVG-grondslag: gerechtvaardigd belang",
            "Is er een gerechtvaardigd belang? (Niet voor een overheidsinstantie die haar taak uitoefent.)",
            avg.gerechtvaardigd_belang,
            soort=StepKind.ALTERNATIVE,
            ja=naar(eerste_categorie, Grondslag(bepaling=avg.GRONDSLAG_GERECHTVAARDIGD_BELANG)),
            nee=geen_grondslag,
        ),
        *categorie_stappen(
            geldige_toestemming=_AVG_TOESTEMMING,
            daarna="Geheimhouding Wpg/Wjsg" if doorverstrekking else "Uitkomst",
            bron_bijzonder=(329, 664),
            bron_straf=(329, 478),
            extra=_EXTRA,
        ),
        *(
            doorverstrekking_stappen(daarna=naar("Uitkomst"), plicht=wettelijke_plicht)
            if doorverstrekking
            else ()
        ),
        stap(
            "Uitkomst",
            "Rust er een wettelijke plicht op u om de gegevens te verstrekken?",
            wettelijke_plicht,
            soort=StepKind.ROUTE,
            bron=passage(543, 722),
            ja=eind(Uitkomst.MOET, _VASTLEGGEN),
            nee=eind(
                Uitkomst.MAG,
                Voorwaarde(tekst="U mag de gegevens delen.", bron=passage(722)),
                _VASTLEGGEN,
            ),
        ),
    )


def _plan(geheim: Beroepsgeheim, sleutel: str, *, doorverstrekking: bool = True) -> Stappenplan:
    return maak_stappenplan(
        sleutel=sleutel,
        naam="Stappenplan Zorg- en hulpverleners",
        voor_wie=(
            "Zorg- en hulpverleners die hulp, begeleiding, ondersteuning of zorg verlenen, ook in "
            "dienst van de gemeente, een school of de politie. " + geheim.reden
        ),
        bron=passage(311, 317),
        toestemming=_AVG_TOESTEMMING,
        stappen=(
            *_collegiaal_advies(),
            *_stap_1(geheim),
            *_stap_2(geheim),
            *_stap_3(),
            *_avg_stappen(doorverstrekking=doorverstrekking),
        ),
        start="Collegiaal advies",
        extra=_EXTRA,
    )


#: Het stappenplan per soort beroepsgeheim (de bepalingen in de antwoorden verschillen).
ZORG_PER_SOORT: Mapping[Soort, Stappenplan] = MappingProxyType(
    {
        Soort.MEDISCH: _plan(BEROEPSGEHEIM_PER_ROL[Rol.MEDISCH_ZORGVERLENER], "zorg"),
        Soort.AFGELEID: _plan(BEROEPSGEHEIM_PER_ROL[Rol.ONDERSTEUNER_ZORGVERLENER], "zorg"),
        Soort.JEUGDHULP: _plan(BEROEPSGEHEIM_PER_ROL[Rol.JEUGDHULPVERLENER], "zorg"),
        Soort.OVERIG: _plan(BEROEPSGEHEIM_PER_ROL[Rol.OVERIGE_HULPVERLENER], "zorg"),
    }
)
#: Het stappenplan per soort beroepsgeheim voor wie bij een bevoegde autoriteit werkt: na dit
#: stappenplan volgt het Stappenplan Politie (003 r. 948–952), dat zelf over de geheimhouding
#: van politiegegevens gaat; de vraag of de gegevens van de politie komen, vervalt hier.
ZORG_BIJ_BEVOEGDE_AUTORITEIT: Mapping[Rol, Stappenplan] = MappingProxyType(
    {
        rol: _plan(geheim, "zorg", doorverstrekking=False)
        for rol, geheim in BEROEPSGEHEIM_PER_ROL.items()
        if any(rol in ROLLEN_PER_ORGANISATIE[o] for o in _BEVOEGDE_AUTORITEITEN)
    }
)
#: Het Stappenplan Zorg- en hulpverleners voor een zorg- en hulpverlener zonder nadere aanduiding.
ZORG = _plan(BEROEPSGEHEIM_PER_ROL[Rol.ZORG_EN_HULPVERLENER], "zorg")
