# language: nl
@politie @wpg
Functionaliteit: Incidentele verstrekking van politiegegevens voor een zwaarwegend algemeen belang (art. 19 Wpg)
  "Als de ontvangende partij niet is genoemd in het Besluit politiegegevens en
  met deze partij geen samenwerkingsverband is gesloten, kan aan deze partijen
  voor bepaalde doeleinden en op grond van een zwaarwegend algemeen belang
  incidenteel politiegegevens worden verstrekt." Dat kan alleen voor het
  voorkomen en opsporen van strafbare feiten, het handhaven van de openbare
  orde, het verlenen van hulp aan hen die deze behoeven, of het toezicht op het
  naleven van regelgeving. Daarna volgen de noodzakelijkheid (stap 5), de
  proportionaliteit (stap 6) en de subsidiariteit (stap 7). "De verstrekking van
  politiegegevens moet goedgekeurd worden door het bevoegd gezag. Dit is een
  vereiste welke niet kan worden gepasseerd, ook niet in het geval waarbij u van
  mening bent dat er een acute noodzaak bestaat." Anders dan bij de structurele
  verstrekking en het convenant leidt elk "nee" op deze route tot: "U mag de
  politiegegevens niet verstrekken."

  Achtergrond:
    Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
    En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"

  Regel: Incidenteel verstrekken kan alleen voor een van de vier doelen van art. 19 Wpg

    Abstract Scenario: De politie verstrekt incidenteel aan een woningcorporatie voor het doel "<doel>"
      bron: 003_026876f3936cad21.txt r. 1486, 003_026876f3936cad21.txt r. 1488, 003_026876f3936cad21.txt r. 1490, 003_026876f3936cad21.txt r. 1491, 003_026876f3936cad21.txt r. 1492, 003_026876f3936cad21.txt r. 1493, 003_026876f3936cad21.txt r. 5454

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "<doel>"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 19 Wpg"
      En wijkt de geheimhoudingsplicht op grond van "art. 19 Wpg"
      En is stap "Incidenteel: doel" beantwoord met "ja"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"
      En geldt de voorwaarde dat "Leg de verstrekking vast"
      En is het "Stappenplan Politie en boa's" toegepast

      Voorbeelden:
        | doel                                       | regel |
        | voorkomen en opsporen van strafbare feiten | 1490  |
        | handhaving van de openbare orde            | 1491  |
        | hulp aan hen die deze behoeven             | 1492  |
        | toezicht op de naleving van regelgeving    | 1493  |

    # te beoordelen: de handreiking zegt na de vier doelen: "Echter kunnen ook andere doeleinden
    # verstrekking rechtvaardigen" (r. 1495). Privacyrecht leest die zin, met het voorbeeld van r. 1499,
    # als: het doel van de verstrekking mag afwijken van het doel waarvoor het politiegegeven is verwerkt.
    # Het doel van de verstrekking zelf moet een van de vier zijn; art. 19 Wpg noemt "de volgende
    # doeleinden" en geen andere. Alleen "ander doel" zegt dat het geen van de vier is; bij elk ander
    # doel vraagt privacyrecht welk van de vier het is, en deelt het doel niet zelf in.
    @te_beoordelen
    Voorbeeld: Voor een ander doel dan de vier mag de politie niet incidenteel verstrekken
      bron: 003_026876f3936cad21.txt r. 1488, 003_026876f3936cad21.txt r. 1495, 003_026876f3936cad21.txt r. 1511, 003_026876f3936cad21.txt r. 5454

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "ander doel"
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat op "art. 7 lid 1 Wpg"
      En is stap "Incidenteel: doel" beantwoord met "nee"
      En is stap "Incidenteel: zwaarwegend algemeen belang" niet doorlopen

    Abstract Scenario: Bij het doel "<doel>" moet de professional eerst kiezen welk van de vier doelen het is
      bron: 003_026876f3936cad21.txt r. 1488, 003_026876f3936cad21.txt r. 1490, 003_026876f3936cad21.txt r. 1493

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "<doel>"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "doel" bij de open vragen
      En is stap "Incidenteel: doel" beantwoord met "onbekend"

      Voorbeelden:
        | doel                                    |
        | voorkomen van excessief geweld          |
        | sociale en fysieke veiligheid op school |
        | collegiaal advies                       |

  Regel: Politiegegevens over een kind dat slachtoffer is, kunnen voor hulp aan het kind naar de school (P1-V21)

    # Een school staat niet in het Besluit politiegegevens (r. 1323); zonder convenant volgt de incidentele
    # verstrekking. Het voorbeeld beslist alleen dat het doel "hulp aan hen die deze behoeven" is; de
    # afwegingen daarna laat het open. De soort politiegegevens noemt het voorbeeld niet; het scenario
    # neemt gegevens van de dagelijkse politietaak (art. 8 Wpg).
    Voorbeeld: De politie wil de betrokken leerkracht informeren over een kind dat slachtoffer is van mishandeling (P1-V21)
      bron: 003_026876f3936cad21.txt r. 1499, 003_026876f3936cad21.txt r. 1492, 003_026876f3936cad21.txt r. 1323

      Gegeven de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Incidenteel: doel" beantwoord met "ja"
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "onbekend"

    # te beoordelen: (1) welk bevoegd gezag goedkeurt: de verstrekking dient de hulpverlening (de
    # burgemeester, r. 2148), maar de gegevens zijn verwerkt voor de strafrechtelijke handhaving (de
    # officier van justitie). Privacyrecht vraagt alleen of "het bevoegd gezag" heeft goedgekeurd.
    # (2) Het voorbeeld botst met "U kunt geen politie gegevens delen met een school" (r. 1348);
    # privacyrecht volgt de route: geen grondslag in het Besluit, dan incidenteel.
    @te_beoordelen
    Voorbeeld: Het schoolbestuur krijgt politiegegevens over het mishandelde kind, als alle voorwaarden van art. 19 zijn vervuld (P1-V21)
      bron: 003_026876f3936cad21.txt r. 1499, 003_026876f3936cad21.txt r. 1348, 003_026876f3936cad21.txt r. 2148

      Gegeven de ontvanger is een "onderwijsinstelling"
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 19 Wpg"
      En is stap "Incidenteel: goedkeuring bevoegd gezag" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "School wordt als zodanig niet genoemd"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"

  Regel: Een zwaarwegend algemeen belang is een oordeel van de professional (P1-V22)

    Voorbeeld: De politie weet zeker dat zonder verstrekking een levensbedreigende situatie ontstaat (P1-V22)
      bron: 003_026876f3936cad21.txt r. 1550, 003_026876f3936cad21.txt r. 1546, 003_026876f3936cad21.txt r. 1563

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "ja"
      En staat "zwaarwegend algemeen belang" niet bij de open vragen
      En staat "noodzakelijk voor het zwaarwegend algemeen belang" bij de open vragen

    Voorbeeld: De politie is er niet zeker van dat een levensbedreigende situatie ontstaat en ziet geen zwaarwegend algemeen belang (P1-V22)
      bron: 003_026876f3936cad21.txt r. 1550, 003_026876f3936cad21.txt r. 1556, 003_026876f3936cad21.txt r. 1569

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat op "art. 7 lid 1 Wpg"
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "nee"

    # "Wanneer u hier niet zeker van bent of wanneer de situatie niet levensbedreigend is, zal er niet snel
    # sprake zijn van een zwaarwegend algemeen belang" (r. 1550) is een aanwijzing voor de afweging, geen
    # verbod: zonder het oordeel van de professional blijft de vraag open.
    @ontbrekend_oordeel
    Voorbeeld: Of er een zwaarwegend algemeen belang is, heeft de professional nog niet beoordeeld (P1-V22)
      bron: 003_026876f3936cad21.txt r. 1550, 003_026876f3936cad21.txt r. 1552

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En er is geen oordeel over "zwaarwegend algemeen belang"
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "onbekend"

  Regel: De verstrekking moet noodzakelijk, proportioneel en subsidiair zijn (stap 5, 6 en 7)

    # Het voorbeeld geeft alleen een gezichtspunt ("Hoe reëler de dreigen hoe eerder de verstrekking
    # proportioneel is"); het oordeel blijft aan de professional.
    Voorbeeld: Bij een levensbedreigende situatie vindt de professional de verstrekking proportioneel (P1-V26)
      bron: 003_026876f3936cad21.txt r. 1956, 003_026876f3936cad21.txt r. 1946, 003_026876f3936cad21.txt r. 1962

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 19 Wpg"
      En is stap "Stap 6: incidenteel" beantwoord met "ja"

    # te beoordelen: de handreiking vraagt in stap 3 ook "of de andere partij daadwerkelijk baat heeft bij
    # de verstrekking" (r. 1065), zonder daar een gevolg aan te verbinden. Privacyrecht neemt die vraag mee
    # in de noodzakelijkheid van stap 5 ("Heeft de ontvanger de gegevens echt nodig om zijn taak uit te
    # voeren?", r. 1810).
    @te_beoordelen
    Voorbeeld: De zorgverlener heeft geen baat bij de politiegegevens, dus de professional vindt de verstrekking niet noodzakelijk (P1-E13)
      bron: 003_026876f3936cad21.txt r. 1065, 003_026876f3936cad21.txt r. 1805, 003_026876f3936cad21.txt r. 1810, 003_026876f3936cad21.txt r. 1830

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En is stap "Stap 5: incidenteel" beantwoord met "nee"
      En is stap "Stap 6: incidenteel" niet doorlopen

    Abstract Scenario: Vindt de professional "<toets>" niet vervuld, dan mag de politie niet incidenteel verstrekken
      bron: 003_026876f3936cad21.txt r. 1569, 003_026876f3936cad21.txt r. 1830, 003_026876f3936cad21.txt r. 1968, 003_026876f3936cad21.txt r. 2136

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "<toets>" niet is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat op "art. 7 lid 1 Wpg"
      En is stap "<stap>" beantwoord met "nee"
      En is als vervolg genoemd: "U mag de politiegegevens niet verstrekken"

      Voorbeelden:
        | toets                                              | stap                                     | regel |
        | zwaarwegend algemeen belang                        | Incidenteel: zwaarwegend algemeen belang | 1569  |
        | noodzakelijk voor het zwaarwegend algemeen belang  | Stap 5: incidenteel                      | 1830  |
        | proportioneel voor het zwaarwegend algemeen belang | Stap 6: incidenteel                      | 1968  |
        | subsidiair voor het zwaarwegend algemeen belang    | Stap 7: incidenteel                      | 2136  |

    # Bij stap 7 betekent "voldaan": de ontvanger kan niet via een andere, minder ingrijpende weg aan de
    # gegevens komen.
    @ontbrekend_oordeel
    Abstract Scenario: Zonder oordeel over "<toets>" blijft de incidentele verstrekking open
      bron: 003_026876f3936cad21.txt r. 1805, 003_026876f3936cad21.txt r. 1946, 003_026876f3936cad21.txt r. 2122

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En er is geen oordeel over "<toets>"
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<toets>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | toets                                              | stap                | regel |
        | noodzakelijk voor het zwaarwegend algemeen belang  | Stap 5: incidenteel | 1805  |
        | proportioneel voor het zwaarwegend algemeen belang | Stap 6: incidenteel | 1946  |
        | subsidiair voor het zwaarwegend algemeen belang    | Stap 7: incidenteel | 2122  |

  Regel: De goedkeuring van het bevoegd gezag kan niet worden gepasseerd, ook niet bij een acute noodzaak (P1-E25)

    Voorbeeld: Bij een acute noodzaak verstrekt de politie zonder goedkeuring van het bevoegd gezag (P1-E25)
      bron: 003_026876f3936cad21.txt r. 2148, 003_026876f3936cad21.txt r. 1557, 003_026876f3936cad21.txt r. 5454

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat op "art. 7 lid 1 Wpg"
      En is stap "Incidenteel: goedkeuring bevoegd gezag" beantwoord met "nee"
      En is als vervolg genoemd: "ook niet bij een acute noodzaak"
      En is stap "Stap 8A" niet doorlopen

    Voorbeeld: Of het bevoegd gezag de incidentele verstrekking heeft goedgekeurd, staat nog niet vast (P1-E25)
      bron: 003_026876f3936cad21.txt r. 2148

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het is onbekend of het feit "goedkeuring van het bevoegd gezag" zich voordoet
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "goedkeuring van het bevoegd gezag" bij de open vragen
      En is stap "Incidenteel: goedkeuring bevoegd gezag" beantwoord met "onbekend"

  # te beoordelen: de handreiking noemt de beperking voor gegevens van art. 9 en 10 Wpg alleen bij het
  # convenant (r. 1454). Art. 4:5 lid 1 Bpg geldt voor art. 19 en art. 20 lid 1: "In de gevallen waarin de
  # verwerkingsverantwoordelijke beslist tot verstrekking van politiegegevens op grond van artikel 19 of
  # artikel 20, eerste lid, van de wet, worden geen politiegegevens verstrekt die worden verwerkt
  # overeenkomstig artikel 9 of artikel 10 van de wet"; lid 2 laat gegevens van art. 9 en art. 10 lid 1
  # onder a en c toe "indien dit strikt noodzakelijk is voor het doel van de verstrekking, na overleg met
  # een functionaris". Privacyrecht past de wet toe, en vraagt zoals de handreiking (r. 1015) de
  # toestemming van de bevoegde functionaris waar de wet "overleg" zegt.
  Regel: Gegevens van art. 9 en 10 Wpg alleen als dat strikt noodzakelijk is (art. 4:5 Bpg)

    @te_beoordelen
    Abstract Scenario: Gegevens van "<soort>" gaan mee als ze strikt noodzakelijk zijn en de bevoegde functionaris toestemming gaf
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4763

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "<soort>"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 19 Wpg"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "ja"
      En mogen politiegegevens van "<soort>" mee

      Voorbeelden:
        | soort                     |
        | art. 9 Wpg                |
        | art. 10 lid 1 onder a Wpg |
        | art. 10 lid 1 onder c Wpg |

    @te_beoordelen
    Voorbeeld: Recherchegegevens (art. 9 Wpg) die niet strikt noodzakelijk zijn, gaan niet incidenteel mee
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4761

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 9 Wpg" niet mee
      En staat bij de keuzes ter juridische beoordeling: "art. 4:5 Bpg geldt ook voor de verstrekking op grond van art. 19 Wpg"

    @te_beoordelen
    Voorbeeld: Gegevens van art. 10 lid 1 onder b Wpg gaan nooit incidenteel mee, ook niet als ze strikt noodzakelijk zijn
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4769

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 10 lid 1 onder b Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 10 lid 1 onder b Wpg" niet mee

    @te_beoordelen
    Voorbeeld: Bij gegevens van art. 8 en art. 9 Wpg die niet strikt noodzakelijk zijn, mogen alleen de gegevens van art. 8 mee
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4761

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En mogen politiegegevens van "art. 8 Wpg" mee
      En mogen politiegegevens van "art. 9 Wpg" niet mee

    Voorbeeld: Zonder toestemming van de bevoegde functionaris gaan recherchegegevens (art. 9 Wpg) niet mee
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1017

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 3 Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "nee"
      En is als vervolg genoemd: "Vraag eerst toestemming aan de bevoegde functionaris"

    Voorbeeld: Voor gegevens van art. 13 Wpg geldt de beperking van art. 4:5 Bpg niet
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4761

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 13 lid 1 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 19 Wpg"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "ja"
      En staat "strikt noodzakelijk voor het doel van de verstrekking" niet bij de open vragen

    @ontbrekend_oordeel @te_beoordelen
    Voorbeeld: Of recherchegegevens (art. 9 Wpg) strikt noodzakelijk zijn, heeft de professional nog niet beoordeeld
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4763

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En er is geen oordeel over "strikt noodzakelijk voor het doel van de verstrekking"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "strikt noodzakelijk voor het doel van de verstrekking" bij de open vragen
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "onbekend"
