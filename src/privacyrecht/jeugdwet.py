"""Jeugdwet: het beroepsgeheim van art. 7.3.11, de verwijsindex en de meldplichten.

Art. 7.3.11 Jeugdwet (tekst van 1 januari 2026) heeft vijf leden:

1. De jeugdhulpverlener draagt er zorg voor dat aan anderen dan de
   betrokkene geen inlichtingen over de betrokkene, inzage in of afschrift
   van het dossier worden verstrekt dan met toestemming van de betrokkene;
   een verstrekking geschiedt slechts voor zover daardoor de persoonlijke
   levenssfeer van een ander niet wordt geschaad.  Verplicht een wettelijk
   voorschrift tot verstrekken, dan kan dat zonder die beperkingen
   (:data:`BEROEPSGEHEIM`, :func:`toestemming_lid_1`).
2. Niet als "anderen" gelden (a) wie rechtstreeks betrokken is bij de
   verlening van de jeugdhulp, en de vervanger van de jeugdhulpverlener, voor
   zover de verstrekking noodzakelijk is voor de door hen te verrichten
   werkzaamheden; (b) wie op grond van de Jeugdwet toestemming moet geven
   (:data:`RECHTSTREEKS_BETROKKENEN`, :data:`rechtstreeks_betrokken`).
3. Zou de jeugdhulpverlener met de verstrekking niet de zorg van een goed
   jeugdhulpverlener in acht nemen, dan laat hij haar achterwege
   (:data:`goed_jeugdhulpverlener`).
4. Derden die beroepshalve beschikken over inlichtingen over een minderjarige
   die onder toezicht is gesteld, verstrekken die desgevraagd aan de
   gecertificeerde instelling die de ondertoezichtstelling uitvoert, en mogen
   dat uit eigen beweging, als dat noodzakelijk kan worden geacht voor de
   uitvoering van de ondertoezichtstelling — zonder toestemming en zo nodig met
   doorbreking van de geheimhoudingsplicht (:data:`ots_informatieplicht`,
   :data:`ots_informatierecht`; 003 r. 545–547, 6015).
5. Bij regeling van Onze Ministers kunnen regels worden gesteld
   (:data:`DELEGATIE`; geen regel voor een verstrekking).

De handreiking noemt daarnaast de melding in de verwijsindex risicojongeren
(art. 7.1.4.1, 003 r. 586–590, 6032), de meldcode (art. 4.1.7, r. 578) en
de meldplicht bij calamiteiten en geweld bij de jeugdhulp (art. 4.1.8,
r. 6016).

Lid 2 onder b (wie toestemming moet geven voor de jeugdhulp is geen "ander")
en lid 5 zijn niet als regel gecodeerd: de ouder die toestemming moet geven
komt in de stappenplannen alleen voor als toestemminggever.

>>> str(OTS_INFORMATIEPLICHT)
'art. 7.3.11 lid 4 Jeugdwet'
"""

from __future__ import annotations

from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel
from privacyrecht._casus import Afgeleid
from privacyrecht._engine import all_of
from privacyrecht.bronnen import HANDVAT, JEUGDWET, passage
from privacyrecht.feiten import Feit, Toets

__all__ = [
    "BEROEPSGEHEIM",
    "DELEGATIE",
    "GECERTIFICEERDE_INSTELLING",
    "GOED_JEUGDHULPVERLENER",
    "MELDCODE",
    "MELDINGSBEVOEGDE",
    "MELDPLICHT_CALAMITEITEN",
    "OTS_INFORMATIEPLICHT",
    "RECHTSTREEKS_BETROKKENEN",
    "VERWIJSINDEX_BSN",
    "VERWIJSINDEX_JEUGDIGE",
    "VERWIJSINDEX_MELDING",
    "goed_jeugdhulpverlener",
    "meldplicht_calamiteiten",
    "ots_informatieplicht",
    "ots_informatierecht",
    "rechtstreeks_betrokken",
    "toestemming_lid_1",
    "verwijsindex_melding",
]

