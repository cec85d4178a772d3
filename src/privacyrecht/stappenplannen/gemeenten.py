"""Stappenplan Gemeenten (003 r. 3948–4290).

Voor een medewerker van de gemeente die openbare-ordetaken verricht voor de
burgemeester (r. 3956).  Op die verwerkingen is de (U)AVG van toepassing: de
Gemeentewet geeft geen eigen regels voor gegevensverwerking (r. 3958).

Het stappenplan:

* **Aangifte** — is er een strafbaar feit gepleegd, zoals wapenbezit, dan mag
  u dat bij de politie aangeven (art. 161 Sv); de rest hoeft niet (r. 4001).
* **Stap 1** — zijn het persoonsgegevens? Zo niet, dan staat de (U)AVG niet in
  de weg (r. 4039–4051).
* **Stap 2** — aan wie? (A) een andere afdeling van de gemeente: geen
  gemeentebrede deling, per bevoegdheid nagaan (r. 4081–4087); (B) politie of
  OM, voor de openbare orde (r. 4097–4103); (C) een andere partner: binnen de
  reikwijdte van de taak "lift u mee op de grondslag", anders is een andere
  grondslag van art. 6 lid 1 AVG nodig (r. 4135–4153).
* **Stap 3** — is de verstrekking noodzakelijk (r. 4160–4178)?
* **Stap 4** — voldoet zij aan de beginselen van art. 5 AVG? Zo niet: alsnog
  maatregelen treffen, de privacy officer of FG raadplegen (r. 4206–4222).
* **Daarna** — bijzondere en strafrechtelijke persoonsgegevens (r. 4250–4277)
  en de geheimhoudingsplicht (r. 4281–4287).

Waar de handreiking een tak niet afdrukt (stap 2C *nee*, stap 3 *nee*) volgt
privacyrecht de lezing "mag niet" en meldt dat als kanttekening.
"""

from __future__ import annotations

from privacyrecht import avg
from privacyrecht._bladeren import afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import StepKind
from privacyrecht.beoordeling import (
    Grondslag,
    Kanttekening,
    Uitkomst,
    Voorwaarde,
    Weigering,
)
from privacyrecht.bronnen import passage
from privacyrecht.feiten import Feit, Toets
from privacyrecht.sectorwetten import OPENBARE_ORDE, binnen_openbare_ordetaak, openbare_ordedoel
from privacyrecht.stappenplannen._basis import (
    FG,
    aangifte_stap,
    categorie_stappen,
    doorverstrekking_stappen,
    eigen_grondslag_ontvanger,
    eind,
    geen_persoonsgegevens,
    maak_stappenplan,
    naar,
    stap,
    stap_3,
    stap_4,
)

__all__ = ["GEMEENTEN"]

_OPENBARE_ORDE_GRONDSLAG = (
    Grondslag(bepaling=avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG),
    Grondslag(bepaling=OPENBARE_ORDE),
)
_EIGEN_GRONDSLAG_ONTVANGER = eigen_grondslag_ontvanger(4147)
_TOESTEMMING = avg.toestemming(leeftijdsregel="uavg", bron=(4141, 4942))
_ANDERE = "Stap 2: andere grondslag (wettelijke verplichting)"

