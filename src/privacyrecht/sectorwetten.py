"""Sectorwetgeving zoals de handreiking die gebruikt.

* Wetboek van Strafvordering: de aangiftebevoegdheid van art. 161 (003
  r. 4001, 4361, 4419).
* Gemeentewet: de openbare-ordetaak van de burgemeester, art. 172 lid 1
  (003 r. 3958–3960, 4141).
* Onderwijswetten: de zorg voor de veiligheid op school, art. 4c WPO,
  art. 3.40 WVO 2020 en art. 5a WEC (003 r. 4304, 4459–4467).

>>> str(AANGIFTEBEVOEGDHEID)
'art. 161 Sv'
"""

from __future__ import annotations

from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import all_of
from privacyrecht.avg import GRONDSLAG_TAAK_ALGEMEEN_BELANG
from privacyrecht.bronnen import GEMEENTEWET, SV, WEC, WPO, WVO_2020, passage
from privacyrecht.feiten import Feit, Toets

__all__ = [
    "AANGIFTEBEVOEGDHEID",
    "OPENBARE_ORDE",
    "ZORGPLICHT_VEILIGHEID",
    "aangifte",
    "binnen_openbare_ordetaak",
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

_R_AANGIFTE = passage(4001, 4361, 4419)

#: De aangifte-route: de ontvanger is de politie, het doel is aangifte, en er
#: is een strafbaar feit gepleegd waarvan de verstrekker kennis draagt.  Dan
#: hoeft de rest van het stappenplan niet te worden doorlopen (003 r. 4001,
#: 4361); toestemming is niet nodig (r. 4419).  Of van de bevoegdheid gebruik
#: wordt gemaakt, beslist wie het feit constateert.  De route geldt voor "deze
#: informatie" (r. 4001): gewone en strafrechtelijke gegevens over het feit.
#: Vraagt de verstrekking ook bijzondere persoonsgegevens of het BSN, dan volgt
#: privacyrecht het gewone stappenplan (te beoordelen).
aangifte: Regel = all_of(
    afgeleid(
        Afgeleid.ONTVANGER_POLITIE,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger de politie?",
        waarom=(AANGIFTEBEVOEGDHEID,),
        bron=_R_AANGIFTE,
    ),
    afgeleid(
        Afgeleid.DOEL_AANGIFTE,
        sleutel="doel",
        vraag="Is het doel het doen van aangifte?",
        waarom=(AANGIFTEBEVOEGDHEID,),
        bron=_R_AANGIFTE,
    ),
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
