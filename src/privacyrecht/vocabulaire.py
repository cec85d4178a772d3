"""De vragen achter elk feit en elk oordeel, en wie ze kan beantwoorden.

Elke :class:`~privacyrecht.feiten.Feit` en :class:`~privacyrecht.feiten.Toets`
heeft hier een vraag in gewone taal.  Blijft een feit onbekend of een oordeel
open terwijl het antwoord ertoe doet, dan verschijnt deze vraag in de
``open_vragen`` van de beoordeling.

>>> FEITVRAGEN[Feit.STRAFBAAR_FEIT].vraag
'Is er een strafbaar feit gepleegd (bijvoorbeeld wapenbezit) waarvan u kennis draagt en aangifte wilt doen?'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from privacyrecht.feiten import Feit, Toets

__all__ = ["FEITVRAGEN", "PROFESSIONAL", "TOETSVRAGEN", "VERSTREKKER", "Vraag"]

#: Wie een feit kan vaststellen.
VERSTREKKER = "de verstrekker (de medewerker die de gegevens wil delen)"
#: Wie een open norm weegt.
PROFESSIONAL = "de professional, zo nodig met de privacy officer of de FG"
_FG = "de privacy officer of de functionaris voor gegevensbescherming (FG)"


@attrs.frozen(kw_only=True)
class Vraag:
    """De vraag bij een feit of toets, en wie die kan beantwoorden."""

    vraag: str
    wie: str


def _f(vraag: str, wie: str = VERSTREKKER) -> Vraag:
    return Vraag(vraag=vraag, wie=wie)


FEITVRAGEN: Mapping[Feit, Vraag] = MappingProxyType(
    {
        Feit.IDENTIFICEERBAAR: _f(
            "Gaat het om informatie over een geïdentificeerde of identificeerbare natuurlijke "
            "persoon? Ook zonder naam, als toch duidelijk is om wie het gaat."
        ),
        Feit.BINNEN_EIGEN_ORGANISATIE: _f(
            "Werkt de ontvanger binnen dezelfde organisatie als u (een andere afdeling van uw "
            "gemeente, een collega van uw school)?"
        ),
        Feit.STRAFBAAR_FEIT: _f(
            "Is er een strafbaar feit gepleegd (bijvoorbeeld wapenbezit) waarvan u kennis draagt "
            "en aangifte wilt doen?"
        ),
        Feit.ONTVANGER_BETROKKEN_BIJ_LEERLING: _f(
            "Is de ontvanger als medewerker van de school betrokken bij de begeleiding van deze leerling?"
        ),
        Feit.WETTELIJKE_PLICHT: _f(
            "Rust op u een wettelijke plicht om deze gegevens te verstrekken (bijvoorbeeld een "
            "bevel van de politie op grond van de wet)?"
        ),
        Feit.SPECIFIEKE_WETTELIJKE_BASIS: _f(
            "Is er een specifieke wettelijke bepaling die deze verstrekking regelt? Noem die "
            "bepaling in het dossier.",
            _FG,
        ),
        Feit.VEILIGHEID_OP_SCHOOL: _f(
            "Raakt de verstrekking de zorg voor de sociale, psychische of fysieke veiligheid van "
            "leerlingen op school (en niet alleen daarbuiten, bijvoorbeeld in de thuissituatie)?"
        ),
        Feit.OVERHEIDSINSTANTIE: _f(
            "Is uw organisatie een overheidsinstantie die hier haar publieke taak uitoefent "
            "(bijvoorbeeld een openbare school)?",
            _FG,
        ),
        Feit.VITAAL_BELANG: _f(
            "Is de verstrekking noodzakelijk om de vitale belangen (leven, gezondheid) van de "
            "betrokkene of een ander te beschermen?"
        ),
        Feit.GEEN_TOESTEMMING_MOGELIJK: _f(
            "Is de betrokkene fysiek (bewusteloos) of juridisch (handelingsonbekwaam) niet in "
            "staat toestemming te geven?"
        ),
        Feit.OVEREENKOMST: _f(
            "Is de verstrekking noodzakelijk voor de uitvoering van een overeenkomst waarbij de "
            "betrokkene partij is?"
        ),
        Feit.TOESTEMMING_GEGEVEN: _f(
            "Heeft de betrokkene (of, bij een kind, de ouder) toestemming gegeven? Geef dan op "
            "wie, waarvoor, en of die toestemming vrij, specifiek, geïnformeerd en ondubbelzinnig is."
        ),
        Feit.VERZAMELD_VOOR_DIT_DOEL: _f(
            "Zijn de gegevens verzameld voor het doel waarvoor u ze nu wilt verstrekken?"
        ),
        Feit.SPECIFIEKE_WET_VERDERE_VERWERKING: _f(
            "Staat een specifieke wet toe dat de gegevens voor dit andere doel worden verwerkt?",
            _FG,
        ),
        Feit.KENNELIJK_OPENBAAR_GEMAAKT: _f(
            "Heeft de betrokkene deze gegevens kennelijk zelf openbaar gemaakt, met een duidelijk "
            "blijkende bedoeling om ze openbaar te maken (bijvoorbeeld open en bloot op internet)?"
        ),
        Feit.RECHTSVORDERING: _f(
            "Is de verwerking noodzakelijk voor de instelling, uitoefening of verdediging van een "
            "rechtsvordering?"
        ),
        Feit.SPECIALE_BEGELEIDING_LEERLING: _f(
            "Is het verwerken van de gezondheidsgegevens noodzakelijk voor de speciale begeleiding "
            "van de leerling of voor bijzondere voorzieningen in verband met diens gezondheid?"
        ),
        Feit.ONDER_TOEZICHT_OVERHEID: _f(
            "Vindt de verwerking van de strafrechtelijke gegevens plaats onder toezicht van de "
            "overheid (art. 10 AVG)?",
            _FG,
        ),
        Feit.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG: _f(
            "Heeft u (een deel van) deze gegevens gekregen van de politie of het OM, op grond van "
            "de Wet politiegegevens of de Wet justitiële en strafvorderlijke gegevens?"
        ),
        Feit.ORGAAN_TOEPASSING_STRAFRECHT: _f(
            "Is de verwerker een orgaan dat krachtens de wet is belast met de toepassing van het "
            "strafrecht (bijvoorbeeld de reclassering, of de Raad voor de Kinderbescherming in strafzaken)?"
        ),
        Feit.SAMENWERKINGSVERBAND: _f(
            "Worden de strafrechtelijke gegevens verwerkt door of voor een publiekrechtelijk "
            "samenwerkingsverband, noodzakelijk voor diens taak en met passende waarborgen?",
            _FG,
        ),
        Feit.AANVULLING_OP_GEZONDHEIDSGEGEVENS: _f(
            "Is het verwerken van de strafrechtelijke gegevens noodzakelijk in aanvulling op het "
            "verwerken van gezondheidsgegevens voor een goede behandeling of verzorging?"
        ),
        Feit.BSN_WETTELIJK_TOEGESTAAN: _f(
            "Staat de wet toe dat u het burgerservicenummer hiervoor gebruikt (uitvoering van een "
            "wet die het voorschrijft, of een doel dat bij wet is bepaald)?",
            _FG,
        ),
        Feit.CONTRACTUELE_GEHEIMHOUDING: _f(
            "Staat in uw arbeidscontract een geheimhoudingsplicht (bijvoorbeeld voor "
            "gezondheidsgegevens)?"
        ),
    }
)

TOETSVRAGEN: Mapping[Toets, Vraag] = MappingProxyType(
    {
        Toets.PROPORTIONALITEIT: _f(
            "Is de verstrekking proportioneel: kan het doel ermee worden bereikt (effectiviteit), "
            "en staat het doel in verhouding tot de inbreuk op de privacy (evenredigheid)?",
            PROFESSIONAL,
        ),
        Toets.SUBSIDIARITEIT: _f(
            "Voldoet de verstrekking aan de subsidiariteit: kan het doel niet op een andere, minder "
            "ingrijpende wijze worden bereikt?",
            PROFESSIONAL,
        ),
        Toets.RECHTMATIGHEID: _f(
            "Is de verwerking rechtmatig, behoorlijk en transparant?", PROFESSIONAL
        ),
        Toets.DOELBINDING: _f(
            "Blijft de verstrekking binnen welbepaalde, uitdrukkelijk omschreven en gerechtvaardigde "
            "doelen (doelbinding)?",
            PROFESSIONAL,
        ),
        Toets.MINIMALE_GEGEVENSVERWERKING: _f(
            "Zijn de gegevens toereikend, ter zake dienend en beperkt tot wat strikt noodzakelijk is?",
            PROFESSIONAL,
        ),
        Toets.JUISTHEID: _f("Zijn de gegevens juist en actueel?", PROFESSIONAL),
        Toets.OPSLAGBEPERKING: _f(
            "Worden de gegevens niet langer bewaard dan nodig is voor het doel?", PROFESSIONAL
        ),
        Toets.INTEGRITEIT: _f(
            "Zijn de gegevens bij de verstrekking voldoende beveiligd en blijven ze vertrouwelijk?",
            PROFESSIONAL,
        ),
        Toets.BINNEN_REIKWIJDTE_TAAK: _f(
            "Valt de verstrekking binnen de reikwijdte van de wettelijke taak waarvoor de gegevens "
            "zijn verwerkt (de handhaving van de openbare orde door de burgemeester)?",
            PROFESSIONAL,
        ),
        Toets.BEVOEGDHEID_ANDERE_AFDELING: _f(
            "Mag de andere afdeling deze gegevens verwerken voor haar eigen bevoegdheid, gelet op de "
            "bevoegdheid waarvoor ze zijn verzameld?",
            PROFESSIONAL,
        ),
        Toets.VERENIGBAARHEID: _f(
            "Is de verstrekking verenigbaar met het doel waarvoor de gegevens zijn verzameld "
            "(verband tussen de doelen, kader en redelijke verwachtingen, aard van de gegevens, "
            "gevolgen voor de betrokkene, passende waarborgen)?",
            PROFESSIONAL,
        ),
        Toets.GERECHTVAARDIGD_BELANG: _f(
            "Is er een belang dat als gerechtvaardigd belang van u of een derde kwalificeert?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_VOOR_BELANG: _f(
            "Is de verstrekking noodzakelijk om dat gerechtvaardigde belang te behartigen?",
            PROFESSIONAL,
        ),
        Toets.BELANG_WEEGT_ZWAARDER: _f(
            "Weegt dat belang zwaarder dan de grondrechten en fundamentele vrijheden van de "
            "betrokkene (in het bijzonder als die een kind is)?",
            PROFESSIONAL,
        ),
    }
)
