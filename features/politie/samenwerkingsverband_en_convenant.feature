# language: nl
@politie @wpg
Functionaliteit: Verstrekking in een samenwerkingsverband: de Wgs-route en het convenant
  Stap 4B van het Stappenplan Politie, "verstrekking aan derden structureel voor
  samenwerkingsverbanden": "Als de beoogde ontvangende partij niet is genoemd in de Wpg of het
  Besluit politiegegevens, is het in sommige gevallen toch mogelijk om politiegegevens te
  delen." "Een convenant op zichzelf is geen verstrekkinggrondslag. De verstrekking moet altijd
  gebaseerd zijn op artikel 20 van de Wpg." Dat kan alleen "wanneer verstrekkingen verenigbaar
  zijn met de politietaak, bepaalde doelen dient en er instemming is van het bevoegde gezag
  (burgemeester of de Officier van Justitie)". Daarna: is de verstrekking in lijn met het
  convenant, en is zij noodzakelijk, proportioneel en subsidiair? Elk nee leidt naar de
  "verstrekking aan derden incidenteel".
  Sinds 1 maart 2025 kent de wet daarnaast art. 20 lid 3 Wpg: neemt de politie deel aan een
  samenwerkingsverband van de Wet gegevensverwerking door samenwerkingsverbanden (Wgs), zoals
  een RIEC, dan verstrekt zij dat verband de politiegegevens die nodig zijn voor zijn doel,
  tenzij zwaarwegende redenen zich daartegen verzetten. Die route staat niet in de handreiking
  van mei 2023; privacyrecht vraagt haar na de structurele route en voor het convenant.

  Achtergrond:
    Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
    En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor

  Regel: Aan een samenwerkingsverband van de Wgs, zoals het RIEC, moet de politie verstrekken wat voor het doel van dat verband nodig is (art. 20 lid 3 Wpg)

    # te beoordelen: deze route staat niet in de handreiking (mei 2023). Art. 20 lid 3 Wpg (sinds
    # 1 maart 2025): "verstrekt de verwerkingsverantwoordelijke, in overeenstemming met het bevoegd
    # gezag, ... aan het samenwerkingsverband politiegegevens, voor zover dit noodzakelijk is voor
    # het doel van dat verband, tenzij naar het oordeel van de verwerkingsverantwoordelijke
    # zwaarwegende redenen zich daartegen verzetten." De tabel noemt voor het RIEC nog het vervallen
    # art. 4:3 lid 7 Bpg (r. 1325).
    @te_beoordelen
    Scenario: De politie verstrekt aan het RIEC waaraan zij deelneemt
      bron: 003_026876f3936cad21.txt r. 1325, 003_026876f3936cad21.txt r. 1382, 003_026876f3936cad21.txt r. 1384

      Gegeven de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het samenwerkingsverband" is voldaan
      En de professional oordeelt dat aan "geen zwaarwegende redenen tegen verstrekking" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 3 Wpg"
      En berust dat niet op "art. 18 Wpg"
      En wijkt de geheimhoudingsplicht op grond van "art. 20 lid 3 Wpg"
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "ja"
      En is stap "Samenwerkingsverband (Wgs): bevoegd gezag" beantwoord met "ja"
      En is stap "Samenwerkingsverband (Wgs): zwaarwegende redenen" beantwoord met "ja"
      En is stap "Stap 8B (samenwerkingsverband)" beantwoord met "ja"
      En is stap "Convenant" niet doorlopen
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"
      En geldt de voorwaarde dat "Leg de verstrekking vast"
      En staat bij de keuzes ter juridische beoordeling: "Deze route staat niet in de handreiking"

    # te beoordelen: art. 20 lid 3 Wpg eist dat de verstrekking "in overeenstemming met het bevoegd
    # gezag" plaatsvindt. Ontbreekt die overeenstemming, dan valt de Wgs-route weg; privacyrecht gaat
    # dan verder naar het convenant en de incidentele verstrekking, die zonder goedkeuring van het
    # bevoegd gezag evenmin kan (r. 2148).
    @te_beoordelen
    Scenario: Het bevoegd gezag stemt niet in met de verstrekking aan het RIEC
      bron: 003_026876f3936cad21.txt r. 1406, 003_026876f3936cad21.txt r. 2148

      Gegeven de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich niet voor
      En het feit "goedkeuring van het bevoegd gezag" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat niet op "art. 20 lid 3 Wpg"
      En is stap "Samenwerkingsverband (Wgs): bevoegd gezag" beantwoord met "nee"
      En is stap "Samenwerkingsverband (Wgs): noodzakelijk" niet doorlopen

    # te beoordelen: art. 20 lid 3 Wpg laat de verwerkingsverantwoordelijke oordelen of
    # "zwaarwegende redenen zich daartegen verzetten". Privacyrecht leest dat als: geen plicht op
    # deze route, en verder naar het convenant.
    @te_beoordelen
    Scenario: Zwaarwegende redenen verzetten zich tegen de verstrekking aan het RIEC
      bron: 003_026876f3936cad21.txt r. 1384, 003_026876f3936cad21.txt r. 1388

      Gegeven de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het samenwerkingsverband" is voldaan
      En de professional oordeelt dat aan "geen zwaarwegende redenen tegen verstrekking" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En berust dat niet op "art. 20 lid 3 Wpg"
      En is stap "Samenwerkingsverband (Wgs): zwaarwegende redenen" beantwoord met "nee"
      En is stap "Convenant" beantwoord met "onbekend"

    # te beoordelen: of een ander samenwerkingsverband een verband van de Wgs is, weet privacyrecht
    # niet uit zichzelf; het vraagt dat (art. 20 lid 3 Wpg; de Wgs wijst onder meer het Financieel
    # Expertise Centrum en de RIEC's aan).
    @te_beoordelen
    Abstract Scenario: Of de ontvanger een samenwerkingsverband van de Wgs is, staat nog niet vast
      bron: 003_026876f3936cad21.txt r. 1382, 003_026876f3936cad21.txt r. 1384

      Gegeven de ontvanger is een "<organisatie>"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger is een samenwerkingsverband van de Wgs" bij de open vragen
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "onbekend"

      Voorbeelden:
        | organisatie          |
        | samenwerkingsverband |
        | andere organisatie   |

    # te beoordelen: zie de vorige scenario's; art. 20 lid 3 Wpg.
    @te_beoordelen
    Scenario: Een samenwerkingsverband van de Wgs waaraan de politie deelneemt krijgt de gegevens die het nodig heeft
      bron: 003_026876f3936cad21.txt r. 1382, 003_026876f3936cad21.txt r. 1384

      Gegeven de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het samenwerkingsverband" is voldaan
      En de professional oordeelt dat aan "geen zwaarwegende redenen tegen verstrekking" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 3 Wpg"
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "ja"

    # te beoordelen: art. 4:5 Bpg (gegevens van art. 9 en 10 alleen als zij strikt noodzakelijk zijn,
    # na overleg met de bevoegde functionaris; nooit van art. 10 lid 1 onder b) noemt alleen art. 19
    # en art. 20 lid 1 Wpg, niet lid 3. Privacyrecht past de beperking ook op de Wgs-route toe, tot
    # een lezing van de Wgs en haar besluiten anders uitwijst. Zijn de gegevens niet strikt
    # noodzakelijk, dan lopen ook het convenant en de incidentele verstrekking op dezelfde regel
    # stuk.
    @te_beoordelen
    Scenario: Recherchegegevens die niet strikt noodzakelijk zijn gaan niet naar het RIEC
      bron: 003_026876f3936cad21.txt r. 1454, 003_026876f3936cad21.txt r. 1325

      Gegeven de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het samenwerkingsverband" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      En de professional oordeelt dat aan "geen zwaarwegende redenen tegen verstrekking" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En berust dat niet op "art. 20 lid 3 Wpg"
      En is stap "Samenwerkingsverband (Wgs): art. 9 en 10" beantwoord met "nee"
      En is stap "Convenant: art. 9 en 10" beantwoord met "nee"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "nee"

  Regel: Met een convenant mag de politie verstrekken als het bevoegd gezag instemt en de verstrekking in lijn is met het convenant, noodzakelijk, proportioneel en subsidiair (art. 20 lid 1 Wpg)

    Voorbeeld: De politie verstrekt aan een partner in een samenwerkingsverband onder alle voorwaarden van art. 20 Wpg (W32)
      bron: 003_026876f3936cad21.txt r. 5433, 003_026876f3936cad21.txt r. 5444, 003_026876f3936cad21.txt r. 1388, 003_026876f3936cad21.txt r. 1406, 003_026876f3936cad21.txt r. 1440, 003_026876f3936cad21.txt r. 2080

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 1 Wpg"
      En wijkt de geheimhoudingsplicht op grond van "art. 20 lid 1 Wpg"
      En is stap "Convenant" beantwoord met "ja"
      En is stap "Convenant: instemming bevoegd gezag" beantwoord met "ja"
      En is stap "Convenant: in lijn" beantwoord met "ja"
      En is stap "Stap 7: convenant" beantwoord met "ja"
      En is stap "Stap 8B" beantwoord met "ja"
      En geldt de voorwaarde dat "Leg in de beslissing tot verstrekking vast: voor welk zwaarwegend algemeen belang"
      En geldt de voorwaarde dat "de identiteit van de verzoeker"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"

    Abstract Scenario: Zorgpartners, gemeenten, jeugdinstanties en private partijen kunnen convenantpartner zijn (P1-E20)
      bron: 003_026876f3936cad21.txt r. 1384, 003_026876f3936cad21.txt r. 1386, 003_026876f3936cad21.txt r. 5433

      Gegeven de ontvanger is een "<organisatie>"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 1 Wpg"

      Voorbeelden:
        | organisatie        |
        | zorgaanbieder      |
        | gemeente           |
        | jeugdhulpaanbieder |
        | woningcorporatie   |

    Scenario: Zonder convenant gaat de politie verder naar de incidentele verstrekking
      bron: 003_026876f3936cad21.txt r. 1386, 003_026876f3936cad21.txt r. 1388, 003_026876f3936cad21.txt r. 1396, 003_026876f3936cad21.txt r. 1400

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant" beantwoord met "nee"
      En is stap "Convenant: instemming bevoegd gezag" niet doorlopen
      En is stap "Incidenteel: doel" beantwoord met "ja"

    # te beoordelen: bij de instemming van het bevoegd gezag (r. 1406, 5444) drukt de handreiking geen
    # nee-tak af. Privacyrecht behandelt een ontbrekende instemming als de andere nee's op deze route:
    # geen verstrekking op grond van art. 20, en verder naar de incidentele verstrekking, die zonder
    # goedkeuring van het bevoegd gezag evenmin kan (r. 2148). Wie moet instemmen (burgemeester "of"
    # officier van justitie, r. 1406; het Handvat zegt: beiden) is niet uitgewerkt.
    @te_beoordelen
    Voorbeeld: Het bevoegd gezag heeft niet ingestemd met het samenwerkingsverband (W32)
      bron: 003_026876f3936cad21.txt r. 5444, 003_026876f3936cad21.txt r. 1406, 003_026876f3936cad21.txt r. 2148

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich niet voor
      En het feit "goedkeuring van het bevoegd gezag" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: instemming bevoegd gezag" beantwoord met "nee"
      En is stap "Convenant: in lijn" niet doorlopen

    Voorbeeld: Het gebroken been van A bij een inbraakpoging is niet in lijn met een convenant over excessief geweld (P1-V20)
      bron: 003_026876f3936cad21.txt r. 1448, 003_026876f3936cad21.txt r. 1440, 003_026876f3936cad21.txt r. 1442, 003_026876f3936cad21.txt r. 1446

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gezondheid"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: in lijn" beantwoord met "nee"
      En is stap "Stap 5: convenant" niet doorlopen
      En is stap "Incidenteel: doel" beantwoord met "ja"

    Voorbeeld: Een oude gokverslaving is niet noodzakelijk voor een convenant over gezondheid (P1-V25)
      bron: 003_026876f3936cad21.txt r. 1757, 003_026876f3936cad21.txt r. 1740, 003_026876f3936cad21.txt r. 1765, 003_026876f3936cad21.txt r. 1769

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Stap 5: convenant" beantwoord met "nee"
      En is stap "Stap 6: convenant" niet doorlopen
      En is stap "Incidenteel: doel" beantwoord met "ja"

    Voorbeeld: Een andere convenantpartner beschikt ook over de gegevens (P1-E24)
      bron: 003_026876f3936cad21.txt r. 2086, 003_026876f3936cad21.txt r. 2060, 003_026876f3936cad21.txt r. 2070, 003_026876f3936cad21.txt r. 2074

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "zwaarwegend algemeen belang" bij de open vragen
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Stap 7: convenant" beantwoord met "nee"
      En is stap "Stap 8A" niet doorlopen

    Voorbeeld: Ook bij de incidentele verstrekking kan de ontvanger de gegevens via de andere partner krijgen (P1-E24)
      bron: 003_026876f3936cad21.txt r. 2086, 003_026876f3936cad21.txt r. 2074, 003_026876f3936cad21.txt r. 2122, 003_026876f3936cad21.txt r. 2136

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" niet is voldaan
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Stap 7: incidenteel" beantwoord met "nee"

  Regel: Gegevens van art. 9 en art. 10 lid 1 onder a en c Wpg gaan onder een convenant alleen mee als dat strikt noodzakelijk is, en gegevens van art. 10 lid 1 onder b nooit (art. 4:5 Bpg)

    # te beoordelen: de handreiking zegt "met instemming van de verantwoordelijke" en "strikt
    # noodzakelijk ... voor het doel van het convenant" (r. 1454). Art. 4:5 lid 2 Bpg zegt "strikt
    # noodzakelijk voor het doel van de verstrekking, na overleg met een functionaris die is
    # aangewezen op grond van artikel 2:10". Privacyrecht vraagt het oordeel in de woorden van de wet
    # en volgt voor de functionaris de strengere handreiking: zijn toestemming (ook r. 1015).
    @te_beoordelen
    Abstract Scenario: Strikt noodzakelijke gegevens van "<soort>" gaan met toestemming van de bevoegde functionaris mee (P1-E21)
      bron: 003_026876f3936cad21.txt r. 1454, 003_026876f3936cad21.txt r. 1015, 002_efefe0b70f172480.txt r. 4763

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "<soort>"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 20 lid 1 Wpg"
      En is stap "Convenant: art. 9 en 10" beantwoord met "ja"
      En mogen politiegegevens van "<soort>" mee

      Voorbeelden:
        | soort                     |
        | art. 9 Wpg                |
        | art. 10 lid 1 onder a Wpg |
        | art. 10 lid 1 onder c Wpg |

    # te beoordelen: zie hierboven. De handreiking noemt de beperking alleen bij het convenant
    # (r. 1454); art. 4:5 Bpg geldt ook voor de incidentele verstrekking (art. 19 Wpg), zodat ook die
    # route op deze regel stukloopt.
    @te_beoordelen
    Voorbeeld: Recherchegegevens die niet strikt noodzakelijk zijn gaan niet mee met een convenant (P1-E21)
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4759, 002_efefe0b70f172480.txt r. 4763

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: art. 9 en 10" beantwoord met "nee"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 9 Wpg" niet mee

    # te beoordelen: de handreiking zegt niets over art. 10 lid 1 onder b Wpg (r. 1454 noemt alleen
    # art. 9 en art. 10 lid 1 onder a en c). Art. 4:5 lid 1 Bpg sluit alle gegevens van art. 9 en 10
    # uit, en lid 2 laat alleen art. 9 en 10 lid 1 onder a en c weer toe; onder b dus nooit.
    @te_beoordelen
    Scenario: Gegevens van art. 10 lid 1 onder b Wpg gaan nooit mee met een convenant, ook niet als ze strikt noodzakelijk zijn
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4763

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 10 lid 1 onder b Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 10 lid 1 onder b Wpg" niet mee

    Scenario: Van gegevens van art. 8 en art. 9 Wpg gaan alleen die van art. 8 mee als de recherchegegevens niet strikt noodzakelijk zijn
      bron: 003_026876f3936cad21.txt r. 1454, 002_efefe0b70f172480.txt r. 4759

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En mogen politiegegevens van "art. 8 Wpg" mee
      En mogen politiegegevens van "art. 9 Wpg" niet mee

  Regel: Zolang een oordeel op de route van het samenwerkingsverband of het convenant ontbreekt, is de uitkomst onbeslist

    @ontbrekend_oordeel
    Abstract Scenario: Zonder oordeel over een toets van het convenant blijft de verstrekking open
      bron: 003_026876f3936cad21.txt r. 1440, 003_026876f3936cad21.txt r. 1740, 003_026876f3936cad21.txt r. 1906, 003_026876f3936cad21.txt r. 2060

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En er is geen oordeel over "<ontbrekend>"
      En de professional oordeelt dat aan "<oordeel 1>" is voldaan
      En de professional oordeelt dat aan "<oordeel 2>" is voldaan
      En de professional oordeelt dat aan "<oordeel 3>" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<ontbrekend>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | ontbrekend                                    | oordeel 1                                    | oordeel 2                                     | oordeel 3                                     | stap               |
        | in lijn met het convenant                     | noodzakelijk voor het doel van het convenant | proportioneel voor het doel van het convenant | subsidiair voor het doel van het convenant    | Convenant: in lijn |
        | noodzakelijk voor het doel van het convenant  | in lijn met het convenant                    | proportioneel voor het doel van het convenant | subsidiair voor het doel van het convenant    | Stap 5: convenant  |
        | proportioneel voor het doel van het convenant | in lijn met het convenant                    | noodzakelijk voor het doel van het convenant  | subsidiair voor het doel van het convenant    | Stap 6: convenant  |
        | subsidiair voor het doel van het convenant    | in lijn met het convenant                    | noodzakelijk voor het doel van het convenant  | proportioneel voor het doel van het convenant | Stap 7: convenant  |

    @ontbrekend_oordeel
    Scenario: Zonder oordeel of recherchegegevens strikt noodzakelijk zijn blijft de verstrekking onder het convenant open
      bron: 003_026876f3936cad21.txt r. 1454

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En er is geen oordeel over "strikt noodzakelijk voor het doel van de verstrekking"
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "strikt noodzakelijk voor het doel van de verstrekking" bij de open vragen
      En is stap "Convenant: art. 9 en 10" beantwoord met "onbekend"

    @ontbrekend_oordeel
    Scenario: Het staat nog niet vast of er een convenant met de ontvanger is
      bron: 003_026876f3936cad21.txt r. 1388

      Gegeven de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het is onbekend of het feit "convenant met de ontvanger" zich voordoet
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En is stap "Convenant" beantwoord met "onbekend"

    # te beoordelen: de toetsen van art. 20 lid 3 Wpg staan niet in de handreiking (zie boven).
    @ontbrekend_oordeel @te_beoordelen
    Abstract Scenario: Zonder oordeel over een toets van art. 20 lid 3 Wpg blijft de verstrekking aan het RIEC open
      bron: 003_026876f3936cad21.txt r. 1382, 003_026876f3936cad21.txt r. 1384

      Gegeven de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En er is geen oordeel over "<ontbrekend>"
      En de professional oordeelt dat aan "<ander oordeel>" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<ontbrekend>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | ontbrekend                                              | ander oordeel                                           | stap                                             |
        | noodzakelijk voor het doel van het samenwerkingsverband | geen zwaarwegende redenen tegen verstrekking            | Samenwerkingsverband (Wgs): noodzakelijk         |
        | geen zwaarwegende redenen tegen verstrekking            | noodzakelijk voor het doel van het samenwerkingsverband | Samenwerkingsverband (Wgs): zwaarwegende redenen |
