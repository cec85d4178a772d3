"""Sectorwetgeving zoals de handreiking die gebruikt.

* Wetboek van Strafvordering: de aangiftebevoegdheid van art. 161 (003
  r. 4001, 4361, 4419).
* Gemeentewet: de openbare-ordetaak van de burgemeester, art. 172 lid 1
  (003 r. 3958–3960, 4141).
* Onderwijswetten: de zorg voor de veiligheid op school, art. 4c WPO,
  art. 3.40 WVO 2020 en art. 5a WEC (003 r. 4304, 4459–4467).
* Wmo 2015: het meld- en informatierecht tegenover Veilig Thuis, art. 5.2.6
  (003 r. 578); BW Boek 1: het meldrecht tegenover de Raad voor de
  Kinderbescherming, art. 1:240 (r. 582, 6028).
* De meldcode huiselijk geweld en kindermishandeling: art. 3.3 Wmo 2015,
  art. 4.1.7 Jeugdwet en art. 8 Wkkgz verplichten de organisatie een meldcode
  vast te stellen (r. 578, 6036); de melding zelf blijft een recht.
* Art. 160 lid 2 Sv: verschoningsgerechtigden zijn vrijgesteld van de
  aangifteplicht (r. 480).

>>> str(AANGIFTEBEVOEGDHEID)
'art. 161 Sv'
"""

from __future__ import annotations

from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import all_of, any_of
from privacyrecht.avg import GRONDSLAG_TAAK_ALGEMEEN_BELANG
from privacyrecht.bronnen import (
    BW_BOEK_1,
    GEMEENTEWET,
    JEUGDWET,
    SV,
    WEC,
    WKKGZ,
    WMO_2015,
    WPO,
    WVO_2020,
    passage,
)
from privacyrecht.feiten import Feit, Toets

__all__ = [
    "AANGIFTEBEVOEGDHEID",
    "AANGIFTEPLICHT",
    "MELDCODEPLICHT",
    "MELDRECHT_RAAD",
    "MELDRECHT_VEILIG_THUIS",
    "OPENBARE_ORDE",
    "VRIJSTELLING_AANGIFTEPLICHT",
    "ZORGPLICHT_VEILIGHEID",
    "aangifte",
    "aangifte_bij_politie",
    "binnen_openbare_ordetaak",
    "intern_delen",
    "meldrecht_raad",
    "meldrecht_veilig_thuis",
    "openbare_ordedoel",
    "veiligheid_op_school",
]

#: Art. 161 Sv: ieder die kennis draagt van een begaan strafbaar feit is
#: bevoegd daarvan aangifte te doen (tekst van 1 juli 2026).
AANGIFTEBEVOEGDHEID = SV.bepaling("161")
#: Art. 172 lid 1 Gemeentewet: de burgemeester is belast met de handhaving van
#: de openbare orde.
OPENBARE_ORDE = GEMEENTEWET.bepaling("172", lid="1")
#: De zorg voor de veiligheid op school (sociale, psychische en fysieke
#: veiligheid van leerlingen): art. 4c WPO, art. 3.40 WVO 2020, art. 5a WEC,
#: telkens lid 1, met de omschrijving van veiligheid in lid 2.
ZORGPLICHT_VEILIGHEID = (
    WPO.bepaling("4c", lid="1"),
    WVO_2020.bepaling("3.40", lid="1"),
    WEC.bepaling("5a", lid="1"),
)

#: Art. 160 lid 1 Sv: de aangifteplicht bij bepaalde ernstige misdrijven.
AANGIFTEPLICHT = SV.bepaling("160", lid="1")
#: Art. 160 lid 2 Sv: de plicht geldt niet voor wie zich van getuigenis zou kunnen
#: verschonen; "verschoningsgerechtigden zijn hiervoor door de wetgever van
#: vrijgesteld" (003 r. 480).
VRIJSTELLING_AANGIFTEPLICHT = SV.bepaling("160", lid="2")
#: Art. 5.2.6 Wmo 2015: derden die beroepshalve beschikken over inlichtingen die
#: noodzakelijk kunnen worden geacht om een situatie van huiselijk geweld of
#: kindermishandeling te beëindigen of een redelijk vermoeden daarvan te
#: onderzoeken, kunnen die desgevraagd of uit eigen beweging aan Veilig Thuis
#: verstrekken, zonder toestemming en indien nodig met doorbreking van hun
#: geheimhoudingsplicht (tekst van 1 januari en 1 juli 2026; 003 r. 578).
MELDRECHT_VEILIG_THUIS = WMO_2015.bepaling("5.2.6")
#: Art. 1:240 BW: wie een geheimhoudingsplicht heeft, kan zonder toestemming
#: inlichtingen aan de Raad voor de Kinderbescherming verstrekken als dat
#: noodzakelijk kan worden geacht voor de uitvoering van diens taken (003 r. 582).
MELDRECHT_RAAD = BW_BOEK_1.bepaling("1:240")
#: De plicht van de organisatie een meldcode vast te stellen: art. 3.3 Wmo 2015
#: (aanbieders van maatschappelijke ondersteuning), art. 4.1.7 Jeugdwet
#: (jeugdhulpaanbieders en gecertificeerde instellingen) en art. 8 Wkkgz
#: (zorgaanbieders).  De handreiking noemt art. 4.1.7 Jeugdwet en art. 8 Wkkgz
#: naast art. 5.2.6 Wmo 2015 bij het meldrecht (r. 578); het zijn
#: meldcodebepalingen, geen meldrechten.
MELDCODEPLICHT = (WMO_2015.bepaling("3.3"), JEUGDWET.bepaling("4.1.7"), WKKGZ.bepaling("8"))