#: Art. 7.3.11 lid 1: het beroepsgeheim van de jeugdhulpverlener (003 r. 422, 5902, 5936).
BEROEPSGEHEIM = JEUGDWET.bepaling("7.3.11", lid="1")
#: Art. 7.3.11 lid 2 onder a: rechtstreeks betrokkenen en de vervanger zijn geen "anderen".
RECHTSTREEKS_BETROKKENEN = JEUGDWET.bepaling("7.3.11", lid="2", onder="a")
#: Art. 7.3.11 lid 3: de zorg van een goed jeugdhulpverlener.
GOED_JEUGDHULPVERLENER = JEUGDWET.bepaling("7.3.11", lid="3")
#: Art. 7.3.11 lid 4: inlichtingen aan de gecertificeerde instelling bij een
#: ondertoezichtstelling (desgevraagd een plicht, uit eigen beweging een recht).
OTS_INFORMATIEPLICHT = JEUGDWET.bepaling("7.3.11", lid="4")
#: Art. 7.3.11 lid 5: regels bij regeling van Onze Ministers.
DELEGATIE = JEUGDWET.bepaling("7.3.11", lid="5")
#: Art. 7.1.4.1: melding van een jeugdige in de verwijsindex risicojongeren.
VERWIJSINDEX_MELDING = JEUGDWET.bepaling("7.1.4.1")
#: Art. 7.1.1.1: een jeugdige is (voor de verwijsindex) jonger dan 23 jaar.
VERWIJSINDEX_JEUGDIGE = JEUGDWET.bepaling("7.1.1.1")
#: Art. 7.1.1.2: wie meldingsbevoegd is.
MELDINGSBEVOEGDE = JEUGDWET.bepaling("7.1.1.2")
#: Art. 7.1.4.2: een melding wordt gekoppeld aan het burgerservicenummer.
VERWIJSINDEX_BSN = JEUGDWET.bepaling("7.1.4.2")
#: Art. 7.3.1 lid 1: §7.3 (met art. 7.3.11) geldt ook voor de gecertificeerde
#: instelling bij jeugdbescherming en jeugdreclassering.
GECERTIFICEERDE_INSTELLING = JEUGDWET.bepaling("7.3.1", lid="1")
#: Art. 4.1.7: de jeugdhulpaanbieder en de gecertificeerde instelling stellen een
#: meldcode huiselijk geweld en kindermishandeling vast.
MELDCODE = JEUGDWET.bepaling("4.1.7")
#: Art. 4.1.8: meldplicht van de aanbieder bij calamiteiten en geweld bij de
#: verlening van jeugdhulp (003 r. 6016).
MELDPLICHT_CALAMITEITEN = JEUGDWET.bepaling("4.1.8")

_R_OTS = passage(545, 547, 6015)


_AAN_GI = afgeleid(
    Afgeleid.ONTVANGER_GI,
    sleutel="ontvanger.organisatie",
    vraag="Is de ontvanger de gecertificeerde instelling?",
    waarom=(OTS_INFORMATIEPLICHT,),
    bron=_R_OTS,
)
_OTS = feit(Feit.ONDERTOEZICHTSTELLING, waarom=(OTS_INFORMATIEPLICHT,), bron=_R_OTS)
_NOODZAKELIJK_VOOR_OTS = oordeel(
    Toets.NOODZAKELIJK_VOOR_OTS, waarom=(OTS_INFORMATIEPLICHT,), bron=_R_OTS
)

#: Art. 7.3.11 lid 4, desgevraagd: de informatieplicht bij ondertoezichtstelling.
#: De jeugdige is door de rechter onder toezicht gesteld, de gecertificeerde
#: instelling die de ondertoezichtstelling uitvoert vraagt om informatie en
#: onderbouwt in dat verzoek waarom die noodzakelijk is (003 r. 547), en de
#: inlichtingen kunnen noodzakelijk worden geacht voor de uitvoering van de
#: ondertoezichtstelling.  Dan hebben "alle professionals" een informatieplicht.
ots_informatieplicht: Regel = all_of(
    _AAN_GI,
    _OTS,
    feit(Feit.VERZOEK_GI, waarom=(OTS_INFORMATIEPLICHT,), bron=_R_OTS),
    feit(Feit.VERZOEK_ONDERBOUWD, waarom=(OTS_INFORMATIEPLICHT,), bron=passage(547)),
    _NOODZAKELIJK_VOOR_OTS,
    label="De gecertificeerde instelling vraagt met redenen om informatie voor de ondertoezichtstelling",
    cites=(OTS_INFORMATIEPLICHT, *_R_OTS),
)

