# language: nl
@politie @wpg
Functionaliteit: Structurele verstrekking aan ontvangers die het Besluit politiegegevens aanwijst
  Stap 4B van het Stappenplan Politie, "verstrekking aan derden structureel": "Wanneer u wilt
  verstrekken aan een derde partij, kijkt u eerst of de hiervoor een wettelijke grondslag is
  neergelegd in het Besluit politiegegevens. Daar staat in artikel 4:1-4:4 met wie
  politiegegevens kunnen worden gedeeld voor buiten de Wpg gelegen doeleinden." De handreiking
  noemt in een tabel "de meest relevante organisaties" (r. 1317-1325), maar vraagt:
  "Controleer volledigheidshalve altijd of in de op u van toepassing zijnde tabel een
  wettelijke grondslag is opgenomen". "U mag gegevens verstrekken als zowel de beoogde
  ontvangende partij en het doel van de verstrekking overeenkomt met het wetsartikel"; daarna
  volgen noodzakelijkheid, proportionaliteit en subsidiariteit (stap 5 tot en met 7) en stap 8.
  Is een antwoord nee, dan is dat geen verbod: "Ga verder naar convenant". De grondslag is
  art. 18 Wpg met het artikel van het Besluit politiegegevens dat de ontvanger noemt.

  Achtergrond:
    Gegeven het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"

  Regel: Een ontvanger die de tabel noemt, krijgt de gegevens voor het doel van zijn rij

    Abstract Scenario: De politie verstrekt aan een ontvanger uit de tabel voor het doel dat het Besluit noemt
      bron: 003_026876f3936cad21.txt r. 1319, 003_026876f3936cad21.txt r. 1321, 003_026876f3936cad21.txt r. 1322, 003_026876f3936cad21.txt r. 1331, 003_026876f3936cad21.txt r. 1339, 003_026876f3936cad21.txt r. 2024

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is <lidwoord> "<organisatie>" in de rol "<rol>"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "<doel>"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 18 Wpg"
      En berust dat op "<bepaling>"
      En wijkt de geheimhoudingsplicht op grond van "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "ja"
      En is stap "Structureel: doel" beantwoord met "ja"
      En is stap "Structureel: soort politiegegevens" beantwoord met "ja"
      En is stap "Stap 7: structureel" beantwoord met "ja"
      En is stap "Stap 8B" beantwoord met "ja"
      En geldt de voorwaarde dat "Leg de verstrekking vast"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"

      Voorbeelden:
        | lidwoord | organisatie  | rol                                    | doel                                                                         | bepaling                   |
        | de       | gemeente     | college van burgemeester en wethouders | beoordeling van de noodzaak van jeugdhulp                                    | art. 4:2 lid 1 onder i Bpg |
        | een      | Halt-bureau  | medewerker                             | alternatieve afdoening van strafbare feiten door minderjarigen               | art. 4:2 lid 1 onder f Bpg |
        | de       | reclassering | medewerker                             | hulp aan verdachten of veroordeelden                                         | art. 4:2 lid 1 onder g Bpg |
        | de       | reclassering | medewerker                             | onderzoek voor beslissingen over vervolging, berechting of tenuitvoerlegging | art. 4:2 lid 1 onder g Bpg |
        | de       | reclassering | medewerker                             | voorbereiden en begeleiden van rechterlijke beslissingen                     | art. 4:2 lid 1 onder g Bpg |
        | de       | reclassering | medewerker                             | indicatiestelling voor forensische zorg                                      | art. 4:2 lid 1 onder g Bpg |

    Voorbeeld: De politie verstrekt de naam van een minderjarige verdachte aan bureau HALT (P1-V19)
      bron: 003_026876f3936cad21.txt r. 1352, 003_026876f3936cad21.txt r. 1321, 003_026876f3936cad21.txt r. 1339, 003_026876f3936cad21.txt r. 2208

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 18 Wpg"
      En berust dat op "art. 4:2 lid 1 onder f Bpg"
      En mogen politiegegevens van "art. 8 Wpg" mee
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht die op de gegevens blijft rusten"
      En geldt de voorwaarde dat "Leg de verstrekking vast"
      En geldt de voorwaarde dat "noem uitdrukkelijk de datum"

    Scenario: Ook gegevens van art. 13 lid 1 Wpg mogen naar bureau HALT
      bron: 003_026876f3936cad21.txt r. 1321

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "art. 13 lid 1 Wpg"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 4:2 lid 1 onder f Bpg"
      En mogen politiegegevens van "art. 13 lid 1 Wpg" mee
      En is stap "Structureel: soort politiegegevens" beantwoord met "ja"

  Regel: Een ontvanger waarvoor de tabel "Geen" zegt, heeft geen structurele grondslag; de politie gaat verder naar het samenwerkingsverband en het convenant

    # te beoordelen: privacyrecht neemt het "Geen" van de tabel over en vraagt voor deze ontvangers
    # niet meer of het Besluit hen toch noemt. De handreiking vraagt "volledigheidshalve altijd" de
    # volledige verstrekkingenwijzer te raadplegen (r. 1313), en bij de school: "alleen ... als de
    # ontvanger binnen de school een rol heeft die wel in de wijzer staat. Bijvoorbeeld de directeur
    # als benadeelde van de school" (r. 1323); die tekst toont privacyrecht als kanttekening.
    @te_beoordelen
    Abstract Scenario: De tabel noemt de ontvanger niet als ontvanger van politiegegevens
      bron: 003_026876f3936cad21.txt r. 1318, 003_026876f3936cad21.txt r. 1320, 003_026876f3936cad21.txt r. 1323, 003_026876f3936cad21.txt r. 1324, 003_026876f3936cad21.txt r. 1333, 003_026876f3936cad21.txt r. 1344

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is <lidwoord> "<organisatie>" in de rol "<rol>"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen van excessief geweld"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En staat "ontvanger genoemd in het Besluit politiegegevens" niet bij de open vragen
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Structureel: doel" niet doorlopen
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "nee"
      En staat bij de keuzes ter juridische beoordeling: "Volgens de tabel van de handreiking (<rij>)"

      Voorbeelden:
        | lidwoord | organisatie         | rol                                    | rij                               |
        | een      | buurtpreventieteam  | medewerker                             | Buurtpreventieteams               |
        | de       | gemeente            | sociaal domein                         | Gemeenten                         |
        | de       | gemeente            | openbare-ordetaak voor de burgemeester | Gemeenten                         |
        | een      | onderwijsinstelling | leerkracht                             | School                            |
        | een      | zorgaanbieder       | zorg- en hulpverlener                  | Zorginstellingen en hulpverleners |
        | een      | jeugdhulpaanbieder  | jeugdhulpverlener                      | Zorginstellingen en hulpverleners |

    Voorbeeld: Voorbeeld 1 van de handreiking: de politie wil politiegegevens delen met een school (P1-V17)
      bron: 003_026876f3936cad21.txt r. 1348, 003_026876f3936cad21.txt r. 1323, 003_026876f3936cad21.txt r. 1343, 003_026876f3936cad21.txt r. 1344

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "onderwijsinstelling"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "sociale en fysieke veiligheid op school"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Convenant" beantwoord met "onbekend"
      En staat bij de keuzes ter juridische beoordeling: "School wordt als zodanig niet genoemd"
      En staat bij de keuzes ter juridische beoordeling: "de directeur als benadeelde van de school, of als partij in een convenant"

  Regel: Het doel van de verstrekking moet overeenkomen met het doel van het wetsartikel

    Voorbeeld: Voorbeeld 2 van de handreiking: gegevens over wapenbezit passen niet bij het jeugdhulpdoel van het college van B&W (P1-V18)
      bron: 003_026876f3936cad21.txt r. 1350, 003_026876f3936cad21.txt r. 1319, 003_026876f3936cad21.txt r. 1331, 003_026876f3936cad21.txt r. 1334, 003_026876f3936cad21.txt r. 1344

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is de "gemeente" in de rol "college van burgemeester en wethouders"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen van excessief geweld"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En berust dat niet op "art. 4:2 lid 1 onder i Bpg"
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "ja"
      En is stap "Structureel: doel" beantwoord met "nee"
      En is stap "Stap 5: structureel" niet doorlopen
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "nee"

  Regel: De ontvanger krijgt alleen de soort politiegegevens die zijn rij noemt (art. 8 en art. 13 lid 1 Wpg)

    Abstract Scenario: Gegevens van "<soort>" gaan niet op grond van het Besluit naar bureau HALT
      bron: 003_026876f3936cad21.txt r. 1321, 003_026876f3936cad21.txt r. 1331, 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1344

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "<soort>"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En berust dat niet op "art. 4:2 lid 1 onder f Bpg"
      En is stap "Structureel: doel" beantwoord met "ja"
      En is stap "Structureel: soort politiegegevens" beantwoord met "nee"
      En is stap "Stap 5: structureel" niet doorlopen
      En is nog onbekend of politiegegevens van "<soort>" mee mogen

      Voorbeelden:
        | soort                     |
        | art. 9 Wpg                |
        | art. 10 lid 1 onder a Wpg |
        | art. 10 lid 1 onder c Wpg |

    Scenario: Van een dossier met gegevens van art. 8 en art. 9 Wpg mogen alleen die van art. 8 naar bureau HALT
      bron: 003_026876f3936cad21.txt r. 1321, 003_026876f3936cad21.txt r. 1331

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En mogen politiegegevens van "art. 8 Wpg" mee
      En is nog onbekend of politiegegevens van "art. 9 Wpg" mee mogen
      En is stap "Structureel: soort politiegegevens" beantwoord met "nee"

  Regel: Staat de ontvanger niet in de tabel, dan vraagt privacyrecht of het Besluit hem noemt; dat hij ontbreekt betekent niet dat er geen grondslag is

    Scenario: Veilig Thuis staat niet in de tabel van de handreiking
      bron: 003_026876f3936cad21.txt r. 1313, 003_026876f3936cad21.txt r. 1333

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is "Veilig Thuis"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen van excessief geweld"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "onbekend"
      En is stap "Samenwerkingsverband (Wgs)" niet doorlopen

    Scenario: Noemt het Besluit de ontvanger en het doel, dan mag de politie verstrekken
      bron: 003_026876f3936cad21.txt r. 1311, 003_026876f3936cad21.txt r. 1313, 003_026876f3936cad21.txt r. 1331, 003_026876f3936cad21.txt r. 1339

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is "Veilig Thuis"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen van excessief geweld"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich voor
      En de professional oordeelt dat aan "doel overeenkomstig het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "ja"
      En is stap "Structureel: doel" beantwoord met "ja"
      En geldt de voorwaarde dat "Leg vast op welk artikel van het Besluit politiegegevens"

    Scenario: Noemt het Besluit de woningcorporatie niet, dan gaat de politie verder naar het convenant
      bron: 003_026876f3936cad21.txt r. 1333, 003_026876f3936cad21.txt r. 1343, 003_026876f3936cad21.txt r. 1344

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "woningcorporatie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En staat "ontvanger genoemd in het Besluit politiegegevens" niet bij de open vragen
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "nee"

    Scenario: Een boa raadpleegt de verstrekkingenwijzer voor boa's
      bron: 003_026876f3936cad21.txt r. 1313, 003_026876f3936cad21.txt r. 1333

      Gegeven de verstrekker is een "gemeente" in de rol "boa"
      En de ontvanger is een "woningcorporatie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En is stap "Structureel: ontvanger" beantwoord met "onbekend"
      En is het "Stappenplan Politie en boa's" toegepast

  Regel: Het RIEC staat niet meer in het Besluit politiegegevens; de politie verstrekt het RIEC op grond van art. 20 lid 3 Wpg

    # te beoordelen: de tabel noemt voor het RIEC "Art. 18 Wpg en Art. 4:3 zevende lid Bpg" (r. 1325).
    # Dat lid is vervallen (het is leeg in het Besluit politiegegevens van 4 juni 2025). Sinds de Wet
    # gegevensverwerking door samenwerkingsverbanden (in werking 1 maart 2025) is het RIEC een
    # samenwerkingsverband van die wet (art. 2.16 Wgs) en verstrekt de politie op grond van art. 20
    # lid 3 Wpg: "in overeenstemming met het bevoegd gezag", "voor zover dit noodzakelijk is voor het
    # doel van dat verband, tenzij naar het oordeel van de verwerkingsverantwoordelijke zwaarwegende
    # redenen zich daartegen verzetten". Privacyrecht volgt de wet, niet de tabel. De eis van de tabel
    # dat gegevens van art. 9 en 10 lid 1 onder a "slechts na instemming van het OM" gaan, viel met
    # art. 4:3 lid 7 Bpg weg; privacyrecht vraagt de overeenstemming met het bevoegd gezag (art. 20
    # lid 3 Wpg) en past op recherchegegevens art. 4:5 Bpg toe (strikt noodzakelijk, met de bevoegde
    # functionaris), hoewel dat artikel alleen art. 19 en 20 lid 1 Wpg noemt.
    @te_beoordelen
    Voorbeeld: De politie verstrekt recherchegegevens aan het RIEC (P1-E19)
      bron: 003_026876f3936cad21.txt r. 1325, 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1382

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is het "RIEC"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het samenwerkingsverband" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      En de professional oordeelt dat aan "geen zwaarwegende redenen tegen verstrekking" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 3 Wpg"
      En berust dat niet op "art. 18 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "ja"
      En is stap "Samenwerkingsverband (Wgs): art. 9 en 10" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "Deze route staat niet in de handreiking"
      En staat bij de keuzes ter juridische beoordeling: "Volgens de tabel van de handreiking (RIEC's)"

  Regel: Een nee bij stap 5, 6 of 7 van de structurele route is geen verbod: de politie gaat verder naar het convenant

    Scenario: Bureau HALT kan de gegevens via een minder ingrijpende weg krijgen
      bron: 003_026876f3936cad21.txt r. 2004, 003_026876f3936cad21.txt r. 2014, 003_026876f3936cad21.txt r. 2018

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En berust dat niet op "art. 4:2 lid 1 onder f Bpg"
      En is stap "Stap 7: structureel" beantwoord met "nee"
      En is stap "Stap 8A" niet doorlopen
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "nee"

  Regel: Zolang een oordeel op de structurele route ontbreekt, is de uitkomst onbeslist

    @ontbrekend_oordeel
    Abstract Scenario: Zonder oordeel over een toets van de structurele route blijft de verstrekking aan bureau HALT open
      bron: 003_026876f3936cad21.txt r. 1688, 003_026876f3936cad21.txt r. 1866, 003_026876f3936cad21.txt r. 2004

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "Halt-bureau"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En er is geen oordeel over "<ontbrekend>"
      En de professional oordeelt dat aan "<ander oordeel>" is voldaan
      En de professional oordeelt dat aan "<derde oordeel>" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<ontbrekend>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | ontbrekend                                                 | ander oordeel                                              | derde oordeel                                              | stap                |
        | noodzakelijk voor het doel in het Besluit politiegegevens  | proportioneel voor het doel in het Besluit politiegegevens | subsidiair voor het doel in het Besluit politiegegevens    | Stap 5: structureel |
        | proportioneel voor het doel in het Besluit politiegegevens | noodzakelijk voor het doel in het Besluit politiegegevens  | subsidiair voor het doel in het Besluit politiegegevens    | Stap 6: structureel |
        | subsidiair voor het doel in het Besluit politiegegevens    | noodzakelijk voor het doel in het Besluit politiegegevens  | proportioneel voor het doel in het Besluit politiegegevens | Stap 7: structureel |

    @ontbrekend_oordeel
    Scenario: Zonder oordeel of het doel overeenkomt met het artikel van het Besluit blijft de verstrekking aan Veilig Thuis open
      bron: 003_026876f3936cad21.txt r. 1331, 003_026876f3936cad21.txt r. 1334

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is "Veilig Thuis"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen van excessief geweld"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich voor
      En er is geen oordeel over "doel overeenkomstig het Besluit politiegegevens"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "doel overeenkomstig het Besluit politiegegevens" bij de open vragen
      En is stap "Structureel: ontvanger" beantwoord met "ja"
      En is stap "Structureel: doel" beantwoord met "onbekend"