_R_AANGIFTE = passage(4001, 4361, 4419)

#: De verstrekking is een aangifte bij de politie: de ontvanger is de politie en
#: het doel is aangifte (003 r. 458 voor zorg- en hulpverleners; r. 4001, 4361,
#: 4419 voor gemeenten en scholen).
aangifte_bij_politie: Regel = all_of(
    afgeleid(
        Afgeleid.ONTVANGER_POLITIE,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger de politie?",
        waarom=(AANGIFTEBEVOEGDHEID,),
        bron=passage(458, 4001, 4361, 4419),
    ),
    afgeleid(
        Afgeleid.DOEL_AANGIFTE,
        sleutel="doel",
        vraag="Is het doel het doen van aangifte?",
        waarom=(AANGIFTEBEVOEGDHEID,),
        bron=passage(458, 4001, 4361, 4419),
    ),
    label="Aangifte bij de politie",
    cites=(AANGIFTEBEVOEGDHEID, *passage(458, 4001, 4361, 4419)),
)

#: De aangifte-route: de ontvanger is de politie, het doel is aangifte, en er
#: is een strafbaar feit gepleegd waarvan de verstrekker kennis draagt.  Dan
#: hoeft de rest van het stappenplan niet te worden doorlopen (003 r. 4001,
#: 4361); toestemming is niet nodig (r. 4419).  Of van de bevoegdheid gebruik
#: wordt gemaakt, beslist wie het feit constateert.  De route geldt voor "deze
#: informatie" (r. 4001): gewone en strafrechtelijke gegevens over het feit.
#: Vraagt de verstrekking ook bijzondere persoonsgegevens of het BSN, dan volgt
#: privacyrecht het gewone stappenplan (te beoordelen).
aangifte: Regel = all_of(
    *aangifte_bij_politie.children(),
    feit(Feit.STRAFBAAR_FEIT, waarom=(AANGIFTEBEVOEGDHEID,), bron=_R_AANGIFTE),
    afgeleid(
        Afgeleid.ALLEEN_GEGEVENS_OVER_HET_FEIT,
        sleutel="gegevens",
        vraag=(
            "Gaat het alleen om gewone en strafrechtelijke gegevens over het strafbare feit? "
            "Voor bijzondere persoonsgegevens of het BSN geldt het gewone stappenplan."
        ),
        waarom=(AANGIFTEBEVOEGDHEID,),
        bron=_R_AANGIFTE,
    ),
    label="Aangifte bij de politie van een gepleegd strafbaar feit (art. 161 Sv)",
    cites=(AANGIFTEBEVOEGDHEID, *_R_AANGIFTE),
)

#: De verstrekking valt binnen de reikwijdte van de openbare-ordetaak van de
#: burgemeester; dan "lift u mee op de grondslag van de oorspronkelijke
#: verwerking", art. 6 lid 1 onder e AVG jo. art. 172 Gemeentewet (003 r. 4137,
#: 4141).  Dat is een oordeel.
binnen_openbare_ordetaak: Regel = oordeel(
    Toets.BINNEN_REIKWIJDTE_TAAK,
    waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, OPENBARE_ORDE),
    bron=passage(4137, 4141, 4153),
)

#: Taak van algemeen belang van de school: de zorg voor de sociale (en
#: daarmee ook fysieke) veiligheid van leerlingen op school (003 r. 4459–4467).
#: Speelt het geweld zich niet op school af maar bijvoorbeeld thuis, dan is een
#: beroep op deze taak niet mogelijk (r. 4477).
veiligheid_op_school: Regel = feit(
    Feit.VEILIGHEID_OP_SCHOOL,
    waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, *ZORGPLICHT_VEILIGHEID),
    bron=passage(4463, 4467, 4477),
)


def _doel(key: Afgeleid, vraag: str, *regels: int) -> Regel:
    return afgeleid(
        key,
        sleutel="doel",
        vraag=vraag,
        waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, OPENBARE_ORDE),
        bron=passage(*regels),
    )