#: Art. 7.3.11 lid 4, uit eigen beweging: het recht om de gecertificeerde
#: instelling te informeren als de inlichtingen noodzakelijk kunnen worden
#: geacht voor de uitvoering van de ondertoezichtstelling.  De handreiking
#: noemt alleen de plicht (r. 547); het recht staat in de wet.
ots_informatierecht: Regel = all_of(
    _AAN_GI,
    _OTS,
    _NOODZAKELIJK_VOOR_OTS,
    label="De inlichtingen zijn noodzakelijk voor de ondertoezichtstelling (uit eigen beweging)",
    cites=(OTS_INFORMATIEPLICHT, *_R_OTS),
)

_R_VIR = passage(586, 590, 6032)

#: Art. 7.1.4.1: een meldingsbevoegde (art. 7.1.1.2) kan zonder toestemming en zo
#: nodig met doorbreking van de geheimhoudingsplicht een jeugdige (jonger dan 23
#: jaar, art. 7.1.1.1) melden bij een redelijk vermoeden dat de jeugdige door een
#: van de risico's van onderdeel a–l daadwerkelijk wordt bedreigd in de
#: noodzakelijke condities voor een gezonde en veilige ontwikkeling naar
#: volwassenheid (003 r. 586).  In de verwijsindex wordt geen informatie
#: gedeeld: de handreiking zegt "alleen de naam van de jongere en wie de
#: melding heeft gedaan" (r. 586); de wet slaat naast het BSN van de jeugdige
#: uitsluitend gegevens van de melder op (art. 7.1.4.2–7.1.4.3).  Privacyrecht
#: laat daarom alleen gewone persoonsgegevens en het BSN toe.
verwijsindex_melding: Regel = all_of(
    afgeleid(
        Afgeleid.ONTVANGER_VERWIJSINDEX,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger de verwijsindex risicojongeren?",
        waarom=(VERWIJSINDEX_MELDING,),
        bron=_R_VIR,
    ),
    feit(Feit.MELDINGSBEVOEGDE, waarom=(MELDINGSBEVOEGDE, VERWIJSINDEX_MELDING), bron=_R_VIR),
    afgeleid(
        Afgeleid.JONGER_DAN_23,
        sleutel="betrokkene.leeftijd",
        vraag="Hoe oud is de jongere? Een melding in de verwijsindex kan tot 23 jaar.",
        label="Is de jongere jonger dan 23 jaar?",
        waarom=(VERWIJSINDEX_JEUGDIGE, VERWIJSINDEX_MELDING),
        bron=passage(586),
    ),
    oordeel(Toets.RISICO_ONTWIKKELING, waarom=(VERWIJSINDEX_MELDING,), bron=_R_VIR),
    afgeleid(
        Afgeleid.ALLEEN_IDENTITEIT,
        sleutel="gegevens",
        vraag=(
            "Meldt u alleen wie de jongere is? In de verwijsindex wordt geen informatie gedeeld, "
            "alleen de naam van de jongere en wie de melding heeft gedaan."
        ),
        label="Gaat het alleen om wie de jongere is (gewone persoonsgegevens en het BSN)?",
        waarom=(VERWIJSINDEX_MELDING, VERWIJSINDEX_BSN),
        bron=passage(586),
    ),
    label="Melding in de verwijsindex risicojongeren (art. 7.1.4.1 Jeugdwet)",
    cites=(VERWIJSINDEX_MELDING, *_R_VIR),
)