_STAPPEN = (
    aangifte_stap(anders="Stap 1"),
    stap(
        "Stap 1",
        "Zijn het persoonsgegevens?",
        avg.persoonsgegeven,
        bron=passage(4029, 4031, 4039),
        ja=naar("Stap 2A"),
        nee=geen_persoonsgegevens(),
    ),
    stap(
        "Stap 2A",
        "Wilt u gegevens verstrekken aan een andere afdeling binnen de gemeente?",
        feit(
            Feit.BINNEN_EIGEN_ORGANISATIE,
            waarom=(avg.BEGINSELEN_BEPALINGEN[Toets.DOELBINDING],),
            bron=passage(4081),
        ),
        soort=StepKind.ROUTE,
        ja=naar("Stap 2A: bevoegdheid"),
        nee=naar("Stap 2B"),
    ),
    stap(
        "Stap 2A: bevoegdheid",
        (
            "Mag de andere afdeling de gegevens verwerken voor de bevoegdheid waarvoor zij ze wil "
            "gebruiken, gelet op de bevoegdheid waarvoor ze zijn verzameld?"
        ),
        oordeel(
            Toets.BEVOEGDHEID_ANDERE_AFDELING,
            waarom=(
                avg.BEGINSELEN_BEPALINGEN[Toets.DOELBINDING],
                avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG,
            ),
            bron=passage(4083, 4087),
        ),
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "Bij stap 2A 'ja' verwijst de handreiking direct naar stap 3, maar zegt ook dat "
                    "gemeentebreed delen niet mogelijk is en dat per bevoegdheid moet worden "
                    "nagegaan of delen mag (r. 4083). Privacyrecht vraagt daarom eerst dat oordeel."
                ),
                bron=passage(4083, 4089, 4091),
            ),
        ),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.BEGINSELEN_BEPALINGEN[Toets.DOELBINDING]),
            FG,
        ),
    ),
    stap(
        "Stap 2B",
        "Wilt u de gegevens verstrekken aan de politie of het OM?",
        afgeleid(
            Afgeleid.ONTVANGER_POLITIE_OF_OM,
            sleutel="ontvanger.organisatie",
            vraag="Is de ontvanger de politie of het OM?",
            waarom=(avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG,),
            bron=passage(4097),
        ),
        soort=StepKind.ROUTE,
        ja=naar("Stap 2B: openbare orde"),
        nee=naar("Stap 2C"),
    ),
    stap(
        "Stap 2B: openbare orde",
        (
            "Verstrekt u de gegevens voor de handhaving van de openbare orde, door het voorkomen "
            "van excessief geweld?"
        ),
        openbare_ordedoel,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            *_OPENBARE_ORDE_GRONDSLAG,
            Kanttekening(
                tekst=(
                    "De handreiking noemt bij stap 2B geen grondslag; privacyrecht neemt de "
                    "grondslag van de openbare-ordetaak (art. 6 lid 1 onder e AVG jo. art. 172 "
                    "Gemeentewet, r. 3960, 4141)."
                ),
                bron=passage(4099, 3960),
            ),
        ),
        nee=naar(_ANDERE),
    ),
    stap(
        "Stap 2C",
        (
            "Valt de verstrekking aan deze partner binnen de reikwijdte van de wettelijke taak "
            "waarvoor de gegevens zijn verwerkt (de openbare orde)?"
        ),
        binnen_openbare_ordetaak,
        soort=StepKind.ALTERNATIVE,
        ja=naar("Stap 3", *_OPENBARE_ORDE_GRONDSLAG, _EIGEN_GRONDSLAG_ONTVANGER),
        nee=naar(_ANDERE),
    ),
    stap(
        _ANDERE,
        "Rust op u een wettelijke verplichting tot deze verstrekking?",
        avg.wettelijke_verplichting,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_WETTELIJKE_VERPLICHTING),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "Een wettelijke verplichting kan de verstrekking verplicht maken ('moet'). Of dat "
                    "zo is volgt uit de bepaling die de plicht oplegt; privacyrecht toetst die nog "
                    "niet en geeft daarom 'mag'."
                ),
                bron=passage(4141, 4153),
            ),
        ),
        nee=naar("Stap 2: andere grondslag (specifieke wettelijke basis)"),
    ),
    stap(
        "Stap 2: andere grondslag (specifieke wettelijke basis)",
        "Heeft u voor deze verstrekking een specifieke wettelijke basis?",
        feit(
            Feit.SPECIFIEKE_WETTELIJKE_BASIS,
            waarom=(avg.RECHTSGROND_LIDSTATELIJK_RECHT,),
            bron=passage(4153),
        ),
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.RECHTSGROND_LIDSTATELIJK_RECHT),
            Voorwaarde(
                tekst="Leg vast op welke specifieke wettelijke bepaling de verstrekking berust.",
                bepalingen=(avg.RECHTSGROND_LIDSTATELIJK_RECHT,),
                bron=passage(4153),
            ),
            _EIGEN_GRONDSLAG_ONTVANGER,
        ),
        nee=naar("Stap 2: andere grondslag (toestemming)"),
    ),
    stap(
        "Stap 2: andere grondslag (toestemming)",
        "Heeft de betrokkene geldig toestemming gegeven?",
        _TOESTEMMING,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_TOESTEMMING),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "Het Stappenplan Gemeenten noemt toestemming niet. Een overheidsorgaan kan "
                    "zelden op toestemming steunen, omdat die bij een duidelijke ongelijkheid "
                    "tussen betrokkene en overheid niet vrij is (overweging 43 AVG); of de "
                    "toestemming hier vrij is, is aan de professional."
                ),
                bron=passage(4141, 4948),
            ),
        ),
        nee=naar("Stap 2: andere grondslag (vitaal belang)"),
    ),
    stap(
        "Stap 2: andere grondslag (vitaal belang)",
        "Is de verstrekking noodzakelijk voor een vitaal belang, terwijl de betrokkene geen toestemming kan geven?",
        avg.vitaal_belang,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_VITAAL_BELANG),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "De handreiking eist voor vitale belangen dat de betrokkene geen toestemming kan "
                    "geven (r. 4986); de AVG stelt die eis in art. 9 lid 2 onder c. Privacyrecht "
                    "volgt de strengere lezing."
                ),
                bron=passage(4986),
            ),
        ),
        nee=naar("Stap 2: andere grondslag (overeenkomst)"),
    ),
    stap(
        "Stap 2: andere grondslag (overeenkomst)",
        "Is de verstrekking noodzakelijk voor een overeenkomst waarbij de betrokkene partij is?",
        avg.overeenkomst,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3", Grondslag(bepaling=avg.GRONDSLAG_OVEREENKOMST), _EIGEN_GRONDSLAG_ONTVANGER
        ),
        nee=naar("Stap 2: andere grondslag (gerechtvaardigd belang)"),
    ),
    stap(
        "Stap 2: andere grondslag (gerechtvaardigd belang)",
        "Is er een gerechtvaardigd belang? (Niet voor een overheidsinstantie die haar taak uitoefent.)",
        avg.gerechtvaardigd_belang,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_GERECHTVAARDIGD_BELANG),
            _EIGEN_GRONDSLAG_ONTVANGER,
        ),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.GRONDSLAGEN),
            FG,
            Kanttekening(
                tekst=(
                    "De handreiking drukt bij stap 2C geen 'nee'-tak af; zonder grondslag uit art. 6 "
                    "lid 1 AVG (r. 4141) leest privacyrecht: de verstrekking mag niet."
                ),
                bron=passage(4141, 4149, 4153),
            ),
        ),
    ),
    stap_3(bron=passage(4160, 4162, 4164)),
    stap_4(bron=passage(4206, 4208, 4210)),
    *categorie_stappen(
        geldige_toestemming=_TOESTEMMING,
        daarna="Geheimhoudingsplicht",
        bron_bijzonder=(4254, 4256, 4258, 4262),
        bron_straf=(4271, 4273, 4277),
    ),
    *doorverstrekking_stappen(
        sleutel="Geheimhoudingsplicht",
        daarna=eind(
            Uitkomst.MAG,
            Voorwaarde(
                tekst=(
                    "De verstrekking is rechtmatig; houd rekening met de voorwaarden bij bijzondere "
                    "en strafrechtelijke persoonsgegevens. De Gemeentewet en APV's bevatten geen "
                    "specifieke geheimhoudingsplicht."
                ),
                bron=passage(4216, 4287),
            ),
        ),
    ),
)

#: Het Stappenplan Gemeenten als uitvoerbare procedure.
GEMEENTEN = maak_stappenplan(
    sleutel="gemeenten",
    naam="Stappenplan Gemeenten",
    voor_wie="Medewerkers van de gemeente die openbare-ordetaken verrichten voor de burgemeester.",
    bron=passage(3948, 3956),
    toestemming=_TOESTEMMING,
    stappen=_STAPPEN,
)
