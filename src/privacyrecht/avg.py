"""AVG en UAVG: de regels voor het verstrekken van persoonsgegevens.

In de volgorde van de verordening: begrippen (art. 4), beginselen (art. 5),
grondslagen (art. 6 lid 1, lid 3 en lid 4), bijzondere categorieën (art. 9
met art. 22–30 UAVG), strafrechtelijke gegevens (art. 10 met art. 31–33
UAVG) en het burgerservicenummer (art. 46 UAVG).  Elke regel citeert het
artikel dat zij codeert en de passage van de handreiking
(``003_026876f3936cad21.txt``) waaruit zij komt.

De UAVG volgt de tekst die geldt vanaf 1 september 2026 (zie
:data:`privacyrecht.bronnen.UAVG`).

>>> str(GRONDSLAG_TAAK_ALGEMEEN_BELANG)
'art. 6 lid 1 onder e AVG'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, TypeAlias

import attrs

from privacyrecht._bladeren import Regel, afgeleid, feit, oordeel, vervulde_bepalingen
from privacyrecht._casus import Afgeleid, Casus, heeft_categorie
from privacyrecht._engine import Truth, all_of, any_of, const, implies, unless
from privacyrecht.beoordeling import Antwoord, OpenVraag
from privacyrecht.bronnen import AVG, UAVG, Bepaling, Passage, passage
from privacyrecht.feiten import ARTIKEL_9_CATEGORIEEN, Feit, Gegevenscategorie, Toets, Verstrekking

__all__ = [
    "BEGINSELEN",
    "BEGINSELEN_BEPALINGEN",
    "BSN_TOEGESTAAN",
    "GRONDSLAG_GERECHTVAARDIGD_BELANG",
    "GRONDSLAG_OVEREENKOMST",
    "GRONDSLAG_TAAK_ALGEMEEN_BELANG",
    "GRONDSLAG_TOESTEMMING",
    "GRONDSLAG_VITAAL_BELANG",
    "GRONDSLAG_WETTELIJKE_VERPLICHTING",
    "NOODZAKELIJK",
    "NOODZAKELIJKHEID",
    "PERSOONSGEGEVEN",
    "RECHTSGROND_LIDSTATELIJK_RECHT",
    "VERBOD_BIJZONDERE_CATEGORIEEN",
    "VERBOD_STRAFRECHTELIJKE_GEGEVENS",
    "VOORBEELDEN",
    "Extra",
    "Indeling",
    "Toetsing",
    "categorie_mag_mee",
    "deel_in",
    "gerechtvaardigd_belang",
    "overeenkomst",
    "persoonsgegeven",
    "toestemming",
    "toets",
    "uitdrukkelijke_toestemming",
    "uitzondering_art9",
    "uitzondering_art10",
    "verenigbaar",
    "vitaal_belang",
    "voldoet_aan_beginselen",
    "voor_alle_gevraagde",
    "wettelijke_verplichting",
]

# --- Bepalingen -------------------------------------------------------------

PERSOONSGEGEVEN = AVG.bepaling("4", onder="1")
BEGINSELEN = AVG.bepaling("5", lid="1")
VERANTWOORDINGSPLICHT = AVG.bepaling("5", lid="2")
GRONDSLAG_TOESTEMMING = AVG.bepaling("6", lid="1", onder="a")
GRONDSLAG_OVEREENKOMST = AVG.bepaling("6", lid="1", onder="b")
GRONDSLAG_WETTELIJKE_VERPLICHTING = AVG.bepaling("6", lid="1", onder="c")
GRONDSLAG_VITAAL_BELANG = AVG.bepaling("6", lid="1", onder="d")
GRONDSLAG_TAAK_ALGEMEEN_BELANG = AVG.bepaling("6", lid="1", onder="e")
GRONDSLAG_GERECHTVAARDIGD_BELANG = AVG.bepaling("6", lid="1", onder="f")
GRONDSLAGEN = AVG.bepaling("6", lid="1")
RECHTSGROND_LIDSTATELIJK_RECHT = AVG.bepaling("6", lid="3")
VERENIGBAARHEID = AVG.bepaling("6", lid="4")
VERBOD_BIJZONDERE_CATEGORIEEN = AVG.bepaling("9", lid="1")
VERBOD_STRAFRECHTELIJKE_GEGEVENS = AVG.bepaling("10")
NOODZAKELIJKHEID = AVG.bepaling("5", lid="1", onder="c")
BEGINSELEN_BEPALINGEN: Mapping[Toets, Bepaling] = MappingProxyType(
    {
        Toets.RECHTMATIGHEID: AVG.bepaling("5", lid="1", onder="a"),
        Toets.DOELBINDING: AVG.bepaling("5", lid="1", onder="b"),
        Toets.MINIMALE_GEGEVENSVERWERKING: AVG.bepaling("5", lid="1", onder="c"),
        Toets.JUISTHEID: AVG.bepaling("5", lid="1", onder="d"),
        Toets.OPSLAGBEPERKING: AVG.bepaling("5", lid="1", onder="e"),
        Toets.INTEGRITEIT: AVG.bepaling("5", lid="1", onder="f"),
    }
)
UAVG_TOESTEMMING_MINDERJARIGE = UAVG.bepaling("5", lid="1")
UAVG_BSN = UAVG.bepaling("46", lid="1")

_R_PERSOONSGEGEVEN = passage(4031, 4403, 4771)
_R_NOODZAKELIJK = passage(4162, 4174, 4178, 5017, 5019)

# --- Art. 4: persoonsgegeven -----------------------------------------------

#: Art. 4 onder 1 AVG: alle informatie over een geïdentificeerde of
#: identificeerbare natuurlijke persoon.  Het weglaten van een naam maakt een
#: gegeven niet anoniem als toch duidelijk is om wie het gaat (003 r. 4403).
persoonsgegeven: Regel = feit(
    Feit.IDENTIFICEERBAAR, waarom=(PERSOONSGEGEVEN,), bron=_R_PERSOONSGEGEVEN
)

# --- Art. 5: beginselen (oordelen) -----------------------------------------

#: Art. 5 lid 1 AVG: de zes beginselen, elk een oordeel van de professional
#: (003 r. 4208–4210, 4590–4592, 4847–4899).  De verantwoordingsplicht van
#: lid 2 (r. 4905) maakt dat elk oordeel gemotiveerd wordt vastgelegd.
voldoet_aan_beginselen: Regel = all_of(
    *(
        oordeel(t, waarom=(b, VERANTWOORDINGSPLICHT), bron=passage(4210, 4592, 4847))
        for t, b in BEGINSELEN_BEPALINGEN.items()
    ),
    label="De verstrekking voldoet aan de beginselen van art. 5 AVG",
    cites=(BEGINSELEN, VERANTWOORDINGSPLICHT, *passage(4208, 4592)),
)

# --- Noodzakelijkheid -------------------------------------------------------

#: Noodzakelijkheid: de grondslagen van art. 6 lid 1 onder b–f eisen dat de
#: verwerking noodzakelijk is; daarin liggen proportionaliteit (effectiviteit
#: en evenredigheid) en subsidiariteit besloten (003 r. 4162–4178, 5017–5027).
NOODZAKELIJK: Regel = all_of(
    oordeel(
        Toets.PROPORTIONALITEIT, waarom=(GRONDSLAGEN, NOODZAKELIJKHEID), bron=passage(4178, 5023)
    ),
    oordeel(Toets.SUBSIDIARITEIT, waarom=(GRONDSLAGEN, NOODZAKELIJKHEID), bron=passage(4174, 5027)),
    label="De verstrekking is noodzakelijk (proportioneel en subsidiair)",
    cites=(GRONDSLAGEN, NOODZAKELIJKHEID, *_R_NOODZAKELIJK),
)

# --- Art. 6 lid 1: grondslagen ----------------------------------------------


def toestemming(*, leeftijdsregel: Literal["leerling", "uavg"], bron: tuple[int, ...]) -> Regel:
    """Art. 6 lid 1 onder a AVG: geldige toestemming.

    Geldig is toestemming die vrij, specifiek en geïnformeerd (ook over met wie
    de gegevens worden gedeeld) en ondubbelzinnig is gegeven (003 r. 4942–4974,
    4415), door de juiste persoon: ``leeftijdsregel`` kiest de regel van
    :mod:`privacyrecht.toestemming` (``"uavg"``: art. 5 lid 1 UAVG; ``"leerling"``:
    die van de handreiking voor leerlingen, r. 4425–4427).  ``bron`` zijn de
    regels van de handreiking waar de toestemming wordt behandeld.
    """
    juiste_personen = (
        Afgeleid.TOESTEMMING_JUISTE_PERSONEN_ONDERWIJS
        if leeftijdsregel == "leerling"
        else Afgeleid.TOESTEMMING_JUISTE_PERSONEN_UAVG
    )
    waarom = (GRONDSLAG_TOESTEMMING,)
    r = passage(*bron)

    def detail(key: Afgeleid, veld: str, vraag: str) -> Regel:
        return afgeleid(key, sleutel=f"toestemming.{veld}", vraag=vraag, waarom=waarom, bron=r)

    return all_of(
        feit(Feit.TOESTEMMING_GEGEVEN, waarom=waarom, bron=r),
        detail(
            Afgeleid.TOESTEMMING_VRIJ,
            "vrij",
            "Is de toestemming vrij gegeven, met een echte keuze om te weigeren zonder nadelige gevolgen?",
        ),
        detail(
            Afgeleid.TOESTEMMING_SPECIFIEK,
            "specifiek",
            "Is de toestemming specifiek: voor deze gegevens, deze ontvanger en dit doel?",
        ),
        detail(
            Afgeleid.TOESTEMMING_GEINFORMEERD,
            "geinformeerd",
            "Is de betrokkene geïnformeerd over wat er met de gegevens gebeurt en aan wie ze worden verstrekt?",
        ),
        detail(
            Afgeleid.TOESTEMMING_ONDUBBELZINNIG,
            "ondubbelzinnig",
            "Staat buiten twijfel dat de toestemming is gegeven?",
        ),
        afgeleid(
            juiste_personen,
            sleutel="betrokkene.leeftijd",
            vraag=(
                "Hoe oud is de betrokkene? Daarvan hangt af wie toestemming moet geven "
                "(ouder, ouder en kind samen, of de betrokkene zelf)."
            ),
            label="Gaven de juiste personen toestemming, gelet op de leeftijd van de betrokkene?",
            waarom=(GRONDSLAG_TOESTEMMING, UAVG_TOESTEMMING_MINDERJARIGE),
            bron=r,
        ),
        label="Er is geldige toestemming (art. 6 lid 1 onder a AVG)",
        cites=(GRONDSLAG_TOESTEMMING, UAVG_TOESTEMMING_MINDERJARIGE, *r),
    )


#: Art. 6 lid 1 onder b AVG: noodzakelijk voor een overeenkomst waarbij de
#: betrokkene partij is (003 r. 4976–4978).
overeenkomst: Regel = feit(Feit.OVEREENKOMST, waarom=(GRONDSLAG_OVEREENKOMST,), bron=passage(4978))

#: Art. 6 lid 1 onder c AVG: noodzakelijk om te voldoen aan een wettelijke
#: verplichting die op de verstrekker rust (003 r. 4441–4447, 4980–4982).
#: Die verplichting moet in een wet liggen (art. 6 lid 3 AVG).
wettelijke_verplichting: Regel = feit(
    Feit.WETTELIJKE_PLICHT,
    waarom=(GRONDSLAG_WETTELIJKE_VERPLICHTING, RECHTSGROND_LIDSTATELIJK_RECHT),
    bron=passage(4443, 4982),
)

#: Art. 6 lid 1 onder d AVG: vitale belangen.  De handreiking laat dit alleen
#: toe als de betrokkene fysiek of juridisch niet in staat is toestemming te
#: geven (003 r. 4986); de verordening stelt die eis in art. 9 lid 2 onder c.
#: Privacyrecht volgt de strengere lezing van de handreiking (te beoordelen).
vitaal_belang: Regel = all_of(
    feit(Feit.VITAAL_BELANG, waarom=(GRONDSLAG_VITAAL_BELANG,), bron=passage(4986)),
    feit(Feit.GEEN_TOESTEMMING_MOGELIJK, waarom=(GRONDSLAG_VITAAL_BELANG,), bron=passage(4986)),
    label="De verstrekking is noodzakelijk voor een vitaal belang en toestemming is niet mogelijk",
    cites=(GRONDSLAG_VITAAL_BELANG, *passage(4986)),
)

#: Art. 6 lid 1 onder f AVG, met de tweede alinea: een gerechtvaardigd belang,
#: in drie cumulatieve voorwaarden (003 r. 4471, 4994), behalve voor een
#: overheidsinstantie in de uitoefening van haar taken (r. 5000).
gerechtvaardigd_belang: Regel = unless(
    all_of(
        oordeel(
            Toets.GERECHTVAARDIGD_BELANG,
            waarom=(GRONDSLAG_GERECHTVAARDIGD_BELANG,),
            bron=passage(4471),
        ),
        oordeel(
            Toets.NOODZAKELIJK_VOOR_BELANG,
            waarom=(GRONDSLAG_GERECHTVAARDIGD_BELANG,),
            bron=passage(4471),
        ),
        oordeel(
            Toets.BELANG_WEEGT_ZWAARDER,
            waarom=(GRONDSLAG_GERECHTVAARDIGD_BELANG,),
            bron=passage(4471, 4994),
        ),
        label="De drie voorwaarden voor een gerechtvaardigd belang zijn vervuld",
        cites=(GRONDSLAG_GERECHTVAARDIGD_BELANG, *passage(4471)),
    ),
    feit(Feit.OVERHEIDSINSTANTIE, waarom=(GRONDSLAG_GERECHTVAARDIGD_BELANG,), bron=passage(5000)),
    label="Er is een gerechtvaardigd belang (art. 6 lid 1 onder f AVG)",
    cites=(GRONDSLAG_GERECHTVAARDIGD_BELANG, *passage(4469, 4471, 4994, 5000)),
)

# --- Art. 6 lid 4: verenigbaarheid -------------------------------------------

#: Art. 6 lid 4 en art. 5 lid 1 onder b AVG: verdere verwerking voor een ander
#: doel mag als dat doel verenigbaar is met het verzameldoel (een open norm met
#: vijf factoren, 003 r. 4521–4528, 4536), of als een specifieke wet het
#: toestaat (r. 4530).  Zijn de gegevens voor dit doel verzameld, dan is er
#: geen verdere verwerking.
verenigbaar: Regel = any_of(
    feit(
        Feit.VERZAMELD_VOOR_DIT_DOEL,
        waarom=(BEGINSELEN_BEPALINGEN[Toets.DOELBINDING],),
        bron=passage(4521),
    ),
    oordeel(Toets.VERENIGBAARHEID, waarom=(VERENIGBAARHEID,), bron=passage(4521, 4523, 4536)),
    feit(
        Feit.SPECIFIEKE_WET_VERDERE_VERWERKING,
        waarom=(VERENIGBAARHEID, RECHTSGROND_LIDSTATELIJK_RECHT),
        bron=passage(4530),
    ),
    label="De verstrekking is verenigbaar met het doel waarvoor de gegevens zijn verzameld",
    cites=(VERENIGBAARHEID, BEGINSELEN_BEPALINGEN[Toets.DOELBINDING], *passage(4519, 4521, 4530)),
)

# --- Art. 9 met art. 22–30 UAVG ----------------------------------------------


def uitdrukkelijke_toestemming(geldig: Regel, *, artikel: Bepaling, uavg: Bepaling) -> Regel:
    """Uitdrukkelijke, vastgelegde toestemming (003 r. 4679, 5062–5064).

    ``geldig`` is de toestemming van art. 6 lid 1 onder a; daarbovenop moet zij
    uitdrukkelijk zijn gegeven en zijn vastgelegd.
    """
    r = passage(4679, 5064)
    return all_of(
        geldig,
        afgeleid(
            Afgeleid.TOESTEMMING_UITDRUKKELIJK,
            sleutel="toestemming.uitdrukkelijk",
            vraag="Is de toestemming uitdrukkelijk gegeven (een uitdrukkelijke verklaring)?",
            waarom=(artikel, uavg),
            bron=r,
        ),
        afgeleid(
            Afgeleid.TOESTEMMING_VASTGELEGD,
            sleutel="toestemming.vastgelegd",
            vraag="Is de toestemming vastgelegd (bij voorkeur schriftelijk bevestigd)?",
            waarom=(artikel, uavg),
            bron=r,
        ),
        label=f"Er is uitdrukkelijke toestemming ({artikel.tekst}, {uavg.tekst})",
        cites=(artikel, uavg, *r),
    )


def _vitaal(artikel: Bepaling, uavg: Bepaling, bron: tuple[int, ...]) -> Regel:
    r = passage(*bron)
    return all_of(
        feit(Feit.VITAAL_BELANG, waarom=(artikel, uavg), bron=r),
        feit(Feit.GEEN_TOESTEMMING_MOGELIJK, waarom=(artikel, uavg), bron=r),
        label=f"Vitale belangen, en de betrokkene kan geen toestemming geven ({artikel.tekst})",
        cites=(artikel, uavg, *r),
    )


def uitzondering_art9(
    categorie: Gegevenscategorie, *, geldige_toestemming: Regel, extra: tuple[Regel, ...] = ()
) -> Regel:
    """Art. 9 lid 2 AVG met art. 22–30 UAVG: een uitzondering op het verbod.

    De handreiking noemt vier uitzonderingen relevant (003 r. 5060–5074):
    uitdrukkelijke toestemming, vitale belangen, kennelijk zelf openbaar
    gemaakt en zwaarwegend algemeen belang.  De laatste staat er zonder inhoud
    (r. 5074); privacyrecht codeert daarvan alleen de uitzondering voor scholen
    in art. 30 lid 2 onder a UAVG (speciale begeleiding van leerlingen), die
    alleen voor gezondheidsgegevens geldt.  Ook de rechtsvordering (art. 9 lid 2
    onder f, art. 22 lid 2 onder e UAVG) telt mee.  Het blijkt verder niet
    genoeg dat het verbod niet geldt: er moet ook een grondslag zijn en de
    verstrekking moet noodzakelijk zijn (r. 4258, 4262, 5056).  ``extra`` zijn
    uitzonderingen die alleen in een bepaald stappenplan spelen.
    """
    if categorie not in ARTIKEL_9_CATEGORIEEN:
        msg = f"{categorie.value!r} is geen bijzondere categorie van art. 9 lid 1 AVG"
        raise ValueError(msg)
    onderdelen: list[Regel] = [
        uitdrukkelijke_toestemming(
            geldige_toestemming,
            artikel=AVG.bepaling("9", lid="2", onder="a"),
            uavg=UAVG.bepaling("22", lid="2", onder="a"),
        ),
        _vitaal(
            AVG.bepaling("9", lid="2", onder="c"), UAVG.bepaling("22", lid="2", onder="b"), (5068,)
        ),
        feit(
            Feit.KENNELIJK_OPENBAAR_GEMAAKT,
            waarom=(AVG.bepaling("9", lid="2", onder="e"), UAVG.bepaling("22", lid="2", onder="d")),
            bron=passage(4262, 4669, 5072),
        ),
        feit(
            Feit.RECHTSVORDERING,
            waarom=(AVG.bepaling("9", lid="2", onder="f"), UAVG.bepaling("22", lid="2", onder="e")),
            bron=passage(5050),
        ),
    ]
    if categorie is Gegevenscategorie.GEZONDHEID:
        onderdelen.append(
            all_of(
                afgeleid(
                    Afgeleid.VERSTREKKER_ONDERWIJS,
                    sleutel="verstrekker.organisatie",
                    vraag="Is de verstrekker een school?",
                    waarom=(UAVG.bepaling("30", lid="2", onder="a"),),
                    bron=passage(5091),
                ),
                feit(
                    Feit.SPECIALE_BEGELEIDING_LEERLING,
                    waarom=(
                        AVG.bepaling("9", lid="2", onder="g"),
                        UAVG.bepaling("30", lid="2", onder="a"),
                    ),
                    bron=passage(5091),
                ),
                label="Een school verwerkt gezondheidsgegevens voor de speciale begeleiding van de leerling",
                cites=(UAVG.bepaling("30", lid="2", onder="a"), *passage(5091)),
            )
        )
    return any_of(
        *onderdelen,
        *extra,
        label=f"Het verbod van art. 9 AVG is opgeheven voor: {categorie.value}",
        cites=(
            VERBOD_BIJZONDERE_CATEGORIEEN,
            AVG.bepaling("9", lid="2"),
            *passage(4256, 4623, 5050),
        ),
    )


# --- Art. 10 met art. 31–33 UAVG ---------------------------------------------


def uitzondering_art10(*, geldige_toestemming: Regel, extra: tuple[Regel, ...] = ()) -> Regel:
    """Art. 10 AVG met art. 31–33 UAVG: strafrechtelijke gegevens mogen worden verwerkt.

    Onder toezicht van de overheid (art. 10 AVG), of op een grond van art. 32
    UAVG (uitdrukkelijke toestemming, vitale belangen, kennelijk openbaar
    gemaakt, rechtsvordering) of art. 33 lid 1 UAVG (verkregen krachtens de Wpg
    of Wjsg; publiekrechtelijk samenwerkingsverband; aanvulling op de
    verwerking van gezondheidsgegevens) (003 r. 4273, 4685–4689, 5110–5163).
    Art. 32 onder e (zwaarwegend algemeen belang, via art. 23 onder a en b
    UAVG) en onder f (onderzoek en statistiek) raken deze stappenplannen niet
    en zijn niet gecodeerd.  Ook hier is daarnaast een grondslag nodig (r. 4695).
    """
    return any_of(
        feit(
            Feit.ONDER_TOEZICHT_OVERHEID,
            waarom=(VERBOD_STRAFRECHTELIJKE_GEGEVENS,),
            bron=passage(4273, 5110),
        ),
        uitdrukkelijke_toestemming(
            geldige_toestemming, artikel=UAVG.bepaling("32", onder="a"), uavg=UAVG.bepaling("31")
        ),
        _vitaal(UAVG.bepaling("32", onder="b"), UAVG.bepaling("31"), (5123,)),
        feit(
            Feit.KENNELIJK_OPENBAAR_GEMAAKT,
            waarom=(UAVG.bepaling("32", onder="c"),),
            bron=passage(4277, 4689, 5124),
        ),
        feit(Feit.RECHTSVORDERING, waarom=(UAVG.bepaling("32", onder="d"),), bron=passage(5125)),
        feit(
            Feit.ORGAAN_TOEPASSING_STRAFRECHT,
            waarom=(UAVG.bepaling("33", lid="1", onder="a"),),
            bron=passage(5160),
        ),
        feit(
            Feit.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG,
            waarom=(UAVG.bepaling("33", lid="1", onder="a"),),
            bron=passage(5161),
        ),
        feit(
            Feit.SAMENWERKINGSVERBAND,
            waarom=(UAVG.bepaling("33", lid="1", onder="b"),),
            bron=passage(5162),
        ),
        feit(
            Feit.AANVULLING_OP_GEZONDHEIDSGEGEVENS,
            waarom=(UAVG.bepaling("33", lid="1", onder="c"),),
            bron=passage(5163),
        ),
        *extra,
        label="Strafrechtelijke persoonsgegevens mogen worden verwerkt (art. 10 AVG, art. 31–33 UAVG)",
        cites=(
            VERBOD_STRAFRECHTELIJKE_GEGEVENS,
            UAVG.bepaling("31"),
            *passage(4273, 4687, 5110, 5114),
        ),
    )


# --- Art. 46 UAVG: burgerservicenummer ---------------------------------------

#: Art. 46 lid 1 UAVG: een wettelijk voorgeschreven identificatienummer (het
#: BSN) alleen ter uitvoering van die wet of voor bij wet bepaalde doeleinden.
#: De handreiking noemt het BSN alleen als voorbeeld van een persoonsgegeven
#: (003 r. 4031, 4403, 4777).
BSN_TOEGESTAAN: Regel = feit(
    Feit.BSN_WETTELIJK_TOEGESTAAN, waarom=(UAVG_BSN,), bron=passage(4031, 4777)
)

_GEWOON: Regel = const(
    Truth.TRUE,
    label="Gewone persoonsgegevens kennen geen extra verbod",
    cites=(GRONDSLAGEN, *passage(4793)),
)


#: Per category, exceptions that only a particular stappenplan adds.
Extra: TypeAlias = Mapping[Gegevenscategorie, tuple[Regel, ...]]
_GEEN_EXTRA: Extra = MappingProxyType({})


def categorie_mag_mee(
    categorie: Gegevenscategorie, *, geldige_toestemming: Regel, extra: Extra = _GEEN_EXTRA
) -> Regel:
    """Of ``categorie`` mee mag, los van de grondslag: het verbod van art. 9 of 10 AVG, of art. 46 UAVG.

    ``extra`` geeft per categorie uitzonderingen die alleen in een bepaald
    stappenplan spelen (bijvoorbeeld het BSN bij een melding in de verwijsindex).
    """
    eigen = extra.get(categorie, ())
    if categorie is Gegevenscategorie.GEWOON:
        return _GEWOON
    if categorie is Gegevenscategorie.STRAFRECHTELIJK:
        return uitzondering_art10(geldige_toestemming=geldige_toestemming, extra=eigen)
    if categorie is Gegevenscategorie.BSN:
        if not eigen:
            return BSN_TOEGESTAAN
        return any_of(
            BSN_TOEGESTAAN,
            *eigen,
            label="Het BSN mag worden gebruikt (art. 46 UAVG)",
            cites=(UAVG_BSN, *passage(4031, 4777)),
        )
    return uitzondering_art9(categorie, geldige_toestemming=geldige_toestemming, extra=eigen)


def voor_alle_gevraagde(
    categorieen: frozenset[Gegevenscategorie],
    *,
    geldige_toestemming: Regel,
    label: str,
    cites: tuple[Bepaling | Passage, ...] = (),
    extra: Extra = _GEEN_EXTRA,
) -> Regel:
    """Voor elke gevraagde categorie uit ``categorieen``: die mag mee."""
    return all_of(
        *(
            implies(
                afgeleid(
                    heeft_categorie(c),
                    sleutel="gegevens",
                    vraag="Welke gegevens wilt u verstrekken?",
                    waarom=(PERSOONSGEGEVEN,),
                    bron=passage(4793),
                    label=f"Wilt u {c.value} verstrekken?",
                ),
                categorie_mag_mee(c, geldige_toestemming=geldige_toestemming, extra=extra),
                label=f"{c.value}: niet gevraagd, of mag mee",
            )
            for c in sorted(categorieen)
        ),
        label=label,
        cites=cites,
    )


# --- Indeling van voorbeelden uit de handreiking ------------------------------


@attrs.frozen(kw_only=True)
class Indeling:
    """De AVG-categorie van een voorbeeld uit de handreiking, met bron en eventuele kanttekening."""

    voorbeeld: str
    categorie: Gegevenscategorie
    bron: tuple[Passage, ...]
    kanttekening: str = ""


def _i(
    voorbeeld: str, categorie: Gegevenscategorie, *regels: int, kanttekening: str = ""
) -> Indeling:
    return Indeling(
        voorbeeld=voorbeeld, categorie=categorie, bron=passage(*regels), kanttekening=kanttekening
    )


_G = Gegevenscategorie

#: De gegevens die de handreiking als voorbeeld noemt, met hun AVG-categorie.
VOORBEELDEN: Mapping[str, Indeling] = MappingProxyType(
    {
        i.voorbeeld: i
        for i in (
            _i("naam", _G.GEWOON, 4031, 4777),
            _i("adres", _G.GEWOON, 4031, 4777),
            _i("telefoonnummer", _G.GEWOON, 4031, 4777),
            _i("IP-adres", _G.GEWOON, 4031, 4777),
            _i("uiterlijke kenmerken", _G.GEWOON, 4031, 4777),
            _i("beroep, inkomen of opleiding", _G.GEWOON, 4031, 4777),
            _i("BSN-nummer", _G.BSN, 4031, 4777),
            _i("CITO-score", _G.GEWOON, 4407),
            _i(
                "IQ",
                _G.GEWOON,
                4407,
                kanttekening=(
                    "De handreiking noemt het IQ een persoonsgegeven (r. 4407) maar niet een "
                    "gezondheidsgegeven; of het dat in een concreet geval is, moet worden beoordeeld."
                ),
            ),
            _i("gedragsstoornis", _G.GEZONDHEID, 4407, 4635),
            _i("gedrag van een leerling", _G.GEZONDHEID, 4635),
            _i("gezinsfactoren", _G.GEZONDHEID, 4635),
            _i("verwijzing naar het speciaal onderwijs", _G.GEZONDHEID, 4635),
            _i("dyslexieverklaring", _G.GEZONDHEID, 4635),
            _i(
                "leerbeperking",
                _G.GEZONDHEID,
                4407,
                4635,
                kanttekening=(
                    "In r. 4407 staat 'leerbepalingen', gelezen als 'leerbeperkingen'; die zijn als "
                    "dyslexieverklaringen gezondheidsgegevens in de brede zin (r. 4635)."
                ),
            ),
            _i("het gegeven dat iemand ziek is", _G.GEZONDHEID, 4827),
            _i("opgelegde straf", _G.STRAFRECHTELIJK, 4277, 4833),
            _i(
                "mogelijk gegronde verdenking van een strafbaar feit",
                _G.STRAFRECHTELIJK,
                4273,
                4685,
            ),
            _i(
                "door de rechter opgelegd verbod naar aanleiding van onrechtmatig of hinderlijk gedrag",
                _G.GEWOON,
                4834,
                kanttekening=(
                    "De handreiking (r. 4834) rekent dit tot de strafrechtelijke gegevens, zoals art. 1 "
                    "UAVG toen deed. Sinds 1 september 2026 valt het daar niet meer onder (art. 1 UAVG)."
                ),
            ),
        )
    }
)


def deel_in(voorbeeld: str) -> Indeling:
    """De categorie van ``voorbeeld`` (een van :data:`VOORBEELDEN`).

    >>> deel_in("dyslexieverklaring").categorie.value
    'gezondheid'
    """
    try:
        return VOORBEELDEN[voorbeeld]
    except KeyError:
        import difflib  # noqa: PLC0415

        from privacyrecht.errors import InputError, Problem  # noqa: PLC0415

        close = difflib.get_close_matches(voorbeeld, list(VOORBEELDEN), n=1)
        raise InputError(
            [
                Problem(
                    path="$.voorbeeld",
                    message=f"onbekend voorbeeld {voorbeeld!r}",
                    expected=", ".join(sorted(VOORBEELDEN)),
                    suggestion=close[0] if close else "",
                )
            ]
        ) from None


#: Art. 10 AVG met art. 31–33 UAVG, met toestemming volgens art. 5 lid 1 UAVG:
#: mogen persoonsgegevens van strafrechtelijke aard worden verwerkt?
STRAFRECHTELIJKE_GEGEVENS: Regel = uitzondering_art10(
    geldige_toestemming=toestemming(leeftijdsregel="uavg", bron=(4942,))
)


@attrs.frozen(kw_only=True)
class Toetsing:
    """Het resultaat van het toetsen van één regel aan een verstrekking.

    Attributes:
        antwoord: ja, nee of onbekend.
        bepalingen: bij *ja* de bepalingen van de onderdelen die vervuld zijn
            (de uitzondering die geldt); bij *nee* de bepalingen van de regel zelf
            (het verbod); bij *onbekend* geen.
        open_vragen: wat nog moet worden uitgezocht, als het antwoord onbekend is.
    """

    antwoord: Antwoord
    bepalingen: tuple[Bepaling, ...]
    open_vragen: tuple[OpenVraag, ...]


_ANTWOORD = {Truth.TRUE: Antwoord.JA, Truth.FALSE: Antwoord.NEE, Truth.UNKNOWN: Antwoord.ONBEKEND}


def toets(regel: Regel, verstrekking: Verstrekking) -> Toetsing:
    """Toets één regel (zoals :data:`STRAFRECHTELIJKE_GEGEVENS`) aan ``verstrekking``.

    Los van een stappenplan, bijvoorbeeld voor een organisatie waarvoor nog geen
    stappenplan is uitgewerkt.
    """
    casus = Casus(verstrekking)
    truth = regel.truth(casus)
    if truth is Truth.TRUE:
        bepalingen = vervulde_bepalingen(regel, casus)
    elif truth is Truth.FALSE:
        bepalingen = tuple(c for c in regel.cites if isinstance(c, Bepaling))
    else:
        bepalingen = ()
    return Toetsing(
        antwoord=_ANTWOORD[truth],
        bepalingen=bepalingen,
        open_vragen=regel.open_questions(casus),
    )