#: Art. 4.1.8: de jeugdhulpaanbieder en de gecertificeerde instelling melden een
#: calamiteit of geweld bij de verlening van jeugdhulp, jeugdbescherming of
#: jeugdreclassering onverwijld aan de toezichthouder (de Inspectie).  De
#: handreiking spreekt van "aanbieders/werkgevers" (003 r. 6016); de wet noemt
#: de jeugdhulpaanbieder en de gecertificeerde instelling.
meldplicht_calamiteiten: Regel = all_of(
    afgeleid(
        Afgeleid.VERSTREKKER_AANBIEDER_JEUGDHULP,
        sleutel="verstrekker.organisatie",
        vraag="Is de verstrekker een jeugdhulpaanbieder of gecertificeerde instelling?",
        waarom=(MELDPLICHT_CALAMITEITEN,),
        bron=passage(6016),
    ),
    afgeleid(
        Afgeleid.ONTVANGER_INSPECTIE,
        sleutel="ontvanger.organisatie",
        vraag="Is de ontvanger de Inspectie Gezondheidszorg en Jeugd?",
        waarom=(MELDPLICHT_CALAMITEITEN,),
        bron=passage(6016),
    ),
    feit(Feit.CALAMITEIT_OF_GEWELD, waarom=(MELDPLICHT_CALAMITEITEN,), bron=passage(6016)),
    label="Meldplicht bij een calamiteit of geweld bij de jeugdhulp (art. 4.1.8 Jeugdwet)",
    cites=(MELDPLICHT_CALAMITEITEN, *passage(6016)),
)

#: Art. 7.3.11 lid 2 onder a: wie rechtstreeks betrokken is bij de jeugdhulp,
#: en de vervanger, geldt niet als "ander", voor zover de verstrekking
#: noodzakelijk is voor diens werkzaamheden (ook 002 r. 1137–1139).  Ook dan
#: laat de jeugdhulpverlener een verstrekking achterwege die niet strookt met de
#: zorg van een goed jeugdhulpverlener (lid 3).
rechtstreeks_betrokken: Regel = all_of(
    feit(
        Feit.RECHTSTREEKS_BETROKKEN,
        waarom=(RECHTSTREEKS_BETROKKENEN,),
        bron=passage(1137, 1139, bestand=HANDVAT),
    ),
    oordeel(
        Toets.NOODZAKELIJK_VOOR_WERKZAAMHEDEN,
        waarom=(RECHTSTREEKS_BETROKKENEN,),
        bron=passage(1139, bestand=HANDVAT),
    ),
    oordeel(
        Toets.GOED_JEUGDHULPVERLENER, waarom=(GOED_JEUGDHULPVERLENER,), bron=passage(422, 5936)
    ),
    label="De ontvanger is rechtstreeks betrokken en heeft de gegevens nodig voor zijn werk",
    cites=(RECHTSTREEKS_BETROKKENEN, *passage(1137, 1139, bestand=HANDVAT)),
)

#: Art. 7.3.11 lid 3: met de verstrekking neemt de jeugdhulpverlener de zorg van
#: een goed jeugdhulpverlener in acht.
goed_jeugdhulpverlener: Regel = oordeel(
    Toets.GOED_JEUGDHULPVERLENER, waarom=(GOED_JEUGDHULPVERLENER,), bron=passage(422, 5936)
)


def toestemming_lid_1(geldige_toestemming: Regel) -> Regel:
    """Art. 7.3.11 lid 1 en 3: verstrekking met toestemming, binnen de grenzen van het artikel.

    ``geldige_toestemming`` is de toestemming om het beroepsgeheim te doorbreken
    (:func:`privacyrecht.beroepsgeheim.toestemming_doorbreking`); daarbij mag de
    persoonlijke levenssfeer van een ander niet worden geschaad (lid 1) en neemt
    de jeugdhulpverlener de zorg van een goed jeugdhulpverlener in acht (lid 3).
    """
    return all_of(
        geldige_toestemming,
        oordeel(Toets.LEVENSSFEER_ANDER, waarom=(BEROEPSGEHEIM,), bron=passage(5936)),
        goed_jeugdhulpverlener,
        label="Toestemming, zonder schade aan de levenssfeer van een ander (art. 7.3.11 lid 1 en 3 Jeugdwet)",
        cites=(BEROEPSGEHEIM, GOED_JEUGDHULPVERLENER, *passage(422, 5936)),
    )