#: De verstrekking dient de openbare-ordetaak van de burgemeester: het doel is de
#: handhaving van de openbare orde, of het voorkomen van excessief geweld waar
#: dat de openbare orde verstoort, wat de professional oordeelt (003 r. 3960,
#: 4099: "alleen zolang dit noodzakelijk is met het oog op het handhaven van de
#: openbare orde door het voorkomen van excessief geweld").
openbare_ordedoel: Regel = any_of(
    _doel(Afgeleid.DOEL_OPENBARE_ORDE, "Is het doel de handhaving van de openbare orde?", 4099),
    all_of(
        _doel(
            Afgeleid.DOEL_VOORKOMEN_GEWELD, "Is het doel het voorkomen van excessief geweld?", 3960
        ),
        binnen_openbare_ordetaak,
        label=(
            "Het voorkomen van excessief geweld valt hier binnen de openbare-ordetaak "
            "(er is sprake van verstoring van de openbare orde)"
        ),
        cites=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, OPENBARE_ORDE, *passage(3960)),
    ),
    label=(
        "Het doel is de handhaving van de openbare orde, of het voorkomen van excessief "
        "geweld binnen de openbare-ordetaak"
    ),
    cites=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, OPENBARE_ORDE, *passage(3960, 4099)),
)

_R_INTERN = passage(4369)

#: Delen binnen de school: met een collega die bij de leerling betrokken is, om de
#: leerling te begeleiden bij het doorlopen van de school (003 r. 4367–4369).  De
#: handreiking noemt geen grondslag; de stappenplannen nemen de onderwijstaak
#: (art. 6 lid 1 onder e AVG) en melden dat als keuze ter beoordeling.
intern_delen: Regel = all_of(
    feit(Feit.BINNEN_EIGEN_ORGANISATIE, waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG,), bron=_R_INTERN),
    afgeleid(
        Afgeleid.DOEL_BEGELEIDING,
        sleutel="doel",
        vraag="Is het doel de begeleiding van de leerling?",
        waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG,),
        bron=_R_INTERN,
    ),
    feit(
        Feit.ONTVANGER_BETROKKEN_BIJ_LEERLING,
        waarom=(GRONDSLAG_TAAK_ALGEMEEN_BELANG,),
        bron=_R_INTERN,
    ),
    label="Delen binnen de school met een betrokken collega, voor de begeleiding van de leerling",
    cites=(GRONDSLAG_TAAK_ALGEMEEN_BELANG, *passage(4367, 4369)),
)


_R_VT = passage(576, 578, 6034)

#: Het meld- en informatierecht bij een vermoeden van huiselijk geweld of
#: kindermishandeling (art. 5.2.6 Wmo 2015, 003 r. 578): de ontvanger is Veilig
#: Thuis, er is zo'n vermoeden, en de inlichtingen kunnen noodzakelijk worden
#: geacht om de situatie te beëindigen of het vermoeden te onderzoeken.  Dat
#: laatste zegt de wet, niet de handreiking; het is een oordeel.  Een recht, geen
#: plicht (r. 574), ook als Veilig Thuis erom vraagt.
meldrecht_veilig_thuis: Regel = all_of(
    afgeleid(
        Afgeleid.ONTVANGER_VEILIG_THUIS,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger Veilig Thuis?",
        waarom=(MELDRECHT_VEILIG_THUIS,),
        bron=_R_VT,
    ),
    feit(Feit.VERMOEDEN_HUISELIJK_GEWELD, waarom=(MELDRECHT_VEILIG_THUIS,), bron=_R_VT),
    oordeel(Toets.NOODZAKELIJK_VOOR_VEILIG_THUIS, waarom=(MELDRECHT_VEILIG_THUIS,), bron=_R_VT),
    label="Meldrecht Veilig Thuis bij een vermoeden van huiselijk geweld of kindermishandeling (art. 5.2.6 Wmo 2015)",
    cites=(MELDRECHT_VEILIG_THUIS, *_R_VT),
)

_R_RAAD = passage(580, 582, 6028)

#: Het meldrecht tegenover de Raad voor de Kinderbescherming (art. 1:240 BW,
#: 003 r. 582, 6028): de ontvanger is de Raad en de verstrekking kan noodzakelijk
#: zijn voor de uitvoering van diens taken; "De RvdK moet dan goed onderbouwen
#: waarom de gegevens noodzakelijk zijn" (r. 582).  Dat weegt de professional.
meldrecht_raad: Regel = all_of(
    afgeleid(
        Afgeleid.ONTVANGER_RAAD,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger de Raad voor de Kinderbescherming?",
        waarom=(MELDRECHT_RAAD,),
        bron=_R_RAAD,
    ),
    oordeel(Toets.NOODZAKELIJK_VOOR_RAAD, waarom=(MELDRECHT_RAAD,), bron=_R_RAAD),
    label="Meldrecht tegenover de Raad voor de Kinderbescherming (art. 1:240 BW)",
    cites=(MELDRECHT_RAAD, *_R_RAAD),
)
