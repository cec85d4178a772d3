# language: nl
@politie @wpg
Functionaliteit: Andere voorbeelden uit het Stappenplan Politie
  "Er zijn tal van voorbeelden te bedenken waarbij het wenselijk is om
  politiegegevens te delen ter voorkoming en bestrijding van excessief geweld"
  (r. 817). Deze voorbeelden beslissen zelf weinig; de scenario's leggen vast wat
  er wel uit volgt: welke route het stappenplan neemt, en waar privacyrecht
  stopt.

  Regel: Gegevens over een slachtoffer voor een hulpverlener gaan niet langs de structurele route

    # Het voorbeeld beslist niets ("wenselijk"). De tabel van de handreiking noemt zorginstellingen en
    # hulpverleners niet (r. 1324); dat is "geen grondslag in de tabel", niet "geen grondslag": de tabel
    # is niet volledig (r. 1313).
    Voorbeeld: De politie wil gegevens over een slachtoffer van excessief geweld delen met een hulpverlener (P1-V13)
      bron: 003_026876f3936cad21.txt r. 817, 003_026876f3936cad21.txt r. 819, 003_026876f3936cad21.txt r. 1324

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "zorgaanbieder"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "hulp aan hen die deze behoeven"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "convenant met de ontvanger" bij de open vragen
      En is stap "Stap 2B" beantwoord met "ja"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "nee"
      En staat bij de keuzes ter juridische beoordeling: "Zorgpartners worden niet genoemd"

  Regel: Waar de politietaak zelf tot verstrekking noodzaakt, stopt het stappenplan

    Voorbeeld: De politie schakelt medische hulp in voor een gewonde verdachte (P1-E14)
      bron: 003_026876f3936cad21.txt r. 1069, 003_026876f3936cad21.txt r. 1071

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het gaat om gegevens van de categorie "gezondheid"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "uitvoering van de politietaak"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "politietaak noodzaakt tot verstrekking" bij de open vragen
      En is stap "Stap 4B: politietaak" beantwoord met "ja"
      En is stap "Incidenteel: doel" niet doorlopen

  Regel: Een rol binnen de school die wel in het Besluit politiegegevens staat, kan gegevens krijgen

    # te beoordelen: de tabel zegt dat alleen politiegegevens aan de school verstrekt mogen worden als
    # de ontvanger binnen de school een rol heeft die wel in de wijzer staat, "bijvoorbeeld de directeur
    # als benadeelde van de school" (r. 1323). Privacyrecht kent geen rol "benadeelde"; het scenario
    # voert de directeur in als "andere organisatie" en laat de verstrekker zeggen dat het Besluit hem
    # noemt (art. 4:2 lid 1 onder n Bpg noemt benadeelden). De grondslag is dan art. 18 Wpg, met de
    # voorwaarde het artikel van het Besluit vast te leggen.
    @te_beoordelen
    Voorbeeld: De directeur krijgt als benadeelde van de school politiegegevens over een inbraak in de school (P1-E18)
      bron: 003_026876f3936cad21.txt r. 1323, 003_026876f3936cad21.txt r. 1313, 003_026876f3936cad21.txt r. 1331

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "ander doel"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
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
      En geldt de voorwaarde dat "Leg vast op welk artikel van het Besluit politiegegevens"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 1 Wpg"
