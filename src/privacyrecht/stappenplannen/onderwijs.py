"""Stappenplan Onderwijsinstellingen (003 r. 4294–4713).

Voor wie werkzaam is in het onderwijs (r. 4300).  Naast de (U)AVG gelden de
WPO, de WEC en de WVO (r. 4304).

Het stappenplan:

* **Aangifte** — bij een strafbaar feit, zoals wapenbezit of slaan en schoppen
  van een leerkracht, mag u aangifte doen; de rest hoeft niet (r. 4361, 4419).
* **Intern delen** — met betrokken collega's, als dat noodzakelijk is om de
  leerling te begeleiden (r. 4369).
* **Stap 1** — zijn het persoonsgegevens (r. 4399–4407), en is er een
  grondslag: (a) toestemming van leerling en/of ouders, (c) een wettelijke
  plicht, (e) de taak van algemeen belang (zorg voor de veiligheid op school),
  (f) een gerechtvaardigd belang (r. 4409–4491)?  Na (a) en (c) gaat het
  stappenplan naar stap 3, na (e) en (f) naar stap 2 (r. 4439, 4455, 4485),
  zoals art. 6 lid 4 AVG de verenigbaarheidstoets niet vraagt bij toestemming
  of een wettelijke bepaling.
* **Stap 2** — is de verstrekking verenigbaar met het verzameldoel (r. 4519–4536)?
* **Stap 3** — is zij noodzakelijk (r. 4540–4560)?
* **Stap 4** — voldoet zij aan de beginselen van art. 5 AVG (r. 4588–4604)?
* **Daarna** — bijzondere en strafrechtelijke persoonsgegevens (r. 4617–4695)
  en de geheimhoudingsplicht (r. 4699–4711).
"""

from __future__ import annotations

from privacyrecht import avg
from privacyrecht._bladeren import feit
from privacyrecht._engine import StepKind
from privacyrecht.beoordeling import Grondslag, Kanttekening, Uitkomst, Voorwaarde, Weigering
from privacyrecht.bronnen import passage
from privacyrecht.feiten import Feit, Toets
from privacyrecht.sectorwetten import ZORGPLICHT_VEILIGHEID, intern_delen, veiligheid_op_school
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

__all__ = ["ONDERWIJS"]

_EIGEN_GRONDSLAG_ONTVANGER = eigen_grondslag_ontvanger(4491)
#: Toestemming met de leeftijdsregel van de handreiking (r. 4425–4427).
_TOESTEMMING = avg.toestemming(leeftijdsregel="leerling", bron=(4415, 4425, 4426, 4427))
_LEEFTIJD = Kanttekening(
    tekst=(
        "De handreiking zegt 'jonger dan 12', 'tussen 12 en 16' en 'ouder dan 16' (r. 4425–4427). "
        "Privacyrecht leest: tot 12 jaar de ouder; van 12 tot en met 15 jaar ouder en leerling "
        "samen; vanaf 16 jaar de leerling zelf, in lijn met de grens van 16 jaar in art. 5 lid 1 UAVG."
    ),
    bron=passage(4425, 4426, 4427),
)

