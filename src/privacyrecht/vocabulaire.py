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
        Feit.TOESTEMMING_BEROEPSGEHEIM: _f(
            "Heeft uw cliënt (of, bij een kind, de ouder) toestemming gegeven om uw beroepsgeheim "
            "te doorbreken? Dit is een andere toestemming dan die als grondslag voor de AVG."
        ),
        Feit.ANONIEM_BESPROKEN: _f(
            "Bespreekt u de casus anoniem met een collega, zonder naam en zonder bijzondere "
            "kenmerken waaraan de cliënt te herkennen is?"
        ),
        Feit.STRAFBAAR_FEIT_TEGEN_HULPVERLENING: _f(
            "Is het strafbare feit gepleegd tegen uzelf, uw medewerkers of uw praktijk (en niet "
            "buiten de hulpverlening, zodat u het bij de behandeling te weten kwam)?"
        ),
        Feit.AGRESSIE_SYMPTOOM_VAN_ZIEKTE: _f(
            "Is het agressieve gedrag van de cliënt een symptoom van een ziekte?"
        ),
        Feit.ONDERTOEZICHTSTELLING: _f(
            "Heeft de rechter de jeugdige onder toezicht gesteld, en voert de ontvangende "
            "gecertificeerde instelling die ondertoezichtstelling uit?"
        ),
        Feit.VERZOEK_GI: _f("Heeft de gecertificeerde instelling u om deze informatie gevraagd?"),
        Feit.VERZOEK_ONDERBOUWD: _f(
            "Onderbouwt de gecertificeerde instelling in haar verzoek waarom de informatie "
            "noodzakelijk is voor de uitvoering van de ondertoezichtstelling?"
        ),
        Feit.VERMOEDEN_HUISELIJK_GEWELD: _f(
            "Heeft u een vermoeden van kindermishandeling of huiselijk geweld?"
        ),
        Feit.CALAMITEIT_OF_GEWELD: _f(
            "Gaat het om een calamiteit of om geweld bij de verlening van jeugdhulp, "
            "jeugdbescherming of jeugdreclassering, die de aanbieder aan de Inspectie moet melden?"
        ),
        Feit.RECHTSTREEKS_BETROKKEN: _f(
            "Is de ontvanger rechtstreeks betrokken bij de behandeling of hulpverlening aan deze "
            "cliënt, of treedt hij op als uw vervanger?"
        ),
        Feit.MELDINGSBEVOEGDE: _f(
            "Bent u meldingsbevoegd voor de verwijsindex (uw instantie heeft afspraken met het "
            "college en heeft u als meldingsbevoegde aangewezen)?",
            _FG,
        ),
        Feit.NOODZAKELIJK_VOOR_BEHANDELING: _f(
            "Is het verstrekken van de gezondheidsgegevens noodzakelijk voor een goede behandeling "
            "of verzorging van de betrokkene zelf (art. 30 lid 3 onder a UAVG)?"
        ),
        Feit.MELDCODE_SIGNALEN: _f(
            "Heeft u de signalen van huiselijk geweld of kindermishandeling in kaart gebracht?"
        ),
        Feit.MELDCODE_CONSULTATIE: _f(
            "Heeft u een collega geraadpleegd, en zo nodig Veilig Thuis of een deskundige op het "
            "gebied van letselduiding?"
        ),
        Feit.MELDCODE_GESPREK: _f("Heeft u een gesprek met de cliënt gevoerd?"),
        Feit.MELDCODE_AFWEGINGSKADER: _f("Heeft u het afwegingskader van de meldcode toegepast?"),
        Feit.MELDCODE_BESLUIT: _f(
            "Heeft u besloten over het doen van een melding en over het inzetten van de "
            "noodzakelijke hulp?"
        ),
        Feit.BEVOEGD_TOT_VERSTREKKEN: _f(
            "Bent u bevoegd om de politiegegevens te verstrekken: bent u de "
            "verwerkingsverantwoordelijke, of daartoe aangewezen en geautoriseerd?"
        ),
        Feit.VERWERKT_VOOR_POLITIETAAK: _f(
            "Is het persoonsgegeven verwerkt in het kader van (de uitvoering van) een politietaak — "
            "de bescherming van de openbare orde, de (strafrechtelijke) handhaving of de "
            "hulpverlening — en in een bestand opgenomen? (Niet: de interne bedrijfsvoering of "
            "taken voor de burgemeester, zoals het toezicht op de APV.)"
        ),
        Feit.TOESTEMMING_BEVOEGDE_FUNCTIONARIS: _f(
            "Heeft de bevoegde functionaris toestemming gegeven om deze gegevens (van art. 9 of 10 "
            "Wpg) te delen? Vaak is dat de aangewezen leider van het onderzoek, zijn "
            "plaatsvervanger of het hoofd van het team dat het politiegegeven verwerkt."
        ),
        Feit.EMBARGO_ONDERZOEK: _f(
            "Gaat het om een embargo-onderzoek, aangewezen door het College van "
            "procureurs-generaal (afbreukrisico's, levensbedreigende risico's, politieke of "
            "publiciteitsgevoeligheid)?"
        ),
        Feit.WEIGERINGSGROND_TER_BESCHIKKING: _f(
            "Is er een wettelijke grond om de politiegegevens niet of slechts beperkt ter "
            "beschikking te stellen (art. 2:13 Bpg)? Bijvoorbeeld: de terbeschikkingstelling brengt "
            "het leven of de gezondheid van betrokkenen of derden in gevaar, of het gegeven is "
            "verwerkt in het kader van een ernstig misdrijf (terrorisme, mensenhandel, "
            "mensensmokkel, omkoping van een ambtenaar)."
        ),
        Feit.ONTVANGER_IN_BPG: _f(
            "Staat de ontvanger genoemd in art. 4:1–4:4 van het Besluit politiegegevens (zie de "
            "volledige verstrekkingenwijzer Wpg, of die voor boa's)?",
            _FG,
        ),
        Feit.WGS_SAMENWERKINGSVERBAND: _f(
            "Is de ontvanger een samenwerkingsverband van de Wet gegevensverwerking door "
            "samenwerkingsverbanden (zoals een RIEC of het Financieel Expertise Centrum) waaraan de "
            "politie of de KMar deelneemt?",
            _FG,
        ),
        Feit.VERKREGEN_OP_GROND_VAN_WJSG: _f(
            "Zijn (een deel van) de gegevens justitiële of strafvorderlijke gegevens die u van het OM "
            "kreeg, op grond van de Wet justitiële en strafvorderlijke gegevens?"
        ),
        Feit.CONVENANT: _f(
            "Is er met de beoogde ontvanger een convenant gesloten (een samenwerkingsverband, "
            "art. 20 Wpg)?",
            _FG,
        ),
        Feit.INSTEMMING_BEVOEGD_GEZAG: _f(
            "Heeft het bevoegd gezag (de burgemeester of de officier van justitie) ingestemd met "
            "het samenwerkingsverband waarin de gegevens worden verstrekt?",
            _FG,
        ),
        Feit.GOEDKEURING_BEVOEGD_GEZAG: _f(
            "Heeft het bevoegd gezag de verstrekking goedgekeurd: de burgemeester voor de "
            "handhaving van de openbare orde en de hulpverlening, de officier van justitie voor "
            "de strafrechtelijke handhaving? (Dit vereiste kan niet worden gepasseerd, ook niet bij "
            "een acute noodzaak.)"
        ),
        Feit.BEWAARTERMIJN_VERSTREKEN: _f(
            "Is de bewaartermijn van de politiegegevens verstreken? Dan mogen ze niet meer worden "
            "verwerkt en dus ook niet worden verstrekt."
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
        Toets.NOODZAKELIJK_VOOR_PUBLIEKE_TAAK: _f(
            "Is de verstrekking noodzakelijk voor de vervulling van een taak van algemeen belang of "
            "openbaar gezag die bij wet aan uw organisatie is opgedragen (bijvoorbeeld de jeugdhulp- "
            "of Wmo-taak van de gemeente)?",
            PROFESSIONAL,
        ),
        Toets.AANGIFTE_ONDANKS_ZIEKTE: _f(
            "Het agressieve gedrag is een symptoom van een ziekte, en daarom bent u terughoudend met "
            "aangifte. Is aangifte na die afweging toch verantwoord?",
            PROFESSIONAL,
        ),
        Toets.LEVENSSFEER_ANDER: _f(
            "Blijft de persoonlijke levenssfeer van een ander dan de cliënt bij de verstrekking "
            "ongeschonden?",
            PROFESSIONAL,
        ),
        Toets.GOED_JEUGDHULPVERLENER: _f(
            "Neemt u met de verstrekking de zorg van een goed jeugdhulpverlener in acht?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_VOOR_WERKZAAMHEDEN: _f(
            "Is de verstrekking noodzakelijk voor de werkzaamheden die de rechtstreeks betrokkene of "
            "uw vervanger bij de behandeling verricht?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_VOOR_OTS: _f(
            "Kunnen de inlichtingen noodzakelijk worden geacht voor de uitvoering van de "
            "ondertoezichtstelling?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_VOOR_RAAD: _f(
            "Kan de verstrekking noodzakelijk zijn voor de uitvoering van de taken van de Raad voor "
            "de Kinderbescherming (de Raad moet dat onderbouwen)?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_VOOR_VEILIG_THUIS: _f(
            "Kunnen de inlichtingen noodzakelijk worden geacht om de situatie van huiselijk geweld "
            "of kindermishandeling te beëindigen of een redelijk vermoeden daarvan te onderzoeken "
            "(art. 5.2.6 Wmo 2015)?",
            PROFESSIONAL,
        ),
        Toets.RISICO_ONTWIKKELING: _f(
            "Heeft u een redelijk vermoeden dat de jongere door een van de risico's van art. "
            "7.1.4.1 Jeugdwet daadwerkelijk wordt bedreigd in de noodzakelijke condities voor een "
            "gezonde en veilige ontwikkeling naar volwassenheid?",
            PROFESSIONAL,
        ),
        Toets.CVP_GEWETENSNOOD: _f(
            "Conflict van plichten: verkeert u in gewetensnood door het handhaven van het beroepsgeheim?",
            PROFESSIONAL,
        ),
        Toets.CVP_SCHADE: _f(
            "Conflict van plichten: levert het niet doorbreken van het beroepsgeheim voor de cliënt of "
            "een ander zeer waarschijnlijk ernstige schade op (is de dreiging serieus)?",
            PROFESSIONAL,
        ),
        Toets.CVP_TOESTEMMING: _f(
            "Conflict van plichten: heeft u alles geprobeerd om toestemming van de cliënt te krijgen, "
            "of brengt het vragen van toestemming de veiligheid van een ander of van uzelf in gevaar?",
            PROFESSIONAL,
        ),
        Toets.CVP_DOELMATIGHEID: _f(
            "Conflict van plichten: is het vrijwel zeker dat het doorbreken van het beroepsgeheim het "
            "gevaar wegneemt of in elk geval duidelijk inperkt?",
            PROFESSIONAL,
        ),
        Toets.CVP_SUBSIDIARITEIT: _f(
            "Conflict van plichten: is er geen andere weg om het probleem op te lossen dan het "
            "doorbreken van het beroepsgeheim?",
            PROFESSIONAL,
        ),
        Toets.CVP_PROPORTIONALITEIT: _f(
            "Conflict van plichten: wordt het beroepsgeheim zo min mogelijk geschonden?",
            PROFESSIONAL,
        ),
        Toets.EFFECTIVITEIT: _f(
            "Kunt u door het delen van de gegevens het gestelde doel bereiken, of is het zeer "
            "waarschijnlijk dat het doel wordt bereikt (effectiviteit)?",
            PROFESSIONAL,
        ),
        Toets.EVENREDIGHEID: _f(
            "Staat de inbreuk op de privacy in verhouding tot het doel van de verstrekking "
            "(evenredigheid)?",
            PROFESSIONAL,
        ),
        Toets.NEED_TO_KNOW: _f(
            "Heeft de ontvangende partij de politiegegevens nodig voor de uitvoering van haar taak "
            "(need-to-know: alleen de informatie die nodig is om een bepaalde taak of opdracht uit "
            "te voeren)?",
            PROFESSIONAL,
        ),
        Toets.AFSTEMMING_LEIDINGGEVENDE: _f(
            "Er is een grond om de politiegegevens niet of slechts deels ter beschikking te stellen. "
            "Heeft u na afstemming met uw leidinggevende besloten ze (deels) toch ter beschikking "
            "te stellen, en welke?",
            "de verstrekker, na afstemming met de leidinggevende",
        ),
        Toets.BEHOEFTE_BURGEMEESTER: _f(
            "Heeft de burgemeester de politiegegevens nodig voor de handhaving van de openbare orde "
            "(bijvoorbeeld om overlast en ordeverstoringen te bestrijden of een openbare bijeenkomst "
            "te verbieden), of in verband met zijn gezag over de politie (art. 16 lid 1 onder b Wpg)?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_BURGEMEESTER: _f(
            "Zijn de politiegegevens direct relevant en noodzakelijk voor de beoordeling die de "
            "burgemeester moet maken om al dan niet over te gaan tot handhaving van de openbare "
            "orde (need-to-know: zonder de gegevens kan de burgemeester zijn taak niet uitvoeren)?",
            PROFESSIONAL,
        ),
        Toets.BEHOEFTE_OM: _f(
            "Heeft het Openbaar Ministerie de politiegegevens nodig voor zijn taakuitvoering: in "
            "verband met zijn gezag over de politie en de opsporing, zoals het opsporen en vervolgen "
            "van strafbare feiten, of voor een andere wettelijke taak (art. 16 lid 1 onder a Wpg)?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_OM: _f(
            "Zijn de politiegegevens direct relevant en noodzakelijk voor het Openbaar Ministerie "
            "(kan het bijvoorbeeld zonder de gegevens niet overgaan tot vervolging)?",
            PROFESSIONAL,
        ),
        Toets.DOEL_VOLGENS_BPG: _f(
            "Komen de ontvanger, het doel van de verstrekking en de soort politiegegevens overeen "
            "met het artikel van het Besluit politiegegevens dat de ontvanger noemt?",
            _FG,
        ),
        Toets.NOODZAKELIJK_BPG: _f(
            "Is de verstrekking noodzakelijk voor het doel dat in het wetsartikel is genoemd "
            "(need-to-know in plaats van nice-to-know): heeft de ontvanger de gegevens echt nodig, "
            "zijn ze toereikend om het doel te bereiken en direct relevant voor de ontvanger?",
            PROFESSIONAL,
        ),
        Toets.PROPORTIONEEL_BPG: _f(
            "Staat het belang van de verstrekking in verhouding tot de inbreuk op de persoonlijke "
            "levenssfeer van de betrokkene (proportionaliteit)?",
            PROFESSIONAL,
        ),
        Toets.SUBSIDIAIR_BPG: _f(
            "Kan de ontvangende partij niet via een andere, minder ingrijpende weg aan de gegevens "
            "komen (subsidiariteit)? Ja betekent: er is geen andere weg.",
            PROFESSIONAL,
        ),
        Toets.IN_LIJN_MET_CONVENANT: _f(
            "Is de beoogde verstrekking in lijn met het convenant: gericht op het zwaarwegend "
            "algemeen belang waarvoor het convenant is gesloten, binnen de (rand)voorwaarden van "
            "het convenant, en ziet het convenant op dit soort politiegegevens?",
            PROFESSIONAL,
        ),
        Toets.STRIKT_NOODZAKELIJK: _f(
            "Is het verstrekken van deze gegevens van art. 9 of art. 10 lid 1 onder a of c Wpg "
            "strikt noodzakelijk voor het doel van de verstrekking (art. 4:5 lid 2 Bpg)?",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_SAMENWERKINGSVERBAND: _f(
            "Is de verstrekking noodzakelijk voor het doel van het samenwerkingsverband, zoals de "
            "Wet gegevensverwerking door samenwerkingsverbanden dat omschrijft?",
            PROFESSIONAL,
        ),
        Toets.GEEN_ZWAARWEGENDE_REDENEN: _f(
            "Verzetten zich geen zwaarwegende redenen tegen de verstrekking aan het "
            "samenwerkingsverband (art. 20 lid 3 Wpg)? Ja betekent: er zijn geen zulke redenen.",
            "de verwerkingsverantwoordelijke (art. 20 lid 3 Wpg)",
        ),
        Toets.NOODZAKELIJK_CONVENANT: _f(
            "Is de verstrekking noodzakelijk voor het doel dat in het convenant is genoemd "
            "(need-to-know in plaats van nice-to-know), en is dat doel niet onverenigbaar met het "
            "doel waarvoor het politiegegeven oorspronkelijk is verwerkt?",
            PROFESSIONAL,
        ),
        Toets.PROPORTIONEEL_CONVENANT: _f(
            "Staat het belang van de verstrekking in verhouding tot de inbreuk op de persoonlijke "
            "levenssfeer van de betrokkene, gelet op het convenantdoel (proportionaliteit)?",
            PROFESSIONAL,
        ),
        Toets.SUBSIDIAIR_CONVENANT: _f(
            "Kan de ontvangende partij niet via een andere, minder ingrijpende weg aan de gegevens "
            "komen (subsidiariteit)? Heeft een andere convenantpartner de gegevens ook, dan moeten "
            "ze via die partner worden verkregen. Ja betekent: er is geen andere weg.",
            PROFESSIONAL,
        ),
        Toets.ZWAARWEGEND_ALGEMEEN_BELANG: _f(
            "Is er sprake van een zwaarwegend algemeen belang: is de verstrekking voor de "
            "samenleving van meer dan gewone betekenis? Is zij nodig om wanordelijkheden of "
            "strafbare feiten te voorkomen, of om de gezondheid, de goede zeden of de rechten en "
            "vrijheden van anderen te beschermen; weegt dat belang zwaarder dan de bescherming "
            "van de persoonlijke levenssfeer; hoe zeker en hoe reëel is het; is er een acute "
            "noodzaak? (Bij hulpverlening: alleen als u zeker bent dat zich anders een "
            "levensbedreigende situatie voordoet.)",
            PROFESSIONAL,
        ),
        Toets.NOODZAKELIJK_INCIDENTEEL: _f(
            "Is de verstrekking noodzakelijk voor dat andere doel (need-to-know in plaats van "
            "nice-to-know), en is dat doel niet onverenigbaar met het doel waarvoor het "
            "politiegegeven oorspronkelijk is verwerkt?",
            PROFESSIONAL,
        ),
        Toets.PROPORTIONEEL_INCIDENTEEL: _f(
            "Staat het belang van de verstrekking in verhouding tot de inbreuk op de persoonlijke "
            "levenssfeer van de betrokkene (proportionaliteit)? Hoe reëler de dreiging, hoe eerder "
            "de verstrekking proportioneel is.",
            PROFESSIONAL,
        ),
        Toets.SUBSIDIAIR_INCIDENTEEL: _f(
            "Kan de ontvangende partij niet via een andere, minder ingrijpende weg aan de gegevens "
            "komen (subsidiariteit)? Ja betekent: er is geen andere weg.",
            PROFESSIONAL,
        ),
        Toets.JUIST_EN_ACTUEEL: _f(
            "Zijn de politiegegevens juist en actueel (voor zover u dat kunt nagaan)? Zijn ze 100% "
            "kloppend of zijn er voorbehouden; komen ze voort uit eigen waarnemingen of uit die "
            "van getuigen?",
            PROFESSIONAL,
        ),
        Toets.NOODZAAK_UIT_EIGEN_TAAK: _f(
            "U heeft (een deel van) deze gegevens gekregen van de politie of het OM; de "
            "geheimhouding blijft erop rusten. Is het doorgeven ervan noodzakelijk voor de "
            "uitvoering van uw eigen taak?",
            PROFESSIONAL,
        ),
    }
)
