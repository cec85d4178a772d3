# language: nl
@politie @wpg
Functionaliteit: De politie in het Handvat gegevensdeling in het zorg- en veiligheidsdomein
  Het Handvat (§3.7 Politie) beschrijft hoe de politie gegevens deelt in
  samenwerkingsverbanden. "Bij de verwerking van gegevens voor de uitoefening
  van de politietaak is er sprake van politiegegevens en is de Wpg van
  toepassing." Binnen de Wpg geldt "delen, tenzij…": "op grond van artikel 15
  [moeten] politiegegevens ter beschikking worden gesteld". Voor alle andere
  partijen geldt "niet delen tenzij…": "er [worden] in principe geen
  politiegegevens verstrekt, tenzij de wetgever dit expliciet mogelijk heeft
  gemaakt." Art. 20 Wpg maakt structurele verstrekking aan een
  samenwerkingsverband mogelijk, met instemming van het bevoegd gezag, en "de
  geheimhoudingsplicht [verhuist] als het ware mee naar de ontvanger".
  De scenario's volgen het Stappenplan Politie van de handreiking; waar het
  Handvat daarvan afwijkt, staat dat bij het scenario.

  Regel: De Wpg geldt voor gegevens die de politie voor de politietaak verwerkt, niet voor andere taken

    Voorbeeld: De politie verwerkt gegevens als toezichthouder uit de APV: dat is een burgemeesterstaak en de Wpg geldt niet (H02)
      bron: 002_efefe0b70f172480.txt r. 4540, 002_efefe0b70f172480.txt r. 4542, 002_efefe0b70f172480.txt r. 4514, 002_efefe0b70f172480.txt r. 4516, 003_026876f3936cad21.txt r. 979

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich niet voor
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "toezicht op de naleving van regelgeving"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "Wpg niet van toepassing" bij de open vragen
      En is stap "Stap 2B" beantwoord met "nee"
      En is stap "Stap 4" niet doorlopen

    Voorbeeld: De politie verwerkt gegevens voor de politietaak: de Wpg is van toepassing (H03)
      bron: 002_efefe0b70f172480.txt r. 4538, 002_efefe0b70f172480.txt r. 4540

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is de "gemeente" in de rol "burgemeester"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 2B" beantwoord met "ja"
      En is het regime "Wet politiegegevens" van toepassing
      En is het "Stappenplan Politie en boa's" toegepast

  Regel: Binnen de Wpg geldt "delen, tenzij": politiegegevens moeten ter beschikking worden gesteld (art. 15 Wpg)

    Voorbeeld: De politie stelt politiegegevens ter beschikking aan de Koninklijke Marechaussee die ze nodig heeft (H09)
      bron: 002_efefe0b70f172480.txt r. 4639, 002_efefe0b70f172480.txt r. 4641, 002_efefe0b70f172480.txt r. 4635

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 4" beantwoord met "ja"
      En is stap "Stap 4A: uitzonderingsgrond" beantwoord met "nee"

    # te beoordelen: het Handvat laat weigeren of beperkende voorwaarden alleen toe "in bijzondere gevallen en
    # indien dit noodzakelijk is voor een goede uitvoering van de politietaak" (r. 4643–4647; zo ook art. 15
    # lid 2 Wpg). Privacyrecht volgt de handreiking: een grond van art. 2:13 Bpg, en dan beslist u na
    # afstemming met uw leidinggevende (003 r. 1196–1202). Het Handvat noemt de leidinggevende niet.
    @te_beoordelen
    Voorbeeld: Na afstemming met de leidinggevende weigert de politie de terbeschikkingstelling in een bijzonder geval (H09)
      bron: 002_efefe0b70f172480.txt r. 4643, 002_efefe0b70f172480.txt r. 4645, 002_efefe0b70f172480.txt r. 4647, 003_026876f3936cad21.txt r. 1202

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich voor
      En de professional oordeelt dat aan "na afstemming met de leidinggevende ter beschikking stellen" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 2:13 Bpg"
      En is stap "Stap 4A: afstemmen" beantwoord met "nee"

  Regel: Buiten de Wpg geldt "niet delen, tenzij": zonder wettelijke grondslag geen verstrekking

    # te beoordelen: het Handvat noemt als uitzonderingen alleen wat "de wetgever … expliciet mogelijk heeft
    # gemaakt" en werkt art. 20 uit, maar noemt de incidentele verstrekking van art. 19 Wpg niet. Privacyrecht
    # volgt de handreiking en toetst ook art. 19; "mag niet" volgt hier pas omdat ook die route niet opgaat.
    @te_beoordelen
    Voorbeeld: Voor een partij buiten de Wpg zonder grondslag in de wet, zonder convenant en zonder zwaarwegend algemeen belang verstrekt de politie niets (H10)
      bron: 002_efefe0b70f172480.txt r. 4650, 002_efefe0b70f172480.txt r. 4652, 002_efefe0b70f172480.txt r. 4654, 003_026876f3936cad21.txt r. 1569

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 1 Wpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Convenant" beantwoord met "nee"
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "nee"

  Regel: Art. 20 Wpg: structurele verstrekking aan een samenwerkingsverband, met instemming van het bevoegd gezag

    Voorbeeld: De politie verstrekt aan een samenwerkingsverband met convenant voor hulp aan wie die nodig heeft (H12)
      bron: 002_efefe0b70f172480.txt r. 4682, 002_efefe0b70f172480.txt r. 4686, 002_efefe0b70f172480.txt r. 4690, 003_026876f3936cad21.txt r. 1406

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En is stap "Convenant: instemming bevoegd gezag" beantwoord met "ja"

    # te beoordelen: volgens het Handvat "moeten zowel de burgemeester als het OM instemmen" (r. 4698–4702);
    # de handreiking zegt "instemming … van het bevoegde gezag (burgemeester of de Officier van Justitie)"
    # (003 r. 1406). Privacyrecht vraagt één feit, de instemming van het bevoegd gezag; het scenario beantwoordt
    # dat met "nee" omdat het OM niet instemde. Zonder instemming berust de verstrekking niet op art. 20 en
    # volgt de incidentele verstrekking (003 r. 1400).
    @te_beoordelen
    Voorbeeld: Alleen de burgemeester stemt in met het samenwerkingsverband, het OM niet (H13)
      bron: 002_efefe0b70f172480.txt r. 4696, 002_efefe0b70f172480.txt r. 4698, 002_efefe0b70f172480.txt r. 4700, 003_026876f3936cad21.txt r. 1406

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich niet voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel van het convenant" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel van het convenant" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: instemming bevoegd gezag" beantwoord met "nee"
      En is stap "Incidenteel: doel" beantwoord met "ja"
      En staat "zwaarwegend algemeen belang" bij de open vragen

    # Het Handvat verbindt aan een onvolledige beslissing geen gevolg; het scenario toetst alleen dat
    # privacyrecht de vastlegging als voorwaarde noemt.
    Voorbeeld: In de beslissing tot verstrekking aan het samenwerkingsverband wordt vastgelegd voor welk belang, aan wie en onder welke voorwaarden (H14)
      bron: 002_efefe0b70f172480.txt r. 4706, 002_efefe0b70f172480.txt r. 4708, 002_efefe0b70f172480.txt r. 4712, 002_efefe0b70f172480.txt r. 4714

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En geldt de voorwaarde dat "Leg in de beslissing tot verstrekking vast: voor welk zwaarwegend algemeen belang de verstrekking noodzakelijk is"
      En geldt de voorwaarde dat "onder welke voorwaarden en aan wie"

    # te beoordelen: het Handvat noemt de documentatieplicht van "artikel 6:4 lid 5 Bpg" (r. 4777–4779);
    # in de geldende tekst staat die plicht in art. 6:4 lid 2 Bpg, en die geldt voor elke verstrekking op grond
    # van paragraaf 3 van de Wpg. Privacyrecht verwijst naar lid 2.
    @te_beoordelen
    Voorbeeld: De politie legt elke verstrekking aan het samenwerkingsverband vast: verzoeker, datum, gegevens en doel (H18)
      bron: 002_efefe0b70f172480.txt r. 4777, 002_efefe0b70f172480.txt r. 4779, 002_efefe0b70f172480.txt r. 4781, 002_efefe0b70f172480.txt r. 4783, 003_026876f3936cad21.txt r. 2080

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "voorkomen en opsporen van strafbare feiten"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En geldt de voorwaarde dat "de identiteit van de verzoeker, de datum, een omschrijving van de verstrekte gegevens en het doel"

    # te beoordelen: het Handvat eist ook dat de ontvanger de politiegegevens "met bronvermelding" verwerkt,
    # om ze te onderscheiden van zijn andere gegevens (r. 4817–4821). Die voorwaarde noemt privacyrecht niet;
    # het scenario toetst alleen dat de AVG bij de ontvanger gaat gelden en dat de geheimhoudingsplicht blijft.
    @te_beoordelen
    Voorbeeld: Bij de convenantpartner geldt de AVG, en de geheimhoudingsplicht van de Wpg verhuist mee (H20)
      bron: 002_efefe0b70f172480.txt r. 4803, 002_efefe0b70f172480.txt r. 4805, 002_efefe0b70f172480.txt r. 4811, 002_efefe0b70f172480.txt r. 4815, 002_efefe0b70f172480.txt r. 4817

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En geldt de voorwaarde dat "Na de verstrekking vallen de gegevens bij de ontvanger onder de AVG"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht die op de gegevens blijft rusten"

    # te beoordelen: privacyrecht heeft geen aparte vraag of de verstrekking "verenigbaar is met de politietaak"
    # (003 r. 1406, 5433; Handvat r. 4846). Het Handvat beslist alleen dat zorg en ondersteuning voor dader en
    # slachtoffer daarmee verenigbaar is; het scenario legt dat neer bij het oordeel "in lijn met het
    # convenant" en laat de andere afwegingen open.
    @te_beoordelen
    Voorbeeld: Zorg en ondersteuning voor dader en slachtoffer zijn verenigbaar met de politietaak; de andere afwegingen staan nog open (H23)
      bron: 002_efefe0b70f172480.txt r. 4856, 002_efefe0b70f172480.txt r. 4858, 002_efefe0b70f172480.txt r. 4860, 002_efefe0b70f172480.txt r. 4844, 002_efefe0b70f172480.txt r. 4846

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En is stap "Convenant: in lijn" beantwoord met "ja"
      En staat "noodzakelijk voor het doel van het convenant" bij de open vragen

  Regel: Onder art. 20 Wpg gaan alleen gegevens van art. 8 en 13 mee, tenzij andere strikt noodzakelijk zijn (art. 4:5 Bpg)

    Abstract Scenario: Gegevens van "<soort>" gaan mee naar het samenwerkingsverband (H17)
      bron: 002_efefe0b70f172480.txt r. 4759, 002_efefe0b70f172480.txt r. 4761, 002_efefe0b70f172480.txt r. 4763

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "<soort>"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En is stap "Convenant: art. 9 en 10" beantwoord met "ja"
      En mogen politiegegevens van "<soort>" mee

      Voorbeelden:
        | soort             |
        | art. 8 Wpg        |
        | art. 13 lid 1 Wpg |

    Voorbeeld: Recherchegegevens (art. 9 Wpg) gaan mee naar het samenwerkingsverband als ze strikt noodzakelijk zijn (H17)
      bron: 002_efefe0b70f172480.txt r. 4763, 002_efefe0b70f172480.txt r. 4765, 002_efefe0b70f172480.txt r. 4769, 002_efefe0b70f172480.txt r. 4771

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
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
      En mogen politiegegevens van "art. 9 Wpg" mee

    # Het Handvat zegt dat de verantwoordelijke dan "kan … beslissen" tot verstrekking; dat niet strikt
    # noodzakelijke gegevens van art. 9 niet meegaan, volgt uit art. 4:5 lid 1 Bpg. Bij het convenant is een
    # "nee" geen verbod: privacyrecht toetst daarna de incidentele verstrekking, waar art. 4:5 Bpg ook geldt.
    Voorbeeld: Recherchegegevens (art. 9 Wpg) die niet strikt noodzakelijk zijn, gaan niet mee naar het samenwerkingsverband (H17)
      bron: 002_efefe0b70f172480.txt r. 4761, 002_efefe0b70f172480.txt r. 4763, 003_026876f3936cad21.txt r. 1454, 003_026876f3936cad21.txt r. 1446

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" niet is voldaan
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En berust dat niet op "art. 20 lid 1 Wpg"
      En is stap "Convenant: art. 9 en 10" beantwoord met "nee"
      En is stap "Incidenteel: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 9 Wpg" niet mee

    Voorbeeld: Gegevens van art. 10 lid 1 onder b Wpg gaan nooit mee naar het samenwerkingsverband (H17)
      bron: 002_efefe0b70f172480.txt r. 4761, 002_efefe0b70f172480.txt r. 4767, 002_efefe0b70f172480.txt r. 4769

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de ontvanger is een "samenwerkingsverband"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 10 lid 1 onder b Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "ontvanger is een samenwerkingsverband van de Wgs" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich voor
      En het feit "instemming van het bevoegd gezag met het samenwerkingsverband" doet zich voor
      En de professional oordeelt dat aan "in lijn met het convenant" is voldaan
      En de professional oordeelt dat aan "strikt noodzakelijk voor het doel van de verstrekking" is voldaan
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4:5 Bpg"
      En is stap "Convenant: art. 9 en 10" beantwoord met "nee"
      En mogen politiegegevens van "art. 10 lid 1 onder b Wpg" niet mee

  Regel: Ook wie politiegegevens kreeg, is tot geheimhouding verplicht (art. 7 lid 2 Wpg)

    Voorbeeld: De gemeente die politiegegevens kreeg, geeft ze door omdat haar taak dat noodzakelijk maakt (H21)
      bron: 002_efefe0b70f172480.txt r. 4823, 002_efefe0b70f172480.txt r. 4825, 002_efefe0b70f172480.txt r. 4827, 002_efefe0b70f172480.txt r. 4829

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "noodzaak tot mededeling uit de eigen taak"

    Voorbeeld: Zonder wettelijk voorschrift en zonder noodzaak uit haar taak geeft de gemeente de politiegegevens niet door (H21)
      bron: 002_efefe0b70f172480.txt r. 4823, 002_efefe0b70f172480.txt r. 4827, 002_efefe0b70f172480.txt r. 4829

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"

    # te beoordelen: privacyrecht vraagt of de gegevens "van de politie of het OM" zijn gekregen. Het Handvat
    # zegt dat de geheimhouding ook geldt voor "tweede en volgende ontvangers, die de gegevens doorverstrekt
    # hebben gekregen" (r. 4662–4664); het scenario beantwoordt de vraag daarom met "ja" voor een hulpverlener
    # die de politiegegevens van de gemeente kreeg.
    @te_beoordelen
    Voorbeeld: Een hulpverlener die politiegegevens via de gemeente kreeg, is ook tot geheimhouding verplicht (H11)
      bron: 002_efefe0b70f172480.txt r. 4656, 002_efefe0b70f172480.txt r. 4658, 002_efefe0b70f172480.txt r. 4662, 002_efefe0b70f172480.txt r. 4664

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "nee"