_STAPPEN = (
    aangifte_stap(anders="Intern delen"),
    stap(
        "Intern delen",
        (
            "Deelt u de gegevens binnen de school met een collega die bij de leerling betrokken is, "
            "om de leerling te begeleiden bij het doorlopen van de school?"
        ),
        intern_delen,
        soort=StepKind.ALTERNATIVE,
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG),
            Kanttekening(
                tekst=(
                    "De handreiking noemt voor het delen binnen de school geen grondslag (r. 4369). "
                    "Privacyrecht neemt de taak van algemeen belang van de school (art. 6 lid 1 "
                    "onder e AVG) en toetst daarna noodzakelijkheid, beginselen en bijzondere gegevens."
                ),
                bron=passage(4369),
            ),
        ),
        nee=naar("Stap 1"),
    ),
    stap(
        "Stap 1",
        "Verstrekt u persoonsgegevens?",
        avg.persoonsgegeven,
        bron=passage(4397, 4399, 4403),
        ja=naar("Stap 1a"),
        nee=geen_persoonsgegevens(
            (
                Kanttekening(
                    tekst=(
                        "De handreiking geeft bij 'Verstrekt u persoonsgegevens?' geen antwoordtakken "
                        "(r. 4399); privacyrecht volgt het Stappenplan Gemeenten (r. 4051)."
                    ),
                    bron=passage(4399, 4051),
                ),
            )
        ),
    ),
    stap(
        "Stap 1a",
        "Is er toestemming van de leerling en/of de ouders?",
        _TOESTEMMING,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4413, 4415, 4423, 4433),
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_TOESTEMMING),
            _EIGEN_GRONDSLAG_ONTVANGER,
            _LEEFTIJD,
        ),
        nee=naar("Stap 1c"),
    ),
    stap(
        "Stap 1c",
        "Is er een wettelijke plicht?",
        avg.wettelijke_verplichting,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4441, 4443, 4447, 4449),
        ja=naar(
            "Stap 3",
            Grondslag(bepaling=avg.GRONDSLAG_WETTELIJKE_VERPLICHTING),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "Een wettelijke plicht, zoals een bevel van de politie (r. 4447), kan de "
                    "verstrekking verplicht maken ('moet'). Of dat zo is volgt uit de bepaling die de "
                    "plicht oplegt; privacyrecht toetst die nog niet en geeft daarom 'mag'."
                ),
                bron=passage(4447, 4455),
            ),
        ),
        nee=naar("Stap 1e"),
    ),
    stap(
        "Stap 1e",
        "Is de verstrekking nodig voor de taak van algemeen belang: de zorg voor de veiligheid op school?",
        veiligheid_op_school,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4457, 4459, 4463, 4467),
        ja=naar(
            "Stap 2",
            Grondslag(bepaling=avg.GRONDSLAG_TAAK_ALGEMEEN_BELANG),
            *(Grondslag(bepaling=b) for b in ZORGPLICHT_VEILIGHEID),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Voorwaarde(
                tekst=(
                    "De zorgplicht voor de veiligheid staat in art. 4c WPO (basisonderwijs), art. 3.40 "
                    "WVO 2020 (voortgezet onderwijs) of art. 5a WEC (expertisecentra): de bepaling "
                    "van uw soort school is de grondslag."
                ),
                bepalingen=ZORGPLICHT_VEILIGHEID,
                bron=passage(4304, 4463),
            ),
        ),
        nee=naar("Stap 1f"),
    ),
    stap(
        "Stap 1f",
        "Is er een gerechtvaardigd belang dat zwaarder weegt dan de rechten van de leerling?",
        avg.gerechtvaardigd_belang,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4469, 4471, 4475, 4477),
        ja=naar(
            "Stap 2",
            Grondslag(bepaling=avg.GRONDSLAG_GERECHTVAARDIGD_BELANG),
            _EIGEN_GRONDSLAG_ONTVANGER,
            Kanttekening(
                tekst=(
                    "De handreiking staat een gerechtvaardigd belang toe voor scholen (r. 4477), maar "
                    "die grondslag geldt niet voor overheidsinstanties in hun taak (r. 5000). "
                    "Privacyrecht vraagt daarom of de school een overheidsinstantie is (een openbare "
                    "school kan dat zijn). In r. 4477 staat 'onder 2'; gelezen als 'onder e'."
                ),
                bron=passage(4477, 5000),
            ),
        ),
        nee=naar("Stap 1: andere grondslag (vitaal belang)"),
    ),
    stap(
        "Stap 1: andere grondslag (vitaal belang)",
        "Is de verstrekking noodzakelijk voor een vitaal belang, terwijl de betrokkene geen toestemming kan geven?",
        avg.vitaal_belang,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4479, 4986),
        ja=naar(
            "Stap 2", Grondslag(bepaling=avg.GRONDSLAG_VITAAL_BELANG), _EIGEN_GRONDSLAG_ONTVANGER
        ),
        nee=naar("Stap 1: andere grondslag (overeenkomst)"),
    ),
    stap(
        "Stap 1: andere grondslag (overeenkomst)",
        "Is de verstrekking noodzakelijk voor een overeenkomst waarbij de betrokkene partij is?",
        avg.overeenkomst,
        soort=StepKind.ALTERNATIVE,
        bron=passage(4479, 4978),
        ja=naar(
            "Stap 2", Grondslag(bepaling=avg.GRONDSLAG_OVEREENKOMST), _EIGEN_GRONDSLAG_ONTVANGER
        ),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.GRONDSLAGEN),
            FG,
            Kanttekening(
                tekst=(
                    "De handreiking drukt bij 'Is er een grondslag?' alleen 'ja' af (r. 4479–4485); "
                    "zonder grondslag uit art. 6 lid 1 AVG leest privacyrecht: de verstrekking mag niet."
                ),
                bron=passage(4411, 4479, 4485),
            ),
        ),
    ),
    stap(
        "Stap 2",
        "Is de verstrekking verenigbaar met het doel waarvoor de gegevens zijn verzameld?",
        avg.verenigbaar,
        bron=passage(4519, 4521, 4530, 4536),
        ja=naar("Stap 3"),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.VERENIGBAARHEID),
            Weigering(bepaling=avg.BEGINSELEN_BEPALINGEN[Toets.DOELBINDING]),
            FG,
            Kanttekening(
                tekst=(
                    "De handreiking geeft bij stap 2 geen antwoordtakken; privacyrecht leest: niet "
                    "verenigbaar en geen specifieke wet, dan mag de verstrekking niet (r. 4530)."
                ),
                bron=passage(4519, 4530),
            ),
        ),
    ),
    stap_3(bron=passage(4540, 4542, 4554)),
    stap_4(bron=passage(4588, 4590, 4592)),
    *categorie_stappen(
        geldige_toestemming=_TOESTEMMING,
        daarna="Geheimhouding Wpg/Wjsg",
        bron_bijzonder=(4617, 4619, 4623, 4629, 4639, 4669, 4679),
        bron_straf=(4683, 4685, 4687, 4689, 4695),
    ),
    *doorverstrekking_stappen(daarna=naar("Geheimhoudingsplicht")),
    stap(
        "Geheimhoudingsplicht",
        "Staat in uw contract een geheimhoudingsplicht? (Voor leerkrachten geldt geen wettelijk beroepsgeheim.)",
        feit(
            Feit.CONTRACTUELE_GEHEIMHOUDING,
            waarom=(avg.BEGINSELEN_BEPALINGEN[Toets.INTEGRITEIT],),
            bron=passage(4705),
        ),
        bron=passage(4699, 4703, 4705),
        ja=eind(
            Uitkomst.MAG,
            Voorwaarde(
                tekst=(
                    "Houd rekening met de geheimhoudingsplicht uit uw contract; de verstrekking is "
                    "verder rechtmatig, met de voorwaarden bij bijzondere en strafrechtelijke gegevens."
                ),
                bron=passage(4598, 4705),
            ),
        ),
        nee=eind(
            Uitkomst.MAG,
            Voorwaarde(
                tekst=(
                    "De verstrekking is rechtmatig; houd rekening met de voorwaarden bij bijzondere "
                    "en strafrechtelijke persoonsgegevens. Voor leerkrachten geldt geen wettelijk "
                    "geregeld beroepsgeheim."
                ),
                bron=passage(4598, 4705),
            ),
        ),
    ),
)

#: Het Stappenplan Onderwijsinstellingen als uitvoerbare procedure.
ONDERWIJS = maak_stappenplan(
    sleutel="onderwijs",
    naam="Stappenplan Onderwijsinstellingen",
    voor_wie="Wie werkzaam is in het onderwijs (leerkrachten en andere medewerkers van de school).",
    bron=passage(4294, 4300),
    toestemming=_TOESTEMMING,
    stappen=_STAPPEN,
)
